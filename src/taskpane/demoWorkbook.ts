// The workbook the pane shows outside Office: a small household register of an imaginary commune with a few
// typical problems, so the page can be tried in a browser.
import type { CellValue, Grid } from '../core/grid';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đặng Văn Hải', 'Bùi Thị Hoa', 'Đỗ Văn Khánh', 'Ngô Thị Lan', 'Dương Văn Minh', 'Lý Thị Nga'];
const VILLAGES = ['Đông Hòa', 'Tây Sơn', 'Bắc Hà'];

/** 36 households in three villages; rows 6, 11, 17, 23 and 29 carry problems a clerk meets every day. */
export function demoGrids(): Grid[] {
  const header: CellValue[] = ['STT', 'Họ và tên chủ hộ', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH'];
  const rows: CellValue[][] = [['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], [], header];
  for (let i = 0; i < 36; i++) {
    const female = i % 3 === 1;
    const year = 1950 + ((i * 7) % 45);
    const cccd = `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(100000 + i * 7919).slice(-6)}`;
    rows.push([i + 1, NAMES[i % NAMES.length], female ? 'Nữ' : 'Nam', year, cccd, VILLAGES[Math.floor(i / 12)], 2 + (i % 5), i % 11 === 3 ? 'x' : null, i % 13 === 5 ? 'x' : null, i % 6 ? 'x' : null, i % 6 && i % 7 ? 'x' : null]);
  }
  rows[5][1] = 'NguyÔn V¨n B¶o';
  rows[10][5] = 'Tay Son';
  rows[16][6] = 0;
  rows[22][1] = 'Trần  Thị Hà ';
  rows[28][7] = 'x';
  rows[28][8] = 'x';
  return [{ sheet: 'Danh sách hộ', originRow: 1, originColumn: 1, values: rows, merges: [{ top: 0, left: 0, bottom: 0, right: 10 }] }];
}
