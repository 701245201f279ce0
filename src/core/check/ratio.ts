// report.ratio: a count, its base and its rate that disagree. Two shapes: the pair written out
// ("1.139/1.216 hộ … (đạt 95,7%)", "đạt 93,7% (1.139/1.216 hộ)", "1.139 hộ trên tổng số 1.216 hộ … 93,7%"), and a
// count with a rate whose base is a total written before it ("toàn xã có 1.412 hộ, … hộ nghèo 31 hộ, tỷ lệ 2,20%").
// A rate is compared at the precision it is written with (agrees()); when the base is not certain, any figure
// nearby that explains the rate is taken as its base: a rate over a base the check cannot see is not flagged.
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { agrees, clauses, finding, NUMBER, WR } from './text';
import { NUM, parseVi, viDecimal, type ViNumber } from '../text/numbers';

const PAIR = new RegExp(String.raw`(?<![\d.,/])(${NUM})\s*\/\s*(${NUM})(?![\d/]|[.,]\d)`, 'gu');
const OVER_TOTAL = new RegExp(String.raw`(?<![\d.,/])(${NUM})((?:\s+[\p{L}\p{M}]+){0,4}?)\s+trên\s+tổng\s+số\s+(${NUM})(?![\d/]|[.,]\d)`, 'giu');
const PERCENT = new RegExp(String.raw`(?<![\d.,])(${NUM})\s?%`, 'gu');
const COUNT = new RegExp(String.raw`(${NUMBER})\s+(hộ|nhân khẩu|khẩu|người)${WR}`, 'giu');
const TOTAL = new RegExp(String.raw`(?:toàn xã|cả xã|tổng số(?:(?!nghèo|đạt|đăng ký)[^\d;]){0,40}?|xã)\s*(?:hiện\s+)?(?:có|là|:)?\s*(${NUMBER})\s+(hộ|nhân khẩu|khẩu|người)${WR}`, 'giu');
const DATE_CONTEXT = /(?:ngày|từ|đến|tháng|số)\s*$/iu;
const RANGE_AFTER = /^\s*(?:[-–—]|đến)\s*\d/u;
// What may stand between a count and its rate: words without other numbers; after a comma or "(", only words
// that introduce the rate ("…, đạt 93,7%", "(tỷ lệ 93,7%"), so "…, thu ngân sách đạt 115%" is not taken.
const INTRO = /^\s*(?:\(\s*)?(?:(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|=)\s*){0,2}$/iu;
const CHANGE = /(?:tăng|giảm|vượt|hơn|so với|cùng kỳ)/iu;
const LOCAL = /(?<![\p{L}\p{M}])(?:thôn|xóm|tổ dân phố|khu dân cư)(?![\p{L}\p{M}])/iu;
// After a rate read against the commune's total, nothing, or words naming that total ("2,20% tổng số hộ");
// "đạt 92% kế hoạch", "chiếm 60% số người cao tuổi" are over other bases.
const OVER_TOTAL_AFTER = /^\s*(?:[).,;:]|$|(?:trên\s+)?(?:tổng\s+)?số\s+(?:hộ|dân|nhân khẩu)(?:\s+(?:gia đình|dân))?(?:\s+(?:toàn|của|trong)\s+xã)?(?:[\s).,;:]|$)|dân số)/iu;
const ANY_NUMBER = new RegExp(NUMBER, 'gu');
const FAMILY: Record<string, string> = { hộ: 'household', 'nhân khẩu': 'person', khẩu: 'person', người: 'person' };

const HAS_PAIR = new RegExp(PAIR.source, 'u');
// Things counted in whole units, of which a part cannot outnumber its whole: "1.200/1.100 hộ" cannot be true.
const WHOLE_UNIT = /^\s*(?:hộ|thôn|xóm|tổ dân phố|người|nhân khẩu|khẩu|gia đình|tập thể|cá nhân|đơn vị|cơ quan|hồ sơ|học sinh|đảng viên|chi bộ|trường|xã)(?![\p{L}\p{M}])/iu;
// A rate over a whole of the commune's people or households ("109,1% số hộ đăng ký", "105% tổng số hộ").
const RATE_OF_WHOLE = new RegExp(String.raw`(?<![\d.,])(${NUM})\s?%\s*(?:của\s+)?(?:tổng\s+)?số\s+(?:hộ|dân|người|nhân khẩu)${WR}`, 'giu');

