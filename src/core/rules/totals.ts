// Subtotal and total rows: their figures are checked against the sums of the rows they close (total.mismatch).
import type { Grid } from '../grid';
import { a1 } from '../grid';
import type { BodyRow } from '../layout/detect';
import { countInText, moneyInText } from '../layout/rowText';
import { readNumber, readMoney } from '../values/numbers';
import { issueAt, type Issue } from './issue';

/** A figure a subtotal row may carry: its column (0-based offset), and how to compute it from the block's records. */
export interface SummedFigure<R> {
  field: string;
  c: number;
  money?: boolean;
  sum: (records: R[]) => number;
}

/** How many rows a subtotal's text says it closes ("Cộng (117 hộ)"), checked against the block's record count. */
const COUNT_FIELD = 'count';

/**
 * Walks the body: a subtotal closes the rows since the last block heading or subtotal (or, failing that match,
 * since the last minor heading); a total covers every row above it. Figures that differ are issues.
 */
export function checkTotals<R>(grid: Grid, body: BodyRow[], records: R[], figures: Array<SummedFigure<R>>, out: Issue[], count: (records: R[]) => number = (rs) => rs.length): void {
  let i = 0;
  let major: R[] = [];
  let minor: R[] = [];
  const all: R[] = [];
  for (const b of body) {
    if (b.type === 'data') {
      const rec = records[i++];
      major.push(rec);
      minor.push(rec);
      all.push(rec);
    } else if (b.type === 'section') {
      if (b.context.major) major = [];
      minor = [];
    } else {
      const candidates = b.type === 'total' ? [all] : [major, minor];
      checkRow(grid, b, candidates, figures, out, count);
      if (b.type === 'subtotal') {
        major = [];
        minor = [];
      }
    }
  }
}

function checkRow<R>(grid: Grid, b: Extract<BodyRow, { type: 'subtotal' | 'total' }>, blocks: R[][], figures: Array<SummedFigure<R>>, out: Issue[], count: (records: R[]) => number): void {
  const row = grid.values[b.r] ?? [];
  // `inText`: the figure was read from the row's label; a corrected number cannot replace the label.
  const written: Array<{ field: string; c: number; value: number; expected: (rs: R[]) => number; inText?: boolean }> = [];
  const counted = countInText(b.text);
  if (counted !== null) written.push({ field: COUNT_FIELD, c: b.c, value: counted, expected: count, inText: true });
  for (const f of figures) {
    const v = row[f.c];
    // "Tổng cộng: 25 lượt, 18.500.000 đồng": the money written in the total's text, when its own cell is empty.
    const inText = f.money && (v === null || v === undefined) ? moneyInText(b.text) : null;
    if (inText !== null) written.push({ field: f.field, c: b.c, value: inText, expected: f.sum, inText: true });
    if (v === null || v === undefined || f.c === b.c) continue;
    const read = f.money ? readMoney(v) : readNumber(v);
    if (read.kind === 'ok') written.push({ field: f.field, c: f.c, value: read.value, expected: f.sum });
  }
  if (!written.length) return;
  // The block is the one where the written figures agree best; report the figures that still differ.
  let best = blocks[0];
  let bestMismatches = Infinity;
  for (const block of blocks) {
    const m = written.filter((w) => w.expected(block) !== w.value).length;
    if (m < bestMismatches) {
      best = block;
      bestMismatches = m;
    }
  }
  for (const w of written) {
    const expected = w.expected(best);
    if (expected === w.value) continue;
    const at = { sheet: grid.sheet, row: b.r + grid.originRow, column: w.c + grid.originColumn };
    out.push(issueAt('total.mismatch', 'error', at, w.field, b.type === 'total' ? 'total.mismatch' : 'subtotal.mismatch', row[w.c] ?? null, { written: w.value, computed: expected, cell: a1(at.row, at.column) }, w.inText ? undefined : expected));
  }
}
