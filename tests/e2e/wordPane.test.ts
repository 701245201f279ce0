// The Word task pane end to end: the built pane (dist-pane/taskpane.html?host=word) in Debian's headless Chromium,
// outside Office, over the in-memory fake document. A clerk's flow on a report skeleton — open the commune's
// workbooks, preview, insert sections at four cursor places, change the data and update all, the edited-section
// warning — then the hand-over from Excel, the commune profile, the report check, and bad files. Screenshots go to
// .e2e/word-*.png.
//
// Expectations come from the core run here on the same files (never from the fake), and from the fake document's
// state read in the page (`window.__baocaoFakeWord`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { analyse, type Analysis } from '../../src/core/analyse';
import { checkReport, type Finding } from '../../src/core/check';
import { viNumber } from '../../src/core/text/numbers';
import { reportInputOf, type ReportInput } from '../../src/core/report/input';
import { runsText, SECTION_IDS, type Block, type ReportDoc, type ReportSection, type SectionId } from '../../src/core/report/model';
import { buildReport } from '../../src/core/report/sections';
import type { FakeBlock, FakeParagraph, FakeTable } from '../../src/hosts/word/fakeWord';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { readWorkbookFile } from '../../src/io/xlsx';
import { SAMPLES, sampleKey } from '../samples';
import { SHOTS, ensurePaneBuilt, expand, launchChromium, notice, openPane, overflowingElements, panesClosedAfterEach, serveDist, shot, type OpenedPane, type PaneWindow, type StaticServer, wordIdle } from './harness';

jest.setTimeout(120_000);

const HOUSEHOLDS = path.join(SAMPLES, 'households-merged.xlsx');
const AWARDS = path.join(SAMPLES, 'awards-sectioned.xlsx');
/** How many households lose their "Đạt" (Gia đình văn hóa achieved) mark in the changed copy of the register. */
const UNMARKED = 5;

/** The report year of the samples. */
const YEAR = sampleKey('households-merged').profile.year;

/** A clerk's report skeleton: headings, a blank line under each where the figures go, a blank last line. */
const SKELETON = [
  'BÁO CÁO',
  `Tổng kết công tác thi đua, khen thưởng năm ${YEAR}`,
  'I. KẾT QUẢ',
  '1. Phong trào thi đua',
  '',
  '2. Công tác khen thưởng',
  '',
  `II. PHƯƠNG HƯỚNG NĂM ${YEAR + 1}`,
  '',
];

/** A report with planted defects (paragraphs 1, 2, 7, 10) among correct paragraphs. */
const CHECKED_REPORT = [
  'ỦY BAN NHÂN DÂN XÃ AN HÒA',
  'Số:    /BC-UBND',
  'An Hòa, ngày 31/02/2023',
  'BÁO CÁO',
  'Tổng kết công tác thi đua, khen thưởng năm 2023',
  'I. KẾT QUẢ',
  '1. Phong trào thi đua',
  'Tổ chức bình xét các danh hiệu văn hóa năm 2023, toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 95,7%).',
  'Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm 2023: toàn xã có 1.412 hộ, trong đó số hộ nghèo 31 hộ, tỷ lệ 2,20%.',
  '2. Công tác khen thưởng',
  'Ủy ban nhân dân xã đã hoàn thành báo cáo báo cáo tổng kết đúng thời hạn.',
  'II. PHƯƠNG HƯỚNG NĂM 2024',
  'Tiếp tục đẩy mạnh các phong trào thi đua yêu nước.',
];
const PLANTED = [1, 2, 7, 10];

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const tagOf = (id: SectionId) => `baocao:${id}`;

let server: StaticServer;
let browser: Browser;
let tmp: string;
/** The changed copy of the households register, and the text file named .xlsx. */
let changedFile: string;
let textFile: string;
let noRegisterFile: string;
let analysis: Analysis;
let input: ReportInput;
let doc: ReportDoc;
let changedDoc: ReportDoc;
const timings: Record<string, number> = {};
/** Product defects met on the way, noted where the flow can go on without them (asserted in the last test). */
const defects: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    timings[label] = Date.now() - started;
  }
}

const section = (d: ReportDoc, id: SectionId): ReportSection => {
  const s = d.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};

/** A section's paragraphs as Word holds them (sections without tables): headings, paragraphs, "-"/"+" items. */
function sectionParagraphs(s: ReportSection): string[] {
  if (s.omitted !== undefined) return [`${s.title}: ${s.omitted}`];
  return s.blocks.flatMap((b: Block) => {
    if (b.type === 'heading' || b.type === 'paragraph') return [runsText(b.runs)];
    if (b.type === 'list') return b.items.map((item) => `${b.marker} ${runsText(item)}`);
    throw new Error(`section ${s.id} has a table`);
  });
}

type TableOf = Extract<Block, { type: 'table' }>;
const tableOf = (s: ReportSection): TableOf => {
  const t = s.blocks.find((b): b is TableOf => b.type === 'table');
  if (!t) throw new Error(`no table in ${s.id}`);
  return t;
};

