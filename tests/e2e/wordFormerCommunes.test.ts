// The Word pane for a commune formed from former communes, end to end (built pane, headless Chromium, fake hosts) at
// a task pane's size, 400 × 800: the figures handed over from Excel have former communes, so "Nêu số liệu theo từng
// xã cũ" is offered under the poverty section, off; ticked, the preview, Insert and "Cập nhật tất cả" state one line
// per former commune, and the choice is kept in the document. Workbooks opened in the Word pane with a profile that
// names former communes offer it too, and saving the profile form keeps the former communes. A plain commune's
// figures show no such option. Screenshots go to .e2e/word-former-*.png.
//
// The hand-over is made here from analyse() of tests/core/merged/threeCommunes.ts; the expected lines are computed
// with the core on the same workbooks (and checked by hand for one), never read from the fake.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { analyse, type WorkbookInput } from '../../src/core/analyse';
import type { CommuneProfile } from '../../src/core/profile';
import { reportInputOf, type ReportInput } from '../../src/core/report/input';
import { runsText, SECTION_IDS } from '../../src/core/report/model';
import { buildReport } from '../../src/core/report/sections';
import { HANDOVER_KEY, sendHandover } from '../../src/hosts/handover';
import type { WordSettings } from '../../src/hosts/word/port';
import { WORD_SETTINGS_KEY } from '../../src/hosts/word/wordSettings';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { GIA_HOA, GIA_PHU, PROFILE, WORKBOOKS, workbook } from '../core/merged/threeCommunes';
import { householdGrid } from '../hosts/handoverRegisters';
import { SHOTS, collapse, expand, notice, overflowingElements, paneSession, panesClosedAfterEach, type PaneWindow, wordIdle } from './harness';

jest.setTimeout(120_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const WIDTH = 400;
const HEIGHT = 800;
const DOCUMENT = ['BÁO CÁO', 'Tổng kết năm 2025', 'I. KẾT QUẢ', '', 'II. PHƯƠNG HƯỚNG', ''];
const TODAY = new Date();

const session = paneSession();
const panes = panesClosedAfterEach();
let tmp: string;

beforeAll(() => {
  fs.mkdirSync(SHOTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-former-'));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The figures of `books` as the Excel pane hands them over (one households part), stored as the pane stores them. */
function handover(books: WorkbookInput[], profile: CommuneProfile | undefined, workbookName: string): { text: string; input: ReportInput } {
  const a = analyse(books, { profile, today: TODAY });
  const input = reportInputOf(a, profile);
  const map = new Map<string, string>();
  sendHandover({ getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) }, workbookName, input, TODAY, { inferred: a.inferred });
  return { text: map.get(HANDOVER_KEY) ?? '', input };
}

/** The Word pane at a task pane's size: a stored hand-over, and document settings the document already holds. */
async function pane(opts: { stored?: string; settings?: WordSettings }): Promise<Page> {
  const lines: string[] = [];
  if (opts.stored) lines.push(`if (location.protocol.startsWith('http')) localStorage.setItem(${JSON.stringify(HANDOVER_KEY)}, ${JSON.stringify(opts.stored)});`);
  // A document saved earlier with the add-in's settings: they are in the fake document before the pane reads them.
  if (opts.settings) {
    lines.push(`(() => { let w; Object.defineProperty(window, '__baocaoFakeWord', { configurable: true, get: () => w, set: (v) => { v.settings.set(${JSON.stringify(WORD_SETTINGS_KEY)}, ${JSON.stringify(opts.settings)}); w = v; } }); })();`);
  }
  const p = await panes.open(session.browser, session.server.url, { host: 'word', document: DOCUMENT, script: lines.join('\n') || undefined, width: WIDTH, height: HEIGHT });
  return p.page;
}

// Fluent's Checkbox puts its native props on the <input>; the label is the one that names it.
const option = (page: Page) => page.locator('main input[type="checkbox"][data-testid="by-former-commune"]');
const optionLabel = (page: Page) => page.locator('main label').filter({ hasText: vi('byFormerCommune') });

/** The paragraphs of the inserted ho-ngheo control. */
const povertyControl = (page: Page) => page.evaluate(() => {
  const c = (window as unknown as PaneWindow).__baocaoFakeWord.controls().find((x) => x.tag === 'baocao:ho-ngheo');
  return (c?.children ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
});

const settingsOf = (page: Page) => page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.loadSettings());

const previewText = (page: Page) => page.locator('main .fui-AccordionItem').filter({ has: page.locator('button[aria-expanded="true"]', { hasText: vi('preview') }) }).locator('.fui-AccordionPanel').innerText();

/** The lines of each former commune the core writes for `input` ("- Địa bàn xã … (cũ): …"). */
function formerLines(input: ReportInput): string[] {
  const s = buildReport(input, SECTION_IDS, { byFormerCommune: true }).sections.find((x) => x.id === 'ho-ngheo');
  return (s?.blocks ?? []).flatMap((b) => (b.type === 'list' ? b.items.map((i) => `${b.marker} ${runsText(i)}`) : []));
}

async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `word-former-${name}.png`), animations: 'disabled' });
}

