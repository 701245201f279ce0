// Whether dist-pane/ (the built task pane) is missing or older than what it is built from, and building it then
// (vite build, as `npm run build:pane`). Used by the jest globalSetup, the e2e harness and `npm run serve`;
// `node scripts/lib/paneBuild.js` builds when stale and says what it did.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** What the pane is built from, relative to the project root: the sources it imports, its assets, the build's config. */
const SOURCES = ['src/taskpane', 'src/hosts', 'src/core', 'src/i18n', 'src/io', 'assets', 'vite.config.ts', 'scripts/lib/csp.js'];

/** The newest modification time under `p` (a file or a folder), 0 when it is missing. */
function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** `{ stale, why }`: whether `<root>/dist-pane/taskpane.html` is missing or older than any of SOURCES. */
function paneStaleness(root = ROOT) {
  const html = path.join(root, 'dist-pane', 'taskpane.html');
  if (!fs.existsSync(html)) return { stale: true, why: 'dist-pane/taskpane.html is missing' };
  const built = fs.statSync(html).mtimeMs;
  const newer = SOURCES.filter((s) => newestMtime(path.join(root, s)) > built);
  return newer.length ? { stale: true, why: `changed since the last build: ${newer.join(', ')}` } : { stale: false, why: 'up to date' };
}

/** An Error printed as its message alone. */
function plainError(message) {
  const e = new Error(message);
  e.stack = message;
  return e;
}

/**
 * Runs `work` holding a lock directory (.e2e/.build-lock), so that jest workers, the globalSetup and `npm run serve`
 * do not build dist-pane/ at the same time; a lock older than a build may take is a killed run's and is taken over.
 */
function withBuildLock(root, work) {
  const dir = path.join(root, '.e2e');
  const lock = path.join(dir, '.build-lock');
  fs.mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + 240_000;
  const take = () => {
    try {
      fs.mkdirSync(lock);
      return true;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      return false;
    }
  };
  while (!take()) {
    const age = fs.existsSync(lock) ? Date.now() - fs.statSync(lock).mtimeMs : 0;
    if (age > 200_000) fs.rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline) throw plainError(`another build of the pane holds ${lock} for too long`);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the pane (vite build) when paneStaleness() says so: `{ built, ms, why }`. `log` is told before a build
 * starts. Throws when the build fails, with the end of its output.
 */
function ensurePaneBuilt({ root = ROOT, log = () => {} } = {}) {
  return withBuildLock(root, () => {
    const { stale, why } = paneStaleness(root);
    if (!stale) return { built: false, ms: 0, why };
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    if (!fs.existsSync(vite)) throw plainError('Chưa cài Vite: chạy "npm ci" trước. — Vite is not installed: run "npm ci" first.');
    log(`Đang dựng ngăn tác vụ (npm run build:pane) — building the task pane (npm run build:pane): ${why}…`);
    const started = Date.now();
    const r = spawnSync(process.execPath, [vite, 'build'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0 || !fs.existsSync(path.join(root, 'dist-pane', 'taskpane.html'))) {
      throw plainError(`npm run build:pane failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stdout ?? '').slice(-2000)}\n${(r.stderr ?? '').slice(-2000)}`);
    }
    return { built: true, ms: Date.now() - started, why };
  });
}

module.exports = { ROOT, SOURCES, paneStaleness, ensurePaneBuilt };

if (require.main === module) {
  try {
    const r = ensurePaneBuilt({ log: (m) => console.error(m) });
    console.log(r.built ? `dist-pane built in ${(r.ms / 1000).toFixed(1)} s` : 'dist-pane is up to date');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