/** A part larger than its whole ("1.200/1.100 hộ"), or a share of households over 100%: never true, data or not. */
function impossibleFigures(t: string, p: number): { findings: Finding[]; pairsAt: number[] } {
  const findings: Finding[] = [];
  const pairsAt: number[] = [];
  for (const m of t.matchAll(PAIR)) {
    const start = m.index;
    const end = start + m[0].length;
    const count = parseVi(m[1]).value;
    const base = parseVi(m[2]).value;
    if (count <= base || !WHOLE_UNIT.test(t.slice(end, end + 20)) || DATE_CONTEXT.test(t.slice(Math.max(0, start - 8), start))) continue;
    pairsAt.push(start);
    const pair = `${m[1]}/${m[2]}`;
    findings.push(finding('report.ratio', p, t, start, end, `${pair}: số ${m[1]} lớn hơn tổng ${m[2]} của nó, không thể đúng (tỷ lệ trên 100%).`, `${pair}: the part ${m[1]} is larger than its whole ${m[2]}; it cannot be right (a rate over 100%).`));
  }
  for (const m of t.matchAll(RATE_OF_WHOLE)) {
    if (parseVi(m[1]).value <= 100 || pairsAt.some((at) => at < m.index && m.index - at < 160)) continue;
    const rateText = `${m[1]}%`;
    findings.push(finding('report.ratio', p, t, m.index, m.index + m[0].length, `Tỷ lệ ${rateText} của một tổng số hộ hoặc số người vượt 100%: không thể đúng.`, `A rate of ${rateText} of a number of households or persons is over 100%: it cannot be right.`));
  }
  return { findings, pairsAt };
}

function connects(between: string): boolean {
  if (between.length > 140 || /\d/.test(between.replace(/năm\s+\d{4}/giu, ''))) return false;
  const comma = between.lastIndexOf(',');
  const paren = between.lastIndexOf('(');
  // "đạt và vượt kế hoạch (đạt 93,3%)": a change word before the rate's own clause does not make it a change.
  if (comma < 0 && paren < 0) return !CHANGE.test(between);
  return INTRO.test(paren > comma ? between.slice(paren) : between.slice(comma + 1));
}

/** The rate a pair is written with in its clause, if one is. */
function rateAfter(text: string, from: number, clauseEnd: number): { rate: ViNumber; start: number; end: number } | null {
  const rest = text.slice(from, clauseEnd);
  const m = new RegExp(PERCENT.source, 'u').exec(rest);
  if (!m || !connects(rest.slice(0, m.index))) return null;
  const after = rest.slice(m.index + m[0].length, m.index + m[0].length + 20);
  if (/^\s*(?:so với|kế hoạch|chỉ tiêu)/iu.test(after)) return null;
  return { rate: parseVi(m[1]), start: from + m.index, end: from + m.index + m[0].length };
}

function message(rate: ViNumber, count: number, base: number, rateText: string): [string, string] {
  const truth = viDecimal((count / base) * 100, rate.decimals);
  const pair = `${viDecimal(count, 0)}/${viDecimal(base, 0)}`;
  return [`Tỷ lệ ${rateText} không khớp với ${pair} (= ${truth}%).`, `The rate ${rateText} does not match ${pair} (= ${truth}%).`];
}

interface Claim {
  count: number;
  base: number;
  rate: ViNumber;
  start: number;
  end: number;
}

