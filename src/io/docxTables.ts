/** Reads a Word document's tables (w:tbl) into grids for the report check, merged cells honoured: w:gridSpan
 *  (across), w:vMerge restart/continue (down), legacy w:hMerge, and w:gridBefore/w:gridAfter (rows that start late
 *  or end early). Each slot knows its merged cell's top-left slot and the index of that cell's first paragraph, in
 *  the numbering docxParagraphs.ts gives (every w:p start tag of the main part, in order, with text moved away and
 *  VML fallbacks skipped), so a finding can select the cell. Nested tables are tables of their own. Pure: the page
 *  outside Office and the Word pane (over a body's OOXML) read tables with this too. */
import type { ReportTable, TableSlot } from '../core/check/types';

const TAG = /<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)([^>]*?)(\/?)>/g;

interface RawCell {
  paragraphs: number[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
}

interface RawRow {
  before: number;
  after: number;
  cells: RawCell[];
}

interface Builder {
  start: number;
  rows: RawRow[];
}

const val = (attrs: string) => /\bw:val\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
const count = (attrs: string) => Math.max(0, Math.min(64, Number.parseInt(val(attrs) ?? '1', 10) || 0));

/** The tables of a main document part, outer tables before the tables nested in them, in document order.
 *  `paragraphs` are that part's paragraphs (paragraphsOfXml), for the cells' text. */
export function tablesOfXml(xml: string, paragraphs: readonly string[]): ReportTable[] {
  const done: ReportTable[] = [];
  const stack: Builder[] = [];
  let p = -1; // index of the last paragraph begun
  let skip = 0; // inside mc:Fallback or w:moveFrom (as the paragraph reader), or a tracked property change
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose] = m;
    if (name === 'mc:Fallback' || name === 'w:moveFrom' || name === 'w:tcPrChange' || name === 'w:trPrChange' || name === 'w:tblPrChange') {
      if (!selfClose) skip += close ? -1 : 1;
      continue;
    }
    if (skip) continue;
    const top = stack[stack.length - 1];
    const row = top?.rows[top.rows.length - 1];
    const cell = row?.cells[row.cells.length - 1];
    switch (name) {
      case 'w:p':
        if (close) break;
        p++;
        cell?.paragraphs.push(p);
        break;
      case 'w:tbl':
        if (selfClose) break;
        if (!close) stack.push({ start: p + 1, rows: [] });
        else {
          const b = stack.pop();
          if (b && slots(b) <= MAX_SLOTS) done.push(build(b, p + 1, paragraphs));
        }
        break;
      case 'w:tr':
        if (!close && top) top.rows.push({ before: 0, after: 0, cells: [] });
        break;
      case 'w:tc':
        if (!close && row) row.cells.push({ paragraphs: [], span: 1, vMerge: null, hMerge: null });
        break;
      case 'w:gridBefore':
        if (row && !close) row.before = count(attrs);
        break;
      case 'w:gridAfter':
        if (row && !close) row.after = count(attrs);
        break;
      case 'w:gridSpan':
        if (cell && !close) cell.span = Math.max(1, count(attrs));
        break;
      case 'w:vMerge':
      case 'w:hMerge':
        if (cell && !close) cell[name === 'w:vMerge' ? 'vMerge' : 'hMerge'] = val(attrs) === 'restart' ? 'restart' : 'continue';
        break;
    }
  }
  return done.sort((a, b) => a.start - b.start);
}

/** Tables larger than this (rows × columns) are left out: no report table is that large, a hostile file may be. */
const MAX_SLOTS = 200_000;

function slots(b: Builder): number {
  const width = Math.max(0, ...b.rows.map((r) => r.before + r.after + r.cells.reduce((a, c) => a + c.span, 0)));
  return width * b.rows.length;
}

function build(b: Builder, end: number, paragraphs: readonly string[]): ReportTable {
  const text = (ps: number[]) => ps.map((i) => paragraphs[i] ?? '').join('\n').trim();
  const grid: Array<Array<TableSlot | undefined>> = [];
  b.rows.forEach((row, r) => {
    const out: Array<TableSlot | undefined> = [];
    let col = row.before;
    for (const c of row.cells) {
      let slot: TableSlot = { text: text(c.paragraphs), paragraph: c.paragraphs[0] ?? -1, row: r, column: col };
      const above = grid[r - 1]?.[col];
      const left = out[col - 1];
      // A cell continuing a merge takes the merged cell's text and paragraph (its own paragraph is empty).
      if (c.vMerge === 'continue' && above) slot = { ...above };
      else if (c.hMerge === 'continue' && left) slot = { ...left };
      for (let k = 0; k < c.span; k++) out[col + k] = { ...slot };
      col += c.span;
    }
    grid.push(out);
  });
  const width = Math.max(0, ...grid.map((row, r) => row.length + b.rows[r].after));
  const full = grid.map((row, r) => Array.from({ length: width }, (_, c): TableSlot => row[c] ?? { text: '', paragraph: -1, row: r, column: c }));
  return { grid: full, start: b.start, end };
}
