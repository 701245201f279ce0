import { inferRecipientKind } from '../../../src/core/registers/awards/recipients';
import { FORMS } from '../../../src/core/registers/awards/forms';
import { analyse } from '../../../src/core/analyse';
import { gridOf } from '../../../src/core/grid';

describe('the recipient kind when the register does not say it', () => {
  test.each([
    ['Trường Tiểu học An Hòa', 'collective'], ['Chi bộ thôn An Lạc', 'collective'], ['Đoàn Thanh niên xã An Hòa', 'collective'],
    ['Công an xã An Hòa', 'collective'], ['Thôn Đông Hải', 'collective'], ['Hội Liên hiệp phụ nữ xã', 'collective'],
    ['Nguyễn Văn An', 'individual'], ['Đoàn Văn Định', 'individual'], ['Lê Thị Hồng Nhung', 'individual'], ['Hộ gia đình ông Nguyễn Văn Ba', 'household'],
  ])('"%s" is %s', (name, kind) => expect(inferRecipientKind(name, FORMS.GK, null)).toBe(kind));

  test('a form given to one kind only decides; a name nobody can tell stays unknown unless a position is written', () => {
    expect(inferRecipientKind('Ái Quốc', FORMS.TTLDTT, null)).toBe('collective');
    expect(inferRecipientKind('Ái Quốc', FORMS.GK, null)).toBeNull();
    expect(inferRecipientKind('Ái Quốc', FORMS.GK, 'Giáo viên')).toBe('individual');
  });

  test('an awards register without a recipient-kind column still counts collectives and individuals', () => {
    const grid = gridOf('KT', [
      ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức', 'Cấp quyết định', 'Số quyết định', 'Ngày quyết định'],
      [1, 'Trường Mầm non Tân Lập', null, 'Giấy khen', 'Chủ tịch UBND xã Tân Lập', '15/QĐ-UBND', '20/12/2024'],
      [2, 'Nguyễn Thị Lan', 'Giáo viên Trường Mầm non Tân Lập', 'Giấy khen', 'Chủ tịch UBND xã Tân Lập', '15/QĐ-UBND', '20/12/2024'],
      [3, 'Chi bộ thôn Khe Mát', null, 'Giấy khen', 'Đảng ủy xã Tân Lập', '3-QĐ/ĐU', '22/12/2024'],
    ]);
    const a = analyse([{ file: 'k.xlsx', sheets: [grid] }], { profile: { commune: 'Tân Lập', year: 2024, villages: ['Khe Mát'] } });
    expect(a.summary.awards).toMatchObject({ total: 3, collective: 2, individual: 1 });
  });
});
