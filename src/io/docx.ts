/** Renders a ReportDoc to a .docx laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I): A4 portrait, Times New Roman,
 *  14 pt justified body with a 1,27 cm first-line indent, bordered tables with a repeated bold header row, and page
 *  numbers centred at the top from page 2. Each section sits in a block content control tagged `baocao:<id>` so a
 *  later refresh can find and replace it in a document the clerk has edited around it. */
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import type { IBorderOptions, IRunOptions } from 'docx';
import type { Align, Block, ReportDoc, ReportSection, Run, TableCell as ModelCell, TableColumn } from '../core/report/model';
import { BlockContentControl } from './docxContentControl';
import { plainOutputText } from '../core/text/display';

export interface DocxOptions {
  /** Document title: the file's metadata title and a centred bold title paragraph on page 1. */
  title?: string;
  /** Render an omitted section as an italic note (in its content control) instead of leaving it out. */
  showOmitted?: boolean;
}

/** Twips (1/20 pt) per millimetre; Word measures page geometry in twips. */
const MM = 1440 / 25.4;
const mm = (n: number): number => Math.round(n * MM);
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20) };
/** Text width: A4 less the left and right margins (160 mm), which tables are scaled to fill. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
/** Every script slot, so Vietnamese (Latin with diacritics) never falls back to a theme or East Asian font. */
const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
const BLACK = '000000';
/** Half-points: body 14 pt, tables 12 pt (ND 30 allows 13–14 and 12–13). */
const BODY_SIZE = 28;
const TABLE_SIZE = 24;
/** 1,27 cm first-line indent: exactly 720 twips (0.5 in). */
const FIRST_LINE = 720;
/** 6 pt before and after; 1.15 lines (276/240), inside ND 30's "single to 1,5 lines". */
const BODY_SPACING = { before: 120, after: 120, line: 276, lineRule: LineRuleType.AUTO };
/** Table cells: tight spacing, single lines, so tables stay compact. */
const CELL_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
/** Cell padding ≈ 0,7 mm top/bottom, 1 mm left/right: tables of 11 columns need the width for their text. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 };
const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const ALIGN = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
} as const;

/** Renders `doc` to the bytes of a .docx file (in Node and in the page alike). */
export async function reportToDocx(doc: ReportDoc, options: DocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | BlockContentControl)[] = [];
  if (options.title) children.push(titleParagraph(options.title));
  let id = 1;
  for (const section of doc.sections) {
    const content = sectionContent(section, options);
    if (!content.length) continue;
    children.push(new BlockContentControl({ tag: `baocao:${section.id}`, alias: section.title, id: id++, children: content }));
  }
  const document = new Document({
    title: options.title,
    creator: 'baocao-xa',
    // Document defaults, so text a clerk types later (outside our runs) is also Times New Roman 14 pt black.
    styles: {
      default: {
        document: {
          run: { font: FONTS, size: BODY_SIZE, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [{
      properties: {
        page: { size: PAGE, margin: { ...MARGIN, header: mm(10), footer: mm(10) } },
        // Page 1 (the title page) carries no number; ND 30 numbers pages from 2 on.
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
      children,
    }],
  });
  return Packer.pack(document, 'uint8array');
}

/** The section's paragraphs and tables; none when it is omitted (unless the caller wants the note). */
function sectionContent(section: ReportSection, options: DocxOptions): (Paragraph | Table)[] {
  if (section.omitted !== undefined) {
    if (!options.showOmitted) return [];
    return [paragraph([{ text: `${section.title}: ${section.omitted}`, italic: true }])];
  }
  return section.blocks.flatMap(block);
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [heading(b.level, b.runs)];
    case 'paragraph':
      return [paragraph(b.runs, b.align, b.indent)];
    case 'list':
      // Clerks write "-"/"+" items as ordinary indented paragraphs, not Word bullets (which would hang the marker).
      return b.items.map((item) => paragraph([{ text: `${b.marker} ` }, ...item]));
    case 'table': {
      const caption = b.caption ? [captionParagraph(b.caption)] : [];
      return [...caption, table(b.columns, b.header, b.rows)];
    }
  }
}

/** A body-text run: the fonts and size are repeated on each run so a pasted or restyled paragraph keeps them. */
function textRun(r: Run, size = BODY_SIZE, extra: Pick<IRunOptions, 'bold' | 'italics'> = {}): TextRun {
  return new TextRun({
    text: plainOutputText(r.text), font: FONTS, size, color: BLACK,
    bold: extra.bold || r.bold || undefined, italics: extra.italics || r.italic || undefined,
  });
}

function paragraph(runs: Run[], align: Align = 'justify', indent = true): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    indent: indent ? { firstLine: FIRST_LINE } : undefined,
    spacing: BODY_SPACING,
    children: runs.map((r) => textRun(r)),
  });
}

