import { flagged, findingsOf } from './helpers';

describe('report.sum', () => {
  test('totals whose parts add up, and "trong đó" lists that name only some parts, are silent', () => {
    const good = [
      'Tiếp nhận 1.254 hồ sơ (trong đó chứng thực 812; hộ tịch 301; khác 141).',
      'Toàn xã có 5.146 nhân khẩu (nam 2.540 người, nữ 2.606 người).',
      'Khen thưởng 22 lượt (07 tập thể, 15 cá nhân); tổng số tiền 19,76 triệu đồng (cấp xã 7,7 triệu đồng; cấp huyện 7,56 triệu đồng; cấp tỉnh 4,5 triệu đồng).',
      'Toàn xã có 1.412 hộ, trong đó hộ nghèo 31 hộ; hộ cận nghèo 38 hộ; hộ có mức sống trung bình 143 hộ.',
      'Toàn xã có 1.412 hộ, trong đó 1.216 hộ đăng ký Gia đình văn hóa, 987 hộ đạt Gia đình học tập.',
      'Xã có diện tích 1.256,8 ha, gồm 9 thôn, 1.412 hộ.',
      'Khen thưởng cho 27 lượt, gồm 05 tập thể, 18 cá nhân và 04 hộ gia đình, với tổng số tiền 9,35 triệu đồng.',
      'Đã giải quyết: chứng thực 812; hộ tịch 301; khác 141; tổng cộng 1.254 hồ sơ.',
      'Toàn xã có 1.412 hộ với 5.146 nhân khẩu, trong đó hộ nghèo 31 hộ, hộ cận nghèo 38 hộ.',
      'Tổ chức 12 buổi (tăng 2 buổi so với năm 2022).',
    ];
    expect(flagged('report.sum', good)).toEqual([]);
  });

  test('parts that do not add up are reported with the sum', () => {
    const f = findingsOf('report.sum', ['Tiếp nhận 1.254 hồ sơ (trong đó chứng thực 812; hộ tịch 310; khác 141).']);
    expect(f.map((x) => x.message)).toEqual(['Tổng 1.254 không khớp với các số thành phần: 812 + 310 + 141 = 1.263.']);
  });

  test('"gồm", a bare parenthesis and "tổng cộng" are whole breakdowns: any difference is reported', () => {
    const bad = [
      'Khen thưởng 22 lượt (07 tập thể, 16 cá nhân).',
      'Khen thưởng 40 lượt, gồm 05 tập thể và 18 cá nhân.',
      'Đã giải quyết: chứng thực 812; hộ tịch 301; khác 141; tổng cộng 1.245 hồ sơ.',
      'Tổng số tiền 19,76 triệu đồng (cấp xã 7,7 triệu đồng; cấp huyện 7,56 triệu đồng; cấp tỉnh 4,05 triệu đồng).',
    ];
    expect(flagged('report.sum', bad)).toEqual(bad);
  });

  test('a "trong đó" list far from its total is taken as partial and left alone', () => {
    expect(findingsOf('report.sum', ['Tiếp nhận 1.254 hồ sơ, trong đó chứng thực 812; hộ tịch 101.'])).toEqual([]);
  });
});
