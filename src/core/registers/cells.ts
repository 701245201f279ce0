// Reading one row's mapped cells: where each field sits, its raw value, its text with repairs reported as issues.
import type { CellValue, Grid } from '../grid';
import { isExcelError } from '../grid';
import { issueAt, type CellRef, type Issue, type Severity } from '../rules/issue';
import { readableText, textRepair } from '../text/repairs';
import { memoByText } from '../text/memo';
import type { Read } from '../values/numbers';
import { cellValue } from './mergedCells';

/** The repair a text needs, remembered for texts that repeat. */
export const repairOf = memoByText((text: string) => textRepair(text), 8192);

/** Where a register's fields are in one grid, and where issues go. */
export interface RowReader {
  grid: Grid;
  /** field → 0-based grid column offset. */
  offsets: Map<string, number>;
  issues: Issue[];
}

export function makeReader(grid: Grid, columns: Record<string, number>, issues: Issue[]): RowReader {
  const offsets = new Map<string, number>();
  for (const [f, c] of Object.entries(columns)) offsets.set(f, c - grid.originColumn);
  return { grid, offsets, issues };
}

export function has(rd: RowReader, field: string): boolean {
  return rd.offsets.has(field);
}

/** The sheet cell of a field in grid row r. */
export function refOf(rd: RowReader, r: number, field: string): CellRef {
  return { sheet: rd.grid.sheet, row: r + rd.grid.originRow, column: (rd.offsets.get(field) ?? 0) + rd.grid.originColumn };
}

export function rawOf(rd: RowReader, r: number, field: string): CellValue {
  const c = rd.offsets.get(field);
  return c === undefined ? null : cellValue(rd.grid, r, c);
}

/**
 * A text field's value, trimmed, with its legacy-encoding, Unicode or spacing problem reported once. Numbers are
 * returned as text; Excel errors are reported and give null.
 */
export function textOf(rd: RowReader, r: number, field: string, spacesSeverity: Severity = 'warning', checkSpaces = true): string | null {
  const v = rawOf(rd, r, field);
  if (v === null) return null;
  if (isExcelError(v)) {
    rd.issues.push(issueAt('value.error', 'error', refOf(rd, r, field), field, 'value.excelError', v, { error: v.error }));
    return null;
  }
  if (typeof v !== 'string') return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (v.trim() === '') return null;
  const c = rd.offsets.get(field) ?? 0;
  const font = rd.grid.legacyFonts?.get(`${r},${c}`);
  const repair = font ? textRepair(v, font) : repairOf(v);
  if (repair && (repair.code !== 'text.whitespace' || checkSpaces)) {
    const severity = repair.code === 'text.whitespace' ? spacesSeverity : 'warning';
    rd.issues.push(issueAt(repair.code, severity, refOf(rd, r, field), field, repair.code, v, {}, repair.fixed, true));
  }
  return readableText(v, repair).trim();
}

/**
 * Turns a typed read into a value, reporting what could not be read: Excel errors (value.error), unreadable values
 * (value.type), and empty cells of required fields (value.required).
 */
export function valueOf<T>(rd: RowReader, r: number, field: string, read: Read<T>, required: boolean, typeKey = `${field}.type`): T | null {
  switch (read.kind) {
    case 'ok':
      return read.value;
    case 'empty':
      if (required) rd.issues.push(issueAt('value.required', 'error', refOf(rd, r, field), field, 'value.required', null, { field }));
      return null;
    case 'error':
      rd.issues.push(issueAt('value.error', 'error', refOf(rd, r, field), field, 'value.excelError', rawOf(rd, r, field), { error: read.error }));
      return null;
    default:
      rd.issues.push(issueAt('value.type', 'error', refOf(rd, r, field), field, typeKey, rawOf(rd, r, field), { value: String(rawOf(rd, r, field)) }));
      return null;
  }
}
