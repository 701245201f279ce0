// Year over year in both panes, end to end in headless Chromium over the fake hosts: the same commune's household
// registers of 2022 and 2023 (tests/core/compare/twoYears.ts), written here as .xlsx files. Excel: last year's
// workbook picked, the main changes in the status, "Gửi sang Word" carries last year. Word: the hand-over with last
// year, and "Mở sổ Excel…" + "Mở sổ năm trước…" — which file and year, how households were matched, the unmatched
// rows listed, the section so-sanh inserted, a "so với" claim checked, last year dropped. Screenshots at 400 × 800
// go to .e2e/previous-*.png. Expectations come from the core run here on the same files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { analyse, type WorkbookInput } from '../../src/core/analyse';
import { analysePrevious, previousYearData, type PreviousYearData } from '../../src/core/compare/previous';
import { reportInputOf } from '../../src/core/report/input';
import { buildReport } from '../../src/core/report/sections';
import { runsText } from '../../src/core/report/model';
import { HANDOVER_KEY } from '../../src/hosts/handover';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { readWorkbookFile } from '../../src/io/xlsx';
import { mainChanges, matchingLines } from '../../src/taskpane/previousYear';
import { Y2022, Y2023, register } from '../core/compare/twoYears';
import { ensurePaneBuilt, expand, launchChromium, panesClosedAfterEach, paneShot, plainGrids, serveDist, waitIdle, waitNotice, overflowingElements, type PaneWindow, type StaticServer } from './harness';

jest.setTimeout(120_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-previous-'));
const FILE_2022 = path.join(DIR, 'so-ho-2022.xlsx');
const FILE_2023 = path.join(DIR, 'so-ho-2023.xlsx');
const THIS = register('so-ho-2023.xlsx', 2023, Y2023);
const LAST = register('so-ho-2022.xlsx', 2022, Y2022);

let server: StaticServer;
let browser: Browser;
/** What the core says of the two files, without a profile (the panes have none here). */
let expected: PreviousYearData;

async function writeXlsx(w: WorkbookInput, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const g of w.sheets) book.addWorksheet(g.sheet).addRows(g.values.map((r) => r.map((v) => v ?? null)));
  await book.xlsx.writeFile(file);
}

beforeAll(async () => {
  ensurePaneBuilt();
  await writeXlsx(THIS, FILE_2023);
  await writeXlsx(LAST, FILE_2022);
  const today = new Date();
  const current = analyse([{ ...(await readWorkbookFile(FILE_2023)), file: 'so-ho-2023.xlsx' }], { today });
  const r = analysePrevious([{ ...(await readWorkbookFile(FILE_2022)), file: 'so-ho-2022.xlsx' }], current, { today });
  if (!r.ok) throw new Error(r.problem);
  expected = previousYearData(['so-ho-2022.xlsx'], r);
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(DIR, { recursive: true, force: true });
});

const { open } = panesClosedAfterEach();

/** Picks files with a button that opens the file chooser; the files are set on its hidden input. */
async function pick(page: Page, button: UiKey, input: string, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
  await page.getByRole('button', { name: vi(button) }).click();
  await chooser;
  await page.locator(`input[data-testid="${input}"]`).setInputFiles(files);
}

const text = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).innerText();

