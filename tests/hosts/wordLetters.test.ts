/// <reference types="office-js" />
// The letters of the add-in's sub-headings in the clerk's document, on both Word hosts: an insert continues from the
// lettered heading before the cursor, an update keeps the letter a control shows (the clerk's wins), and neither
// costs a round trip.
import { buildReport } from '../../src/core/report/sections';
import type { Block, ReportSection, SectionId } from '../../src/core/report/model';
import { FakeWord, clerkParagraph, paragraphText, type FakeBlock, type FakeParagraph } from '../../src/hosts/word/fakeWord';
import { countWordSyncs, OfficeWord } from '../../src/hosts/word/officeWord';
import type { WordPort } from '../../src/hosts/word/port';
import { letterFromPreceding, letterShown } from '../../src/hosts/word/sectionLetters';
import { sampleInput } from '../core/report/fixtures';
import { Doc, MControl, MParagraph, MRun, MTable, controlsOf, paragraphsOf, plainRun, type MNode } from './mockWordModel';

/** A document given as paragraphs, a table standing as `{ cells }` (one row). */
type Line = string | { cells: string[] };

interface LetterHost {
  port: WordPort;
  /** The first paragraph of each of our controls, in document order. */
  headings(): string[];
  /** The clerk retypes the first paragraph of the first control tagged `tag`. */
  retype(tag: string, text: string): void;
  /** The caret into the first paragraph of the first control tagged `tag`. */
  cursorInto(tag: string): void;
  /** Round trips so far (the adapter only). */
  syncs(): number | null;
}

/** The caret at the end of paragraph `cursor` (an index into `lines`), or at its start. */
function fakeHost(lines: Line[], cursor: number, atStart = false): LetterHost {
  const blocks: FakeBlock[] = lines.map((l) => (typeof l === 'string' ? clerkParagraph(l) : { kind: 'table', rows: [l.cells.map(clerkParagraph)], rowKinds: ['data'], headerRows: 0, spans: [], borders: true, widths: l.cells.map(() => 100) }));
  const w = new FakeWord(blocks);
  const at = blocks[cursor];
  w.cursor = at.kind === 'paragraph' ? at : at.kind === 'table' ? at.rows[0][0] : w.cursor;
  w.cursorAtStart = atStart;
  const first = (tag: string): FakeParagraph => {
    const p = w.controls().find((c) => c.tag === tag)?.children[0];
    if (p?.kind !== 'paragraph') throw new Error(`no paragraph in ${tag}`);
    return p;
  };
  return {
    port: w,
    headings: () => w.controls().map((c) => (c.children[0]?.kind === 'paragraph' ? paragraphText(c.children[0]) : '')),
    retype: (tag, text) => void (first(tag).runs = [{ ...first(tag).runs[0], text }]),
    cursorInto: (tag) => {
      w.cursor = first(tag);
      w.cursorAtStart = false;
    },
    syncs: () => null,
  };
}

function mockHost(lines: Line[], cursor: number, atStart = false, options: { failExpandTo?: boolean } = {}): LetterHost & { doc: Doc } {
  const doc = new Doc();
  doc.failExpandTo = !!options.failExpandTo;
  doc.body = lines.map((l): MNode => (typeof l === 'string' ? new MParagraph(doc, l) : new MTable(doc, 1, l.cells.length, [l.cells])));
  const at = doc.body[cursor];
  doc.cursor = at instanceof MTable ? at.cells[0][0].body.paragraph : (at as MParagraph);
  doc.cursorAtStart = atStart;
  const counted = countWordSyncs(plainRun(doc));
  const values = new Map<string, unknown>();
  const settings = { get: (k: string) => structuredClone(values.get(k)), set: (k: string, v: unknown) => void values.set(k, structuredClone(v)), saveAsync: (cb?: (r: { status: unknown }) => void) => cb?.({ status: 'succeeded' }) };
  const first = (tag: string): MParagraph => {
    const p = controlsOf(doc.body).find((c) => c.tagValue === tag)?.children[0];
    if (!(p instanceof MParagraph)) throw new Error(`no paragraph in ${tag}`);
    return p;
  };
  return {
    doc,
    port: new OfficeWord(counted.run, { settings, mergeCells: false }),
    headings: () => controlsOf(doc.body).map((c) => (c.children[0] instanceof MParagraph ? c.children[0].plain() : '')),
    retype: (tag, text) => void (first(tag).runs = [new MRun(text)]),
    cursorInto: (tag) => {
      doc.cursor = first(tag);
    },
    syncs: () => counted.count(),
  };
}

const HOSTS: Array<[string, (lines: Line[], cursor: number, atStart?: boolean) => LetterHost]> = [
  ['the in-memory fake', fakeHost],
  ['the Office.js adapter', mockHost],
];