/** Pairs written out: "A/B … Z%", "Z% (A/B …)", "A … trên tổng số B … Z%". */
function pairClaims(t: string): Claim[] {
  const claims: Claim[] = [];
  const spans = clauses(t);
  const clauseEnd = (at: number) => spans.find((c) => at >= c.start && at < c.end)?.end ?? t.length;
  const pairs: Array<{ a: string; b: string; start: number; end: number }> = [];
  for (const m of t.matchAll(PAIR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (DATE_CONTEXT.test(t.slice(Math.max(0, start - 8), start)) || RANGE_AFTER.test(t.slice(end, end + 8))) continue;
    pairs.push({ a: m[1], b: m[2], start, end });
  }
  for (const m of t.matchAll(OVER_TOTAL)) pairs.push({ a: m[1], b: m[3], start: m.index, end: m.index + m[0].length });
  for (const p of pairs) {
    const count = parseVi(p.a).value;
    const base = parseVi(p.b).value;
    if (base <= 0) continue;
    let rate = rateAfter(t, p.end, clauseEnd(p.start));
    if (!rate) {
      // "đạt 93,7% (1.139/1.216 hộ)": the rate just before the pair, in the parenthesis that opens with it.
      const before = /(?<![\d.,])(\d+(?:,\d+)?)\s?%\s*\(\s*(?:gồm|với|là)?\s*$/u.exec(t.slice(Math.max(0, p.start - 30), p.start));
      if (before) rate = { rate: parseVi(before[1]), start: p.start - before[0].length, end: p.start };
    }
    if (rate) claims.push({ count, base, rate: rate.rate, start: Math.min(p.start, rate.start), end: Math.max(p.end, rate.end) });
  }
  return claims;
}

interface Figure {
  value: number;
  family: string;
  paragraph: number;
  at: number;
  total: boolean;
}

function figures(t: string, paragraph: number): Figure[] {
  const out: Figure[] = [];
  for (const m of t.matchAll(COUNT)) out.push({ value: parseVi(m[1]).value, family: FAMILY[m[2].toLowerCase()], paragraph, at: m.index, total: false });
  for (const m of t.matchAll(TOTAL)) {
    const at = m.index + m[0].lastIndexOf(m[1]);
    const f = out.find((x) => x.at === at);
    if (f) f.total = true;
  }
  return out;
}

export function checkRatios(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  const figs = s.text.map((t, i) => (/hộ|khẩu|người/iu.test(t) ? figures(t, i) : []));
  // The commune's totals stated so far: a report gives them once, at the start, and rates later refer to them.
  const totals: number[] = [];
  s.text.forEach((t, p) => {
    totals.push(...figs[p].filter((f) => f.total).map((f) => f.value));
    const impossible = impossibleFigures(t, p);
    out.push(...impossible.findings);
    if (!t.includes('%')) return;
    // One problem, one finding: a rate that follows from an impossible pair is not reported again.
    const claims = pairClaims(t).filter((c) => !impossible.pairsAt.some((at) => at >= c.start && at < c.end));
    const covered = claims.map((c) => [c.start, c.end]);
    // Counts with a rate and no pair: the base is the nearest total written before, in this or earlier paragraphs.
    for (const c of clauses(t)) {
      for (const m of c.text.matchAll(PERCENT)) {
        const pct = c.start + m.index;
        if (covered.some(([a, b]) => pct >= a && pct < b) || HAS_PAIR.test(c.text)) continue;
        const count = figs[p].filter((f) => f.at >= c.start && f.at < pct).pop();
        if (!count || !connects(t.slice(count.at, pct).replace(/^\S+\s+(?:hộ|nhân khẩu|khẩu|người)/iu, ''))) continue;
        const before = (f: Figure) => f.paragraph < p || f.at < count.at;
        const near: Figure[] = [];
        for (let q = p; q >= 0 && q >= p - 5; q--) {
          near.push(...figs[q].filter((f) => f.family === count.family && before(f)));
          if (q < p && s.headingAt.has(q)) break;
        }
        const total = near.filter((f) => f.total).sort((a, b) => b.paragraph - a.paragraph || b.at - a.at)[0];
        // "thôn An Lạc còn 4 hộ nghèo, chiếm 3,42%": a village's rate, over a total this clause does not give.
        if (total && LOCAL.test(c.text) && !(total.paragraph === p && total.at >= c.start)) continue;
        const rate = parseVi(m[1]);
        if (!total || total.value <= count.value || !OVER_TOTAL_AFTER.test(t.slice(pct + m[0].length, pct + m[0].length + 40))) continue;
        if (near.some((f) => f.value > count.value && agrees(rate, (count.value / f.value) * 100))) continue;
        claims.push({ count: count.value, base: total.value, rate, start: count.at, end: pct + m[0].length });
      }
    }
    // Numbers nearby that may be what a rate is really over ("1.139/1.216 hộ …, đạt 80,7% tổng số hộ toàn xã").
    const nearby = [t, s.text[p - 1] ?? '', s.text[p - 2] ?? ''].flatMap((x) => [...x.matchAll(ANY_NUMBER)].map((n) => parseVi(n[0]).value)).concat(totals);
    for (const c of claims) {
      if (agrees(c.rate, (c.count / c.base) * 100)) continue;
      if (nearby.some((x) => x > 0 && x !== c.base && agrees(c.rate, (c.count / x) * 100))) continue;
      const rateText = `${viDecimal(c.rate.value, c.rate.decimals)}%`;
      const [vi, en] = message(c.rate, c.count, c.base, rateText);
      out.push(finding('report.ratio', p, t, c.start, c.end, vi, en));
    }
  });
  return out;
}