describe('the Excel pane', () => {
  test('last year picked: the main changes in the status; sent to Word with last year', async () => {
    const pane = await open(browser, server.url, { workbook: { name: 'so-ho-2023.xlsx', grids: plainGrids(THIS.sheets) }, width: 400, height: 800 });
    const { page } = pane;
    await waitIdle(page);
    await pick(page, 'openPrevious', 'open-previous', [FILE_2022]);
    await page.locator('[data-testid="status-previous"]').waitFor();
    await waitIdle(page);
    const status = await text(page, 'status-previous');
    expect(status).toBe(`${vi('statusPrevious', { year: 2022, files: '"so-ho-2022.xlsx"' })} ${mainChanges(expected, 'vi').join(' · ')}`);
    expect(status).toContain('Hộ nghèo: 4 → 3 (\u22121)');
    const lines = matchingLines(expected, 'vi');
    expect(await text(page, 'previous-matched')).toBe(lines?.matched);
    expect(await text(page, 'previous-unmatched')).toBe(lines?.unmatched);
    expect(await overflowingElements(page)).toEqual([]);
    await paneShot(page, 'previous-excel-400');
    await page.getByRole('button', { name: vi('sendToWord') }).click();
    await waitNotice(page, vi('sentToWord'));
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), HANDOVER_KEY)) ?? 'null') as { parts: { households: { previous: PreviousYearData } } };
    expect(stored.parts.households.previous.year).toBe(2022);
    expect(stored.parts.households.previous.comparison).toEqual(expected.comparison);
    // Dropped: the status says this year's figures only, and the card invites to open last year again.
    await page.getByRole('button', { name: vi('dropPrevious') }).click();
    await waitNotice(page, vi('previousDropped', { files: '"so-ho-2022.xlsx"' }));
    expect(await page.locator('[data-testid="status-previous"]').count()).toBe(0);
    expect(await text(page, 'previous-year')).toContain(vi('previousNone'));
  });
});

describe('the Excel pane, last year as a sheet of the same workbook', () => {
  test('the sheet is set aside and said, compared as last year, and can be dropped', async () => {
    const both = { name: 'so-ho-hai-nam.xlsx', grids: plainGrids([{ ...LAST.sheets[0], sheet: 'Năm 2022' }, { ...THIS.sheets[0], sheet: 'Năm 2023' }]) };
    const pane = await open(browser, server.url, { workbook: both, width: 400, height: 800 });
    const { page } = pane;
    await waitIdle(page);
    await page.locator('[data-testid="status-previous"]').waitFor();
    // This year's figures alone, and the same changes as with last year's own workbook.
    expect(await text(page, 'status-previous')).toBe(`${vi('statusPrevious', { year: 2022, files: '"so-ho-hai-nam.xlsx › Năm 2022"' })} ${mainChanges(expected, 'vi').join(' · ')}`);
    expect(await text(page, 'previous-matched')).toBe(matchingLines(expected, 'vi')?.matched);
    expect(await page.locator('main').innerText()).toContain('Trang "Năm 2022" là sổ năm 2022 (theo tên trang hoặc tiêu đề) và 10/11 hộ của trang có trong trang "Năm 2023"');
    expect(await overflowingElements(page)).toEqual([]);
    await paneShot(page, 'previous-excel-sheet-400');
    await page.getByRole('button', { name: vi('dropPrevious') }).click();
    await waitNotice(page, vi('previousDropped', { files: '"so-ho-hai-nam.xlsx › Năm 2022"' }));
    await waitIdle(page);
    expect(await page.locator('[data-testid="status-previous"]').count()).toBe(0);
    // Still not counted: dropped as last year, not taken as this year.
    expect(await page.locator('main').innerText()).toContain('10 hộ');
  });
});

