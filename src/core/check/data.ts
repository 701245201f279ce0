// report.data: figures in the text that disagree with the loaded registers' summary. Only claims that tie to one
// figure without doubt are compared: the commune's totals ("toàn xã có 1.412 hộ"), poverty counts and rates,
// Gia đình văn hóa / học tập, a named village's households, and award counts in sentences that say whose awards
// they are. Clauses about other years, changes ("giảm 5 hộ"), plans or villages (for commune figures) are skipped.
import type { HouseholdSummary, Measured } from '../summary/households';
import { reportedAwardCounts, type AwardSummary } from '../summary/awards';
import { percent } from '../summary/rates';
import { matchKey } from '../text/normalize';
import type { CheckOptions, Finding } from './types';
import type { ReportStructure } from './structure';
import { agrees, clauses, finding, NUMBER, WL, WR } from './text';
import { NUM, parseVi, viDecimal, viMillions } from '../text/numbers';

type Summary = NonNullable<CheckOptions['summary']>;

interface Rule {
  re: RegExp;
  label: [string, string];
  /** The figure(s) a match may equal; a pair's base may be either of two. */
  truth: (h: HouseholdSummary, m: RegExpMatchArray) => Array<{ group: number; values: number[]; rate?: boolean }>;
  /** For "A/B" claims: the bases that make it the commune's figure; with another base it is a village's or a group's. */
  bases?: (h: HouseholdSummary) => number[];
  /** The figure the claim needs the registers to have measured; an unmeasured one cannot contradict the text. */
  needs?: keyof Measured;
  /** A commune-wide total or rate: a filtered list (poor households only) cannot contradict it. */
  communeWide?: true;
}

const N = `(${NUMBER})`;
// "1.139/1.216": the two halves of a pair (NUMBER alone refuses a number glued to a slash).
const PAIR = String.raw`(?<![\d.,/])(${NUM})\s*\/\s*(${NUM})(?![\d/]|[.,]\d)`;
const HH = String.raw`hộ(?:\s+(?:gia đình|dân))?`;
const END = String.raw`(?=\s*(?:[,.;:()]|$|với\s|và\s|gồm|trong đó))`;
// "… Gia đình văn hóa tiêu biểu", "… 3 năm liền": a subset of the households, not the year's count.
const SUBSET = String.raw`(?!["”]?\s*(?:tiêu biểu|xuất sắc|\d+\s+năm|liên tục|nhiều năm|giai đoạn))`;
const GDVH = String.raw`(?:đạt|được công nhận)(?:\s+danh hiệu)?\s+["“]?gia đình văn (?:hóa|hoá)${SUBSET}`;
const GDHT = String.raw`(?:đạt|được công nhận)(?:\s+danh hiệu)?\s+["“]?gia đình học tập${SUBSET}`;
// A count standing for the commune's, not a group helped or rewarded: "toàn xã có 31 hộ nghèo", "còn 31 hộ nghèo".
const HAS = String.raw`(?:có|còn|là)\s+`;
// "có 5 hộ nghèo mới", "… phát sinh": the year's newcomers, not the count.
const NOT_NEW = String.raw`(?!\s+(?:mới|phát sinh|thoát|tái nghèo))`;
const re = (src: string) => new RegExp(`${WL}${src}`, 'giu');
const rate = (count: number, base: number, d: number) => percent(count, base, d) ?? NaN;