/** Headings: bold ("I. KẾT QUẢ" arrives upper case), level 3 upright bold ("a) …" per ND 30); outline levels so
 *  Word's navigation pane lists them, and kept with the next paragraph so none ends a page. */
function heading(level: 1 | 2 | 3, runs: Run[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: BODY_SPACING,
    outlineLevel: level - 1,
    keepNext: true,
    keepLines: true,
    children: runs.map((r) => textRun(r, BODY_SIZE, { bold: true })),
  });
}

function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, spacing: BODY_SPACING, keepNext: true,
    children: [textRun({ text: title, bold: true })],
  });
}

function captionParagraph(runs: Run[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, spacing: BODY_SPACING, keepNext: true,
    children: runs.map((r) => textRun(r, BODY_SIZE, { bold: true })),
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: CELL_SPACING,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: BODY_SIZE, color: BLACK })],
    })],
  });
}

/** Twips per column: the relative widths scaled to the text width, but no column narrower than its minimum (the
 *  longest word in it, so "STT" or "19.760.000" never breaks mid-word); the shortfall is taken from the columns with
 *  room to spare, in proportion to that room. The rounding goes into the last column so the sum is exact. */
export function columnTwips(columns: TableColumn[], total = TEXT_WIDTH, minima: number[] = []): number[] {
  // Without usable widths, columns share the text width equally.
  const rel = columns.some((c) => c.width > 0) ? columns.map((c) => Math.max(c.width, 0)) : columns.map(() => 1);
  const sum = rel.reduce((s, w) => s + w, 0);
  let widths = rel.map((w) => (total * w) / sum);
  const min = columns.map((_, i) => minima[i] ?? 0);
  const need = min.reduce((s, m) => s + m, 0);
  if (need >= total) widths = min.map((m) => (total * m) / need); // too many columns: share by need alone
  else {
    const short = widths.reduce((s, w, i) => s + Math.max(min[i] - w, 0), 0);
    const room = widths.reduce((s, w, i) => s + Math.max(w - min[i], 0), 0);
    widths = widths.map((w, i) => (w < min[i] ? min[i] : w - (short * (w - min[i])) / room));
  }
  const rounded = widths.map((w) => Math.round(w));
  rounded[rounded.length - 1] += total - rounded.reduce((s, w) => s + w, 0);
  return rounded;
}

/** Rough Times New Roman advance widths in em, by character class: enough to size columns, not to typeset. */
function emWidth(ch: string): number {
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/, (d) => (d === 'đ' ? 'd' : 'D'));
  if (/[0-9]/.test(base)) return 0.5;
  if (/[mwMW%]/.test(base)) return 0.9;
  if (/[A-Z]/.test(base)) return /[IJ]/.test(base) ? 0.4 : 0.72;
  if (/[a-z]/.test(base)) return /[ijlt]/.test(base) ? 0.28 : /[fr]/.test(base) ? 0.34 : 0.5;
  return /[.,:;!'|]/.test(base) ? 0.25 : 0.34;
}

