// `npm run manifest` (scripts/manifest.js): BAOCAO_BASE_URL=https://… writes the manifest for the real server, that
// origin in place of https://localhost:3000 everywhere, validated; anything but an https origin is refused in one line,
// and nothing is written then. manifest.xml itself stays on localhost, for development.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_ORIGIN, productionManifest, productionOrigin } from '../../scripts/manifest';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'manifest.js');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-prod-manifest-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], baseUrl?: string) {
  const env = { ...process.env };
  delete env.BAOCAO_BASE_URL;
  if (baseUrl !== undefined) env.BAOCAO_BASE_URL = baseUrl;
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('productionOrigin', () => {
  test('takes an https origin, with or without a port or a final slash', () => {
    expect(productionOrigin('https://addin.example.vn')).toBe('https://addin.example.vn');
    expect(productionOrigin(' https://Addin.Example.vn/ ')).toBe('https://addin.example.vn');
    expect(productionOrigin('https://addin.example.vn:8443')).toBe('https://addin.example.vn:8443');
    expect(productionOrigin('https://addin.example.vn:443/')).toBe('https://addin.example.vn');
  });

  test.each([
    ['http://addin.example.vn', 'must use https'],
    ['addin.example.vn', 'is not an absolute URL'],
    ['https://addin.example.vn/baocao', 'no path, query or fragment'],
    ['https://addin.example.vn/?v=2', 'no path, query or fragment'],
    ['https://user:secret@addin.example.vn', 'must not hold a user name or password'],
    ['https://localhost:3000', 'is this computer'],
    ['https://127.0.0.1', 'is this computer'],
    ['https://[::1]:3000', 'is this computer'],
    ['', 'is empty'],
  ])('refuses %j: %s', (url, why) => {
    expect(() => productionOrigin(url)).toThrow(why);
  });
});

test('every development address is replaced, and only those', () => {
  const prod = productionManifest(MANIFEST, 'https://addin.example.vn');
  expect(prod).not.toMatch(/localhost/i);
  expect(prod.split('https://addin.example.vn').join(DEV_ORIGIN)).toBe(MANIFEST);
  const urls = [...prod.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
  expect(urls.length).toBeGreaterThanOrEqual(8);
  for (const u of urls) expect(u.startsWith('https://addin.example.vn/') || u === 'https://addin.example.vn').toBe(true);
});

test('BAOCAO_BASE_URL=https://… npm run manifest writes a valid manifest for that server', () => {
  const out = path.join(dir, 'manifest.xml');
  const r = run(['--out', out], 'https://addin.example.vn');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('the manifest for https://addin.example.vn (valid)');
  const text = fs.readFileSync(out, 'utf8');
  expect(text).toContain('<SourceLocation DefaultValue="https://addin.example.vn/taskpane.html"/>');
  expect(text).toContain('<AppDomain>https://addin.example.vn</AppDomain>');
  expect(text).not.toMatch(/localhost/i);
  const validated = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), out, '--root', ROOT], { encoding: 'utf8' });
  expect(validated.status).toBe(0);
  // --base-url says the same; manifest.xml is left as it was.
  const again = run(['--base-url', 'https://addin.example.vn', '--out', path.join(dir, 'again.xml')]);
  expect(again.code).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'again.xml'), 'utf8')).toBe(text);
  expect(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toBe(MANIFEST);
});

test('a plain-http address is refused in one line, and nothing is written', () => {
  const out = path.join(dir, 'manifest.xml');
  const r = run(['--out', out], 'http://addin.example.vn');
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain('"http://addin.example.vn" must use https');
  expect(fs.existsSync(out)).toBe(false);
});

test('without an address: usage and exit 2; with --if-configured (npm run build) a note and exit 0', () => {
  const out = path.join(dir, 'manifest.xml');
  const bare = run(['--out', out]);
  expect(bare.code).toBe(2);
  expect(bare.err).toContain('BAOCAO_BASE_URL=https://baocao.example.vn npm run manifest');
  const quiet = run(['--if-configured', '--out', out]);
  expect(quiet.code).toBe(0);
  expect(quiet.out).toContain('npm run manifest');
  expect(fs.existsSync(out)).toBe(false);
});

test('package.json: npm run manifest, and npm run build writes the manifest when BAOCAO_BASE_URL is set', () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.manifest).toBe('node scripts/manifest.js');
  expect(scripts.build).toMatch(/vite build && node scripts\/manifest\.js --if-configured$/);
});
