// A two-row merged header ("Phân loại hộ" over Nghèo | Cận nghèo | Trung bình, "Gia đình văn hóa" over Đăng ký |
// Đạt) with a column-number row under it.
import { analyse } from '../../../src/core/analyse';
import { headGroupHeader, twoRowMergedHeaderWithColumnNumbers } from './fixtures';
import { columnLetters, householdRegister, rowsOfType, serious } from './helpers';

describe.each([
  ['"(1) (2) (3) …"', 'parenthesised' as const],
  ['"1 2 3 …" as numbers', 'plain' as const],
])('a two-row merged header with a column-number row written %s', (_label, numbers) => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [twoRowMergedHeaderWithColumnNumbers(numbers)] }]);
  const reg = householdRegister(analysis);

  it('takes rows 2 and 3 as the header and reads each sub-column with its group header', () => {
    expect(reg.layout.titleRows).toEqual([1]);
    expect(reg.layout.headerRows).toEqual([2, 3]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      headName: 'B',
      village: 'C',
      size: 'D',
      poor: 'E',
      nearPoor: 'F',
      average: 'G',
      culturalFamilyRegistered: 'H',
      culturalFamilyAchieved: 'I',
      note: 'J',
    });
    expect(reg.layout.headers).toContainEqual({ column: 'E', text: 'Phân loại hộ › Nghèo', field: 'poor' });
    expect(reg.layout.headers).toContainEqual({ column: 'I', text: 'Gia đình văn hóa › Đạt', field: 'culturalFamilyAchieved' });
  });

  it('takes row 4 as the column-number row, not as a household', () => {
    expect(reg.layout.columnNumberRow).toBe(4);
    expect(reg.layout.firstDataRow).toBe(5);
    expect(reg.layout.dataRowCount).toBe(6);
    expect(rowsOfType(reg, 'data')).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('counts the mark columns under their group headers', () => {
    expect(analysis.summary.households).toEqual({
      total: 6,
      persons: 23,
      // No column for what is false: those figures are unknown, not zero.
      measured: { persons: true, poverty: true, average: true, culturalFamily: true, learningFamily: false },
      poverty: { poor: 1, nearPoor: 1, average: 2 },
      culturalFamily: { registered: 5, achieved: 4 },
      learningFamily: 0,
      rates: { poor: 16.67, nearPoor: 16.67, average: 33.33, culturalFamilyAchieved: 80 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Phú Mỹ',
          known: true,
          total: 3,
          persons: 12,
          poverty: { poor: 1, nearPoor: 0, average: 1 },
          culturalFamily: { registered: 3, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 33.33, nearPoor: 0, average: 33.33, culturalFamilyAchieved: 66.7 },
        },
        {
          village: 'Hòa Bình',
          known: true,
          total: 3,
          persons: 11,
          poverty: { poor: 0, nearPoor: 1, average: 1 },
          culturalFamily: { registered: 2, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 0, nearPoor: 33.33, average: 33.33, culturalFamilyAchieved: 100 },
        },
      ],
      withoutVillage: 0,
    });
  });

  it('raises no error or warning on its clean rows', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('a "Chủ hộ" group header over "Họ và tên | Năm sinh | Giới tính | Số CCCD"', () => {
  const profile = { commune: 'Tân Lập', year: 2024, villages: ['Đông Hải', 'Tây Sơn'] };
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [headGroupHeader()] }], { profile });
  const reg = householdRegister(analysis);

  it('maps each sub-column to its own field, not all of them to the head\'s name', () => {
    expect(reg.layout.headerRows).toEqual([1, 2]);
    expect(columnLetters(reg)).toEqual({ stt: 'A', headName: 'B', birthYear: 'C', gender: 'D', cccd: 'E', village: 'F', size: 'G' });
    expect(rowsOfType(reg, 'data')).toEqual([3, 4, 5]);
  });

  it('counts the three households and raises no error or warning on their sound ids', () => {
    expect(analysis.summary.households).toMatchObject({
      total: 3,
      persons: 9,
      byVillage: [
        { village: 'Đông Hải', total: 2, persons: 7 },
        { village: 'Tây Sơn', total: 1, persons: 2 },
      ],
    });
    expect(serious(reg.issues)).toEqual([]);
  });
});
