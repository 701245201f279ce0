// Small registers written for the hand-over tests (unit and end to end): a households register in one workbook, an
// awards register in another, as a commune keeps them. Self-contained (plain data), so the grids can cross into a page.
import type { Grid } from '../../src/core/grid';
import type { WorkbookInput } from '../../src/core/analyse';

export interface HouseholdShape {
  /** The year named in the title row; none: the register states no year (it is then guessed). */
  year?: number;
  villages: string[];
  perVillage: number;
  /** Households whose village is none of the commune's (one error each). */
  strays?: number;
  sheet?: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Khoa', 'Lan', 'Long'];

export function householdGrid(shape: HouseholdShape): Grid {
  const values: Array<Array<string | number | null>> = [];
  if (shape.year !== undefined) values.push([`DANH SÁCH HỘ GIA ĐÌNH NĂM ${shape.year}`, null, null, null, null, null, null]);
  values.push(['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Phân loại hộ', 'Gia đình văn hóa']);
  let n = 0;
  const row = (village: string) => {
    n++;
    values.push([n, `${FAMILY[n % FAMILY.length]} Văn ${GIVEN[n % GIVEN.length]}`, 1950 + (n % 40), village, 1 + (n % 6), n % 7 === 0 ? 'Hộ nghèo' : null, n % 3 ? 'Đạt' : null]);
  };
  for (const v of shape.villages) for (let i = 0; i < shape.perVillage; i++) row(v);
  for (let i = 0; i < (shape.strays ?? 0); i++) row(`Xóm Lạ ${i + 1}`);
  return { sheet: shape.sheet ?? 'Ho gia dinh', originRow: 1, originColumn: 1, values, merges: [] };
}

export interface AwardShape {
  /** The year of every decision date (in the second half of the year). */
  year: number;
  count: number;
  sheet?: string;
}

export function awardGrid(shape: AwardShape): Grid {
  const values: Array<Array<string | number | null>> = [
    ['STT', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Cơ quan quyết định', 'Số quyết định', 'Ngày quyết định', 'Số tiền'],
  ];
  for (let i = 1; i <= shape.count; i++) {
    const month = 7 + (i % 5);
    values.push([i, `${FAMILY[i % FAMILY.length]} Thị ${GIVEN[(i * 5) % GIVEN.length]}`, 'Giấy khen', 'Chủ tịch UBND xã', `${10 + i}/QĐ-UBND`, `${String(1 + (i % 27)).padStart(2, '0')}/${String(month).padStart(2, '0')}/${shape.year}`, null]);
  }
  return { sheet: shape.sheet ?? 'Khen thuong', originRow: 1, originColumn: 1, values, merges: [] };
}

export const householdWorkbook = (shape: HouseholdShape, file = 'So-ho.xlsx'): WorkbookInput => ({ file, sheets: [householdGrid(shape)] });
export const awardWorkbook = (shape: AwardShape, file = 'Khen-thuong.xlsx'): WorkbookInput => ({ file, sheets: [awardGrid(shape)] });
