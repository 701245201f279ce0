// The Chromium finder (scripts/lib/chromium.js) over made-up machines: temp folders standing for /usr/bin, PATH and
// Playwright's cache, and the environment variables, in their order of precedence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MISSING, canAptInstall, findChromium } from '../../scripts/lib/chromium';

let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-chromium-'));
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** An executable (or, with `mode` 0o644, a plain) file at `rel` under the temp folder. */
function file(rel: string, mode = 0o755): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, '#!/bin/sh\n');
  fs.chmodSync(p, mode);
  return p;
}

/** A machine with nothing on it but what the test puts in the temp folder (no /usr/bin: the platform is 'freebsd'). */
const bare = (env: NodeJS.ProcessEnv) => findChromium({ env, home: path.join(tmp, 'home'), platform: 'freebsd' });

describe('findChromium', () => {
  test('nothing anywhere: no path, and the one line saying what to install', () => {
    const r = bare({ PATH: path.join(tmp, 'bin') });
    expect(r).toEqual({ path: null, problem: MISSING });
    expect(MISSING).not.toContain('\n');
    expect(MISSING).toContain('apt-get install chromium');
    expect(MISSING).toContain('BAOCAO_CHROMIUM=');
  });

  test('BAOCAO_CHROMIUM comes first', () => {
    const mine = file('mine/chrome');
    file('bin/chromium');
    expect(bare({ BAOCAO_CHROMIUM: mine, CHROME_PATH: file('other/chrome'), PATH: path.join(tmp, 'bin') })).toEqual({ path: mine, source: 'BAOCAO_CHROMIUM' });
  });

  test('a BAOCAO_CHROMIUM that is not an executable file is reported, not skipped', () => {
    file('bin/chromium');
    const r = bare({ BAOCAO_CHROMIUM: path.join(tmp, 'missing/chrome'), PATH: path.join(tmp, 'bin') });
    expect(r.path).toBeNull();
    expect(r.path === null && r.problem).toContain('BAOCAO_CHROMIUM=');
    const notExecutable = file('plain/chrome', 0o644);
    expect(bare({ BAOCAO_CHROMIUM: notExecutable }).path).toBeNull();
  });

  test('then CHROME_PATH; a CHROME_PATH that is not there is skipped', () => {
    const chrome = file('opt/chrome');
    expect(bare({ CHROME_PATH: chrome })).toEqual({ path: chrome, source: 'CHROME_PATH' });
    const onPath = file('bin/google-chrome');
    expect(bare({ CHROME_PATH: path.join(tmp, 'gone'), PATH: path.join(tmp, 'bin') })).toEqual({ path: onPath, source: 'PATH' });
  });

  test('the names on PATH, in order: chromium before google-chrome, the first folder first', () => {
    const first = file('a/google-chrome-stable');
    file('b/chromium');
    const env = { PATH: [path.join(tmp, 'a'), path.join(tmp, 'b')].join(path.delimiter) };
    expect(bare(env)).toEqual({ path: first, source: 'PATH' });
    const browser = file('a/chromium-browser');
    expect(bare(env)).toEqual({ path: browser, source: 'PATH' });
    file('a/not-executable/chromium', 0o644);
    expect(bare({ PATH: path.join(tmp, 'a', 'not-executable') })).toEqual({ path: null, problem: MISSING });
  });

  test("Playwright's cache: the newest full Chromium, before any headless shell", () => {
    const cache = path.join(tmp, 'home', '.cache', 'ms-playwright');
    file('home/.cache/ms-playwright/chromium_headless_shell-1300/chrome-linux/headless_shell');
    expect(bare({})).toEqual({ path: path.join(cache, 'chromium_headless_shell-1300/chrome-linux/headless_shell'), source: 'playwright' });
    file('home/.cache/ms-playwright/chromium-999/chrome-linux/chrome');
    const newest = file('home/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    expect(bare({})).toEqual({ path: newest, source: 'playwright' });
  });

  test('PLAYWRIGHT_BROWSERS_PATH moves the cache; the system and PATH still come before it', () => {
    const cached = file('browsers/chromium-1100/chrome-linux/chrome');
    expect(bare({ PLAYWRIGHT_BROWSERS_PATH: path.join(tmp, 'browsers') })).toEqual({ path: cached, source: 'playwright' });
    const onPath = file('bin/chromium');
    expect(bare({ PLAYWRIGHT_BROWSERS_PATH: path.join(tmp, 'browsers'), PATH: path.join(tmp, 'bin') })).toEqual({ path: onPath, source: 'PATH' });
  });

  test("on Linux, the system's /usr/bin/chromium is found before PATH (this machine's, when it has one)", () => {
    const onPath = file('bin/chromium');
    const r = findChromium({ env: { PATH: path.join(tmp, 'bin') }, home: tmp, platform: 'linux' });
    const system = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map((n) => `/usr/bin/${n}`).find((p) => {
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    });
    expect(r).toEqual(system ? { path: system, source: 'system' } : { path: onPath, source: 'PATH' });
  });
});

describe('canAptInstall', () => {
  const release = (text: string) => {
    const p = path.join(tmp, 'os-release');
    fs.writeFileSync(p, text);
    return p;
  };

  test('root on Debian or Ubuntu with apt-get on PATH', () => {
    file('sbin/apt-get');
    const env = { PATH: path.join(tmp, 'sbin') };
    expect(canAptInstall({ env, platform: 'linux', uid: 0, osRelease: release('ID=debian\n') })).toBe(true);
    expect(canAptInstall({ env, platform: 'linux', uid: 0, osRelease: release('ID=ubuntu\nID_LIKE=debian\n') })).toBe(true);
    expect(canAptInstall({ env, platform: 'linux', uid: 0, osRelease: release('ID=linuxmint\nID_LIKE="ubuntu debian"\n') })).toBe(true);
  });

  test('not as another user, not on Fedora, not without apt-get, not on macOS', () => {
    file('sbin/apt-get');
    const env = { PATH: path.join(tmp, 'sbin') };
    expect(canAptInstall({ env, platform: 'linux', uid: 1000, osRelease: release('ID=debian\n') })).toBe(false);
    expect(canAptInstall({ env, platform: 'linux', uid: 0, osRelease: release('ID=fedora\n') })).toBe(false);
    expect(canAptInstall({ env: { PATH: path.join(tmp, 'nothing') }, platform: 'linux', uid: 0, osRelease: release('ID=debian\n') })).toBe(false);
    expect(canAptInstall({ env, platform: 'darwin', uid: 0, osRelease: release('ID=debian\n') })).toBe(false);
    expect(canAptInstall({ env, platform: 'linux', uid: 0, osRelease: path.join(tmp, 'no-such-file') })).toBe(false);
  });
});
