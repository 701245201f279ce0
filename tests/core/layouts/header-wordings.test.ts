// Header wordings other than the samples': short forms in a shuffled order, no diacritics, abbreviations.
import { analyse } from '../../../src/core/analyse';
import { abbreviatedHeader, headerWithLineBreaks, headerWithoutDiacritics, shuffledShortHeader } from './fixtures';
import { columnLetters, householdRegister, rowsOfType, serious } from './helpers';

describe('a header in short wordings and a shuffled order', () => {
  const analysis = analyse([{ file: 'ds-ho.xlsx', sheets: [shuffledShortHeader()] }]);
  const reg = householdRegister(analysis);

  it('maps every short wording to its field wherever the column stands', () => {
    expect(reg.layout.headerRows).toEqual([2]);
    expect(reg.layout.titleRows).toEqual([1]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      village: 'B',
      headName: 'C',
      gender: 'D',
      birthYear: 'E',
      size: 'F',
      phone: 'G',
      average: 'H',
      poor: 'I',
      nearPoor: 'J',
      cccd: 'K',
      culturalFamilyRegistered: 'L',
      culturalFamilyAchieved: 'M',
      learningFamily: 'N',
    });
  });

  it('takes the six rows under the header as households and nothing else', () => {
    expect(reg.layout.dataRowCount).toBe(6);
    expect(reg.layout.firstDataRow).toBe(3);
    expect(reg.layout.lastDataRow).toBe(8);
    expect(rowsOfType(reg, 'section')).toEqual([]);
    expect(rowsOfType(reg, 'subtotal')).toEqual([]);
    expect(rowsOfType(reg, 'total')).toEqual([]);
    expect(reg.layout.footerRows).toEqual([]);
  });

  it('reads the year from the title and the villages from the "Địa chỉ" column', () => {
    expect(analysis.year).toBe(2024);
    expect(analysis.villages).toEqual(['Đông Hải', 'Tây Sơn']);
  });

  it('counts households, persons, classes and recognitions as typed', () => {
    expect(analysis.summary.households).toEqual({
      total: 6,
      persons: 21,
      poverty: { poor: 1, nearPoor: 1, average: 1 },
      culturalFamily: { registered: 5, achieved: 4 },
      learningFamily: 3,
      rates: { poor: 16.67, nearPoor: 16.67, average: 16.67, culturalFamilyAchieved: 80 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Đông Hải',
          known: true,
          total: 3,
          persons: 9,
          poverty: { poor: 1, nearPoor: 0, average: 1 },
          culturalFamily: { registered: 3, achieved: 2 },
          learningFamily: 1,
          rates: { poor: 33.33, nearPoor: 0, average: 33.33, culturalFamilyAchieved: 66.7 },
        },
        {
          village: 'Tây Sơn',
          known: true,
          total: 3,
          persons: 12,
          poverty: { poor: 0, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 2, achieved: 2 },
          learningFamily: 2,
          rates: { poor: 0, nearPoor: 33.33, average: 0, culturalFamilyAchieved: 100 },
        },
      ],
      withoutVillage: 0,
    });
  });

  it('raises no error or warning on rows whose ids, phones and years are sound', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('a register typed without diacritics', () => {
  const analysis = analyse([{ file: 'ds-ho.xlsx', sheets: [headerWithoutDiacritics()] }]);
  const reg = householdRegister(analysis);

  it('matches "Ho va ten chu ho", "Nhan khau", "Thon" and the other folded headers', () => {
    expect(reg.layout.headerRows).toEqual([2]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      headName: 'B',
      birthYear: 'C',
      village: 'D',
      size: 'E',
      poverty: 'F',
      culturalFamilyRegistered: 'G',
      culturalFamilyAchieved: 'H',
    });
    expect(reg.layout.dataRowCount).toBe(5);
    expect(reg.layout.firstDataRow).toBe(3);
  });

  it('reads class text and result words written without diacritics', () => {
    expect(analysis.year).toBe(2024);
    expect(analysis.summary.households).toEqual({
      total: 5,
      persons: 17,
      // No column for what is false: those figures are unknown, not zero.
      measured: { persons: true, poverty: true, average: true, culturalFamily: true, learningFamily: false },
      poverty: { poor: 2, nearPoor: 1, average: 1 },
      culturalFamily: { registered: 4, achieved: 3 },
      learningFamily: 0,
      rates: { poor: 40, nearPoor: 20, average: 20, culturalFamilyAchieved: 75 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Dong Hai',
          known: true,
          total: 2,
          persons: 7,
          poverty: { poor: 1, nearPoor: 0, average: 0 },
          culturalFamily: { registered: 2, achieved: 1 },
          learningFamily: 0,
          rates: { poor: 50, nearPoor: 0, average: 0, culturalFamilyAchieved: 50 },
        },
        {
          village: 'Tay Son',
          known: true,
          total: 3,
          persons: 10,
          poverty: { poor: 1, nearPoor: 1, average: 1 },
          culturalFamily: { registered: 2, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 33.33, nearPoor: 33.33, average: 33.33, culturalFamilyAchieved: 100 },
        },
      ],
      withoutVillage: 0,
    });
  });

  it('raises no error or warning on its clean rows', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('a header of abbreviations', () => {
  const profile = { commune: 'Tân Lập', year: 2024, villages: ['Thượng', 'Hạ'] };
  const analysis = analyse([{ file: 'ho-gd.xlsx', sheets: [abbreviatedHeader()] }], { profile });
  const reg = householdRegister(analysis);

  it('maps NK, HN, HCN, TB, ĐK VH, Đạt VH, Phái, ĐT, Mã HGĐ and Số định danh', () => {
    expect(reg.layout.headerRows).toEqual([1]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      householdId: 'B',
      headName: 'C',
      gender: 'D',
      birthYear: 'E',
      village: 'F',
      size: 'G',
      poor: 'H',
      nearPoor: 'I',
      average: 'J',
      culturalFamilyRegistered: 'K',
      culturalFamilyAchieved: 'L',
      learningFamily: 'M',
      phone: 'N',
      cccd: 'O',
    });
    expect(reg.layout.dataRowCount).toBe(5);
  });

  it('reads X, 1, ✓, √ and có as marked and -, 0 and empty as not', () => {
    expect(analysis.summary.households).toEqual({
      total: 5,
      persons: 16,
      poverty: { poor: 1, nearPoor: 1, average: 1 },
      culturalFamily: { registered: 4, achieved: 3 },
      learningFamily: 3,
      rates: { poor: 20, nearPoor: 20, average: 20, culturalFamilyAchieved: 75 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Thượng',
          known: true,
          total: 2,
          persons: 7,
          poverty: { poor: 1, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 2, achieved: 2 },
          learningFamily: 1,
          rates: { poor: 50, nearPoor: 50, average: 0, culturalFamilyAchieved: 100 },
        },
        {
          village: 'Hạ',
          known: true,
          total: 3,
          persons: 9,
          poverty: { poor: 0, nearPoor: 0, average: 1 },
          culturalFamily: { registered: 2, achieved: 1 },
          learningFamily: 2,
          rates: { poor: 0, nearPoor: 0, average: 33.33, culturalFamilyAchieved: 50 },
        },
      ],
      withoutVillage: 0,
    });
  });

  it('raises no error or warning on its clean rows', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('header cells wrapped onto two lines', () => {
  const profile = { commune: 'Tân Lập', year: 2024, villages: ['Đông Hải', 'Tây Sơn'] };
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [headerWithLineBreaks()] }], { profile });
  const reg = householdRegister(analysis);

  it('reads a header broken over two lines, "Họ và tên ⏎ chủ hộ", as one phrase and maps every wrapped header', () => {
    expect(columnLetters(reg)).toEqual({ stt: 'A', headName: 'B', birthYear: 'C', village: 'D', size: 'E', poor: 'F', nearPoor: 'G' });
    expect(reg.layout.dataRowCount).toBe(3);
  });

  it('counts the three households and raises no error or warning', () => {
    expect(analysis.summary.households).toMatchObject({
      total: 3,
      persons: 12,
      poverty: { poor: 1, nearPoor: 1, average: 0 },
      rates: { poor: 33.33, nearPoor: 33.33, average: 0 },
      byVillage: [
        { village: 'Đông Hải', total: 2, persons: 7, poverty: { poor: 1, nearPoor: 0, average: 0 } },
        { village: 'Tây Sơn', total: 1, persons: 5, poverty: { poor: 0, nearPoor: 1, average: 0 } },
      ],
    });
    expect(serious(reg.issues)).toEqual([]);
  });
});
