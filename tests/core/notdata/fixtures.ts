// Sheets with rows and sheets that are not data (DOMAIN.md §2.3): template rows left under a header, instructions
// and example sheets, code tables. Every count a test expects is counted by hand from the rows typed here.
import { gridOf, type CellValue, type Grid } from '../../../src/core/grid';

const _ = null;
type Row = CellValue[];
const NA: CellValue = { error: '#N/A' };

/** `n` rows of a template: the running number from `from` on, every other cell as `rest` gives it. */
function templateRows(from: number, n: number, rest: (i: number) => Row): Row[] {
  return Array.from({ length: n }, (_x, i) => [from + i, ...rest(i)]);
}

/**
 * A household form handed out pre-numbered 1..200, filled for five households: title row 1, header row 3
 * A STT | B Họ và tên chủ hộ | C Năm sinh | D Số CCCD | E Thôn | F Số nhân khẩu | G Hộ nghèo | H Hộ cận nghèo |
 * I Ghi chú, households in rows 4–8, rows 9–203 holding only their number, a footer at row 205.
 */
export function prenumberedHouseholdForm(): Grid {
  return gridOf('Mẫu hộ', [
    ['DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG PHONG NĂM 2024'],
    [],
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Ghi chú'],
    [1, 'Nguyễn Văn Thành', 1971, '037071004512', 'Đông Phong', 4, _, _, _],
    [2, 'Trần Thị Hồng Nhung', 1984, '037184009921', 'Đông Phong', 3, 'x', _, _],
    [3, 'Lê Đình Khánh', 1959, '037059001187', 'Đông Phong', 2, _, 'x', _],
    [4, 'Phạm Thị Loan', 1990, '037190012345', 'Đông Phong', 5, _, _, 'Mới tách hộ'],
    [5, 'Vũ Quang Huy', 1966, '037066007788', 'Đông Phong', 6, _, _, _],
    ...templateRows(6, 195, () => [_, _, _, _, _, _, _, _]),
    [],
    [_, _, _, _, _, _, 'Người lập biểu'],
  ]);
}

/**
 * The same kind of form numbered as text in an unheaded first column ("01.", "02." …), the header from column B:
 * A (no header) | B Chủ hộ | C Địa chỉ | D Nhân khẩu | E ĐK GĐVH | F Đạt GĐVH; three households (rows 2–4), then
 * 40 numbered rows (5–44) where a formula left "" in the address and size columns.
 */
export function textNumberedFirstColumn(): Grid {
  const rows: Row[] = [];
  for (let i = 4; i <= 43; i++) rows.push([`${String(i).padStart(2, '0')}.`, _, '', '', _, _]);
  return gridOf('Sheet1', [
    [_, 'Chủ hộ', 'Địa chỉ', 'Nhân khẩu', 'ĐK GĐVH', 'Đạt GĐVH'],
    ['01.', 'Hoàng Thị Thu', 'Xóm 3 - Gia Trung', 4, 'x', 'x'],
    ['02.', 'Đỗ Văn Bình', 'Xóm 3 - Gia Trung', 3, 'x', _],
    ['03.', 'Bùi Thị Mận', 'Xóm 4 - Gia Trung', 2, _, _],
    ...rows,
  ]);
}

/**
 * A lookup template: the clerk types a household code in B and VLOOKUPs fill the rest. Header row 2:
 * A STT | B Mã hộ | C Họ và tên chủ hộ | D Năm sinh | E Thôn | F Số nhân khẩu. Three looked-up households (rows 3–5),
 * then 60 rows whose lookups found nothing: #N/A error cells (rows 6–35), "" (rows 36–50), and "#N/A" as text, as an
 * HTML export writes it (rows 51–65).
 */
export function lookupTemplate(): Grid {
  return gridOf('Tra cứu', [
    ['BẢNG TRA CỨU HỘ GIA ĐÌNH'],
    ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu'],
    [1, 'HGD0012', 'Ngô Thị Bích', 1975, 'Yên Thái', 3],
    [2, 'HGD0047', 'Đặng Văn Lực', 1962, 'Yên Thái', 5],
    [3, 'HGD0103', 'Trịnh Minh Tuấn', 1988, 'Yên Hòa', 4],
    ...templateRows(4, 30, () => [_, NA, NA, NA, NA]),
    ...templateRows(34, 15, () => [_, '', '', '', '']),
    ...templateRows(49, 15, () => [_, '#N/A', '#N/A', '#N/A', '#N/A']),
  ]);
}

/**
 * A register whose "Đăng ký GĐVH" column was pre-filled with "x" down the whole form: header row 1
 * A TT | B Tên chủ hộ | C Thôn | D Số khẩu | E Hộ nghèo | F Đăng ký GĐVH | G Đạt GĐVH; four households (rows 2–5), then
 * rows 6–105 with a number and the "x", rows 106–115 with the "x" alone, row 116 with an "X" under "Hộ nghèo".
 */
