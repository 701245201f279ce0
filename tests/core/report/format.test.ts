import { awardCount, viDate, viDecimal, viMoney, viNumber, viRate, viShortDate } from '../../../src/core/report/format';

describe('vi-VN formatting of report figures', () => {
  test('thousands take "." and decimals ","', () => {
    expect(viNumber(1412)).toBe('1.412');
    expect(viNumber(19760000)).toBe('19.760.000');
    expect(viDecimal(2.2, 2)).toBe('2,20');
    expect(viDecimal(1234.5, 1)).toBe('1.234,5');
  });
  test('rates keep their decimals and have no space before %', () => {
    expect(viRate(1139, 1216, 1)).toBe('93,7%');
    expect(viRate(31, 1412, 2)).toBe('2,20%');
    expect(viRate(5, 0, 2)).toBeNull();
  });
  test('money in triệu đồng from a million, in đồng below', () => {
    expect(viMoney(7700000)).toBe('7,7 triệu đồng');
    expect(viMoney(7560000)).toBe('7,56 triệu đồng');
    expect(viMoney(12000000)).toBe('12 triệu đồng');
    expect(viMoney(500000)).toBe('500.000 đồng');
  });
  test('dates in words and in numbers', () => {
    expect(viDate({ y: 2023, m: 12, d: 15 })).toBe('ngày 15 tháng 12 năm 2023');
    expect(viDate({ y: 2024, m: 1, d: 5 }, true)).toBe('ngày 05 tháng 01 năm 2024');
    expect(viShortDate({ y: 2023, m: 6, d: 5 })).toBe('05/06/2023');
  });
  test('award counts below ten take a leading zero', () => {
    expect(awardCount(1)).toBe('01');
    expect(awardCount(15)).toBe('15');
  });
});
