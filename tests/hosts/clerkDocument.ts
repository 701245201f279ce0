// A commune clerk's report document as it is before the add-in inserts anything, described once and built into
// both Word models: the in-memory fake (FakeWord) and the Office.js mock document (Doc). It holds what a clerk's
// report holds: the national motto and title with their own fonts and alignment, body text with mixed emphasis,
// an empty line, a table of the clerk's, a content control of the clerk's own (not the add-in's), the closing
// "Nơi nhận" block, and the final empty paragraph Word always keeps.
import { type FakeBlock, type FakeParagraph, type FakeTable } from '../../src/hosts/word/fakeWord';
import { Doc, MControl, MParagraph, MRun, MTable, type MNode } from './mockWordModel';

/** Places in the clerk's document a test puts the cursor. */
export type Spot = 'heading' | 'blank' | 'tableCell' | 'ownControl' | 'end';

interface ClerkRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  size?: number;
}

type ClerkBlock =
  | { kind: 'paragraph'; runs: ClerkRun[]; style?: string; align?: string; spot?: Spot }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'control'; tag: string; title: string; children: ClerkBlock[] };

const p = (text: string, extra: Omit<Extract<ClerkBlock, { kind: 'paragraph' }>, 'kind' | 'runs'> & { run?: Omit<ClerkRun, 'text'> } = {}): ClerkBlock => {
  const { run, ...rest } = extra;
  return { kind: 'paragraph', runs: text ? [{ text, ...run }] : [], ...rest };
};

/** The clerk's document, top to bottom. */
export function clerkBlocks(): ClerkBlock[] {
  return [
    p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'Centered', run: { bold: true, font: 'Times New Roman', size: 13 } }),
    p('Độc lập - Tự do - Hạnh phúc', { align: 'Centered', run: { bold: true, font: 'Times New Roman', size: 14 } }),
    p('BÁO CÁO', { style: 'Title', align: 'Centered', run: { bold: true, size: 16 } }),
    { kind: 'paragraph', runs: [{ text: 'Kết quả thực hiện phong trào ' }, { text: '"Toàn dân đoàn kết xây dựng đời sống văn hóa"', bold: true }, { text: ' năm 2024', italic: true }], align: 'Justified' },
    p('I. KẾT QUẢ ĐẠT ĐƯỢC', { style: 'Heading1', run: { bold: true }, spot: 'heading' }),
    p('', { spot: 'blank' }),
    p('Trong năm, Ban chỉ đạo xã đã tổ chức tuyên truyền đến 100% thôn.', { align: 'Justified', run: { font: 'Arial', size: 12 } }),
    { kind: 'table', rows: [['TT', 'Nội dung', 'Kết quả'], ['1', 'Tuyên truyền', 'Đạt'], ['2', 'Ra quân vệ sinh môi trường', '12 buổi']] },
    { kind: 'control', tag: 'ghi-chu', title: 'Ghi chú của văn thư', children: [p('Ghi chú: số liệu thôn Bình Minh chờ bổ sung.', { run: { italic: true }, spot: 'ownControl' })] },
    p('II. PHƯƠNG HƯỚNG NĂM 2025', { style: 'Heading1', run: { bold: true } }),
    p('Nơi nhận:', { run: { bold: true, italic: true, size: 12 } }),
    p('- UBND huyện;', { run: { size: 11 } }),
    p('- Lưu: VT.', { run: { size: 11 } }),
    p('', { spot: 'end' }),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The in-memory document

export interface FakeDocument {
  body: FakeBlock[];
  spots: Record<Spot, FakeParagraph>;
}

export function clerkFakeDocument(): FakeDocument {
  const spots: Partial<Record<Spot, FakeParagraph>> = {};
  const paragraph = (b: Extract<ClerkBlock, { kind: 'paragraph' }>): FakeParagraph => {
    // The fake keeps the clerk's run formatting; its paragraphs carry no look of the clerk's (null).
    const out: FakeParagraph = { kind: 'paragraph', look: null, runs: b.runs.map((r) => ({ text: r.text, bold: !!r.bold, italic: !!r.italic, font: r.font ?? null, size: r.size ?? null })) };
    if (b.spot) spots[b.spot] = out;
    return out;
  };
  const block = (b: ClerkBlock): FakeBlock => {
    if (b.kind === 'paragraph') return paragraph(b);
    if (b.kind === 'control') return { kind: 'control', id: 900, tag: b.tag, title: b.title, locked: false, children: b.children.map(block) };
    const rows = b.rows.map((row) => row.map((text) => paragraph({ kind: 'paragraph', runs: text ? [{ text }] : [] })));
    const table: FakeTable = { kind: 'table', rows, rowKinds: b.rows.map(() => 'data'), headerRows: 1, spans: [], borders: true, widths: [40, 280, 130] };
    spots.tableCell = rows[1][1];
    return table;
  };
  const body = clerkBlocks().map(block);
  return { body, spots: spots as Record<Spot, FakeParagraph> };
}

// ---------------------------------------------------------------------------------------------------------------
// The Office.js mock document

export interface MockDocument {
  doc: Doc;
  spots: Record<Spot, MParagraph>;
}

export function clerkMockDocument(): MockDocument {
  const doc = new Doc();
  const spots: Partial<Record<Spot, MParagraph>> = {};
  const paragraph = (b: Extract<ClerkBlock, { kind: 'paragraph' }>): MParagraph => {
    const out = new MParagraph(doc);
    out.runs = b.runs.map((r) => {
      const run = new MRun(r.text);
      if (r.bold !== undefined) run.font.bold = r.bold;
      if (r.italic !== undefined) run.font.italic = r.italic;
      if (r.font !== undefined) run.font.name = r.font;
      if (r.size !== undefined) run.font.size = r.size;
      return run;
    });
    if (b.style) out.styleBuiltIn = b.style;
    if (b.align) out.alignment = b.align;
    if (b.spot) spots[b.spot] = out;
    return out;
  };
  const block = (b: ClerkBlock): MNode => {
    if (b.kind === 'paragraph') return paragraph(b);
    if (b.kind === 'control') {
      const cc = new MControl(doc, b.children.map(block));
      cc.tagValue = b.tag;
      cc.titleValue = b.title;
      cc.appearance = 'Tags';
      return cc;
    }
    const t = new MTable(doc, b.rows.length, b.rows[0].length, b.rows);
    t.styleBuiltIn = 'TableGrid';
    t.headerRowCount = 1;
    t.getBorder('Top').type = 'Single';
    t.rows[0].font.bold = true;
    spots.tableCell = t.cells[1][1].body.paragraph;
    return t;
  };
  doc.body = clerkBlocks().map(block);
  return { doc, spots: spots as Record<Spot, MParagraph> };
}
