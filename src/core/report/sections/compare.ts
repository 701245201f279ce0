// so-sanh: this year's figures against last year's, in the report's own words ("Số hộ nghèo giảm 6 hộ so với năm
// 2022 (từ 48 xuống 42 hộ; tỷ lệ giảm 0,28 điểm %)"), the households that moved, and two comparison tables.
import type { Block, ReportSection, Run, TableCell, TableRow } from '../model';
import { checkNote, text } from '../model';
import { viDecimal, viNumber } from '../../text/numbers';
import type { ReportInput } from '../input';
import type { ReportOptions } from './options';
import { figure, type FigureChange, type FigureId, type ReportComparison, type VillageChange } from '../../compare';

const NO_PREVIOUS = 'Chưa có số liệu năm trước: cần mở sổ của năm trước để so sánh.';

/** Decimals of a rate figure, as the report prints that rate. */
function rateDecimals(id: FigureId, o: ReportOptions): number {
  return id === 'rate.culturalFamilyAchieved' ? o.decimals.culturalFamily : o.decimals.poverty;
}

/** "+12", "-6", "0"; rates "+0,91", "-6,36". */
function signed(n: number, decimals = 0): string {
  const body = decimals ? viDecimal(Math.abs(n), decimals) : viNumber(Math.abs(n));
  return /[1-9]/.test(body) ? `${n > 0 ? '+' : '-'}${body}` : decimals ? viDecimal(0, decimals) : '0';
}

const COUNT_SUBJECTS: Array<{ id: FigureId; rate?: FigureId; subject: string; unit: string; rateWord?: string }> = [
  { id: 'households', subject: 'Tổng số hộ toàn xã', unit: 'hộ' },
  { id: 'poor', rate: 'rate.poor', subject: 'Số hộ nghèo', unit: 'hộ' },
  { id: 'nearPoor', rate: 'rate.nearPoor', subject: 'Số hộ cận nghèo', unit: 'hộ' },
  { id: 'average', rate: 'rate.average', subject: 'Số hộ có mức sống trung bình', unit: 'hộ' },
  { id: 'culturalFamilyAchieved', rate: 'rate.culturalFamilyAchieved', subject: 'Số hộ đạt danh hiệu Gia đình văn hóa', unit: 'hộ', rateWord: 'tỷ lệ đạt' },
  { id: 'learningFamily', subject: 'Số hộ đạt danh hiệu Gia đình học tập', unit: 'hộ' },
];

/** "tỷ lệ giảm 0,28 điểm %", "tỷ lệ không đổi"; null when a year has no rate. */
function rateClause(f: FigureChange | undefined, decimals: number, word = 'tỷ lệ'): string | null {
  if (!f || f.change === null) return null;
  const points = viDecimal(Math.abs(f.change), decimals);
  if (!/[1-9]/.test(points)) return `${word} không đổi`;
  return `${word} ${f.change > 0 ? 'tăng' : 'giảm'} ${points} điểm %`;
}

/** One sentence of a count and its rate against last year; null when either year lacks the count. */
function countSentence(c: FigureChange | undefined, rate: string | null, subject: string, unit: string, previousYear: number): string | null {
  if (!c || c.change === null || c.current === null || c.previous === null) return null;
  const tail = rate ? `; ${rate}` : '';
  if (c.change === 0) return `${subject} không thay đổi so với năm ${previousYear} (${viNumber(c.current)} ${unit}${tail}).`;
  const up = c.change > 0;
  return `${subject} ${up ? 'tăng' : 'giảm'} ${viNumber(Math.abs(c.change))} ${unit} so với năm ${previousYear} (từ ${viNumber(c.previous)} ${up ? 'lên' : 'xuống'} ${viNumber(c.current)} ${unit}${tail}).`;
}

/** What the matching of households says, in one sentence; null when nothing was matched. */
function movementSentence(cmp: ReportComparison): Run[] {
  const m = cmp.movements;
  if (!m || m.matched === 0) return [];
  const parts: string[] = [];
  const poverty = [m.leftPoverty ? `${viNumber(m.leftPoverty)} hộ thoát nghèo` : null, m.fellIntoPoverty ? `${viNumber(m.fellIntoPoverty)} hộ nghèo phát sinh` : null].filter((x): x is string => x !== null);
  if (m.leftPoverty !== null) parts.push(poverty.length ? poverty.join(', ') : 'không có hộ thoát nghèo hay hộ nghèo phát sinh');
  if (m.newHouseholds) parts.push(`${viNumber(m.newHouseholds)} hộ mới có tên trong sổ${m.newPoor ? ` (trong đó ${viNumber(m.newPoor)} hộ thuộc diện nghèo)` : ''}`);
  if (m.removedHouseholds) parts.push(`${viNumber(m.removedHouseholds)} hộ không còn trong sổ`);
  if (m.culturalFamilyKept !== null && (m.culturalFamilyKept || m.culturalFamilyLost)) {
    parts.push(`${viNumber(m.culturalFamilyKept)} hộ giữ vững danh hiệu Gia đình văn hóa${m.culturalFamilyLost ? `, ${viNumber(m.culturalFamilyLost)} hộ không còn đạt` : ''}`);
  }
  if (!parts.length) return [];
  const runs = text(`Qua đối chiếu sổ hộ gia đình năm ${cmp.year} với năm ${cmp.previousYear}: ${parts.join('; ')}.`);
  if (m.ambiguous) runs.push(checkNote(`${viNumber(m.ambiguous)} dòng không ghép được giữa hai năm vì có hơn một hộ cùng mã hộ, số CCCD hoặc cùng họ tên, năm sinh, thôn; các dòng này không được tính là hộ mới hay hộ không còn trong sổ.`));
  return runs;
}

