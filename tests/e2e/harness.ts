// What the end-to-end tests of the task pane need around the page: a fresh Vite build of the pane
// (scripts/lib/paneBuild.js; the jest globalSetup has made it already), dist-pane/ served on 127.0.0.1 as
// `npm run serve` serves it (scripts/lib/paneServer.js: same headers, same Content-Security-Policy), a Chromium
// driven by playwright-core (the one the globalSetup found, scripts/lib/chromium.js), and pages that open the pane
// over a fake workbook of the test's choosing.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';
import type { FakeExcel } from '../../src/hosts/excel/fakeExcel';
import type { FakeWord } from '../../src/hosts/word/fakeWord';
import { uiText } from '../../src/i18n/ui';
import { findChromium } from '../../scripts/lib/chromium';
import { ensurePaneBuilt as buildPaneWhenStale } from '../../scripts/lib/paneBuild';
import { paneHandler } from '../../scripts/lib/paneServer';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist-pane');
export const SHOTS = path.join(ROOT, '.e2e');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What the page exposes to the tests (src/taskpane/App.tsx). */
export interface PaneWindow {
  __BAOCAO_FAKE_WORKBOOK__?: { name: string; grids: Grid[] };
  /** The Word pane's document (`taskpane.html?host=word`): its paragraphs' texts. */
  __BAOCAO_FAKE_DOCUMENT__?: string[];
  __baocaoFake: FakeExcel;
  __baocaoFakeWord: FakeWord;
}

/** Builds the pane (vite build) when dist-pane/taskpane.html is missing or older than what it is built from. */
export function ensurePaneBuilt(): { built: boolean; ms: number } {
  return buildPaneWhenStale();
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist-pane/ (GET and HEAD only, nothing outside it) on 127.0.0.1 at a port the system picks. */
export function serveDist(): Promise<StaticServer> {
  const server = http.createServer(paneHandler(DIST));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

export function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (found.path === null) throw new Error(found.problem);
  return chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
}

/** Grids as they can cross into the page: plain JSON (dates as ISO strings, no legacy-font maps). */
export function plainGrids(grids: Grid[]): Grid[] {
  return grids.map((g) => JSON.parse(JSON.stringify({ sheet: g.sheet, originRow: g.originRow, originColumn: g.originColumn, values: g.values, merges: g.merges })) as Grid);
}

/**
 * Office.js, loaded outside Office, tries to open its telemetry frame on a Microsoft server a few seconds after
 * the page loads; the pane's Content-Security-Policy refuses it (by design, see vite.config.ts) and Chromium logs
 * that refusal as a console error. No request leaves the page (the request listener would see it).
 */
export const OFFICE_TELEMETRY_BLOCKED = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;

export interface OpenedPane {
  page: Page;
  /** Uncaught errors, console errors (CSP refusals too) and requests to other hosts seen so far. */
  problems: string[];
  /** Office.js's telemetry frame, refused by the page's CSP as intended (vite.config.ts): not a problem. */
  blocked: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The pane to open: Excel's (default) or Word's (`taskpane.html?host=word`, over the fake document). */
  host?: 'excel' | 'word';
  /** The Word pane's document: its paragraphs' texts (the app's sample document when left out). */
  document?: string[];
  /** The workbook the fake Excel holds; or `script` to build it inside the page. */
  workbook?: { name: string; grids: Grid[] };
  /** Page script run before the app starts (it may set window.__BAOCAO_FAKE_WORKBOOK__ itself). */
  script?: string;
  width?: number;
  height?: number;
}

/** Opens taskpane.html in a fresh browser context (fresh localStorage) and waits until the fake Excel (or Word) is up. */
export async function openPane(browser: Browser, baseUrl: string, opts: OpenOptions): Promise<OpenedPane> {
  // Reduced motion: the accordions open at once, so what a test measures or screenshots is the final layout.
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1200, height: opts.height ?? 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  const blocked: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (OFFICE_TELEMETRY_BLOCKED.test(m.text())) blocked.push(m.text());
    else problems.push(`console.error: ${m.text()}`);
  });
  // The pane calls no server but its own: any other request is a problem (data: and blob: URLs stay in the page).
  page.on('request', (r) => {
    if (!r.url().startsWith(`${baseUrl}/`) && !/^(data|blob):/.test(r.url())) problems.push(`request to ${r.url()}`);
  });
  if (opts.workbook) {
    await page.addInitScript((wb) => {
      (window as unknown as PaneWindow).__BAOCAO_FAKE_WORKBOOK__ = wb;
    }, opts.workbook);
  }
  if (opts.document) {
    await page.addInitScript((paragraphs) => {
      (window as unknown as PaneWindow).__BAOCAO_FAKE_DOCUMENT__ = paragraphs;
    }, opts.document);
  }
  if (opts.script) await page.addInitScript({ content: opts.script });
  const word = opts.host === 'word';
  await page.goto(`${baseUrl}/taskpane.html${word ? '?host=word' : ''}`);
  await page.waitForFunction((w) => Boolean(w ? (window as unknown as PaneWindow).__baocaoFakeWord : (window as unknown as PaneWindow).__baocaoFake), word, { timeout: 20_000 });
  return { page, problems, blocked, close: () => context.close() };
}