/** The Gia đình văn hóa figure as the report writes it: "1.139/1.216". */
const culturalRatio = (i: ReportInput) => `${viNumber(i.households?.culturalFamily.achieved ?? NaN)}/${viNumber(i.households?.culturalFamily.registered ?? NaN)}`;

async function analyseFiles(files: string[]): Promise<Analysis> {
  const wbs = await Promise.all(files.map((f) => readWorkbookFile(f)));
  return analyse(wbs, { today: new Date() });
}

/** A copy of the households register with the "Đạt" mark (Gia đình văn hóa, achieved) of the first marked households removed. */
async function unmarkAchieved(from: string, to: string, n: number): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.worksheets[0];
  let column = 0;
  let headerRow = 0;
  for (let r = 1; r <= 10 && !column; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      if (!column && cell.text.trim() === 'Đạt' && ws.getRow(r - 1).getCell(c).text.trim() === 'Gia đình văn hóa') {
        column = c;
        headerRow = r;
      }
    });
  }
  if (!column) throw new Error('no "Đạt" column under "Gia đình văn hóa"');
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount && rows.length < n; r++) {
    const cell = ws.getRow(r).getCell(column);
    if (cell.text.trim().toLowerCase() === 'x') {
      cell.value = null;
      rows.push(r);
    }
  }
  await wb.xlsx.writeFile(to);
  return rows;
}

// ---- In the page --------------------------------------------------------------------------------------------

interface ControlState {
  tag: string;
  title: string;
  paragraphs: string[];
  tables: Array<{ rows: string[][]; rowKinds: string[]; headerRows: number }>;
}

interface DocState {
  /** The body: the clerk's paragraphs by text, controls by tag, tables as "(table)". */
  shape: string[];
  /** The body's own paragraphs (outside controls): text, and whether the add-in formatted it. */
  clerk: Array<{ text: string; ours: boolean }>;
  controls: ControlState[];
  paragraphs: string[];
  /** Index of the cursor's paragraph in `paragraphs`. */
  cursor: number;
  selected: number | null;
  calls: string[];
}

function docState(page: Page): Promise<DocState> {
  return page.evaluate(() => {
    const w = (window as unknown as PaneWindow).__baocaoFakeWord;
    const text = (p: FakeParagraph) => p.runs.map((r) => r.text).join('');
    const flat = (blocks: FakeBlock[]): FakeParagraph[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flat() : flat(b.children)));
    const all = w.paragraphs();
    return {
      shape: w.body.map((b) => (b.kind === 'paragraph' ? text(b) : b.kind === 'control' ? b.tag : '(table)')),
      clerk: w.body.filter((b): b is FakeParagraph => b.kind === 'paragraph').map((p) => ({ text: text(p), ours: p.look !== null })),
      controls: w.controls().map((c) => ({
        tag: c.tag,
        title: c.title,
        paragraphs: flat(c.children).map(text),
        tables: c.children.filter((b): b is FakeTable => b.kind === 'table').map((t) => ({ rows: t.rows.map((r) => r.map(text)), rowKinds: [...t.rowKinds], headerRows: t.headerRows })),
      })),
      paragraphs: all.map(text),
      cursor: all.indexOf(w.cursor),
      selected: w.selected,
      calls: [...w.calls],
    };
  });
}

const control = (s: DocState, id: SectionId): ControlState => {
  const c = s.controls.find((x) => x.tag === tagOf(id));
  if (!c) throw new Error(`no control ${tagOf(id)} in ${s.shape.join(' | ')}`);
  return c;
};

/** Makes the pane 400 px wide in a 1200 px page, the fake document beside it. */
const paneAt400 = (page: Page) => page.addStyleTag({ content: 'main { max-width: 400px !important; }' });

async function wordPane(document: string[], script?: string): Promise<OpenedPane> {
  const pane = await openPane(browser, server.url, { host: 'word', document, script, width: 1200, height: 900 });
  await paneAt400(pane.page);
  await pane.page.getByRole('button', { name: vi('openWorkbook') }).waitFor();
  return pane;
}

/** Runs `action`, waits for the fake to be called (a call starting with `call`) once more, then for the pane to be idle. */
async function andCall(page: Page, call: string, action: () => Promise<void>): Promise<void> {
  const count = () => page.evaluate((c) => (window as unknown as PaneWindow).__baocaoFakeWord.calls.filter((x) => x.startsWith(c)).length, call);
  const before = await count();
  await action();
  await page.waitForFunction(([c, n]) => (window as unknown as PaneWindow).__baocaoFakeWord.calls.filter((x) => x.startsWith(c as string)).length > (n as number), [call, before] as const);
  await wordIdle(page);
}

/** The data line: "Chưa có số liệu…", "Đã đọc: …" or "Số liệu gửi từ Excel: …". */
const dataLine = (page: Page) => page.locator('main').getByText(/^(Chưa có số liệu|Đã đọc: |Số liệu gửi từ Excel:)/).innerText();

/** Opens files with "Mở sổ Excel…": the button opens the file chooser; the files are set on the hidden input. */
async function openFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
  await page.getByRole('button', { name: vi('openWorkbook') }).click();
  await chooser;
  await page.locator('input[data-testid="open-workbook"]').setInputFiles(files);
}

