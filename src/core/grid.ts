/** An Excel error value such as #N/A or #REF!, kept apart from text. */
export interface ExcelError {
  readonly error: string;
}

/** One cell's value as Excel holds it: text, number, boolean, date, error, or empty (null). */
export type CellValue = string | number | boolean | Date | ExcelError | null;

/** A rectangular merged region, 0-based and inclusive, relative to the grid's top-left cell. */
export interface MergedRegion {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Which legacy Vietnamese font family a text cell is displayed in, when the source knows. */
export type LegacyFont = 'tcvn3' | 'tcvn3-upper' | 'vni';

/**
 * A sheet's values as a 2-D array (rows of cells), its name, the 1-based row and column of its top-left cell,
 * and its merged regions. Only a merged region's top-left cell carries the value, as in Excel's `range.values`.
 */
export interface Grid {
  sheet: string;
  /** 1-based row number of values[0]. */
  originRow: number;
  /** 1-based column number of values[r][0]. */
  originColumn: number;
  values: CellValue[][];
  merges: MergedRegion[];
  /** Sparse: cells whose font is a legacy TCVN3/VNI font, keyed by `${row},${col}` (0-based grid offsets). */
  legacyFonts?: Map<string, LegacyFont>;
  /** True when the sheet holds formulas (a hand-made summary sheet, for instance). */
  formulaCells?: number;
}

export function isExcelError(v: unknown): v is ExcelError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as ExcelError).error === 'string';
}

export function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters to number (1-based): A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Parses "C12" (with or without $) into a 1-based row and column. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** Value at a grid offset (0-based), null outside the grid. */
export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** Number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** Builds a grid from rows of values, for tests and callers that have plain arrays. */
export function gridOf(sheet: string, values: CellValue[][], merges: MergedRegion[] = [], originRow = 1, originColumn = 1): Grid {
  return { sheet, originRow, originColumn, values, merges };
}
