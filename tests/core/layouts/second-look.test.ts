// Shapes a second look at the real-register work found wanting; each describe names the shape.
import { analyse, type WorkbookInput } from '../../../src/core/analyse';
import { gridOf, type CellValue, type Grid } from '../../../src/core/grid';

const _ = null;
const profile = { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] };
const one = (rows: CellValue[][], sheet = 'DS') => analyse([{ file: 'x.xlsx', sheets: [gridOf(sheet, rows)] }], { profile });
const errors = (a: ReturnType<typeof analyse>) => a.files.flatMap((f) => f.registers.flatMap((r) => r.issues.filter((i) => i.severity !== 'info')));

describe('lists of persons', () => {
  test('a household code on the head\'s row only, with a relation column, groups its members', () => {
    const a = one([
      ['STT', 'Mã hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh'],
      [1, 'H001', 'Nguyễn Văn An', 'Chủ hộ', 1970], [2, _, 'Trần Thị Bình', 'Vợ', 1972], [3, _, 'Nguyễn Văn Cường', 'Con', 1995],
      [4, 'H002', 'Lê Văn Dũng', 'Chủ hộ', 1965], [5, _, 'Phạm Thị Em', 'Vợ', 1968],
      [6, 'H003', 'Hoàng Văn Giang', 'Chủ hộ', 1980], [7, _, 'Đỗ Thị Hoa', 'Vợ', 1982], [8, _, 'Hoàng Văn Ích', 'Con', 2005], [9, _, 'Hoàng Thị Kim', 'Con', 2008],
    ]);
    expect(a.files[0].registers[0].kind).toBe('persons');
    expect(a.summary.households).toMatchObject({ total: 3, persons: 9 });
    expect(errors(a)).toEqual([]);
  });

  test('"Họ" and "Tên" in two columns are a name, not a household number', () => {
    const a = one([
      ['STT', 'Họ', 'Tên', 'Quan hệ với chủ hộ', 'Năm sinh'],
      [1, 'Nguyễn Văn', 'An', 'Chủ hộ', 1970], [2, 'Trần Thị', 'Bình', 'Vợ', 1972],
      [3, 'Lê Văn', 'Dũng', 'Chủ hộ', 1965], [4, 'Phạm Thị', 'Em', 'Vợ', 1968], [5, 'Lê Văn', 'Phúc', 'Con', 1990],
    ]);
    expect(a.summary.households).toMatchObject({ total: 2, persons: 5 });
    expect(errors(a)).toEqual([]);
  });

  test('relations coded as numbers (1 = chủ hộ) group households', () => {
    const a = one([
      ['STT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh'],
      [1, 'Nguyễn Văn An', 1, 1970], [2, 'Trần Thị Bình', 2, 1972], [3, 'Nguyễn Văn Cường', 3, 1995],
      [4, 'Lê Văn Dũng', 1, 1965], [5, 'Phạm Thị Em', 2, 1968], [6, 'Hoàng Văn Giang', 1, 1980],
    ]);
    expect(a.summary.households).toMatchObject({ total: 3, persons: 6 });
  });

  test('a head whose household code is #N/A starts a household of its own; the error is the code\'s, not the relation\'s', () => {
    const a = one([
      ['STT', 'Mã hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh'],
      [1, 'H1', 'Nguyễn Văn An', 'Chủ hộ', 1970], [2, 'H1', 'Trần Thị Bình', 'Vợ', 1972],
      [3, { error: '#N/A' }, 'Lê Văn Dũng', 'Chủ hộ', 1965], [4, 'H2', 'Hoàng Văn Giang', 'Chủ hộ', 1980], [5, 'H2', 'Đỗ Thị Hoa', 'Vợ', 1982],
    ]);
    expect(a.summary.households).toMatchObject({ total: 3, persons: 5 });
    expect(errors(a).map((i) => [i.cell, i.code])).toEqual([['B4', 'value.error']]);
  });
});