export function preTickedMarkColumn(): Grid {
  return gridOf('DS GĐVH', [
    ['TT', 'Tên chủ hộ', 'Thôn', 'Số khẩu', 'Hộ nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH'],
    [1, 'Lý Văn Sáng', 'Bản Phiêng', 6, 'x', 'x', _],
    [2, 'Hà Thị Xuân', 'Bản Phiêng', 4, _, 'x', 'x'],
    [3, 'Lò Văn Thắm', 'Bản Có', 5, _, 'x', 'x'],
    [4, 'Vi Thị Nguyệt', 'Bản Có', 3, _, 'x', _],
    ...templateRows(5, 100, () => [_, _, _, _, 'x', _]),
    ...Array.from({ length: 10 }, (): Row => [_, _, _, _, _, 'x', _]),
    [_, _, _, _, ' X ', _, _],
  ]);
}

/**
 * Rows missing only the head's name are still households: header row 1 A STT | B Họ và tên chủ hộ | C Năm sinh |
 * D Số CCCD | E Thôn | F Số nhân khẩu; row 2 complete, row 3 without a name, row 4 a number and a birth year, row 5 a
 * number and a CCCD, row 6 a number and a size, row 7 a name only; then two numbered template rows (8, 9).
 */
export function rowsMissingTheName(): Grid {
  return gridOf('Hộ thôn Nam Phong', [
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu'],
    [1, 'Trương Văn Đạt', 1970, '036070000123', 'Nam Phong', 4],
    [2, _, 1981, '036181004567', 'Nam Phong', 3],
    [3, _, 1956, _, _, _],
    [4, _, _, '036190002211', _, _],
    [5, _, _, _, _, 2],
    [6, 'Mai Thị Quế', _, _, _, _],
    [7, _, _, _, _, _],
    [8, _, _, _, _, _],
  ]);
}

/** Empty household form: title, header, its column-number row, 30 numbered rows and the signature block. */
export function emptyHouseholdForm(): Grid {
  return gridOf('Biểu 01', [
    ['DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'],
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ...templateRows(1, 30, () => [_, _, _, _, _]),
    [],
    [_, _, _, 'NGƯỜI LẬP BIỂU'],
  ]);
}

/** An awards form with its header and nothing under it but numbered rows whose lookups give #N/A. */
export function emptyAwardsForm(): Grid {
  return gridOf('Khen thưởng', [
    ['DANH SÁCH KHEN THƯỞNG NĂM 2025'],
    ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định'],
    ...templateRows(1, 12, () => [_, NA, _, _, _]),
  ]);
}

