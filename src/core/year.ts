// The report year when no profile gives it: from title rows, then decision dates, then the file's own dates.
import { fold } from './text/normalize';

/** Years named in titles ("DANH SÁCH HỘ GIA ĐÌNH NĂM 2023", "TỔNG HỢP KHEN THƯỞNG NĂM 2023"). */
export function yearsInTitles(titles: string[]): number[] {
  const out: number[] = [];
  for (const t of titles) {
    for (const m of fold(t).matchAll(/\bnam (\d{4})\b/g)) {
      const y = Number(m[1]);
      if (y >= 1990 && y <= 2100) out.push(y);
    }
  }
  return out;
}

/**
 * The report years that dated lines point to: "An Hòa, ngày 25 tháng 12 năm 2024" under a table, "(Kèm theo Tờ trình
 * số 45/TTr-UBND ngày 10/12/2024)" over it. A date early in a year signs the report of the year before.
 */
export function yearsOfDatedLines(lines: string[]): number[] {
  const out: number[] = [];
  for (const t of lines) {
    const f = fold(t);
    for (const m of f.matchAll(/\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b|\bngay (\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})\b/g)) {
      const [d, mo, y] = (m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]).map(Number);
      if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      out.push(reportYearOf(new Date(Date.UTC(y, mo - 1, d))));
    }
  }
  return out;
}

/** Years sheets are named after ("Năm 2024", "KT 2024", "DS hộ 2023"). */
export function yearsInSheetNames(names: string[]): number[] {
  return names.flatMap((n) => {
    const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(n);
    const y = m ? Number(m[1]) : NaN;
    return y >= 1990 && y <= 2100 ? [y] : [];
  });
}

/** The most frequent value (the latest on a tie), or null for none. */
export function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== null && v > best)) [best, bestCount] = [v, c];
  return best;
}

/** A yearly report is written in the first months of the next year: a date in January–March points to the year before. */
export function reportYearOf(date: Date): number {
  return date.getUTCMonth() < 3 ? date.getUTCFullYear() - 1 : date.getUTCFullYear();
}

/**
 * A year a commune's yearly report can be about: from 1990 (the oldest registers kept in Excel) to the year after
 * today (a report prepared in advance); without a clock, to 2100.
 */
export function plausibleReportYear(y: number, today?: Date): boolean {
  const latest = today && today.getTime() > 0 ? today.getUTCFullYear() + 1 : 2100;
  return Number.isInteger(y) && y >= 1990 && y <= latest;
}

/** A year inferred from the file's own date or today's: a guess the clerk must confirm, not evidence in the registers. */
export function isGuessedYear(i: { what: string; from: string }): boolean {
  return i.what === 'year' && (i.from === 'today' || i.from === 'fileDate');
}
