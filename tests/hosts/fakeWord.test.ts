import { buildReport } from '../../src/core/report/sections';
import type { ReportSection, SectionId } from '../../src/core/report/model';
import { FakeWord, clerkParagraph, paragraphText, type FakeBlock, type FakeControl, type FakeTable } from '../../src/hosts/word/fakeWord';
import { FINGERPRINT_KEY, foldForFingerprint, parseFingerprints, recordWrites, textFingerprint } from '../../src/hosts/word/fingerprint';
import { tableGrid } from '../../src/hosts/word/tableGrid';
import { sampleInput } from '../core/report/fixtures';

async function report(): Promise<ReportSection[]> {
  return buildReport(await sampleInput()).sections;
}

function pick(sections: ReportSection[], id: SectionId): ReportSection {
  const s = sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
}

/** The body as a list of labels: clerk paragraphs by text, controls by tag, tables as "table". */
const shape = (blocks: FakeBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.kind === 'control' ? b.tag : 'table'));
const tableOf = (c: FakeControl): FakeTable => {
  const t = c.children.find((b): b is FakeTable => b.kind === 'table');
  if (!t) throw new Error('no table');
  return t;
};

describe('the in-memory Word document', () => {
  test('three sections inserted at different cursor places land where the adapter would put them', async () => {
    const sections = await report();
    const changes: number[] = [];
    const w = new FakeWord(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', '', 'II. PHƯƠNG HƯỚNG', 'Nơi nhận'], () => changes.push(1));

    w.moveCursorAfterParagraph(1);
    await w.insertSection(pick(sections, 'van-hoa'));
    // After a paragraph with text: the control follows it, the cursor follows the control.
    expect(shape(w.body)).toEqual(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'baocao:van-hoa', '', 'II. PHƯƠNG HƯỚNG', 'Nơi nhận']);
    expect(paragraphText(w.cursor)).toBe('');

    // In an empty paragraph: the clerk's blank line becomes the section.
    await w.insertSection(pick(sections, 'ho-ngheo'));
    expect(shape(w.body)).toEqual(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'baocao:van-hoa', 'baocao:ho-ngheo', 'II. PHƯƠNG HƯỚNG', 'Nơi nhận']);
    expect(paragraphText(w.cursor)).toBe('II. PHƯƠNG HƯỚNG');
    expect(w.cursorAtStart).toBe(true);

    // Two inserts in a row: the caret the first left at the start of "II. PHƯƠNG HƯỚNG" puts the second before it.
    await w.insertSection(pick(sections, 'hoc-tap'));
    expect(shape(w.body)).toEqual(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'baocao:van-hoa', 'baocao:ho-ngheo', 'baocao:hoc-tap', 'II. PHƯƠNG HƯỚNG', 'Nơi nhận']);
    w.body.splice(4, 1);

    // At the end: the document still ends with a paragraph outside any control.
    w.moveCursorToEnd();
    await w.insertSection(pick(sections, 'bang-thon'));
    expect(shape(w.body)).toEqual(['Kính gửi: UBND huyện', 'I. KẾT QUẢ', 'baocao:van-hoa', 'baocao:ho-ngheo', 'II. PHƯƠNG HƯỚNG', 'Nơi nhận', 'baocao:bang-thon', '']);
    expect(w.cursor).toBe(w.body[w.body.length - 1]);
    // Four inserts and two cursor moves: each redraws the document view.
    expect(changes).toHaveLength(6);
    expect(w.controls().map((c) => c.title)).toEqual((['van-hoa', 'ho-ngheo', 'bang-thon'] as const).map((id) => pick(sections, id).title));
  });

  test('the cursor inside our control or inside a table puts the next section after it, never inside', async () => {
    const sections = await report();
    const w = new FakeWord(['Đầu', 'Cuối']);
    await w.insertSection(pick(sections, 'bang-thon'));
    w.cursor = tableOf(w.controls()[0]).rows[2][1];
    await w.insertSection(pick(sections, 'van-hoa'));
    expect(shape(w.body)).toEqual(['Đầu', 'baocao:bang-thon', 'baocao:van-hoa', 'Cuối']);
    const own: FakeTable = { kind: 'table', rows: [[clerkParagraph('ô 1'), clerkParagraph('ô 2')]], rowKinds: ['data'], headerRows: 0, spans: [], borders: true, widths: [] };
    w.body.splice(0, 0, own);
    w.cursor = own.rows[0][1];
    await w.insertSection(pick(sections, 'hoc-tap'));
    expect(shape(w.body).slice(0, 3)).toEqual(['table', 'baocao:hoc-tap', 'Đầu']);
    expect(w.controls().every((c) => c.children.every((b) => b.kind !== 'control'))).toBe(true);
  });

  test('formatting is recorded as the adapter sets it: Times New Roman 14 justified body, bold headings, 12 pt tables', async () => {
    const sections = await report();
    const w = new FakeWord(['']);
    await w.insertSections([pick(sections, 'khen-thuong'), pick(sections, 'bang-thon')]);
    const [awards, villages] = w.controls();
    const [heading, body] = awards.children;
    if (heading.kind !== 'paragraph' || body.kind !== 'paragraph') throw new Error('paragraphs expected');
    expect(heading.look).toMatchObject({ style: 'Heading3', alignment: 'justify', firstLineIndent: 36, size: 14, bold: true });
    expect(heading.runs.every((r) => r.bold && r.font === 'Times New Roman' && r.size === 14)).toBe(true);
    expect(body.look).toMatchObject({ style: 'Normal', alignment: 'justify', firstLineIndent: 36, spaceBefore: 6, spaceAfter: 6, lineSpacing: 13.8 });
    const t = tableOf(villages);
    expect(t.headerRows).toBe(2);
    expect(t.borders).toBe(true);
    expect(t.rows[0].map(paragraphText).slice(0, 7)).toEqual(['STT', 'Thôn', 'Số hộ', 'Nhân khẩu', 'Phân loại hộ', '', '']);
    expect(t.spans).toContainEqual({ row: 0, column: 4, rowSpan: 1, colSpan: 3 });
    expect(t.rows[0][0].runs[0]).toMatchObject({ bold: true, size: 12, font: 'Times New Roman' });
    expect(t.rows[2][2].look).toMatchObject({ alignment: 'right', size: 12, style: 'NoSpacing', firstLineIndent: 0 });
    expect(t.rowKinds[t.rowKinds.length - 1]).toBe('total');
    expect(t.rows[t.rows.length - 1][1].runs[0]).toMatchObject({ text: 'Toàn xã', bold: true });
    expect(t.widths.reduce((s, x) => s + x, 0)).toBeCloseTo(453.5, 0);
  });

  test('refresh after changed data replaces every control of the tag and nothing else', async () => {
    const input = await sampleInput();
    const before = buildReport(input).sections;
    const w = new FakeWord(['Mở đầu', 'Kết luận']);
    await w.insertSections([pick(before, 'van-hoa'), pick(before, 'hoc-tap')]);
    w.moveCursorAfterParagraph(w.paragraphs().length - 1);
    await w.insertSection(pick(before, 'van-hoa'));
    const households = input.households;
    if (!households) throw new Error('households');
    const changed = buildReport({ ...input, households: { ...households, culturalFamily: { registered: 1300, achieved: 1250 } } }).sections;
    const hocTap = w.textOf('baocao:hoc-tap');
    const clerk = w.body.filter((b) => b.kind === 'paragraph');

    expect(await w.refreshSections([pick(changed, 'van-hoa')])).toEqual(['baocao:van-hoa']);
    const vanHoa = w.controls().filter((c) => c.tag === 'baocao:van-hoa');
    expect(vanHoa).toHaveLength(2);
    for (const c of vanHoa) expect(w.paragraphs().filter((p) => c.children.includes(p)).map(paragraphText).join(' ')).toContain('1.250/1.300');
    expect(w.textOf('baocao:hoc-tap')).toBe(hocTap);
    expect(w.body.filter((b) => b.kind === 'paragraph')).toEqual(clerk);
    expect(shape(w.body)).toEqual(['Mở đầu', 'baocao:van-hoa', 'baocao:hoc-tap', 'Kết luận', 'baocao:van-hoa', '']);
    // A locked control is skipped; a tag that is not in the document is not reported.
    vanHoa[0].locked = true;
    expect(await w.refreshSections([pick(before, 'van-hoa'), pick(before, 'bang-thon')])).toEqual(['baocao:van-hoa']);
    expect(w.textOf('baocao:van-hoa')).toContain('1.250/1.300');
  });

  test('edited detection: fingerprints as the add-in wrote them, a clerk edit flags only that control, refresh clears it', async () => {
    const sections = await report();
    const w = new FakeWord(['']);
    await w.insertSections(sections.filter((s) => !s.omitted));
    expect((await w.listSections()).every((s) => s.tracked && !s.edited)).toBe(true);
    expect(parseFingerprints(w.settings.saved[FINGERPRINT_KEY])['baocao:van-hoa']).toHaveLength(1);

    w.editControl('baocao:ho-ngheo', 'Toàn xã có 31 hộ nghèo (văn thư sửa).');
    const listed = await w.listSections();
    expect(listed.filter((s) => s.edited).map((s) => s.sectionId)).toEqual(['ho-ngheo']);
    expect(listed.find((s) => s.edited)?.text).toBe('Toàn xã có 31 hộ nghèo (văn thư sửa).');

    await w.refreshSections([pick(sections, 'ho-ngheo')]);
    expect((await w.listSections()).some((s) => s.edited)).toBe(false);

    // A control that came from elsewhere (a .docx made by the CLI) has no fingerprint: untracked, not edited.
    const docx = new FakeWord([{ kind: 'control', id: 9, tag: 'baocao:van-hoa', title: 'Gia đình văn hóa', locked: false, children: [clerkParagraph('x')] }]);
    expect(await docx.listSections()).toEqual([{ tag: 'baocao:van-hoa', sectionId: 'van-hoa', title: 'Gia đình văn hóa', text: 'x', tracked: false, edited: false, locked: false }]);
  });

  test('readParagraphs gives every paragraph in order, tables cell by cell and control content in place', async () => {
    const w = new FakeWord(['Đầu', 'Cuối']);
    await w.insertSection({
      id: 'bang-thon', title: 'Bảng', blocks: [
        { type: 'paragraph', runs: [{ text: 'Trước bảng' }] },
        { type: 'table', caption: [{ text: 'Bảng 1' }], columns: [{ width: 1, align: 'left' }, { width: 1, align: 'right' }], header: [[{ runs: [{ text: 'Thôn' }] }, { runs: [{ text: 'Số hộ' }] }]], rows: [{ kind: 'data', cells: [{ runs: [{ text: 'An Lạc' }] }, { runs: [{ text: '120' }] }] }] },
        { type: 'list', marker: '-', items: [[{ text: 'một' }]] },
      ],
    });
    expect(await w.readParagraphs()).toEqual(['Đầu', 'Trước bảng', 'Bảng 1', 'Thôn', 'Số hộ', 'An Lạc', '120', '- một', 'Cuối']);
    expect(await w.selectParagraph(5, 'An Lạc')).toBe(true);
    expect(w.selected).toBe(5);
    expect(await w.selectParagraph(0, 'không còn')).toBe(false);
  });

  test('text is kept literally; line breaks inside a value become spaces; an omitted section is an italic note', async () => {
    const w = new FakeWord(['']);
    await w.insertSections([
      { id: 'van-hoa', title: 'VH', blocks: [{ type: 'paragraph', runs: [{ text: '<b>x</b> =SUM(A1)\nhai dòng' }] }] },
      { id: 'ho-ngheo', title: 'Hộ nghèo', blocks: [], omitted: 'Chưa có số liệu.' },
    ]);
    expect(w.textOf('baocao:van-hoa')).toBe('<b>x</b> =SUM(A1) hai dòng');
    const [note] = w.controls()[1].children;
    expect(note.kind === 'paragraph' && note.runs[0]).toMatchObject({ text: 'Hộ nghèo: Chưa có số liệu.', italic: true });
  });

  test('settings are kept in the document settings and read back defensively', async () => {
    const w = new FakeWord();
    await w.saveSettings({ profile: { commune: 'An Hòa', year: 2024, villages: ['An Lạc'] }, sections: ['bang-thon', 'van-hoa'] });
    expect(await w.loadSettings()).toEqual({ profile: { commune: 'An Hòa', year: 2024, villages: ['An Lạc'] }, sections: ['van-hoa', 'bang-thon'] });
    w.settings.set('baocao', '{not json');
    expect(await w.loadSettings()).toEqual({});
  });
});

