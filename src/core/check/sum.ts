// report.sum: a total whose listed parts do not add up: "1.254 hồ sơ (trong đó chứng thực 812; hộ tịch 301;
// khác 141)", "22 lượt (07 tập thể, 15 cá nhân)", "…: chứng thực 812; hộ tịch 301; tổng cộng 1.254 hồ sơ".
// "trong đó" often lists only some parts ("1.412 hộ, trong đó 31 hộ nghèo") or overlapping ones, so such a list is
// taken as a full breakdown only when its parts come within 5% of the total; "gồm", a bare parenthesis and
// "tổng cộng" say the parts are the whole, and any difference is reported.
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { finding, NUMBER, sentences, WR } from './text';
import { parseVi, viDecimal } from '../text/numbers';

const OF_WHICH = /(,?\s*\(\s*|,\s*|:\s*|\s+)(trong đó|bao gồm|gồm)(\s*:)?\s*|\s*\(\s*(?=[^()]*\d)/giu;
const TRAILING_TOTAL = new RegExp(String.raw`[,;]\s*(?:tổng cộng|tổng số|cộng)\s*:?\s*(?:là\s+)?(${NUMBER})`, 'giu');
const FIGURE = new RegExp(String.raw`(${NUMBER})(\s*%)?(\s+(?:tỷ|triệu|nghìn|ngàn|hộ|nhân khẩu|khẩu|người)${WR})?`, 'giu');
const LABEL = /(?:năm|thôn|xóm|đội|tổ|khu|số|lớp|khóa|khoá|lần thứ|thứ|quý|tháng|ngày|điều|khoản|mục|phần|giai đoạn)\s*$/iu;
const TAIL = /,\s*(?:với|đạt|tăng|giảm|chiếm|bằng|tổng|trong đó|góp phần|nhằm|để|được)(?![\p{L}\p{M}])/iu;
const SCALE: Record<string, number> = { tỷ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
const FAMILY: Record<string, string> = { hộ: 'household', 'nhân khẩu': 'person', khẩu: 'person', người: 'person' };

interface Figure {
  value: number;
  family?: string;
  /** The word after the number ("ha", "hồ", "tập"). */
  word: string;
}

// Totals measured in a unit ("1.256,8 ha, gồm 9 thôn") only add up with parts in the same unit.
const MEASURES = new Set(['ha', 'km', 'm', 'm2', 'm²', 'tấn', 'kg', 'lít', 'tỷ', 'triệu', 'đồng', 'ngày']);
const firstWord = (s: string) => /^\s*([\p{L}\p{M}²\d]+)/u.exec(s)?.[1].toLowerCase() ?? '';

/** The counts an item names: numbers that are not rates, years or parts of dates. */
function itemFigures(item: string): Figure[] {
  const out: Figure[] = [];
  for (const m of item.matchAll(FIGURE)) {
    if (m[2]) continue;
    // A number that names rather than counts: "năm 2023", "thôn 1", "tổ 5", "lần thứ 3", "quý 4".
    if (LABEL.test(item.slice(Math.max(0, m.index - 12), m.index))) continue;
    const unit = m[3]?.trim().toLowerCase() ?? '';
    out.push({ value: parseVi(m[1]).value * (SCALE[unit] ?? 1), family: FAMILY[unit], word: firstWord(item.slice(m.index + m[1].length)) });
  }
  return out;
}

/** Parts of a list, one figure each; null when any item has none or several (the list cannot be summed). */
function parts(region: string): Figure[] | null {
  const items = (region.includes(';') ? region.split(';') : region.split(/,|\s+và\s+/u)).map((x) => x.trim()).filter(Boolean);
  // "…", "v.v." or "các … khác" without a number: the writer says the list is not complete.
  if (items.length < 2 || items.some((x) => /(?:…|\.\.\.|v\.v\.?)$/u.test(x))) return null;
  const figs: Figure[] = [];
  for (const item of items) {
    const f = itemFigures(item);
    if (f.length !== 1) return null;
    figs.push(f[0]);
  }
  return figs;
}

function sumMessage(total: string, figs: Figure[], unitScale: number): [string, string] {
  const sum = figs.reduce((a, f) => a + f.value, 0);
  // Parts are shown as written: whole numbers as such, decimals without trailing zeros ("7,56", "4,5").
  const show = (x: number) => {
    const v = x / unitScale;
    return Number.isInteger(v) ? viDecimal(v, 0) : viDecimal(v, 3).replace(/0+$/, '');
  };
  const terms = `${figs.map((f) => show(f.value)).join(' + ')} = ${show(sum)}`;
  return [`Tổng ${total} không khớp với các số thành phần: ${terms}.`, `The total ${total} does not match its parts: ${terms}.`];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function checkSums(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  s.text.forEach((t, p) => {
    if (!/\d[^\d]+\d/u.test(t)) return;
    for (const sen of sentences(t)) {
      const x = sen.text;
      for (const m of x.matchAll(OF_WHICH)) {
        const before = x.slice(0, m.index);
        // The total: the last number before the marker, with only its unit words between.
        const tm = new RegExp(String.raw`(${NUMBER})(\s+(?:tỷ|triệu|nghìn|ngàn)${WR})?([\p{L}\p{M}\s,]{0,40})$`, 'u').exec(before);
        if (!tm || /%\s*$/u.test(tm[0]) || /năm\s*$/iu.test(before.slice(0, tm.index))) continue;
        const open = m[0].includes('(');
        const startParts = m.index + m[0].length;
        const endParts = open ? x.indexOf(')', startParts) : x.length;
        if (endParts < 0) continue;
        // The list ends where the sentence moves on (", với tổng số tiền…", ", đạt 99,5%").
        const region = x.slice(startParts, endParts).replace(/[.!?]\s*$/u, '');
        const tail = TAIL.exec(region);
        const figs = parts(tail ? region.slice(0, tail.index) : region);
        if (!figs) continue;
        const scaleWord = tm[2]?.trim().toLowerCase() ?? '';
        const total = parseVi(tm[1]).value * (SCALE[scaleWord] ?? 1);
        const unit = /^\s*(hộ|nhân khẩu|khẩu|người)/iu.exec(tm[3])?.[1].toLowerCase();
        if (unit && figs.some((f) => f.family && f.family !== FAMILY[unit])) continue;
        // "9 thôn (An Lạc 117 hộ, An Phú 130 hộ)": parts counted in households are not parts of a count of villages.
        if (!unit && figs.every((f) => f.family)) continue;
        const measure = firstWord(x.slice(tm.index + tm[1].length, m.index));
        if (MEASURES.has(measure) && figs.some((f) => f.word !== measure)) continue;
        const sum = figs.reduce((a, f) => a + f.value, 0);
        if (close(sum, total)) continue;
        const whole = !/trong đó/iu.test(m[0]);
        if (!whole && Math.abs(sum - total) > 0.05 * total) continue;
        const [vi, en] = sumMessage(tm[1], figs, SCALE[scaleWord] ?? 1);
        out.push(finding('report.sum', p, t, sen.start + tm.index, sen.start + endParts, vi, en));
      }
      for (const m of x.matchAll(TRAILING_TOTAL)) {
        const colon = x.lastIndexOf(':', m.index);
        if (colon < 0) continue;
        const figs = parts(x.slice(colon + 1, m.index));
        const total = parseVi(m[1]).value;
        if (!figs || close(figs.reduce((a, f) => a + f.value, 0), total)) continue;
        const [vi, en] = sumMessage(m[1], figs, 1);
        out.push(finding('report.sum', p, t, sen.start + colon + 1, sen.start + m.index + m[0].length, vi, en));
      }
    }
  });
  return out;
}