/** Waits until the pane is idle: no progress shown and the "find again" button enabled. */
export async function waitIdle(page: Page, findLabel = 'Tìm lại', timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (label) => {
      const main = document.querySelector('main');
      const button = Array.from(main?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
      return Boolean(button && !button.disabled && !main?.querySelector('[role="status"]'));
    },
    findLabel,
    { timeout },
  );
}

/** Waits until the Word pane is idle: "Mở sổ Excel…" enabled and no progress bar. */
export async function wordIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (label) => {
      const main = document.querySelector('main');
      const open = Array.from(main?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
      return Boolean(open && !open.disabled && !main?.querySelector('.fui-ProgressBar'));
    },
    uiText('vi', 'openWorkbook'),
    { timeout },
  );
}

/** Opens an accordion section whose header contains `text` (no click when it is open already). */
export async function expand(page: Page, text: string | RegExp): Promise<void> {
  const header = page.locator('main button[aria-expanded]').filter({ hasText: text }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await header.elementHandle());
  await settled(page);
}

/** Waits until no finite animation runs (an accordion opening or closing); spinners' endless ones do not count. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** The notice (MessageBar) text, or null. */
export async function notice(page: Page): Promise<string | null> {
  const n = page.locator('[data-testid="notice"]');
  return (await n.count()) ? n.innerText() : null;
}

/** Waits for the notice to contain `text`. */
export async function waitNotice(page: Page, text: string, timeout = 30_000): Promise<string> {
  await page.locator('[data-testid="notice"]').filter({ hasText: text }).waitFor({ timeout });
  return (await notice(page)) ?? '';
}

/** The fake's calls that change the workbook (everything but reads and selecting a cell). */
export function writesIn(calls: string[]): string[] {
  return calls.filter((c) => !/^(readWorkbook|selectCell)\b/.test(c));
}

const SHOT_NAMES = new Set<string>();

/**
 * Screenshots the pane (`main`) into .e2e/excel-<name>.png (name: "NN-step"; `prefix` "word" for the Word pane),
 * and with `page: true` the whole viewport as .e2e/excel-<name>-page.png. Returns the pane file's path.
 */
export async function shot(page: Page, name: string, opts: { page?: boolean; prefix?: string } = {}): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const base = `${opts.prefix ?? 'excel'}-${name}`;
  if (SHOT_NAMES.has(base)) throw new Error(`screenshot ${base} taken twice`);
  SHOT_NAMES.add(base);
  const file = path.join(SHOTS, `${base}.png`);
  await page.locator('main').screenshot({ path: file, animations: 'disabled' });
  if (opts.page) await page.screenshot({ path: path.join(SHOTS, `${base}-page.png`), animations: 'disabled' });
  return file;
}

/** Screenshots the pane as Office shows it: the whole page width (the viewport is the task pane), down to the pane's end. */
export async function paneShot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  // The pane's bottom in page coordinates (a click may have scrolled the page).
  const bottom = await page.locator('main').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const width = page.viewportSize()?.width ?? 400;
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', clip: { x: 0, y: 0, width, height: Math.ceil(bottom + 12) } });
  return file;
}

/** Closes an accordion section whose header contains `text` (no click when it is closed already). */
export async function collapse(page: Page, text: string | RegExp): Promise<void> {
  const header = page.locator('main button[aria-expanded]').filter({ hasText: text }).first();
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await header.elementHandle());
  await settled(page);
}

/** Panes opened in a describe block: each is closed after its test, which fails if the page reported a problem. */
export function panesClosedAfterEach(): { open: typeof openPane; track: (p: OpenedPane) => OpenedPane } {
  let pane: OpenedPane | undefined;
  afterEach(async () => {
    const problems = pane?.problems ?? [];
    await pane?.close();
    pane = undefined;
    expect(problems).toEqual([]);
  });
  return { open: async (...args) => (pane = await openPane(...args)), track: (p) => (pane = p) };
}

/** Elements of the pane (`main`) that stick out past its right edge, described for a readable failure. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const edge = main.getBoundingClientRect().right;
    const out: string[] = [];
    for (const el of Array.from(main.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > edge + 1) out.push(`${el.tagName.toLowerCase()}.${(el.className || '').toString().split(' ')[0]} "${(el.textContent ?? '').slice(0, 40)}" ends at ${Math.round(r.right)} > ${Math.round(edge)}`);
    }
    return out;
  });
}

/** The built pane served and one Chromium for a test file: started before its tests, stopped after them. */
export function paneSession(): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensurePaneBuilt();
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('paneSession: used before beforeAll');
    return x;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
