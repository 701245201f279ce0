// vi-VN numbers, rates, money and dates for report text: the one place that formats them.
import { percent } from '../summary/rates';

/** Whole numbers with "." thousands: 1412 → "1.412". */
export function viNumber(n: number): string {
  const s = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${s}` : s;
}

/** A count in an award sentence: a leading zero below 10 ("01 cá nhân", "03 tập thể"). */
export function awardCount(n: number): string {
  return n < 10 ? `0${n}` : viNumber(n);
}

/** A decimal with "," and fixed decimals: 2.2, 2 → "2,20". */
export function viDecimal(x: number, decimals: number): string {
  const [i, f] = x.toFixed(decimals).split('.');
  return f ? `${viNumber(Number(i))},${f}` : viNumber(Number(i));
}

/** Rounding of rates: half up, per rate; poverty to two decimals and Gia đình văn hóa to one by default. */
export interface RateDecimals {
  poverty: number;
  culturalFamily: number;
  learningFamily: number;
}
export const DEFAULT_DECIMALS: RateDecimals = { poverty: 2, culturalFamily: 1, learningFamily: 1 };

/** A rate with its count and base, formatted once so text, count and rate never disagree: "93,7%". */
export function viRate(count: number, base: number, decimals: number): string | null {
  const p = percent(count, base, decimals);
  return p === null ? null : `${viDecimal(p, decimals)}%`;
}

/** Money: "7,7 triệu đồng" from a million up (up to 3 decimals, trailing zeros dropped), else "500.000 đồng". */
export function viMoney(dong: number): string {
  if (Math.abs(dong) < 1_000_000) return `${viNumber(dong)} đồng`;
  const m = (dong / 1_000_000).toFixed(3).replace(/\.?0+$/, '');
  const [i, f] = m.split('.');
  return `${viNumber(Number(i))}${f ? `,${f}` : ''} triệu đồng`;
}

/** "ngày 15 tháng 12 năm 2023" (day and month below 10 with a leading zero in header dates: `padded`). */
export function viDate(d: { y: number; m: number; d: number }, padded = false): string {
  const p = (n: number) => (padded && n < 10 ? `0${n}` : String(n));
  return `ngày ${p(d.d)} tháng ${p(d.m)} năm ${d.y}`;
}

/** "15/12/2023". */
export function viShortDate(d: { y: number; m: number; d: number }): string {
  return `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
}
