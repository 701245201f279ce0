// report.date: dates that cannot be (31/02/2023, "ngày 30 tháng 02 năm 2023", tháng 13) or are malformed
// (5/6/7/2023, a three-digit year). Lists and ranges of days written on purpose ("ngày 15, 16/12/2023",
// "từ 01/12 – 05/12/2023") are read as such, their parts checked one by one.
import { daysInMonth } from '../values/dates';
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { finding, WL } from './text';

const TOO_MANY_PARTS = /(?<![\d.,/])\d{1,2}(?:\/\d{1,2}){2,}\/\d{2,4}(?![\d/])/g;
const FULL = /(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2,5})(?![\d/]|[.,]\d)/g;
const WORDS = new RegExp(String.raw`${WL}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{1,5})(?!\d)`, 'giu');
const MONTH_WORDS = new RegExp(String.raw`${WL}tháng\s+(\d{1,2})\s*(?:năm\s+|\/)(\d{4})(?!\d)`, 'giu');
// "ngày 31/11" (no year), or a range's first end "từ 28/11 – 05/12/2023": day and month only.
const DAY_MONTH = new RegExp(String.raw`(?:${WL}ngày\s+(\d{1,2})\/(\d{1,2})(?![\d/])|(?<![\d.,/])(\d{1,2})\/(\d{1,2})(?=\s*(?:[-–—]|đến)\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}\/(\d{4})))`, 'giu');
const RANGE = /(?<![\d.,/])(\d{1,2})\/(\d{1,2})\s*(?:[-–—]|đến)\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/giu;

const LUNAR = /^\s*\(?\s*(?:âm lịch|al\b|âl\b)/iu;

type Problem = 'malformed' | 'impossible' | null;

function dayProblem(d: number, m: number, y: number | null): Problem {
  if (m < 1 || m > 12 || d < 1) return 'impossible';
  // Without a year, 29 February is given the benefit of the doubt.
  return d > (y === null ? daysInMonth(2024, m) : daysInMonth(y, m)) ? 'impossible' : null;
}

function yearProblem(yText: string): Problem {
  if (yText.length === 2) return null; // "15/12/23": short, but a year
  if (yText.length !== 4) return 'malformed';
  const y = Number(yText);
  return y < 1900 || y > 2100 ? 'impossible' : null;
}

function messages(kind: 'malformed' | 'impossible', written: string): [string, string] {
  return kind === 'malformed'
    ? [`Ngày viết sai dạng (ngày/tháng/năm): "${written}".`, `A malformed date (day/month/year): "${written}".`]
    : [`Ngày không có thật: "${written}".`, `A date that does not exist: "${written}".`];
}

export function checkDates(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  s.text.forEach((t, i) => {
    if (!/\d/.test(t)) return;
    const taken: Array<[number, number]> = [];
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
    const add = (kind: 'malformed' | 'impossible', a: number, b: number, written = t.slice(a, b)) => {
      taken.push([a, b]);
      // Lunar dates ("ngày 30/02 âm lịch") follow months of 29 or 30 days: not the solar calendar's to judge.
      if (kind === 'impossible' && LUNAR.test(t.slice(b, b + 12))) return;
      const [vi, en] = messages(kind, written.trim());
      out.push(finding('report.date', i, t, a, b, vi, en));
    };
    for (const m of t.matchAll(TOO_MANY_PARTS)) add('malformed', m.index, m.index + m[0].length);
    for (const m of t.matchAll(FULL)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      // "15.12.2023" is a date, but "1.5.2023"-like dotted runs also appear in numbering: dots need a 4-digit year.
      if (m[2] !== '/' && m[4].length !== 4) continue;
      const y = yearProblem(m[4]);
      const p = y ?? dayProblem(Number(m[1]), Number(m[3]), m[4].length === 4 ? Number(m[4]) : null);
      if (p) add(p, a, b);
    }
    for (const m of t.matchAll(WORDS)) {
      const a = m.index;
      const b = a + m[0].length;
      const p = yearProblem(m[3]) ?? dayProblem(Number(m[1]), Number(m[2]), m[3].length === 4 ? Number(m[3]) : null);
      if (p) add(p, a, b);
    }
    for (const m of t.matchAll(MONTH_WORDS)) {
      const a = m.index;
      const b = a + m[0].length;
      if (free(a, b) && (Number(m[1]) < 1 || Number(m[1]) > 12)) add('impossible', a, b);
    }
    for (const m of t.matchAll(DAY_MONTH)) {
      const a = m.index;
      const b = a + m[0].length;
      const [d, mo] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
      if (free(a, b) && dayProblem(Number(d), Number(mo), null)) add('impossible', a, b);
    }
    for (const m of t.matchAll(RANGE)) {
      const a = m.index;
      const b = a + m[0].length;
      // A range that ends before it starts, within one month ("từ 15/12 – 05/12/2023").
      if (free(a, b) && m[2] === m[4] && Number(m[1]) > Number(m[3])) {
        taken.push([a, b]);
        out.push(finding('report.date', i, t, a, b, `Khoảng thời gian "${m[0].trim()}" có ngày bắt đầu sau ngày kết thúc.`, `The period "${m[0].trim()}" starts after it ends.`));
      }
    }
  });
  return out;
}
