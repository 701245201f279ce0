import { addressParts, looksLikePlaceOrStreet, villageOfAddress } from '../../src/core/villageAddress';

describe('the village inside an address', () => {
  test.each([
    ['Thôn 5, Xã Yên Lâm', 'Thôn 5'],
    ['Đông phong, Khánh Hải', 'Đông phong'],
    ['Xóm 3 - Gia Trung', 'Xóm 3'],
    ['An Lạc, xã An Hòa, huyện Gia Viễn, tỉnh Ninh Bình', 'An Lạc'],
    ['Xã Yên Lâm; Thôn Đông', 'Thôn Đông'],
    ['Số 12, Thôn 3, xã Yên Lâm', 'Thôn 3'],
    ['THON05', 'Thôn 5'],
    ['xom_12', 'Xóm 12'],
    ['Thôn An Lạc', 'Thôn An Lạc'],
  ])('"%s" names the village "%s"', (address, village) => {
    expect(villageOfAddress(address)).toBe(village);
  });

  test('a street address keeps its whole text: it names no village', () => {
    expect(villageOfAddress('Số 3, đường Lê Lợi, phường Đông Thành')).toBe('Số 3, đường Lê Lợi, phường Đông Thành');
  });

  test('a hyphen inside a name is not a separator, a spaced dash is', () => {
    expect(addressParts('Xóm Bắc-Nam - Gia Trung')).toEqual(['Xóm Bắc-Nam', 'Gia Trung']);
  });
});

describe('what does not look like a village', () => {
  test.each(['Hà Nội', 'TP Hồ Chí Minh', 'Đài Loan', 'Hàn Quốc', 'tỉnh Đồng Nai', 'Số 3, đường Lê Lợi', '45/3 Nguyễn Trãi', 'Ngõ 12 phố Huế'])('"%s" is a place or a street', (t) => {
    expect(looksLikePlaceOrStreet(t)).toBe(true);
  });
  test.each(['Đông Phong', 'Thôn 5', 'Phố Mới', 'An Lạc', 'Xóm 3'])('"%s" may be a village', (t) => {
    expect(looksLikePlaceOrStreet(t)).toBe(false);
  });
});

describe('a team or group named before its village', () => {
  test.each([
    ['Đội 5, Thôn 2, xã Yên Lâm', 'Thôn 2'],
    ['Tổ 3, Thôn Đông, Yên Lâm', 'Thôn Đông'],
    ['Tổ 3, phường Đông Thành', 'Tổ 3'],
    ['Xóm 3 - Gia Trung', 'Xóm 3'],
  ])('"%s" names the village "%s"', (address, village) => {
    expect(villageOfAddress(address)).toBe(village);
  });
});
