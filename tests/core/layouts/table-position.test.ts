// A table that starts at C7 under a title block, with an unknown column, an empty column and a signed footer.
import { analyse, type Analysis } from '../../../src/core/analyse';
import { tableAtC7WithTitleAndFooter, usedRange } from './fixtures';
import { columnLetters, householdRegister, rowsOfType, serious } from './helpers';

const EXPECTED_SUMMARY = {
  total: 6,
  persons: 24,
  // No Gia đình văn hóa or học tập column: those figures are unknown, not zero.
  measured: { persons: true, poverty: true, average: false, culturalFamily: false, learningFamily: false },
  poverty: { poor: 1, nearPoor: 2, average: 0 },
  culturalFamily: { registered: 0, achieved: 0 },
  learningFamily: 0,
  rates: { poor: 16.67, nearPoor: 33.33, average: 0, culturalFamilyAchieved: null },
  rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
  byVillage: [
    {
      village: 'Đồng Tâm',
      known: true,
      total: 3,
      persons: 12,
      poverty: { poor: 1, nearPoor: 1, average: 0 },
      culturalFamily: { registered: 0, achieved: 0 },
      learningFamily: 0,
      rates: { poor: 33.33, nearPoor: 33.33, average: 0, culturalFamilyAchieved: null },
    },
    {
      village: 'Tân Tiến',
      known: true,
      total: 3,
      persons: 12,
      poverty: { poor: 0, nearPoor: 1, average: 0 },
      culturalFamily: { registered: 0, achieved: 0 },
      learningFamily: 0,
      rates: { poor: 0, nearPoor: 33.33, average: 0, culturalFamilyAchieved: null },
    },
  ],
  withoutVillage: 0,
};

function checkLayout(analysis: Analysis): void {
  const reg = householdRegister(analysis);
  expect(reg.layout.titleRows).toEqual([1, 2, 3, 4, 5]);
  expect(reg.layout.headerRows).toEqual([7]);
  expect(columnLetters(reg)).toEqual({ stt: 'C', headName: 'D', birthYear: 'E', village: 'H', size: 'I', poor: 'J', nearPoor: 'K', note: 'L' });
  expect(reg.layout.dataRowCount).toBe(6);
  expect(reg.layout.firstDataRow).toBe(8);
  expect(reg.layout.lastDataRow).toBe(13);
  expect(rowsOfType(reg, 'data')).toEqual([8, 9, 10, 11, 12, 13]);
  expect(reg.layout.footerRows).toEqual([15, 16, 17, 20]);
}

describe('a table at C7 under five title rows, with a footer', () => {
  const analysis = analyse([{ file: 'tan-lap.xlsx', sheets: [tableAtC7WithTitleAndFooter()] }]);
  const reg = householdRegister(analysis);

  it('finds the header at row 7 and the fields from column C on', () => {
    checkLayout(analysis);
  });

  it('keeps "Nghề nghiệp" as an unknown column and maps nothing to the empty column G', () => {
    expect(reg.layout.headers).toContainEqual({ column: 'F', text: 'Nghề nghiệp', field: null });
    expect(Object.values(columnLetters(reg))).not.toContain('F');
    expect(Object.values(columnLetters(reg))).not.toContain('G');
  });

  it('reads the title rows as text and the year from "DANH SÁCH HỘ GIA ĐÌNH NĂM 2024"', () => {
    expect(reg.layout.titleText).toContain('DANH SÁCH HỘ GIA ĐÌNH NĂM 2024');
    expect(analysis.year).toBe(2024);
  });

  it('does not count the footer, nor the signer whose name stands in the name column, as a household', () => {
    expect(reg.records.map((r) => r.headName)).toEqual(['Nguyễn Văn An', 'Trần Văn Bảo', 'Lê Thị Chi', 'Phạm Văn Dũng', 'Hoàng Thị Én', 'Vũ Văn Phong']);
    expect(rowsOfType(reg, 'section')).toEqual([]);
    expect(rowsOfType(reg, 'subtotal')).toEqual([]);
    expect(rowsOfType(reg, 'total')).toEqual([]);
  });

  it('counts the six households of the two villages', () => {
    expect(analysis.villages).toEqual(['Đồng Tâm', 'Tân Tiến']);
    expect(analysis.summary.households).toEqual(EXPECTED_SUMMARY);
  });

  it('raises no error or warning on its clean rows', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('the same table given as its used range, starting at column C', () => {
  const analysis = analyse([{ file: 'tan-lap.xlsx', sheets: [usedRange(tableAtC7WithTitleAndFooter(), 0, 2)] }]);

  it('reports the same sheet rows and column letters as the whole sheet', () => {
    expect(householdRegister(analysis).grid.originColumn).toBe(3);
    checkLayout(analysis);
  });

  it('computes the same summary and raises no error or warning', () => {
    expect(analysis.summary.households).toEqual(EXPECTED_SUMMARY);
    expect(serious(householdRegister(analysis).issues)).toEqual([]);
  });
});
