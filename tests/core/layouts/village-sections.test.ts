// Villages given by section rows in three styles, each block closed by a subtotal, and a grand total.
import { analyse } from '../../../src/core/analyse';
import { villageSectionsInMixedStyles } from './fixtures';
import { columnLetters, householdRegister, rowsOfType, serious } from './helpers';

describe('village blocks opened by "1. Xóm Bắc", a merged "XÓM NAM" and "Thôn Đồng Tâm"', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [villageSectionsInMixedStyles()] }]);
  const reg = householdRegister(analysis);

  it('finds the header at row 2 and no village column', () => {
    expect(reg.layout.titleRows).toEqual([1]);
    expect(reg.layout.headerRows).toEqual([2]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      headName: 'B',
      birthYear: 'C',
      size: 'D',
      poor: 'E',
      nearPoor: 'F',
      culturalFamilyRegistered: 'G',
      culturalFamilyAchieved: 'H',
    });
  });

  it('types the section, subtotal and grand total rows and skips the blank rows inside blocks', () => {
    expect(rowsOfType(reg, 'section')).toEqual([3, 9, 13]);
    expect(rowsOfType(reg, 'subtotal')).toEqual([8, 12, 19]);
    expect(rowsOfType(reg, 'total')).toEqual([20]);
    expect(rowsOfType(reg, 'data')).toEqual([4, 5, 7, 10, 11, 14, 15, 17, 18]);
    expect(reg.layout.dataRowCount).toBe(9);
    expect(reg.layout.footerRows).toEqual([]);
  });

  it('names each block\'s village without its prefix or numbering', () => {
    const villages = reg.layout.body.flatMap((b) => (b.type === 'section' ? [b.context.village] : []));
    expect(villages).toEqual(['Bắc', 'Nam', 'Đồng Tâm']);
    expect(reg.records.map((r) => [r.row, r.village])).toEqual([
      [4, 'Bắc'],
      [5, 'Bắc'],
      [7, 'Bắc'],
      [10, 'Nam'],
      [11, 'Nam'],
      [14, 'Đồng Tâm'],
      [15, 'Đồng Tâm'],
      [17, 'Đồng Tâm'],
      [18, 'Đồng Tâm'],
    ]);
    expect(analysis.villages).toEqual(['Bắc', 'Nam', 'Đồng Tâm']);
  });

  it('reports the one wrong subtotal figure, D19, with the computed sum as the suggestion', () => {
    const mismatches = reg.issues.filter((i) => i.code === 'total.mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ cell: 'D19', row: 19, column: 'D', field: 'size', severity: 'error', value: 15, suggestion: 14 });
  });

  it('raises no other error or warning: the other subtotals and the grand total agree with their blocks', () => {
    expect(serious(reg.issues)).toEqual(['Danh sách!D19 total.mismatch']);
  });

  it('counts households per village from the blocks, never the subtotal or total rows', () => {
    expect(analysis.summary.households).toEqual({
      total: 9,
      persons: 32,
      // No Gia đình học tập column: that figure is unknown, not zero.
      measured: { persons: true, poverty: true, average: false, culturalFamily: true, learningFamily: false },
      poverty: { poor: 2, nearPoor: 2, average: 0 },
      culturalFamily: { registered: 7, achieved: 5 },
      learningFamily: 0,
      rates: { poor: 22.22, nearPoor: 22.22, average: 0, culturalFamilyAchieved: 71.4 },
      rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
      byVillage: [
        {
          village: 'Bắc',
          known: true,
          total: 3,
          persons: 12,
          poverty: { poor: 1, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 3, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 33.33, nearPoor: 33.33, average: 0, culturalFamilyAchieved: 66.7 },
        },
        {
          village: 'Nam',
          known: true,
          total: 2,
          persons: 6,
          poverty: { poor: 0, nearPoor: 0, average: 0 },
          culturalFamily: { registered: 1, achieved: 1 },
          learningFamily: 0,
          rates: { poor: 0, nearPoor: 0, average: 0, culturalFamilyAchieved: 100 },
        },
        {
          village: 'Đồng Tâm',
          known: true,
          total: 4,
          persons: 14,
          poverty: { poor: 1, nearPoor: 1, average: 0 },
          culturalFamily: { registered: 3, achieved: 2 },
          learningFamily: 0,
          rates: { poor: 25, nearPoor: 25, average: 0, culturalFamilyAchieved: 66.7 },
        },
      ],
      withoutVillage: 0,
    });
  });
});
