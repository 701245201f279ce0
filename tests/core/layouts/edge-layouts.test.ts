// Edge layouts that once tripped the detector (each describe names the case): stray spaces in villages, partial
// overrides, numbered section rows, unfilled footers, initials for sheet names, centred group headers.
import { analyse } from '../../../src/core/analyse';
import {
  awardsKindBlocksNumberedInSttColumn,
  footerOpeningWithTmUbndXa,
  footerWithUnfilledDate,
  groupHeadersCentredWithoutMerge,
  householdWithOnlyTextNumberAndName,
  unmappableNameHeader,
  villageAliasesRegister,
  villageBlocksNumberedInSttColumn,
  villageSheetsNamedByInitials,
  villageSheetsTitledWithCommune,
} from './fixtures';
import { allIssues, awardRegister, columnLetters, family, householdRegister, rowsOfType, serious } from './helpers';

const profile = { commune: 'Tân Lập', year: 2024, villages: ['Đông Hải', 'Tây Sơn'] };

describe('BUG 1: a village written with stray spaces, "Đông  Hải", raises no issue at all', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [villageAliasesRegister()] }], { profile: { ...profile, villages: ['Đông Hải', 'Tây Sơn', 'Bắc Hà'] } });
  const reg = householdRegister(analysis);

  it('is reported at D5 as a value.alias with the suggestion "Đông Hải"', () => {
    const issues = reg.issues.filter((i) => i.cell === 'D5');
    expect(issues.map((i) => family(i.code))).toContain('value.alias');
    expect(issues.find((i) => family(i.code) === 'value.alias')).toMatchObject({ field: 'village', value: 'Đông  Hải', suggestion: 'Đông Hải' });
  });
});

describe('BUG 2: an override of one column, when detection failed, drops every other column', () => {
  const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [unmappableNameHeader()] }], { profile, overrides: { 'Hộ dân': { columns: { headName: 'B' } } } });
  const reg = householdRegister(analysis);

  it('keeps the columns the vocabulary recognises: village, size and the poverty marks', () => {
    expect(reg.layout.headerRows).toEqual([1]);
    expect(columnLetters(reg)).toEqual({ stt: 'A', headName: 'B', village: 'C', size: 'D', poor: 'E', nearPoor: 'F' });
  });

  it('counts persons, poverty classes and villages of the four households', () => {
    expect(analysis.summary.households).toEqual({
      total: 4,
      persons: 14,
      // No column for what is false: those figures are unknown, not zero.
      measured: { persons: true, poverty: true, average: false, culturalFamily: false, learningFamily: false },
      poverty: { poor: 1, nearPoor: 1, average: 0 },
      culturalFamily: { registered: 0, achieved: 0 },
      learningFamily: 0,
      rates: { poor: 25, nearPoor: 25, average: 0, culturalFamilyAchieved: null },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Đông Hải',
          known: true,
          total: 2,
          persons: 7,
          poverty: { poor: 1, nearPoor: 0, average: 0 },
          culturalFamily: { registered: 0, achieved: 0 },
          learningFamily: 0,
          rates: { poor: 50, nearPoor: 0, average: 0, culturalFamilyAchieved: null },
        },
        {
          village: 'Tây Sơn',
          known: true,
          total: 2,
          persons: 7,
          poverty: { poor: 0, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 0, achieved: 0 },
          learningFamily: 0,
          rates: { poor: 0, nearPoor: 50, average: 0, culturalFamilyAchieved: null },
        },
      ],
      withoutVillage: 0,
    });
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('BUG 3a: village headings numbered with an Excel number in the STT column are read as households', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [villageBlocksNumberedInSttColumn()] }], { profile });
  const reg = householdRegister(analysis);

  it('takes 1 | "Thôn Đông Hải" and 2 | "Thôn Tây Sơn" as section rows', () => {
    expect(rowsOfType(reg, 'section')).toEqual([2, 5]);
    expect(rowsOfType(reg, 'data')).toEqual([3, 4, 6]);
    expect(reg.layout.dataRowCount).toBe(3);
  });

  it('gives the households under each heading its village and counts three households', () => {
    expect(reg.records.map((r) => [r.row, r.village])).toEqual([
      [3, 'Đông Hải'],
      [4, 'Đông Hải'],
      [6, 'Tây Sơn'],
    ]);
    expect(analysis.summary.households).toMatchObject({
      total: 3,
      persons: 12,
      poverty: { poor: 1, nearPoor: 0, average: 0 },
      byVillage: [
        { village: 'Đông Hải', total: 2, persons: 7 },
        { village: 'Tây Sơn', total: 1, persons: 5 },
      ],
      withoutVillage: 0,
    });
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('BUG 3b: recipient blocks numbered with an Excel number in the STT column are read as awards', () => {
  const analysis = analyse([{ file: 'khen-thuong.xlsx', sheets: [awardsKindBlocksNumberedInSttColumn()] }]);
  const reg = awardRegister(analysis);

  it('takes 1 | "Khen tập thể" and 2 | "Khen cá nhân" as section rows, not as awards', () => {
    expect(rowsOfType(reg, 'section')).toEqual([2, 5]);
    expect(rowsOfType(reg, 'data')).toEqual([3, 4, 6, 7, 8]);
    expect(reg.layout.dataRowCount).toBe(5);
  });

  it('gives the rows under each block its recipient kind', () => {
    expect(reg.records.map((r) => [r.row, r.recipientKind])).toEqual([
      [3, 'collective'],
      [4, 'collective'],
      [6, 'individual'],
      [7, 'individual'],
      [8, 'individual'],
    ]);
    expect(analysis.summary.awards).toMatchObject({ total: 5, collective: 2, individual: 3, household: 0 });
  });

  it('raises no error or warning: no heading is an award with its form missing', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('BUG 4: a footer opening with "TM. UBND XÃ" alone is read as a household', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [footerOpeningWithTmUbndXa()] }], { profile });
  const reg = householdRegister(analysis);

  it('takes rows 6, 7 and 9 as the footer and counts three households', () => {
    expect(reg.layout.footerRows).toEqual([6, 7, 9]);
    expect(reg.layout.dataRowCount).toBe(3);
    expect(analysis.summary.households?.total).toBe(3);
  });

  it('raises no error or warning on the signer\'s title', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe.each([
  ['"ngày      tháng 12 năm 2024"', 'spaces' as const],
  ['"ngày ... tháng ... năm 2024"', 'dots' as const],
])('BUG 5: a place-and-date line left to fill by hand, %s, is read as a household', (_label, style) => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [footerWithUnfilledDate(style)] }], { profile });
  const reg = householdRegister(analysis);

  it('takes rows 6, 7, 8 and 10 as the footer and counts three households', () => {
    expect(reg.layout.footerRows).toEqual([6, 7, 8, 10]);
    expect(reg.layout.dataRowCount).toBe(3);
    expect(rowsOfType(reg, 'section')).toEqual([]);
    expect(analysis.summary.households?.total).toBe(3);
  });

  it('raises no error or warning on the date line', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('BUG 6: a household row holding only its number typed as text and its head\'s name is taken as a village heading', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [householdWithOnlyTextNumberAndName()] }], { profile });
  const reg = householdRegister(analysis);

  it('takes row 4 ("3" | "Lê Văn Dần") as a household, not a section', () => {
    expect(rowsOfType(reg, 'section')).toEqual([]);
    expect(rowsOfType(reg, 'data')).toEqual([2, 3, 4]);
    expect(reg.records.map((r) => r.headName)).toEqual(['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Lê Văn Dần']);
  });

  it('counts it, since its name is readable', () => {
    expect(analysis.summary.households?.total).toBe(3);
  });
});

