// The household count a subtotal writes in its text ("Cộng thôn …: 2 hộ") is checked; in a list of persons it counts households, not rows.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';

const _ = null;
const rows: CellValue[][] = [
  ['TT hộ', 'TT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Hộ nghèo'],
  ['I. THÔN ĐÔNG PHONG'],
  [1, 1, 'Nguyễn Văn An', 'Chủ hộ', 1970, 'x'],
  [_, 2, 'Trần Thị Bình', 'Vợ', 1972, _],
  [_, 3, 'Nguyễn Văn Cường', 'Con', 2001, _],
  [2, 4, 'Lê Văn Dũng', 'Chủ hộ', 1965, _],
  ['Cộng thôn Đông Phong: 2 hộ', _, _, _, _, 1],
  ['II. THÔN TÂY PHONG'],
  [1, 5, 'Hoàng Thị Gấm', 'Chủ hộ', 1980, 'x'],
  [_, 6, 'Đỗ Văn Hải', 'Chồng', 1978, _],
  [2, 7, 'Phạm Văn Khoa', 'Chủ hộ', 1958, 'x'],
  ['Cộng thôn Tây Phong: 3 hộ', _, _, _, _, 1],
  ['Tổng cộng: 4 hộ, 7 nhân khẩu', _, _, _, _, 3],
];
const a = analyse([{ file: 'nk.xlsx', sheets: [gridOf('NK', rows)] }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] } });
const totals = a.files[0].registers[0].issues.filter((i) => i.code === 'total.mismatch');

test('a subtotal that counts its households right raises nothing, though it closes four person rows', () => {
  expect(a.summary.households).toMatchObject({ total: 4, persons: 7, poverty: { poor: 3 } });
  expect(totals.filter((i) => i.row === 7)).toEqual([]);
});

test('a subtotal that says 3 households for 2, and 1 poor household for 2, is reported at its cells', () => {
  expect(totals.filter((i) => i.row === 12).map((i) => [i.cell, i.params.written, i.params.computed])).toEqual([
    ["A12", 3, 2],
    ["F12", 1, 2],
  ]);
});

test('village blocks restart the household number at 1 without a numbering warning', () => {
  expect(a.files[0].registers[0].issues.filter((i) => i.code === 'household.numbering')).toEqual([]);
  expect(totals.filter((i) => i.row === 13)).toEqual([]);
});

test('in a one-row-per-household register, "Cộng (3 hộ)" under two households is reported at its text cell', () => {
  const h = analyse([{ file: 'ho.xlsx', sheets: [gridOf('Hộ', [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu', 'Hộ nghèo'],
    ['Thôn Đông Phong'],
    [1, 'Nguyễn Văn An', 1970, 4, 'x'],
    [2, 'Lê Văn Dũng', 1965, 3, _],
    ['Cộng (3 hộ)', _, _, 7, 1],
  ])] }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong'] } });
  const found = h.files[0].registers[0].issues.filter((i) => i.code === 'total.mismatch');
  expect(found.map((i) => [i.cell, i.params.written, i.params.computed])).toEqual([['A5', 3, 2]]);
});