/** Ticks exactly the sections `ids` in "Mục báo cáo". */
async function chooseOnly(page: Page, d: ReportDoc, ids: SectionId[]): Promise<void> {
  for (const s of d.sections) await page.getByRole('checkbox', { name: s.title, exact: true }).setChecked(ids.includes(s.id));
  for (const s of d.sections) expect([s.id, await page.getByRole('checkbox', { name: s.title, exact: true }).isChecked()]).toEqual([s.id, ids.includes(s.id)]);
}

/** The text of the "Xem trước" panel. */
const previewText = (page: Page) => page.locator('main .fui-AccordionItem').filter({ has: page.locator('button[aria-expanded="true"]', { hasText: vi('preview') }) }).locator('.fui-AccordionPanel').innerText();

/** Whether the document view marks paragraph `index` as the cursor's (an inset bar on its left). */
const cursorMarked = (page: Page, index: number) =>
  page.locator(`[data-testid="fake-document"] [data-paragraph="${index}"]`).evaluate((el) => getComputedStyle(el).boxShadow.includes('inset'));

/**
 * Clicks paragraph `index` in the document view: the cursor must then be in that paragraph. When it is not (a
 * product defect, noted), it is put there through the fake so the flow can go on.
 */
async function clickParagraph(page: Page, index: number): Promise<void> {
  const text = (await docState(page)).paragraphs[index];
  await page.locator(`[data-testid="fake-document"] [data-paragraph="${index}"]`).click();
  const at = (await docState(page)).cursor;
  if (at !== index) {
    defects.push(`a click on paragraph ${index} ("${text}") of the document view put the cursor in paragraph ${at} ("${(await docState(page)).paragraphs[at]}")`);
    await page.evaluate((i) => (window as unknown as PaneWindow).__baocaoFakeWord.moveCursorAfterParagraph(i), index);
  }
  expect((await docState(page)).cursor).toBe(index);
}

/** Index of the paragraph just after control `id`'s content. */
async function paragraphAfter(page: Page, id: SectionId): Promise<number> {
  const s = await docState(page);
  const c = control(s, id);
  // Control contents are unique enough here: the first index where the control's paragraphs run in order.
  const start = s.paragraphs.findIndex((_p, i) => c.paragraphs.every((q, k) => s.paragraphs[i + k] === q));
  if (start < 0) throw new Error(`control ${id} not found among the paragraphs`);
  return start + c.paragraphs.length;
}

/** The pane as .e2e/word-<name>.png and the whole page (pane and document, full length) as .e2e/word-<name>-page.png. */
async function wordShot(page: Page, name: string): Promise<void> {
  await shot(page, name, { prefix: 'word' });
  // Down to the end of the pane or of the document view, whichever is longer.
  const bottom = await page.evaluate(() => Math.max(...['main', 'aside'].map((q) => (document.querySelector(q)?.getBoundingClientRect().bottom ?? 0) + window.scrollY)));
  const width = page.viewportSize()?.width ?? 1200;
  await page.screenshot({ path: path.join(SHOTS, `word-${name}-page.png`), fullPage: true, animations: 'disabled', clip: { x: 0, y: 0, width, height: Math.ceil(bottom + 12) } });
}

beforeAll(async () => {
  const build = ensurePaneBuilt();
  timings[build.built ? 'build (npx vite build)' : 'build (up to date)'] = build.ms;
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await timed('launch chromium', launchChromium);

  analysis = await timed('core: analyse the two samples', () => analyseFiles([HOUSEHOLDS, AWARDS]));
  input = reportInputOf(analysis);
  // Every section these samples give: so-sanh needs last year's registers too (tests/core/report/compare.test.ts).
  doc = buildReport(input, SECTION_IDS.filter((id) => id !== 'so-sanh'));

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-e2e-word-'));
  changedFile = path.join(tmp, 'households-merged-sua.xlsx');
  const unmarked = await unmarkAchieved(HOUSEHOLDS, changedFile, UNMARKED);
  expect(unmarked).toHaveLength(UNMARKED);
  const changed = reportInputOf(await analyseFiles([changedFile, AWARDS]));
  changedDoc = buildReport(changed);
  expect(changed.households?.culturalFamily.achieved).toBe((input.households?.culturalFamily.achieved ?? 0) - UNMARKED);

  // A note saved as text, then renamed .xlsx; and a real workbook without any register.
  const note = path.join(tmp, 'ghi-chu.txt');
  fs.writeFileSync(note, 'Ghi chú họp thôn: thu quỹ khuyến học ngày 20/3.\n');
  textFile = path.join(tmp, 'ghi-chu.xlsx');
  fs.renameSync(note, textFile);
  const notes = new ExcelJS.Workbook();
  const ws = notes.addWorksheet('Ghi chep');
  ws.addRows([['Ghi chép họp thôn'], ['Ngày 12/3: họp dân về đường liên thôn'], ['Ngày 20/3: thu quỹ khuyến học']]);
  noRegisterFile = path.join(tmp, 'Ghi-chep.xlsx');
  await notes.xlsx.writeFile(noRegisterFile);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  if (fs.existsSync(SHOTS)) fs.writeFileSync(path.join(SHOTS, 'word-timings.json'), JSON.stringify(timings, null, 2) + '\n');
});

