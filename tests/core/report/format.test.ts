import { viDate, viRate, viShortDate } from '../../../src/core/report/format';

describe('rates and dates in report text', () => {
  test('rates keep their decimals and have no space before %', () => {
    expect(viRate(1139, 1216, 1)).toBe('93,7%');
    expect(viRate(31, 1412, 2)).toBe('2,20%');
    expect(viRate(5, 0, 2)).toBeNull();
  });
  test('dates in words and in numbers', () => {
    expect(viDate({ y: 2023, m: 12, d: 15 })).toBe('ngày 15 tháng 12 năm 2023');
    expect(viDate({ y: 2024, m: 1, d: 5 }, true)).toBe('ngày 05 tháng 01 năm 2024');
    expect(viShortDate({ y: 2023, m: 6, d: 5 })).toBe('05/06/2023');
  });
});
