// A short explanation of each family of issues (DOMAIN.md §4), shown beside the issue list.
import type { Lang } from './messages';

const RULES: Record<string, [vi: string, en: string]> = {
  'text.encoding': ['Chữ gõ bằng phông TCVN3/VNI cũ hiện thành ký tự lạ; phần mềm đề xuất chuyển sang Unicode.', 'Text typed in a legacy TCVN3/VNI font shows as odd characters; the product suggests its Unicode form.'],
  'text.unicode': ['Chữ ở dạng Unicode tổ hợp trông giống nhưng không khớp khi lọc, tìm, đếm; nên chuyển sang Unicode dựng sẵn.', 'Decomposed Unicode looks the same but does not match in filters and counts; convert to NFC.'],
  'text.whitespace': ['Khoảng trắng thừa làm hai tên giống nhau bị coi là khác nhau.', 'Stray spaces make equal names look different.'],
  'value.required': ['Trường bắt buộc (họ tên, tên người nhận, hình thức, số nhân khẩu) không được để trống.', 'Required fields (names, form, size) must not be empty.'],
  'value.type': ['Giá trị không đọc được theo đúng kiểu (số, ngày, ký hiệu x).', 'A value that cannot be read as its type (number, date, mark).'],
  'value.range': ['Giá trị ngoài khoảng hợp lý: số nhân khẩu 1–30, chủ hộ 16–110 tuổi, năm có 4 chữ số.', 'Out of range: 1–30 persons, a head aged 16–110, four-digit years.'],
  'value.enum': ['Giá trị không có trong danh mục: thôn của xã, hình thức khen thưởng, giới tính, phân loại hộ.', 'Not an allowed value: the commune\'s villages, award forms, gender, household class.'],
  'value.alias': ['Cách viết khác của một giá trị đúng (tên thôn, chữ viết tắt); đề xuất viết thống nhất.', 'Another spelling of a valid value (village name, abbreviation); write it one way.'],
  'value.error': ['Ô chứa giá trị lỗi của Excel (#N/A, #REF!, #VALUE!).', 'The cell holds an Excel error value (#N/A, #REF!, #VALUE!).'],
  'row.conflict': ['Các cột trong cùng dòng mâu thuẫn: vừa nghèo vừa cận nghèo; đạt Gia đình văn hóa mà không đăng ký.', 'Fields contradict each other: both poor and near-poor; recognised without registering.'],
  'row.duplicate': ['Cùng một hộ (họ tên, năm sinh, thôn hoặc cùng số CCCD) hay cùng một khen thưởng ghi hai lần.', 'The same household (name, birth year, village, or CCCD) or award written twice.'],
  'id.cccd': ['Số CCCD có 12 chữ số: 3 số mã tỉnh, 1 số thế kỷ và giới tính, 2 số cuối năm sinh, 6 số ngẫu nhiên.', 'A CCCD has 12 digits: province code, century-and-gender digit, birth-year digits, 6 digits.'],
  'award.authority': ['Mỗi cấp chỉ được tặng một số hình thức (Luật Thi đua, khen thưởng 2022, Điều 80): Chủ tịch UBND xã không tặng Bằng khen, Chủ tịch UBND tỉnh không tặng Giấy khen.', 'Each authority may give certain forms only (Law on Emulation and Commendation 2022, art. 80).'],
  'award.recipient': ['Hình thức không đúng đối tượng: danh hiệu cá nhân cho tập thể hoặc ngược lại.', 'A form given to the wrong kind of recipient (an individual title to a collective, or the reverse).'],
  'award.amount': ['Số tiền khác mức theo quy định (hệ số × lương cơ sở, làm tròn lên 10.000 đồng). Xã có thể chi theo mức riêng.', 'The amount differs from the money table (multiple × base salary, rounded up to 10,000 đồng).'],
  'award.decision': ['Số quyết định phải có số thứ tự và cơ quan ban hành (215/QĐ-UBND); ngày phải có thật và trong năm báo cáo.', 'A decision number needs its number and issuer (215/QĐ-UBND); its date must exist and fall in the report year.'],
  'total.mismatch': ['Số ở dòng cộng, tổng cộng khác tổng các dòng trong khối.', 'A subtotal or total figure differs from the sum of its rows.'],
  'household.head': ['Trong danh sách nhân khẩu, mỗi hộ có đúng một chủ hộ.', 'In a list of persons, each household has exactly one head.'],
  'household.numbering': ['Số thứ tự hộ tăng dần 1, 2, 3…: số đánh lại, nhảy số hoặc bỏ trống cần xem lại.', 'Household numbers run 1, 2, 3…: a restart, skip or gap needs a look.'],
};

const TITLES: Record<string, [vi: string, en: string]> = {
  'text.encoding': ['Chữ mã cũ (TCVN3/VNI)', 'Legacy encoding'],
  'text.unicode': ['Unicode tổ hợp', 'Decomposed Unicode'],
  'text.whitespace': ['Khoảng trắng thừa', 'Stray spaces'],
  'value.required': ['Thiếu thông tin bắt buộc', 'Missing value'],
  'value.type': ['Giá trị không đọc được', 'Unreadable value'],
  'value.range': ['Giá trị ngoài khoảng', 'Out of range'],
  'value.enum': ['Không có trong danh mục', 'Unknown value'],
  'value.alias': ['Cách viết khác', 'Variant spelling'],
  'value.error': ['Ô lỗi Excel', 'Excel error value'],
  'row.conflict': ['Mâu thuẫn trong dòng', 'Contradiction'],
  'row.duplicate': ['Trùng lặp', 'Duplicate'],
  'id.cccd': ['Số CCCD', 'CCCD number'],
  'award.authority': ['Sai thẩm quyền khen', 'Authority'],
  'award.recipient': ['Sai đối tượng khen', 'Recipient kind'],
  'award.amount': ['Mức tiền thưởng', 'Award amount'],
  'award.decision': ['Số, ngày quyết định', 'Decision'],
  'total.mismatch': ['Dòng cộng sai', 'Total mismatch'],
  'household.head': ['Chủ hộ', 'Head of household'],
  'household.numbering': ['Số thứ tự hộ', 'Household numbering'],
};

/** A short human title for an issue code's family. */
export function ruleTitle(code: string, lang: Lang): string {
  const r = TITLES[codeFamily(code)];
  return r ? r[lang === 'vi' ? 0 : 1] : code;
}

/** The family of a refined code: "value.enum.village" → "value.enum". */
export function codeFamily(code: string): string {
  const parts = code.split('.');
  return parts.length > 2 ? parts.slice(0, 2).join('.') : code;
}

/** The explanation of an issue code's rule. */
export function ruleExplanation(code: string, lang: Lang): string {
  const r = RULES[codeFamily(code)];
  return r ? r[lang === 'vi' ? 0 : 1] : '';
}

export const RULE_FAMILIES = Object.keys(RULES);
