// The Word pane end to end (built pane, headless Chromium, fake hosts) at a task pane's size, 400 × 800: two
// workbooks sent one after the other from the Excel pane arrive together, each part replaced or dropped alone; a
// notice goes when the next action starts; the errors bar stays short; the inferred year and villages are asked at
// the top and the answer is kept in the document. Screenshots go to .e2e/word-handover-*.png.
//
// The registers are written here (tests/hosts/handoverRegisters.ts); what the pane should show is computed with the
// core on the same grids, never read from the fake.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';
import { analyse } from '../../src/core/analyse';
import { reportInputOf } from '../../src/core/report/input';
import { runsText, type ReportSection } from '../../src/core/report/model';
import { buildReport } from '../../src/core/report/sections';
import { HANDOVER_KEY, handedOver, readHandover } from '../../src/hosts/handover';
import type { WordSettings } from '../../src/hosts/word/port';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { awardGrid, householdGrid } from '../hosts/handoverRegisters';
import { SHOTS, ensurePaneBuilt, launchChromium, notice, openPane, plainGrids, serveDist, waitIdle, type OpenedPane, type PaneWindow, type StaticServer, wordIdle } from './harness';

jest.setTimeout(120_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const WIDTH = 400;
const HEIGHT = 800;
const VILLAGES = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Thôn Trung', 'Thôn Hạ', 'Thôn Thượng', 'Thôn Giữa'];
const DOCUMENT = ['BÁO CÁO', 'Tổng kết công tác thi đua, khen thưởng', 'I. KẾT QUẢ', '', 'II. PHƯƠNG HƯỚNG', ''];

let server: StaticServer;
let browser: Browser;
let tmp: string;
const opened: OpenedPane[] = [];

beforeAll(async () => {
  ensurePaneBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-handover-'));
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  const problems = opened.flatMap((p) => p.problems);
  await Promise.all(opened.splice(0).map((p) => p.close()));
  expect(problems).toEqual([]);
});

/** The pane at the size of a task pane; a stored hand-over (the storage both panes share on one computer) set first. */
async function pane(opts: { host: 'excel' | 'word'; stored?: string | null; workbook?: { name: string; grids: Grid[] }; document?: string[] }): Promise<Page> {
  // Init scripts run in every frame; one without an origin of its own (about:blank) has no localStorage to set.
  const script = opts.stored ? `if (location.protocol.startsWith('http')) localStorage.setItem(${JSON.stringify(HANDOVER_KEY)}, ${JSON.stringify(opts.stored)});` : undefined;
  const p = await openPane(browser, server.url, { host: opts.host, workbook: opts.workbook, document: opts.document, script, width: WIDTH, height: HEIGHT });
  opened.push(p);
  return p.page;
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), HANDOVER_KEY);

/** The Excel pane's notice after the last "Gửi sang Word". */
let lastSent = '';

/** Opens the Excel pane over `grids`, presses "Gửi sang Word", and returns what the storage then holds. */
async function sendFromExcel(name: string, grids: Grid[], before: string | null): Promise<string> {
  const page = await pane({ host: 'excel', workbook: { name, grids: plainGrids(grids) }, stored: before });
  await waitIdle(page);
  const send = page.getByRole('button', { name: vi('sendToWord'), exact: true });
  await send.scrollIntoViewIfNeeded();
  await send.click();
  await page.locator('[data-testid="notice"]').filter({ hasText: vi('sentToWord') }).waitFor();
  lastSent = await page.locator('[data-testid="notice"]').innerText();
  const now = await stored(page);
  if (!now) throw new Error('nothing stored after "Gửi sang Word"');
  return now;
}

/** The hand-over as the Word pane should read it, computed here from the stored text. */
function expected(text: string) {
  const h = readHandover({ getItem: () => text, setItem: () => undefined });
  const both = h && handedOver(h);
  if (!h || !both) throw new Error('stored hand-over unreadable');
  return { h, both };
}

const partText = (page: Page, kind: 'households' | 'awards') => page.locator(`[data-testid="part-${kind}"]`).innerText();
const when = (page: Page, iso: string) => page.evaluate((i) => new Date(i).toLocaleString('vi-VN'), iso);

async function controlTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const w = (window as unknown as PaneWindow).__baocaoFakeWord;
    const out: Record<string, string[]> = {};
    for (const c of w.controls()) {
      const flat = (blocks: typeof c.children): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.kind === 'table' ? b.rows.flat().map((p) => p.runs.map((r) => r.text).join('')) : flat(b.children)));
      out[c.tag] = flat(c.children);
    }
    return out;
  });
}

