/// <reference types="office-js" />
// The Word adapter's calls and round trips. office-addin-mock provides the request context (its `sync`, wrapped to
// count and to complete loads) and the document settings; it models a fixed tree of objects, while the adapter
// creates paragraphs, controls and tables and finds controls by tag, so the Word objects below are small hand
// fakes over a document model. They keep the Office.js contract where it matters: a property that is read must have
// been loaded and synced in the same Word.run, and a ClientResult's value exists only after a sync.
import { OfficeMockObject } from 'office-addin-mock';
import { buildReport } from '../../src/core/report/sections';
import type { Block, ReportSection } from '../../src/core/report/model';
import { countWordSyncs, OfficeWord, type WordRun } from '../../src/hosts/word/officeWord';
import type { SettingsStore } from '../../src/hosts/word/wordSettings';
import { FINGERPRINT_KEY } from '../../src/hosts/word/fingerprint';
import { sampleInput } from '../core/report/fixtures';
import { Doc, MControl, MParagraph, MRun, MTable, controlsOf, documentApi, wordText } from './mockWordModel';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency chain loads an ES
// module Jest cannot require on Node 20; the enum is all the mock reads, so it stands in for the whole module.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

function mockRun(doc: Doc): WordRun {
  return async (batch) => {
    doc.generation++;
    doc.pending = [];
    const context = new OfficeMockObject({ document: {} });
    context.document = documentApi(doc);
    const mockSync = context.sync.bind(context);
    context.sync = async () => {
      await mockSync();
      doc.flush();
    };
    return batch(context as unknown as Word.RequestContext);
  };
}

function mockSettings(): { store: SettingsStore; values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  const mock = new OfficeMockObject({
    get: (k: string) => values.get(k),
    set: (k: string, v: unknown) => void values.set(k, structuredClone(v)),
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
  });
  return { store: mock as unknown as SettingsStore, values };
}

function setup(paragraphs: string[] = ['Kính gửi: UBND huyện', 'Cuối văn bản'], options: { mergeCells?: boolean } = {}) {
  const doc = new Doc();
  doc.body = paragraphs.map((t) => new MParagraph(doc, t));
  doc.cursor = doc.body[0] as MParagraph;
  const counted = countWordSyncs(mockRun(doc));
  const settings = mockSettings();
  const word = new OfficeWord(counted.run, { settings: settings.store, mergeCells: options.mergeCells ?? false });
  return { doc, word, syncs: counted, settings };
}

const section = (id: ReportSection['id'], blocks: Block[], title: string = id): ReportSection => ({ id, title, blocks });
const controls = (doc: Doc) => controlsOf(doc.body);
const tableIn = (cc: MControl) => {
  const t = cc.children.find((n): n is MTable => n instanceof MTable);
  if (!t) throw new Error('no table');
  return t;
};
const paragraphIn = (cc: MControl, i: number) => {
  const p = cc.children.filter((n): n is MParagraph => n instanceof MParagraph)[i];
  if (!p) throw new Error(`no paragraph ${i}`);
  return p;
};

async function reportWithAwards(count: number): Promise<ReportSection[]> {
  const input = await sampleInput();
  const awardItems = Array.from({ length: count }, (_, i) => ({ ...input.awardItems[i % input.awardItems.length], recipientName: `Người thứ ${i + 1}` }));
  return buildReport({ ...input, awardItems }).sections;
}

// ---------------------------------------------------------------------------------------------------------------

describe('the hand fakes keep the Office.js contract', () => {
  test('a property read without load and sync, or in a later Word.run, throws; a ClientResult waits for sync', async () => {
    const { doc } = setup(['a']);
    const run = mockRun(doc);
    const first = doc.body[0] as MParagraph;
    await run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.text).toThrow(/PropertyNotLoaded/);
      p.load('text');
      expect(() => p.text).toThrow(/PropertyNotLoaded/);
      const relation = p.getRange('Whole').compareLocationWith(p.getRange('Whole'));
      expect(() => relation.value).toThrow(/before sync/);
      await context.sync();
      expect(p.text).toBe('a');
      expect(relation.value).toBe('Equal');
    });
    await run(async () => {
      expect(() => first.text).toThrow(/PropertyNotLoaded/);
    });
  });
});

