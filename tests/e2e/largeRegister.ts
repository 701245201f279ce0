// A large household register made up row by row: the same function runs in the test (to know what the core
// finds in it) and inside the page (passed to addInitScript as source), so 200,000 rows never cross the wire.
// It must stay self-contained: no imports, no closures, nothing TypeScript has to add helpers for.
import type { Grid } from '../../src/core/grid';

/** Every 10,000th household lives in a village the commune does not have ("Xóm Mới"): one error each. */
export const UNKNOWN_VILLAGE_EVERY = 10_000;

export function largeHouseholdGrid(rows: number): Grid {
  const villages = ['An Lạc', 'An Phú', 'Đông Hải', 'Tây Sơn', 'Bắc Hà', 'Nam Thịnh', 'Phú Lộc', 'Vĩnh Khang', 'Hòa Bình'];
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
  const middle = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh'];
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm'];
  const values: Array<Array<string | number | null>> = [
    ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu', 'Phân loại hộ', 'Đăng ký GĐVH', 'Kết quả GĐVH', 'Gia đình học tập', 'Ghi chú'],
  ];
  for (let i = 1; i <= rows; i++) {
    // (village, birth year, name) differs on every row, so no two households look like the same one.
    const v = i % 9;
    const year = 1940 + (Math.floor(i / 9) % 60);
    const n = Math.floor(i / 540);
    const female = middle[n % 5] === 'Thị' || middle[n % 5] === 'Ngọc';
    const name = `${family[Math.floor(n / 100) % 12]} ${middle[n % 5]} ${given[Math.floor(n / 5) % 20]}`;
    const cccd = `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String((i * 7919) % 1_000_000).padStart(6, '0')}`;
    const village = i % 10_000 === 0 ? 'Xóm Mới' : villages[v];
    const poverty = i % 50 === 0 ? 'Hộ nghèo' : i % 37 === 0 ? 'Hộ cận nghèo' : null;
    values.push([i, `AH-${String(i).padStart(6, '0')}`, name, female ? 'Nữ' : 'Nam', year, cccd, village, 1 + (i % 6), poverty, 'x', i % 4 ? 'Đạt' : null, i % 2 ? 'x' : null, null]);
  }
  return { sheet: 'Danh sach ho', originRow: 1, originColumn: 1, values, merges: [] };
}