const HOUSEHOLD_RULES: Rule[] = [
  { re: re(String.raw`(?:toàn xã|cả xã)\s+(?:hiện\s+)?(?:có|là)\s+${N}\s+${HH}${END}`), communeWide: true, label: ['Tổng số hộ toàn xã', 'The commune\'s household count'], truth: (h) => [{ group: 1, values: [h.total] }] },
  { re: re(String.raw`tổng số\s+${N}\s+${HH}${END}`), communeWide: true, label: ['Tổng số hộ toàn xã', 'The commune\'s household count'], truth: (h) => [{ group: 1, values: [h.total] }] },
  { re: re(String.raw`tổng số ${HH}(?:\s+(?:toàn xã|của xã|trên địa bàn xã))?\s*(?:là|có|:)?\s*${N}(?:\s+hộ)?${WR}`), communeWide: true, label: ['Tổng số hộ toàn xã', 'The commune\'s household count'], truth: (h) => [{ group: 1, values: [h.total] }] },
  { re: re(String.raw`(?:(?:toàn xã|cả xã)\s+(?:hiện\s+)?(?:có|là)|tổng số)\s+\S+\s+${HH}\s*(?:với|,)\s*${N}\s+(?:nhân khẩu|khẩu)`), needs: 'persons', communeWide: true, label: ['Số nhân khẩu toàn xã', 'The commune\'s population'], truth: (h) => [{ group: 1, values: [h.persons] }] },
  { re: re(String.raw`(?:số\s+)?hộ nghèo\s*(?:(?:toàn xã|của xã)\s*)?(?:là|còn|có|:)?\s*${N}\s+hộ${WR}`), needs: 'poverty', label: ['Số hộ nghèo', 'The number of poor households'], truth: (h) => [{ group: 1, values: [h.poverty.poor] }] },
  { re: re(String.raw`${HAS}${N}\s+hộ nghèo${WR}${NOT_NEW}`), needs: 'poverty', label: ['Số hộ nghèo', 'The number of poor households'], truth: (h) => [{ group: 1, values: [h.poverty.poor] }] },
  { re: re(String.raw`(?:số\s+)?hộ cận nghèo\s*(?:là|còn|có|:)?\s*${N}\s+hộ${WR}`), needs: 'poverty', label: ['Số hộ cận nghèo', 'The number of near-poor households'], truth: (h) => [{ group: 1, values: [h.poverty.nearPoor] }] },
  { re: re(String.raw`${HAS}${N}\s+hộ cận nghèo${WR}${NOT_NEW}`), needs: 'poverty', label: ['Số hộ cận nghèo', 'The number of near-poor households'], truth: (h) => [{ group: 1, values: [h.poverty.nearPoor] }] },
  { re: re(String.raw`hộ (?:có\s+)?mức sống trung bình\s*(?:là|có|:)?\s*${N}\s+hộ${WR}`), needs: 'average', label: ['Số hộ có mức sống trung bình', 'The number of average-income households'], truth: (h) => [{ group: 1, values: [h.poverty.average] }] },
  { re: re(String.raw`tỷ lệ hộ nghèo\s*(?:(?:toàn xã|của xã)\s*)?(?:là|còn|chiếm|:)?\s*${N}\s?%`), needs: 'poverty', communeWide: true, label: ['Tỷ lệ hộ nghèo', 'The poverty rate'], truth: (h) => [{ group: 1, values: [h.poverty.poor, h.total], rate: true }] },
  { re: re(String.raw`tỷ lệ hộ cận nghèo\s*(?:(?:toàn xã|của xã)\s*)?(?:là|còn|chiếm|:)?\s*${N}\s?%`), needs: 'poverty', communeWide: true, label: ['Tỷ lệ hộ cận nghèo', 'The near-poverty rate'], truth: (h) => [{ group: 1, values: [h.poverty.nearPoor, h.total], rate: true }] },
  { re: re(String.raw`${PAIR}\s+${HH}\s+${GDVH}`), needs: 'culturalFamily', label: ['Số hộ đạt danh hiệu Gia đình văn hóa', 'Households recognised as Gia đình văn hóa'], truth: (h) => [{ group: 1, values: [h.culturalFamily.achieved] }], bases: (h) => [h.culturalFamily.registered, h.total] },
  { re: re(String.raw`${HAS}${N}\s+${HH}\s+${GDVH}`), needs: 'culturalFamily', label: ['Số hộ đạt danh hiệu Gia đình văn hóa', 'Households recognised as Gia đình văn hóa'], truth: (h) => [{ group: 1, values: [h.culturalFamily.achieved] }] },
  { re: re(String.raw`${HAS}${N}\s+${HH}\s+đăng ký(?:\s+xây dựng)?(?:\s+danh hiệu)?\s+["“]?gia đình văn (?:hóa|hoá)`), needs: 'culturalFamily', label: ['Số hộ đăng ký Gia đình văn hóa', 'Households registered for Gia đình văn hóa'], truth: (h) => [{ group: 1, values: [h.culturalFamily.registered] }] },
  { re: re(String.raw`${PAIR}\s+${HH}\s+${GDHT}`), needs: 'learningFamily', label: ['Số hộ đạt danh hiệu Gia đình học tập', 'Households recognised as Gia đình học tập'], truth: (h) => [{ group: 1, values: [h.learningFamily] }], bases: (h) => [h.total] },
  { re: re(String.raw`${HAS}${N}\s+${HH}\s+${GDHT}`), needs: 'learningFamily', label: ['Số hộ đạt danh hiệu Gia đình học tập', 'Households recognised as Gia đình học tập'], truth: (h) => [{ group: 1, values: [h.learningFamily] }] },
];

