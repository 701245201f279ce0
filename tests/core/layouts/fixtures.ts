// Small registers laid out the ways clerks lay them out, other than the sample registers (samples/). Every figure a test expects
// from these grids is counted by hand from the rows typed here.
import { gridOf, type CellValue, type Grid, type MergedRegion } from '../../../src/core/grid';

/** An empty cell. */
const _ = null;

type Row = CellValue[];

/** A real date cell as exceljs gives it: UTC midnight of that day. */
export function dateCell(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The same sheet as Excel's used range would give it: the first `rows` rows and `columns` columns (which must be
 * empty) cut off, the origin moved there, merges moved with them.
 */
export function usedRange(grid: Grid, rows: number, columns: number): Grid {
  const values = grid.values.slice(rows).map((row) => {
    for (let c = 0; c < columns; c++) if (row[c] !== null && row[c] !== undefined) throw new Error(`cell ${c} of a cut column is not empty`);
    return row.slice(columns);
  });
  const merges: MergedRegion[] = grid.merges.map((m) => ({ top: m.top - rows, left: m.left - columns, bottom: m.bottom - rows, right: m.right - columns }));
  return gridOf(grid.sheet, values, merges, grid.originRow + rows, grid.originColumn + columns);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Other header wordings and orders
// ---------------------------------------------------------------------------------------------------------------

/**
 * Short wordings in a shuffled order, one title row, header at row 2:
 * A TT | B Địa chỉ | C Tên chủ hộ | D Giới | E NS | F Số khẩu | G SĐT | H Hộ MSTB | I Hộ nghèo | J Hộ cận nghèo |
 * K CMND/CCCD | L ĐK GĐVH | M Đạt GĐVH | N GĐHT. Six households in Đông Hải (rows 3–5) and Tây Sơn (rows 6–8).
 */
export function shuffledShortHeader(): Grid {
  return gridOf('DS hộ 2024', [
    ['DANH SÁCH HỘ GIA ĐÌNH XÃ TÂN LẬP NĂM 2024'],
    ['TT', 'Địa chỉ', 'Tên chủ hộ', 'Giới', 'NS', 'Số khẩu', 'SĐT', 'Hộ MSTB', 'Hộ nghèo', 'Hộ cận nghèo', 'CMND/CCCD', 'ĐK GĐVH', 'Đạt GĐVH', 'GĐHT'],
    [1, 'Đông Hải', 'Nguyễn Văn Hùng', 'Nam', 1968, 4, '0912345678', _, _, _, '037068001234', 'x', 'x', 'x'],
    [2, 'Đông Hải', 'Trần Thị Mai', 'Nữ', 1975, 3, '0987654321', _, 'x', _, '037175002345', 'x', 'x', _],
    [3, 'Đông Hải', 'Lê Văn Tám', 'Nam', 1952, 2, _, 'x', _, _, '037052003456', 'x', _, _],
    [4, 'Tây Sơn', 'Phạm Thị Hoa', 'Nữ', 1990, 5, '0358123456', _, _, 'x', '036190004567', 'x', 'x', 'x'],
    [5, 'Tây Sơn', 'Hoàng Văn Nam', 'Nam', 2001, 3, '0779123456', _, _, _, '037201005678', _, _, _],
    [6, 'Tây Sơn', 'Đỗ Thị Lan', 'Nữ', 1983, 4, _, _, _, _, '037183006789', 'x', 'x', 'x'],
  ]);
}

/**
 * A register typed without diacritics, header and data alike, header at row 2:
 * A STT | B Ho va ten chu ho | C Nam sinh | D Thon | E Nhan khau | F Phan loai ho | G Dang ky GDVH | H Ket qua GDVH.
 */
export function headerWithoutDiacritics(): Grid {
  return gridOf('Sheet1', [
    ['DANH SACH HO GIA DINH NAM 2024'],
    ['STT', 'Ho va ten chu ho', 'Nam sinh', 'Thon', 'Nhan khau', 'Phan loai ho', 'Dang ky GDVH', 'Ket qua GDVH'],
    [1, 'Nguyen Van Binh', 1970, 'Dong Hai', 4, 'Ho ngheo', 'x', 'Dat'],
    [2, 'Tran Thi Cuc', 1982, 'Dong Hai', 3, _, 'x', 'Khong dat'],
    [3, 'Le Van Dung', 1965, 'Tay Son', 5, 'Can ngheo', 'x', 'Dat'],
    [4, 'Pham Thi Em', 1990, 'Tay Son', 2, 'MSTB', _, _],
    [5, 'Vu Van Giang', 1958, 'Tay Son', 3, 'HN', 'x', 'Dat'],
  ]);
}

/**
 * Abbreviated headers at row 1, marks written every way clerks write them (X, 1, ✓, √, có; false: -, 0, empty):
 * A TT | B Mã HGĐ | C Họ tên | D Phái | E Năm sinh | F Thôn/xóm | G NK | H HN | I HCN | J TB | K ĐK VH | L Đạt VH |
 * M GĐ học tập | N ĐT | O Số định danh.
 */
export function abbreviatedHeader(): Grid {
  return gridOf('Hộ GĐ', [
    ['TT', 'Mã HGĐ', 'Họ tên', 'Phái', 'Năm sinh', 'Thôn/xóm', 'NK', 'HN', 'HCN', 'TB', 'ĐK VH', 'Đạt VH', 'GĐ học tập', 'ĐT', 'Số định danh'],
    [1, 'TL001', 'Bùi Văn Khải', 'Nam', 1960, 'Thượng', 4, 'X', _, _, 'X', 'X', _, '0912000111', '037060000111'],
    [2, 'TL002', 'Ngô Thị Liên', 'Nữ', 1978, 'Thượng', 3, _, 1, _, 1, 1, 1, _, '037178000222'],
    [3, 'TL003', 'Đinh Văn Mạnh', 'Nam', 1985, 'Hạ', 6, _, _, '✓', '✓', '-', '√', '0386000333', '037085000333'],
    [4, 'TL004', 'Cao Thị Nga', 'Nữ', 1999, 'Hạ', 2, _, _, _, 'có', 'có', 'có', _, '037199000444'],
    [5, 'TL005', 'Lý Văn Phúc', 'Nam', 1948, 'Hạ', 1, 0, 0, 0, 0, 0, 0, _, '037048000555'],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. A table starting elsewhere, with a title block and a footer
// ---------------------------------------------------------------------------------------------------------------

/**
 * Columns A–B empty; five title rows (1–5), blank row 6, header at C7: C STT | D Họ và tên chủ hộ | E Năm sinh |
 * F Nghề nghiệp (unknown) | G (empty column) | H Thôn | I Số nhân khẩu | J Hộ nghèo | K Hộ cận nghèo | L Ghi chú.
 * Six households in rows 8–13, blank row 14, footer rows 15, 16, 17 and 20 (the signers' names in row 20, one in
 * the name column D).
 */
export function tableAtC7WithTitleAndFooter(): Grid {
  const values: Row[] = [
    [_, _, 'UBND XÃ TÂN LẬP'],
    [_, _, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [_, _, 'Độc lập - Tự do - Hạnh phúc'],
    [_, _, 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'],
    [_, _, '(Tính đến ngày 30/12/2024)'],
    [],
    [_, _, 'STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Nghề nghiệp', _, 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Ghi chú'],
    [_, _, 1, 'Nguyễn Văn An', 1965, 'Làm ruộng', _, 'Đồng Tâm', 4, _, _, _],
    [_, _, 2, 'Trần Văn Bảo', 1972, 'Buôn bán', _, 'Đồng Tâm', 5, 'x', _, 'Hộ nghèo mới'],
    [_, _, 3, 'Lê Thị Chi', 1980, 'Công nhân', _, 'Đồng Tâm', 3, _, 'x', _],
    [_, _, 4, 'Phạm Văn Dũng', 1955, 'Hưu trí', _, 'Tân Tiến', 2, _, _, _],
    [_, _, 5, 'Hoàng Thị Én', 1990, 'Giáo viên', _, 'Tân Tiến', 4, _, _, _],
    [_, _, 6, 'Vũ Văn Phong', 1968, 'Làm ruộng', _, 'Tân Tiến', 6, _, 'x', _],
    [],
    [_, _, _, _, _, _, _, _, 'Tân Lập, ngày 30 tháng 12 năm 2024'],
    [_, _, _, 'NGƯỜI LẬP BIỂU', _, _, _, _, 'TM. UBND XÃ'],
    [_, _, _, _, _, _, _, _, 'CHỦ TỊCH'],
    [],
    [],
    [_, _, _, 'Nguyễn Thị Lan', _, _, _, _, 'Phạm Văn Hùng'],
  ];
  // The place-and-date line is merged across I15:L15.
  return gridOf('Danh sách', values, [{ top: 14, left: 8, bottom: 14, right: 11 }]);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. A two-row merged header with a column-number row under it
// ---------------------------------------------------------------------------------------------------------------

/**
 * Title row 1 merged A1:J1; header rows 2–3: A STT, B Họ và tên chủ hộ, C Thôn, D Số nhân khẩu merged down;
 * "Phân loại hộ" over E Nghèo | F Cận nghèo | G Trung bình; "Gia đình văn hóa" over H Đăng ký | I Đạt; J Ghi chú
 * merged down. Row 4 numbers the columns, "(1)" … "(10)" or plain 1 … 10. Six households in rows 5–10.
 */
export function twoRowMergedHeaderWithColumnNumbers(numbers: 'parenthesised' | 'plain' = 'parenthesised'): Grid {
  const columnNumbers: Row = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (numbers === 'plain' ? n : `(${n})`));
  const values: Row[] = [
    ['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'],
    ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Phân loại hộ', _, _, 'Gia đình văn hóa', _, 'Ghi chú'],
    [_, _, _, _, 'Nghèo', 'Cận nghèo', 'Trung bình', 'Đăng ký', 'Đạt', _],
    columnNumbers,
    [1, 'Đặng Văn Quý', 'Phú Mỹ', 5, 'x', _, _, 'x', 'x', _],
    [2, 'Mai Thị Rạng', 'Phú Mỹ', 3, _, _, 'x', 'x', _, _],
    [3, 'Tạ Văn Sơn', 'Phú Mỹ', 4, _, _, _, 'x', 'x', _],
    [4, 'Lương Thị Thu', 'Hòa Bình', 2, _, 'x', _, 'x', 'x', _],
    [5, 'Kiều Văn Uy', 'Hòa Bình', 6, _, _, _, _, _, _],
    [6, 'Dương Thị Vân', 'Hòa Bình', 3, _, _, 'x', 'x', 'x', _],
  ];
  const merges: MergedRegion[] = [
    { top: 0, left: 0, bottom: 0, right: 9 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 3, bottom: 2, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 6 },
    { top: 1, left: 7, bottom: 1, right: 8 },
    { top: 1, left: 9, bottom: 2, right: 9 },
  ];
  return gridOf('Sheet1', values, merges);
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Villages given by section rows in other styles, with subtotals and a grand total
// ---------------------------------------------------------------------------------------------------------------

/**
 * No village column. Title row 1; header row 2: A STT | B Họ và tên chủ hộ | C Năm sinh | D Số khẩu | E Hộ nghèo |
 * F Hộ cận nghèo | G Đăng ký GĐVH | H Đạt GĐVH.
 * - "1. Xóm Bắc" in B3; households rows 4, 5, 7 (row 6 blank); "Cộng xóm Bắc: 3 hộ" row 8.
 * - "XÓM NAM" merged A9:H9; households rows 10, 11; "Cộng" row 12.
 * - "Thôn Đồng Tâm" in B13; households rows 14, 15, 17, 18 (row 16 blank); "Cộng thôn Đồng Tâm: 4 hộ" row 19 whose
 *   size figure D19 says 15 where the block's sizes add up to 3 + 5 + 2 + 4 = 14.
 * - "Tổng số: 9 hộ" row 20 with the true sums.
 */
export function villageSectionsInMixedStyles(): Grid {
  const values: Row[] = [
    ['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'],
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH'],
    [_, '1. Xóm Bắc'],
    [1, 'Nguyễn Văn Tâm', 1970, 4, 'x', _, 'x', 'x'],
    [2, 'Lê Thị Uyên', 1985, 3, _, _, 'x', 'x'],
    [],
    [3, 'Trịnh Văn Vinh', 1960, 5, _, 'x', 'x', _],
    [_, 'Cộng xóm Bắc: 3 hộ', _, 12, 1, 1, 3, 2],
    ['XÓM NAM'],
    [1, 'Phan Văn Xuân', 1975, 2, _, _, 'x', 'x'],
    [2, 'Đào Thị Yến', 1992, 4, _, _, _, _],
    [_, 'Cộng', _, 6, 0, 0, 1, 1],
    [_, 'Thôn Đồng Tâm'],
    [1, 'Quách Văn Thành', 1958, 3, 'x', _, 'x', 'x'],
    [2, 'Hà Thị Kim', 1966, 5, _, _, 'x', 'x'],
    [_, _, _, _, _, _, _, _],
    [3, 'Mạc Văn Lợi', 1980, 2, _, 'x', 'x', _],
    [4, 'Tô Thị Mến', 1995, 4, _, _, _, _],
    [_, 'Cộng thôn Đồng Tâm: 4 hộ', _, 15, 1, 1, 3, 2],
    [_, 'Tổng số: 9 hộ', _, 32, 2, 2, 7, 5],
  ];
  return gridOf('Danh sách', values, [{ top: 8, left: 0, bottom: 8, right: 7 }]);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. One sheet per village
// ---------------------------------------------------------------------------------------------------------------

const VILLAGE_SHEET_HEADER: Row = ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH'];

/** Households of the three village sheets, as [Thượng, Trung, Hạ]. */
const VILLAGE_SHEET_ROWS: Row[][] = [
  [
    [1, 'Nguyễn Văn Ba', 1960, 4, 'x', _, 'x', 'x'],
    [2, 'Trần Thị Bốn', 1972, 3, _, _, 'x', 'x'],
  ],
  [
    [1, 'Lê Văn Năm', 1980, 5, _, 'x', 'x', _],
    [2, 'Phạm Thị Sáu', 1991, 2, _, _, _, _],
    [3, 'Vũ Văn Bảy', 1955, 3, _, _, 'x', 'x'],
  ],
  [[1, 'Đỗ Văn Tám', 1968, 6, 'x', _, 'x', 'x']],
];

/** A hand-made per-village summary: numbers a formula would give, no household names. */
export function handMadeSummarySheet(): Grid {
  const grid = gridOf('Tổng hợp', [
    ['TỔNG HỢP HỘ GIA ĐÌNH NĂM 2024'],
    ['TT', 'Thôn', 'Số hộ', 'Nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo'],
    [1, 'Thượng', 2, 7, 1, 0],
    [2, 'Trung', 3, 10, 0, 1],
    [3, 'Hạ', 1, 6, 1, 0],
    ['Tổng cộng', _, 6, 23, 2, 1],
  ]);
  return { ...grid, formulaCells: 16 };
}

/** A notes sheet: one line of text per row. */
export function notesSheet(): Grid {
  return gridOf('Ghi chú', [
    ['Ghi chú:'],
    ['- Số liệu tính đến ngày 30/12/2024.'],
    ['- Hộ nghèo, hộ cận nghèo theo chuẩn nghèo giai đoạn 2022-2025.'],
  ]);
}

/**
 * Sheets "Thôn Thượng" (2 households), "Thôn Trung" (3), "Thôn Hạ" (1): title row 1 without a village, the same
 * header at row 2, no village column; then a "Tổng hợp" summary sheet and a "Ghi chú" notes sheet.
 */
export function villageSheetsNamedBySheet(): Grid[] {
  const names = ['Thôn Thượng', 'Thôn Trung', 'Thôn Hạ'];
  return [
    ...names.map((name, i) => gridOf(name, [['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[i]])),
    handMadeSummarySheet(),
    notesSheet(),
  ];
}

/**
 * The same households on sheets "Sheet1", "Sheet2", "Sheet3" whose title rows name the village:
 * "DANH SÁCH HỘ GIA ĐÌNH THÔN PHÚ LỘC NĂM 2024" (2), "… THÔN AN LẠC …" (3), "… THÔN VĨNH THỊNH …" (1).
 */
export function villageSheetsNamedByTitle(): Grid[] {
  const titles = ['PHÚ LỘC', 'AN LẠC', 'VĨNH THỊNH'];
  return titles.map((t, i) => gridOf(`Sheet${i + 1}`, [['UBND XÃ TÂN LẬP'], [`DANH SÁCH HỘ GIA ĐÌNH THÔN ${t} NĂM 2024`], [], VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[i]]));
}

/** Two village sheets named without diacritics, "An Lac" (2 households) and "Phu Loc" (3), no title rows. */
export function villageSheetsNamedWithoutDiacritics(): Grid[] {
  return [gridOf('An Lac', [VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[0]]), gridOf('Phu Loc', [VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[1]])];
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Awards registers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Title rows 1–2, header row 4: A STT | B Tên tập thể, cá nhân | C Chức vụ, đơn vị | D Hình thức khen thưởng |
 * E Cấp khen | F Quyết định số ("215/QĐ-UBND ngày 20/12/2024") | G Số tiền (đồng) (text "1.000.000 đ").
 * - Row 5 "A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND XÃ" merged A5:G5; row 6 "1. Khen tập thể" (rows 7–8, two Giấy khen,
 *   1.000.000 đ each); row 9 "2. Khen cá nhân" (rows 10–12: Giấy khen 500.000 đ, Lao động tiên tiến 700.000 đ,
 *   Giấy khen 500.000 đ); row 13 "Cộng" 3.700.000 đ. No authority written in block A.
 * - Row 14 "B" | "CẤP TRÊN KHEN THƯỞNG"; row 15 "1. Khen tập thể" (row 16 Bằng khen of the province chairman to a
 *   school, 4.680.000 đ; row 17 Tập thể lao động tiên tiến of the district chairman, no money); row 18
 *   "2. Khen cá nhân" (row 19 Chiến sĩ thi đua cơ sở of the district chairman 2.340.000 đ; row 20 Bằng khen of the
 *   province chairman 2.340.000 đ).
 * - Row 21 "Tổng cộng" 13.060.000 đ.
 * `blockASum` is what the "Cộng" row G13 says (the block's amounts add up to 3.700.000 đ).
 */
export function awardsCombinedDecisionWithBlocks(blockASum = '3.700.000 đ'): Grid {
  const values: Row[] = [
    ['UBND XÃ TÂN LẬP'],
    ['DANH SÁCH KHEN THƯỞNG NĂM 2024'],
    [],
    ['STT', 'Tên tập thể, cá nhân', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Cấp khen', 'Quyết định số', 'Số tiền (đồng)'],
    ['A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND XÃ'],
    [_, '1. Khen tập thể'],
    [1, 'Thôn Đông Hải', _, 'Giấy khen', _, '215/QĐ-UBND ngày 20/12/2024', '1.000.000 đ'],
    [2, 'Hội Phụ nữ xã Tân Lập', _, 'Giấy khen', _, '215/QĐ-UBND ngày 20/12/2024', '1.000.000 đ'],
    [_, '2. Khen cá nhân'],
    [1, 'Nguyễn Văn An', 'Trưởng thôn Đông Hải', 'Giấy khen', _, '215/QĐ-UBND ngày 20/12/2024', '500.000 đ'],
    [2, 'Trần Thị Bình', 'Công chức Văn hóa - Xã hội', 'Lao động tiên tiến', _, '216/QĐ-UBND ngày 20/12/2024', '700.000 đ'],
    [3, 'Lê Văn Cường', 'Chi hội trưởng Hội Nông dân', 'Giấy khen', _, '215/QĐ-UBND ngày 20/12/2024', '500.000 đ'],
    [_, 'Cộng', _, _, _, _, blockASum],
    ['B', 'CẤP TRÊN KHEN THƯỞNG'],
    [_, '1. Khen tập thể'],
    [1, 'Trường Tiểu học Tân Lập', _, 'Bằng khen', 'Chủ tịch UBND tỉnh', '3303/QĐ-UBND ngày 15/11/2024', '4.680.000 đ'],
    [2, 'Hợp tác xã Nông nghiệp Tân Lập', _, 'Tập thể lao động tiên tiến', 'Chủ tịch UBND huyện', '812/QĐ-UBND ngày 05/12/2024', _],
    [_, '2. Khen cá nhân'],
    [1, 'Phạm Thị Dung', 'Giáo viên Trường Tiểu học Tân Lập', 'Chiến sĩ thi đua cơ sở', 'Chủ tịch UBND huyện', '812/QĐ-UBND ngày 05/12/2024', '2.340.000 đ'],
    [2, 'Hoàng Văn Em', 'Chỉ huy trưởng Quân sự xã', 'Bằng khen', 'Chủ tịch UBND tỉnh', '3303/QĐ-UBND ngày 15/11/2024', '2.340.000 đ'],
    [_, 'Tổng cộng', _, _, _, _, '13.060.000 đ'],
  ];
  return gridOf('Khen thưởng', values, [
    { top: 1, left: 0, bottom: 1, right: 6 },
    { top: 4, left: 0, bottom: 4, right: 6 },
  ]);
}

/**
 * Header row 1: A STT | B Họ và tên | C Đối tượng | D Hình thức | E Cơ quan quyết định | F Số QĐ | G Ngày QĐ (real
 * date cells) | H Số tiền (numbers). No title, no sections; the year comes from the decision dates.
 * Rows 2–5: the commune chairman (Giấy khen to a village 720.000, Giấy khen 360.000, Lao động tiên tiến 710.000,
 * Gia đình văn hóa to a household, no money); row 6: Đảng ủy xã, Giấy khen 300.000; rows 7–9: district chairman
 * (Giấy khen to a school 1.420.000), province chairman (Bằng khen 2.340.000), district chairman (Chiến sĩ thi đua cơ
 * sở 2.340.000).
 */
export function awardsWithDateCells(): Grid {
  return gridOf('Khen thưởng 2024', [
    ['STT', 'Họ và tên', 'Đối tượng', 'Hình thức', 'Cơ quan quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền'],
    [1, 'Thôn Đông Hải', 'Tập thể', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', dateCell(2024, 12, 20), 720000],
    [2, 'Nguyễn Văn Hải', 'Cá nhân', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', dateCell(2024, 12, 20), 360000],
    [3, 'Lê Thị Hạnh', 'Cá nhân', 'Lao động tiên tiến', 'Chủ tịch UBND xã', '216/QĐ-UBND', dateCell(2024, 12, 20), 710000],
    [4, 'Hộ ông Trần Văn Khoa', 'Hộ gia đình', 'Gia đình văn hóa', 'Chủ tịch UBND xã', '217/QĐ-UBND', dateCell(2024, 12, 20), _],
    [5, 'Phạm Văn Lực', 'Cá nhân', 'Giấy khen', 'Đảng ủy xã', '45-QĐ/ĐU', dateCell(2024, 12, 25), 300000],
    [6, 'Trường Mầm non Tân Lập', 'Tập thể', 'Giấy khen', 'Chủ tịch UBND huyện', '3303/QĐ-UBND', dateCell(2024, 11, 28), 1420000],
    [7, 'Hoàng Thị Mơ', 'Cá nhân', 'Bằng khen', 'Chủ tịch UBND tỉnh', '2150/QĐ-UBND', dateCell(2024, 10, 15), 2340000],
    [8, 'Vũ Văn Nghĩa', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', 'Chủ tịch UBND huyện', '3303/QĐ-UBND', dateCell(2024, 11, 28), 2340000],
  ]);
}

/**
 * The recipient-kind blocks numbered the way many clerks number them: the number as an Excel number in the STT
 * column ("1" in A) and the words in B ("Khen tập thể"); otherwise like awardsWithDateCells without the kind
 * column. Header row 1: A STT | B Họ và tên | C Hình thức | D Cơ quan quyết định | E Số QĐ | F Ngày QĐ | G Số tiền.
 * Row 2: 1 | "Khen tập thể"; rows 3–4 two collectives; row 5: 2 | "Khen cá nhân"; rows 6–8 three individuals.
 */
export function awardsKindBlocksNumberedInSttColumn(): Grid {
  return gridOf('Khen thưởng', [
    ['STT', 'Họ và tên', 'Hình thức', 'Cơ quan quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền'],
    [1, 'Khen tập thể'],
    [1, 'Thôn Đông Hải', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', dateCell(2024, 12, 20), 720000],
    [2, 'Trường Mầm non Tân Lập', 'Giấy khen', 'Chủ tịch UBND huyện', '3303/QĐ-UBND', dateCell(2024, 11, 28), 1420000],
    [2, 'Khen cá nhân'],
    [1, 'Nguyễn Văn Hải', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', dateCell(2024, 12, 20), 360000],
    [2, 'Lê Thị Hạnh', 'Lao động tiên tiến', 'Chủ tịch UBND xã', '216/QĐ-UBND', dateCell(2024, 12, 20), 710000],
    [3, 'Hoàng Thị Mơ', 'Bằng khen', 'Chủ tịch UBND tỉnh', '2150/QĐ-UBND', dateCell(2024, 10, 15), 2340000],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Overrides
// ---------------------------------------------------------------------------------------------------------------

/**
 * The name column is headed "Đối tượng chính", which no vocabulary knows. Header row 1: A STT | B Đối tượng chính |
 * C Thôn | D Số khẩu | E Hộ nghèo | F Hộ cận nghèo; households rows 2–5.
 */
export function unmappableNameHeader(): Grid {
  return gridOf('Hộ dân', [
    ['STT', 'Đối tượng chính', 'Thôn', 'Số khẩu', 'Hộ nghèo', 'Hộ cận nghèo'],
    [1, 'Nguyễn Văn Bình', 'Đông Hải', 4, 'x', _],
    [2, 'Trần Thị Cúc', 'Đông Hải', 3, _, _],
    [3, 'Lê Văn Dần', 'Tây Sơn', 5, _, 'x'],
    [4, 'Phạm Thị Đào', 'Tây Sơn', 2, _, _],
  ]);
}

/**
 * Two name columns: B "Họ và tên người kê khai" (who filled the form, empty when the head did it himself) and
 * C "Chủ hộ". Header row 1: A STT | B Họ và tên người kê khai | C Chủ hộ | D Thôn | E Số khẩu; rows 2–5.
 */
export function declarantBeforeHeadColumn(): Grid {
  return gridOf('Hộ dân', [
    ['STT', 'Họ và tên người kê khai', 'Chủ hộ', 'Thôn', 'Số khẩu'],
    [1, _, 'Nguyễn Văn Bình', 'Đông Hải', 4],
    [2, 'Trần Văn Dũng', 'Trần Thị Cúc', 'Đông Hải', 3],
    [3, _, 'Lê Văn Dần', 'Tây Sơn', 5],
    [4, _, 'Phạm Thị Đào', 'Tây Sơn', 2],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Village aliases against a profile
// ---------------------------------------------------------------------------------------------------------------

/**
 * Header row 1: A STT | B Họ và tên chủ hộ | C Năm sinh | D Thôn | E Số nhân khẩu. Villages in D as written:
 * D2 "Đông Hải", D3 "thôn đông hải", D4 "Dong Hai", D5 "Đông  Hải" (two spaces), D6 "Tây Sơn", D7 "Bắc Hà",
 * D8 "Nam Hà" (no such village).
 */
export function villageAliasesRegister(): Grid {
  return gridOf('Sheet1', [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu'],
    [1, 'Nguyễn Văn Hải', 1970, 'Đông Hải', 4],
    [2, 'Trần Văn Long', 1965, 'thôn đông hải', 3],
    [3, 'Lê Thị Mai', 1980, 'Dong Hai', 5],
    [4, 'Phạm Văn Nam', 1975, 'Đông  Hải', 2],
    [5, 'Hoàng Thị Oanh', 1990, 'Tây Sơn', 3],
    [6, 'Vũ Văn Phú', 1958, 'Bắc Hà', 4],
    [7, 'Đỗ Thị Quyên', 1985, 'Nam Hà', 2],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// More layouts: line breaks in header cells, a "Chủ hộ" group header
// ---------------------------------------------------------------------------------------------------------------

/**
 * Header cells wrapped onto two lines with Alt+Enter, header row 1: A STT | B "Họ và tên\nchủ hộ" | C "Năm\nsinh" |
 * D "Thôn\n(xóm)" | E "Số\nnhân khẩu" | F "Hộ\nnghèo" | G "Hộ cận\nnghèo"; households rows 2–4.
 */
export function headerWithLineBreaks(): Grid {
  return gridOf('Sheet1', [
    ['STT', 'Họ và tên\nchủ hộ', 'Năm\nsinh', 'Thôn\n(xóm)', 'Số\nnhân khẩu', 'Hộ\nnghèo', 'Hộ cận\nnghèo'],
    [1, 'Nguyễn Văn Bình', 1970, 'Đông Hải', 4, 'x', _],
    [2, 'Trần Thị Cúc', 1980, 'Đông Hải', 3, _, _],
    [3, 'Lê Văn Dần', 1965, 'Tây Sơn', 5, _, 'x'],
  ]);
}

/**
 * "Chủ hộ" merged across B1:E1 over "Họ và tên | Năm sinh | Giới tính | Số CCCD"; A STT, F Thôn, G Số khẩu merged
 * down over rows 1–2; households rows 3–5.
 */
export function headGroupHeader(): Grid {
  return gridOf(
    'Sheet1',
    [
      ['STT', 'Chủ hộ', _, _, _, 'Thôn', 'Số khẩu'],
      [_, 'Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD', _, _],
      [1, 'Nguyễn Văn Bình', 1970, 'Nam', '037070001111', 'Đông Hải', 4],
      [2, 'Trần Thị Cúc', 1980, 'Nữ', '037180002222', 'Đông Hải', 3],
      [3, 'Lê Văn Dần', 2002, 'Nam', '037202003333', 'Tây Sơn', 2],
    ],
    [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 1, right: 5 },
      { top: 0, left: 6, bottom: 1, right: 6 },
    ],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Layouts the product misreads today (tests in pending-bugs.test.ts.txt)
// ---------------------------------------------------------------------------------------------------------------

const SMALL_HEADER: Row = ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu'];
const SMALL_ROWS: Row[] = [
  [1, 'Nguyễn Văn Bình', 1970, 'Đông Hải', 4],
  [2, 'Trần Thị Cúc', 1980, 'Đông Hải', 3],
  [3, 'Lê Văn Dần', 1965, 'Tây Sơn', 5],
];

/**
 * Header row 1 (STT | Họ và tên chủ hộ | Năm sinh | Thôn | Số nhân khẩu), households rows 2–4, blank row 5, then a
 * footer that opens with the signer's title alone: D6 "TM. UBND XÃ", D7 "CHỦ TỊCH", D9 "Phạm Văn Hùng".
 */
export function footerOpeningWithTmUbndXa(): Grid {
  return gridOf('Sheet1', [SMALL_HEADER, ...SMALL_ROWS, [], [_, _, _, 'TM. UBND XÃ'], [_, _, _, 'CHỦ TỊCH'], [], [_, _, _, 'Phạm Văn Hùng']]);
}

/**
 * Households rows 2–4 as above, blank row 5, then a footer whose place-and-date line leaves the day (and month) to
 * be written by hand: D6 "Tân Lập, ngày      tháng 12 năm 2024" or "Tân Lập, ngày ... tháng ... năm 2024";
 * B7 "NGƯỜI LẬP BIỂU" | D7 "TM. ỦY BAN NHÂN DÂN"; D8 "CHỦ TỊCH"; B10 "Nguyễn Thị Lan" | D10 "Phạm Văn Hùng".
 */
export function footerWithUnfilledDate(style: 'spaces' | 'dots'): Grid {
  const date = style === 'spaces' ? 'Tân Lập, ngày      tháng 12 năm 2024' : 'Tân Lập, ngày ... tháng ... năm 2024';
  return gridOf('Sheet1', [
    SMALL_HEADER,
    ...SMALL_ROWS,
    [],
    [_, _, _, date],
    [_, 'NGƯỜI LẬP BIỂU', _, 'TM. ỦY BAN NHÂN DÂN'],
    [_, _, _, 'CHỦ TỊCH'],
    [],
    [_, 'Nguyễn Thị Lan', _, 'Phạm Văn Hùng'],
  ]);
}

/**
 * Village blocks numbered with an Excel number in the STT column: header row 1 STT | Họ và tên chủ hộ | Năm sinh |
 * Số nhân khẩu | Hộ nghèo; row 2: 1 | "Thôn Đông Hải"; households rows 3–4; row 5: 2 | "Thôn Tây Sơn"; household
 * row 6.
 */
export function villageBlocksNumberedInSttColumn(): Grid {
  return gridOf('Sheet1', [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu', 'Hộ nghèo'],
    [1, 'Thôn Đông Hải'],
    [1, 'Nguyễn Văn Bình', 1970, 4, 'x'],
    [2, 'Trần Thị Cúc', 1980, 3, _],
    [2, 'Thôn Tây Sơn'],
    [1, 'Lê Văn Dần', 1965, 5, _],
  ]);
}

/**
 * STT typed as text ("1", "2", "3"); household row 4 has only its number and its head's name so far:
 * A4 "3" | B4 "Lê Văn Dần", every other cell empty.
 */
export function householdWithOnlyTextNumberAndName(): Grid {
  return gridOf('Sheet1', [SMALL_HEADER, ['1', 'Nguyễn Văn Bình', 1970, 'Đông Hải', 4], ['2', 'Trần Thị Cúc', 1980, 'Đông Hải', 3], ['3', 'Lê Văn Dần']]);
}

/**
 * Group headers centred across their sub-columns without merging ("Center Across Selection"): the group's text only
 * in its first cell. Row 1: A STT | B Họ và tên chủ hộ | C Thôn | D Số khẩu | E "Năm sinh" | F (empty) |
 * G "Gia đình văn hóa" | H (empty); row 2: E Nam | F Nữ | G Đăng ký | H Đạt; households rows 3–5.
 */
export function groupHeadersCentredWithoutMerge(): Grid {
  return gridOf('Sheet1', [
    ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số khẩu', 'Năm sinh', _, 'Gia đình văn hóa', _],
    [_, _, _, _, 'Nam', 'Nữ', 'Đăng ký', 'Đạt'],
    [1, 'Nguyễn Văn Bình', 'Đông Hải', 4, 1970, _, 'x', 'x'],
    [2, 'Trần Thị Cúc', 'Đông Hải', 3, _, 1980, 'x', 'x'],
    [3, 'Lê Văn Dần', 'Tây Sơn', 5, 1965, _, 'x', _],
  ]);
}

/**
 * Village sheets "Sheet1" (2 households) and "Sheet2" (3) whose titles name the commune after the village, without
 * a comma: "DANH SÁCH HỘ GIA ĐÌNH THÔN AN LẠC XÃ TÂN LẬP NĂM 2024", "… THÔN PHÚ LỘC XÃ TÂN LẬP …".
 */
export function villageSheetsTitledWithCommune(): Grid[] {
  return ['AN LẠC', 'PHÚ LỘC'].map((v, i) => gridOf(`Sheet${i + 1}`, [[`DANH SÁCH HỘ GIA ĐÌNH THÔN ${v} XÃ TÂN LẬP NĂM 2024`], VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[i]]));
}

/** Village sheets named by the villages' initials, "AL" (An Lạc, 2 households) and "PL" (Phú Lộc, 3). */
export function villageSheetsNamedByInitials(): Grid[] {
  return [gridOf('AL', [VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[0]]), gridOf('PL', [VILLAGE_SHEET_HEADER, ...VILLAGE_SHEET_ROWS[1]])];
}
