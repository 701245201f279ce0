// Dates as clerks store them: real date cells, "15/12/2023", "15-12-2023", "ngày 15 tháng 12 năm 2023".
import type { CellValue } from '../grid';
import { fold } from '../text/normalize';
import { preRead, type Read, INVALID } from './numbers';

/** A calendar date without time or zone. */
export interface DayDate {
  y: number;
  m: number;
  d: number;
}

/** A date read from a cell: a real date, or text naming a day that does not exist (kept to explain the issue). */
export type DateRead = Read<DayDate> | { kind: 'impossible'; text: string };

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** The date as an ISO string "2023-12-20". */
export function isoDate(d: DayDate): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: DayDate, b: DayDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Excel serial day number (1900 system) to a calendar date. */
export function fromExcelSerial(serial: number): DayDate {
  const ms = Math.round((serial - 25569) * 86400000);
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function fromJsDate(v: Date): DayDate {
  // Date cells arrive as UTC midnight from exceljs; a few hours' drift from other sources is rounded to the day.
  const t = new Date(v.getTime() + 12 * 3600000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function check(y: number, m: number, d: number, text: string): DateRead {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1900 || y > 2200) return { kind: 'impossible', text };
  return { kind: 'ok', value: { y, m, d } };
}

/**
 * Reads a date from text. Day-first order (dd/mm/yyyy) is the Vietnamese norm; month-first is accepted only when
 * the day is above 12, which makes it unambiguous.
 */
export function parseDateText(text: string): DateRead {
  const t = text.trim();
  let m = /^(?:ng[aà]y\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/iu.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (b > 12 && a <= 12) return check(y, a, b, t);
    return check(y, b, a, t);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return check(Number(m[1]), Number(m[2]), Number(m[3]), t);
  const f = fold(t);
  m = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/.exec(f);
  if (m) return check(Number(m[3]), Number(m[2]), Number(m[1]), t);
  return INVALID;
}

/** A date from a date cell, an Excel serial number, or text. */
export function readDate(v: CellValue): DateRead {
  const pre = preRead(v);
  if (pre) return pre;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID : { kind: 'ok', value: fromJsDate(v) };
  if (typeof v === 'number') return v > 20000 && v < 80000 ? { kind: 'ok', value: fromExcelSerial(v) } : INVALID;
  if (typeof v === 'string') return parseDateText(v);
  return INVALID;
}
