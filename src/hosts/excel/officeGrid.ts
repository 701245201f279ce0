// Cell values between Excel and the core: what Excel hands back for a used range (values, value types,
// position, merged areas) turned into a Grid, and a text as it must be written to stay that text.
// Pure: no Office.js calls here, so the conversion is tested on plain arrays.
import type { CellValue, Grid, MergedRegion } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import { asLiteral } from './port';

/**
 * One cell as Excel reports it. `valueTypes` is what tells an error from a text that merely reads "#N/A";
 * empty cells come back as "" and become null, as everywhere else in the core.
 */
export function cellFromExcel(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Rich values (linked data types, images in cells) have no place in a register: keep their display text.
  return String(value);
}

/** Rows of Excel values and value types into rows of CellValues. */
export function rowsFromExcel(values: unknown[][], valueTypes: string[][] | undefined): CellValue[][] {
  const out: CellValue[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const types = valueTypes?.[r];
    const cells: CellValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = cellFromExcel(row[c], types?.[c]);
    out[r] = cells;
  }
  return out;
}

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface SheetRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Splits a RangeAreas address ("Sheet1!A1:C1, 'Hộ, 2024'!B5") into rectangles. Sheet names may hold commas
 * or "!" only inside quotes, so the split walks the string instead of cutting at every comma.
 */
export function parseAreasAddress(address: string): SheetRect[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // A doubled quote inside a quoted name is a literal quote, not the end of the name.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if ((ch === ',' || ch === ';') && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const rects: SheetRect[] = [];
  for (const part of parts) {
    const ref = part.slice(part.lastIndexOf('!') + 1).trim();
    if (!ref) continue;
    const [from, to = from] = ref.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    rects.push({ top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) });
  }
  return rects;
}

/**
 * Merged areas relative to the grid, clipped to it. A merge whose top-left cell lies outside the values-only used
 * range holds no value (only the top-left cell can), so it tells the layout nothing and is dropped.
 */
export function mergesInGrid(rects: SheetRect[], originRow: number, originColumn: number, rows: number, columns: number): MergedRegion[] {
  const out: MergedRegion[] = [];
  for (const m of rects) {
    const top = m.top - originRow;
    const left = m.left - originColumn;
    if (top < 0 || left < 0 || top >= rows || left >= columns) continue;
    const bottom = Math.min(m.bottom - originRow, rows - 1);
    const right = Math.min(m.right - originColumn, columns - 1);
    if (bottom === top && right === left) continue;
    out.push({ top, left, bottom, right });
  }
  return out;
}

/** A sheet's grid from its used range; an empty sheet (no used range) is an empty grid at A1. */
export function gridFromUsedRange(
  sheet: string,
  used: { rowIndex: number; columnIndex: number; values: unknown[][]; valueTypes?: string[][] } | null,
  mergedAreas: SheetRect[],
): Grid {
  if (!used) return { sheet, originRow: 1, originColumn: 1, values: [], merges: [] };
  const values = rowsFromExcel(used.values, used.valueTypes);
  const originRow = used.rowIndex + 1;
  const originColumn = used.columnIndex + 1;
  const width = values[0]?.length ?? 0;
  return { sheet, originRow, originColumn, values, merges: mergesInGrid(mergedAreas, originRow, originColumn, values.length, width) };
}

/**
 * A text as it must be written for Excel to keep it as that text. In a cell formatted "@" everything typed is
 * text already, and an apostrophe there could end up in the text; elsewhere `asLiteral` adds the apostrophe that
 * stops Excel reading "=1+1", "0370…" or "1/2" as a formula, number or date.
 */
export function literalFor(value: string | number, numberFormat: string): string | number {
  if (typeof value === 'string' && numberFormat === '@') return value;
  return asLiteral(value);
}
