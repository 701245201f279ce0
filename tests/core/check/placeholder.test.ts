import { flagged, findingsOf } from './helpers';

describe('report.placeholder', () => {
  test('an ellipsis that ends a list, "v.v...", filled numbers and dates are silent', () => {
    const good = [
      'Các hoạt động văn hóa, văn nghệ, thể dục thể thao… được duy trì.',
      'Tổ chức họp thôn, sinh hoạt chi bộ, v.v... để tuyên truyền.',
      'Số: 12/BC-UBND',
      'An Hòa, ngày 05 tháng 01 năm 2024',
      'Ghi rõ ngày tháng năm sinh của chủ hộ.',
      'Trên đây là báo cáo của UBND xã./.',
      'Đoạn trích: "(…) tiếp tục đổi mới".',
    ];
    expect(flagged('report.placeholder', good)).toEqual([]);
  });

  test('number, date and name blanks are reported', () => {
    const bad = ['Số:      /BC-UBND', 'Số: …/BC-UBND', 'Quyết định số ....../QĐ-UBND', 'An Hòa, ngày     tháng     năm 2024', 'An Hòa, ngày tháng năm 2024', 'xã …… tổ chức', 'Ông ……… được khen thưởng', 'đạt …% kế hoạch', 'thôn ________ đạt chuẩn', 'năm 20xx', 'UBND xã [tên xã] báo cáo'];
    expect(flagged('report.placeholder', bad)).toEqual(bad);
  });

  test('blanks close together are one finding: "ngày … tháng … năm 20…"', () => {
    const f = findingsOf('report.placeholder', ['An Hòa, ngày … tháng … năm 20…']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Còn chỗ trống chưa điền: "… tháng … năm 20…".');
  });
});