const ASIDE = new RegExp(`${WL}(?:tăng|giảm|thoát nghèo|phát sinh|so với|cùng kỳ|đầu năm|bình quân|dự kiến|phấn đấu|chỉ tiêu|kế hoạch|đề ra|còn lại)${WR}`, 'iu');
// A named village ("thôn An Lạc"), not "xã có 6 thôn": its figures are the village's, not the commune's.
const LOCAL = new RegExp(String.raw`${WL}(?:[Tt]hôn|[Xx]óm|[Tt]ổ dân phố|[Kk]hu dân cư)\s+\p{Lu}`, 'u');
const YEARS = new RegExp(`${WL}năm\\s+(\\d{4})`, 'giu');
const VILLAGE = new RegExp(String.raw`${WL}[Tt]hôn\s+((?:\p{Lu}[\p{Ll}\p{M}]*\s+){0,2}\p{Lu}[\p{Ll}\p{M}]*)\s+(?:hiện\s+)?có\s+${N}\s+${HH}${END}`, 'gu');

const wrong = (claim: string, truth: string, [vi, en]: [string, string]): [string, string] => [
  `${vi} trong báo cáo là ${claim}, không khớp với số liệu sổ sách (${truth}).`,
  `${en}: ${claim} in the text, ${truth} in the registers.`,
];
/** A count shown like the text wrote its own: "03" where the text wrote "04". */
const like = (written: string, n: number) => (/^0\d$/.test(written) && n < 10 ? `0${n}` : viDecimal(n, 0));

function householdFindings(h: HouseholdSummary, t: string, c: { start: number; text: string }, p: number, out: Finding[]): void {
  const taken: number[] = [];
  for (const rule of HOUSEHOLD_RULES) {
    if (LOCAL.test(c.text) && !/toàn xã|cả xã/iu.test(c.text)) break;
    if (rule.needs && h.measured && !h.measured[rule.needs]) continue;
    if (rule.communeWide && h.filtered) continue;
    for (const m of c.text.matchAll(rule.re)) {
      if (taken.includes(m.index)) continue;
      taken.push(m.index);
      if (rule.bases && !rule.bases(h).includes(parseVi(m[2]).value)) continue;
      for (const { group, values, rate: isRate } of rule.truth(h, m)) {
        const written = parseVi(m[group]);
        const ok = isRate ? agrees(written, (values[0] / values[1]) * 100) : values.includes(written.value);
        if (ok || (isRate && values[1] === 0)) continue;
        const truth = isRate ? `${viDecimal(rate(values[0], values[1], written.decimals), written.decimals)}%` : like(m[group], values[0]);
        const [vi, en] = wrong(isRate ? `${m[group]}%` : m[group], truth, rule.label);
        out.push(finding('report.data', p, t, c.start + m.index, c.start + m.index + m[0].length, vi, en));
      }
    }
  }
  for (const m of c.text.matchAll(VILLAGE)) {
    const v = h.byVillage.find((x) => x.known && matchKey(x.village) === matchKey(m[1]));
    const written = parseVi(m[2]).value;
    if (!v || v.total === written) continue;
    const [vi, en] = wrong(m[2], viDecimal(v.total, 0), [`Số hộ thôn ${v.village}`, `The household count of ${v.village}`]);
    out.push(finding('report.data', p, t, c.start + m.index, c.start + m.index + m[0].length, vi, en));
  }
}

