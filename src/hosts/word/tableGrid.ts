// A report table laid out on Word's terms: a rectangular grid of cells (WordApi 1.3 inserts tables from a
// rectangle of strings and cannot merge cells), each cell with its alignment and emphasis, plus the spans the
// model asked for, which the adapter merges only where the host can (see officeWordRender.ts).
import type { Align, Block, Run, TableCell } from '../../core/report/model';
import { literal } from './wordFormat';

export type TableBlock = Extract<Block, { type: 'table' }>;
export type GridRowKind = 'header' | 'data' | 'group' | 'total';

export interface GridCell {
  /** The cell's text as inserted ('' for cells a span covers). */
  text: string;
  /** The runs, for cells whose emphasis changes inside the cell (`mixed`). */
  runs: Run[];
  align: Align;
  bold: boolean;
  italic: boolean;
  /** Runs of different emphasis in one cell: written run by run rather than as the cell's value. */
  mixed: boolean;
  /** False for the cells a span covers: they stay empty. */
  origin: boolean;
}

export interface GridRow {
  kind: GridRowKind;
  cells: GridCell[];
}

/** A model cell spanning more than one grid cell, 0-based. */
export interface GridSpan {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableGrid {
  columnCount: number;
  rows: GridRow[];
  headerRows: number;
  spans: GridSpan[];
  /** Relative column widths from the model. */
  widths: number[];
}

const blank = (align: Align): GridCell => ({ text: '', runs: [], align, bold: false, italic: false, mixed: false, origin: false });

function cellOf(c: TableCell, align: Align, rowBold: boolean): GridCell {
  const runs = c.runs.map((r) => ({ ...r, text: literal(r.text) })).filter((r) => r.text !== '');
  const bold = rowBold || (runs.length > 0 && runs.every((r) => r.bold));
  const italic = runs.length > 0 && runs.every((r) => r.italic);
  const mixed = runs.some((r) => (rowBold || !!r.bold) !== bold || !!r.italic !== italic);
  return { text: runs.map((r) => r.text).join(''), runs, align, bold, italic, mixed, origin: true };
}

/** Lays the model table out as a full grid: header rows first, each model cell at the first grid column its row
 *  leaves free (columns still covered by a rowSpan above are skipped), group rows across the whole width. */
export function tableGrid(t: TableBlock): TableGrid {
  const columnCount = Math.max(t.columns.length, 1);
  const colAlign = (c: number): Align => t.columns[c]?.align ?? 'left';
  const model: Array<{ kind: GridRowKind; cells: TableCell[] }> = [
    ...t.header.map((cells) => ({ kind: 'header' as const, cells })),
    ...t.rows.map((r) => ({ kind: r.kind, cells: r.cells })),
  ];
  const covered: number[] = new Array(columnCount).fill(0);
  const spans: GridSpan[] = [];
  const rows = model.map(({ kind, cells }, r): GridRow => {
    const out: GridCell[] = Array.from({ length: columnCount }, (_, c) => blank(kind === 'header' ? 'center' : colAlign(c)));
    const rowBold = kind !== 'data';
    if (kind === 'group') {
      // One label across the table, whatever span the model gave it (as the .docx renderer does).
      const first = cells[0] ?? { runs: [] };
      out[0] = cellOf(first, first.align ?? 'left', true);
      if (columnCount > 1) spans.push({ row: r, column: 0, rowSpan: 1, colSpan: columnCount });
    } else {
      let col = 0;
      for (const c of cells) {
        while (col < columnCount && covered[col] > 0) col++;
        if (col >= columnCount) break;
        const colSpan = Math.min(Math.max(c.colSpan ?? 1, 1), columnCount - col);
        const rowSpan = Math.min(Math.max(c.rowSpan ?? 1, 1), model.length - r);
        const align = c.align ?? (kind === 'header' ? 'center' : colAlign(col));
        out[col] = cellOf(c, align, rowBold);
        for (let k = col + 1; k < col + colSpan; k++) out[k] = blank(align);
        if (colSpan > 1 || rowSpan > 1) spans.push({ row: r, column: col, rowSpan, colSpan });
        for (let k = col; k < col + colSpan; k++) covered[k] = Math.max(covered[k], rowSpan);
        col += colSpan;
      }
    }
    // Cells still covered from rows above (and the ones just placed) count one row down.
    for (let k = 0; k < columnCount; k++) covered[k] = Math.max(covered[k] - 1, 0);
    return { kind, cells: out };
  });
  return { columnCount, rows, headerRows: t.header.length, spans, widths: t.columns.map((c) => c.width) };
}

/** The strings insertTable is given: mixed cells are left empty there and written run by run afterwards. */
export function gridValues(g: TableGrid): string[][] {
  return g.rows.map((r) => r.cells.map((c) => (c.mixed ? '' : c.text)));
}

/** Column widths in points: the model's relative widths scaled to `total` (equal shares when none are usable). */
export function columnPoints(widths: number[], columnCount: number, total: number): number[] {
  const rel = Array.from({ length: columnCount }, (_, i) => Math.max(widths[i] ?? 0, 0));
  const sum = rel.reduce((s, w) => s + w, 0);
  const shares = sum > 0 ? rel.map((w) => w / sum) : rel.map(() => 1 / columnCount);
  return shares.map((s) => Math.round(s * total * 10) / 10);
}
