// Random cell values as registers hold them: Vietnamese text (also in legacy TCVN3/VNI spellings), numbers as text
// and as numbers, dates, marks, Excel errors, empty and huge strings, and plain noise.
import fc from 'fast-check';
import type { CellValue, ExcelError } from '../../src/core/grid';
import { LEGACY_LETTERS } from '../../src/core/text/legacyTables';

const TCVN3 = new Map(LEGACY_LETTERS.map((l) => [l.unicode, String.fromCharCode(l.tcvn3)]));
const VNI = new Map(LEGACY_LETTERS.map((l) => [l.unicode, l.vni]));
const spell = (table: Map<string, string>, text: string): string => [...text].map((ch) => table.get(ch) ?? ch).join('');

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Tống'];
export const GIVEN = ['Văn An', 'Thị Hương', 'Công Năng', 'Thị Lan', 'Đức Minh', 'Thị Thu Hà', 'Quốc Bảo', 'Văn Hùng', 'Ánh'];
export const VILLAGES = ['An Lạc', 'An Phú', 'Đông Hải', 'Bắc Hà', 'Nam Thịnh', 'Xóm 3', 'Thôn 5', 'Hà Nội', 'Đài Loan'];

/** Header-like words a clerk writes, for both register kinds, and the words of rows that are not data. */
export const HEADER_WORDS = [
  'STT', 'TT', 'Số TT', 'Họ và tên', 'Họ và tên chủ hộ', 'Chủ hộ', 'Mã hộ', 'Mã HGĐ', 'Giới tính', 'Nam/Nữ', 'Năm sinh',
  'Ngày sinh', 'Nam', 'Nữ', 'Số CCCD', 'CMND/CCCD', 'SĐT', 'Thôn', 'Xóm', 'Địa chỉ', 'Nơi ở hiện nay', 'Số nhân khẩu',
  'Nhân khẩu', 'Phân loại hộ', 'Hộ nghèo', 'Hộ cận nghèo', 'Mức sống TB', 'Đăng ký GĐVH', 'Kết quả GĐVH',
  'Gia đình văn hóa', 'Đăng ký', 'Đạt', 'Gia đình học tập', 'Ghi chú', 'Ký nhận', 'TT hộ', 'Quan hệ với chủ hộ',
  'Mã nhân khẩu', 'Hình thức khen thưởng', 'Danh hiệu', 'Cấp quyết định', 'Số quyết định', 'Số QĐ', 'Ngày QĐ',
  'Quyết định số', 'Số tiền', 'Số tiền (đồng)', 'Thành tích', 'Đối tượng', 'Tập thể/Cá nhân', 'Chức vụ, đơn vị',
  'Phân loại khen thưởng', 'Phân loại cán bộ',
];
export const ROW_WORDS = [
  'Cộng', 'Cộng thôn An Lạc', 'Cộng (117 hộ)', 'Cộng thôn Nam Thịnh: 207 hộ', 'Tổng cộng', 'Tổng số', 'Toàn xã',
  'Thôn An Lạc', 'THÔN ĐÔNG HẢI', 'II. THÔN AN PHÚ', 'I. Tập thể', 'II. Cá nhân', 'A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND XÃ',
  'B. CẤP TRÊN KHEN THƯỞNG', '(1)', '(2)', 'UBND XÃ AN HÒA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'DANH SÁCH HỘ GIA ĐÌNH THÔN AN LẠC NĂM 2023', 'DANH SÁCH KHEN THƯỞNG NĂM 2024', 'Danh sách đề nghị khen thưởng',
  'An Hòa, ngày 28 tháng 12 năm 2023', 'NGƯỜI LẬP BIỂU', 'TM. UBND XÃ', 'Hướng dẫn', 'Ví dụ',
];
const VALUE_WORDS = [
  'x', 'X', '1', '0', '-', '✓', '√', 'có', 'Có', 'không', 'Đạt', 'Không đạt', 'Chưa đạt', 'Công nhận', 'Nam', 'Nữ',
  'Hộ nghèo', 'Nghèo', 'HN', 'Cận nghèo', 'HCN', 'MSTB', 'Chủ hộ', 'CH', 'Vợ', 'Con', 'Cháu', 'Khác', 'Giấy khen',
  'GK', 'Bằng khen', 'BKTTg', 'LĐTT', 'CSTĐCS', 'TTLĐTT', 'Cờ thi đua', 'Thư khen', 'Chủ tịch UBND xã',
  'Chủ tịch UBND huyện', 'Chủ tịch UBND tỉnh', 'Thủ tướng Chính phủ', 'Đảng ủy xã', 'Huyện ủy', 'Tập thể', 'Cá nhân',
  'TAPTHE', 'CANHAN', 'HOGIADINH', '215/QĐ-UBND', '215/QĐ-UBND ngày 20/12/2023', '/QĐ-UBND', '45-QĐ/ĐU',
  '20/12/2023', '31/02/2023', '29/02/2024', '12/31/2023', 'ngày 15 tháng 12 năm 2023', '500.000', '500.000 đ',
  '1,5 triệu', '4 người', '1.412', '  4 ', 'ba', '-2', '037090001234', '37090001234', '123456789', '0912345678',
  '01662345678', '+84912345678', 'Thôn An Lạc', 'An Lac', 'an lạc', 'Thôn  An Lạc ', 'Thôn 5, Xã Yên Lâm',
  'Xóm 3 - Gia Trung', 'THON05', 'UBND xã An Hòa', 'Trường THCS An Hòa', 'Hội LHPN xã', '=SUM(A1:A9)', '+1', '@x',
];
export const ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

