// Exports of national and provincial software: population database, poverty review, awards software.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';

const _ = null;
const profile = { commune: 'Yên Lâm', year: 2024, villages: ['Thôn 1', 'Thôn 2'] };
const one = (rows: CellValue[][]) => analyse([{ file: 'x.xlsx', sheets: [gridOf('DS', rows)] }], { profile });
const serious = (a: ReturnType<typeof analyse>) => a.files.flatMap((f) => f.registers.flatMap((r) => r.issues.filter((i) => i.severity !== 'info')));

describe('a population-database export', () => {
  test('"Họ, chữ đệm và tên" with a relation column is a list of persons', () => {
    const a = one([
      ['STT', 'Họ, chữ đệm và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Nơi thường trú', 'Quan hệ với chủ hộ'],
      [1, 'Lê Văn An', '01/02/1970', 'Nam', 'Thôn 1, Xã Yên Lâm, Huyện Yên Mô, Tỉnh Ninh Bình', 'Chủ hộ'],
      [2, 'Lê Thị Bình', '03/04/1975', 'Nữ', 'Thôn 1, Xã Yên Lâm, Huyện Yên Mô, Tỉnh Ninh Bình', 'Vợ'],
      [3, 'Lê Văn Cường', '05/06/2012', 'Nam', 'Thôn 1, Xã Yên Lâm, Huyện Yên Mô, Tỉnh Ninh Bình', 'Con'],
      [4, 'Trần Văn Dũng', '07/08/1965', 'Nam', 'Thôn 2, Xã Yên Lâm, Huyện Yên Mô, Tỉnh Ninh Bình', 'Chủ hộ'],
    ]);
    expect(a.files[0].registers[0].kind).toBe('persons');
    expect(a.summary.households).toMatchObject({ total: 2, persons: 4 });
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total, v.persons])).toEqual([['Thôn 1', 1, 3], ['Thôn 2', 1, 1]]);
    expect(serious(a)).toEqual([]);
  });

  test('with no relation column, the head\'s id repeated on each member row groups the household', () => {
    const a = one([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Nơi thường trú', 'Họ tên chủ hộ', 'Số định danh chủ hộ'],
      [1, 'Lê Văn An', '01/02/1970', 'Thôn 1', 'Lê Văn An', '036070000001'],
      [2, 'Lê Văn Cường', '05/06/2012', 'Thôn 1', 'Lê Văn An', '036070000001'],
      [3, 'Trần Văn Dũng', '07/08/1965', 'Thôn 2', 'Trần Văn Dũng', '036065000002'],
      [4, 'Trần Thị Em', '09/10/1968', 'Thôn 2', 'Trần Văn Dũng', '036065000002'],
      [5, 'Trần Văn Phúc', '11/12/1995', 'Thôn 2', 'Trần Văn Dũng', '036065000002'],
    ]);
    expect(a.summary.households).toMatchObject({ total: 2, persons: 5 });
    expect(serious(a)).toEqual([]);
  });
});

describe('a poverty-review export', () => {
  test('a group header over unknown sub-headers ("Thiếu hụt về" › "Việc làm" | "Y tế") is two header rows, not a household', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Thiếu hụt về', _, 'Phân loại hộ', 'Nguyên nhân nghèo'],
      [_, _, _, _, 'Việc làm', 'Y tế', _, _],
      [1, 'Lê Văn An', 'Thôn 1', 4, 'x', _, 'Hộ nghèo', 'Thiếu vốn'],
      [2, 'Trần Văn Dũng', 'Thôn 2', 3, _, 'x', _, _],
      [3, 'Phạm Thị Hoa', 'Thôn 2', 2, _, _, 'Hộ cận nghèo', 'Ốm đau'],
    ]);
    expect(a.files[0].registers[0].layout.headerRows).toEqual([1, 2]);
    expect(a.summary.households).toMatchObject({ total: 3, persons: 9, poverty: { poor: 1, nearPoor: 1 } });
    expect(serious(a)).toEqual([]);
    expect(a.doubts).toEqual([]);
  });
});

describe('an awards-software export', () => {
  test('"Hình thức khen thưởng" and "Danh hiệu" side by side: the filled one is the form', () => {
    const a = one([
      ['DANH SÁCH KHEN THƯỞNG NĂM 2024'],
      ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Danh hiệu', 'Cơ quan ban hành', 'Số quyết định', 'Ngày ký', 'Đối tượng'],
      [1, 'Lê Văn Nam', _, 'Lao động tiên tiến', 'Chủ tịch UBND huyện Yên Mô', '1203/QĐ-UBND', '10/12/2024', 'Cá nhân'],
      [2, 'Trần Thị Lan', 'Giấy khen', _, 'Chủ tịch UBND xã Yên Lâm', '215/QĐ-UBND', '20/12/2024', 'Cá nhân'],
    ]);
    expect(a.summary.awards?.byForm).toEqual({ 'Lao động tiên tiến': 1, 'Giấy khen': 1 });
    expect(serious(a)).toEqual([]);
  });
});

describe('a household class written as codes explained on a code sheet', () => {
  const list = gridOf('DanhSach', [
    ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Loại hộ'],
    [1, 'H01', 'Lê Văn An', 'Thôn 1', 4, 1], [2, 'H02', 'Trần Văn Dũng', 'Thôn 2', 3, 2], [3, 'H03', 'Phạm Thị Hoa', 'Thôn 2', 2, 3],
    [4, 'H04', 'Đỗ Văn Hải', 'Thôn 1', 5, _], [5, 'H05', 'Vũ Thị Lan', 'Thôn 1', 3, 1],
  ]);
  const codes = gridOf('Danh mục', [['Mã', 'Loại hộ'], [1, 'Hộ nghèo'], [2, 'Hộ cận nghèo'], [3, 'Hộ có mức sống trung bình']]);

  test('reads each code as its class, and sets the code sheet aside', () => {
    const a = analyse([{ file: 'rs.xls', sheets: [list, codes] }], { profile });
    expect(a.summary.households).toMatchObject({ total: 5, poverty: { poor: 2, nearPoor: 1, average: 1 } });
    expect(a.files[0].ignored).toEqual([{ sheet: 'Danh mục', reason: 'codes' }]);
    expect(serious(a)).toEqual([]);
    expect(a.doubts).toEqual([]);
  });

  test('without the code sheet, the column is let go and the doubt says so: no class is guessed', () => {
    const a = analyse([{ file: 'rs.xls', sheets: [list] }], { profile });
    expect(a.summary.households?.measured?.poverty).toBe(false);
    expect(a.doubts.map((d) => d.code)).toEqual(['column.contradicted']);
  });
});
