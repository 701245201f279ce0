// The values under a header confirm or deny what its words say.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';

const _ = null;
const profile = { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] };

describe('a household code repeated on every member row, with no relation or household number column', () => {
  const rows: CellValue[][] = [
    ['DANH SÁCH NHÂN KHẨU XÃ YÊN LÂM'],
    ['STT', 'Mã hộ', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Thôn', 'Hộ nghèo'],
    [1, 'YL001', 'Nguyễn Văn An', 1970, 'Nam', 'Đông Phong', 'x'],
    [2, 'YL001', 'Trần Thị Bình', 1972, 'Nữ', 'Đông Phong', _],
    [3, 'YL001', 'Nguyễn Văn Cường', 2001, 'Nam', 'Đông Phong', _],
    [4, 'YL002', 'Lê Văn Dũng', 1965, 'Nam', 'Tây Phong', _],
    [5, 'YL002', 'Phạm Thị Em', 1968, 'Nữ', 'Tây Phong', _],
    [6, 'YL003', 'Hoàng Thị Gấm', 1980, 'Nữ', 'Tây Phong', _],
  ];
  const a = analyse([{ file: 'nk.xlsx', sheets: [gridOf('NK', rows)] }], { profile });

  test('is read as a list of persons: three households of six persons', () => {
    expect(a.files[0].registers[0].kind).toBe('persons');
    expect(a.summary.households).toMatchObject({ total: 3, persons: 6, poverty: { poor: 1 } });
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total, v.persons])).toEqual([['Đông Phong', 1, 3], ['Tây Phong', 2, 3]]);
  });
});

describe('a household list whose "Số khẩu" column holds person codes', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số khẩu', 'Hộ nghèo'],
    [1, 'Nguyễn Văn An', 1970, 'Đông Phong', 370701234, 'x'],
    [2, 'Lê Văn Dũng', 1965, 'Tây Phong', 370705678, _],
    [3, 'Hoàng Thị Gấm', 1980, 'Tây Phong', 370709012, _],
    [4, 'Đỗ Văn Hải', 1958, 'Đông Phong', 370703456, _],
  ];
  const a = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)] }], { profile });

  test('lets the column go: no size errors, no persons made of codes', () => {
    const reg = a.files[0].registers[0];
    expect(reg.layout.columns.size).toBeUndefined();
    expect(reg.issues.filter((i) => i.field === 'size')).toEqual([]);
    expect(a.summary.households).toMatchObject({ total: 4, persons: 0 });
  });
});

describe('a household list numbered "TT hộ" on every row', () => {
  const rows: CellValue[][] = [
    ['TT hộ', 'Họ và tên', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo'],
    [1, 'Nguyễn Văn An', 1970, 'Đông Phong', 4, 'x'],
    [2, 'Lê Văn Dũng', 1965, 'Tây Phong', 3, _],
    [3, 'Hoàng Thị Gấm', 1980, 'Tây Phong', 2, _],
    [4, 'Đỗ Văn Hải', 1958, 'Đông Phong', 5, _],
  ];
  const a = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', rows)] }], { profile });

  test('is one row per household: its sizes are the persons', () => {
    expect(a.files[0].registers[0].kind).toBe('households');
    expect(a.summary.households).toMatchObject({ total: 4, persons: 14 });
  });
});