describe('the Word adapter renders each kind of block with explicit formatting', () => {
  test('a body paragraph: Normal style, Times New Roman 14, justified, 1,27 cm first-line indent, 6 pt before and after', async () => {
    const { doc, word } = setup();
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'Toàn xã có 1.216 hộ.' }] }], 'Gia đình văn hóa'));
    const [cc] = controls(doc);
    expect(cc.tagValue).toBe('baocao:van-hoa');
    expect(cc.titleValue).toBe('Gia đình văn hóa');
    expect(cc.appearance).toBe('BoundingBox');
    const p = paragraphIn(cc, 0);
    expect(p.plain()).toBe('Toàn xã có 1.216 hộ.');
    expect({ style: p.styleBuiltIn, alignment: p.alignment, indent: p.firstLineIndent, before: p.spaceBefore, after: p.spaceAfter, line: p.lineSpacing })
      .toEqual({ style: 'Normal', alignment: 'Justified', indent: 36, before: 6, after: 6, line: 13.8 });
    expect(p.font).toEqual({ name: 'Times New Roman', size: 14, color: '#000000', bold: false, italic: false });
    // The seed paragraph the control was made from is gone: the control holds exactly the section.
    expect(cc.children).toHaveLength(1);
  });

  test('a heading takes the built-in heading style of its level and is bold; runs of mixed emphasis go in one by one', async () => {
    const { doc, word } = setup();
    await word.insertSection(section('khen-thuong', [
      { type: 'heading', level: 2, runs: [{ text: 'b) Về công tác khen thưởng' }] },
      { type: 'paragraph', runs: [{ text: 'Khen thưởng ' }, { text: '07 tập thể', bold: true }, { text: ' (ghi chú)', italic: true }] },
    ]));
    const [cc] = controls(doc);
    const heading = paragraphIn(cc, 0);
    expect(heading.styleBuiltIn).toBe('Heading2');
    expect(heading.font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true, italic: false, color: '#000000' });
    expect(heading.alignment).toBe('Justified');
    const mixed = paragraphIn(cc, 1);
    expect(mixed.runs.map((r) => [r.value, r.font.bold, r.font.italic, r.font.name, r.font.size])).toEqual([
      ['Khen thưởng ', false, false, 'Times New Roman', 14],
      ['07 tập thể', true, false, 'Times New Roman', 14],
      [' (ghi chú)', false, true, 'Times New Roman', 14],
    ]);
  });

  test('list items are paragraphs starting with their marker, formatted as body text', async () => {
    const { doc, word } = setup();
    await word.insertSection(section('cap-tren', [{ type: 'list', marker: '+', items: [[{ text: 'Trường Tiểu học' }], [{ text: 'Công an xã' }]] }]));
    const [cc] = controls(doc);
    expect([paragraphIn(cc, 0).plain(), paragraphIn(cc, 1).plain()]).toEqual(['+ Trường Tiểu học', '+ Công an xã']);
    expect(paragraphIn(cc, 1)).toMatchObject({ alignment: 'Justified', firstLineIndent: 36, styleBuiltIn: 'Normal' });
  });

  test('a table: centred bold caption, values in one insertTable, 12 pt, bold repeated header, all borders, numbers right-aligned', async () => {
    const { doc, word } = setup();
    const sections = await reportWithAwards(30);
    const awards = sections.find((s) => s.id === 'bang-khen-thuong');
    if (!awards) throw new Error('no awards table');
    await word.insertSection(awards);
    const [cc] = controls(doc);
    const caption = paragraphIn(cc, 0);
    expect(caption).toMatchObject({ alignment: 'Centered', firstLineIndent: 0 });
    expect(caption.font.bold).toBe(true);
    const t = tableIn(cc);
    expect(doc.calls.filter((c) => c.startsWith('control.insertTable'))).toEqual([`control.insertTable End ${t.cells.length}x7`]);
    expect(t.cells[0].map((c) => c.body.paragraph.plain())).toEqual(['STT', 'Tên tập thể, cá nhân', 'Chức vụ, đơn vị', 'Hình thức', 'Cơ quan quyết định', 'Số, ngày quyết định', 'Số tiền (đồng)']);
    expect(t.headerRowCount).toBe(1);
    expect(t.font).toEqual({ name: 'Times New Roman', size: 12, color: '#000000', bold: false, italic: false });
    expect(t.range.styleBuiltIn).toBe('NoSpacing');
    expect(t.rows[0].font.bold).toBe(true);
    expect(t.rows[0].horizontalAlignment).toBe('Centered');
    expect(Object.keys(t.borders).sort()).toEqual(['Bottom', 'InsideHorizontal', 'InsideVertical', 'Left', 'Right', 'Top']);
    expect(Object.values(t.borders).every((b) => b.type === 'Single' && b.width === 0.5 && b.color === '#000000')).toBe(true);
    // Group row "A. …": bold row, italic label across the table (no merging on WordApi 1.3).
    expect(t.cells[1][0].body.paragraph.plain()).toMatch(/^A\. /);
    expect(t.rows[1].font.bold).toBe(true);
    expect(t.cells[1][0].body.font.italic).toBe(true);
    expect(t.cells[1].slice(1).every((c) => c.body.paragraph.plain() === '')).toBe(true);
    // Data rows: STT centred, money right-aligned; the total row bold with its amount right-aligned.
    const data = t.cells.findIndex((row) => /^\d{1,3}(\.\d{3})+$/.test(row[6].body.paragraph.plain()));
    expect(t.cells[data][0].horizontalAlignment).toBe('Centered');
    expect(t.cells[data][6].horizontalAlignment).toBe('Right');
    expect(t.cells[data][1].horizontalAlignment).toBeUndefined();
    const last = t.cells.length - 1;
    expect(t.cells[last][0].body.paragraph.plain()).toMatch(/^Tổng cộng: 30 lượt/);
    expect(t.rows[last].font.bold).toBe(true);
    expect(t.cells[last][6].horizontalAlignment).toBe('Right');
    // Column widths from the model's relative widths, over the 160 mm text width.
    const widths = t.cells[0].map((c) => c.columnWidth ?? 0);
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(453.5, 0);
    expect(widths[1]).toBeGreaterThan(widths[0] * 4);
    expect(t.merges).toEqual([]);
  });

  test('a two-level header on WordApi 1.3: one row per level, each label in the first cell of its span; merged where the host can', async () => {
    const sections = await reportWithAwards(5);
    const villages = sections.find((s) => s.id === 'bang-thon');
    if (!villages) throw new Error('no village table');
    const plain = setup();
    await plain.word.insertSection(villages);
    const t = tableIn(controls(plain.doc)[0]);
    expect(t.headerRowCount).toBe(2);
    expect(t.cells.slice(0, 2).map((r) => r.map((c) => c.body.paragraph.plain()))).toEqual([
      ['STT', 'Thôn', 'Số hộ', 'Nhân khẩu', 'Phân loại hộ', '', '', 'Gia đình văn hóa', '', '', 'Gia đình học tập'],
      ['', '', '', '', 'Nghèo', 'Cận nghèo', 'Mức sống TB', 'Đăng ký', 'Đạt', 'Tỷ lệ (%)', ''],
    ]);
    expect(plain.doc.calls.some((c) => c.startsWith('table.mergeCells'))).toBe(false);

    const merging = setup(undefined, { mergeCells: true });
    await merging.word.insertSection(villages);
    // Rightmost spans first, so each merge still addresses the cells of the unmerged grid.
    expect(tableIn(controls(merging.doc)[0]).merges).toEqual([[0, 10, 1, 10], [0, 7, 0, 9], [0, 4, 0, 6], [0, 3, 1, 3], [0, 2, 1, 2], [0, 1, 1, 1], [0, 0, 1, 0]]);
  });

  test('text that looks like markup or a formula goes in literally, through insertParagraph/insertText/insertTable only', async () => {
    const { doc, word } = setup();
    await word.insertSection(section('hoc-tap', [
      { type: 'paragraph', runs: [{ text: '<b>đậm</b> =SUM(A1:A3)' }] },
      { type: 'paragraph', runs: [{ text: '{ PAGE } ' }, { text: '<i>x</i>', italic: true }] },
      { type: 'table', columns: [{ width: 1, align: 'left' }], header: [[{ runs: [{ text: '=1+1' }] }]], rows: [{ kind: 'data', cells: [{ runs: [{ text: '<w:t>' }] }] }] },
    ]));
    const [cc] = controls(doc);
    expect(paragraphIn(cc, 0).plain()).toBe('<b>đậm</b> =SUM(A1:A3)');
    expect(paragraphIn(cc, 1).plain()).toBe('{ PAGE } <i>x</i>');
    expect(tableIn(cc).cells.map((r) => r[0].body.paragraph.plain())).toEqual(['=1+1', '<w:t>']);
    expect(doc.calls.filter((c) => c.startsWith('FORBIDDEN'))).toEqual([]);
    expect(doc.calls).toContain('control.insertParagraph End <b>đậm</b> =SUM(A1:A3)');
  });
});