describe('the Word pane in a browser: a clerk\'s flow on a report skeleton', () => {
  let pane: OpenedPane;
  let page: Page;

  beforeAll(async () => {
    pane = await timed('page load to Word pane', () => wordPane(SKELETON));
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(() => {
    expect(pane?.problems ?? []).toEqual([]);
  });

  test('1. open: "Mở sổ Excel…" reads both workbooks; a notice says whether they hold errors; the data line names them', async () => {
    expect(await dataLine(page)).toBe(vi('noData'));
    expect((await docState(page)).paragraphs).toEqual(SKELETON);
    expect(await page.getByRole('button', { name: vi('insert') }).isDisabled()).toBe(true);
    const errors = analysis.files.flatMap((f) => f.registers.flatMap((r) => r.issues)).filter((i) => i.severity === 'error').length;
    await timed('1. open two workbooks (set files → data line)', async () => {
      await openFiles(page, [HOUSEHOLDS, AWARDS]);
      await page.locator('main').getByText(/^Đã đọc: /).waitFor({ timeout: 60_000 });
      await wordIdle(page);
    });
    expect(await dataLine(page)).toBe(vi('openedFiles', { files: 'households-merged.xlsx, awards-sectioned.xlsx' }));
    // The error count is said once, in the errors bar; no notice repeats it.
    expect(await notice(page)).toBe(errors ? null : vi('dataClean'));
    if (errors) expect(await page.locator('[data-testid="data-errors"]').innerText()).toContain(vi('dataErrors', { n: errors }));
    // Nothing is written to the document by opening data.
    const s = await docState(page);
    expect(s.paragraphs).toEqual(SKELETON);
    expect(s.calls.filter((c) => /^(insert|refresh)/.test(c))).toEqual([]);
    // Every section has data: none is offered as "Không chèn: …", all are ticked.
    for (const sec of doc.sections) {
      expect(sec.omitted).toBeUndefined();
      expect([sec.id, await page.getByRole('checkbox', { name: sec.title, exact: true }).isChecked()]).toEqual([sec.id, true]);
    }
    await wordShot(page, '01-open');
  });

  test('2. preview: "Xem trước" shows the sections as the core writes them ("1.139/1.216 hộ gia đình")', async () => {
    await expand(page, 'Xem trước');
    const text = await previewText(page);
    // The sample's answer key (computed from its ground truth) agrees with the core: 1.139/1.216.
    const key = sampleKey('households-merged').summary.households as { culturalFamily: { registered: number; achieved: number } };
    expect(culturalRatio(input)).toBe(`${viNumber(key.culturalFamily.achieved)}/${viNumber(key.culturalFamily.registered)}`);
    expect(text).toContain(`${culturalRatio(input)} hộ gia đình`);
    for (const id of ['van-hoa', 'ho-ngheo', 'khen-thuong'] as const) for (const p of sectionParagraphs(section(doc, id))) expect(text).toContain(p);
    expect(text).toContain(runsText(tableOf(section(doc, 'bang-thon')).caption ?? []));
    await wordShot(page, '02-preview');
  });

  test('3. insert at four cursor places: each section lands where its cursor was, the clerk\'s paragraphs untouched', async () => {
    const insert = page.getByRole('button', { name: vi('insert') });

    // "Gia đình văn hóa, Thôn văn hóa" with the cursor in the heading "1. Phong trào thi đua": after the heading,
    // the blank line under it kept.
    await chooseOnly(page, doc, ['van-hoa']);
    await clickParagraph(page, SKELETON.indexOf('1. Phong trào thi đua'));
    await timed('3. insert one section', () => andCall(page, 'insertSections', () => insert.click()));
    expect(await notice(page)).toBe(vi('inserted', { n: 1 }));
    expect((await docState(page)).shape.slice(3, 6)).toEqual(['1. Phong trào thi đua', tagOf('van-hoa'), '']);

    // "Hộ nghèo, hộ cận nghèo" in that blank line after the first section: the blank line becomes the section.
    await chooseOnly(page, doc, ['ho-ngheo']);
    const blank = await paragraphAfter(page, 'van-hoa');
    expect((await docState(page)).paragraphs[blank]).toBe('');
    await clickParagraph(page, blank);
    await andCall(page, 'insertSections', () => insert.click());

    // "Về công tác khen thưởng" in the blank line under "2. Công tác khen thưởng".
    await chooseOnly(page, doc, ['khen-thuong']);
    let s = await docState(page);
    const under2 = s.paragraphs.indexOf('2. Công tác khen thưởng') + 1;
    expect(s.paragraphs[under2]).toBe('');
    await clickParagraph(page, under2);
    await andCall(page, 'insertSections', () => insert.click());

    // The village table at the end: in the last (blank) paragraph, which stays last, outside any control.
    await chooseOnly(page, doc, ['bang-thon']);
    await clickParagraph(page, (await docState(page)).paragraphs.length - 1);
    await andCall(page, 'insertSections', () => insert.click());
    expect(await notice(page)).toBe(vi('inserted', { n: 1 }));

    s = await docState(page);
    expect(s.controls.map((c) => c.tag)).toEqual(['van-hoa', 'ho-ngheo', 'khen-thuong', 'bang-thon'].map((id) => tagOf(id as SectionId)));
    expect(s.shape).toEqual([
      'BÁO CÁO',
      SKELETON[1],
      'I. KẾT QUẢ',
      '1. Phong trào thi đua',
      tagOf('van-hoa'),
      tagOf('ho-ngheo'),
      '2. Công tác khen thưởng',
      tagOf('khen-thuong'),
      SKELETON[7],
      tagOf('bang-thon'),
      '',
    ]);
    // The clerk's own paragraphs: the same texts in the same order (the blank lines filled), none reformatted.
    expect(s.clerk).toEqual(SKELETON.filter((p, i) => p !== '' || i === SKELETON.length - 1).map((text) => ({ text, ours: false })));
    for (const id of ['van-hoa', 'ho-ngheo', 'khen-thuong'] as const) {
      expect(control(s, id).title).toBe(section(doc, id).title);
      expect(control(s, id).paragraphs).toEqual(sectionParagraphs(section(doc, id)));
    }

    // The table: the model's header texts, row by row, and its totals row.
    const model = tableOf(section(doc, 'bang-thon'));
    const table = control(s, 'bang-thon');
    expect(table.paragraphs[0]).toBe(runsText(model.caption ?? []));
    expect(table.tables).toHaveLength(1);
    const t = table.tables[0];
    const columns = model.columns.length;
    expect(t.headerRows).toBe(model.header.length);
    expect(t.rows).toHaveLength(model.header.length + model.rows.length);
    for (const row of t.rows) expect(row).toHaveLength(columns);
    const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '');
    expect(t.rows.slice(0, t.headerRows).map(nonEmpty)).toEqual(model.header.map((r) => r.map((c) => runsText(c.runs))));
    const totalAt = model.rows.findIndex((r) => r.kind === 'total');
    expect(totalAt).toBeGreaterThanOrEqual(0);
    expect(t.rowKinds[model.header.length + totalAt]).toBe('total');
    expect(nonEmpty(t.rows[model.header.length + totalAt])).toEqual(model.rows[totalAt].cells.map((c) => runsText(c.runs)).filter((x) => x !== ''));
    expect(t.rows[model.header.length + totalAt]).toContain(viNumber(input.households?.total ?? NaN));

    // The document view shows the four controls with their tags.
    expect(await page.locator('[data-testid="fake-document"] [data-tag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')))).toEqual(s.controls.map((c) => c.tag));
    // The four sections ticked again: the preview beside the document shows what was inserted.
    await chooseOnly(page, doc, ['van-hoa', 'ho-ngheo', 'khen-thuong', 'bang-thon']);
    await expand(page, 'Xem trước');
    expect(await previewText(page)).toContain(sectionParagraphs(section(doc, 'van-hoa'))[0]);
    await wordShot(page, '03-insert');
  });

  test('4. changed data: "Cập nhật tất cả" rewrites every inserted section with the new figures', async () => {
    const before = await docState(page);
    await timed('4. open the changed workbook', async () => {
      await openFiles(page, [changedFile, AWARDS]);
      await page.locator('main').getByText(/^Đã đọc: households-merged-sua\.xlsx/).waitFor({ timeout: 60_000 });
      await wordIdle(page);
    });
    expect(await dataLine(page)).toBe(vi('openedFiles', { files: 'households-merged-sua.xlsx, awards-sectioned.xlsx' }));
    // Opening data changes nothing in the document by itself.
    expect((await docState(page)).shape).toEqual(before.shape);
    expect(control(await docState(page), 'van-hoa').paragraphs).toEqual(sectionParagraphs(section(doc, 'van-hoa')));

    await timed('4. update all (4 sections)', () => andCall(page, 'updateSections', () => page.getByRole('button', { name: vi('updateAll') }).click()));
    const ids = ['van-hoa', 'ho-ngheo', 'khen-thuong', 'bang-thon'] as const;
    expect(await notice(page)).toBe(vi('updated', { n: ids.length, list: ids.map((id) => section(changedDoc, id).title).join('; ') }));
    const s = await docState(page);
    const changedRatio = culturalRatio(reportInputOf(await analyseFiles([changedFile, AWARDS])));
    expect(changedRatio).not.toBe(culturalRatio(input));
    expect(control(s, 'van-hoa').paragraphs).toEqual(sectionParagraphs(section(changedDoc, 'van-hoa')));
    expect(control(s, 'van-hoa').paragraphs[0]).toContain(`${changedRatio} hộ gia đình`);
    expect(control(s, 'ho-ngheo').paragraphs).toEqual(sectionParagraphs(section(changedDoc, 'ho-ngheo')));
    // The clerk's paragraphs outside the controls, and the controls' places, are as before.
    expect(s.shape).toEqual(before.shape);
    expect(s.clerk).toEqual(before.clerk);
    await wordShot(page, '04-update');
  });

  test('5. a section edited by hand: "Cập nhật tất cả" warns; "Vẫn cập nhật" overwrites, "Chỉ cập nhật mục chưa sửa" keeps it', async () => {
    const warning = page.locator('[data-testid="edited-warning"]');
    const edit = (tag: string, text: string) =>
      page.evaluate(([t, x]) => (window as unknown as PaneWindow).__baocaoFakeWord.editControl(t, x), [tag, text] as const);

    await edit(tagOf('ho-ngheo'), 'Đoạn đã sửa tay');
    await andCall(page, 'updateSections', () => page.getByRole('button', { name: vi('updateAll') }).click());
    await warning.waitFor();
    expect(await warning.innerText()).toContain('đã được sửa tay');
    expect(await warning.innerText()).toContain(vi('editedWarning', { list: section(changedDoc, 'ho-ngheo').title }));
    // Nothing is written before the clerk answers.
    expect((await docState(page)).calls.at(-1)).toBe('updateSections ask');
    expect(control(await docState(page), 'ho-ngheo').paragraphs).toEqual(['Đoạn đã sửa tay']);
    await wordShot(page, '05-edited-warning');

    await andCall(page, 'updateSections', () => warning.getByRole('button', { name: vi('overwrite') }).click());
    expect(await warning.count()).toBe(0);
    let s = await docState(page);
    expect(control(s, 'ho-ngheo').paragraphs).toEqual(sectionParagraphs(section(changedDoc, 'ho-ngheo')));
    expect(await notice(page)).toContain(vi('updated', { n: 4, list: ['van-hoa', 'ho-ngheo', 'khen-thuong', 'bang-thon'].map((id) => section(changedDoc, id as SectionId).title).join('; ') }));

    // Another edit, this time kept.
    const own = `Năm ${YEAR}, toàn xã có nhiều hộ gia đình đạt danh hiệu Gia đình văn hóa (số liệu do thôn báo cáo).`;
    await edit(tagOf('van-hoa'), own);
    await andCall(page, 'updateSections', () => page.getByRole('button', { name: vi('updateAll') }).click());
    await warning.waitFor();
    expect(await warning.innerText()).toContain(vi('editedWarning', { list: section(changedDoc, 'van-hoa').title }));
    await andCall(page, 'updateSections', () => warning.getByRole('button', { name: vi('skipEdited') }).click());
    expect(await warning.count()).toBe(0);
    s = await docState(page);
    expect(control(s, 'van-hoa').paragraphs).toEqual([own]);
    expect(s.calls[s.calls.length - 1]).toBe('updateSections skip-edited ho-ngheo,khen-thuong,bang-thon');
    expect(await notice(page)).toBe(vi('updated', { n: 3, list: ['ho-ngheo', 'khen-thuong', 'bang-thon'].map((id) => section(changedDoc, id as SectionId).title).join('; ') }));
    expect(s.clerk.map((c) => c.text)).toEqual(SKELETON.filter((p, i) => p !== '' || i === SKELETON.length - 1));
    await wordShot(page, '05-skip-edited');
  });
});

