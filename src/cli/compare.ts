// `--previous <file.xlsx>…`: last year's registers beside this year's. They are analysed like this year's (with the
// profile moved back a year: the year before, the villages under their old names), compared, and printed as text or
// JSON. Rows are named by file, sheet and row only: never by a person's name or CCCD.
import type { Analysis, WorkbookInput } from '../core/analyse';
import { analysePrevious, LISTED_ROWS, type CurrentYear } from '../core/compare/previous';
import type { LayoutOverride } from '../core/layout/detect';
import { figure, type Comparison, type FigureChange, type FigureId, type MatchKey, type RowRef } from '../core/compare';
import type { CommuneProfile } from '../core/profile';
import { readWorkbookFile } from '../io/xlsx';
import { baseName, unusable } from '../io/errors';
import { UsageError } from './profileFile';
import { table } from './table';
import { viDecimal, viNumber } from '../core/text/numbers';
import { sameFile } from './outputFile';

/** Reads last year's files, refusing one that is also among this year's. */
export async function readPrevious(files: string[], currentFiles: string[]): Promise<WorkbookInput[]> {
  for (const f of files) for (const c of currentFiles) {
    if (await sameFile(f, c)) throw new UsageError(`Tệp "${baseName(f)}" vừa là sổ năm nay vừa là sổ năm trước (--previous): hãy đưa sổ của năm trước sau --previous.`);
  }
  return readWorkbooks(files);
}

/** The workbooks of the files given, each named by its file name. */
export async function readWorkbooks(files: string[]): Promise<WorkbookInput[]> {
  const workbooks: WorkbookInput[] = [];
  for (const f of files) workbooks.push({ ...(await readWorkbookFile(f)), file: baseName(f) });
  return workbooks;
}

/** Analyses last year's workbooks (with the clerk's --map corrections) and compares this year's analysis with them. */
export function comparePrevious(workbooks: WorkbookInput[], current: CurrentYear, profile: CommuneProfile | undefined, overrides: Record<string, LayoutOverride> = {}, from: string | null = null): { previous: Analysis; comparison: Comparison; note: string | null } {
  const r = analysePrevious(workbooks, current, { profile, overrides, today: new Date() });
  if (!r.ok && r.problem === 'not-earlier') throw new UsageError(`Sổ đưa sau --previous là sổ năm ${r.year}, không trước năm báo cáo ${r.currentYear}: hãy kiểm tra lại tệp, hoặc ghi năm trong hồ sơ xã.`);
  if (!r.ok) throw unusable(r.problem, r.file);
  // A year guessed from a file date says nothing: last year's registers are taken as the year before.
  const assumed = r.yearAssumed ? `(Sổ năm trước không ghi năm: được coi là sổ năm ${current.year - 1}.)` : null;
  return { previous: r.previous, comparison: r.comparison, note: [from, assumed].filter(Boolean).join('\n') || null };
}

/** Where last year's registers came from when they are sheets beside this year's (no --previous). */
export function sheetsNote(workbooks: WorkbookInput[]): string {
  const sheets = workbooks.flatMap((w) => w.sheets.map((g) => `"${g.sheet}" (${w.file})`));
  return `(Sổ năm trước: trang ${sheets.join(', ')}, để cạnh sổ năm nay trong cùng tệp.)`;
}

const LABELS: Array<[FigureId, string]> = [
  ['households', 'Số hộ'], ['persons', 'Nhân khẩu'], ['poor', 'Hộ nghèo'], ['rate.poor', 'Tỷ lệ hộ nghèo (%)'],
  ['nearPoor', 'Hộ cận nghèo'], ['rate.nearPoor', 'Tỷ lệ hộ cận nghèo (%)'], ['average', 'Hộ mức sống TB'], ['rate.average', 'Tỷ lệ hộ mức sống TB (%)'],
  ['culturalFamilyRegistered', 'Đăng ký GĐVH'], ['culturalFamilyAchieved', 'Đạt GĐVH'], ['rate.culturalFamilyAchieved', 'Tỷ lệ đạt GĐVH (%)'],
  ['learningFamily', 'GĐ học tập'], ['awards.total', 'Khen thưởng (lượt)'], ['awards.collective', 'Khen tập thể'], ['awards.individual', 'Khen cá nhân'],
  ['awards.commune', 'Khen cấp xã'], ['awards.higher', 'Cấp trên khen'], ['awards.amount', 'Tiền thưởng (đồng)'], ['awards.communeChair', 'Quỹ xã (đồng)'],
];

const value = (f: FigureChange, v: number | null) => (v === null ? '–' : f.kind === 'rate' ? viDecimal(v, 2) : viNumber(v));
const delta = (f: FigureChange) => {
  if (f.change === null) return '–';
  const s = f.kind === 'rate' ? viDecimal(Math.abs(f.change), 2) : viNumber(Math.abs(f.change));
  return /[1-9]/.test(s) ? `${f.change > 0 ? '+' : '-'}${s}` : '0';
};

const HOW: Record<MatchKey, string> = { householdId: 'mã hộ', cccd: 'CCCD chủ hộ', nameBirthVillage: 'họ tên + năm sinh + thôn' };
const at = (r: RowRef) => `${r.file} › ${r.sheet}!${r.row}`;