describe('a household list and its member list', () => {
  const list = gridOf('Hộ', [
    ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Hộ nghèo'],
    [1, 'H1', 'Nguyễn Văn An', 1970, 'Đông Phong', 'x'], [2, 'H2', 'Lê Văn Dũng', 1965, 'Tây Phong', _], [3, 'H3', 'Hoàng Văn Giang', 1980, 'Tây Phong', _],
  ]);
  const members = gridOf('Nhân khẩu', [
    ['STT', 'Mã hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Thôn'],
    [1, 'H1', 'Nguyễn Văn An', 'Chủ hộ', 1970, 'Đông Phong'], [2, 'H1', 'Trần Thị Bình', 'Vợ', 1972, 'Đông Phong'],
    [3, 'H2', 'Lê Văn Dũng', 'Chủ hộ', 1965, 'Tây Phong'], [4, 'H2', 'Phạm Thị Em', 'Vợ', 1968, 'Tây Phong'],
    [5, 'H9', 'Vũ Văn Lâm', 'Chủ hộ', 1977, 'Tây Phong'],
  ]);
  const a = analyse([{ file: 'ho.xlsx', sheets: [list, members] }], { profile });

  test('joins without calling every member household a duplicate of its own household', () => {
    expect(a.summary.households).toMatchObject({ total: 3, persons: 4, poverty: { poor: 1 } });
    expect(a.files[0].registers.flatMap((r) => r.issues).filter((i) => i.code === 'row.duplicate')).toEqual([]);
  });

  test('says which member households were left out and which listed households have no members', () => {
    expect(a.doubts.find((d) => d.code === 'join.partial')).toMatchObject({ sheet: 'Nhân khẩu', params: { households: 'Hộ', matched: 2, unmatched: 1, withoutMembers: 1 } });
  });
});

describe('awards and sheets', () => {
  test('a list of awards given, without decision columns and not titled as proposals, counts as given', () => {
    const a = one([
      ['DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2024'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Hình thức khen thưởng'],
      [1, 'Nguyễn Văn Hùng', 'Trưởng thôn', 'Giấy khen'], [2, 'Trần Thị Lan', 'Chi hội trưởng', 'Giấy khen'],
    ]);
    expect(a.summary.awards?.total).toBe(2);
    expect(a.summary.proposals).toBeUndefined();
  });

  test('a register on a sheet named like a code table is read when it holds a register\'s worth of rows', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Hộ nghèo']];
    for (let i = 1; i <= 40; i++) rows.push([i, `Nguyễn Văn Hộ ${i}`, 1960 + (i % 30), i % 2 ? 'Đông Phong' : 'Tây Phong', 'x']);
    const a = one(rows, 'Danh mục hộ nghèo');
    expect(a.summary.households).toMatchObject({ total: 40, poverty: { poor: 40 } });
  });
});

describe('columns whose values deny their header', () => {
  test('genders written Ông / Bà and sizes written "4 người" are kept', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Giới tính', 'Số nhân khẩu', 'Thôn'],
      [1, 'Nguyễn Văn An', 'Ông', '4 người', 'Đông Phong'], [2, 'Trần Thị Bình', 'Bà', '3 người', 'Đông Phong'],
      [3, 'Lê Văn Dũng', 'Ông', '5 người', 'Tây Phong'], [4, 'Phạm Thị Em', 'Bà', '2 người', 'Tây Phong'],
    ]);
    expect(a.files[0].registers[0].layout.columns).toMatchObject({ gender: 3, size: 4 });
    expect(a.summary.households).toMatchObject({ total: 4, persons: 14 });
  });

  test('a "Phân loại" column of staff classes is let go, and the doubt names it with examples', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Phân loại'],
      [1, 'Nguyễn Văn An', 1970, 'Đông Phong', 'Cán bộ'], [2, 'Trần Thị Bình', 1972, 'Đông Phong', 'Công chức'],
      [3, 'Lê Văn Dũng', 1965, 'Tây Phong', 'Cán bộ'], [4, 'Phạm Thị Em', 1968, 'Tây Phong', 'Hợp đồng'],
    ]);
    expect(a.summary.households?.measured?.poverty).toBe(false);
    expect(a.doubts.find((d) => d.code === 'column.contradicted')).toMatchObject({ field: 'poverty', params: { column: 'E', examples: 'Cán bộ; Công chức; Hợp đồng' } });
  });
});