describe('fingerprints and table grids', () => {
  test('the fingerprint ignores how hosts separate paragraphs and cells, and nothing else', () => {
    expect(foldForFingerprint('a\r\tb\u0007 c\u000b')).toBe('a b c');
    expect(textFingerprint('Thôn\tSố hộ\rAn Lạc')).toBe(textFingerprint('Thôn Số hộ\nAn Lạc'));
    expect(textFingerprint('1.412 hộ')).not.toBe(textFingerprint('1.413 hộ'));
    // NFC: a decomposed "ộ" from another tool is the same text.
    expect(textFingerprint('hộ'.normalize('NFD'))).toBe(textFingerprint('hộ'));
  });

  test('an insert adds a hash for its tag, a refresh replaces them; unreadable books are empty', () => {
    let book = recordWrites({}, [{ tag: 't', text: 'one' }], 'insert');
    book = recordWrites(book, [{ tag: 't', text: 'two' }], 'insert');
    expect(book.t).toHaveLength(2);
    book = recordWrites(book, [{ tag: 't', text: 'three' }, { tag: 't', text: 'three' }], 'refresh');
    expect(book.t).toEqual([textFingerprint('three')]);
    expect(parseFingerprints('nope')).toEqual({});
    expect(parseFingerprints({ t: ['a', 3] })).toEqual({ t: ['a'] });
  });

  test('a grid follows row spans: second-level labels start after the columns still covered from above', () => {
    const g = tableGrid({
      type: 'table',
      columns: [{ width: 1, align: 'center' }, { width: 1, align: 'right' }, { width: 1, align: 'right' }],
      header: [[{ runs: [{ text: 'A' }], rowSpan: 2 }, { runs: [{ text: 'B' }], colSpan: 2 }], [{ runs: [{ text: 'b1' }] }, { runs: [{ text: 'b2' }] }]],
      rows: [{ kind: 'group', cells: [{ runs: [{ text: 'Nhóm', bold: true, italic: true }] }] }, { kind: 'data', cells: [{ runs: [{ text: '1' }] }, { runs: [{ text: 'x ' }, { text: 'đậm', bold: true }] }, { runs: [{ text: '3' }] }] }],
    });
    expect(g.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['A', 'B', ''], ['', 'b1', 'b2'], ['Nhóm', '', ''], ['1', 'x đậm', '3']]);
    expect(g.spans).toEqual([{ row: 0, column: 0, rowSpan: 2, colSpan: 1 }, { row: 0, column: 1, rowSpan: 1, colSpan: 2 }, { row: 2, column: 0, rowSpan: 1, colSpan: 3 }]);
    expect(g.rows[2].cells[0]).toMatchObject({ bold: true, italic: true, mixed: false });
    expect(g.rows[3].cells[1]).toMatchObject({ mixed: true, align: 'right' });
    expect(g.rows[3].cells[0].align).toBe('center');
  });
});
