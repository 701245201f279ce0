// Filtered lists, ledgers over years and look-alike columns, as communes keep them.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';
import { buildReport } from '../../../src/core/report/sections';
import { reportInputOf } from '../../../src/core/report/input';
import { runsText } from '../../../src/core/report/model';

const _ = null;
const profile = { commune: 'Khánh Hải', year: 2024, villages: ['Đông Phong', 'Tây Phong'] };
const one = (rows: CellValue[][]) => analyse([{ file: 'x.xlsx', sheets: [gridOf('DS', rows)] }], { profile });
const serious = (a: ReturnType<typeof analyse>) => a.files.flatMap((f) => f.registers.flatMap((r) => r.issues.filter((i) => i.severity !== 'info')));

describe('a list of poor and near-poor households only', () => {
  const a = one([
    ['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024'],
    ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu', 'Phân loại hộ'],
    [1, 'Nguyễn Văn An', 'Đông Phong', 3, 'Hộ nghèo'], [2, 'Lê Văn Dũng', 'Đông Phong', 2, 'Hộ nghèo'],
    [3, 'Trần Thị Hoa', 'Tây Phong', 4, 'Hộ cận nghèo'], [4, 'Phạm Văn Khoa', 'Tây Phong', 5, 'Hộ nghèo'],
  ]);

  test('gives its counts, no rate over a base it does not hold, and says so', () => {
    expect(a.summary.households).toMatchObject({ total: 4, filtered: 'poverty', poverty: { poor: 3, nearPoor: 1 }, rates: { poor: null, nearPoor: null } });
    expect(a.doubts.map((d) => d.code)).toContain('list.filtered');
  });

  test('the report states the counts without "toàn xã có 4 hộ" or a rate', () => {
    const [s] = buildReport(reportInputOf(a), ['ho-ngheo']).sections;
    const [p] = s.blocks;
    expect(p.type === 'paragraph' && runsText(p.runs)).toBe('Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm 2024: số hộ nghèo 3 hộ; hộ cận nghèo 1 hộ.');
  });
});

describe('class blocks "I. HỘ NGHÈO" / "II. HỘ CẬN NGHÈO" with no class column', () => {
  test('give each household its class', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu'],
      ['I', 'HỘ NGHÈO'], [1, 'Nguyễn Văn An', 'Đông Phong', 3],
      ['II', 'HỘ CẬN NGHÈO'], [1, 'Trần Thị Hoa', 'Tây Phong', 4], [2, 'Phạm Văn Khoa', 'Tây Phong', 5],
    ]);
    expect(a.summary.households).toMatchObject({ total: 3, poverty: { poor: 1, nearPoor: 2 } });
    expect(a.summary.households?.measured?.poverty).not.toBe(false);
  });
});

describe('look-alike columns', () => {
  test('"Đạt GĐVH 3 năm liền" before "Đạt GĐVH" is not the year\'s result', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu', 'Đăng ký GĐVH', 'Đạt GĐVH 3 năm liền', 'Đạt GĐVH'],
      [1, 'Nguyễn Văn An', 'Đông Phong', 3, 'x', _, 'x'], [2, 'Lê Văn Dũng', 'Tây Phong', 2, 'x', 'x', 'x'], [3, 'Trần Thị Hoa', 'Tây Phong', 4, 'x', _, _],
    ]);
    expect(a.summary.households?.culturalFamily).toEqual({ registered: 3, achieved: 2 });
  });

  test('"Năm vào diện nghèo" full of years is not a mark column: no errors, the class unknown', () => {
    const a = one([
      ['DANH SÁCH HỘ THOÁT NGHÈO NĂM 2024'],
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu', 'Năm vào diện nghèo'],
      [1, 'Nguyễn Văn An', 'Đông Phong', 3, 2021], [2, 'Lê Văn Dũng', 'Tây Phong', 2, 2019], [3, 'Trần Thị Hoa', 'Tây Phong', 4, 2022],
    ]);
    expect(serious(a)).toEqual([]);
    expect(a.summary.households?.measured?.poverty).toBe(false);
  });

  test('poor and near-poor mark columns without an average one leave the average class unknown', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu', 'Hộ nghèo', 'Hộ cận nghèo'],
      [1, 'Nguyễn Văn An', 'Đông Phong', 3, 'x', _], [2, 'Lê Văn Dũng', 'Tây Phong', 2, _, _], [3, 'Trần Thị Hoa', 'Tây Phong', 4, _, _],
    ]);
    expect(a.summary.households?.measured).toMatchObject({ poverty: true, average: false });
  });
});

describe('an awards ledger kept over several years', () => {
  const rows: CellValue[][] = [['SỔ THEO DÕI KHEN THƯỞNG'], ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Cấp quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền']];
  const years = [2022, 2022, 2023, 2023, 2024, 2024, 2024];
  years.forEach((y, i) => rows.push([i + 1, `Nguyễn Văn Người ${i}`, 'Giấy khen', 'Chủ tịch UBND xã', `${i + 1}/QĐ-UBND`, `10/12/${y}`, 360000]));
  const a = one(rows);

  test('counts the report year\'s awards only, raises no error for the other years, and says how many it left', () => {
    expect(a.summary.awards).toMatchObject({ total: 3, amount: { total: 1080000 } });
    expect(serious(a)).toEqual([]);
    expect(a.doubts.find((d) => d.code === 'awards.otherYears')).toMatchObject({ params: { left: 4, kept: 3, years: '2022, 2023', year: 2024 } });
  });
});

describe('awards forms and totals written in words', () => {
  test('"Danh hiệu Lao động tiên tiến" is the form Lao động tiên tiến', () => {
    const a = one([
      ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Cấp quyết định', 'Số, ngày quyết định'],
      [1, 'Đặng Hữu Cường', 'Danh hiệu Lao động tiên tiến', 'Chủ tịch UBND xã', '301/QĐ-UBND ngày 20/12/2024'],
      [2, 'Bùi Thanh Hà', 'Giấy khen', 'Chủ tịch UBND xã', '302/QĐ-UBND ngày 20/12/2024'],
    ]);
    expect(a.summary.awards?.byForm).toMatchObject({ 'Lao động tiên tiến': 1, 'Giấy khen': 1 });
    expect(serious(a)).toEqual([]);
  });

  test('"Tổng cộng: 3 lượt, 1.500.000 đồng" under awards summing to 1.080.000 is a total mismatch at its cell', () => {
    const a = one([
      ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Cấp quyết định', 'Số, ngày quyết định', 'Số tiền'],
      [1, 'Nguyễn Văn An', 'Giấy khen', 'Chủ tịch UBND xã', '1/QĐ-UBND ngày 20/12/2024', 360000],
      [2, 'Lê Văn Dũng', 'Giấy khen', 'Chủ tịch UBND xã', '1/QĐ-UBND ngày 20/12/2024', 360000],
      [3, 'Trần Thị Hoa', 'Giấy khen', 'Chủ tịch UBND xã', '1/QĐ-UBND ngày 20/12/2024', 360000],
      ['Tổng cộng: 3 lượt, 1.500.000 đồng'],
    ]);
    const found = serious(a).filter((i) => i.code === 'total.mismatch');
    expect(found.map((i) => [i.cell, i.params.written, i.params.computed, i.suggestion])).toEqual([['A5', 1500000, 1080000, undefined]]);
  });
});
