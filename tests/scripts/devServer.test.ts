// The vite dev server (`npm run dev-server`) and `vite preview` as vite.config.ts sets them up: the
// Content-Security-Policy as an HTTP header on every answer as well as in the page (connect-src: its own origin only),
// and a plain 400 — no 500, no stack trace, no error overlay — for an address that does not decode. First the
// middleware alone (scripts/lib/devMiddleware.js) on a bare http server, then the real servers on free ports.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy, PRODUCTION_CSP } from '../../scripts/lib/csp';
import { decodedPath, paneDevMiddleware } from '../../scripts/lib/devMiddleware';
import { ensurePaneBuilt, ROOT } from '../../scripts/lib/paneBuild';

jest.setTimeout(240_000);

const DEV_CSP = contentSecurityPolicy(true);
const MALFORMED = ['/%E0%A4%A', '/office/%', '/assets/%zz.png', '/taskpane.html%', '/office/a%00b.js'];

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent as written (no normalising, no re-encoding). */
function request(port: number, rawPath: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: 'localhost', port, path: rawPath, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function expectPlain400(a: Answer, what: string) {
  expect({ what, status: a.status }).toEqual({ what, status: 400 });
  expect(a.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(a.body).toBe('Địa chỉ sai. — Bad request.\n');
}

describe('decodedPath', () => {
  test('decodes a good path once and refuses a malformed one', () => {
    expect(decodedPath('/office/vi-vn/office_strings.js?x=1')).toBe('/office/vi-vn/office_strings.js');
    expect(decodedPath('/th%C3%B4n.html')).toBe('/thôn.html');
    expect(decodedPath('/%252e')).toBe('/%2e');
    for (const bad of [...MALFORMED, 'office.js', '']) expect({ bad, decoded: decodedPath(bad) }).toEqual({ bad, decoded: null });
  });
});

describe('the middleware on a bare server', () => {
  let server: http.Server;
  let port: number;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-devmw-'));
    fs.writeFileSync(path.join(dir, 'office.js'), 'var Office = {};');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'no');
    const mw = paneDevMiddleware({
      csp: DEV_CSP,
      mounts: [{ prefix: '/office/', dir, wanted: (rel) => rel.endsWith('.js') }],
      contentTypes: { '.js': 'text/javascript; charset=utf-8' },
    });
    server = http.createServer((req, res) => mw(req, res, () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('next\n')));
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('serves a mounted file with the policy as a header', async () => {
    const a = await request(port, '/office/office.js');
    expect(a.status).toBe(200);
    expect(a.body).toBe('var Office = {};');
    expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(a.headers['content-security-policy']).toBe(DEV_CSP);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    const head = await request(port, '/office/office.js', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '16']);
  });

  test('a malformed address is a plain 400; what is not mounted goes on, with the header', async () => {
    for (const bad of MALFORMED) expectPlain400(await request(port, bad), bad);
    const other = await request(port, '/office/secret.txt');
    expect([other.status, other.body]).toEqual([404, 'next\n']);
    expect(other.headers['content-security-policy']).toBe(DEV_CSP);
    const outside = await request(port, '/office/%2e%2e/%2e%2e/etc/passwd.js');
    expect(outside.body).toBe('next\n');
  });
});

/** Spawns vite (`args`: 'preview' or nothing for the dev server) on a free port and waits until it answers. */
async function startVite(args: string[]): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const port = await freePort();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, ...args, '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    env: { ...process.env, BAOCAO_DEV_HTTP: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vite ${args.join(' ')} did not start:\n${out}`);
    }
    try {
      await request(port, '/favicon.ico', 'HEAD');
      return { child, port, output: () => out };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

describe('the vite dev server (npm run dev-server)', () => {
  let dev: Awaited<ReturnType<typeof startVite>>;
  beforeAll(async () => {
    dev = await startVite([]);
  });
  afterAll(async () => {
    if (dev) await stop(dev.child);
  });

  test('sends the dev policy as a header on the page, Office.js and Vite\'s own modules, and in the page', async () => {
    const page = await request(dev.port, '/taskpane.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(DEV_CSP);
    expect(page.body).toContain(`<meta http-equiv="Content-Security-Policy" content="${DEV_CSP}" />`);
    expect(DEV_CSP).toContain("connect-src 'self'");
    expect(DEV_CSP).toContain("default-src 'self'");
    for (const p of ['/office/office.js', '/@vite/client', '/assets/icon-32.png']) {
      const a = await request(dev.port, p);
      expect({ p, status: a.status, csp: a.headers['content-security-policy'] }).toEqual({ p, status: 200, csp: DEV_CSP });
    }
  });

  test('answers malformed addresses with a plain 400 and keeps running', async () => {
    for (const bad of MALFORMED) expectPlain400(await request(dev.port, bad), bad);
    expect(dev.output()).not.toMatch(/URIError|Internal server error/i);
    expect((await request(dev.port, '/taskpane.html')).status).toBe(200);
  });
});

describe('vite preview (the built pane)', () => {
  let preview: Awaited<ReturnType<typeof startVite>>;
  beforeAll(async () => {
    ensurePaneBuilt({ log: (m: string) => process.stderr.write(`${m}\n`) });
    preview = await startVite(['preview']);
  }, 300_000);
  afterAll(async () => {
    if (preview) await stop(preview.child);
  });

  test('sends the production policy as a header, and a 400 for a malformed address', async () => {
    const page = await request(preview.port, '/taskpane.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(page.body).toContain(`content="${PRODUCTION_CSP}"`);
    expect((await request(preview.port, '/office/office.js')).headers['content-security-policy']).toBe(PRODUCTION_CSP);
    for (const bad of MALFORMED) expectPlain400(await request(preview.port, bad), bad);
  });
});
