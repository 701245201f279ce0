/// <reference types="office-js" />
// Queues a section's paragraphs and tables at the end of a content control with Word API calls: nothing here syncs,
// so a whole report (a 500-row table included) goes to Word in the caller's one write batch. Text is only ever
// given to insertParagraph, insertText and insertTable's values: Word takes it literally ("<b>", "=SUM()" and
// "{ PAGE }" stay text), where insertHtml, insertOoxml or fields would interpret it.
import type { Align } from '../../core/report/model';
import type { LaidBlock, LaidParagraph } from './sectionLayout';
import { columnPoints, gridValues, type GridSpan, type TableGrid } from './tableGrid';
import { BLACK, CELL_LOOK, FONT, TEXT_WIDTH_PT, type ParagraphLook } from './wordFormat';

export interface RenderOptions {
  /** Merge header and group spans (Table.mergeCells, WordApi 1.4 / WordApiDesktop 1.1). */
  mergeCells: boolean;
}

type WordAlignment = 'Left' | 'Centered' | 'Right' | 'Justified';
const ALIGNMENT: Record<Align, WordAlignment> = { left: 'Left', center: 'Centered', right: 'Right', justify: 'Justified' };

/** Every font property, on every range written: a run inserted next to the clerk's text must not inherit it. */
function setFont(font: Word.Font, size: number, bold: boolean, italic: boolean): void {
  font.name = FONT;
  font.size = size;
  font.color = BLACK;
  font.bold = bold;
  font.italic = italic;
}

/** Paragraph formatting. The style comes first: applying a style resets direct formatting set before it. */
function setParagraph(p: Word.Paragraph, look: ParagraphLook): void {
  p.styleBuiltIn = look.style;
  p.alignment = ALIGNMENT[look.alignment];
  p.firstLineIndent = look.firstLineIndent;
  p.leftIndent = 0;
  p.rightIndent = 0;
  p.spaceBefore = look.spaceBefore;
  p.spaceAfter = look.spaceAfter;
  p.lineSpacing = look.lineSpacing;
}

function queueParagraph(cc: Word.ContentControl, lp: LaidParagraph): void {
  const first = lp.runs[0];
  const uniform = lp.runs.every((r) => !!r.bold === !!first?.bold && !!r.italic === !!first?.italic);
  if (uniform) {
    // The common case: one insert, one font for the whole paragraph.
    const p = cc.insertParagraph(lp.runs.map((r) => r.text).join(''), 'End');
    setParagraph(p, lp.look);
    setFont(p.font, lp.look.size, !!first?.bold, !!first?.italic);
    return;
  }
  const p = cc.insertParagraph('', 'End');
  setParagraph(p, lp.look);
  setFont(p.font, lp.look.size, false, false);
  for (const run of lp.runs) setFont(p.insertText(run.text, 'End').font, lp.look.size, !!run.bold, !!run.italic);
}

const BORDERS = ['Top', 'Bottom', 'Left', 'Right', 'InsideHorizontal', 'InsideVertical'] as const;

/** Merges from the rightmost span leftwards (bottom rows first within a column): a merge renumbers only the cells
 *  to its right in its rows, so every span still to merge keeps the indexes of the unmerged grid. */
function mergeOrder(spans: GridSpan[]): GridSpan[] {
  return [...spans].sort((a, b) => b.column - a.column || b.row - a.row);
}

function queueTable(cc: Word.ContentControl, grid: TableGrid, options: RenderOptions): void {
  const t = cc.insertTable(grid.rows.length, grid.columnCount, 'End', gridValues(grid));
  t.styleBuiltIn = 'TableGrid';
  // Cell paragraphs: No Spacing has no indent or spacing, and is not based on the clerk's Normal style.
  t.getRange('Whole').styleBuiltIn = CELL_LOOK.style;
  // Header rows repeat on every page the table runs onto.
  t.headerRowCount = grid.headerRows;
  setFont(t.font, CELL_LOOK.size, false, false);
  t.horizontalAlignment = 'Left';
  t.verticalAlignment = 'Center';
  for (const side of BORDERS) {
    const border = t.getBorder(side);
    border.type = 'Single';
    border.width = 0.5;
    border.color = BLACK;
  }
  // Setting a cell's column width sets its column (the grid is uniform until merged).
  columnPoints(grid.widths, grid.columnCount, TEXT_WIDTH_PT).forEach((w, c) => {
    t.getCell(0, c).columnWidth = w;
  });
  grid.rows.forEach((row, r) => {
    const origins = row.cells.map((cell, c) => ({ cell, c })).filter(({ cell }) => cell.origin);
    const rowBold = row.kind !== 'data';
    const aligns = new Set(origins.map(({ cell }) => cell.align));
    const rowAlign = aligns.size === 1 ? [...aligns][0] : 'left';
    // Row-level settings where a whole row shares them (header, group and total rows): fewer requests per row.
    if (rowBold || rowAlign !== 'left') {
      const tableRow = t.getCell(r, 0).parentRow;
      if (rowBold) tableRow.font.bold = true;
      if (rowAlign !== 'left') tableRow.horizontalAlignment = ALIGNMENT[rowAlign];
    }
    for (const { cell, c } of origins) {
      const needsAlign = cell.align !== rowAlign;
      const needsEmphasis = (cell.bold && !rowBold) || cell.italic;
      if (!needsAlign && !needsEmphasis && !cell.mixed) continue;
      const tc = t.getCell(r, c);
      if (needsAlign) tc.horizontalAlignment = ALIGNMENT[cell.align];
      if (cell.mixed) {
        // Emphasis changing inside the cell: its value was left empty and the runs go in one by one.
        // The font is only written, never read: no load is needed (the rule cannot tell writes from reads here).
        // eslint-disable-next-line office-addins/load-object-before-read
        for (const run of cell.runs) setFont(tc.body.insertText(run.text, 'End').font, CELL_LOOK.size, rowBold || !!run.bold, !!run.italic);
      } else if (needsEmphasis) {
        if (cell.bold && !rowBold) tc.body.font.bold = true;
        if (cell.italic) tc.body.font.italic = true;
      }
    }
  });
  if (options.mergeCells) {
    for (const s of mergeOrder(grid.spans)) t.mergeCells(s.row, s.column, s.row + s.rowSpan - 1, s.column + s.colSpan - 1);
  }
}

/** Queues the blocks at the end of `cc`, in order. */
export function queueBlocks(cc: Word.ContentControl, blocks: LaidBlock[], options: RenderOptions): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') queueParagraph(cc, b);
    else queueTable(cc, b.grid, options);
  }
}
