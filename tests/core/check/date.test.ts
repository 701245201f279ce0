import { flagged, findingsOf } from './helpers';

describe('report.date', () => {
  test('real dates, ranges and lists of days, document numbers and ratios are silent', () => {
    const good = [
      'Ngày 15, 16/12/2023, xã tổ chức hội nghị.',
      'Từ 01/12 – 05/12/2023 ra quân vệ sinh môi trường.',
      'Từ ngày 10 – 14/6/2024 kiểm tra tiêu chí; từ 25/11 – 02/12/2024 tự đánh giá; từ 20/12/2023 đến 05/01/2024 nghỉ.',
      'Ký giao ước trước ngày 29/02/2024; ngày 02/9/1945; báo cáo ngày 15/12/23 và ngày 15.12.2023.',
      'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023; Thông tư 12/2019/TT-BNV; Quyết định số 125/QĐ-UBND.',
      'Có 1.139/1.216 hộ đạt; 9/9 thôn; 28/30 chỉ tiêu; tháng 12/2023; quý IV/2023; năm học 2023-2024.',
      'An Hòa, ngày 05 tháng 01 năm 2024; ngày 31 tháng 12 năm 2023.',
    ];
    expect(flagged('report.date', good)).toEqual([]);
  });

  test('impossible days and months are reported in numeric and in word form', () => {
    const bad = ['ngày 31/02/2023', 'ngày 29/02/2023', 'ngày 31/04/2023', 'ngày 16/13/2023', 'ngày 0/12/2023', 'ngày 30 tháng 02 năm 2023', 'tháng 13 năm 2023', 'ngày 31/11', 'từ 31/11 – 02/12/2024', 'ngày 15/12/2203'];
    expect(flagged('report.date', bad.map((b) => `Hội nghị họp ${b} tại hội trường.`))).toHaveLength(bad.length);
  });

  test('malformed dates are reported as such', () => {
    const f = findingsOf('report.date', ['Quyết định ngày 5/6/7/2023 và ngày 15/12/203 và ngày 07/9/20024.']);
    expect(f.map((x) => x.message)).toEqual([
      'Ngày viết sai dạng (ngày/tháng/năm): "5/6/7/2023".',
      'Ngày viết sai dạng (ngày/tháng/năm): "15/12/203".',
      'Ngày viết sai dạng (ngày/tháng/năm): "07/9/20024".',
    ]);
  });

  test('a range within one month that ends before it starts is reported', () => {
    expect(findingsOf('report.date', ['Từ 15/12 – 05/12/2023 tổ chức kiểm tra.'])[0].message).toContain('ngày bắt đầu sau ngày kết thúc');
  });
});
