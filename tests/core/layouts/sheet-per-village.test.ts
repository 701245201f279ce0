// One sheet per village, the same header on each, no village column: the village comes from the sheet's name or
// its title row; summary and notes sheets beside them are not registers.
import { analyse } from '../../../src/core/analyse';
import { villageSheetsNamedBySheet, villageSheetsNamedByTitle, villageSheetsNamedWithoutDiacritics } from './fixtures';
import { allIssues, columnLetters, householdRegister, serious } from './helpers';

const COLUMNS = { stt: 'A', headName: 'B', birthYear: 'C', size: 'D', poor: 'E', nearPoor: 'F', culturalFamilyRegistered: 'G', culturalFamilyAchieved: 'H' };

/** The households of the three sheets (2, 3 and 1 rows), whatever the villages are called. */
function threeVillageSummary(names: [string, string, string]) {
  return {
    total: 6,
    persons: 23,
    // No Gia đình học tập column: that figure is unknown, not zero.
    measured: { persons: true, poverty: true, average: false, culturalFamily: true, learningFamily: false },
    poverty: { poor: 2, nearPoor: 1, average: 0 },
    culturalFamily: { registered: 5, achieved: 4 },
    learningFamily: 0,
    rates: { poor: 33.33, nearPoor: 16.67, average: 0, culturalFamilyAchieved: 80 },
    rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
    byVillage: [
      {
        village: names[0],
        known: true,
        total: 2,
        persons: 7,
        poverty: { poor: 1, nearPoor: 0, average: 0 },
        culturalFamily: { registered: 2, achieved: 2 },
        learningFamily: 0,
        rates: { poor: 50, nearPoor: 0, average: 0, culturalFamilyAchieved: 100 },
      },
      {
        village: names[1],
        known: true,
        total: 3,
        persons: 10,
        poverty: { poor: 0, nearPoor: 1, average: 0 },
        culturalFamily: { registered: 2, achieved: 1 },
        learningFamily: 0,
        rates: { poor: 0, nearPoor: 33.33, average: 0, culturalFamilyAchieved: 50 },
      },
      {
        village: names[2],
        known: true,
        total: 1,
        persons: 6,
        poverty: { poor: 1, nearPoor: 0, average: 0 },
        culturalFamily: { registered: 1, achieved: 1 },
        learningFamily: 0,
        rates: { poor: 100, nearPoor: 0, average: 0, culturalFamilyAchieved: 100 },
      },
    ],
    withoutVillage: 0,
  };
}

describe('sheets "Thôn Thượng", "Thôn Trung", "Thôn Hạ" with a summary sheet and a notes sheet', () => {
  const analysis = analyse([{ file: 'ho-gia-dinh.xlsx', sheets: villageSheetsNamedBySheet() }]);
  const file = analysis.files[0];

  it('reads each village sheet as a register with the same header at row 2', () => {
    expect(file.registers.map((r) => r.grid.sheet)).toEqual(['Thôn Thượng', 'Thôn Trung', 'Thôn Hạ']);
    for (let i = 0; i < 3; i++) {
      const reg = householdRegister(analysis, i);
      expect(reg.layout.titleRows).toEqual([1]);
      expect(reg.layout.headerRows).toEqual([2]);
      expect(columnLetters(reg)).toEqual(COLUMNS);
    }
    expect(file.registers.map((r) => r.layout.dataRowCount)).toEqual([2, 3, 1]);
  });

  it('ignores the "Tổng hợp" summary sheet and the "Ghi chú" notes sheet', () => {
    expect(file.ignored).toEqual([
      { sheet: 'Tổng hợp', reason: 'no-register' },
      { sheet: 'Ghi chú', reason: 'no-register' },
    ]);
  });

  it('takes each household\'s village from its sheet\'s name, without "Thôn"', () => {
    expect(file.registers.flatMap((r) => (r.kind === 'households' ? r.records.map((h) => [h.sheet, h.village, h.villageFrom]) : []))).toEqual([
      ['Thôn Thượng', 'Thượng', 'sheet'],
      ['Thôn Thượng', 'Thượng', 'sheet'],
      ['Thôn Trung', 'Trung', 'sheet'],
      ['Thôn Trung', 'Trung', 'sheet'],
      ['Thôn Trung', 'Trung', 'sheet'],
      ['Thôn Hạ', 'Hạ', 'sheet'],
    ]);
    expect(analysis.villages).toEqual(['Thượng', 'Trung', 'Hạ']);
  });

  it('sums every village sheet into one summary, with per-village counts', () => {
    expect(analysis.summary.households).toEqual(threeVillageSummary(['Thượng', 'Trung', 'Hạ']));
  });

  it('raises no error or warning on the clean rows of any sheet', () => {
    expect(serious(allIssues(analysis))).toEqual([]);
  });
});

