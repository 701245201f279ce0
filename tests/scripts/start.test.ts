// `npm start` (scripts/start.js) stops cleanly: SIGTERM or SIGINT (Ctrl+C) to it stops the vite dev server it started too, and the
// port is free afterwards (no dev server left behind on it). Plain http and no sideloading, on a free port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const START = path.join(ROOT, 'scripts', 'start.js');

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

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: 'localhost', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Linux: the processes whose command line runs vite on `port`. */
function vitesOn(port: number): number[] {
  if (process.platform !== 'linux') return [];
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const args = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
        return args.some((a) => a.endsWith(path.join('vite', 'bin', 'vite.js'))) && args.includes('--port') && args.includes(String(port));
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('--help says what it does', () => {
  const r = spawnSync(process.execPath, [START, '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('npm start');
  expect(r.stdout).toContain('Runs the task pane\'s dev server');
  expect(r.stdout).toContain('BAOCAO_NO_SIDELOAD=1');
});

test.each(['SIGTERM', 'SIGINT'] as const)('%s stops the dev server with it: exit code 0, no vite left, the port free', async (signal) => {
  const port = await freePort();
  const child = spawn(process.execPath, [START, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, BAOCAO_DEV_HTTP: '1', BAOCAO_NO_SIDELOAD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let vites: number[] = [];
  try {
    const url = `http://localhost:${port}/taskpane.html`;
    const deadline = Date.now() + 90_000;
    while (!out.includes(url)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not print ${url}:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The dev server answers, with the dev variant of the policy in the page (vite.config.ts reads scripts/lib/csp.js).
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain("script-src 'self' 'unsafe-inline'");
    vites = vitesOn(port);
    if (process.platform === 'linux') expect(vites).toHaveLength(1);

    child.kill(signal);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(vites.filter(alive)).toEqual([]);
    expect(vitesOn(port)).toEqual([]);
    expect(await portAccepts(port)).toBe(false);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of [...vites, ...vitesOn(port)].filter(alive)) process.kill(pid, 'SIGKILL');
  }
});
