// report.data for "so với" claims: with last year's registers loaded too, a change written in the text ("giảm 6 hộ
// so với năm 2022", "từ 48 xuống 42 hộ", "tỷ lệ giảm 0,28 điểm %", "giảm 11% so với cùng kỳ") is compared with the
// change between the two years' summaries. A claim counts only in a sentence that compares with last year (or
// "cùng kỳ"), bound to the nearest figure named before it; a named village's or another year's comparison is skipped.
import type { HouseholdSummary } from '../summary/households';
import type { AwardSummary } from '../summary/awards';
import { compareSummaries, figure, type FigureChange, type FigureId, type SummaryComparison } from '../compare/figures';
import { parseVi, viDecimal, viNumber } from '../text/numbers';
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { agrees, finding, NUMBER, sentences, WL, WR } from './text';

export interface YearSummary {
  year: number;
  households?: HouseholdSummary;
  awards?: AwardSummary;
}

const N = `(${NUMBER})`;
const re = (src: string, flags = 'giu') => new RegExp(`${WL}${src}`, flags);
const COMPARED = re(String.raw`(?:so với|so cùng kỳ)(?:\s+(?:cùng kỳ))?(?:\s+(?:năm\s+(\d{4})|năm trước|năm ngoái))?`, 'iu');
const START_OF_YEAR = re(String.raw`so với\s+(?:đầu năm|kế hoạch|chỉ tiêu|mục tiêu)`, 'iu');
const LOCAL = re(String.raw`(?:[Tt]hôn|[Xx]óm|[Tt]ổ dân phố|[Kk]hu dân cư)\s+\p{Lu}`, 'u');

/** Figures a sentence may speak of: the count, and the rate that goes with it. */
const SUBJECTS: Array<{ re: RegExp; count: FigureId; rate?: FigureId; label: [string, string] }> = [
  { re: re(String.raw`hộ cận nghèo`), count: 'nearPoor', rate: 'rate.nearPoor', label: ['số hộ cận nghèo', 'near-poor households'] },
  { re: re(String.raw`hộ nghèo`), count: 'poor', rate: 'rate.poor', label: ['số hộ nghèo', 'poor households'] },
  { re: re(String.raw`(?:hộ\s+)?(?:có\s+)?mức sống trung bình`), count: 'average', rate: 'rate.average', label: ['số hộ có mức sống trung bình', 'average-standard households'] },
  { re: re(String.raw`(?<!đăng ký\s(?:xây dựng\s)?(?:danh hiệu\s)?["“]?)gia đình văn (?:hóa|hoá)`), count: 'culturalFamilyAchieved', rate: 'rate.culturalFamilyAchieved', label: ['số hộ đạt Gia đình văn hóa', 'Gia đình văn hóa households'] },
  { re: re(String.raw`gia đình học tập`), count: 'learningFamily', label: ['số hộ đạt Gia đình học tập', 'Gia đình học tập households'] },
  { re: re(String.raw`(?:tổng\s+)?số\s+hộ(?:\s+(?:gia đình|dân))?(?!\s+(?:nghèo|cận|có|đạt|đăng ký|thoát|mới|được))`), count: 'households', label: ['tổng số hộ', 'households'] },
  { re: re(String.raw`(?:nhân khẩu|dân số)`), count: 'persons', label: ['số nhân khẩu', 'persons'] },
  { re: re(String.raw`khen thưởng`), count: 'awards.total', label: ['số lượt khen thưởng', 'awards'] },
];

const CHANGE = re(String.raw`(tăng|giảm)(?:\s+thêm)?\s+${N}\s*(hộ|người|nhân khẩu|khẩu|lượt)${WR}`);
const POINTS = re(String.raw`(tăng|giảm)\s+${N}\s*(?:điểm\s*%|điểm phần trăm)`);
const PERCENT = re(String.raw`(tăng|giảm)\s+${N}\s?%`);
const FROM_TO = re(String.raw`từ\s+${N}\s*(%|hộ|người|lượt)?\s+(?:lên|xuống|còn)\s+${N}\s*(%|hộ|người|lượt)?`);

/** A sentence cut at ";" outside brackets: "(từ 48 xuống 42 hộ; tỷ lệ giảm …)" stays with its figure. */
function segments(text: string, start: number): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push({ start: start + from, text: text.slice(from, i + 1) });
      from = i + 1;
    }
  }
  if (from < text.length) out.push({ start: start + from, text: text.slice(from) });
  return out;
}

const sign = (word: string) => (word.toLowerCase() === 'tăng' ? 1 : -1);
const countWords = (n: number, unit: string) => (n === 0 ? 'không đổi' : `${n > 0 ? 'tăng' : 'giảm'} ${viNumber(Math.abs(n))} ${unit}`);

interface Claim {
  at: number;
  end: number;
  written: string;
  /** True when the written claim agrees with the registers; null when they cannot tell. */
  agrees: (count: FigureChange | undefined, rate: FigureChange | undefined) => boolean | null;
  truth: (count: FigureChange | undefined, rate: FigureChange | undefined) => string;
}

