// `npm run serve` (scripts/serve.js) as a user runs it: on a port the system picks, over http and over https with
// certificates of the test's own (BAOCAO_CERT_DIR, nothing installed); the built pane with the production
// Content-Security-Policy as a header, plain 404, 400 and 403 answers, the pane working in Chromium under that
// header, and a clean stop on SIGTERM and SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { PRODUCTION_CSP } from '../../scripts/lib/csp';
import { gridOf } from '../../src/core/grid';
import { ROOT, launchChromium, openPane } from './harness';

jest.setTimeout(180_000);

interface Served {
  child: ChildProcess;
  url: URL;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `node scripts/serve.js …args` and waits for its "Báo cáo xã: <url>" line. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.js printed no URL within 150 s:\n${out}`)), 150_000);
    const seen = () => {
      const m = /^Báo cáo xã: (\S+)$/m.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ child, url: new URL(m[1]), output: () => out, exited });
    };
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      seen();
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve.js exited (${code ?? signal}) before serving:\n${out}`));
    });
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent as written (no normalising of `..` or `%2e`). */
function request(base: URL, rawPath: string, opts: { method?: string; ca?: Buffer } = {}): Promise<Answer> {
  const lib = base.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request({ hostname: base.hostname, port: base.port, path: rawPath, method: opts.method ?? 'GET', ca: opts.ca, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** What a plain error answer must not hold: a stack trace, the Node error names, the project's files. */
function expectPlain(a: Answer, status: number) {
  expect(a.status).toBe(status);
  expect(a.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(a.headers['x-content-type-options']).toBe('nosniff');
  expect(a.body.length).toBeLessThan(200);
  expect(a.body).not.toMatch(/\bat .*\.js|URIError|Error:|baocao-xa|"dependencies"/);
}

describe('npm run serve --port 0 --http', () => {
  let served: Served;

  beforeAll(async () => {
    served = await serve(['--port', '0', '--http']);
  });

  afterAll(() => {
    if (served?.child.exitCode === null) served.child.kill('SIGKILL');
  });

  test('prints one line with the address of the pane: localhost, the port the system gave', () => {
    expect(served.url.protocol).toBe('http:');
    expect(served.url.hostname).toBe('localhost');
    expect(Number(served.url.port)).toBeGreaterThan(0);
    expect(served.url.pathname).toBe('/taskpane.html');
  });

  test('serves taskpane.html with the production CSP as a header, the same policy as its meta tag, and nosniff', async () => {
    const a = await request(served.url, '/taskpane.html');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(a.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(a.body);
    expect(meta?.[1]).toBe(PRODUCTION_CSP);
    // The dev server's inline scripts are not allowed in the built pane.
    expect(PRODUCTION_CSP.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });

  test('serves the scripts and office.js the page loads, as JavaScript; HEAD too', async () => {
    const page = await request(served.url, '/taskpane.html');
    const scripts = [...page.body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const a = await request(served.url, src);
      expect([src, a.status, a.headers['content-type']]).toEqual([src, 200, 'text/javascript; charset=utf-8']);
    }
    const head = await request(served.url, '/office/office.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
  });

  test('/ goes to taskpane.html', async () => {
    const a = await request(served.url, '/');
    expect(a.status).toBe(302);
    expect(a.headers.location).toBe('/taskpane.html');
  });

  test('a missing file: a plain 404', async () => {
    expectPlain(await request(served.url, '/nothing-here.html'), 404);
    expectPlain(await request(served.url, '/assets/'), 404);
  });

  test('a malformed address: 400, not a stack trace', async () => {
    expectPlain(await request(served.url, '/%E0%A4%A'), 400);
    expectPlain(await request(served.url, '/taskpane.html%00.png'), 400);
  });

  test('nothing outside dist-pane/, however the path is written', async () => {
    for (const p of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/office/../../package.json']) {
      const a = await request(served.url, p);
      expect([p, [403, 404].includes(a.status)]).toEqual([p, true]);
      expectPlain(a, a.status);
    }
  });

  test('only GET and HEAD', async () => {
    const a = await request(served.url, '/taskpane.html', { method: 'POST' });
    expectPlain(a, 405);
    expect(a.headers.allow).toBe('GET, HEAD');
  });

  test('the pane runs in Chromium under the header, asking no other server', async () => {
    const browser = await launchChromium();
    try {
      const grids = [gridOf('Sheet1', [['STT', 'Họ và tên chủ hộ', 'Thôn'], [1, 'Nguyễn Văn An', 'Đông Phong']])];
      const pane = await openPane(browser, served.url.origin, { workbook: { name: 'Ho.xlsx', grids } });
      const problems = [...pane.problems];
      await pane.close();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('SIGTERM stops it: exit code 0, the port free', async () => {
    const port = Number(served.url.port);
    expect(await portAccepts(port)).toBe(true);
    served.child.kill('SIGTERM');
    expect(await served.exited).toEqual({ code: 0, signal: null });
    expect(await portAccepts(port)).toBe(false);
  });
});

describe('npm run serve over https (certificates of the test: BAOCAO_CERT_DIR)', () => {
  let dir: string;
  let served: Served;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-certs-'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await generateCertificates(path.join(dir, 'ca.crt'), path.join(dir, 'localhost.crt'), path.join(dir, 'localhost.key'), 1);
    } finally {
      log.mockRestore();
    }
    served = await serve(['--port', '0', '--no-build'], { BAOCAO_CERT_DIR: dir });
  });

  afterAll(() => {
    if (served?.child.exitCode === null) served.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an https address; the page with its headers, trusted through the CA', async () => {
    expect(served.url.protocol).toBe('https:');
    const a = await request(served.url, '/taskpane.html', { ca: fs.readFileSync(path.join(dir, 'ca.crt')) });
    expect(a.status).toBe(200);
    expect(a.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
  });

  test('SIGINT (Ctrl+C) stops it: exit code 0, the port free', async () => {
    const port = Number(served.url.port);
    served.child.kill('SIGINT');
    expect(await served.exited).toEqual({ code: 0, signal: null });
    expect(await portAccepts(port)).toBe(false);
    expect(served.output()).toContain('SIGINT');
  });
});

describe('npm run serve --help and bad arguments', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => resolve({ code, out }));
    });

  test('--help says what it does, in Vietnamese and English', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('npm run serve');
    expect(r.out).toContain('--port');
    expect(r.out).toContain('Serves the built task pane');
  });

  test('a bad port: exit code 2 and the usage', async () => {
    const r = await run(['--port', 'abc']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('--port');
  });
});
