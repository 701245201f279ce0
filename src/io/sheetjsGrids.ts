// A workbook as the SheetJS library reads it (.xls, .ods, HTML, SpreadsheetML 2003) → the core's Grids, typed as
// the .xlsx reader types them, so that nothing downstream can tell which file a grid came from.
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellValue, Grid, MergedRegion } from '../core/grid';
import { MAX_COLUMNS, MAX_ROWS } from './csv';
import { textCellValue } from './plainText';

/** Excel's error codes (BIFF), for an error cell read without its display text. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export interface GridOptions {
  /** A text format (HTML) read with `raw`: every cell is text, typed here as a CSV cell is. */
  textCells: boolean;
  /** The sheet name for a workbook of one sheet whose format has no sheet names (HTML): Excel uses the file's. */
  soleSheetName?: string;
}

/** One Grid per worksheet, in tab order; chart sheets and sheets the library could not read are left out. */
export function gridsOf(wb: WorkBook, options: GridOptions): Grid[] {
  const grids: Grid[] = [];
  for (const name of wb.SheetNames) {
    // Sheet names come from the file: never let one reach an inherited property ("__proto__", "constructor").
    if (!Object.prototype.hasOwnProperty.call(wb.Sheets, name)) continue;
    const ws: WorkSheet = wb.Sheets[name];
    const rows = ws['!data'];
    if (!Array.isArray(rows) || ws['!type'] === 'chart') continue;
    grids.push(gridOf(name, rows, ws['!merges'] ?? [], options));
  }
  if (grids.length === 1 && options.soleSheetName) grids[0].sheet = options.soleSheetName;
  return grids;
}

function gridOf(sheet: string, rows: CellObject[][], merges: WorkSheet['!merges'] & object, options: GridOptions): Grid {
  const values: CellValue[][] = [];
  let formulas = 0;
  // A crafted colspan or column index makes a sparse row as long as it says: read only up to Excel's limits.
  for (let r = 0; r < Math.min(rows.length, MAX_ROWS); r++) {
    const source = rows[r];
    const row: CellValue[] = [];
    if (Array.isArray(source)) {
      const width = Math.min(source.length, MAX_COLUMNS);
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        const v = cell ? cellValue(cell, options.textCells) : null;
        if (cell?.f) formulas++;
        row.push(v);
      }
      while (row.length > 0 && row[row.length - 1] === null) row.length--;
    }
    values.push(row);
  }
  // Only a merged region's top-left cell keeps its value, as in Excel's range.values and the .xlsx reader.
  for (const m of merges) {
    for (let r = Math.max(m.s.r, 0); r <= Math.min(m.e.r, values.length - 1); r++) {
      const row = values[r];
      for (let c = r === m.s.r ? m.s.c + 1 : Math.max(m.s.c, 0); c <= Math.min(m.e.c, row.length - 1); c++) row[c] = null;
      while (row.length > 0 && row[row.length - 1] === null) row.length--;
    }
  }
  while (values.length > 0 && values[values.length - 1].length === 0) values.length--;
  const regions = clipMerges(merges, values);
  const grid: Grid = { sheet, originRow: 1, originColumn: 1, values, merges: regions };
  if (formulas > 0) grid.formulaCells = formulas;
  return grid;
}

/** Merged regions cut to the cells the grid holds: a region past the last row or column covers nothing, and a crafted
 *  rowspan of a billion must not make the core walk a billion rows. */
function clipMerges(merges: NonNullable<WorkSheet['!merges']>, values: CellValue[][]): MergedRegion[] {
  const lastRow = values.length - 1;
  const lastColumn = values.reduce((w, row) => Math.max(w, row.length), 0) - 1;
  const out: MergedRegion[] = [];
  for (const m of merges.slice(0, MAX_ROWS)) {
    const top = Math.min(m.s.r, m.e.r);
    const left = Math.min(m.s.c, m.e.c);
    if (!(top >= 0 && left >= 0 && top <= lastRow && left <= lastColumn)) continue;
    const bottom = Math.min(Math.max(m.s.r, m.e.r), lastRow);
    const right = Math.min(Math.max(m.s.c, m.e.c), lastColumn);
    if (bottom > top || right > left) out.push({ top, left, bottom, right });
  }
  return out;
}

/** A SheetJS cell → CellValue; anything unrecognised becomes null so no library object reaches the core. */
function cellValue(cell: CellObject, textCells: boolean): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      if (typeof v !== 'string') return null;
      return textCells ? textCellValue(v) : v === '' ? null : v;
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 'd':
      // Read with UTC dates: a date cell is UTC midnight of its day, as the .xlsx reader gives it.
      return v instanceof Date && !Number.isNaN(v.getTime()) ? v : null;
    case 'e': {
      const shown = typeof cell.w === 'string' && cell.w.startsWith('#') ? cell.w : undefined;
      const error = shown ?? (typeof v === 'number' ? ERRORS[v] : undefined);
      return error ? { error } : null;
    }
    default:
      return null;
  }
}