describe('the Word pane in a browser: data from Excel, the commune profile', () => {
  let pane: OpenedPane;
  let page: Page;
  const at = '2024-01-15T02:30:00.000Z';

  beforeAll(async () => {
    // Stored as an older version stored it (one workbook, one input): it opens as both parts, households and awards.
    const handover = { at, workbook: 'So-ho.xlsx', input };
    // Init scripts run in every frame; one without an origin of its own (about:blank) has no localStorage to set.
    pane = await wordPane(SKELETON, `if (location.protocol.startsWith('http')) localStorage.setItem('baocao:handover', ${JSON.stringify(JSON.stringify(handover))});`);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(() => {
    expect(pane?.problems ?? []).toEqual([]);
  });

  test('6. hand-over: the figures sent from Excel are there without opening a file, and insertion works', async () => {
    await page.locator('main').getByText(/^Số liệu gửi từ Excel:/).waitFor();
    const when = await page.evaluate((iso) => new Date(iso).toLocaleString('vi-VN'), at);
    expect(await dataLine(page)).toBe(vi('fromExcelParts'));
    for (const part of ['households', 'awards'] as const) {
      expect(await page.locator(`[data-testid="part-${part}"]`).innerText()).toContain(vi('handoverPart', { part: vi(part), workbook: 'So-ho.xlsx', at: when }));
    }
    await clickParagraph(page, SKELETON.indexOf('1. Phong trào thi đua') + 1);
    const insert = page.getByRole('button', { name: vi('insert') });
    expect(await insert.isEnabled()).toBe(true);
    await timed('6. insert all seven sections (hand-over data)', () => andCall(page, 'insertSections', () => insert.click()));
    expect(await notice(page)).toBe(vi('inserted', { n: doc.sections.length }));
    const s = await docState(page);
    expect(s.controls.map((c) => c.tag)).toEqual(doc.sections.map((x) => tagOf(x.id)));
    expect(s.shape.slice(3, 4 + doc.sections.length)).toEqual(['1. Phong trào thi đua', ...doc.sections.map((x) => tagOf(x.id))]);
    for (const id of ['van-hoa', 'ho-ngheo', 'hoc-tap', 'khen-thuong', 'cap-tren'] as const) expect(control(s, id).paragraphs).toEqual(sectionParagraphs(section(doc, id)));
    await wordShot(page, '06-handover');
  });

  test('7. profile: "Lưu hồ sơ vào văn bản" keeps it in the document\'s settings, and the sections use it', async () => {
    await expand(page, 'Hồ sơ xã');
    const fill = async (commune: string, year: number) => {
      await page.getByLabel(vi('commune'), { exact: true }).fill(commune);
      await page.getByLabel(vi('reportYear'), { exact: true }).fill(String(year));
      await page.getByLabel(vi('villagesList'), { exact: true }).fill(input.villages.join('\n'));
    };
    const save = () => andCall(page, 'saveSettings', () => page.getByRole('button', { name: vi('saveProfile') }).click());
    const settings = () =>
      page.evaluate(async () => {
        const w = (window as unknown as PaneWindow).__baocaoFakeWord;
        return { loaded: await w.loadSettings(), saved: w.settings.saved };
      });

    const { commune } = sampleKey('households-merged').profile;
    await fill(commune, YEAR);
    await save();
    expect(await notice(page)).toBe(vi('profileSaved'));
    let kept = await settings();
    const profile = { commune, year: YEAR, villages: input.villages };
    expect(kept.loaded.profile).toEqual(profile);
    // Saved with the document, not only set in memory.
    expect((kept.saved.baocao as { profile?: unknown } | undefined)?.profile).toEqual(profile);
    await wordShot(page, '07-profile');

    // The sections are written with the profile: the figures' year, here the report of the next year.
    await fill(commune, YEAR + 1);
    await save();
    kept = await settings();
    expect(kept.loaded.profile).toEqual({ ...profile, year: YEAR + 1 });
    const withProfile = buildReport({ ...input, commune, year: YEAR + 1 });
    await andCall(page, 'updateSections', () => page.getByRole('button', { name: vi('updateAll') }).click());
    const s = await docState(page);
    expect(control(s, 'van-hoa').paragraphs).toEqual(sectionParagraphs(section(withProfile, 'van-hoa')));
    expect(control(s, 'van-hoa').paragraphs[0]).toContain(`năm ${YEAR + 1}`);
    expect(control(s, 'bang-thon').paragraphs[0]).toBe(runsText(tableOf(section(withProfile, 'bang-thon')).caption ?? []));
    await expand(page, 'Xem trước');
    expect(await previewText(page)).toContain(sectionParagraphs(section(withProfile, 'ho-ngheo'))[0]);
    await wordShot(page, '07-profile-used');
  });
});

describe('the Word pane in a browser: report check, document view, bad input', () => {
  const panes = panesClosedAfterEach();

  test('8. "Kiểm tra báo cáo" lists the planted defects (not the correct paragraphs); a click selects the paragraph', async () => {
    const pane = panes.track(await wordPane(CHECKED_REPORT));
    const { page } = pane;
    const expected: Finding[] = checkReport(CHECKED_REPORT, {});
    expect([...new Set(expected.map((f) => f.paragraph))]).toEqual(PLANTED);
    expect(expected.map((f) => f.code)).toEqual(['report.placeholder', 'report.date', 'report.ratio', 'report.repeat']);

    await expand(page, 'Kiểm tra báo cáo');
    await timed('8. check the report', async () => {
      await page.locator('main button:not([aria-expanded])', { hasText: vi('checkReport') }).click();
      await page.locator('[data-testid="findings"]').waitFor();
    });
    expect(await page.locator('main').getByText(/^Điểm cần xem lại/).innerText()).toBe(vi('findings', { n: expected.length }));
    const items = page.locator('[data-testid="findings"] li button');
    const shown = await items.evaluateAll((els) => els.map((e) => Array.from(e.children).map((c) => c.textContent)));
    expect(shown).toEqual(expected.map((f) => [`${f.location ?? vi('paragraph', { n: f.paragraph + 1 })} · ${f.message}`, f.excerpt]));
    const correct = CHECKED_REPORT.filter((_p, i) => !PLANTED.includes(i));
    for (const line of shown) for (const p of correct) if (p.length > 20) expect(line[1]).not.toContain(p);

    for (const [i, f] of expected.entries()) {
      await items.nth(i).click();
      await page.waitForFunction((n) => (window as unknown as PaneWindow).__baocaoFakeWord.selected === n, f.paragraph);
      const s = await docState(page);
      expect([f.code, s.cursor, s.paragraphs[s.cursor]]).toEqual([f.code, f.paragraph, CHECKED_REPORT[f.paragraph]]);
      expect(await cursorMarked(page, f.paragraph)).toBe(true);
    }
    expect((await docState(page)).calls.filter((c) => /^(insert|refresh)/.test(c))).toEqual([]);
    await wordShot(page, '08-check');
  });

  test('9. bad input: a text file named .xlsx gets a plain Vietnamese message, and nothing is inserted', async () => {
    const pane = panes.track(await wordPane(SKELETON));
    const { page } = pane;
    await openFiles(page, [textFile]);
    await page.locator('[data-testid="notice"]').waitFor({ timeout: 30_000 });
    await wordIdle(page);
    expect(await notice(page)).toBe(vi('failed', { message: 'Tệp "ghi-chu.xlsx" không phải là sổ Excel (.xlsx).' }));
    expect(await dataLine(page)).toBe(vi('noData'));
    expect(await page.getByRole('button', { name: vi('insert') }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: vi('updateAll') }).isDisabled()).toBe(true);
    await wordShot(page, '09-bad-file');

    // A real workbook without any register: a warning, still no data.
    await openFiles(page, [noRegisterFile]);
    await page.locator('[data-testid="notice"]').filter({ hasText: 'Không tìm thấy danh sách' }).waitFor({ timeout: 30_000 });
    await wordIdle(page);
    expect(await notice(page)).toBe(vi('noRegister'));
    expect(await dataLine(page)).toBe(vi('noData'));
    const s = await docState(page);
    expect(s.paragraphs).toEqual(SKELETON);
    expect(s.controls).toEqual([]);
    expect(s.calls.filter((c) => /^(insert|refresh)/.test(c))).toEqual([]);
  });

  test('a finding shows the paragraph as written: the run of spaces of a blank "Số:    /BC-UBND" stays visible', async () => {
    const pane = panes.track(await wordPane(CHECKED_REPORT));
    const { page } = pane;
    const blank = checkReport(CHECKED_REPORT, {})[0];
    expect(blank.message).toContain('"Số:    /BC"');
    await expand(page, 'Kiểm tra báo cáo');
    await page.locator('main button:not([aria-expanded])', { hasText: vi('checkReport') }).click();
    const first = page.locator('[data-testid="findings"] li button').first();
    await first.waitFor();
    // innerText is the text as rendered: HTML collapses runs of spaces unless the pane keeps them (white-space).
    expect(await first.evaluate((e) => Array.from(e.children).map((c) => (c as HTMLElement).innerText))).toEqual([`${blank.location ?? vi('paragraph', { n: blank.paragraph + 1 })} · ${blank.message}`, blank.excerpt]);
  });

  test('the profile form fits the 400 px pane: no field sticks out of the pane or over its neighbour', async () => {
    const pane = panes.track(await wordPane(SKELETON));
    const { page } = pane;
    await expand(page, 'Hồ sơ xã');
    const out = await overflowingElements(page);
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const fields = Array.from(main.querySelectorAll<HTMLElement>('.fui-Field')).map((f) => {
        const r = (f.querySelector('.fui-Input, .fui-Textarea') as HTMLElement).getBoundingClientRect();
        return { label: f.querySelector('label')?.textContent ?? '', left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top) };
      });
      const overlaps = fields.flatMap((a, i) => fields.slice(i + 1).filter((b) => a.top === b.top && a.right > b.left && b.right > a.left).map((b) => `${a.label} [${a.left}, ${a.right}] overlaps ${b.label} [${b.left}, ${b.right}]`));
      return { overlaps };
    });
    expect({ out, ...layout }).toEqual({ out: [], overlaps: [] });
  });

  test('the document view: a click on a paragraph puts the cursor in that paragraph and marks it there', async () => {
    const pane = panes.track(await wordPane(SKELETON));
    const { page } = pane;
    const seen: Array<{ clicked: number; cursor: number; marked: number[] }> = [];
    for (const i of [3, 4, 0]) {
      await page.locator(`[data-testid="fake-document"] [data-paragraph="${i}"]`).click();
      const marked = await page.locator('[data-testid="fake-document"] [data-paragraph]').evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).boxShadow.includes('inset')).map((e) => Number(e.getAttribute('data-paragraph'))),
      );
      seen.push({ clicked: i, cursor: (await docState(page)).cursor, marked });
    }
    expect(seen).toEqual([3, 4, 0].map((i) => ({ clicked: i, cursor: i, marked: [i] })));
  });

  test('a second insert without moving the cursor follows the first section (the cursor is left after what was inserted)', async () => {
    const pane = panes.track(await wordPane(SKELETON));
    const { page } = pane;
    await openFiles(page, [HOUSEHOLDS, AWARDS]);
    await page.locator('main').getByText(/^Đã đọc: /).waitFor({ timeout: 60_000 });
    await wordIdle(page);
    const insert = page.getByRole('button', { name: vi('insert') });
    await chooseOnly(page, doc, ['van-hoa']);
    await clickParagraph(page, SKELETON.indexOf('1. Phong trào thi đua') + 1);
    await andCall(page, 'insertSections', () => insert.click());
    await chooseOnly(page, doc, ['ho-ngheo']);
    await andCall(page, 'insertSections', () => insert.click());
    expect((await docState(page)).shape.slice(3, 7)).toEqual(['1. Phong trào thi đua', tagOf('van-hoa'), tagOf('ho-ngheo'), '2. Công tác khen thưởng']);
  });

  test('no product defect was met on the way (clicks in the document view)', () => {
    expect(defects).toEqual([]);
  });
});