export const personName: fc.Arbitrary<string> = fc.tuple(pick(SURNAMES), pick(GIVEN)).map(([s, g]) => `${s} ${g}`);

/** Vietnamese text a clerk could have typed: words of registers, names, villages. */
export const vietnameseText: fc.Arbitrary<string> = fc.oneof(pick(HEADER_WORDS), pick(ROW_WORDS), pick(VALUE_WORDS), personName, pick(VILLAGES));

/** The same text as a legacy font shows it in Unicode: TCVN3 or VNI mojibake, sometimes in NFD. */
export const legacyText: fc.Arbitrary<string> = fc.tuple(vietnameseText, fc.boolean(), fc.boolean()).map(([t, tcvn3, nfd]) => {
  const s = spell(tcvn3 ? TCVN3 : VNI, t);
  return nfd ? s.normalize('NFD') : s;
});

/** Any code points, control characters and lone surrogates included. */
const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 5 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
);

/** Long text: a pasted paragraph, up to about 50,000 characters. */
const hugeLength = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 200, max: 5_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 50_000 }) });
const hugeText: fc.Arbitrary<string> = fc.tuple(vietnameseText, hugeLength).map(([t, n]) => t.repeat(Math.ceil(n / Math.max(1, t.length))).slice(0, n));

export const textCell: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: vietnameseText },
  { weight: 2, arbitrary: legacyText },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\t ') },
  { weight: 1, arbitrary: fc.tuple(vietnameseText, vietnameseText).map(([a, b]) => `${a} ${b}`) },
);

export const numberCell: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 40 }),
  fc.integer({ min: 1900, max: 2110 }),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => n * 10_000),
  fc.constantFrom(37090001234, 912345678, 45000, 45291, 0.5, -0, 1e15, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const dateCell: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2110, 11, 31)), noInvalidDate: true }),
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => new Date(Date.UTC(y, m, d))),
);

export const errorCell: fc.Arbitrary<ExcelError> = fc.oneof(pick(ERRORS), fc.string({ maxLength: 8 })).map((error) => ({ error }));

/** Any cell: the mix leans to text and empties, as registers do. `huge` lets a few cells be very long. */
export function cellValue(huge = true): fc.Arbitrary<CellValue> {
  const kinds: Array<fc.WeightedArbitrary<CellValue>> = [
    { weight: 100, arbitrary: textCell },
    { weight: 60, arbitrary: fc.constant(null) },
    { weight: 40, arbitrary: numberCell },
    { weight: 10, arbitrary: fc.boolean() },
    { weight: 20, arbitrary: dateCell },
    { weight: 10, arbitrary: errorCell },
  ];
  // About one cell in 250: enough for every few grids to hold one, few enough to keep a case fast.
  if (huge) kinds.push({ weight: 1, arbitrary: hugeText });
  return fc.oneof(...kinds);
}

/** A cell of a data row of a known shape: a plausible value of the field most of the time, noise otherwise. */
export function fieldCell(plausible: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> {
  return fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: cellValue(false) });
}

export { pick };
