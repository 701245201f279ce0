// vi-VN numbers: the one module that formats them (report text, CLI tables, messages, the panes) and the one that
// parses them (figures written in a report, number text typed into a cell). "1.412" groups thousands with dots,
// "93,7" has a decimal comma, "93,7%" a percentage, "7,7 triệu đồng" money. Pure string work.

/** Digits grouped by three with `separator`: "1412" → "1.412". */
function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `x` with fixed decimals, thousands grouped and the given marks; a sign only when the rounded value is not 0. */
function fixed(x: number, decimals: number, thousands: string, decimal: string): string {
  const [i, f] = Math.abs(x).toFixed(decimals).split('.');
  const body = f ? `${grouped(i, thousands)}${decimal}${f}` : grouped(i, thousands);
  return x < 0 && /[1-9]/.test(i + (f ?? '')) ? `-${body}` : body;
}

/** Whole numbers with "." thousands: 1412 → "1.412" (rounded half away from zero, as Math.round does for counts). */
export function viNumber(n: number): string {
  const r = Math.round(Math.abs(n));
  return n < 0 && r !== 0 ? `-${grouped(String(r), '.')}` : grouped(String(r), '.');
}

/** A decimal with "," and fixed decimals: 2.2, 2 → "2,20"; 1412.5, 1 → "1.412,5". */
export function viDecimal(x: number, decimals: number): string {
  return fixed(x, decimals, '.', ',');
}

/** A percentage already computed, with a decimal comma: 93.7, 1 → "93,7%"; null (no base) → "–". */
export function viPercent(p: number | null, decimals: number): string {
  return p === null ? '–' : `${viDecimal(p, decimals)}%`;
}

/** A count in an award sentence: a leading zero below 10 ("01 cá nhân", "03 tập thể"). */
export function awardCount(n: number): string {
  return n >= 0 && n < 10 ? `0${Math.round(n)}` : viNumber(n);
}

/** An amount in millions of đồng, up to 3 decimals, trailing zeros dropped: 7_700_000 → "7,7". */
export function viMillions(dong: number): string {
  return viDecimal(dong / 1_000_000, 3).replace(/,?0+$/, '');
}

/** Money: "7,7 triệu đồng" from a million up, else "500.000 đồng". */
export function viMoney(dong: number): string {
  return Math.abs(dong) < 1_000_000 ? `${viNumber(dong)} đồng` : `${viMillions(dong)} triệu đồng`;
}

/** A whole number in the pane's language: 200.000 in Vietnamese, 200,000 in English. */
export function localNumber(n: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? viNumber(n) : fixed(n, 0, ',', '.');
}

/**
 * A number quoted in a message as it was given: whole numbers from 10.000 up grouped (a year such as 1985 or a
 * row number stays as it is), decimals unrounded: 12.5 → "12,5" in Vietnamese, "12.5" in English.
 */
export function messageNumber(n: number, lang: 'vi' | 'en'): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) >= 10000 ? localNumber(n, lang) : String(n);
  return lang === 'vi' ? String(n).replace('.', ',') : String(n);
}

// ---- Parsing -------------------------------------------------------------------------------------------------

/** A vi-VN number as written in a text: "1.412" (thousands dots), "93,7" (decimal comma), "07". */
export const NUM = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;

export interface ViNumber {
  value: number;
  /** Digits written after the decimal comma: the precision the writer used. */
  decimals: number;
}

/** A number matched by NUM: "1.412" → 1412; "93,7" → 93.7 (1 decimal); "07" → 7. */
export function parseVi(s: string): ViNumber {
  const [int, frac = ''] = s.trim().split(',');
  return { value: Number(`${int.replace(/\./g, '')}${frac ? `.${frac}` : ''}`), decimals: frac.length };
}

const NUMBER_TEXT = /^([+-]?)\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:([.,])(\d+))?$/;

/**
 * Number text typed into a cell, in vi-VN or en-US style ("1.412", "1,412", "2,5", "-3"); null when it is not a
 * number. A lone group of three after a mark ("1.412", "1,412") is read as thousands, as clerks write counts.
 */
export function parseNumberText(text: string): number | null {
  const s = text.trim().replace(/\u00a0/g, ' ');
  const m = NUMBER_TEXT.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  // The regex takes "1.412" as one grouped integer (vi-VN thousands); only what follows it is a decimal part.
  const digits = m[2].replace(/[.,\s]/g, '');
  const value = Number(m[4] ? `${digits}.${m[4]}` : digits);
  return Number.isFinite(value) ? sign * value : null;
}
