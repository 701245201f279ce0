// Finds a Chromium (or Chrome) for the end-to-end tests, which drive it through playwright-core. Looked for, in order:
//   1. BAOCAO_CHROMIUM (when set it must be an executable file: a wrong path is reported, not skipped),
//   2. CHROME_PATH (skipped when it is not an executable file: other tools set it too),
//   3. system packages: /usr/bin/chromium, chromium-browser, google-chrome, google-chrome-stable, then the same
//      names on PATH (and the usual places on macOS and Windows),
//   4. a Playwright download (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright): chromium-*/chrome-linux*/chrome,
//      then the headless shell, newest revision first.
// Used by the jest globalSetup (tests/globalSetup.ts), the e2e harness and .ci/run:
//   node scripts/lib/chromium.js            prints the path found, or one line saying what to install (exit 1)
//   node scripts/lib/chromium.js --install  the same, but installs Debian's chromium with apt-get first when none is
//                                           found and this is root on Debian/Ubuntu
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The one line printed when no Chromium can be found (Vietnamese, then English). */
const MISSING =
  'Không có Chromium cho các kiểm thử đầu-cuối: cài nó ("sudo apt-get install chromium" trên Debian/Ubuntu) hoặc đặt BAOCAO_CHROMIUM=/đường/dẫn/tới/chrome. — ' +
  'No Chromium for the end-to-end tests: install it ("sudo apt-get install chromium" on Debian/Ubuntu) or set BAOCAO_CHROMIUM=/path/to/chrome.';

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual install places of the system's browsers, per platform. */
function systemPaths(platform, env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.ProgramFiles, env['ProgramFiles(x86)']].filter(Boolean);
    return roots.flatMap((r) => [path.join(r, 'Chromium', 'Application', 'chrome.exe'), path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  if (platform === 'linux') return NAMES.map((n) => `/usr/bin/${n}`);
  return []; // elsewhere (the BSDs…): PATH
}

/** Playwright's downloads under `cache`: full Chromium builds first, then headless shells; newest revision first. */
function playwrightPaths(cache) {
  let entries;
  try {
    entries = fs.readdirSync(cache, { withFileTypes: true }).filter((e) => e.isDirectory());
  } catch {
    return [];
  }
  const revision = (name) => Number(name.replace(/^\D*-/, '')) || 0;
  const byRevision = (prefix) =>
    entries
      .filter((e) => e.name.startsWith(prefix) && /^\d+$/.test(e.name.slice(prefix.length)))
      .map((e) => e.name)
      .sort((a, b) => revision(b) - revision(a));
  const inside = (dir, names) => {
    let subs;
    try {
      subs = fs.readdirSync(path.join(cache, dir)).filter((s) => /^chrome(-headless-shell)?-(linux|mac|win)/.test(s)).sort();
    } catch {
      return [];
    }
    return subs.flatMap((s) => names.map((n) => path.join(cache, dir, s, n)));
  };
  return [
    ...byRevision('chromium-').flatMap((d) => inside(d, ['chrome'])),
    ...byRevision('chromium_headless_shell-').flatMap((d) => inside(d, ['headless_shell', 'chrome-headless-shell'])),
  ];
}

/**
 * The Chromium to drive: `{ path, source }`, or `{ path: null, problem }` when there is none (`problem` says why:
 * a wrong BAOCAO_CHROMIUM, or the MISSING line). Options, for the tests: env, home, platform.
 */
function findChromium({ env = process.env, home = os.homedir(), platform = process.platform } = {}) {
  if (env.BAOCAO_CHROMIUM) {
    if (isExecutable(env.BAOCAO_CHROMIUM)) return { path: env.BAOCAO_CHROMIUM, source: 'BAOCAO_CHROMIUM' };
    return {
      path: null,
      problem: `BAOCAO_CHROMIUM=${env.BAOCAO_CHROMIUM} không phải tệp chạy được. — BAOCAO_CHROMIUM=${env.BAOCAO_CHROMIUM} is not an executable file.`,
    };
  }
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH)) return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
  for (const p of systemPaths(platform, env)) if (isExecutable(p)) return { path: p, source: 'system' };
  const exe = platform === 'win32' ? ['.exe'] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const n of NAMES) {
      for (const x of exe) {
        const p = path.join(dir, n + x);
        if (isExecutable(p)) return { path: p, source: 'PATH' };
      }
    }
  }
  const cache = env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0' ? env.PLAYWRIGHT_BROWSERS_PATH : path.join(home, '.cache', 'ms-playwright');
  for (const p of playwrightPaths(cache)) if (isExecutable(p)) return { path: p, source: 'playwright' };
  return { path: null, problem: MISSING };
}

/** Whether Chromium can be installed here with apt-get: root on Debian or Ubuntu (or a derivative) with apt-get. */
function canAptInstall({ env = process.env, platform = process.platform, uid = process.getuid?.(), osRelease = '/etc/os-release' } = {}) {
  if (platform !== 'linux' || uid !== 0) return false;
  let release;
  try {
    release = fs.readFileSync(osRelease, 'utf8');
  } catch {
    return false;
  }
  const ids = release
    .split('\n')
    .filter((l) => /^(ID|ID_LIKE)=/.test(l))
    .flatMap((l) => l.replace(/^[A-Z_]+=/, '').replace(/"/g, '').split(/\s+/));
  if (!ids.some((id) => id === 'debian' || id === 'ubuntu')) return false;
  return (env.PATH ?? '').split(path.delimiter).some((d) => d && isExecutable(path.join(d, 'apt-get')));
}

/** Runs `apt-get update && apt-get install -y chromium`, saying so first. Returns whether both succeeded. */
function aptInstallChromium(log = console.error) {
  log(
    '\nKhông tìm thấy Chromium: đang cài bằng "apt-get update && apt-get install -y chromium" (vài phút)…\n' +
      'No Chromium found: installing it with "apt-get update && apt-get install -y chromium" (a few minutes)…\n',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (r.status !== 0) return false;
  }
  return true;
}

/**
 * The Chromium to drive, installed with apt-get first when `install` is true, none is found, and canAptInstall();
 * throws an Error whose message is one line (what to install, or what is wrong with BAOCAO_CHROMIUM) otherwise.
 */
function ensureChromium({ install = false, log = console.error } = {}) {
  let found = findChromium();
  if (!found.path && found.problem === MISSING && install && canAptInstall()) {
    if (!aptInstallChromium(log)) throw oneLineError(`apt-get install chromium thất bại. — apt-get install chromium failed. ${MISSING}`);
    found = findChromium();
  }
  if (!found.path) throw oneLineError(found.problem);
  return found.path;
}

/** An Error printed as its message alone (no stack trace: the message says all there is to do). */
function oneLineError(message) {
  const e = new Error(message);
  e.stack = message;
  return e;
}

module.exports = { MISSING, findChromium, canAptInstall, ensureChromium, oneLineError };

if (require.main === module) {
  try {
    console.log(ensureChromium({ install: process.argv.includes('--install') }));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
