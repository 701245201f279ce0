// docs/dependencies.md records every production dependency: its summary table names exactly package.json's
// "dependencies", with the same ranges and the versions package-lock.json installs, and each has its own section.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const doc = readFileSync(path.join(ROOT, 'docs', 'dependencies.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };

/** The summary table's rows: | `name` | `range` | installed | … */
const rows = [...doc.matchAll(/^\| `([^`]+)` \| `([^`]+)` \| ([^|\s]+) \|/gm)].map((m) => ({ name: m[1], range: m[2], installed: m[3] }));

test('the table lists exactly package.json\'s dependencies', () => {
  expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(pkg.dependencies).sort());
});

test('with package.json\'s ranges and the versions package-lock.json installs', () => {
  for (const r of rows) {
    expect({ name: r.name, range: r.range }).toEqual({ name: r.name, range: pkg.dependencies[r.name] });
    expect({ name: r.name, installed: r.installed }).toEqual({ name: r.name, installed: lock.packages[`node_modules/${r.name}`]?.version });
  }
});

test('every dependency has a section of its own', () => {
  const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  for (const name of Object.keys(pkg.dependencies)) expect({ name, section: headings.some((h) => h.includes(`\`${name}\``)) }).toEqual({ name, section: true });
});