/** The header of a household register and nothing else. */
export function headerOnly(): Grid {
  return gridOf('Hộ gia đình', [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo']]);
}

// ---------------------------------------------------------------------------------------------------------------
// Coded award proposals and their code tables
// ---------------------------------------------------------------------------------------------------------------

/**
 * A proposal list titled with its form number, forms as codes 1/2/3 and kinds as TAPTHE/CANHAN: title rows 1–2,
 * header row 4 A STT | B Họ và tên | C Chức vụ, đơn vị | D Đối tượng | E Hình thức khen thưởng | F Ghi chú;
 * six proposals in rows 5–10, then numbered template rows 11–20.
 */
export function codedProposals(): Grid {
  return gridOf('DS đề nghị', [
    ['UBND XÃ YÊN LÂM'],
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024 (Mẫu số 02)'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Đối tượng', 'Hình thức khen thưởng', 'Ghi chú'],
    [1, 'Trường Tiểu học Yên Lâm', _, 'TAPTHE', 1, _],
    [2, 'Chi hội Phụ nữ thôn Đông Phong', _, 'TAPTHE', 2, _],
    [3, 'Nguyễn Thị Thanh Hương', 'Giáo viên Trường Mầm non Yên Lâm', 'CANHAN', 3, _],
    [4, 'Phạm Văn Đức', 'Trưởng thôn Tây Phong', 'CANHAN', 1, _],
    [5, 'Lê Thị Hạnh', 'Chủ tịch Hội LHPN xã', 'CANHAN', 2, 'Đề nghị cấp tỉnh'],
    [6, 'Đinh Công Tráng', 'Công an viên thôn Nam Phong', 'CANHAN', 3, _],
    ...templateRows(7, 10, () => [_, _, _, _, _]),
  ]);
}

/** A "DANHMUC" sheet with two tables side by side: A–B "Mã | Tên hình thức khen thưởng", D–E "Mã | Phân loại". */
export function danhMucSideBySide(): Grid {
  return gridOf('DANHMUC', [
    ['Mã', 'Tên hình thức khen thưởng', _, 'Mã', 'Phân loại'],
    [1, 'Giấy khen của Chủ tịch UBND xã', _, 'TAPTHE', 'Tập thể'],
    [2, 'Bằng khen của Chủ tịch UBND tỉnh', _, 'CANHAN', 'Cá nhân'],
    [3, 'Lao động tiên tiến', _, 'HOGIADINH', 'Hộ gia đình'],
  ]);
}

/**
 * A proposal list of another shape: header row 1 A TT | B Tên tập thể/cá nhân | C Tập thể/Cá nhân | D Hình thức |
 * E Cấp khen; kinds as 1/2/3, forms as text codes "01", "02", authority as codes X/T; rows 2–6.
 */
export function numericCodedProposals(): Grid {
  return gridOf('Đề nghị 2024', [
    ['TT', 'Tên tập thể/cá nhân', 'Tập thể/Cá nhân', 'Hình thức', 'Cấp khen'],
    [1, 'Hộ ông Hà Văn Tư', 3, '01', 'X'],
    [2, 'Đoàn Thanh niên xã Phú Lộc', 1, '02', 'X'],
    [3, 'Tô Thị Ngọc Ánh', 2, '03', 'T'],
    [4, 'Hợp tác xã Nông nghiệp Phú Lộc', '1', '03', 'T'],
    [5, 'Kiều Minh Nhật', 2, '02', 'X'],
  ]);
}

/**
 * "Danh mục" with its tables one under another: a title, "1. Đối tượng" with "Mã | Phân loại" (1 Tập thể, 2 Cá nhân,
 * 3 Hộ gia đình), a blank row, "2. Hình thức khen thưởng" with "Mã | Tên hình thức" (1 Bằng khen…, 2 Giấy khen…,
 * 3 Lao động tiên tiến, 4 Tập thể lao động tiên tiến), a blank row, "3. Cấp khen" with "Mã | Cấp" (X, T).
 */
export function danhMucStacked(): Grid {
  return gridOf('Danh mục', [
    ['CÁC DANH MỤC DÙNG TRONG BIỂU'],
    ['1. Đối tượng'],
    ['Mã', 'Phân loại'],
    [1, 'Tập thể'],
    [2, 'Cá nhân'],
    [3, 'Hộ gia đình'],
    [],
    ['2. Hình thức khen thưởng'],
    ['Mã', 'Tên hình thức'],
    ['01', 'Gia đình văn hóa'],
    ['02', 'Giấy khen của Chủ tịch UBND xã'],
    ['03', 'Bằng khen của Chủ tịch UBND tỉnh'],
    ['04', 'Tập thể lao động tiên tiến'],
    [],
    ['3. Cấp khen'],
    ['Mã', 'Cấp'],
    ['X', 'Chủ tịch UBND xã Phú Lộc'],
    ['T', 'Chủ tịch UBND tỉnh Ninh Bình'],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets that are no register
// ---------------------------------------------------------------------------------------------------------------

/** "Hướng dẫn": how to fill the form, then its header with two worked example rows. */
export function instructionsWithExamples(): Grid {
  return gridOf('Hướng dẫn', [
    ['HƯỚNG DẪN NHẬP DANH SÁCH HỘ GIA ĐÌNH'],
    ['1. Mỗi hộ ghi một dòng; cột Thôn ghi đúng tên thôn theo danh mục.'],
    ['2. Đánh dấu x vào cột Hộ nghèo hoặc Hộ cận nghèo nếu có.'],
    ['Ví dụ:'],
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo'],
    [1, 'Nguyễn Văn A', 1970, 'Đông Phong', 4, 'x'],
    [2, 'Trần Thị B', 1985, 'Tây Phong', 3, _],
  ]);
}

/** A sheet named "Sheet2" whose title says it is instructions. */
export function instructionsByTitle(): Grid {
  return gridOf('Sheet2', [['HƯỚNG DẪN SỬ DỤNG BIỂU MẪU'], ['Bước 1: chọn thôn ở ô B2.'], ['Bước 2: nhập từng hộ vào trang "Danh sách".']]);
}

/** A code table in an unnamed sheet: no title, "Mã | Thôn" pairs. */
export function unnamedCodeSheet(): Grid {
  return gridOf('Sheet3', [
    ['Mã', 'Tên thôn'],
    ['DP', 'Đông Phong'],
    ['TP', 'Tây Phong'],
    ['NP', 'Nam Phong'],
    ['BP', 'Bắc Phong'],
  ]);
}

/** A numbered list that is no code table: "STT | Tên sáng kiến". */
export function numberedInitiatives(): Grid {
  return gridOf('Sheet4', [
    ['DANH SÁCH SÁNG KIẾN NĂM 2024'],
    ['STT', 'Tên sáng kiến'],
    [1, 'Ứng dụng phần mềm quản lý hộ tịch'],
    [2, 'Mô hình thu gom rác thải tại thôn'],
    [3, 'Số hóa hồ sơ một cửa'],
  ]);
}
