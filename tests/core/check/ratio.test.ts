import { flagged, findingsOf } from './helpers';

describe('report.ratio', () => {
  test('rates that follow from their count and base are silent, at the precision written (rounded or cut)', () => {
    const good = [
      'Toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%).',
      'Kết quả có 1.139/1.216 hộ gia đình đạt danh hiệu, đạt tỷ lệ 93,7%; 9/9 thôn đạt danh hiệu Thôn văn hóa (100%).',
      'Đạt 93,7% (1.139/1.216 hộ); có 3/8 hộ, đạt 37,5%; 3/8 hộ, đạt 37%; 3/8 hộ, đạt 38%.',
      'Có 1.139 hộ trên tổng số 1.216 hộ đăng ký đạt danh hiệu (93,7%).',
      'Toàn xã có 1.412 hộ, trong đó số hộ nghèo 31 hộ, tỷ lệ 2,20%; hộ cận nghèo 38 hộ, tỷ lệ 2,69%.',
      'Có 12/15 chỉ tiêu đạt và vượt kế hoạch, thu ngân sách đạt 115%; giá trị sản xuất tăng 7,2% so với năm 2022.',
      'Giải quyết đúng hạn 1.248/1.254 hồ sơ, tăng 2,1% so với năm 2022.',
    ];
    expect(flagged('report.ratio', good)).toEqual([]);
  });

  test('a pair and its rate that disagree are reported with the true rate, in the decimals written', () => {
    const f = findingsOf('report.ratio', ['Toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 95,7%).']);
    expect(f.map((x) => x.message)).toEqual(['Tỷ lệ 95,7% không khớp với 1.139/1.216 (= 93,7%).']);
    expect(flagged('report.ratio', ['Đạt 95,7% (1.139/1.216 hộ).', 'Có 1.139 hộ trên tổng số 1.216 hộ đạt danh hiệu (95,7%).', 'Có 3/8 hộ, đạt 39%.'])).toHaveLength(3);
  });

  test('a count whose base is the total written before it, in the same sentence or an earlier paragraph', () => {
    expect(findingsOf('report.ratio', ['Toàn xã có 1.412 hộ, trong đó số hộ nghèo 31 hộ, tỷ lệ 2,50%.'])[0].message).toBe('Tỷ lệ 2,50% không khớp với 31/1.412 (= 2,20%).');
    expect(findingsOf('report.ratio', ['Toàn xã có 1.412 hộ với 5.146 nhân khẩu.', 'Số hộ nghèo 31 hộ (2,60%).'])).toHaveLength(1);
  });

  test('a rate over some other figure nearby, or over a village, is left alone', () => {
    const paragraphs = [
      'Toàn xã có 1.412 hộ; có 1.216 hộ đăng ký Gia đình văn hóa.',
      'Kết quả 1.139 hộ đạt danh hiệu Gia đình văn hóa, chiếm 93,7%.',
      'Thôn An Lạc còn 4 hộ nghèo, chiếm 3,42% số hộ của thôn.',
    ];
    expect(findingsOf('report.ratio', paragraphs)).toEqual([]);
  });

  test('a count with a rate and no total anywhere before it cannot be checked and is left alone', () => {
    expect(findingsOf('report.ratio', ['Số hộ nghèo 31 hộ, tỷ lệ 2,50%.'])).toEqual([]);
  });
});

describe('report.ratio: figures that cannot be true, with or without data', () => {
  test('a part larger than its whole is one finding, its agreeing rate is not another', () => {
    const f = findingsOf('report.ratio', ['Kết quả có 1.200/1.100 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 109,1% số hộ đăng ký).']);
    expect(f.map((x) => x.message)).toEqual(['1.200/1.100: số 1.200 lớn hơn tổng 1.100 của nó, không thể đúng (tỷ lệ trên 100%).']);
    expect(flagged('report.ratio', ['Có 11/9 thôn đạt danh hiệu Thôn văn hóa.', 'Giải quyết 1.260/1.254 hồ sơ đúng hạn.'])).toHaveLength(2);
  });

  test('a share of households over 100% is a finding', () => {
    expect(findingsOf('report.ratio', ['Số hộ đạt danh hiệu chiếm 104,5% tổng số hộ của xã.'])[0].message).toBe('Tỷ lệ 104,5% của một tổng số hộ hoặc số người vượt 100%: không thể đúng.');
  });

  test('rates over 100% of a plan or a change, dates and parts within their whole stay silent', () => {
    const good = [
      'Thu ngân sách đạt 115% kế hoạch; giá trị sản xuất bằng 108% so với năm 2022.',
      'Ngày 30/4 và 1/5 tổ chức các hoạt động; dịp 2/9 có 12/9 đoàn viên tham gia lần hai.',
      'Có 9/9 thôn đạt danh hiệu Thôn văn hóa (100%); 1.139/1.216 hộ đạt (93,7%).',
    ];
    expect(flagged('report.ratio', good)).toEqual([]);
  });
});
