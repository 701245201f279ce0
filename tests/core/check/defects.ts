// Planted defects: each is one edit a clerk could make to one of the two correct reports, and the finding(s) it
// must produce. The corpus test applies each to a fresh copy of its report, so every finding on that copy is either
// the planted one or a false alarm.
import type { FindingCode } from '../../../src/core/check';

export interface Defect {
  report: 'anHoa' | 'dongTam';
  code: FindingCode;
  /** A whole paragraph, or a substring of exactly one paragraph, and what it becomes. */
  find: string;
  replace: string;
  /** Other checks the same edit rightly trips (e.g. a changed count that is also against the data). */
  also?: FindingCode[];
}

const A = 'anHoa' as const;
const B = 'dongTam' as const;

export const DEFECTS: Defect[] = [
  // report.year: a review of year N whose title, headings, closing or signing date name another year.
  { report: A, code: 'report.year', find: 'khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024', replace: 'khen thưởng năm 2024, phương hướng, nhiệm vụ năm 2025' },
  { report: A, code: 'report.year', find: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', replace: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023' },
  { report: A, code: 'report.year', find: 'năm 2023 và phương hướng, nhiệm vụ năm 2024 của UBND xã An Hòa', replace: 'năm 2022 và phương hướng, nhiệm vụ năm 2024 của UBND xã An Hòa' },
  { report: A, code: 'report.year', find: 'An Hòa, ngày 05 tháng 01 năm 2024', replace: 'An Hòa, ngày 05 tháng 01 năm 2023' },
  { report: B, code: 'report.year', find: 'II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2024', replace: 'II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2023' },
  { report: B, code: 'report.year', find: 'Đồng Tâm, ngày 20 tháng 12 năm 2024', replace: 'Đồng Tâm, ngày 20 tháng 12 năm 2023' },
  { report: B, code: 'report.year', find: 'và phương hướng, nhiệm vụ năm 2025', replace: 'và phương hướng, nhiệm vụ năm 2024' },
  { report: A, code: 'report.year', find: 'khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024 của UBND', replace: 'khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025 của UBND' },
  // report.numbering: skips, repeats, a wrong first number under a parent.
  { report: A, code: 'report.numbering', find: 'c) Phong trào "Cả nước chung tay', replace: 'd) Phong trào "Cả nước chung tay' },
  { report: A, code: 'report.numbering', find: '3. Công tác khen thưởng', replace: '4. Công tác khen thưởng' },
  { report: A, code: 'report.numbering', find: 'III. ĐỀ XUẤT, KIẾN NGHỊ', replace: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' },
  { report: A, code: 'report.numbering', find: '4. Những tồn tại, hạn chế', replace: '5. Những tồn tại, hạn chế' },
  { report: B, code: 'report.numbering', find: '2.3. Phong trào "Cả nước', replace: '2.2. Phong trào "Cả nước' },
  { report: B, code: 'report.numbering', find: '1. Phương hướng chung', replace: '2. Phương hướng chung' },
  // (Items of the task list under "2. Nhiệm vụ cụ thể" follow each other with nothing between: a list, not headings.)
  { report: B, code: 'report.numbering', find: '2.5. Phong trào thi đua trong lĩnh vực', replace: '2.6. Phong trào thi đua trong lĩnh vực' },
  { report: B, code: 'report.numbering', find: '4.2. Tồn tại, hạn chế', replace: '3.2. Tồn tại, hạn chế' },
  { report: B, code: 'report.numbering', find: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', replace: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025' },
  // report.date: impossible or malformed dates.
  { report: A, code: 'report.date', find: 'đến ngày 30/11/2023 xã duy trì', replace: 'đến ngày 31/11/2023 xã duy trì' },
  { report: A, code: 'report.date', find: 'Quyết định số 14/QĐ-UBND ngày 16/01/2023', replace: 'Quyết định số 14/QĐ-UBND ngày 16/13/2023' },
  { report: A, code: 'report.date', find: 'trước ngày 29/02/2024', replace: 'trước ngày 30/02/2024' },
  { report: B, code: 'report.date', find: '(ngày 07/9/2024)', replace: '(ngày 07/9/20024)' },
  { report: B, code: 'report.date', find: 'Hướng dẫn số 06/HD-HĐTĐKT ngày 02/10/2024', replace: 'Hướng dẫn số 06/HD-HĐTĐKT ngày 02/10/10/2024' },
  { report: B, code: 'report.date', find: 'trước ngày 28/02/2025', replace: 'trước ngày 29/02/2025' },
  { report: B, code: 'report.date', find: 'Đồng Tâm, ngày 20 tháng 12 năm 2024', replace: 'Đồng Tâm, ngày 32 tháng 12 năm 2024' },
  { report: B, code: 'report.date', find: 'từ 25/11 – 02/12/2024', replace: 'từ 31/11 – 02/12/2024' },
  { report: A, code: 'report.date', find: 'ngày 15/06/2023 và ngày 20/12/2023', replace: 'ngày 15/06/2023 và ngày 20/21/2023' },
  // report.repeat: words and phrases typed twice.
  { report: A, code: 'report.repeat', find: 'UBND xã An Hòa báo cáo kết quả', replace: 'UBND xã An Hòa báo cáo báo cáo kết quả' },
  { report: A, code: 'report.repeat', find: 'lãnh đạo trực tiếp của Đảng ủy xã', replace: 'lãnh đạo trực tiếp của của Đảng ủy xã' },
  { report: A, code: 'report.repeat', find: 'các hoạt động văn hóa, văn nghệ', replace: 'các các hoạt động văn hóa, văn nghệ' },
  { report: B, code: 'report.repeat', find: 'được kiện toàn tại Quyết định', replace: 'được được kiện toàn tại Quyết định' },
  { report: B, code: 'report.repeat', find: 'của UBND xã Đồng Tâm về phát động', replace: 'của UBND xã Đồng Tâm của UBND xã Đồng Tâm về phát động' },
  { report: B, code: 'report.repeat', find: 'Các đoàn thể chính trị - xã hội', replace: 'Các đoàn thể đoàn thể chính trị - xã hội' },
  { report: B, code: 'report.repeat', find: 'thu hút đông đảo hội viên', replace: 'thu hút đông đảo đông đảo hội viên' },
  // report.placeholder: template blanks.
  { report: A, code: 'report.placeholder', find: 'Số: 12/BC-UBND', replace: 'Số:      /BC-UBND' },
  { report: A, code: 'report.placeholder', find: 'An Hòa, ngày 05 tháng 01 năm 2024', replace: 'An Hòa, ngày … tháng … năm 20…' },
  { report: A, code: 'report.placeholder', find: 'Quyết định số 14/QĐ-UBND', replace: 'Quyết định số ……/QĐ-UBND' },
  { report: A, code: 'report.placeholder', find: '- UBND huyện Gia Viễn (b/c);', replace: '- UBND huyện ..........(b/c);' },
  { report: B, code: 'report.placeholder', find: 'Số: 187/BC-UBND', replace: 'Số: …/BC-UBND' },
  { report: B, code: 'report.placeholder', find: 'Đồng Tâm, ngày 20 tháng 12 năm 2024', replace: 'Đồng Tâm, ngày     tháng     năm 2024' },
  { report: B, code: 'report.placeholder', find: 'thôn Đông Hưng được công nhận', replace: 'thôn ……… được công nhận' },
  { report: B, code: 'report.placeholder', find: 'Nguyễn Văn Hùng', replace: '……………' },
  // report.ratio: a rate that does not follow from its count and base.
  { report: A, code: 'report.ratio', find: '(đạt 93,7% số hộ đăng ký)', replace: '(đạt 95,7% số hộ đăng ký)' },
  { report: A, code: 'report.ratio', find: 'hộ cận nghèo 38 hộ, tỷ lệ 2,69%', replace: 'hộ cận nghèo 38 hộ, tỷ lệ 2,96%' },
  { report: A, code: 'report.ratio', find: 'Bắc Hà (133/147 hộ, đạt 90,5%)', replace: 'Bắc Hà (133/147 hộ, đạt 95,0%)' },
  { report: A, code: 'report.ratio', find: '(đạt 69,9% tổng số hộ)', replace: '(đạt 79,9% tổng số hộ)' },
  { report: B, code: 'report.ratio', find: '298/305 hộ (đạt 97,7%)', replace: '298/305 hộ (đạt 96,7%)' },
  { report: B, code: 'report.ratio', find: 'hộ có mức sống trung bình 96 hộ (5,65%)', replace: 'hộ có mức sống trung bình 96 hộ (6,65%)' },
  { report: B, code: 'report.ratio', find: '1.529/1.532 hồ sơ, đạt 99,8%', replace: '1.529/1.532 hồ sơ, đạt 98,8%' },
  { report: A, code: 'report.ratio', find: 'đạt và vượt kế hoạch (đạt 93,3%)', replace: 'đạt và vượt kế hoạch (đạt 96,7%)' },
  // Two pairs before one rate: which one the rate is for cannot be told, so this one is expected to be missed.
  { report: B, code: 'report.ratio', find: '6/6 thôn và 11/11 cơ quan', replace: '5/6 thôn và 11/11 cơ quan' },
  // report.sum: parts that do not add up to their total.
  { report: A, code: 'report.sum', find: 'hộ tịch 301; khác 141', replace: 'hộ tịch 310; khác 141' },
  { report: A, code: 'report.sum', find: 'nữ 2.606 người', replace: 'nữ 2.660 người' },
  { report: A, code: 'report.sum', find: 'cấp trên 21 lượt', replace: 'cấp trên 12 lượt' },
  { report: A, code: 'report.sum', find: 'cấp tỉnh 4,5 triệu đồng', replace: 'cấp tỉnh 4,05 triệu đồng' },
  { report: B, code: 'report.sum', find: 'nhân dân đóng góp 2.850 triệu đồng', replace: 'nhân dân đóng góp 2.580 triệu đồng' },
  { report: B, code: 'report.sum', find: 'chứng thực 1.046 hồ sơ', replace: 'chứng thực 1.064 hồ sơ' },
  { report: B, code: 'report.sum', find: 'khen thưởng cho 27 lượt', replace: 'khen thưởng cho 28 lượt' },
  { report: B, code: 'report.sum', find: 'nữ 3.153 người', replace: 'nữ 3.135 người' },
  // report.data: figures against the registers (the sample registers for An Hòa, DONG_TAM_SUMMARY for Đồng Tâm).
  { report: A, code: 'report.data', find: 'số hộ nghèo 31 hộ, tỷ lệ 2,20%', replace: 'số hộ nghèo 33 hộ, tỷ lệ 2,34%' },
  { report: A, code: 'report.data', find: '1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%', replace: '1.193/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 98,1%' },
  { report: A, code: 'report.data', find: 'khen thưởng cho 07 tập thể và 15 cá nhân', replace: 'khen thưởng cho 07 tập thể và 17 cá nhân' },
  { report: A, code: 'report.data', find: 'Thôn An Lạc có 117 hộ', replace: 'Thôn An Lạc có 127 hộ' },
  { report: B, code: 'report.data', find: 'tổng số 1.698 hộ, 6.215 nhân khẩu', replace: 'tổng số 1.689 hộ, 6.215 nhân khẩu' },
  { report: B, code: 'report.data', find: 'Đảng ủy xã khen thưởng 03 tập thể', replace: 'Đảng ủy xã khen thưởng 04 tập thể' },
  { report: B, code: 'report.data', find: 'với tổng số tiền 9,35 triệu đồng', replace: 'với tổng số tiền 9,53 triệu đồng' },
  { report: B, code: 'report.data', find: '1.204/1.698 hộ gia đình đạt danh hiệu Gia đình học tập (đạt 70,9%)', replace: '1.240/1.698 hộ gia đình đạt danh hiệu Gia đình học tập (đạt 73,0%)' },
  { report: A, code: 'report.data', find: 'hộ có mức sống trung bình 143 hộ, tỷ lệ 10,13%', replace: 'hộ có mức sống trung bình 134 hộ, tỷ lệ 10,13%', also: ['report.ratio'] },
];
