// What the Excel pane derives from its state without a host or React: the fixes on offer, an issue's key, and the
// snapshot with cells the pane itself wrote or put back (so a fix or an undo needs no new read of the workbook).
import type { HighlightGroup, WorkbookSnapshot } from '../../hosts/excel/port';
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

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The colour each issue cell takes: the worst severity among its issues, by "sheet!cell". */
export function worstByCell(issues: readonly PaneIssue[]): Map<string, PaneIssue['severity']> {
  const worst = new Map<string, PaneIssue['severity']>();
  for (const i of issues) {
    const k = `${i.sheet}!${i.cell}`;
    const w = worst.get(k);
    if (!w || RANK[i.severity] < RANK[w]) worst.set(k, i.severity);
  }
  return worst;
}

/** The cells to colour, one group per sheet and severity. */
export function highlightGroups(worst: ReadonlyMap<string, PaneIssue['severity']>): HighlightGroup[] {
  const groups = new Map<string, HighlightGroup>();
  for (const [k, severity] of worst) {
    const at = k.lastIndexOf('!');
    const sheet = k.slice(0, at);
    const g = groups.get(`${sheet}|${severity}`) ?? { sheet, severity, cells: [] };
    g.cells.push(k.slice(at + 1));
    groups.set(`${sheet}|${severity}`, g);
  }
  return [...groups.values()];
}

/** What a highlight coloured, as one string: equal when the same cells would take the same colours. */
export function highlightSignature(worst: ReadonlyMap<string, PaneIssue['severity']>): string {
  return [...worst].map(([k, s]) => `${k}=${s}`).sort().join('\n');
}