describe('the Word adapter inserts at the cursor', () => {
  test('after the cursor paragraph, leaving the clerk text alone; the cursor ends after the control', async () => {
    const { doc, word } = setup(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'Cuối văn bản']);
    doc.cursor = doc.body[1] as MParagraph;
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'Nội dung' }] }]));
    expect(doc.body.map((n) => (n instanceof MParagraph ? n.plain() : n instanceof MControl ? n.tagValue : 'table'))).toEqual(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'baocao:van-hoa', 'Cuối văn bản']);
    expect(doc.selected).toBe('After baocao:van-hoa');
  });

  test('into an empty paragraph; at the end of the document a paragraph stays after the controls; inside our control: after it', async () => {
    const { doc, word } = setup(['Mở đầu', '', 'Giữa', 'Cuối']);
    doc.cursor = doc.body[1] as MParagraph;
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'A' }] }]));
    doc.cursor = doc.body[doc.body.length - 1] as MParagraph;
    await word.insertSection(section('ho-ngheo', [{ type: 'paragraph', runs: [{ text: 'B' }] }]));
    doc.cursor = paragraphIn(controls(doc)[0], 0);
    await word.insertSection(section('hoc-tap', [{ type: 'paragraph', runs: [{ text: 'C' }] }]));
    const shape = doc.body.map((n) => (n instanceof MParagraph ? n.plain() : n instanceof MControl ? n.tagValue : 'table'));
    expect(shape).toEqual(['Mở đầu', 'baocao:van-hoa', 'baocao:hoc-tap', 'Giữa', 'Cuối', 'baocao:ho-ngheo', '']);
    expect(controls(doc).every((c) => c.children.every((n) => !(n instanceof MControl)))).toBe(true);
  });

  test('inside a table: after the table', async () => {
    const { doc, word } = setup(['Trước', 'Sau']);
    doc.cursor = doc.body[0] as MParagraph;
    await word.insertSection(section('bang-thon', [{ type: 'table', columns: [{ width: 1, align: 'left' }], header: [[{ runs: [{ text: 'H' }] }]], rows: [] }]));
    // The clerk's cursor now in the table's cell, which is inside our control: the next one goes after the control.
    doc.cursor = tableIn(controls(doc)[0]).cells[0][0].body.paragraph;
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'A' }] }]));
    expect(doc.body.map((n) => (n instanceof MParagraph ? n.plain() : n instanceof MControl ? n.tagValue : 'table'))).toEqual(['Trước', 'baocao:bang-thon', 'baocao:van-hoa', 'Sau']);
    // A clerk's own table (not in a control): the section goes after the table.
    const own = new MTable(doc, 1, 1, [['ô']]);
    doc.body.splice(0, 0, own);
    doc.cursor = own.cells[0][0].body.paragraph;
    await word.insertSection(section('hoc-tap', [{ type: 'paragraph', runs: [{ text: 'B' }] }]));
    expect(doc.body[1]).toBeInstanceOf(MControl);
    expect((doc.body[1] as MControl).tagValue).toBe('baocao:hoc-tap');
  });
});