async function writeWorkbook(book: WorkbookInput): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of book.sheets) {
    const ws = wb.addWorksheet(g.sheet);
    for (const r of g.values) ws.addRow(r);
  }
  const file = path.join(tmp, book.file);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a merged commune in the Word pane', () => {
  test('handed over from Excel: the option is offered, off; ticked, the preview, Insert and Update state each former commune, and the choice stays in the document', async () => {
    const { text, input } = handover(WORKBOOKS, PROFILE, 'Hoa-Thinh-2025.xlsx');
    const lines = formerLines(input);
    // Checked by hand on the workbooks: Gia Hòa's 4 rows, 2 poor, 1 near-poor.
    expect(lines[0]).toBe('- Địa bàn xã Gia Hòa (cũ): 4 hộ, trong đó 2 hộ nghèo (tỷ lệ 50,00%), 1 hộ cận nghèo (tỷ lệ 25,00%).');
    expect(lines).toHaveLength(3);

    const page = await pane({ stored: text });
    await page.locator('[data-testid="part-households"]').waitFor();
    await option(page).waitFor({ state: 'attached' });
    expect(await option(page).isChecked()).toBe(false);
    const label = optionLabel(page);
    expect(await label.innerText()).toBe(vi('byFormerCommune'));
    // In sight on the first screen, and nothing of the pane sticks out past its edge.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await label.boundingBox())!.y + (await label.boundingBox())!.height).toBeLessThan(HEIGHT);
    expect(await overflowingElements(page)).toEqual([]);
    await look(page, '01-offered');

    // Off: the preview has the commune's sentence only.
    await expand(page, vi('preview'));
    expect(await previewText(page)).not.toContain('Địa bàn xã');

    await label.click();
    await page.waitForFunction(() => (document.querySelector('main input[data-testid="by-former-commune"]') as HTMLInputElement | null)?.checked === true);
    for (const l of lines) expect(await previewText(page)).toContain(l.slice(2));
    await page.locator('main button[aria-expanded="true"]').filter({ hasText: vi('preview') }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await look(page, '02-preview');
    await page.waitForFunction(async () => (await (window as unknown as PaneWindow).__baocaoFakeWord.loadSettings()).byFormerCommune === true);

    // Insert every section: the poverty section has the three lines after the commune's sentence.
    await page.locator('[data-testid="fake-document"] [data-paragraph="3"]').click();
    await page.getByRole('button', { name: vi('insert') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã chèn' }).waitFor();
    await wordIdle(page);
    const inserted = await povertyControl(page);
    expect(inserted.filter((p) => p.includes('Địa bàn xã'))).toEqual(lines);
    expect(inserted[0]).toContain(`toàn xã có ${input.households?.total} hộ`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, '03-ticked-inserted');

    // Gia Phú's workbook sent again from Excel with one more poor household; "Cập nhật tất cả" keeps the lines.
    const more = [...GIA_PHU, { code: 'GP5', name: 'Lý Văn Tâm', born: 1980, village: 'Thôn Phú Lợi', size: 2, poor: true }];
    const next = handover([WORKBOOKS[0], WORKBOOKS[1], workbook('ds-ho-3.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH XÃ GIA PHÚ (CŨ) NĂM 2025'], more)], PROFILE, 'Hoa-Thinh-2025-sua.xlsx');
    await page.evaluate(([k, v]) => {
      localStorage.setItem(k, v);
      window.dispatchEvent(new Event('focus'));
    }, [HANDOVER_KEY, next.text] as const);
    await page.locator('[data-testid="part-households"]').filter({ hasText: 'Hoa-Thinh-2025-sua.xlsx' }).waitFor();
    await page.getByRole('button', { name: vi('updateAll') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã cập nhật' }).waitFor();
    const updated = await povertyControl(page);
    expect(updated.filter((p) => p.includes('Địa bàn xã'))).toEqual(formerLines(next.input));
    expect(updated.join('\n')).toContain('- Địa bàn xã Gia Phú (cũ): 5 hộ, trong đó 2 hộ nghèo (tỷ lệ 40,00%)');

    // The document keeps the choice (and its saved file too).
    const saved = await page.evaluate((k) => (window as unknown as PaneWindow).__baocaoFakeWord.settings.saved[k] as WordSettings, WORD_SETTINGS_KEY);
    expect(saved.byFormerCommune).toBe(true);

    // Unticked: the next update takes the lines out; the commune's sentence stays.
    await label.click();
    await page.waitForFunction(async () => (await (window as unknown as PaneWindow).__baocaoFakeWord.loadSettings()).byFormerCommune === false);
    expect(await notice(page)).toBeNull();
    await page.getByRole('button', { name: vi('updateAll') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Đã cập nhật' }).waitFor();
    const plain = await povertyControl(page);
    expect(plain.filter((p) => p.includes('Địa bàn xã'))).toEqual([]);
    expect(plain[0]).toContain(`toàn xã có ${next.input.households?.total} hộ`);
  });

  test('workbooks opened in the Word pane with a profile naming former communes: the option is offered; saving the profile form keeps the former communes', async () => {
    const page = await pane({ settings: { profile: PROFILE, byFormerCommune: true } });
    const files = await Promise.all(WORKBOOKS.map(writeWorkbook));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: vi('openWorkbook') }).click();
    await chooser;
    await page.locator('input[data-testid="open-workbook"]').setInputFiles(files);
    await option(page).waitFor({ state: 'attached', timeout: 60_000 });
    await wordIdle(page);
    // Remembered in the document: ticked already.
    expect(await option(page).isChecked()).toBe(true);
    const input = reportInputOf(analyse(WORKBOOKS, { profile: PROFILE, today: TODAY }), PROFILE);
    await expand(page, vi('preview'));
    for (const l of formerLines(input)) expect(await previewText(page)).toContain(l.slice(2));

    // The clerk writes the district in the form and saves: the former communes and renamed villages stay.
    await expand(page, vi('profile'));
    await page.getByLabel(vi('district'), { exact: true }).fill('Gia Viễn');
    await page.getByRole('button', { name: vi('saveProfile') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: vi('profileSaved') }).waitFor();
    const s = await settingsOf(page);
    expect(s.profile).toEqual({ ...PROFILE, district: 'Gia Viễn' });
    expect(s.byFormerCommune).toBe(true);
    await option(page).waitFor({ state: 'attached' });
    // The preview scrolls its wide village table inside its own box: closed, nothing of the pane sticks out.
    await collapse(page, vi('preview'));
    expect(await overflowingElements(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, '04-opened-here');
  });

  test('workbooks opened here without a profile: the former communes typed in the pane, a workbook of no known one asked and answered, the breakdown shown', async () => {
    // Gia Hòa's workbook named and titled so it tells nothing: asked about; Gia Thịnh's and Gia Phú's are told by name and title.
    const books = [workbook('so-ho-a.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], GIA_HOA), WORKBOOKS[1], WORKBOOKS[2]];
    const page = await pane({});
    const files = await Promise.all(books.map(writeWorkbook));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: vi('openWorkbook') }).click();
    await chooser;
    await page.locator('input[data-testid="open-workbook"]').setInputFiles(files);
    await page.getByText(vi('openedFiles', { files: 'so-ho-a.xlsx, gia-thinh-2025.xlsx, ds-ho-3.xlsx' })).waitFor({ timeout: 60_000 });
    await wordIdle(page);
    expect(await page.locator('[data-testid="ask-former"]').count()).toBe(0);

    await expand(page, vi('mergerTitle'));
    await page.getByRole('textbox', { name: vi('mergerLines') }).fill('Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3 → Thôn 2\nGia Phú: Phú An → Thôn Phú An, Phú Lợi → Thôn Phú Lợi');
    await page.getByRole('button', { name: vi('mergerSave') }).click();
    await page.locator('[data-testid="notice"]').filter({ hasText: vi('mergerSaved', { n: 3, list: 'Thôn Hòa Bình, Thôn 2, Thôn 1 và 2 thôn khác' }) }).waitFor();
    await wordIdle(page);
    const ask = page.locator('[data-testid="ask-former"]');
    expect(await ask.innerText()).toContain(vi('mergerAskFile', { file: 'so-ho-a.xlsx' }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, '05-asked');
    await ask.getByRole('combobox').selectOption('Gia Hòa');
    await page.locator('[data-testid="notice"]').filter({ hasText: vi('mergerAssigned', { what: vi('mergerWhatFile', { file: 'so-ho-a.xlsx' }), name: 'Gia Hòa' }) }).waitFor();
    await wordIdle(page);
    expect(await ask.count()).toBe(0);

    // Kept beside the confirmed year and villages (no full profile); the same figures as the core with those answers.
    const s = await settingsOf(page);
    expect(s.profile).toBeUndefined();
    expect(s.confirmed?.formerCommunes?.map((c) => [c.name, c.files ?? []])).toEqual([['Gia Hòa', ['so-ho-a.xlsx']], ['Gia Thịnh', []], ['Gia Phú', []]]);
    const a = analyse(books, { confirmed: s.confirmed, today: TODAY });
    const shown = await page.locator('[data-testid="by-former"]').innerText();
    for (const c of a.formerCommunes ?? []) expect(shown).toContain(`${c.name}: ${c.households?.total} hộ`);
    expect(shown).toContain('Sổ: "so-ho-a.xlsx" (theo hồ sơ)');
    expect(shown).toContain('Sổ: "gia-thinh-2025.xlsx" (theo tên tệp)');
    // The option is offered for these figures: ticked, the preview states each former commune.
    await option(page).check();
    await expand(page, vi('preview'));
    for (const l of formerLines(reportInputOf(a))) expect(await previewText(page)).toContain(l.slice(2));
    await collapse(page, vi('preview'));
    expect(await overflowingElements(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, '06-answered');
  });

  test('a plain commune: no option', async () => {
    const { text } = handover([{ file: 'So-ho.xlsx', sheets: [householdGrid({ year: 2025, villages: ['Thôn Đông', 'Thôn Tây'], perVillage: 3 })] }], undefined, 'So-ho.xlsx');
    const page = await pane({ stored: text, settings: { byFormerCommune: true } });
    await page.locator('[data-testid="part-households"]').waitFor();
    await page.getByRole('group', { name: vi('sectionsTitle') }).waitFor();
    expect(await option(page).count()).toBe(0);
    expect(await optionLabel(page).count()).toBe(0);
  });
});