describe('the Word pane', () => {
  const input = () => ({ ...reportInputOf(analyse([THIS], { today: new Date() })), comparison: expected.comparison });

  test('the hand-over with last year: which file and year, section so-sanh inserted with the core sentences', async () => {
    const stored = JSON.stringify({ version: 2, parts: { households: { at: new Date().toISOString(), workbook: 'so-ho-2023.xlsx', input: { ...input(), comparison: undefined }, inferred: [], previous: expected } } });
    const pane = await open(browser, server.url, {
      host: 'word', width: 400, height: 800, document: [''],
      script: `if (location.protocol.startsWith('http')) localStorage.setItem(${JSON.stringify(HANDOVER_KEY)}, ${JSON.stringify(stored)});`,
    });
    const { page } = pane;
    await page.locator('[data-testid="previous-file"]').waitFor();
    expect(await text(page, 'previous-file')).toBe(vi('previousFile', { files: '"so-ho-2022.xlsx"', year: 2022 }));
    expect(await text(page, 'previous-matched')).toBe(matchingLines(expected, 'vi')?.matched);
    const doc = buildReport(input(), ['so-sanh']);
    const section = doc.sections.find((s) => s.id === 'so-sanh');
    if (!section || section.omitted) throw new Error('so-sanh omitted by the core');
    for (const s of buildReport(input()).sections.filter((x) => !x.omitted)) await page.getByRole('checkbox', { name: s.title, exact: true }).setChecked(s.id === 'so-sanh');
    await paneShot(page, 'previous-word-handover-400');
    await page.getByRole('button', { name: vi('insert') }).click();
    await waitNotice(page, vi('inserted', { n: 1 }));
    const written = await page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.textOf('baocao:so-sanh'));
    const first = section.blocks.find((b) => b.type === 'list');
    if (first?.type !== 'list') throw new Error('no list in so-sanh');
    expect(written).toContain(runsText(first.items[0]));
    expect(written).toContain('so với năm 2022');
  });

  test('this year and last year opened here: matching, unmatched rows listed, a wrong "so với" claim found, last year dropped', async () => {
    const poor = expected.comparison.households?.find((f) => f.id === 'poor');
    // A wrong change: the registers give 4 → 3 (−1).
    const claim = `Số hộ nghèo giảm 2 hộ so với năm 2022 (từ ${poor?.previous} xuống ${poor?.current} hộ).`;
    const pane = await open(browser, server.url, { host: 'word', width: 400, height: 800, document: ['BÁO CÁO', claim, ''] });
    const { page } = pane;
    await pick(page, 'openWorkbook', 'open-workbook', [FILE_2023]);
    // The CCCD typed as a number (lost its zeros) is an error of the 2023 register: the errors bar, not a notice.
    await page.locator('main').getByText(vi('openedFiles', { files: 'so-ho-2023.xlsx' })).waitFor();
    await pick(page, 'openPrevious', 'open-previous', [FILE_2022]);
    await waitNotice(page, vi('previousLoaded', { year: 2022 }));
    const lines = matchingLines(expected, 'vi');
    expect(await text(page, 'previous-matched')).toBe(lines?.matched);
    expect(await text(page, 'previous-unmatched')).toBe(lines?.unmatched);
    await page.getByText(vi('previousRows')).click();
    const listed = await text(page, 'previous-year');
    for (const r of [...(expected.matching?.newHouseholds ?? []), ...(expected.matching?.removedHouseholds ?? [])]) expect(listed).toContain(`${r.file} › ${r.sheet}!${r.row}`);
    expect(await overflowingElements(page)).toEqual([]);
    await paneShot(page, 'previous-word-opened-400');
    expect(await page.getByRole('checkbox', { name: buildReport(input()).sections.find((s) => s.id === 'so-sanh')?.title, exact: true }).isDisabled()).toBe(false);
    await expand(page, vi('checkReport'));
    await page.locator('main button:not([aria-expanded])').filter({ hasText: new RegExp(`^${vi('checkReport')}$`) }).click();
    const findings = page.locator('[data-testid="findings"]');
    await findings.waitFor();
    // The change written (giảm 2) is compared with both years' registers (4 → 3).
    expect(await findings.innerText()).toContain('so với năm 2022 trong báo cáo là "giảm 2 hộ"');
    expect(await findings.innerText()).toContain('không khớp với số liệu sổ sách hai năm');
    await page.getByRole('button', { name: vi('dropPrevious') }).click();
    await waitNotice(page, vi('previousDropped', { files: '"so-ho-2022.xlsx"' }));
    expect(await text(page, 'previous-year')).toContain(vi('previousNone'));
    // Without last year the claim is not checked against it.
    await page.locator('main button:not([aria-expanded])').filter({ hasText: new RegExp(`^${vi('checkReport')}$`) }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="findings"]')?.textContent?.includes('hai năm'));
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${buildReport(input()).sections.find((s) => s.id === 'so-sanh')?.title}`) }).isDisabled()).toBe(true);
  });
});
