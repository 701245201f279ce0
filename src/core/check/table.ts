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
    const c = row.findIndex((s, c) => s.paragraph === paragraph && s.row === r && s.column === c);
    if (c >= 0) return `${r},${c}`;
  }
  return null;
}

/**
 * Tables that are one table cut in two (a page break, a table continued below with or without its header again):
 * the same width, nothing but empty paragraphs between, and the second without a header of its own (its first row
 * has figures, or repeats the first table's header) — read as one, so a total at the end sums both parts.
 */
function joinContinued(tables: readonly ReportTable[], paragraphs: string[]): ReportTable[] {
  const out: ReportTable[] = [];
  for (const t of [...tables].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    const width = (x: ReportTable) => x.grid[0]?.length ?? 0;
    const between = prev ? paragraphs.slice(prev.end, t.start) : [];
    const first = t.grid[0]?.map((s) => s.text.trim()) ?? [];
    const continues =
      prev && t.start >= prev.end && t.start - prev.end <= 3 && between.every((p) => p.trim() === '') && width(prev) === width(t) && width(t) > 1 &&
      (prev.grid.some((row) => row.map((s) => s.text.trim()).join('|') === first.join('|')) || first.some((x) => /^[\d.,]+%?$/u.test(x) && !/^\d{1,2}$/u.test(x)));
    if (!continues) {
      out.push(t);
      continue;
    }
    const shift = prev.grid.length;
    out[out.length - 1] = { grid: [...prev.grid, ...t.grid.map((row) => row.map((s) => ({ ...s, row: s.row + shift })))], start: prev.start, end: t.end };
  }
  return out;
}

export function checkTables(given: readonly ReportTable[], paragraphs: string[]): Finding[] {
  const out: Finding[] = [];
  const tables = joinContinued(given, paragraphs);
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