function rowList(title: string, refs: string[]): string[] {
  if (!refs.length) return [];
  const more = refs.length > LISTED_ROWS ? [`    … và ${viNumber(refs.length - LISTED_ROWS)} dòng khác (xem --json).`] : [];
  return [`  ${title} (${viNumber(refs.length)}):`, ...refs.slice(0, LISTED_ROWS).map((r) => `    ${r}`), ...more];
}

/** The comparison as readable Vietnamese tables and lists. */
export function comparisonText(c: Comparison, note: string | null): string {
  const s = c.summary;
  const out: string[] = [`SO SÁNH NĂM ${s.year} VỚI NĂM ${s.previousYear}`];
  if (note) out.push(note);
  const figures = [...(s.households ?? []), ...(s.awards ?? [])];
  const rows = LABELS.flatMap(([id, label]) => {
    const f = figure(figures, id);
    return f && (f.current !== null || f.previous !== null) ? [[label, value(f, f.previous), value(f, f.current), delta(f)]] : [];
  });
  if (rows.length) out.push(table(['Chỉ tiêu', `Năm ${s.previousYear}`, `Năm ${s.year}`, 'Tăng/giảm'], rows));
  else out.push('Hai năm không có cùng loại sổ (hộ gia đình, khen thưởng) để so sánh.');
  if (s.villages?.length) {
    const cell = (fs: FigureChange[], id: FigureId) => {
      const f = figure(fs, id);
      return f ? [value(f, f.previous), value(f, f.current), delta(f)] : ['–', '–', '–'];
    };
    const vrows = s.villages.map((v) => [v.previousName ? `${v.village} (trước: ${v.previousName})` : v.matchedBy ? v.village : `${v.village} (chỉ năm ${v.inCurrent ? s.year : s.previousYear})`, ...cell(v.figures, 'households'), ...cell(v.figures, 'poor')]);
    out.push('', table(['Thôn', `Hộ ${s.previousYear}`, `Hộ ${s.year}`, '+/-', `Nghèo ${s.previousYear}`, `Nghèo ${s.year}`, '+/-'], vrows));
    const alone = s.villages.filter((v) => v.matchedBy === null);
    if (alone.length) out.push(`(Thôn chỉ có trong một năm: ${alone.map((v) => v.village).join(', ')}. Nếu thôn đã đổi tên, ghi vào hồ sơ xã: "renamedVillages": [{ "from": "tên cũ", "to": "tên mới" }].)`);
  }
  const h = c.households;
  if (h) {
    const by = (Object.keys(HOW) as MatchKey[]).filter((k) => h.matchedBy[k]).map((k) => `${viNumber(h.matchedBy[k])} theo ${HOW[k]}`);
    out.push('', `GHÉP HỘ GIỮA HAI NĂM: ${viNumber(h.matched)} hộ có trong cả hai năm${by.length ? ` (${by.join(', ')})` : ''}; ${viNumber(h.newHouseholds.length)} hộ mới; ${viNumber(h.removedHouseholds.length)} hộ không còn trong sổ; ${viNumber(h.ambiguous.length)} dòng không ghép được vì trùng khóa.`);
    const pair = (m: { current: RowRef; previous: RowRef; by: MatchKey }) => `${at(m.current)} ← ${at(m.previous)} (theo ${HOW[m.by]})`;
    const mv = h.movements;
    out.push(
      ...rowList('Thoát nghèo', (mv.leftPoverty ?? []).map(pair)),
      ...rowList('Hộ nghèo phát sinh', (mv.fellIntoPoverty ?? []).map(pair)),
      ...rowList('Thoát cận nghèo', (mv.leftNearPoor ?? []).map(pair)),
      ...rowList('Cận nghèo phát sinh', (mv.fellIntoNearPoor ?? []).map(pair)),
      ...rowList('Không còn đạt Gia đình văn hóa', (mv.culturalFamilyLost ?? []).map(pair)),
      ...rowList('Hộ mới (chỉ có năm nay)', h.newHouseholds.map(at)),
      ...rowList('Hộ không còn trong sổ (chỉ có năm trước)', h.removedHouseholds.map(at)),
      ...rowList('Không ghép được (hơn một hộ cùng khóa, không đoán)', h.ambiguous.map((a) => `${at(a.ref)} (năm ${a.year === 'current' ? s.year : s.previousYear}; ${HOW[a.by]}: ${viNumber(a.currentRows)} dòng năm nay, ${viNumber(a.previousRows)} dòng năm trước)`)),
    );
    if (mv.culturalFamilyKept) out.push(`  Giữ vững Gia đình văn hóa: ${viNumber(mv.culturalFamilyKept.length)} hộ; mới đạt: ${viNumber(mv.culturalFamilyGained?.length ?? 0)} hộ.`);
  }
  return out.join('\n');
}

/** The comparison as JSON: both years' figures and changes, and every matched movement and unmatched row. */
export function comparisonJson(c: Comparison, previous: Analysis) {
  return {
    previous: { year: previous.year, villages: previous.villages, inferred: previous.inferred, households: previous.summary.households ?? null, awards: previous.summary.awards ?? null },
    comparison: { ...c.summary, households: c.summary.households ?? null, matching: c.households ?? null },
  };
}