describe('village sheets named "Sheet1" … "Sheet3" whose title rows name the village', () => {
  const analysis = analyse([{ file: 'ho-gia-dinh.xlsx', sheets: villageSheetsNamedByTitle() }]);

  it('finds the header at row 4 under two title rows on every sheet', () => {
    for (let i = 0; i < 3; i++) {
      const reg = householdRegister(analysis, i);
      expect(reg.layout.titleRows).toEqual([1, 2]);
      expect(reg.layout.headerRows).toEqual([4]);
      expect(columnLetters(reg)).toEqual(COLUMNS);
    }
    expect(analysis.files[0].ignored).toEqual([]);
  });

  it('takes the village from "DANH SÁCH HỘ GIA ĐÌNH THÔN … NĂM 2024" in title case', () => {
    expect(analysis.villages).toEqual(['Phú Lộc', 'An Lạc', 'Vĩnh Thịnh']);
    expect(analysis.year).toBe(2024);
    expect(analysis.summary.households).toEqual(threeVillageSummary(['Phú Lộc', 'An Lạc', 'Vĩnh Thịnh']));
  });

  it('raises no error or warning on the clean rows', () => {
    expect(serious(allIssues(analysis))).toEqual([]);
  });
});

describe('village sheets named without diacritics, "An Lac" and "Phu Loc", against a profile', () => {
  const profile = { commune: 'Tân Lập', year: 2024, villages: ['Phú Lộc', 'An Lạc'] };
  const analysis = analyse([{ file: 'ho-gia-dinh.xlsx', sheets: villageSheetsNamedWithoutDiacritics() }], { profile });

  it('matches each sheet to the profile\'s village and lists villages in the profile\'s order', () => {
    expect(analysis.summary.households).toEqual({
      total: 5,
      persons: 17,
      // No column for what is false: those figures are unknown, not zero.
      measured: { persons: true, poverty: true, average: false, culturalFamily: true, learningFamily: false },
      poverty: { poor: 1, nearPoor: 1, average: 0 },
      culturalFamily: { registered: 4, achieved: 3 },
      learningFamily: 0,
      rates: { poor: 20, nearPoor: 20, average: 0, culturalFamilyAchieved: 75 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Phú Lộc',
          known: true,
          total: 3,
          persons: 10,
          poverty: { poor: 0, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 2, achieved: 1 },
          learningFamily: 0,
          rates: { poor: 0, nearPoor: 33.33, average: 0, culturalFamilyAchieved: 50 },
        },
        {
          village: 'An Lạc',
          known: true,
          total: 2,
          persons: 7,
          poverty: { poor: 1, nearPoor: 0, average: 0 },
          culturalFamily: { registered: 2, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 50, nearPoor: 0, average: 0, culturalFamilyAchieved: 100 },
        },
      ],
      withoutVillage: 0,
    });
  });

  it('raises no error or warning: a sheet name is not a cell to correct', () => {
    expect(serious(allIssues(analysis))).toEqual([]);
  });
});
