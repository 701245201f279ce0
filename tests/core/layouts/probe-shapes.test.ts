// Shapes a probe round of unseen registers tripped on; each describe names the shape.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';

const _ = null;
const run = (rows: CellValue[][]) => analyse([{ file: 'x.xlsx', sheets: [gridOf('DS', rows)] }], { today: new Date(Date.UTC(2025, 0, 15)) });

describe('a lookup template row holding only its running number and one #N/A', () => {
  const a = run([
    ['STT', 'Mã thôn', 'Thôn', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu'],
    [1, 'T01', 'Đông Phong', 'Nguyễn Văn Hùng', 1970, 4],
    [2, 'T02', 'Yên Thịnh', 'Lê Văn An', 1971, 3],
    [3, _, { error: '#N/A' }],
  ]);

  test('is no household and raises nothing; the village is the named column, not its code', () => {
    expect(a.summary.households).toMatchObject({ total: 2, persons: 7 });
    expect(a.summary.households?.byVillage.map((v) => v.village)).toEqual(['Đông Phong', 'Yên Thịnh']);
    expect(a.files[0].registers[0].issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('poverty sub-classes written out ("Hộ nghèo về thu nhập") in a short list of persons', () => {
  const a = run([
    ['TT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Thôn', 'Phân loại hộ'],
    [1, 'Nguyễn Văn Hùng', 'Chủ hộ', 1960, 'Đông Phong', 'Hộ nghèo về thu nhập'],
    [2, 'Trần Thị Lan', 'Vợ', 1962, 'Đông Phong', _],
    [3, 'Lê Văn Sơn', 'Chủ hộ', 1970, 'Bình Hải', 'Hộ nghèo thiếu hụt đa chiều'],
    [4, 'Đỗ Thị Mơ', 'Chủ hộ', 1975, 'Yên Thịnh', 'Hộ cận nghèo mới phát sinh'],
  ]);

  test('count in their class, and every village of a short list is a village (no unknown-village errors)', () => {
    expect(a.summary.households).toMatchObject({ total: 3, persons: 4, poverty: { poor: 2, nearPoor: 1 } });
    expect(a.villages).toEqual(['Đông Phong', 'Bình Hải', 'Yên Thịnh']);
    expect(a.files[0].registers[0].issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('a proposal list with no form or kind column, the form named in its title and the kinds in section rows', () => {
  const a = run([
    ['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ CHỦ TỊCH UBND HUYỆN TẶNG GIẤY KHEN'],
    ['STT', 'Tên tập thể, cá nhân', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị', 'Thành tích'],
    ['I', 'TẬP THỂ'],
    [1, 'Trường Tiểu học Yên Lâm', _, _, _, 'Hoàn thành xuất sắc nhiệm vụ'],
    ['II', 'CÁ NHÂN'],
    [1, 'Nguyễn Văn Hùng', 1965, 'Nam', 'Phó Chủ tịch UBND xã', 'Hoàn thành xuất sắc nhiệm vụ'],
    [2, 'Trần Thị Lan', 1980, 'Nữ', 'Công chức Tư pháp - Hộ tịch', 'Hoàn thành xuất sắc nhiệm vụ'],
  ]);

  test('is a proposal list: proposals counted by kind, nothing counted as given, no household figures', () => {
    expect(a.files[0].registers[0]).toMatchObject({ kind: 'awards', proposal: true });
    expect(a.summary.proposals).toMatchObject({ total: 3, collective: 1, individual: 2 });
    expect(a.summary.awards).toBeUndefined();
    expect(a.summary.households).toBeUndefined();
  });
});

describe('a Gia đình văn hóa list whose bare "Đăng ký" and "Kết quả" headers are explained by its title', () => {
  const a = run([
    ['DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ GIA ĐÌNH VĂN HÓA NĂM 2024'],
    ['STT', 'Họ và tên chủ hộ', 'Ngày sinh', 'Địa chỉ', 'Đăng ký', 'Kết quả'],
    [1, 'Nguyễn Văn Hùng', '12/03/1965', 'Thôn 3, xã Yên Lâm', 'x', 'Đạt'],
    [2, 'Lê Văn Sơn', '07/07/1970', 'Thôn 3, xã Yên Lâm', 'x', 'Không đạt'],
    [3, 'Trần Thị Hoa', '01/02/1975', 'Thôn 1, xã Yên Lâm', 'x', 'Đạt'],
  ]);

  test('counts registered and recognised households, by village from the address', () => {
    expect(a.summary.households).toMatchObject({ total: 3, culturalFamily: { registered: 3, achieved: 2 } });
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.culturalFamily.achieved])).toEqual([['Thôn 3', 1], ['Thôn 1', 1]]);
  });
});

describe('a list of persons with the household size on the head\'s row only, and a legend under an awards table', () => {
  test('members\' empty size cells are not missing values', () => {
    const a = run([
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Quan hệ với chủ hộ', 'Số nhân khẩu', 'Thôn'],
      [1, 'Nguyễn Văn An', 1960, 'Nam', 'Chủ hộ', 2, 'An Lạc'],
      [2, 'Lê Thị Hoa', 1962, 'Nữ', 'Vợ', _, 'An Lạc'],
      [3, 'Trần Văn Bình', 1970, 'Nam', 'Chủ hộ', 1, 'An Lạc'],
    ]);
    expect(a.summary.households).toMatchObject({ total: 2, persons: 3 });
    expect(a.files[0].registers[0].issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test('"Ghi chú: GK - Giấy khen; BK - Bằng khen" under the table is a footer, not an award', () => {
    const a = run([
      ['STT', 'Họ và tên', 'Chức vụ', 'Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định'],
      [1, 'Nguyễn Văn Hùng', 'Trưởng thôn', 'GK', '215/QĐ-UBND', '20/12/2024'],
      [2, 'Trần Thị Lan', 'Chi hội trưởng', 'GK', '215/QĐ-UBND', '20/12/2024'],
      [],
      ['Ghi chú: GK - Giấy khen; BK - Bằng khen'],
    ]);
    expect(a.summary.awards?.total).toBe(2);
    expect(a.files[0].registers[0].layout.footerRows).toEqual([5]);
    expect(a.files[0].registers[0].issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
