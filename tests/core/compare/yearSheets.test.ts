// Last year's list kept as a sheet beside this year's ("Năm 2022", "Năm 2023"): set aside — not counted twice — and
// said; used as last year for the comparison. A sheet whose title was copied from last year but whose households are
// its own village's stays counted.
import { analyse, type WorkbookInput } from '../../../src/core/analyse';
import { analysePrevious } from '../../../src/core/compare/previous';
import { earlierYearWorkbooks } from '../../../src/core/yearSheets';
import { doubtText } from '../../../src/i18n/doubts';
import { householdWorkbook } from '../../fixtures/householdSheet';
import { register, Y2022, Y2023, type Household } from './twoYears';

const today = new Date(2024, 1, 1);
const sheetOf = (year: number, households: Household[], name: string) => ({ ...register('x', year, households).sheets[0], sheet: name });
const oneFile = (...sheets: WorkbookInput['sheets']): WorkbookInput => ({ file: 'so-ho.xlsx', sheets });

describe('a sheet per year in one workbook', () => {
  const wb = oneFile(sheetOf(2022, Y2022, 'Năm 2022'), sheetOf(2023, Y2023, 'Năm 2023'));
  const a = analyse([structuredClone(wb)], { today });
  const alone = analyse([register('so-ho.xlsx', 2023, Y2023)], { today });

  test('last year\'s sheet is not counted: the figures are this year\'s alone', () => {
    expect(a.year).toBe(2023);
    expect(a.files[0].registers.map((r) => r.grid.sheet)).toEqual(['Năm 2023']);
    expect(a.summary.households).toEqual(alone.summary.households);
    expect(a.files[0].ignored).toEqual([{ sheet: 'Năm 2022', reason: 'earlierYear', year: 2022, alongside: 'Năm 2023' }]);
  });

  test('said, with the evidence, and that it is last year for the comparison', () => {
    const d = a.doubts.filter((x) => x.code === 'sheet.earlierYear');
    expect(d.map((x) => [x.sheet, x.params])).toEqual([['Năm 2022', { year: 2022, current: 2023, alongside: 'Năm 2023', shared: 10, households: 11 }]]);
    expect(doubtText(d[0])).toBe('Trang "Năm 2022" là sổ năm 2022 (theo tên trang hoặc tiêu đề) và 10/11 hộ của trang có trong trang "Năm 2023", nên không tính vào số liệu năm 2023 (tránh đếm hai lần); được dùng làm sổ năm trước để so sánh. Nếu đó là sổ của năm nay, hãy sửa năm trong tên trang hoặc tiêu đề.');
  });

  test('compared as last year: the same comparison as two workbooks', () => {
    const last = earlierYearWorkbooks(a);
    expect(last.map((w) => [w.file, w.sheets.map((g) => g.sheet)])).toEqual([['so-ho.xlsx', ['Năm 2022']]]);
    const fromSheet = analysePrevious(last, a, { today });
    const fromFile = analysePrevious([register('so-ho-2022.xlsx', 2022, Y2022)], alone, { today });
    if (!fromSheet.ok || !fromFile.ok) throw new Error('not compared');
    expect(fromSheet.comparison.summary).toEqual(fromFile.comparison.summary);
    expect(fromSheet.comparison.households?.matched).toBe(fromFile.comparison.households?.matched);
  });

  test('this year\'s sheet without a year, last year\'s named: set aside once the year is confirmed', () => {
    const b = analyse([oneFile(sheetOf(2022, Y2022, 'DS 2022'), { ...householdWorkbook('x', ['UBND XÃ AN HÒA', 'DANH SÁCH HỘ GIA ĐÌNH'], Y2023, (h) => `Thôn ${h.village}`).sheets[0], sheet: 'DS hộ' })], { today, confirmed: { year: 2023 } });
    expect(b.files[0].ignored.map((i) => [i.sheet, i.reason])).toEqual([['DS 2022', 'earlierYear']]);
    expect(b.summary.households?.total).toBe(10);
  });

  test('a sheet two years back is set aside but is not last year', () => {
    const c = analyse([oneFile(sheetOf(2021, Y2022, 'Năm 2021'), sheetOf(2023, Y2023, 'Năm 2023'))], { today });
    expect(c.files[0].ignored.map((i) => [i.sheet, i.year])).toEqual([['Năm 2021', 2021]]);
    expect(earlierYearWorkbooks(c)).toEqual([]);
    expect(doubtText(c.doubts.find((x) => x.code === 'sheet.earlierYear')!)).not.toContain('so sánh');
  });
});

describe('what stays counted', () => {
  test('a village\'s sheet with a title copied from last year: its households are its own, so it is counted', () => {
    const east = Y2023.filter((h) => h.village === 'Đông Hải').map((h, i) => ({ ...h, code: `E${i}`, name: `${h.name} Đông`, cccd: undefined }));
    const extra: Household[] = Array.from({ length: 6 }, (_, i) => ({ code: `K${i}`, name: `Trịnh Văn Khải ${i}`, born: 1970 + i, village: 'Đông Hải', size: 3 }));
    const wb = oneFile(sheetOf(2023, Y2023, 'An Lạc'), sheetOf(2022, [...east, ...extra], 'Đông Hải'));
    const a = analyse([wb], { today });
    expect(a.files[0].ignored).toEqual([]);
    expect(a.summary.households?.total).toBe(Y2023.length + east.length + extra.length);
  });

  test('two files of two years given as this year\'s: the earlier one is set aside too (it repeats the other)', () => {
    const a = analyse([register('so-ho-2022.xlsx', 2022, Y2022), register('so-ho-2023.xlsx', 2023, Y2023)], { today });
    expect(a.files.map((f) => [f.file, f.registers.length, f.ignored.map((i) => i.reason)])).toEqual([['so-ho-2022.xlsx', 0, ['earlierYear']], ['so-ho-2023.xlsx', 1, []]]);
  });

  test('a short list (under five households) is no evidence either way', () => {
    const a = analyse([oneFile(sheetOf(2022, Y2022.slice(0, 4), 'Năm 2022'), sheetOf(2023, Y2023, 'Năm 2023'))], { today });
    expect(a.files[0].ignored).toEqual([]);
  });
});
