// Before any test (jest.config.js globalSetup): when the run includes end-to-end tests (tests/e2e/*.test.ts), the
// task pane is built if dist-pane/ is missing or stale, and a Chromium is found (BAOCAO_CHROMIUM, CHROME_PATH, the
// system's, Playwright's: scripts/lib/chromium.js) — installed with apt-get when this is root on Debian/Ubuntu and
// there is none — and handed to the tests as BAOCAO_CHROMIUM. Without one the run stops with one line saying what
// to install. Quick when all is there: no build when dist-pane/ is fresh.
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '../scripts/lib/chromium';
import { ensurePaneBuilt } from '../scripts/lib/paneBuild';

/** The part of jest's global config read here. */
interface GlobalConfig {
  rootDir: string;
  testPathPatterns?: { isSet(): boolean; toExecutor(o: { rootDir: string }): { isMatch(absPath: string): boolean } };
}

const E2E = path.join(__dirname, 'e2e');

/** Whether the test files this run selects include an end-to-end test (all of them when no path is given). */
function runsEndToEnd(config: GlobalConfig): boolean {
  const patterns = config.testPathPatterns;
  if (!patterns?.isSet()) return true;
  try {
    const executor = patterns.toExecutor({ rootDir: config.rootDir });
    return fs.readdirSync(E2E).some((f) => f.endsWith('.test.ts') && executor.isMatch(path.join(E2E, f)));
  } catch {
    return true;
  }
}

export default function globalSetup(config: GlobalConfig): void {
  if (!runsEndToEnd(config)) return;
  const log = (m: string) => process.stderr.write(`\n${m}\n`);
  const build = ensurePaneBuilt({ log });
  if (build.built) log(`dist-pane: ${(build.ms / 1000).toFixed(1)} s`);
  process.env.BAOCAO_CHROMIUM = ensureChromium({ install: true, log });
}
