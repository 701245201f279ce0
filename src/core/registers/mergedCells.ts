// Cells merged down a column (a village, a decision number or an authority written once for a group of rows):
// Excel keeps the value in the top cell only, but it belongs to every row of the merge.
import type { CellValue, Grid } from '../grid';

const MASTERS = new WeakMap<Grid, Map<number, number>>();
const key = (r: number, c: number) => r * 65536 + c;

function mastersOf(grid: Grid): Map<number, number> {
  let m = MASTERS.get(grid);
  if (!m) {
    m = new Map();
    // A merge reaching past the sheet's last row (a crafted rowspan of a million) is indexed as far as rows exist.
    const last = grid.values.length - 1;
    for (const g of grid.merges) {
      if (g.bottom <= g.top) continue;
      for (let r = g.top + 1, end = Math.min(g.bottom, last); r <= end; r++) m.set(key(r, g.left), g.top);
    }
    MASTERS.set(grid, m);
  }
  return m;
}

/** The value of a cell (0-based grid offsets), or, for a cell covered by a vertical merge, the merge's value. */
export function cellValue(grid: Grid, r: number, c: number): CellValue {
  const v = grid.values[r]?.[c];
  if (v !== undefined && v !== null) return v;
  if (!grid.merges.length) return null;
  const top = mastersOf(grid).get(key(r, c));
  return top === undefined ? null : grid.values[top]?.[c] ?? null;
}
