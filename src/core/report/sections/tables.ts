// Table sections: households by village (bang-thon) and the list of awards (bang-khen-thuong).
import type { Block, ReportSection, TableCell, TableRow } from '../model';
import { checkNote, text } from '../model';
import { viRate, viShortDate } from '../format';
import { viNumber } from '../../text/numbers';
import type { AwardItem, ReportInput } from '../input';
import type { ReportOptions } from './options';
import { ALL_MEASURED, type HouseholdCounts } from '../../summary/households';
import { absurdAmount, countedAmount } from '../../registers/awards/law';

const cell = (t: string, align: TableCell['align'] = 'left', bold = false): TableCell => ({ runs: text(t, bold ? { bold: true } : {}), align });
const num = (n: number, bold = false) => cell(viNumber(n), 'right', bold);
const head = (t: string, colSpan = 1, rowSpan = 1): TableCell => ({ runs: text(t, { bold: true }), align: 'center', colSpan, rowSpan });

/** bang-thon: households, persons, poverty, Gia đình văn hóa and Gia đình học tập per village, with a totals row. */
export function villageTableSection(input: ReportInput, o: ReportOptions): ReportSection {
  const base = { id: 'bang-thon' as const, title: 'Bảng số liệu hộ gia đình theo thôn' };
  const h = input.households;
  if (!h || h.total === 0) return { ...base, blocks: [], omitted: 'Chưa có số liệu hộ gia đình: cần mở sổ hộ gia đình của xã.' };
  const overAll = o.culturalFamilyBase === 'all';
  const m = h.measured ?? ALL_MEASURED;
  // A figure the registers have no column for is shown as "–", never as 0.
  const fig = (known: boolean, n: number, bold = false) => (known ? num(n, bold) : cell('–', 'right', bold));
  // A rate over 100% cannot be true: the cell says "(*)" and a note under the table names the village.
  const impossible = (v: HouseholdCounts) => m.culturalFamily && v.culturalFamily.achieved > (overAll ? v.total : v.culturalFamily.registered);
  const rate = (a: number, reg: number, total: number) => (m.culturalFamily ? (a > (overAll ? total : reg) ? '(*)' : viRate(a, overAll ? total : reg, o.decimals.culturalFamily)?.replace('%', '')) : null) ?? '–';
  const figures = (v: HouseholdCounts, bold = false) => [
    num(v.total, bold), fig(m.persons, v.persons, bold), fig(m.poverty, v.poverty.poor, bold), fig(m.poverty, v.poverty.nearPoor, bold), fig(m.average, v.poverty.average, bold),
    fig(m.culturalFamily, v.culturalFamily.registered, bold), fig(m.culturalFamily, v.culturalFamily.achieved, bold), cell(rate(v.culturalFamily.achieved, v.culturalFamily.registered, v.total), 'right', bold), fig(m.learningFamily, v.learningFamily, bold),
  ];
  const rows: TableRow[] = h.byVillage.map((v, i) => ({
    kind: 'data',
    cells: [cell(String(i + 1), 'center'), cell(v.known ? v.village : `${v.village} (chưa rõ)`), ...figures(v)],
  }));
  if (h.withoutVillage) rows.push({ kind: 'data', cells: [cell(String(rows.length + 1), 'center'), cell('Chưa rõ thôn'), num(h.withoutVillage), ...Array.from({ length: 8 }, () => cell('', 'right'))] });
  rows.push({
    kind: 'total',
    cells: [cell('', 'center'), cell('Toàn xã', 'left', true), ...figures(h, true)],
  });
  const wrong = [...h.byVillage.filter(impossible).map((v) => `thôn ${v.village}`), ...(impossible(h) ? ['toàn xã'] : [])];
  const note: Block[] = wrong.length
    ? [{ type: 'paragraph', indent: false, runs: [checkNote(`(*) ${wrong.join(', ')}: số hộ đạt Gia đình văn hóa nhiều hơn số hộ ${overAll ? 'của thôn' : 'đăng ký'}, tỷ lệ không tính được; cần kiểm tra lại sổ.`, false)] }]
    : [];
  const columns = [5, 20, 8, 9, 7, 8, 8, 8, 7, 8, 9].map((width, i) => ({ width, align: (i === 0 ? 'center' : i === 1 ? 'left' : 'right') as TableCell['align'] & string }));
  return {
    ...base,
    blocks: [{
      type: 'table',
      caption: text(`Bảng: Số liệu hộ gia đình theo thôn năm ${input.year}`, { bold: true }),
      columns,
      header: [
        [head('STT', 1, 2), head('Thôn', 1, 2), head('Số hộ', 1, 2), head('Nhân khẩu', 1, 2), head('Phân loại hộ', 3), head('Gia đình văn hóa', 3), head('Gia đình học tập', 1, 2)],
        [head('Nghèo'), head('Cận nghèo'), head('Mức sống TB'), head('Đăng ký'), head('Đạt'), head(`Tỷ lệ (%)`)],
      ],
      rows,
    }, ...note],
  };
}

