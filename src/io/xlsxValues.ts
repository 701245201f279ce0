// Cell values as exceljs gives them (both readers) → the core's CellValue: no exceljs object ever reaches the core.
import type { CellValue, LegacyFont } from '../core/grid';

/** The parts of an exceljs cell these readers look at. */
export interface ExcelJsCellLike { value: unknown; style?: { font?: { name?: string }; numFmt?: string } }

/** A formula's cached result; the streaming reader leaves date results as serial numbers. */
export function formulaResult(result: unknown, numFmt: string | undefined, date1904: boolean): CellValue {
  // Same test as exceljs: date letters outside quoted text and [..] sections make a date format.
  const isDate = numFmt !== undefined && /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
  if (typeof result !== 'number' || !isDate) return plain(result);
  return new Date(Math.round((result - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

/** Converts a non-formula exceljs value; anything unrecognised becomes null so no exceljs object leaks. */
export function plain(v: unknown): CellValue {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'object' || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const runs = prop(v, 'richText');
  if (Array.isArray(runs)) return plain(runs.map((run) => prop(run, 'text') ?? '').join(''));
  if ('error' in v) return { error: String(v.error) };
  // A hyperlink {text, hyperlink}; its text may itself be rich text.
  if ('text' in v) return plain(v.text);
  return null;
}

/** Legacy Vietnamese font of a text cell, from the cell's font: the streaming reader loses rich-text run fonts
 *  (it drops rFont's val), and a cell typed in a legacy font normally carries that font on the cell as well. */
export function legacyFont(cell: ExcelJsCellLike): LegacyFont | null {
  const n = cell.style?.font?.name?.trim() ?? '';
  // TCVN3 ships each face twice: ".VnTime" (mixed case) and ".VnTimeH" (capitals only, other code points).
  return /^\.Vn/i.test(n) ? (n.endsWith('H') ? 'tcvn3-upper' : 'tcvn3') : /^VNI[- ]/i.test(n) ? 'vni' : null;
}

export function prop(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
}