describe('the Word adapter keeps round trips fixed', () => {
  test('one section is inserted in at most 2 syncs', async () => {
    const { word, syncs } = setup();
    const [vanHoa] = await reportWithAwards(10);
    await word.insertSection(vanHoa);
    expect(syncs.count()).toBeLessThanOrEqual(2);
  });

  test('the whole report takes the same syncs with a 50-row and a 500-row awards table', async () => {
    const counts: number[] = [];
    for (const rows of [50, 500]) {
      const { doc, word, syncs } = setup();
      const sections = await reportWithAwards(rows);
      await word.insertSections(sections);
      expect(controls(doc).map((c) => c.tagValue)).toEqual(sections.map((s) => `baocao:${s.id}`));
      const awards = tableIn(controls(doc)[6]);
      expect(awards.cells.length).toBeGreaterThan(rows);
      counts.push(syncs.count());
      syncs.reset();
      await word.refreshSections(sections);
      counts.push(syncs.count());
      syncs.reset();
      await word.listSections();
      await word.readParagraphs();
      counts.push(syncs.count());
    }
    expect(counts).toEqual([2, 2, 2, 2, 2, 2]);
  });

  test('listing and reading take one sync; selecting a paragraph two', async () => {
    const { word, syncs } = setup(['a', 'b', 'c']);
    await word.listSections();
    expect(syncs.count()).toBe(1);
    syncs.reset();
    expect(await word.readParagraphs()).toEqual(['a', 'b', 'c']);
    expect(syncs.count()).toBe(1);
    syncs.reset();
    expect(await word.selectParagraph(1)).toBe(true);
    expect(syncs.count()).toBe(2);
  });
});