const heading3 = (text: string): Block => ({ type: 'heading', level: 3, runs: [{ text }] });
const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
const KHEN = (body = 'Khen thưởng 07 tập thể.'): ReportSection => ({ id: 'khen-thuong', title: 'Khen thưởng', blocks: [heading3('Về công tác khen thưởng'), para(body)] });
const CAP_TREN: ReportSection = { id: 'cap-tren', title: 'Cấp trên', blocks: [heading3('Thành tích được cấp trên khen thưởng'), para('+ Công an xã')] };
const VAN_HOA: ReportSection = { id: 'van-hoa', title: 'Văn hóa', blocks: [para('a) Toàn xã có 1.216 hộ.')] };

async function builtSections(ids: SectionId[]): Promise<ReportSection[]> {
  return buildReport(await sampleInput(), ids).sections;
}

describe.each(HOSTS)('%s letters the inserted headings from the heading before the cursor', (_name, host) => {
  test('after a lettered heading (body text between), the sections go on "b)", "c)"; a section without one is left alone', async () => {
    const h = host(['I. KẾT QUẢ', 'a) Về phong trào thi đua', 'Phong trào được phát động rộng khắp.', '', 'Cuối'], 2);
    await h.port.insertSections([KHEN(), VAN_HOA, CAP_TREN]);
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng', 'a) Toàn xã có 1.216 hộ.', 'c) Thành tích được cấp trên khen thưởng']);
  });

  test('the sections the report builds take the letters too, and the mark "." of a document that writes "a."', async () => {
    const sections = await builtSections(['khen-thuong', 'cap-tren']);
    const h = host(['1. Công tác thi đua', 'a. Về phong trào thi đua', 'Cuối'], 1);
    await h.port.insertSections(sections);
    expect(h.headings()).toEqual(['b. Về công tác khen thưởng', 'c. Thành tích được cấp trên khen thưởng']);
  });

  test.each<[string, Line[], number]>([
    ['a numbered heading nearer than a lettered one', ['a) Về phong trào', '2. Công tác khen thưởng', 'Nội dung.', 'Cuối'], 2],
    ['a Roman section heading', ['a) Về phong trào', 'II. PHƯƠNG HƯỚNG NĂM 2025', 'Cuối'], 1],
    ['plain text only', ['Kính gửi: UBND huyện', 'Năm 2024 xã đạt nhiều kết quả.', 'Cuối'], 1],
    ['a lettered heading further on, after the cursor', ['Mở đầu', 'Cuối', 'a) Về phong trào'], 0],
    ['a lettered line inside a table', ['1. Kết quả', { cells: ['a) Hộ nghèo', '12'] }, 'Sau bảng', 'Cuối'], 2],
  ])('no letter after %s: none is guessed', async (_what, lines, cursor) => {
    const h = host(lines, cursor);
    await h.port.insertSections([KHEN()]);
    expect(h.headings()).toEqual(['Về công tác khen thưởng']);
  });

  test('a table between the lettered heading and the cursor is passed over', async () => {
    const h = host(['a) Về phong trào thi đua', { cells: ['1. Kết quả', 'b) ô'] }, 'Cuối'], 1);
    await h.port.insertSections([KHEN()]);
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng']);
  });

  test('our own inserted sections count; a caret at the start of a heading puts the sections before it, so it does not', async () => {
    const h = host(['a) Về phong trào thi đua', 'Nội dung.', 'Cuối'], 1);
    await h.port.insertSections([KHEN()]);
    // The caret is now at the start of "Cuối", after the control: the next insert follows it.
    await h.port.insertSections([CAP_TREN]);
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng', 'c) Thành tích được cấp trên khen thưởng']);

    const before = host(['a) Về phong trào thi đua', 'b) Về công tác khen thưởng', 'Cuối'], 1, true);
    await before.port.insertSections([KHEN()]);
    expect(before.headings()).toEqual(['b) Về công tác khen thưởng']);
  });

  test('with the caret inside our control, the sections go after it and follow its heading', async () => {
    const h = host(['a) Về phong trào thi đua', 'Cuối'], 0);
    await h.port.insertSections([KHEN()]);
    h.cursorInto('baocao:khen-thuong');
    await h.port.insertSections([CAP_TREN]);
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng', 'c) Thành tích được cấp trên khen thưởng']);
  });
});