/** Villages in one year only: a rename the profile does not state is not guessed, it is said. */
function villageNote(cmp: ReportComparison): Block[] {
  const alone = (cmp.villages ?? []).filter((v) => v.matchedBy === null);
  if (!alone.length) return [];
  const only = (v: VillageChange) => `thôn ${v.village} chỉ có trong sổ năm ${v.inCurrent ? cmp.year : cmp.previousYear}`;
  return [{ type: 'paragraph', indent: false, runs: [checkNote(`${alone.map(only).join(', ')}; nếu thôn đã đổi tên, cần ghi vào hồ sơ xã (mục "Thôn đổi tên") để so sánh theo thôn.`, false)] }];
}

const cell = (t: string, align: TableCell['align'] = 'left', bold = false): TableCell => ({ runs: text(t, bold ? { bold: true } : {}), align });
const head = (t: string, colSpan = 1, rowSpan = 1): TableCell => ({ runs: text(t, { bold: true }), align: 'center', colSpan, rowSpan });

const TABLE_ROWS: Array<{ id: FigureId; label: string; unit: string }> = [
  { id: 'households', label: 'Tổng số hộ', unit: 'hộ' },
  { id: 'persons', label: 'Nhân khẩu', unit: 'người' },
  { id: 'poor', label: 'Hộ nghèo', unit: 'hộ' },
  { id: 'rate.poor', label: 'Tỷ lệ hộ nghèo', unit: '%' },
  { id: 'nearPoor', label: 'Hộ cận nghèo', unit: 'hộ' },
  { id: 'rate.nearPoor', label: 'Tỷ lệ hộ cận nghèo', unit: '%' },
  { id: 'average', label: 'Hộ có mức sống trung bình', unit: 'hộ' },
  { id: 'rate.average', label: 'Tỷ lệ hộ có mức sống trung bình', unit: '%' },
  { id: 'culturalFamilyRegistered', label: 'Hộ đăng ký Gia đình văn hóa', unit: 'hộ' },
  { id: 'culturalFamilyAchieved', label: 'Hộ đạt Gia đình văn hóa', unit: 'hộ' },
  { id: 'rate.culturalFamilyAchieved', label: 'Tỷ lệ đạt Gia đình văn hóa', unit: '%' },
  { id: 'learningFamily', label: 'Hộ đạt Gia đình học tập', unit: 'hộ' },
  { id: 'awards.total', label: 'Khen thưởng', unit: 'lượt' },
  { id: 'awards.collective', label: 'Khen thưởng tập thể', unit: 'lượt' },
  { id: 'awards.individual', label: 'Khen thưởng cá nhân', unit: 'lượt' },
  { id: 'awards.amount', label: 'Tiền thưởng', unit: 'đồng' },
];

/** A value of one year as the table shows it: "–" when that year has no such figure. */
function shown(f: FigureChange, v: number | null, o: ReportOptions): string {
  if (v === null) return '–';
  return f.kind === 'rate' ? viDecimal(v, rateDecimals(f.id, o)) : viNumber(v);
}

function figuresTable(cmp: ReportComparison, o: ReportOptions): Block | null {
  const all = [...(cmp.households ?? []), ...(cmp.awards ?? [])];
  const rows: TableRow[] = [];
  for (const r of TABLE_ROWS) {
    const f = all.find((x) => x.id === r.id);
    // A figure neither year gives is left out; one year without it shows "–".
    if (!f || (f.current === null && f.previous === null)) continue;
    const d = f.kind === 'rate' ? rateDecimals(f.id, o) : 0;
    const unit = f.kind === 'rate' ? '%' : r.unit;
    rows.push({ kind: 'data', cells: [cell(String(rows.length + 1), 'center'), cell(r.label), cell(unit, 'center'), cell(shown(f, f.previous, o), 'right'), cell(shown(f, f.current, o), 'right'), cell(f.change === null ? '–' : signed(f.change, d), 'right')] });
  }
  if (!rows.length) return null;
  return {
    type: 'table',
    caption: text(`Bảng: So sánh số liệu năm ${cmp.year} với năm ${cmp.previousYear}`, { bold: true }),
    columns: [5, 37, 10, 15, 15, 18].map((width, i) => ({ width, align: (i === 0 || i === 2 ? 'center' : i === 1 ? 'left' : 'right') as TableCell['align'] & string })),
    header: [[head('STT'), head('Chỉ tiêu'), head('Đơn vị'), head(`Năm ${cmp.previousYear}`), head(`Năm ${cmp.year}`), head('Tăng (+), giảm (-)')]],
    rows,
  };
}

