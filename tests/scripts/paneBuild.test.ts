// When dist-pane/ counts as stale (scripts/lib/paneBuild.js), over a made-up project in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SOURCES, paneStaleness } from '../../scripts/lib/paneBuild';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-pane-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function write(rel: string, secondsAgo: number) {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, 'x');
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(p, t, t);
}

describe('paneStaleness', () => {
  test('no dist-pane/taskpane.html: stale', () => {
    write('src/taskpane/App.tsx', 100);
    expect(paneStaleness(root)).toEqual({ stale: true, why: 'dist-pane/taskpane.html is missing' });
  });

  test('built after every source: fresh', () => {
    write('src/taskpane/App.tsx', 100);
    write('src/core/deep/nested/x.ts', 90);
    write('vite.config.ts', 80);
    write('dist-pane/taskpane.html', 10);
    expect(paneStaleness(root).stale).toBe(false);
  });

  test('a source file deep in a folder newer than the build: stale, and says which', () => {
    write('dist-pane/taskpane.html', 50);
    write('src/core/deep/nested/x.ts', 10);
    write('src/taskpane/App.tsx', 100);
    expect(paneStaleness(root)).toEqual({ stale: true, why: 'changed since the last build: src/core' });
  });

  test('the build config and the policy count as sources; files outside SOURCES do not', () => {
    write('dist-pane/taskpane.html', 50);
    write('README.md', 1);
    write('src/cli/main.ts', 1);
    expect(paneStaleness(root).stale).toBe(false);
    write('scripts/lib/csp.js', 1);
    expect(paneStaleness(root)).toEqual({ stale: true, why: 'changed since the last build: scripts/lib/csp.js' });
    expect(SOURCES).toEqual(expect.arrayContaining(['vite.config.ts', 'src/taskpane', 'src/io', 'assets']));
  });
});