describe('figures only some sheets measure', () => {
  const sheet = (name: string, poverty: boolean): Grid => gridOf(name, [
    poverty ? ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu', 'Hộ nghèo'] : ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu'],
    [1, 'Nguyễn Văn An', 1970, 4, ...(poverty ? ['x'] : [])], [2, 'Trần Thị Bình', 1972, 3, ...(poverty ? [_] : [])], [3, 'Lê Văn Dũng', 1965, 2, ...(poverty ? [_] : [])],
  ]);
  const books: WorkbookInput[] = [{ file: 'thon.xlsx', sheets: [sheet('Thôn Đông Phong', true), sheet('Thôn Tây Phong', false)] }];
  const a = analyse(books, { profile });

  test('are not given for the commune (no rate over a mix of counts and blanks), and the doubt names the sheet without', () => {
    expect(a.summary.households).toMatchObject({ total: 6, persons: 18 });
    expect(a.summary.households?.measured?.poverty).toBe(false);
    expect(a.doubts.find((d) => d.code === 'figure.partial')).toMatchObject({ field: 'poverty', params: { sheets: 'Thôn Tây Phong' } });
  });
});

describe('a village column the clerk chose', () => {
  test('is not second-guessed: its values are the villages', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Địa chỉ', 'Số nhân khẩu']];
    ['Hà Nội', 'Đài Loan', 'Hàn Quốc', 'Nhật Bản'].forEach((p, i) => rows.push([i + 1, `Nguyễn Văn Hộ ${i}`, 1970, p, 3]));
    const a = analyse([{ file: 'x.xlsx', sheets: [gridOf('DS', rows)] }], { overrides: { DS: { columns: { village: 'D' } } } });
    expect(a.doubts.filter((d) => d.code === 'village.implausible')).toEqual([]);
    expect(a.summary.households?.byVillage.map((v) => v.village)).toEqual(['Hà Nội', 'Đài Loan', 'Hàn Quốc', 'Nhật Bản']);
  });
});

describe('a row between data rows holding only its number and a tick', () => {
  test('is a household whose name is missing, not a template row', () => {
    const a = one([
      ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Hộ nghèo'],
      [1, 'Nguyễn Văn An', 1970, 'Đông Phong', _], [2, _, _, _, 'x'], [3, 'Lê Văn Dũng', 1965, 'Tây Phong', _],
      [4, _, _, _, 'x'], [5],
    ]);
    expect(a.summary.households).toMatchObject({ total: 3, poverty: { poor: 1 } });
    expect(errors(a).map((i) => [i.cell, i.code, i.severity])).toEqual([['B3', 'value.required', 'error'], ['D3', 'value.required', 'warning']]);
  });
});

describe('a village heading right under the header', () => {
  test('is a block heading, not a second header row (its "THÔN" does not make the first column the village)', () => {
    const a = one([
      ['TT', 'STT hộ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Quan hệ với chủ hộ'],
      ['THÔN ĐÔNG PHONG'],
      [1, 1, 'Lê Minh Hải', '07/02/1982', 'Nam', 'Chủ hộ'], [2, _, 'Đỗ Thanh Yến', '23/02/1984', 'Nữ', 'Vợ'],
      ['THÔN TÂY PHONG'],
      [3, 1, 'Bùi Hữu Sơn', '25/09/1965', 'Nam', 'Chủ hộ'],
    ]);
    expect(a.files[0].registers[0].layout.headerRows).toEqual([1]);
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total, v.persons])).toEqual([['Đông Phong', 1, 2], ['Tây Phong', 1, 1]]);
  });
});
