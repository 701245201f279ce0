// The checks on a report's tables (report.table.sum, report.table.ratio): each table is read once into its layout
// (tableLayout.ts), then its totals and its rates are checked. One finding per cell: a total cell that disagrees
// with both its rows and its columns is reported once, for its rows.
import type { Finding, ReportTable } from './types';
import { readLayout } from './tableLayout';
import { checkTableSums } from './tableSum';
import { checkTableRatios } from './tableRatio';

/** "row,column" of the cell whose first paragraph is `paragraph`. */
function cellOf(t: ReportTable, paragraph: number): string | null {
  for (const [r, row] of t.grid.entries()) {
    const c = row.findIndex((s) => s.paragraph === paragraph && s.row === r && s.column === row.indexOf(s));
    if (c >= 0) return `${r},${c}`;
  }
  return null;
}

export function checkTables(tables: readonly ReportTable[], paragraphs: string[]): Finding[] {
  const out: Finding[] = [];
  // Tables are numbered as a reader counts them: outermost tables in order (a nested table takes its outer's number).
  const outer = tables.filter((t) => !tables.some((o) => o !== t && o.start <= t.start && o.end >= t.end));
  tables.forEach((t) => {
    if (t.grid.length < 2 || (t.grid[0]?.length ?? 0) < 2) return;
    // A caption is looked for after the table before it, never among that table's cells.
    const floor = Math.max(0, ...tables.filter((o) => o !== t && o.end <= t.start).map((o) => o.end));
    const layout = readLayout(t, outer.filter((o) => o.start <= t.start).length, paragraphs, floor);
    const seen = new Set<string>();
    const sums = checkTableSums(layout);
    const wrong = new Set(sums.map((f) => cellOf(t, f.paragraph)).filter((x): x is string => x !== null));
    for (const f of [...sums, ...checkTableRatios(layout, wrong)]) {
      const key = f.location ?? `${f.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  });
  return out;
}