describe('the Word adapter refreshes by tag and tells edited controls', () => {
  test('refresh replaces the content of every control with the tag, and nothing else', async () => {
    const { doc, word } = setup(['Đầu', 'Giữa', 'Cuối']);
    doc.cursor = doc.body[0] as MParagraph;
    await word.insertSections([section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'cũ 1' }] }]), section('ho-ngheo', [{ type: 'paragraph', runs: [{ text: 'hộ nghèo' }] }])]);
    doc.cursor = doc.body[doc.body.length - 2] as MParagraph;
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'cũ 2' }] }]));
    // A clerk's own control and paragraphs around ours.
    const theirs = new MControl(doc, [new MParagraph(doc, 'của văn thư')]);
    theirs.tagValue = 'ghi-chu';
    doc.body.splice(1, 0, theirs);
    const before = doc.body.filter((n) => !(n instanceof MControl && n.tagValue === 'baocao:van-hoa'));
    const untouched = before.map((n) => (n instanceof MControl ? wordText(n.children) : n instanceof MParagraph ? n.plain() : ''));
    const hoNgheo = controls(doc).find((c) => c.tagValue === 'baocao:ho-ngheo');
    const hoNgheoChildren = hoNgheo?.children.slice();
    doc.calls = [];

    const updated = await word.refreshSections([section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'mới' }] }, { type: 'paragraph', runs: [{ text: 'thêm' }] }])]);
    expect(updated).toEqual(['baocao:van-hoa']);
    const vanHoa = controls(doc).filter((c) => c.tagValue === 'baocao:van-hoa');
    expect(vanHoa.map((c) => wordText(c.children))).toEqual(['mới\rthêm', 'mới\rthêm']);
    expect(doc.body.filter((n) => !(n instanceof MControl && n.tagValue === 'baocao:van-hoa'))).toEqual(before);
    expect(before.map((n) => (n instanceof MControl ? wordText(n.children) : n instanceof MParagraph ? n.plain() : ''))).toEqual(untouched);
    expect(hoNgheo?.children).toEqual(hoNgheoChildren);
    expect(doc.calls.filter((c) => c.startsWith('control.clear'))).toEqual(['control.clear baocao:van-hoa', 'control.clear baocao:van-hoa']);
    expect(paragraphIn(vanHoa[0], 0).font.name).toBe('Times New Roman');
  });

  test('a locked control is left alone; a tag with no control is not reported', async () => {
    const { doc, word } = setup();
    await word.insertSection(section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'cũ' }] }]));
    controls(doc)[0].locked = true;
    expect(await word.refreshSections([section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'mới' }] }]), section('ho-ngheo', [])])).toEqual([]);
    expect(wordText(controls(doc)[0].children)).toBe('cũ');
    expect((await word.listSections())[0]).toMatchObject({ locked: true, edited: false });
  });

  test('a control whose text the clerk changed is flagged edited; a refresh makes it current again', async () => {
    const { doc, word, settings } = setup();
    const sections = await reportWithAwards(12);
    await word.insertSections(sections);
    expect(settings.values.get(FINGERPRINT_KEY)).toBeDefined();
    let listed = await word.listSections();
    expect(listed.map((s) => s.sectionId)).toEqual(sections.map((s) => s.id));
    expect(listed.every((s) => s.tracked && !s.edited)).toBe(true);

    const hoNgheo = controls(doc).find((c) => c.tagValue === 'baocao:ho-ngheo');
    if (!hoNgheo) throw new Error('no ho-ngheo');
    paragraphIn(hoNgheo, 0).runs = [new MRun('Toàn xã có 1.500 hộ (sửa tay).')];
    listed = await word.listSections();
    expect(listed.filter((s) => s.edited).map((s) => s.tag)).toEqual(['baocao:ho-ngheo']);
    expect(listed.find((s) => s.edited)?.text).toContain('sửa tay');

    await word.refreshSections(sections.filter((s) => s.id === 'ho-ngheo'));
    expect((await word.listSections()).some((s) => s.edited)).toBe(false);
  });

  test('"Cập nhật tất cả" is one Word.run: one read sync, one write sync; asking about edited sections reads only', async () => {
    const { doc, word, syncs } = setup();
    const sections = await reportWithAwards(200);
    await word.insertSections(sections);
    const hoNgheo = controls(doc).find((c) => c.tagValue === 'baocao:ho-ngheo');
    if (!hoNgheo) throw new Error('no ho-ngheo');
    paragraphIn(hoNgheo, 0).runs = [new MRun('Toàn xã có 1.500 hộ (sửa tay).')];
    const fresh = sections.map((s) => (s.id === 'van-hoa' ? section('van-hoa', [{ type: 'paragraph', runs: [{ text: 'số liệu mới' }] }]) : s));

    syncs.reset();
    const asked = await word.updateSections(fresh, 'ask');
    expect(asked.kind === 'edited' && asked.edited.map((c) => c.tag)).toEqual(['baocao:ho-ngheo']);
    expect(syncs.count()).toBe(1);
    expect(wordText(controls(doc)[0].children)).not.toBe('số liệu mới');

    syncs.reset();
    const skipped = await word.updateSections(fresh, 'skip-edited');
    expect(syncs.count()).toBe(2);
    expect(skipped).toEqual({ kind: 'updated', tags: fresh.filter((s) => s.id !== 'ho-ngheo').map((s) => `baocao:${s.id}`) });
    expect(wordText(controls(doc)[0].children)).toBe('số liệu mới');
    expect(paragraphIn(hoNgheo, 0).plain()).toContain('sửa tay');

    syncs.reset();
    expect(await word.updateSections(fresh, 'overwrite')).toEqual({ kind: 'updated', tags: fresh.map((s) => `baocao:${s.id}`) });
    expect(syncs.count()).toBe(2);
    expect(paragraphIn(hoNgheo, 0).plain()).not.toContain('sửa tay');
    // Written through the same fingerprints: nothing is edited now.
    expect((await word.listSections()).some((c) => c.edited)).toBe(false);
  });

  test('"Cập nhật tất cả" on a document without our controls: one sync, nothing written', async () => {
    const { word, syncs } = setup(['a', 'b']);
    expect(await word.updateSections(await reportWithAwards(3), 'ask')).toEqual({ kind: 'none' });
    expect(syncs.count()).toBe(1);
  });

  test('controls written by another tool (no fingerprint) are listed as untracked', async () => {
    const { doc, word } = setup();
    const cc = new MControl(doc, [new MParagraph(doc, 'từ tệp .docx')]);
    cc.tagValue = 'baocao:van-hoa';
    cc.titleValue = 'Gia đình văn hóa';
    doc.body.splice(1, 0, cc);
    expect(await word.listSections()).toEqual([{ tag: 'baocao:van-hoa', sectionId: 'van-hoa', title: 'Gia đình văn hóa', text: 'từ tệp .docx', tracked: false, edited: false, locked: false }]);
  });
});