type Kinds = { collective: number; individual: number; household: number };
const KIND_WORDS: Array<[keyof Kinds, string]> = [['collective', 'tập thể'], ['individual', 'cá nhân'], ['household', 'hộ gia đình']];
const COMMUNE = /trích quỹ|chủ tịch (?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) xã|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) xã khen thưởng/iu;
const HIGHER = /được cấp trên khen thưởng|cấp trên khen thưởng cho/iu;
const PARTY = /đảng ủy xã khen thưởng|đảng uỷ xã khen thưởng/iu;
const OTHER_COMMUNE = /(?:mặt trận|mttq|các đoàn thể|các hội)[^.;]{0,60}khen thưởng[^.;]{0,40}\d+\s+(?:tập thể|cá nhân)/iu;
const MONEY = new RegExp(String.raw`tổng số tiền\s*(?:là|:)?\s*${N}\s*(triệu đồng|triệu|đồng)${WR}`, 'iu');

function awardFindings(a: AwardSummary, t: string, c: { start: number; text: string }, p: number, otherCommune: boolean, out: Finding[]): void {
  const x = c.text;
  let who: { kinds: Kinds; label: [string, string] } | null = null;
  const sets = reportedAwardCounts(a);
  if (PARTY.test(x)) who = { kinds: sets.party, label: ['Số khen thưởng của Đảng ủy xã', 'Party committee awards'] };
  else if (HIGHER.test(x)) who = { kinds: sets.higher, label: ['Số được cấp trên khen thưởng', 'Awards from higher levels'] };
  else if (COMMUNE.test(x) && !/cấp trên|huyện|tỉnh|đề nghị/iu.test(x) && !otherCommune) who = { kinds: a.commune, label: ['Số được khen thưởng cấp xã', 'Commune-level awards'] };
  if (who) {
    for (const [kind, word] of KIND_WORDS) {
      const hits = [...x.matchAll(new RegExp(`${N}\\s+${word}${WR}`, 'giu'))];
      if (hits.length !== 1 || parseVi(hits[0][1]).value === who.kinds[kind]) continue;
      const [vi, en] = wrong(`${hits[0][1]} ${word}`, `${like(hits[0][1], who.kinds[kind])} ${word}`, who.label);
      out.push(finding('report.data', p, t, c.start + hits[0].index, c.start + hits[0].index + hits[0][0].length, vi, en));
    }
  }
  const money = MONEY.exec(x);
  if (money && /trích quỹ|chủ tịch (?:ubnd|ủy ban nhân dân) xã/iu.test(x) && a.amount.rowsWithAmount > 0) {
    const written = parseVi(money[1]);
    const scale = money[2].startsWith('triệu') ? 1e6 : 1;
    if (!agrees(written, a.amount.communeChair / scale)) {
      const truth = scale === 1 ? `${viDecimal(a.amount.communeChair, 0)} đồng` : `${viMillions(a.amount.communeChair)} triệu đồng`;
      const [vi, en] = wrong(`${money[1]} ${money[2]}`, truth, ['Số tiền thưởng từ quỹ thi đua, khen thưởng của xã', 'The commune fund\'s award money']);
      out.push(finding('report.data', p, t, c.start + money.index, c.start + money.index + money[0].length, vi, en));
    }
  }
}

export function checkData(s: ReportStructure, summary: Summary | undefined): Finding[] {
  if (!summary?.households && !summary?.awards) return [];
  const out: Finding[] = [];
  const otherCommune = s.text.some((t) => OTHER_COMMUNE.test(t));
  s.text.forEach((t, p) => {
    if (s.future.has(p) || p < s.titleEnd || !/\d/.test(t)) return;
    for (const c of clauses(t)) {
      if (ASIDE.test(c.text)) continue;
      if (s.year !== null && [...c.text.matchAll(YEARS)].some((m) => Number(m[1]) !== s.year)) continue;
      if (summary.households) householdFindings(summary.households, t, c, p, out);
      if (summary.awards) awardFindings(summary.awards, t, c, p, otherCommune, out);
    }
  });
  return out;
}