function claims(seg: string): Claim[] {
  const out: Claim[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (m: RegExpMatchArray, c: Omit<Claim, 'at' | 'end' | 'written'>) => {
    const at = m.index ?? 0;
    if (!free(at, at + m[0].length)) return;
    taken.push([at, at + m[0].length]);
    out.push({ at, end: at + m[0].length, written: m[0], ...c });
  };
  for (const m of seg.matchAll(POINTS)) {
    const written = parseVi(m[2]);
    add(m, {
      agrees: (_c, r) => (r?.change == null ? null : agrees({ ...written, value: sign(m[1]) * written.value }, r.change)),
      truth: (_c, r) => (r?.change == null ? '' : r.change === 0 ? 'tỷ lệ không đổi' : `${r.change > 0 ? 'tăng' : 'giảm'} ${viDecimal(Math.abs(r.change), written.decimals)} điểm %`),
    });
  }
  for (const m of seg.matchAll(FROM_TO)) {
    const a = parseVi(m[1]);
    const b = parseVi(m[3]);
    const isRate = m[2] === '%' || m[4] === '%';
    add(m, {
      agrees: (c, r) => {
        const f = isRate ? r : c;
        if (!f || f.previous === null || f.current === null) return null;
        return isRate ? agrees(a, f.previous) && agrees(b, f.current) : a.value === f.previous && b.value === f.current;
      },
      truth: (c, r) => {
        const f = isRate ? r : c;
        if (!f || f.previous === null || f.current === null) return '';
        return isRate ? `từ ${viDecimal(f.previous, a.decimals)}% đến ${viDecimal(f.current, b.decimals)}%` : `từ ${viNumber(f.previous)} đến ${viNumber(f.current)}`;
      },
    });
  }
  for (const m of seg.matchAll(CHANGE)) {
    const n = sign(m[1]) * parseVi(m[2]).value;
    add(m, {
      agrees: (c) => (c?.change == null ? null : c.change === n),
      truth: (c) => (c?.change == null || c.previous === null || c.current === null ? '' : `${countWords(c.change, m[3])}: từ ${viNumber(c.previous)} đến ${viNumber(c.current)}`),
    });
  }
  for (const m of seg.matchAll(PERCENT)) {
    const written = parseVi(m[2]);
    const w = { ...written, value: sign(m[1]) * written.value };
    // "giảm 11%" is the change over last year's count; clerks also write a change of rate this way: either agrees.
    add(m, {
      agrees: (c, r) => {
        const relative = c && c.previous ? ((c.current ?? NaN) - c.previous) / c.previous * 100 : null;
        const points = r?.change ?? null;
        if ((relative === null || !Number.isFinite(relative)) && points === null) return null;
        return (relative !== null && Number.isFinite(relative) && agrees(w, relative)) || (points !== null && agrees(w, points));
      },
      truth: (c) => {
        if (!c || !c.previous || c.current === null) return '';
        const rel = ((c.current - c.previous) / c.previous) * 100;
        return `${rel >= 0 ? 'tăng' : 'giảm'} ${viDecimal(Math.abs(rel), written.decimals)}%`;
      },
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Findings for "so với" claims, when the summaries of both years are known. */
export function checkComparisons(s: ReportStructure, current: Omit<YearSummary, 'year'> | undefined, previous: YearSummary | undefined): Finding[] {
  if (!previous || !current || (!current.households && !current.awards)) return [];
  const cmp: SummaryComparison = compareSummaries({ year: s.year ?? previous.year + 1, ...current }, previous);
  const out: Finding[] = [];
  s.text.forEach((t, p) => {
    if (s.future.has(p) || p < s.titleEnd || !/\d/.test(t)) return;
    for (const sentence of sentences(t)) {
      const compared = COMPARED.exec(sentence.text);
      if (!compared || START_OF_YEAR.test(sentence.text) || LOCAL.test(sentence.text)) continue;
      if (compared[1] !== undefined && Number(compared[1]) !== previous.year) continue;
      for (const seg of segments(sentence.text, sentence.start)) {
        const subjects = SUBJECTS.flatMap((x) => [...seg.text.matchAll(x.re)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, x })))
          .sort((a, b) => a.at - b.at);
        for (const c of claims(seg.text)) {
          // The figure named last before the claim (a figure named inside the claim is not its subject).
          const subject = [...subjects].reverse().find((x) => x.end <= c.at);
          if (!subject) continue;
          const list = subject.x.count.startsWith('awards.') ? cmp.awards : cmp.households;
          const count = figure(list, subject.x.count);
          const rate = subject.x.rate ? figure(list, subject.x.rate) : undefined;
          if (c.agrees(count, rate) !== false) continue;
          const [vi, en] = subject.x.label;
          const truth = c.truth(count, rate);
          out.push(finding(
            'report.data', p, t, seg.start + c.at, seg.start + c.end,
            `Mức thay đổi của ${vi} so với năm ${previous.year} trong báo cáo là "${c.written}", không khớp với số liệu sổ sách hai năm (${truth}).`,
            `The change in ${en} against ${previous.year}: "${c.written}" in the text; the two years' registers give ${truth}.`,
          ));
        }
      }
    }
  });
  return out;
}
