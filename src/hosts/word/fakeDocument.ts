// The in-memory Word document's model: its blocks (the clerk's paragraphs and tables, the add-in's controls), how
// Word lists their paragraphs (table cells row by row, controls' content in place), and the report as the check
// reads it from them (paragraphs, heading levels, tables with their merged cells). FakeWord (fakeWord.ts) is the
// port over it.
import type { ReportTable, TableSlot } from '../../core/check/types';
import type { GridRowKind, GridSpan } from './tableGrid';
import { TEXT_WIDTH_PT, type ParagraphLook } from './wordFormat';

export interface FakeRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Font name and size set on the run; null where the clerk's formatting applies. */
  font: string | null;
  size: number | null;
}

export interface FakeParagraph {
  kind: 'paragraph';
  runs: FakeRun[];
  /** The formatting the add-in set; null for the clerk's own paragraphs. */
  look: ParagraphLook | null;
  /** A clerk's paragraph in a heading style: its outline level (0 = Heading 1). The add-in's take theirs from `look`. */
  outlineLevel?: number | null;
}

export interface FakeTable {
  kind: 'table';
  /** One paragraph per cell, row by row. */
  rows: FakeParagraph[][];
  rowKinds: GridRowKind[];
  headerRows: number;
  /** Spans the model asked for; WordApi 1.3 leaves them as separate cells (the label in the first). */
  spans: GridSpan[];
  /** Cells merged in the document (a table the clerk made, or a .docx opened outside Office), as Word holds them:
   *  the slots a merge covers to the right are no cells (no paragraph), those it covers below are cells that
   *  continue the merge (an empty paragraph each). `rows` stays a full grid. */
  merged?: GridSpan[];
  borders: boolean;
  /** Column widths in points. */
  widths: number[];
}

export interface FakeControl {
  kind: 'control';
  id: number;
  tag: string;
  title: string;
  locked: boolean;
  children: FakeBlock[];
}

export type FakeBlock = FakeParagraph | FakeTable | FakeControl;

/** A paragraph of the clerk's, with the document's own formatting; with `outlineLevel`, in a heading style. */
export function clerkParagraph(text: string, outlineLevel: number | null = null): FakeParagraph {
  const p: FakeParagraph = { kind: 'paragraph', runs: text ? [{ text, bold: false, italic: false, font: null, size: null }] : [], look: null };
  return outlineLevel === null ? p : { ...p, outlineLevel };
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** The outline level a paragraph's heading style gives it, as Word's OOXML would show it; null for body text. */
export function outlineLevelOf(p: FakeParagraph): number | null {
  const style = p.look ? HEADING_STYLE.exec(p.look.style) : null;
  return style ? Number(style[1]) - 1 : p.outlineLevel ?? null;
}

export function paragraphText(p: FakeParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** The merge holding slot (r, c) of a table, if any. */
function mergeAt(t: FakeTable, r: number, c: number): GridSpan | undefined {
  return t.merged?.find((m) => r >= m.row && r < m.row + m.rowSpan && c >= m.column && c < m.column + m.colSpan);
}

/** The cells of a table that are paragraphs of the document: all but the slots a merge covers to the right. */
export function tableParagraphs(t: FakeTable): FakeParagraph[] {
  return t.rows.flatMap((row, r) => row.filter((_, c) => (mergeAt(t, r, c)?.column ?? c) === c));
}

/** The document's paragraphs in reading order: table cells row by row, controls' content in place. */
export function flatten(blocks: FakeBlock[]): FakeParagraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? tableParagraphs(b) : flatten(b.children)));
}

export function tablesIn(blocks: FakeBlock[]): FakeTable[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'control' ? tablesIn(b.children) : []));
}

/** A table as the report check reads it: each slot with its merge's top-left cell, that cell's text and paragraph. */
export function reportTable(t: FakeTable, index: Map<FakeParagraph, number>): ReportTable {
  const grid = t.rows.map((row, r) =>
    row.map((_, c): TableSlot => {
      const m = mergeAt(t, r, c);
      const [or, oc] = m ? [m.row, m.column] : [r, c];
      const cell = t.rows[or][oc];
      return { text: paragraphText(cell), paragraph: index.get(cell) ?? -1, row: or, column: oc };
    }),
  );
  const own = tableParagraphs(t).map((p) => index.get(p) ?? -1);
  return { grid, start: own[0] ?? 0, end: (own[own.length - 1] ?? -1) + 1 };
}

/**
 * A document's blocks from a report read from a .docx (the page outside Office opening a report): paragraphs as
 * the clerk's, in their heading styles' levels (`outlineLevel`, by paragraph), each outermost table as a table with
 * its merged cells, its cells' text in the merges' first cells.
 */
export function blocksOfReport(paragraphs: readonly string[], tables: readonly ReportTable[], outlineLevel: ReadonlyArray<number | null> = []): FakeBlock[] {
  const outer = tables.filter((t) => !tables.some((o) => o !== t && o.start <= t.start && o.end >= t.end) && t.grid.length > 0);
  const blocks: FakeBlock[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const t = outer.find((x) => x.start === i && x.end > i);
    if (!t) {
      blocks.push(clerkParagraph(paragraphs[i], outlineLevel[i] ?? null));
      i++;
      continue;
    }
    const merged: GridSpan[] = [];
    t.grid.forEach((row, r) =>
      row.forEach((slot, c) => {
        if (slot.row !== r || slot.column !== c) return;
        let colSpan = 1;
        while (row[c + colSpan]?.row === r && row[c + colSpan]?.column === c) colSpan++;
        let rowSpan = 1;
        while (t.grid[r + rowSpan]?.[c]?.row === r && t.grid[r + rowSpan][c].column === c) rowSpan++;
        if (colSpan > 1 || rowSpan > 1) merged.push({ row: r, column: c, rowSpan, colSpan });
      }),
    );
    const width = t.grid[0].length;
    blocks.push({
      kind: 'table',
      rows: t.grid.map((row, r) => row.map((slot, c) => clerkParagraph(slot.row === r && slot.column === c ? slot.text : ''))),
      rowKinds: t.grid.map(() => 'data'),
      headerRows: 0,
      spans: [],
      merged,
      borders: true,
      widths: new Array(width).fill(Math.round((TEXT_WIDTH_PT / Math.max(width, 1)) * 10) / 10),
    });
    i = t.end;
  }
  return blocks;
}

export function blockText(b: FakeBlock): string {
  if (b.kind === 'paragraph') return paragraphText(b);
  if (b.kind === 'table') return b.rows.map((r) => r.map(paragraphText).join('\t')).join('\n');
  return b.children.map(blockText).join('\n');
}

/** Controls in document order, nested ones after their parent. */
export function allControls(blocks: FakeBlock[]): FakeControl[] {
  return blocks.flatMap((b) => (b.kind === 'control' ? [b, ...allControls(b.children)] : []));
}

/** Block-level positions from the body down to the block holding `target`; `inCell` when that block is a table. */
export interface Place {
  chain: Array<{ container: FakeBlock[]; index: number }>;
  inCell: boolean;
}

export function placeOf(blocks: FakeBlock[], target: FakeParagraph): Place | null {
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index];
    const here = { container: blocks, index };
    if (b === target) return { chain: [here], inCell: false };
    if (b.kind === 'table' && b.rows.some((r) => r.includes(target))) return { chain: [here], inCell: true };
    if (b.kind === 'control') {
      const inner = placeOf(b.children, target);
      if (inner) return { chain: [here, ...inner.chain], inCell: inner.inCell };
    }
  }
  return null;
}
