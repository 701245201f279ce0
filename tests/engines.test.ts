// The Node versions package.json promises (engines.node) are ones every installed package supports: no EBADENGINE
// warning from `npm ci` on any of them, and .nvmrc names a Node the promise includes.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const promised = pkg.engines?.node ?? '';

interface Installed {
  where: string;
  node: string;
}

/** Every package under node_modules (scoped and nested ones too) that states engines.node. */
function installedEngines(dir: string, found: Installed[] = []): Installed[] {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installedEngines(full, found);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (fs.existsSync(manifest)) {
      const p = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string; engines?: { node?: unknown } };
      if (typeof p.engines?.node === 'string') found.push({ where: `${path.relative(ROOT, full)}@${p.version}`, node: p.engines.node });
    }
    installedEngines(path.join(full, 'node_modules'), found);
  }
  return found;
}

/** The packages whose engines.node leaves out some Node version that `promised` includes. */
function narrower(promise: string, packages: Installed[]): string[] {
  return packages.filter((p) => semver.validRange(p.node) !== null && !semver.subset(promise, p.node)).map((p) => `${p.where} wants node ${p.node}`);
}

describe('Node versions (package.json engines, .nvmrc)', () => {
  test('engines.node is a valid range', () => {
    expect(semver.validRange(promised)).not.toBeNull();
  });

  test('every installed package supports every Node version engines.node promises', () => {
    const packages = installedEngines(path.join(ROOT, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100);
    expect(narrower(promised, packages)).toEqual([]);
  });

  test('so does every package the lock file names, and the lock file carries the same promise', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: unknown } | string[] }> };
    expect((lock.packages[''].engines as { node?: string } | undefined)?.node).toBe(promised);
    const packages = Object.entries(lock.packages)
      .filter(([where, p]) => where !== '' && !Array.isArray(p.engines) && typeof p.engines?.node === 'string')
      .map(([where, p]) => ({ where: `${where}@${p.version}`, node: (p.engines as { node: string }).node }));
    expect(narrower(promised, packages)).toEqual([]);
  });

  test('the check can fail: a package wanting Node 22+ is caught under a promise of Node 20', () => {
    expect(narrower('>=20', [{ where: 'nanoid@6.0.2', node: '^22 || ^24 || >=26' }])).toEqual(['nanoid@6.0.2 wants node ^22 || ^24 || >=26']);
  });

  test('.nvmrc names a Node major whose newest release engines.node includes', () => {
    const nvmrc = fs.readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toMatch(/^v?\d+(\.\d+\.\d+)?$/);
    const major = Number(nvmrc.replace(/^v/, '').split('.')[0]);
    expect(semver.satisfies(`${major}.999.0`, promised)).toBe(true);
    expect(major % 2).toBe(0); // an even major: a long-term-support line
  });

  test('the Node running the tests is one engines.node promises', () => {
    expect(semver.satisfies(process.version, promised)).toBe(true);
  });
});
