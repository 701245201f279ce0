// What the Excel pane derives from its state without a host or React: the fixes on offer, an issue's key, and the
// snapshot with cells the pane itself wrote or put back (so a fix or an undo needs no new read of the workbook).
import type { WorkbookSnapshot } from '../../hosts/excel/port';
import { parseA1, type CellValue } from '../../core/grid';
import type { PaneAnalysis, PaneIssue } from './paneAnalysis';

/** A fix the clerk can apply: a safe suggestion on a cell of a sheet that is not protected. */
export function fixableIssues(a: PaneAnalysis | null, snapshot: WorkbookSnapshot | null): PaneIssue[] {
  if (!a) return [];
  const locked = new Set(snapshot?.sheets.filter((s) => s.protected).map((s) => s.grid.sheet));
  return a.registers.flatMap((r) => r.issues).filter((i) => i.safeFix && i.suggestion !== undefined && !locked.has(i.sheet));
}

/** The snapshot with these cells set (what the pane itself wrote or put back); cells outside a sheet's grid are left. */
export function withCells(snapshot: WorkbookSnapshot, cells: Array<{ sheet: string; cell: string; value: CellValue }>): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((info) => {
    const mine = cells.filter((c) => c.sheet === info.grid.sheet);
    if (!mine.length) return info;
    const values = info.grid.values.map((row) => [...row]);
    for (const c of mine) {
      const p = parseA1(c.cell);
      if (!p) continue;
      const r = p.row - info.grid.originRow;
      const col = p.column - info.grid.originColumn;
      if (r < 0 || col < 0 || r >= values.length) continue;
      const row = values[r];
      while (row.length <= col) row.push(null);
      row[col] = c.value;
    }
    return { ...info, grid: { ...info.grid, values } };
  });
  return { ...snapshot, sheets };
}

export const issueKey = (i: { sheet: string; cell: string; code: string }) => `${i.sheet}!${i.cell}|${i.code}`;