describe.each(HOSTS)('%s keeps the letter a control shows on update', (_name, host) => {
  test('"Cập nhật tất cả" and a refresh keep "b)"; the untouched lettered section is not taken as edited', async () => {
    const h = host(['a) Về phong trào thi đua', 'Cuối'], 0);
    await h.port.insertSections([KHEN(), VAN_HOA]);
    expect((await h.port.listSections()).map((c) => c.edited)).toEqual([false, false]);
    const result = await h.port.updateSections([KHEN('Khen thưởng 09 tập thể.'), VAN_HOA], 'ask');
    expect(result).toEqual({ kind: 'updated', tags: ['baocao:khen-thuong', 'baocao:van-hoa'] });
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng', 'a) Toàn xã có 1.216 hộ.']);
    expect((await h.port.listSections()).find((c) => c.tag === 'baocao:khen-thuong')).toMatchObject({ tracked: true, edited: false });
    expect((await h.port.listSections())[0].text).toContain('09 tập thể');
    await h.port.refreshSections([KHEN('Khen thưởng 10 tập thể.')]);
    expect(h.headings()[0]).toBe('b) Về công tác khen thưởng');
    expect((await h.port.listSections()).some((c) => c.edited)).toBe(false);
  });

  test('a letter the clerk changed by hand wins, and one they took away stays away', async () => {
    const h = host(['a) Về phong trào thi đua', 'Cuối'], 0);
    await h.port.insertSections([KHEN()]);
    h.retype('baocao:khen-thuong', 'd. Về công tác khen thưởng');
    const asked = await h.port.updateSections([KHEN('Khen thưởng 09 tập thể.')], 'ask');
    expect(asked.kind === 'edited' && asked.edited.map((c) => c.tag)).toEqual(['baocao:khen-thuong']);
    await h.port.updateSections([KHEN('Khen thưởng 09 tập thể.')], 'overwrite');
    expect(h.headings()).toEqual(['d. Về công tác khen thưởng']);
    expect((await h.port.listSections())[0]).toMatchObject({ edited: false });

    h.retype('baocao:khen-thuong', 'Về công tác khen thưởng');
    await h.port.refreshSections([KHEN()]);
    expect(h.headings()).toEqual(['Về công tác khen thưởng']);
  });

  test('a section inserted without a letter stays without one on update', async () => {
    const h = host(['Kính gửi: UBND huyện', 'Cuối'], 0);
    await h.port.insertSections([KHEN()]);
    await h.port.updateSections([KHEN('Khen thưởng 09 tập thể.')], 'ask');
    expect(h.headings()).toEqual(['Về công tác khen thưởng']);
  });
});

describe('the adapter reads the letter in the round trips it already makes', () => {
  test('insert: 1 read + 1 write sync with the paragraphs before the cursor; update: the same 2', async () => {
    const h = mockHost(['a) Về phong trào thi đua', 'Nội dung.', 'Cuối'], 1);
    await h.port.insertSections([KHEN(), CAP_TREN]);
    expect(h.syncs()).toBe(2);
    expect(h.doc.calls).toContain('range.expandTo');
    await h.port.updateSections([KHEN('Khen thưởng 09 tập thể.'), CAP_TREN], 'ask');
    expect(h.syncs()).toBe(4);
    await h.port.refreshSections([KHEN('Khen thưởng 10 tập thể.')]);
    expect(h.syncs()).toBe(6);
    expect(h.headings()).toEqual(['b) Về công tác khen thưởng', 'c) Thành tích được cấp trên khen thưởng']);
  });

  test('a host that cannot expand the range to the body start costs the letter, not the insert', async () => {
    const h = mockHost(['a) Về phong trào thi đua', 'Cuối'], 0, false, { failExpandTo: true });
    await h.port.insertSections([KHEN()]);
    expect(h.headings()).toEqual(['Về công tác khen thưởng']);
    expect(paragraphsOf(h.doc.body).map((p) => p.plain())).toEqual(['a) Về phong trào thi đua', 'Về công tác khen thưởng', 'Khen thưởng 07 tập thể.', 'Cuối']);
    expect(controlsOf(h.doc.body)).toHaveLength(1);
    expect(controlsOf(h.doc.body)[0]).toBeInstanceOf(MControl);
  });
});

describe('the letter logic both hosts share', () => {
  test('walking back over empty paragraphs and body text to the nearest heading', () => {
    const p = (text: string, inTable = false) => ({ text, inTable });
    expect(letterFromPreceding([p('a) Về phong trào'), p(''), p('Nội dung dài của đoạn văn.'), p('   ')])).toBe('b)');
    expect(letterFromPreceding([p('đ) Về y tế'), p('Nội dung.')])).toBe('e)');
    expect(letterFromPreceding([p('a) Về phong trào'), p('b) ô', true)])).toBe('b)');
    expect(letterFromPreceding([p('a) Về phong trào'), p('3. Công tác khác')])).toBeNull();
    expect(letterFromPreceding([])).toBeNull();
  });

  test('the letter a control shows: its first paragraph, Word\'s \\r or the fake\'s \\n between paragraphs', () => {
    expect(letterShown('b) Về công tác khen thưởng\rKhen thưởng 07 tập thể.')).toBe('b)');
    expect(letterShown('\nc. Về công tác khen thưởng\nNội dung')).toBe('c.');
    expect(letterShown('Về công tác khen thưởng\rb) Nội dung')).toBeNull();
    expect(letterShown('2. Về công tác khen thưởng')).toBeNull();
    expect(letterShown('')).toBeNull();
  });
});