describe('BUG 7: a sheet title naming the commune after the village, without a comma, gives the village "An Lạc Xã Tân Lập"', () => {
  const analysis = analyse([{ file: 'ho-gia-dinh.xlsx', sheets: villageSheetsTitledWithCommune() }]);

  it('takes the village from "… THÔN AN LẠC XÃ TÂN LẬP NĂM 2024" as "An Lạc"', () => {
    expect(analysis.year).toBe(2024);
    expect(analysis.villages).toEqual(['An Lạc', 'Phú Lộc']);
    expect(analysis.summary.households?.byVillage.map((v) => [v.village, v.total])).toEqual([
      ['An Lạc', 2],
      ['Phú Lộc', 3],
    ]);
  });
});

describe('BUG 8: village sheets named by initials, "AL" and "PL", are not matched to the profile\'s villages', () => {
  const analysis = analyse([{ file: 'ho-gia-dinh.xlsx', sheets: villageSheetsNamedByInitials() }], { profile: { ...profile, villages: ['An Lạc', 'Phú Lộc'] } });

  it('counts sheet "AL" under An Lạc and sheet "PL" under Phú Lộc', () => {
    expect(analysis.summary.households?.byVillage.map((v) => [v.village, v.known, v.total])).toEqual([
      ['An Lạc', true, 2],
      ['Phú Lộc', true, 3],
    ]);
    expect(serious(allIssues(analysis))).toEqual([]);
  });
});

describe('BUG 9: a group header centred across its sub-columns without a merge reaches only its first sub-column', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [groupHeadersCentredWithoutMerge()] }], { profile });
  const reg = householdRegister(analysis);

  it('maps "Nữ" under "Năm sinh" and "Đạt" under "Gia đình văn hóa"', () => {
    expect(reg.layout.headerRows).toEqual([1, 2]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      headName: 'B',
      village: 'C',
      size: 'D',
      birthYearMale: 'E',
      birthYearFemale: 'F',
      culturalFamilyRegistered: 'G',
      culturalFamilyAchieved: 'H',
    });
  });

  it('reads the female head\'s birth year and counts the recognised households', () => {
    expect(reg.records.map((r) => [r.gender, r.birthYear])).toEqual([
      ['male', 1970],
      ['female', 1980],
      ['male', 1965],
    ]);
    expect(analysis.summary.households?.total).toBe(3);
    expect(analysis.summary.households?.culturalFamily).toEqual({ registered: 3, achieved: 2 });
  });
});
