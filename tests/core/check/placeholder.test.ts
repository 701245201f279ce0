import { checkReport } from '../../../src/core/check';
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
    expect(f[0].message).toBe('Ngày ký chưa điền: "ngày … tháng … năm 20…" (điền khi ký ban hành).');
    expect(findingsOf('report.placeholder', ['Quyết định số 12/QĐ-UBND ngày … tháng … năm 20…'])[0].message).toBe('Còn chỗ trống chưa điền: "… tháng … năm 20…".');
  });

  test('the place-and-date line with a blank day, month or year is the date of signing, said as such', () => {
    const lines = ['Hà Nội, ngày   tháng 12 năm 2023', 'An Hòa, ngày ... tháng ... năm 2023', 'Tân Lập, ngày 05 tháng    năm 2024', 'Xã Đông Sơn, ngày    tháng    năm', 'An Hòa, ngày 28 tháng 12 năm', 'Xã An Hòa, huyện Gia Viễn, ngày … tháng … năm 2023'];
    for (const l of lines) {
      const f = findingsOf('report.placeholder', ['UBND XÃ AN HÒA', l, 'BÁO CÁO', 'I. KẾT QUẢ']);
      expect(f).toHaveLength(1);
      expect(f[0].message).toMatch(/^Ngày ký chưa điền: "ngày .*" \(điền khi ký ban hành\)\.$/u);
    }
    // Never taken for a wrong date or a wrong year.
    expect(checkReport(['UBND XÃ AN HÒA', 'Hà Nội, ngày   tháng 12 năm 2023', 'I. KẾT QUẢ NĂM 2023', 'Năm 2023 xã tổ chức tốt.']).map((f) => f.code)).toEqual(['report.placeholder']);
    // A date with a gap in the body is a blank as well.
    expect(flagged('report.placeholder', ['Theo Quyết định số 15/QĐ-UBND ngày    tháng 12 năm 2023 của UBND xã.'])).toHaveLength(1);
  });

  test('a blank where a figure belongs is reported; an ending "…" meaning "and so on" is not', () => {
    const bad = ['Toàn xã có xxx hộ nghèo.', 'Toàn xã có [...] hộ đạt chuẩn.', 'Có … hộ đạt danh hiệu Gia đình văn hóa.', 'khen thưởng cho XX cá nhân', 'Tổng kinh phí (…) triệu đồng.', 'Đồng chí ... được tặng Giấy khen.'];
    expect(flagged('report.placeholder', bad)).toEqual(bad);
    const good = [
      'Tuyên truyền qua loa đài, họp thôn, xóm ...',
      'Tổ chức họp thôn, sinh hoạt chi bộ, các xã ...',
      'Các hoạt động như văn nghệ, thể thao, ...',
      'Ủng hộ quỹ, ...; các hoạt động khác.',
      'Các phong trào (văn hóa, thể thao...) được duy trì đều.',
      'Vận động nhân dân tham gia vệ sinh đường làng, ngõ xóm … hộ gia đình nào cũng hưởng ứng.',
      'Các đồng chí cán bộ thôn …, ai cũng nhiệt tình.',
      'Tham gia các lớp tập huấn về trồng trọt, chăn nuôi…',
    ];
    expect(flagged('report.placeholder', good)).toEqual([]);
  });
});
