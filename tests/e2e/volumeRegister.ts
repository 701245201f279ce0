// A household register at the size the pane must live with: 2,262 households in nine villages, about one name in
// nine typed in the legacy TCVN3 font (an encoding warning each, with a safe fix), some names with stray spaces, and
// one household in a village the commune does not have (the one error). No title, no dates: the report year can only
// be guessed, and the villages come from the data. Expectations come from the core run on the same grid.
import type { Grid } from '../../src/core/grid';
import { TCVN3_LOWER } from '../../src/core/text/legacyTables';

export const VOLUME_ROWS = 2262;
export const VOLUME_VILLAGES = ['An Lạc', 'An Phú', 'Đông Hải', 'Tây Sơn', 'Bắc Hà', 'Nam Thịnh', 'Phú Lộc', 'Vĩnh Khang', 'Hòa Bình'];
/** The row (1-based data row) whose village is not the commune's. */
export const UNKNOWN_VILLAGE_ROW = 1717;

/** Unicode text as it was typed with a TCVN3 (.VnTime) font: each letter's byte in that font. */
export function toTcvn3(text: string): string {
  const bytes = new Map<string, string>();
  TCVN3_LOWER.forEach((letter, code) => {
    if (letter !== undefined && code >= 128 && !bytes.has(letter)) bytes.set(letter, String.fromCharCode(code));
  });
  return [...text.normalize('NFC')].map((c) => bytes.get(c) ?? c).join('');
}

export function volumeGrid(rows = VOLUME_ROWS, sheet = 'Danh sach ho'): Grid {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
  const middle = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh'];
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm'];
  const values: Grid['values'] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Giới tính', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH']];
  for (let i = 1; i <= rows; i++) {
    const m = middle[Math.floor(i / 12) % 5];
    let name = `${family[i % 12]} ${m} ${given[Math.floor(i / 60) % 20]}`;
    if (i % 9 === 4) name = toTcvn3(name);
    else if (i % 40 === 7) name = name.replace(' ', '  ');
    const village = i === UNKNOWN_VILLAGE_ROW ? 'Xóm Mới' : VOLUME_VILLAGES[i % 9];
    const poor = i % 50 === 0 ? 'x' : null;
    const nearPoor = i % 37 === 0 && !poor ? 'x' : null;
    values.push([i, name, 1940 + (i % 61), m === 'Thị' || m === 'Ngọc' ? 'Nữ' : 'Nam', village, 1 + (i % 6), poor, nearPoor, 'x', i % 4 ? 'x' : null]);
  }
  return { sheet, originRow: 1, originColumn: 1, values, merges: [] };
}