/** Twips the longest word of a table cell needs at table size, with the cell's left and right padding. */
function longestWord(c: ModelCell, boldRow: boolean): number {
  const perEm = (TABLE_SIZE / 2) * 20; // twips per em at the table's point size
  let widest = 0;
  for (const r of c.runs) {
    const factor = r.bold || boldRow ? 1.08 : 1;
    // Lines may also break after a hyphen ("215/QĐ-" / "UBND"), as Word and LibreOffice do.
    for (const word of r.text.split(/\s+|(?<=-)/)) {
      const em = [...word].reduce((s, ch) => s + emWidth(ch), 0);
      widest = Math.max(widest, em * perEm * factor);
    }
  }
  return Math.ceil(widest * 1.05) + CELL_MARGINS.left + CELL_MARGINS.right;
}

/** The first grid column of each cell, row by row, skipping the columns that cells above still cover (rowSpan). */
function startColumns(rows: ModelCell[][]): number[][] {
  const covered: number[] = []; // rows still covered, per grid column
  return rows.map((cells) => {
    let col = 0;
    const starts = cells.map((cell) => {
      while ((covered[col] ?? 0) > 0) col++;
      const start = col;
      const span = Math.max(cell.colSpan ?? 1, 1);
      for (let c = start; c < start + span; c++) covered[c] = Math.max(cell.rowSpan ?? 1, 1);
      col += span;
      return start;
    });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max((covered[c] ?? 0) - 1, 0);
    return starts;
  });
}

interface CellStyle { align: Align; bold?: boolean; colSpan?: number }

function cell(c: ModelCell, style: CellStyle): TableCell {
  return new TableCell({
    columnSpan: style.colSpan ?? (c.colSpan && c.colSpan > 1 ? c.colSpan : undefined),
    rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    children: [new Paragraph({
      alignment: ALIGN[style.align],
      spacing: CELL_SPACING,
      children: c.runs.map((r) => textRun(r, TABLE_SIZE, { bold: style.bold })),
    })],
  });
}

type BodyRow = { kind: 'data' | 'group' | 'total'; cells: ModelCell[] };

function table(columns: TableColumn[], header: ModelCell[][], rows: BodyRow[]): Table {
  const kinds = [...header.map(() => 'header' as const), ...rows.map((r) => r.kind)];
  const grid = [...header, ...rows.map((r) => r.cells)];
  const starts = startColumns(grid);
  // Each column's minimum: the longest word of the single-column cells that start in it (group rows span all).
  const minima = columns.map(() => 0);
  grid.forEach((cells, r) => {
    if (kinds[r] === 'group') return;
    cells.forEach((c, j) => {
      const col = starts[r][j];
      if ((c.colSpan ?? 1) <= 1 && col < minima.length) minima[col] = Math.max(minima[col], longestWord(c, kinds[r] !== 'data'));
    });
  });
  const align = (c: ModelCell, start: number): Align => c.align ?? columns[start]?.align ?? 'left';
  const headerRows = header.map((cells) => new TableRow({
    // Repeated at the top of each page the table runs onto, and kept with the first body row.
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: cells.map((c) => cell(c, { align: c.align ?? 'center', bold: true })),
  }));
  const bodyRows = rows.map((row, i) => {
    const rowStarts = starts[header.length + i];
    const children = row.kind === 'group'
      // A group row is one cell across the table, whatever span the model gave it.
      ? [cell(row.cells[0] ?? { runs: [] }, { align: row.cells[0]?.align ?? 'left', bold: true, colSpan: columns.length })]
      : row.cells.map((c, j) => cell(c, { align: align(c, rowStarts[j]), bold: row.kind === 'total' }));
    // A group heading row never ends a page: it stays with its first row.
    return new TableRow({ cantSplit: true, keepNext: row.kind === 'group' || undefined, children });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnTwips(columns, TEXT_WIDTH, minima),
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER,
    },
    rows: [...headerRows, ...bodyRows],
  });
}
