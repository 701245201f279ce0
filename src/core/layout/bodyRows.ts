// How a row under the header reads: its texts, its figures, whether it heads a block (a village, a poverty class, an
// awards level or kind), repeats the header, or carries a numbering cell. Pure helpers of the body walk in detect.ts.
import type { Grid, CellValue } from '../grid';
import { isEmpty, isExcelError } from '../grid';
import type { RegisterKind } from './header';
import { awardsHeading, hasNumbering, povertyHeading, villageFromHeading, type SectionContext } from './rowText';
import { cleanSpaces, nfc } from '../text/normalize';

/** The row's text cells, cleaned; only the first `limit` of them (data rows need no more to be told apart). */
export function rowTexts(row: CellValue[] | undefined, limit = Infinity): Array<{ c: number; text: string }> {
  const out: Array<{ c: number; text: string }> = [];
  if (!row) return out;
  for (let c = 0; c < row.length && out.length < limit; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.trim() !== '') out.push({ c, text: cleanSpaces(nfc(v)) });
  }
  return out;
}

export function nonEmptyCount(row: CellValue[] | undefined): number {
  let n = 0;
  if (row) for (const v of row) if (!isEmpty(v)) n++;
  return n;
}

export function hasFigure(row: CellValue[], columns: number[]): boolean {
  return columns.some((c) => {
    const v = row[c];
    return typeof v === 'number' || v instanceof Date || isExcelError(v);
  });
}

/** The widest horizontal merge starting in each row, in columns: indexed once, read for every candidate heading. */
export function mergeSpans(grid: Grid): Map<number, number> {
  const spans = new Map<number, number>();
  for (const m of grid.merges) {
    const span = m.right - m.left + 1;
    if (span > (spans.get(m.top) ?? 0)) spans.set(m.top, span);
  }
  return spans;
}

export const IDENTITY_FIELDS: Record<RegisterKind, string[]> = {
  households: ['householdId', 'cccd', 'gender', 'phone'],
  persons: ['householdId', 'cccd', 'gender', 'phone', 'relation'],
  awards: ['form', 'authority', 'decisionNo', 'decision', 'recipientKind', 'position'],
};

/**
 * What a few-cell row heads, if anything. `number` is a separate numbering cell ("1", "II"): a plain Arabic number
 * there is also how a household's STT looks, so a village heading then needs its "Thôn"/"Xóm" word.
 */
export function classifySection(kind: RegisterKind, text: string, number: string | null, spansWide: boolean): SectionContext | null {
  const romanOrLetter = number !== null && /^([IVXLCDM]+|[A-ZĐ])[.)]?$/u.test(number);
  const heading = number !== null ? `${number.replace(/[.)]$/, '')}. ${text}` : text;
  if (kind !== 'awards') {
    const poverty = povertyHeading(heading);
    if (poverty) return { poverty, major: true };
    const numbered = number === null ? hasNumbering(text) : romanOrLetter;
    const village = villageFromHeading(heading, !(numbered || spansWide));
    return village ? { village, major: true } : null;
  }
  const ctx = awardsHeading(heading);
  if (ctx) return ctx;
  return number === null && (hasNumbering(text) || spansWide) ? { major: false } : null;
}

/** A row whose texts are the header's own words (most of its cells): the header printed again, not a household. */
export function repeatsHeader(row: CellValue[], headerWords: Set<string>): boolean {
  let texts = 0;
  let same = 0;
  for (const v of row) {
    if (isEmpty(v)) continue;
    texts++;
    if (typeof v === 'string' && headerWords.has(cleanSpaces(nfc(v)))) same++;
  }
  return same >= 3 && same * 5 >= texts * 3;
}

/** The short numbering cell before a heading ("1", 2, "II", "A."), when a two-cell row has one. */
export function numberingCell(row: CellValue[], texts: Array<{ c: number; text: string }>): { c: number; text: string } | null {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isEmpty(v)) continue;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1000) return { c, text: String(v) };
    if (typeof v === 'string' && texts.length === 2 && texts[0].c === c && /^(\d{1,3}|[IVXLCDM]+|[A-ZĐ])[.)]?$/u.test(v.trim())) return { c, text: v.trim() };
    return null;
  }
  return null;
}