describe('the Word adapter reads paragraphs and selects findings', () => {
  test('paragraphs in order, table cells and control content included', async () => {
    const { doc, word } = setup(['Đầu', 'Cuối']);
    await word.insertSection(section('bang-thon', [
      { type: 'paragraph', runs: [{ text: 'Trước bảng' }] },
      { type: 'table', columns: [{ width: 1, align: 'left' }, { width: 1, align: 'right' }], header: [[{ runs: [{ text: 'Thôn' }] }, { runs: [{ text: 'Số hộ' }] }]], rows: [{ kind: 'data', cells: [{ runs: [{ text: 'An Lạc' }] }, { runs: [{ text: '120' }] }] }] },
    ]));
    expect(doc.body).toHaveLength(3);
    expect(await word.readParagraphs()).toEqual(['Đầu', 'Trước bảng', 'Thôn', 'Số hộ', 'An Lạc', '120', 'Cuối']);
  });

  test('selecting a finding tolerates an edit since the check, and says when the paragraph is gone', async () => {
    const { doc, word } = setup(['Một', 'Hai', 'Ba']);
    expect(await word.selectParagraph(2, 'Ba')).toBe(true);
    expect(doc.selected).toBe('Ba');
    doc.body.splice(0, 0, new MParagraph(doc, 'Mới thêm'));
    expect(await word.selectParagraph(2, 'Ba')).toBe(true);
    expect(doc.selected).toBe('Ba');
    expect(await word.selectParagraph(1, 'Không có')).toBe(false);
    expect(await word.selectParagraph(99)).toBe(false);
  });

  test('settings round trip through the document settings; unreadable values are dropped', async () => {
    const { word, settings } = setup();
    await word.saveSettings({ sections: ['ho-ngheo', 'van-hoa'], showOmitted: true, profile: { commune: 'An Hòa', year: 2024, villages: ['An Lạc'] } });
    expect(await word.loadSettings()).toEqual({ sections: ['van-hoa', 'ho-ngheo'], showOmitted: true, profile: { commune: 'An Hòa', year: 2024, villages: ['An Lạc'] } });
    settings.values.set('baocao', { sections: ['nope', 3], showOmitted: 'yes', profile: { commune: '' } });
    expect(await word.loadSettings()).toEqual({ sections: [] });
  });
});
