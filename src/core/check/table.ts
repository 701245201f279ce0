// The checks on a report's tables (report.table.sum, report.table.ratio): each table is read once into its layout
// (tableLayout.ts), then its totals and its rates are checked. One finding per cell: a total cell that disagrees
// with both its rows and its columns is reported once, for its rows.
import type { Finding, ReportTable } from './types';
import { readLayout } from './tableLayout';
import { checkTableSums } from './tableSum';
import { checkTableRatios } from './tableRatio';

export function checkTables(tables: readonly ReportTable[], paragraphs: string[]): Finding[] {
  const out: Finding[] = [];
  tables.forEach((t, i) => {
    if (t.grid.length < 2 || (t.grid[0]?.length ?? 0) < 2) return;
    const layout = readLayout(t, i + 1, paragraphs);
    const seen = new Set<string>();
    for (const f of [...checkTableSums(layout), ...checkTableRatios(layout)]) {
      const key = f.location ?? `${f.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  });
  return out;
}
