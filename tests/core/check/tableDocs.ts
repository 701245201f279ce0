// Statistics-annex documents for the table checks, written as a reader sees them: a caption, then rows of cells,
// where "<" means "merged with the cell on the left" and "^" "merged with the cell above". toDocx() builds a real
// .docx with the docx library (gridSpan and vMerge as Word writes them); readDocx() reads it back as check-report
// does, so every test goes through the file format.
import JSZip from 'jszip';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { paragraphsOfXml } from '../../../src/io/docxParagraphs';
import { tablesOfXml } from '../../../src/io/docxTables';
import type { ReportTable } from '../../../src/core/check';
import { parseVi, viDecimal, viNumber } from '../../../src/core/text/numbers';

export interface TableSpec {
  /** Paragraphs before the table ("Biểu số 02", its title, "Đơn vị tính: hộ"). */
  caption?: string[];
  rows: string[][];
}

export type DocSpec = Array<string | TableSpec>;

export const n = (x: number) => viNumber(x);
export const d = (x: number, decimals: number) => viDecimal(x, decimals);
export const pct = (count: number, base: number, decimals = 2) => viDecimal((count / base) * 100, decimals);

function cellOf(spec: TableSpec, r: number, c: number): TableCell | null {
  const t = spec.rows[r][c];
  if (t === '<' || t === '^') return null;
  let columnSpan = 1;
  while (spec.rows[r][c + columnSpan] === '<') columnSpan++;
  let rowSpan = 1;
  while (spec.rows[r + rowSpan]?.[c] === '^') rowSpan++;
  const lines = t.split('\n');
  return new TableCell({
    columnSpan,
    rowSpan,
    children: lines.map((line) => new Paragraph({ alignment: /^[\d.,%-]+$/.test(line) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun(line)] })),
  });
}

export async function toDocx(doc: DocSpec): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const block of doc) {
    if (typeof block === 'string') {
      children.push(new Paragraph({ children: [new TextRun(block)] }));
      continue;
    }
    for (const c of block.caption ?? []) children.push(new Paragraph({ children: [new TextRun(c)] }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map((row, r) => new TableRow({ children: row.map((_, c) => cellOf(block, r, c)).filter((x): x is TableCell => x !== null) })),
      }),
    );
    children.push(new Paragraph({ children: [] }));
  }
  const d = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(d));
}

export async function readDocx(bytes: Uint8Array): Promise<{ paragraphs: string[]; tables: ReportTable[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = paragraphsOfXml(xml);
  return { paragraphs, tables: tablesOfXml(xml, paragraphs) };
}

/** Where a planted defect is: the table (0-based among the document's tables) and the cell in the spec's rows. */
export interface Planted {
  table: number;
  row: number;
  column: number;
  what: string;
}

/** A correct document and the edits that each make one planted defect. */
export interface Case {
  name: string;
  doc: DocSpec;
  defects: Array<{ table: number; row: number; column: number; value: string; what: string }>;
}

export function tablesOf(doc: DocSpec): TableSpec[] {
  return doc.filter((b): b is TableSpec => typeof b !== 'string');
}

/** A copy of the document with one cell changed. */
export function withCell(doc: DocSpec, table: number, row: number, column: number, value: string): DocSpec {
  let k = -1;
  return doc.map((b) => {
    if (typeof b === 'string') return b;
    k++;
    if (k !== table) return b;
    return { ...b, rows: b.rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r)) };
  });
}

/** A planted defect: in table `table`, the row whose cells include `row` (or row index), column `column`. */
export interface Plant {
  table: number;
  row: string | number;
  column: number;
  /** The new text, or a function of the old. */
  to: string | ((old: string) => string);
  what: string;
  /** Other cells the same edit rightly makes disagree: [row, column]. */
  also?: Array<[string | number, number]>;
}

export function rowIndex(spec: TableSpec, row: string | number): number {
  if (typeof row === 'number') return row;
  const i = spec.rows.findIndex((r) => r.includes(row));
  if (i < 0) throw new Error(`no row ${row}`);
  return i;
}

/** The document with the plant made, and the cells ("table:row:column", spec coordinates) it may be found at. */
export function plant(doc: DocSpec, p: Plant): { doc: DocSpec; cells: string[] } {
  const spec = tablesOf(doc)[p.table];
  const r = rowIndex(spec, p.row);
  const old = spec.rows[r][p.column];
  const value = typeof p.to === 'string' ? p.to : p.to(old);
  if (value === old) throw new Error(`plant changes nothing: ${p.what}`);
  const cells = [[r, p.column], ...(p.also ?? []).map(([row, c]) => [rowIndex(spec, row), c])].map(([a, b]) => `${p.table}:${a}:${b}`);
  return { doc: withCell(doc, p.table, r, p.column, value), cells };
}

/** Where a finding points, in spec coordinates: its table (by the paragraph range) and its cell. */
export function cellOfFinding(tables: ReportTable[], paragraph: number): string | null {
  const t = tables.findIndex((x) => paragraph >= x.start && paragraph < x.end);
  if (t < 0) return null;
  for (const [r, row] of tables[t].grid.entries()) {
    const c = row.findIndex((s) => s.paragraph === paragraph && s.row === r);
    if (c >= 0) return `${t}:${r}:${row[c].column}`;
  }
  return null;
}

/** A figure changed by `by` units of its last written digit, written the same way: "1.412" +8 → "1.420". */
export const off = (by: number) => (old: string) => {
  const percent = old.endsWith('%');
  const x = parseVi(old.replace('%', ''));
  return `${viDecimal(x.value + by * 10 ** -x.decimals, x.decimals)}${percent ? '%' : ''}`;
};