const GROUPS: Array<{ title: string; test: (a: AwardItem) => boolean }> = [
  { title: 'Khen thưởng của Chủ tịch UBND xã', test: (a) => a.communeChair },
  { title: 'Cấp trên khen thưởng', test: (a) => a.higher },
  { title: 'Đảng ủy xã khen thưởng', test: (a) => a.party },
  { title: 'Khen thưởng khác', test: () => true },
];

const KIND = { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' } as const;

/** bang-khen-thuong: one row per award, grouped A. commune chairman, B. higher levels, C. Party committee. */
export function awardsTableSection(input: ReportInput): ReportSection {
  const base = { id: 'bang-khen-thuong' as const, title: 'Bảng danh sách khen thưởng' };
  if (!input.awardItems.length) return { ...base, blocks: [], omitted: 'Chưa có số liệu khen thưởng: cần mở sổ khen thưởng của xã.' };
  const rows: TableRow[] = [];
  const placed = new Set<AwardItem>();
  let letter = 0;
  for (const g of GROUPS) {
    const items = input.awardItems.filter((a) => !placed.has(a) && g.test(a));
    if (!items.length) continue;
    items.forEach((a) => placed.add(a));
    rows.push({ kind: 'group', cells: [{ runs: text(`${String.fromCharCode(65 + letter++)}. ${g.title}`, { bold: true, italic: true }), colSpan: 7, align: 'left' }] });
    items.forEach((a, i) => {
      const decision = [a.decisionNo, a.decisionDate ? viShortDate(a.decisionDate) : null].filter(Boolean).join(' ngày ');
      rows.push({
        kind: 'data',
        cells: [cell(String(i + 1), 'center'), cell(a.recipientName), cell(a.position ?? (a.recipientKind ? KIND[a.recipientKind] : '')), cell(a.form), cell(a.authority ?? ''), cell(decision, 'center'), cell(a.amount ? `${viNumber(a.amount)}${absurdAmount(a.amount) ? ' (*)' : ''}` : '', 'right')],
      });
    });
  }
  const total = input.awardItems.reduce((s, a) => s + countedAmount(a.amount), 0);
  const absurd = input.awardItems.filter((a) => absurdAmount(a.amount)).length;
  // No amount written anywhere is no money column, not 0 đồng.
  const anyAmount = input.awardItems.some((a) => a.amount !== null);
  rows.push({ kind: 'total', cells: [{ runs: text(`Tổng cộng: ${viNumber(input.awardItems.length)} lượt khen thưởng`, { bold: true }), colSpan: 6, align: 'left' }, anyAmount ? num(total, true) : cell('', 'right', true)] });
  const widths = [4, 19, 18, 12, 18, 18, 11];
  const aligns: Array<TableCell['align'] & string> = ['center', 'left', 'left', 'left', 'left', 'center', 'right'];
  return {
    ...base,
    blocks: [{
      type: 'table',
      caption: text(`Bảng: Danh sách khen thưởng năm ${input.year}`, { bold: true }),
      columns: widths.map((width, i) => ({ width, align: aligns[i] })),
      header: [[head('STT'), head('Tên tập thể, cá nhân'), head('Chức vụ, đơn vị'), head('Hình thức'), head('Cơ quan quyết định'), head('Số, ngày quyết định'), head('Số tiền (đồng)')]],
      rows,
    }, ...(absurd ? [{ type: 'paragraph' as const, indent: false, runs: [checkNote(`(*) ${absurd} khen thưởng ghi số tiền lớn hơn mức thưởng cao nhất có thể, không được cộng vào tổng; cần kiểm tra lại sổ.`, false)] }] : [])],
  };
}
