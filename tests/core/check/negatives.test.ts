// Correct sentences from other parts of commune reports (economy, health, schools, security, culture), written
// the way clerks write them and not tailored to the checks: none of them may raise a finding, with data loaded.
import { checkReport } from '../../../src/core/check';
import { DONG_TAM_SUMMARY } from '../../fixtures/reports/dongTam2024';

const CORRECT = [
  'Tổng diện tích gieo trồng cả năm đạt 1.025 ha, bằng 101,2% kế hoạch; năng suất lúa bình quân đạt 68,5 tạ/ha, sản lượng lương thực đạt 6.120 tấn.',
  'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,8%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 8,2%.',
  'Trường Tiểu học có 612 học sinh, tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,6%; 100% học sinh lớp 5 hoàn thành chương trình tiểu học (118/118 em).',
  'Tổ chức 03 đợt cao điểm tấn công, trấn áp tội phạm (từ ngày 15/3 đến ngày 15/4/2024; từ 01/8 – 31/8/2024; từ 15/11 – 31/12/2024).',
  'Ngày 26/3/2024, Đoàn Thanh niên xã phối hợp tổ chức Ngày hội thanh niên với hơn 300 đoàn viên tham gia.',
  'Công tác tiêm chủng mở rộng đạt 98,5% (394/400 trẻ); có 1.286/1.698 hộ sử dụng nước sạch theo quy chuẩn, đạt 75,7%.',
  'Tổng thu ngân sách nhà nước trên địa bàn 9.845 triệu đồng, đạt 125,4% dự toán huyện giao, tăng 12,6% so với cùng kỳ.',
  'Trong năm, xã đã giải quyết 15/17 đơn thư, đạt 88,2%; còn 02 đơn đang tiếp tục giải quyết.',
  'Toàn xã có 6 thôn với 18 tổ tự quản; 24 câu lạc bộ văn nghệ, thể thao hoạt động thường xuyên.',
  'Thực hiện chi trả trợ cấp thường xuyên cho 512 đối tượng bảo trợ xã hội với tổng kinh phí 2,86 tỷ đồng.',
  'Năm 2024, toàn xã có 76 trẻ em sinh ra, trong đó sinh con thứ 3 trở lên 9 trường hợp, chiếm 11,8%.',
  'Hội Nông dân xã có 1.156 hội viên, sinh hoạt tại 6 chi hội; Hội Cựu chiến binh có 312 hội viên.',
  'Xét đề nghị UBND huyện tặng Giấy khen cho 02 tập thể, 05 cá nhân có thành tích xuất sắc.',
  'Kỷ niệm 79 năm Ngày Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2024) và Quốc khánh 2/9.',
  'Tổ chức thành công Đại hội đại biểu MTTQ xã lần thứ XXIII, nhiệm kỳ 2024 - 2029.',
  'Các chỉ tiêu chủ yếu: (1) Tổng giá trị sản xuất tăng 8%; (2) Thu nhập bình quân đạt 60 triệu đồng/người/năm; (3) Tỷ lệ hộ nghèo giảm còn dưới 1,2%.',
  'Dân số toàn xã 6.215 người, mật độ 409 người/km²; số người trong độ tuổi lao động 3.748 người, chiếm 60,3% dân số.',
  'Năm 2024 có 42 hộ đăng ký kinh doanh mới, tăng 5 hộ so với năm 2023 (tăng 13,5%).',
  'Tỷ lệ bao phủ bảo hiểm y tế đạt 93,8% (5.830/6.215 người).',
  'Tổ chức khám sức khỏe cho 1.250 người cao tuổi, đạt 92% kế hoạch.',
  'Có 125 hộ được vay vốn ưu đãi với tổng dư nợ 6,8 tỷ đồng; 45/45 hộ nghèo được cấp thẻ bảo hiểm y tế (100%).',
  'Xã có 3 trường học (Mầm non, Tiểu học, Trung học cơ sở) với 1.245 học sinh; toàn xã có 6 thôn (Đông Hưng 312 hộ, Đông Thịnh 287 hộ, …).',
  'Hỗ trợ 25 hộ nghèo sửa chữa nhà ở, mỗi hộ 40 triệu đồng; tặng 350 suất quà cho hộ nghèo, hộ cận nghèo.',
  'Tỷ số giới tính khi sinh 113 bé trai/100 bé gái; tỷ lệ tăng dân số tự nhiên 0,98%.',
  'Ngày 30/02 âm lịch, nhân dân tổ chức lễ hội truyền thống của làng.',
  'Tết Nguyên đán Giáp Thìn 2024 (từ ngày 08/02 – 14/02/2024) diễn ra an toàn, tiết kiệm.',
  'Các đoàn thể tích cực vận động hội viên tham gia các hoạt động văn hóa, thể thao, v.v...',
  'Có 1.521/1.603 hộ gia đình đạt danh hiệu Gia đình văn hóa, đạt 89,6% tổng số hộ toàn xã.',
  'Toàn xã có 1.698 hộ, trong đó hộ nông nghiệp 1.205 hộ; hộ phi nông nghiệp 493 hộ.',
  'Toàn xã có 6.215 nhân khẩu, trong đó nữ 3.153 người; người trong độ tuổi lao động 3.748 người.',
  'V/v báo cáo kết quả công tác thi đua, khen thưởng năm 2024.',
  'Trưởng thôn Đông Hưng đã đi đi lại lại nhiều lần để vận động các hộ hiến đất.',
];

const PREAMBLE = 'Xã Đồng Tâm có 6 thôn; toàn xã có 1.698 hộ với 6.215 nhân khẩu.';

describe('hard negatives', () => {
  test('correct sentences from other parts of a report raise nothing, one by one and together', () => {
    // Each after the paragraph that states the commune's totals, as every report does before its figures.
    const noisy = CORRECT.map((s) => ({ s, f: checkReport([PREAMBLE, s], { summary: DONG_TAM_SUMMARY, year: 2024 }) })).filter((x) => x.f.length);
    expect(noisy.map((x) => `${x.s} → ${x.f.map((f) => f.message).join(' | ')}`)).toEqual([]);
    expect(checkReport([PREAMBLE, ...CORRECT], { summary: DONG_TAM_SUMMARY, year: 2024 })).toEqual([]);
  });
});

describe('hard negatives, second round', () => {
  test('numbered villages, "V.v" lines and the year\'s new poor households are not misread', () => {
    const lines = [
      'V.v báo cáo kết quả công tác thi đua, khen thưởng năm 2024',
      'Toàn xã có 3 thôn (thôn 1, thôn 2, thôn 3) và 12 tổ dân cư.',
      'Trong năm có 5 hộ nghèo mới phát sinh; toàn xã còn 24 hộ nghèo.',
      'Chung sức xây dựng nông thôn mới: toàn xã có 1.698 hộ, 6.215 nhân khẩu.',
    ];
    expect(checkReport([PREAMBLE, ...lines], { summary: DONG_TAM_SUMMARY, year: 2024 })).toEqual([]);
  });
});
