import type { CheckOptions } from '../../../src/core/check';
import { DONG_TAM_SUMMARY } from '../../fixtures/reports/dongTam2024';
import { findingsOf } from './helpers';

const options: CheckOptions = { summary: DONG_TAM_SUMMARY, year: 2024 };
const data = (lines: string[], o: CheckOptions = options) => findingsOf('report.data', lines, o).map((f) => f.message);

describe('report.data', () => {
  test('figures that agree with the registers, and claims that cannot be tied to one figure, are silent', () => {
    expect(data([
      'Toàn xã có 1.698 hộ với 6.215 nhân khẩu; tổng số hộ toàn xã: 1.698 hộ.',
      'Số hộ nghèo 24 hộ, tỷ lệ 1,41%; hộ cận nghèo 47 hộ; tỷ lệ hộ nghèo còn 1,41%.',
      'Có 1.521/1.603 hộ gia đình đạt danh hiệu Gia đình văn hóa; 1.204/1.698 hộ gia đình đạt danh hiệu Gia đình học tập.',
      'Số hộ nghèo năm 2023 là 33 hộ; trong năm giảm 9 hộ nghèo; thôn Đông Hưng có 5 hộ nghèo.',
      'Thôn Đông Hưng có 312 hộ; thôn Không Có có 99 hộ.',
      'Chủ tịch UBND xã khen thưởng cho 05 tập thể, 18 cá nhân và 04 hộ gia đình với tổng số tiền 9,35 triệu đồng.',
      'Đảng ủy xã khen thưởng 03 tập thể và 10 cá nhân; 08 tập thể và 09 cá nhân được cấp trên khen thưởng.',
      'Hội Liên hiệp phụ nữ xã khen thưởng 12 cá nhân; xã có 45 hộ kinh doanh.',
      'Hỗ trợ 25 hộ nghèo sửa chữa nhà ở; khen thưởng 15 hộ gia đình đạt danh hiệu Gia đình văn hóa tiêu biểu.',
      'Hòa Bình: 140/144 hộ gia đình đạt danh hiệu Gia đình văn hóa; có 98 hộ đạt danh hiệu Gia đình văn hóa 3 năm liền.',
    ])).toEqual([]);
  });

  test('household figures against the registers are reported with the register figure', () => {
    expect(data(['Toàn xã có 1.689 hộ với 6.215 nhân khẩu.'])).toEqual(['Tổng số hộ toàn xã trong báo cáo là 1.689, không khớp với số liệu sổ sách (1.698).']);
    expect(data(['Số hộ nghèo 26 hộ; toàn xã còn 50 hộ cận nghèo; tỷ lệ hộ nghèo 1,53%.'])).toHaveLength(3);
    expect(data(['Có 1.512/1.603 hộ gia đình đạt danh hiệu Gia đình văn hóa.', 'Toàn xã có 1.512 hộ gia đình đạt danh hiệu Gia đình văn hóa.'])).toHaveLength(2);
    expect(data(['Thôn Tân Lập có 245 hộ, chiếm tỷ lệ lớn.'])).toEqual(['Số hộ thôn Tân Lập trong báo cáo là 245, không khớp với số liệu sổ sách (254).']);
  });

  test('award counts and the commune fund are compared where the sentence says whose awards they are', () => {
    expect(data(['Năm 2024, Chủ tịch UBND xã khen thưởng cho 06 tập thể, 18 cá nhân với tổng số tiền 9,5 triệu đồng.'])).toEqual([
      'Số được khen thưởng cấp xã trong báo cáo là 06 tập thể, không khớp với số liệu sổ sách (05 tập thể).',
      'Số tiền thưởng từ quỹ thi đua, khen thưởng của xã trong báo cáo là 9,5 triệu đồng, không khớp với số liệu sổ sách (9,35 triệu đồng).',
    ]);
    expect(data(['Năm 2024, 08 tập thể và 19 cá nhân của xã được cấp trên khen thưởng.'])).toHaveLength(1);
  });

  test('commune award counts are not compared when the report also counts mass organisations\' commune awards apart', () => {
    expect(data(['Chủ tịch UBND xã khen thưởng cho 03 tập thể, 10 cá nhân.', 'Mặt trận Tổ quốc và các đoàn thể xã khen thưởng 02 tập thể, 08 cá nhân.'])).toEqual([]);
  });

  test('without loaded data nothing is compared', () => {
    expect(data(['Toàn xã có 1.689 hộ.'], {})).toEqual([]);
  });
});
