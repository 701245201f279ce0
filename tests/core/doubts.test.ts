// What the analysis is unsure of is said, not hidden: doubts as data, rendered for the clerk.
import { analyse } from '../../src/core/analyse';
import { gridOf, type CellValue } from '../../src/core/grid';
import { doubtText } from '../../src/i18n/doubts';
import { yearsOfDatedLines } from '../../src/core/year';
import { isErrorDoubt } from '../../src/core/doubts';
import { buildReport } from '../../src/core/report/sections';
import { reportInputOf } from '../../src/core/report/input';
import { reportText } from '../../src/core/report/plainText';

const _ = null;

describe('more households achieving Gia đình văn hóa than registered', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Đăng ký GĐVH', 'Đạt GĐVH'],
    [1, 'Nguyễn Văn An', 'Đông Phong', 4, 'x', 'x'],
    [2, 'Lê Văn Dũng', 'Đông Phong', 3, _, 'x'],
    [3, 'Hoàng Thị Gấm', 'Tây Phong', 2, 'x', 'x'],
  ];
  const a = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)] }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] } });

  test('is a doubt for the commune and for the village, with both figures, in Vietnamese and English', () => {
    const found = a.doubts.filter((x) => x.code === 'figure.implausible');
    expect(found.map((d) => d.params)).toEqual([{ village: '', achieved: 3, registered: 2 }, { village: 'Đông Phong', achieved: 2, registered: 1 }]);
    expect(doubtText(found[1], 'vi')).toContain('(2) nhiều hơn số hộ đăng ký (1) ở thôn Đông Phong');
    expect(doubtText(found[1], 'en')).toContain('in Đông Phong');
  });

  test('is also an error at the row that achieved without registering', () => {
    expect(a.files[0].registers[0].issues.find((i) => i.cell === 'F3')).toMatchObject({ code: 'row.conflict' });
  });

  test('fails validation like an error, and its report writes no rate over 100% but a note to check', () => {
    const found = a.doubts.filter(isErrorDoubt);
    expect(found.map((d) => d.code)).toEqual(['figure.implausible', 'figure.implausible']);
    expect(a.doubts.filter((d) => d.code !== 'figure.implausible' && isErrorDoubt(d))).toEqual([]);
    const text = reportText(buildReport(reportInputOf(a), ['van-hoa', 'bang-thon']), false);
    expect(text).not.toMatch(/[1-9]\d{2}(,\d+)?%|150/);
    expect(text).toContain('[Cần kiểm tra: số hộ đạt (3) nhiều hơn số hộ đăng ký (2)');
    expect(text).toContain('(*) thôn Đông Phong, toàn xã: số hộ đạt Gia đình văn hóa nhiều hơn số hộ đăng ký');
  });
});

describe('a village column of provinces and countries, without a profile', () => {
  const places = ['Hà Nội', 'Đài Loan', 'Hàn Quốc', 'Bình Dương', 'Nhật Bản', 'Đồng Nai'];
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Địa chỉ', 'Số nhân khẩu'],
    ...places.flatMap((p, i) => [[i * 2 + 1, `Nguyễn Văn Hộ ${i}`, 1970, p, 3], [i * 2 + 2, `Trần Thị Hộ ${i}`, 1975, p, 2]] as CellValue[][]),
  ];
  const a = analyse([{ file: 'ds.xlsx', sheets: [gridOf('DS', rows)] }]);

  test('gives no village table and says which column it let go, with examples', () => {
    expect(a.summary.households?.byVillage).toEqual([]);
    const [d] = a.doubts.filter((x) => x.code === 'village.implausible');
    expect(d).toMatchObject({ sheet: 'DS', field: 'village', params: { column: 'D', distinct: 6 } });
    expect(doubtText(d, 'vi')).toMatch(/cột D có 6 giá trị khác nhau như "Hà Nội; Đài Loan; Hàn Quốc"/);
  });

  test('still counts every household and person', () => {
    expect(a.summary.households).toMatchObject({ total: 12, persons: 30 });
  });
});

describe('the report year from the dates written around a list', () => {
  test.each([
    ['Yên Lâm, ngày 25 tháng 12 năm 2024', [2024]],
    ['(Kèm theo Tờ trình số 45/TTr-UBND ngày 10/12/2024 của UBND xã)', [2024]],
    ['An Hòa, ngày 15 tháng 01 năm 2025', [2024]],
    ['ngày … tháng … năm 2024', []],
  ])('"%s" points to %p', (line, years) => {
    expect(yearsOfDatedLines([line])).toEqual(years);
  });
});

describe('the report year when the registers do not state it', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu'],
    [1, 'Nguyễn Văn An', 'Đông Phong', 4],
    [2, 'Lê Văn Dũng', 'Tây Phong', 3],
  ];
  const today = new Date(Date.UTC(2026, 11, 5));

  test('a guess from today is a doubt naming the year and where it came from', () => {
    const a = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)] }], { today });
    expect(a.year).toBe(2026);
    const d = a.doubts.find((x) => x.code === 'year.guessed');
    expect(d?.params).toEqual({ year: 2026, from: 'today' });
    expect(doubtText(d!, 'vi')).toContain('năm báo cáo 2026 chỉ được đoán từ ngày hôm nay');
  });

  test('a file date of 1900 or 1980 defaults is no evidence; a plausible one is used and still asked about', () => {
    const old = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)], modified: new Date(Date.UTC(1900, 0, 1)), created: new Date(Date.UTC(1980, 0, 1)) }], { today });
    expect(old.year).toBe(2026);
    const saved = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)], modified: new Date(Date.UTC(2024, 1, 10)) }], { today });
    expect(saved.year).toBe(2023);
    expect(doubtText(saved.doubts.find((x) => x.code === 'year.guessed')!, 'vi')).toContain('2023 chỉ được đoán từ ngày lưu tệp');
  });

  test('decision dates of 1900 (a date cell holding 0) or far in the future are not taken as the year', () => {
    const awards: CellValue[][] = [
      ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định'],
      [1, 'Nguyễn Văn An', 'Giấy khen', '12/QĐ-UBND', new Date(Date.UTC(1900, 0, 1))],
      [2, 'Lê Thị Bình', 'Giấy khen', '12/QĐ-UBND', new Date(Date.UTC(1900, 0, 1))],
      [3, 'Trần Văn Cường', 'Giấy khen', '13/QĐ-UBND', new Date(Date.UTC(2204, 5, 1))],
      [4, 'Phạm Văn Dũng', 'Giấy khen', '14/QĐ-UBND', new Date(Date.UTC(2023, 11, 20))],
    ];
    const a = analyse([{ file: 'kt.xlsx', sheets: [gridOf('KT', awards)] }], { today });
    expect(a.year).toBe(2023);
    expect(a.inferred).toEqual([expect.objectContaining({ what: 'year', from: 'decisionDates' })]);
    expect(a.doubts.filter((x) => x.code === 'year.guessed')).toEqual([]);
  });

  test('a year from the titles is evidence: no doubt', () => {
    const a = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', [['DANH SÁCH HỘ GIA ĐÌNH NĂM 2023'], [], ...rows])] }], { today });
    expect(a.year).toBe(2023);
    expect(a.doubts.filter((x) => x.code === 'year.guessed')).toEqual([]);
  });
});
