// report.year: the title, headings and closing must name the year the body reports on (N) for results, and N+1
// for plans ("kết quả năm N, phương hướng, nhiệm vụ năm N+1"); the signing date must fall in N or early N+1.
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { plainYears } from './structure';
import { finding, WL, WR } from './text';

const word = (src: string) => new RegExp(`${WL}(?:${src})${WR}`, 'iu');
// Words that say the text is about plans for the coming year…
// "Kế hoạch số 05/KH-UBND" names a document (issued in year N for year N), not a plan for the coming year.
const FUTURE = word('phương hướng|kế hoạch(?!\\s+(?:số|\\d))|năm tới|năm sau|dự kiến|dự báo');
// Tasks and targets are the coming year's in a title or closing, but a results heading may recall the year's own.
const TASKS = word('nhiệm vụ|mục tiêu|chỉ tiêu|phấn đấu');
// …and words that say it is about what was done ("kết quả thực hiện nhiệm vụ năm N" is a result, not a plan).
const RESULT = word('kết quả|tổng kết|sơ kết|đánh giá|đạt được|đã|thực hiện');
const DATELINE = /^\s*[^,\d]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const INTERIM = word('sơ kết|6 tháng|sáu tháng|quý|tháng đầu năm');

type Expect = 'result' | 'plan' | 'either';

/** What a year mention is about, from the words since the previous mention (or the paragraph's start). */
function expectation(segment: string, inPlans: boolean, inResults: boolean): Expect {
  const result = RESULT.test(segment);
  const future = FUTURE.test(segment);
  if (inResults && !future && TASKS.test(segment)) return 'either';
  // Under the plans heading, "tổng kết năm N+1" is a plan to review the coming year: either year may be meant.
  if ((result && future) || (result && inPlans)) return 'either';
  if (result) return 'result';
  if (future || TASKS.test(segment)) return 'plan';
  return inPlans ? 'plan' : 'result';
}

function yearMessage(found: number, n: number, expect: Expect): [string, string] {
  if (expect === 'plan') {
    return [
      `Năm ${found} ở phần phương hướng, nhiệm vụ không khớp: báo cáo kết quả năm ${n} thì phương hướng, nhiệm vụ là năm ${n + 1}.`,
      `Year ${found} in the plans part does not fit: a report on ${n} plans for ${n + 1}.`,
    ];
  }
  if (expect === 'either') {
    return [
      `Năm ${found} không khớp với năm báo cáo (${n}) hay năm kế hoạch (${n + 1}).`,
      `Year ${found} is neither the year the report covers (${n}) nor the year it plans for (${n + 1}).`,
    ];
  }
  return [
    `Năm ${found} không khớp với năm báo cáo: nội dung báo cáo là kết quả năm ${n}.`,
    `Year ${found} does not match the year the report covers (${n}).`,
  ];
}

function checkDateline(s: ReportStructure, n: number, out: Finding[]): void {
  const interim = s.text.slice(0, s.titleEnd).some((t) => INTERIM.test(t));
  for (let i = 0; i < s.titleEnd; i++) {
    const m = DATELINE.exec(s.text[i]);
    if (!m) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // A yearly review is signed late in its year or early the next; one dated before mid-year N is last year's.
    if (y === n + 1 || (y === n && (mo >= 7 || interim))) continue;
    const date = `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}`;
    out.push(finding('report.year', i, s.text[i], m.index, m[0].length, `Ngày ký ${date} không hợp với báo cáo năm ${n} (thường ký cuối năm ${n} hoặc đầu năm ${n + 1}).`, `The signing date ${date} does not fit a report on ${n} (usually signed late ${n} or early ${n + 1}).`));
  }
}

export function checkYear(s: ReportStructure): Finding[] {
  const n = s.year;
  if (n === null) return [];
  const out: Finding[] = [];
  checkDateline(s, n, out);
  const where = new Set<number>();
  for (let i = 0; i < s.titleEnd; i++) where.add(i);
  for (const h of s.headings) where.add(h.paragraph);
  for (let i = s.closingStart; i < s.text.length; i++) where.add(i);
  for (const i of [...where].sort((a, b) => a - b)) {
    const t = s.text[i];
    if (i < s.titleEnd && DATELINE.test(t)) continue;
    let from = 0;
    for (const y of plainYears(t)) {
      // The words that qualify a year: since the previous year named, within the same clause.
      const clauseStart = Math.max(t.lastIndexOf(';', y.start), t.lastIndexOf(':', y.start)) + 1;
      const inResults = i >= s.titleEnd && i < s.closingStart && !s.future.has(i);
      const expect = expectation(t.slice(Math.max(from, clauseStart), y.start), s.future.has(i), inResults);
      from = y.end;
      const ok = expect === 'result' ? y.year === n : expect === 'plan' ? y.year === n + 1 : y.year === n || y.year === n + 1;
      if (!ok) {
        const [vi, en] = yearMessage(y.year, n, expect);
        out.push(finding('report.year', i, t, y.start, y.end, vi, en));
      }
    }
  }
  return out;
}
