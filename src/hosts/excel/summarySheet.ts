// The "Tổng hợp" sheet's content, from the analysis: households by village (and by former commune), awards by level
// and by form, and the data of its two charts. Pure: the adapter and the fake write the same model.
import type { Analysis } from '../../core/analyse';
import { percent } from '../../core/summary/rates';
import { ALL_MEASURED, type HouseholdCounts } from '../../core/summary/households';
import type { SummarySheetModel } from './port';
import { plainOutputText } from '../../core/text/display';

export const SUMMARY_SHEET = 'Tổng hợp';

/**
 * A name scoped to the summary sheet the add-in creates (Name Manager, scope: that sheet). The settings record the
 * sheet's name only; a sheet of that name the clerk makes after deleting the add-in's carries no such name, and is
 * then never taken for the add-in's and overwritten. (Worksheet ids cannot tell: they change between sessions.)
 */
export const SUMMARY_MARK = 'baocao_summary';

const LEVEL_VI = { xa: 'Cấp xã', huyen: 'Cấp huyện', tinh: 'Cấp tỉnh', trung_uong: 'Trung ương' } as const;

/** Builds the summary sheet model; tables that have no data are left out, and so are their charts. */
export function summarySheetModel(a: Pick<Analysis, 'year' | 'summary' | 'formerCommunes'> & { commune?: string }, workbookName: string, when: Date): SummarySheetModel {
  const m: SummarySheetModel = {
    name: SUMMARY_SHEET,
    title: `TỔNG HỢP SỐ LIỆU NĂM ${a.year}${a.commune ? ` – XÃ ${a.commune.toUpperCase()}` : ''}`,
    subtitle: `Lập từ sổ "${workbookName}" lúc ${when.toLocaleString('vi-VN')} bằng Báo cáo xã`,
    tables: [],
    charts: [],
  };
  const h = a.summary.households;
  if (h) {
    const measured = h.measured ?? ALL_MEASURED;
    const cfRate = (ach: number, reg: number) => (measured.culturalFamily ? percent(ach, reg, 1) ?? '' : '');
    // A figure no column gives stays an empty cell, never 0.
    const known = (k: boolean, n: number) => (k ? n : '');
    const figures = (v: HouseholdCounts) => [
      v.total, known(measured.persons, v.persons), known(measured.poverty, v.poverty.poor), known(measured.poverty, v.poverty.nearPoor), known(measured.average, v.poverty.average),
      known(measured.culturalFamily, v.culturalFamily.registered), known(measured.culturalFamily, v.culturalFamily.achieved), cfRate(v.culturalFamily.achieved, v.culturalFamily.registered), known(measured.learningFamily, v.learningFamily),
    ];
    m.tables.push({
      title: 'Hộ gia đình theo thôn',
      header: ['Thôn', 'Số hộ', 'Nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Hộ MSTB', 'Đăng ký GĐVH', 'Đạt GĐVH', 'Tỷ lệ GĐVH (%)', 'Gia đình học tập'],
      rows: h.byVillage.map((v) => [v.village, ...figures(v)]),
      totalRow: ['Toàn xã', ...figures(h)],
      numberFormats: ['@', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0', '#,##0'],
    });
    if (measured.culturalFamily) m.charts.push({ title: 'Tỷ lệ hộ đạt Gia đình văn hóa theo thôn (%)', type: 'column', table: m.tables.length - 1, labelColumn: 0, valueColumns: [8] });
    // A merged commune: the same figures by former commune (they add up to the whole).
    const former = (a.formerCommunes ?? []).filter((c) => c.households);
    if (former.length) m.tables.push({
      title: 'Hộ gia đình theo xã cũ',
      header: ['Xã cũ', 'Số hộ', 'Nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Hộ MSTB', 'Đăng ký GĐVH', 'Đạt GĐVH', 'Tỷ lệ GĐVH (%)', 'Gia đình học tập'],
      rows: former.map((c) => [c.name ?? 'Chưa rõ xã cũ', ...figures(c.households as HouseholdCounts)]),
      totalRow: ['Toàn xã', ...figures(h)],
      numberFormats: ['@', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.0', '#,##0'],
    });
    const other = h.total - h.poverty.poor - h.poverty.nearPoor - h.poverty.average;
    // Without a class column there is no poverty table to draw: it would show every household as "khác".
    if (measured.poverty) m.tables.push({
      title: 'Hộ gia đình theo phân loại',
      header: ['Phân loại', 'Số hộ'],
      // Without an average-standard column those households are among the others, not a class of 0.
      rows: measured.average
        ? [['Hộ nghèo', h.poverty.poor], ['Hộ cận nghèo', h.poverty.nearPoor], ['Hộ có mức sống trung bình', h.poverty.average], ['Hộ khác', Math.max(0, other)]]
        : [['Hộ nghèo', h.poverty.poor], ['Hộ cận nghèo', h.poverty.nearPoor], ['Hộ khác', Math.max(0, other)]],
      totalRow: ['Tổng số hộ', h.total],
      numberFormats: ['@', '#,##0'],
    });
    if (measured.poverty) m.charts.push({ title: 'Hộ gia đình theo phân loại', type: 'pie', table: m.tables.length - 1, labelColumn: 0, valueColumns: [1] });
  }
  const w = a.summary.awards;
  if (w) {
    m.tables.push({
      title: 'Khen thưởng theo cấp',
      header: ['Cấp khen thưởng', 'Số lượt', 'Số tiền (đồng)'],
      rows: (Object.keys(LEVEL_VI) as Array<keyof typeof LEVEL_VI>).map((l) => [LEVEL_VI[l], w.byLevel[l], w.amount.byLevel[l]]),
      totalRow: ['Tổng cộng', w.total, w.amount.total],
      numberFormats: ['@', '#,##0', '#,##0'],
    });
    m.tables.push({
      title: 'Khen thưởng theo hình thức',
      header: ['Hình thức', 'Số lượt'],
      rows: Object.entries(w.byForm).sort((x, y) => y[1] - x[1]).map(([f, n]) => [f, n]),
      totalRow: ['Tổng cộng', w.total],
      numberFormats: ['@', '#,##0'],
    });
  }
  return withoutHiddenControls(m);
}

/** Village names, forms and the workbook's name come from clerks' cells: no hidden direction or control characters. */
function withoutHiddenControls(m: SummarySheetModel): SummarySheetModel {
  const clean = <T,>(v: T): T => (typeof v === 'string' ? (plainOutputText(v) as T) : v);
  return {
    ...m,
    title: clean(m.title),
    subtitle: clean(m.subtitle),
    tables: m.tables.map((t) => ({ ...t, title: clean(t.title), header: t.header.map(clean), rows: t.rows.map((r) => r.map(clean)), totalRow: t.totalRow?.map(clean) })),
  };
}