const paragraphsOf = (s: ReportSection) => s.blocks.flatMap((b) => (b.type === 'heading' || b.type === 'paragraph' ? [runsText(b.runs)] : b.type === 'list' ? b.items.map((i) => `${b.marker} ${runsText(i)}`) : []));

const settingsOf = (page: Page) => page.evaluate(async () => {
  const w = (window as unknown as PaneWindow).__baocaoFakeWord;
  return { loaded: await w.loadSettings(), saved: w.settings.saved as Record<string, unknown> };
}) as Promise<{ loaded: WordSettings; saved: Record<string, unknown> }>;

/** The pane as .e2e/word-handover-<name>.png: the viewport (what the clerk sees without scrolling) and the whole pane. */
async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `word-handover-${name}.png`), animations: 'disabled' });
  await page.locator('main').screenshot({ path: path.join(SHOTS, `word-handover-${name}-pane.png`), animations: 'disabled' });
}

/** Bottom edge (px from the viewport's top) of an element, with the page scrolled to the top. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom);
}

describe('the hand-over keeps both workbooks', () => {
  test('households from one workbook and awards from another arrive together, each with its workbook and time; either is replaced or dropped alone', async () => {
    const households = householdGrid({ year: 2023, villages: VILLAGES, perVillage: 6 });
    const awards = awardGrid({ year: 2023, count: 9 });
    const first = await sendFromExcel('So-ho-2023.xlsx', [households], null);
    const both = await sendFromExcel('Khen-thuong-2023.xlsx', [awards], first);
    const { h, both: want } = expected(both);
    expect(h.households?.workbook).toBe('So-ho-2023.xlsx');
    expect(h.awards?.workbook).toBe('Khen-thuong-2023.xlsx');

    const page = await pane({ host: 'word', stored: both, document: DOCUMENT });
    await page.locator('[data-testid="part-awards"]').waitFor();
    expect(await partText(page, 'households')).toContain(vi('handoverPart', { part: vi('households'), workbook: 'So-ho-2023.xlsx', at: await when(page, h.households?.at ?? '') }));
    expect(await partText(page, 'awards')).toContain(vi('handoverPart', { part: vi('awards'), workbook: 'Khen-thuong-2023.xlsx', at: await when(page, h.awards?.at ?? '') }));
    // Both parts are on the first screen.
    expect(await bottomOf(page, '[data-testid="part-awards"]')).toBeLessThan(HEIGHT);
    await look(page, '01-both-parts');

    // Insert every section: households and awards figures side by side in one document.
    await page.locator('[data-testid="fake-document"] [data-paragraph="3"]').click();
    await page.getByRole('button', { name: vi('insert') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã chèn' }).waitFor();
    await wordIdle(page);
    const doc = buildReport(want.input);
    const texts = await controlTexts(page);
    for (const id of ['ho-ngheo', 'khen-thuong'] as const) {
      const s = doc.sections.find((x) => x.id === id);
      expect(s?.omitted).toBeUndefined();
      expect(texts[`baocao:${id}`]?.slice(0, paragraphsOf(s as ReportSection).length)).toEqual(paragraphsOf(s as ReportSection));
    }
    expect(texts['baocao:khen-thuong'].join(' ')).toContain(String(want.input.awards?.total));

    // "Cập nhật tất cả" is one call to the host (one Word.run: a read and a write, tests/hosts/wordAdapter.test.ts).
    const calls = () => page.evaluate(() => [...(window as unknown as PaneWindow).__baocaoFakeWord.calls]);
    await wordIdle(page);
    const before = (await calls()).length;
    await page.getByRole('button', { name: vi('updateAll') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã cập nhật' }).waitFor();
    expect((await calls()).slice(before)).toEqual([`updateSections ask ${doc.sections.filter((x) => !x.omitted).map((x) => x.id).join(',')}`]);

    // A new households summary from another workbook replaces only the households part (the Word pane picks it up
    // when the clerk comes back to it).
    const again = await sendFromExcel('So-ho-2023-sua.xlsx', [householdGrid({ year: 2023, villages: VILLAGES, perVillage: 7 })], both);
    const next = expected(again);
    expect(next.h.awards).toEqual(h.awards);
    await page.evaluate(([k, v]) => {
      localStorage.setItem(k, v);
      window.dispatchEvent(new Event('focus'));
    }, [HANDOVER_KEY, again] as const);
    await page.locator('[data-testid="part-households"]').filter({ hasText: 'So-ho-2023-sua.xlsx' }).waitFor();
    expect(await partText(page, 'awards')).toContain('Khen-thuong-2023.xlsx');

    // Drop the awards part: households stay; the update notice of before is gone, one notice says what was dropped.
    expect(await notice(page)).toContain('Đã cập nhật');
    await page.getByRole('button', { name: vi('dropPartLabel', { part: vi('awards').toLowerCase() }) }).click();
    await wordIdle(page);
    expect(await partText(page, 'awards')).toBe(vi('handoverMissing', { part: vi('awards') }));
    expect(await partText(page, 'households')).toContain('So-ho-2023-sua.xlsx');
    expect(await notice(page)).toBe(vi('partDropped', { part: vi('awards').toLowerCase(), workbook: 'Khen-thuong-2023.xlsx' }));
    expect(await page.locator('[data-testid="notice"]').count()).toBe(1);
    const left = expected((await stored(page)) ?? '');
    expect(left.h.awards).toBeUndefined();
    expect(left.h.households?.workbook).toBe('So-ho-2023-sua.xlsx');
    await look(page, '02-awards-dropped');
  });

  test('two workbooks of different years: both years are told and the report year is asked', async () => {
    const first = await sendFromExcel('So-ho-2023.xlsx', [householdGrid({ year: 2023, villages: VILLAGES, perVillage: 3 })], null);
    const both = await sendFromExcel('Khen-thuong-2024.xlsx', [awardGrid({ year: 2024, count: 4 })], first);
    const page = await pane({ host: 'word', stored: both, document: DOCUMENT });
    await page.locator('[data-testid="part-awards"]').waitFor();
    expect(await page.locator('[data-testid="data-parts"]').innerText()).toContain(vi('handoverYears', { households: 2023, awards: 2024 }));
    const askYear = page.locator('[data-testid="ask-year"]');
    expect(await askYear.innerText()).toContain(vi('askYear', { year: expected(both).both.input.year }));
    await look(page, '08-different-years');
    await askYear.getByRole('button', { name: `${vi('confirm')}, ${expected(both).both.input.year}` }).click();
    await askYear.waitFor({ state: 'detached' });
  });

  test('a workbook holding both registers replaces both parts', async () => {
    const first = await sendFromExcel('So-ho.xlsx', [householdGrid({ year: 2023, villages: VILLAGES, perVillage: 3 })], null);
    expect(lastSent).toBe(`${vi('sentParts', { parts: 'hộ gia đình', kept: '' })} ${vi('sentToWord')}`);
    const second = await sendFromExcel('Khen-thuong.xlsx', [awardGrid({ year: 2023, count: 4 })], first);
    // The notice says which part was sent and which earlier part Word keeps beside it.
    expect(lastSent).toBe(`Đã gửi số liệu khen thưởng sang Word (vẫn giữ số liệu hộ gia đình đã gửi từ "So-ho.xlsx"). ${vi('sentToWord')}`);
    const whole = await sendFromExcel('Tong-hop.xlsx', [householdGrid({ year: 2023, villages: VILLAGES, perVillage: 2 }), awardGrid({ year: 2023, count: 5, sheet: 'KT' })], second);
    expect(lastSent).toBe(`Đã gửi số liệu hộ gia đình và khen thưởng sang Word. ${vi('sentToWord')}`);
    const { h } = expected(whole);
    expect([h.households?.workbook, h.awards?.workbook]).toEqual(['Tong-hop.xlsx', 'Tong-hop.xlsx']);
    const page = await pane({ host: 'word', stored: whole, document: DOCUMENT });
    await page.locator('[data-testid="part-awards"]').waitFor();
    expect(await partText(page, 'households')).toContain('Tong-hop.xlsx');
    expect(await partText(page, 'awards')).toContain('Tong-hop.xlsx');
  });

  test('an older stored hand-over (one workbook, one input) still opens', async () => {
    const a = analyse([{ file: 'Cu.xlsx', sheets: [householdGrid({ year: 2022, villages: VILLAGES, perVillage: 2 }), awardGrid({ year: 2022, count: 3, sheet: 'KT' })] }], { today: new Date() });
    const old = JSON.stringify({ at: '2023-02-01T03:00:00.000Z', workbook: 'Cu.xlsx', input: reportInputOf(a) });
    const page = await pane({ host: 'word', stored: old, document: DOCUMENT });
    await page.locator('[data-testid="part-awards"]').waitFor();
    expect(await partText(page, 'households')).toContain('Cu.xlsx');
    expect(await partText(page, 'awards')).toContain('Cu.xlsx');
    // It did not say what was inferred: the year is asked.
    expect(await page.locator('[data-testid="ask-year"]').innerText()).toContain(vi('askYear', { year: 2022 }));
  });
});

describe('notices belong to an action, and lists stay short', () => {
  test('"Đã chèn" goes when the report check starts; opening a workbook with errors says the count once, and the section list stays in sight at 400 × 800', async () => {
    const sent = await sendFromExcel('So-ho.xlsx', [householdGrid({ year: 2023, villages: VILLAGES, perVillage: 4 })], null);
    const page = await pane({ host: 'word', stored: sent, document: DOCUMENT });
    await page.locator('[data-testid="part-households"]').waitFor();
    await page.locator('[data-testid="fake-document"] [data-paragraph="3"]').click();
    await page.getByRole('button', { name: vi('insert') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã chèn' }).waitFor();
    await page.locator('main button[aria-expanded]').filter({ hasText: vi('checkReport') }).click();
    await page.locator('main button:not([aria-expanded])').filter({ hasText: vi('checkReport') }).click();
    await page.getByText(/^(Điểm cần xem lại|Không thấy điểm bất thường)/).first().waitFor();
    expect(await notice(page)).toBeNull();
    await look(page, '03-notice-gone-after-check');

    // The clerk confirms the eight villages (asked at the top): the confirmation is the next action, its own notice.
    await page.locator('[data-testid="ask-villages"]').getByRole('button', { name: vi('confirm'), exact: true }).click();
    await page.locator('[data-testid="ask-villages"]').waitFor({ state: 'detached' });
    expect(await notice(page)).toContain('Đã lưu vào hồ sơ xã trong văn bản');

    // A workbook with five households in villages the commune does not have: five errors, each naming the
    // commune's eight villages in its message.
    const file = path.join(tmp, 'So-ho-loi.xlsx');
    await writeXlsx(file, householdGrid({ year: 2023, villages: VILLAGES, perVillage: 4, strays: 5 }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: vi('openWorkbook') }).click();
    await chooser;
    await page.locator('input[data-testid="open-workbook"]').setInputFiles(file);
    await page.locator('[data-testid="data-errors"]').waitFor({ timeout: 60_000 });
    await wordIdle(page);
    const errorsText = await page.locator('[data-testid="data-errors"]').innerText();
    const errors = (errorsText.match(/^.*!.*$/gm) ?? []).length;
    expect(errors).toBeGreaterThan(0);
    expect(await page.getByText(vi('dataErrors', { n: 5 })).count()).toBe(1);
    // One message for one fact: no notice repeats the error count.
    expect(await notice(page)).toBeNull();
    // The village list is shortened: "và 5 thôn khác", never all the villages.
    expect(errorsText).toContain('và 5 thôn khác');
    expect(errorsText).not.toContain(VILLAGES[7].replace('Thôn ', ''));
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, '04-errors-short');
    // The section list starts in sight: its header and its first section.
    expect(await bottomOf(page, 'main [role="checkbox"], main input[type="checkbox"]')).toBeLessThan(HEIGHT);
    // Nothing of the errors bar sticks out of the pane.
    const bar = await page.locator('[data-testid="data-errors"]').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeLessThanOrEqual((main?.x ?? 0) + (main?.width ?? 0) + 1);
    expect(await page.locator('[data-testid="data-errors"]').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});

async function writeXlsx(file: string, grid: Grid): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  for (const row of grid.values) ws.addRow(row.map((v) => (v instanceof Date ? v : v)));
  await wb.xlsx.writeFile(file);
}

describe('the year and villages are asked, not guessed', () => {
  test('inferred year and villages are shown at the top; one click confirms, another year is chosen from the list; the answer is kept in the document', async () => {
    // No title year, no dates: the year is only guessed.
    const sent = await sendFromExcel('So-ho-khong-nam.xlsx', [householdGrid({ villages: VILLAGES, perVillage: 3 })], null);
    const page = await pane({ host: 'word', stored: sent, document: DOCUMENT });
    const askYear = page.locator('[data-testid="ask-year"]');
    const askVillages = page.locator('[data-testid="ask-villages"]');
    await askYear.waitFor();
    const { both } = expected(sent);
    const guessed = both.input.year;
    expect(await askYear.innerText()).toContain(vi('askYear', { year: guessed }));
    expect(await askYear.innerText()).toContain('chỉ đoán');
    expect(await askVillages.innerText()).toContain('và 5 thôn khác');
    // At the top: above the data line and the sections.
    expect(await bottomOf(page, '[data-testid="ask-villages"]')).toBeLessThan(await bottomOf(page, '[data-testid="data-parts"]'));
    await look(page, '05-asked');

    await page.getByLabel(vi('changeYear')).selectOption(String(guessed - 1));
    await wordIdle(page);
    await askYear.waitFor({ state: 'detached' });
    expect(await notice(page)).toBe(vi('confirmSavedWord', { what: vi('year', { value: guessed - 1 }) }));
    await askVillages.getByRole('button', { name: vi('confirm'), exact: true }).click();
    await wordIdle(page);
    await askVillages.waitFor({ state: 'detached' });
    const s = await settingsOf(page);
    expect(s.loaded.confirmed).toEqual({ year: guessed - 1, villages: both.input.villages });
    expect((s.saved.baocao as WordSettings).confirmed).toEqual({ year: guessed - 1, villages: both.input.villages });
    // The sections use the confirmed year.
    await page.locator('main button[aria-expanded]').filter({ hasText: vi('preview') }).click();
    const preview = await page.locator('main .fui-AccordionPanel').last().innerText();
    expect(preview).toContain(`năm ${guessed - 1}`);
    expect(preview).not.toContain(`năm ${guessed}`);
    await look(page, '06-confirmed');
  });

  test('a workbook opened in the pane without a year: the guess is asked once, at the top, not again among the doubts', async () => {
    const page = await pane({ host: 'word', document: DOCUMENT });
    const file = path.join(tmp, 'So-ho-khong-nam.xlsx');
    await writeXlsx(file, householdGrid({ villages: VILLAGES, perVillage: 3 }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: vi('openWorkbook') }).click();
    await chooser;
    await page.locator('input[data-testid="open-workbook"]').setInputFiles(file);
    const askYear = page.locator('[data-testid="ask-year"]');
    await askYear.waitFor({ timeout: 60_000 });
    await wordIdle(page);
    expect(await askYear.innerText()).toContain('chỉ đoán');
    const doubts = await page.locator('[data-testid="doubt"]').allInnerTexts();
    expect(doubts.filter((d) => /không ghi năm/.test(d))).toEqual([]);
    // Another year, chosen from the list, is kept in the document.
    const year = Number((await askYear.innerText()).match(/Năm báo cáo: (\d{4})/)?.[1]);
    await page.getByLabel(vi('changeYear')).selectOption(String(year - 2));
    await askYear.waitFor({ state: 'detached' });
    expect((await settingsOf(page)).loaded.confirmed?.year).toBe(year - 2);
  });

  test('a profile year outside the data\'s own dates is asked about, and one click takes the data\'s year', async () => {
    const sent = await sendFromExcel('Khen-thuong-2024.xlsx', [awardGrid({ year: 2024, count: 6 })], null);
    const page = await pane({ host: 'word', stored: sent, document: DOCUMENT });
    await page.locator('[data-testid="part-awards"]').waitFor();
    await page.locator('main button[aria-expanded]').filter({ hasText: vi('profile') }).click();
    await page.getByLabel(vi('commune'), { exact: true }).fill('Hòa An');
    await page.getByLabel(vi('reportYear'), { exact: true }).fill('2026');
    await page.getByLabel(vi('villagesList'), { exact: true }).fill(VILLAGES.join('\n'));
    await page.getByRole('button', { name: vi('saveProfile') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: vi('profileSaved') }).waitFor();
    const askYear = page.locator('[data-testid="ask-year"]');
    await askYear.waitFor();
    expect(await askYear.innerText()).toContain(vi('yearOutside', { year: 2026, years: '2024' }));
    await look(page, '07-year-outside');
    await page.getByLabel(vi('changeYear')).selectOption('2024');
    await askYear.waitFor({ state: 'detached' });
    const s = await settingsOf(page);
    expect(s.loaded.profile).toMatchObject({ commune: 'Hòa An', year: 2024 });
  });
});
