// Rates and dates for report text. Numbers, percentages and money are formatted by core/text/numbers.
import { percent } from '../summary/rates';
import { viDecimal } from '../text/numbers';

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

/** "ngày 15 tháng 12 năm 2023" (day and month below 10 with a leading zero in header dates: `padded`). */
export function viDate(d: { y: number; m: number; d: number }, padded = false): string {
  const p = (n: number) => (padded && n < 10 ? `0${n}` : String(n));
  return `ngày ${p(d.d)} tháng ${p(d.m)} năm ${d.y}`;
}

/** "15/12/2023". */
export function viShortDate(d: { y: number; m: number; d: number }): string {
  return `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
}