const VILLAGE_FIGURES: Array<{ id: FigureId; title: string }> = [
  { id: 'households', title: 'Số hộ' },
  { id: 'poor', title: 'Hộ nghèo' },
  { id: 'culturalFamilyAchieved', title: 'Hộ đạt Gia đình văn hóa' },
];

function villagesTable(cmp: ReportComparison): Block | null {
  const villages = cmp.villages ?? [];
  if (villages.length < 2) return null;
  // A figure neither year's registers give (no class column) has no columns in the table.
  const shownFigures = VILLAGE_FIGURES.filter((g) => villages.some((v) => { const f = figure(v.figures, g.id); return f && (f.current !== null || f.previous !== null); }));
  const name = (v: VillageChange) => (v.previousName ? `${v.village} (năm ${cmp.previousYear}: ${v.previousName})` : v.matchedBy === null ? `${v.village} (chỉ có năm ${v.inCurrent ? cmp.year : cmp.previousYear})` : v.village);
  const rows: TableRow[] = villages.map((v, i) => ({
    kind: 'data',
    cells: [cell(String(i + 1), 'center'), cell(name(v)), ...shownFigures.flatMap((g) => {
      const f = figure(v.figures, g.id);
      const s = (n: number | null | undefined) => (n === null || n === undefined ? '–' : viNumber(n));
      return [cell(s(f?.previous), 'right'), cell(s(f?.current), 'right'), cell(f?.change === null || f?.change === undefined ? '–' : signed(f.change), 'right')];
    })],
  }));
  const total: TableRow = {
    kind: 'total',
    cells: [cell('', 'center'), cell('Toàn xã', 'left', true), ...shownFigures.flatMap((g) => {
      const f = figure(cmp.households, g.id);
      const s = (n: number | null | undefined) => (n === null || n === undefined ? '–' : viNumber(n));
      return [cell(s(f?.previous), 'right', true), cell(s(f?.current), 'right', true), cell(f?.change === null || f?.change === undefined ? '–' : signed(f.change), 'right', true)];
    })],
  };
  return {
    type: 'table',
    caption: text(`Bảng: So sánh số liệu hộ gia đình theo thôn năm ${cmp.year} với năm ${cmp.previousYear}`, { bold: true }),
    columns: [5, 23, ...shownFigures.flatMap(() => [8, 8, 8])].map((width, i) => ({ width, align: (i === 0 ? 'center' : i === 1 ? 'left' : 'right') as TableCell['align'] & string })),
    header: [
      [head('STT', 1, 2), head('Thôn', 1, 2), ...shownFigures.map((g) => head(g.title, 3))],
      shownFigures.flatMap(() => [head(`${cmp.previousYear}`), head(`${cmp.year}`), head('+/-')]),
    ],
    rows: [...rows, total],
  };
}

/** so-sanh: the year's figures against last year's, sentences then tables. */
export function comparisonSection(input: ReportInput, o: ReportOptions): ReportSection {
  const base = { id: 'so-sanh' as const, title: 'So sánh với năm trước' };
  const cmp = input.comparison;
  if (!cmp || (!cmp.households && !cmp.awards)) return { ...base, blocks: [], omitted: NO_PREVIOUS };
  const sentences: string[] = [];
  for (const s of COUNT_SUBJECTS) {
    const rate = s.rate ? rateClause(figure(cmp.households, s.rate), rateDecimals(s.rate, o), s.rateWord) : null;
    const line = countSentence(figure(cmp.households, s.id), rate, s.subject, s.unit, cmp.previousYear);
    if (line) sentences.push(line);
  }
  const awards = countSentence(figure(cmp.awards, 'awards.total'), null, 'Tổng số lượt khen thưởng', 'lượt', cmp.previousYear);
  if (awards) sentences.push(awards);
  if (!sentences.length) return { ...base, blocks: [], omitted: NO_PREVIOUS };
  const blocks: Block[] = [{ type: 'list', marker: '-', items: sentences.map((s) => text(s)) }];
  const moved = movementSentence(cmp);
  if (moved.length) blocks.push({ type: 'paragraph', runs: moved });
  const t1 = figuresTable(cmp, o);
  if (t1) blocks.push(t1);
  const t2 = villagesTable(cmp);
  if (t2) blocks.push(t2);
  blocks.push(...villageNote(cmp));
  return { ...base, blocks };
}
