// Numbers as clerks store them: Excel numbers, or text such as "4", " 4 ", "1.412", "500.000 đ", "1,5 triệu".
import type { CellValue } from '../grid';
import { isExcelError } from '../grid';
import { parseNumberText } from '../text/numbers';

/** The outcome of reading a value: read, empty, or present but unreadable. */
export type Read<T> = { kind: 'ok'; value: T } | { kind: 'empty' } | { kind: 'invalid' } | { kind: 'error'; error: string };

export const EMPTY: { kind: 'empty' } = { kind: 'empty' };
export const INVALID: { kind: 'invalid' } = { kind: 'invalid' };

/** Classifies the cell before a typed read: empty cells and Excel errors are the same for every type. */
export function preRead(v: CellValue): Read<never> | null {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'string' && v.trim() === '') return EMPTY;
  if (isExcelError(v)) return { kind: 'error', error: v.error };
  return null;
}

/**
 * A plain number from a cell: Excel numbers as they are; text with vi-VN or en-US grouping ("1.412", "1,412"),
 * a decimal comma ("2,5"), spaces and a trailing unit word ("4 người") is read too.
 */
export function readNumber(v: CellValue): Read<number> {
  const pre = preRead(v);
  if (pre) return pre;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'ok', value: v } : INVALID;
  if (typeof v !== 'string') return INVALID;
  const n = parseNumberText(v);
  return n === null ? INVALID : { kind: 'ok', value: n };
}

/** A whole number (household size, birth year) read from a number or text cell. */
export function readInteger(v: CellValue): Read<number> {
  const r = readNumber(v);
  if (r.kind !== 'ok') {
    if (r.kind === 'invalid' && typeof v === 'string') {
      // "4 người", "4 khẩu", "(4)": a number with a unit word around it is still the number.
      const m = /^\(?\s*(\d+)\s*\)?\s*[\p{L}\s.]*$/u.exec(v.trim());
      if (m) return { kind: 'ok', value: Number(m[1]) };
    }
    return r;
  }
  return r;
}

/** Money in đồng: 500000, "500.000", "500.000 đ", "1.440.000đ", "1,5 triệu", "7,7 triệu đồng". */
export function readMoney(v: CellValue): Read<number> {
  const pre = preRead(v);
  if (pre) return pre;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'ok', value: Math.round(v) } : INVALID;
  if (typeof v !== 'string') return INVALID;
  let s = v.trim().toLowerCase();
  let scale = 1;
  if (/tri[eệ]u/.test(s)) scale = 1_000_000;
  else if (/ngh[iì]n|ng[aà]n/.test(s)) scale = 1000;
  s = s.replace(/(tri[eệ]u|ngh[iì]n|ng[aà]n)?\s*(đồng|dong|vnđ|vnd|đ|d)?\.?$/u, '').replace(/(tri[eệ]u|ngh[iì]n|ng[aà]n)$/u, '').trim();
  if (s === '-' || s === '') return EMPTY;
  let n: number | null;
  if (scale > 1) {
    // "1,5 triệu": the comma is a decimal separator here.
    const m = /^(\d+)(?:[.,](\d+))?$/.exec(s);
    n = m ? Number(`${m[1]}.${m[2] ?? '0'}`) : null;
  } else {
    n = parseNumberText(s);
  }
  if (n === null) return INVALID;
  return { kind: 'ok', value: Math.round(n * scale) };
}
