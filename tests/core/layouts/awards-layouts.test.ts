// Awards registers laid out otherwise than the samples: one combined "Quyết định số" column with level and
// recipient blocks and money as text; and a flat register with real date cells and money as numbers.
import { analyse } from '../../../src/core/analyse';
import { awardsCombinedDecisionWithBlocks, awardsWithDateCells, shuffledShortHeader } from './fixtures';
import { awardRegister, columnLetters, householdRegister, rowsOfType, serious } from './helpers';

describe('an awards register with a combined "Quyết định số" column and level and recipient blocks', () => {
  const analysis = analyse([{ file: 'khen-thuong.xlsx', sheets: [awardsCombinedDecisionWithBlocks()] }]);
  const reg = awardRegister(analysis);

  it('finds the header at row 4 under two title rows and maps the combined decision column', () => {
    expect(reg.layout.titleRows).toEqual([1, 2]);
    expect(reg.layout.headerRows).toEqual([4]);
    expect(columnLetters(reg)).toEqual({ stt: 'A', recipientName: 'B', position: 'C', form: 'D', authority: 'E', decision: 'F', amount: 'G' });
  });

  it('types the level blocks, the recipient blocks, the "Cộng" row and the "Tổng cộng" row', () => {
    expect(rowsOfType(reg, 'section')).toEqual([5, 6, 9, 14, 15, 18]);
    expect(rowsOfType(reg, 'subtotal')).toEqual([13]);
    expect(rowsOfType(reg, 'total')).toEqual([21]);
    expect(rowsOfType(reg, 'data')).toEqual([7, 8, 10, 11, 12, 16, 17, 19, 20]);
    expect(reg.layout.dataRowCount).toBe(9);
  });

  it('splits "215/QĐ-UBND ngày 20/12/2024" into a number and a date', () => {
    const first = reg.records[0];
    expect(first.decisionNo).toBe('215/QĐ-UBND');
    expect(first.decisionDate).toEqual({ y: 2024, m: 12, d: 20 });
    expect(first.decisionFrom).toBe('combined');
    expect(reg.records.map((r) => r.decisionDate?.y)).toEqual([2024, 2024, 2024, 2024, 2024, 2024, 2024, 2024, 2024]);
  });

  it('takes the recipient kind from "1. Khen tập thể" / "2. Khen cá nhân" and the level from "A." / "B." blocks', () => {
    expect(reg.records.map((r) => [r.row, r.recipientKind, r.levelBlock])).toEqual([
      [7, 'collective', 'xa'],
      [8, 'collective', 'xa'],
      [10, 'individual', 'xa'],
      [11, 'individual', 'xa'],
      [12, 'individual', 'xa'],
      [16, 'collective', 'higher'],
      [17, 'collective', 'higher'],
      [19, 'individual', 'higher'],
      [20, 'individual', 'higher'],
    ]);
  });

  it('reads money written as "1.000.000 đ"', () => {
    expect(reg.records.map((r) => r.amount)).toEqual([1000000, 1000000, 500000, 700000, 500000, 4680000, null, 2340000, 2340000]);
  });

  it('summarises kinds, forms, levels and money as counted by hand', () => {
    expect(analysis.year).toBe(2024);
    expect(analysis.summary.awards).toEqual({
      total: 9,
      collective: 4,
      individual: 5,
      household: 0,
      byForm: { 'Giấy khen': 4, 'Lao động tiên tiến': 1, 'Bằng khen': 2, 'Tập thể lao động tiên tiến': 1, 'Chiến sĩ thi đua cơ sở': 1 },
      byLevel: { xa: 5, huyen: 2, tinh: 2, trung_uong: 0 },
      amount: { total: 13060000, byLevel: { xa: 3700000, huyen: 2340000, tinh: 7020000, trung_uong: 0 }, communeChair: 3700000, rowsWithAmount: 8 },
      commune: { collective: 2, individual: 3, household: 0, amount: 3700000 },
      higher: { collective: 2, individual: 2, household: 0 },
      party: { collective: 0, individual: 0, household: 0 },
      partyHigher: { collective: 0, individual: 0, household: 0 },
      unknownForm: 0,
    });
  });

  it('raises no error or warning: the "Cộng" and "Tổng cộng" sums agree and every award is lawful', () => {
    expect(serious(reg.issues)).toEqual([]);
  });
});

describe('an awards register with real date cells and money as numbers', () => {
  const analysis = analyse([{ file: 'khen-thuong.xlsx', sheets: [awardsWithDateCells()] }]);
  const reg = awardRegister(analysis);

  it('maps "Đối tượng", "Cơ quan quyết định", "Số QĐ" and "Ngày QĐ"', () => {
    expect(reg.layout.titleRows).toEqual([]);
    expect(reg.layout.headerRows).toEqual([1]);
    expect(columnLetters(reg)).toEqual({
      stt: 'A',
      recipientName: 'B',
      recipientKind: 'C',
      form: 'D',
      authority: 'E',
      decisionNo: 'F',
      decisionDate: 'G',
      amount: 'H',
    });
    expect(reg.layout.dataRowCount).toBe(8);
    expect(rowsOfType(reg, 'section')).toEqual([]);
  });

  it('reads the date cells as days and the year from them', () => {
    expect(reg.records.map((r) => r.decisionDate)).toEqual([
      { y: 2024, m: 12, d: 20 },
      { y: 2024, m: 12, d: 20 },
      { y: 2024, m: 12, d: 20 },
      { y: 2024, m: 12, d: 20 },
      { y: 2024, m: 12, d: 25 },
      { y: 2024, m: 11, d: 28 },
      { y: 2024, m: 10, d: 15 },
      { y: 2024, m: 11, d: 28 },
    ]);
    expect(analysis.year).toBe(2024);
    expect(analysis.inferred).toContainEqual({ what: 'year', value: 2024, from: 'decisionDates' });
  });

  it('summarises kinds, forms, levels, Party awards and the commune fund as counted by hand', () => {
    expect(analysis.summary.awards).toEqual({
      total: 8,
      collective: 2,
      individual: 5,
      household: 1,
      byForm: { 'Giấy khen': 4, 'Lao động tiên tiến': 1, 'Gia đình văn hóa': 1, 'Bằng khen': 1, 'Chiến sĩ thi đua cơ sở': 1 },
      byLevel: { xa: 5, huyen: 2, tinh: 1, trung_uong: 0 },
      amount: { total: 8190000, byLevel: { xa: 2090000, huyen: 3760000, tinh: 2340000, trung_uong: 0 }, communeChair: 1790000, rowsWithAmount: 7 },
      commune: { collective: 1, individual: 2, household: 1, amount: 1790000 },
      higher: { collective: 1, individual: 2, household: 0 },
      party: { collective: 0, individual: 1, household: 0 },
      // The Party award is from the commune's own Đảng ủy: none from above.
      partyHigher: { collective: 0, individual: 0, household: 0 },
      unknownForm: 0,
    });
  });

  it('raises no issue at all: every amount is the one the money table gives', () => {
    expect(reg.issues).toEqual([]);
  });
});

describe('a "Cộng" row whose amount differs from its block', () => {
  const analysis = analyse([{ file: 'khen-thuong.xlsx', sheets: [awardsCombinedDecisionWithBlocks('3.500.000 đ')] }]);
  const reg = awardRegister(analysis);

  it('is reported once, at G13, with the block\'s sum 3.700.000 as the suggestion', () => {
    expect(serious(reg.issues)).toEqual(['Khen thưởng!G13 total.mismatch']);
    expect(reg.issues.find((i) => i.code === 'total.mismatch')).toMatchObject({ severity: 'error', field: 'amount', value: '3.500.000 đ', suggestion: 3700000 });
  });

  it('does not change the money counted from the award rows', () => {
    expect(analysis.summary.awards?.amount.total).toBe(13060000);
    expect(analysis.summary.awards?.amount.communeChair).toBe(3700000);
  });
});

describe('a workbook holding a household register and an awards register', () => {
  const analysis = analyse([{ file: 'so-sach-2024.xlsx', sheets: [shuffledShortHeader(), awardsWithDateCells()] }]);

  it('reads both registers and summarises each', () => {
    expect(analysis.files[0].registers.map((r) => r.kind)).toEqual(['households', 'awards']);
    expect(analysis.files[0].ignored).toEqual([]);
    expect(analysis.year).toBe(2024);
    expect(analysis.summary.households?.total).toBe(6);
    expect(analysis.summary.households?.persons).toBe(21);
    expect(analysis.summary.awards?.total).toBe(8);
    expect(analysis.summary.awards?.amount.total).toBe(8190000);
  });

  it('raises no error or warning in either register', () => {
    expect(serious(householdRegister(analysis, 0).issues)).toEqual([]);
    expect(serious(awardRegister(analysis, 1).issues)).toEqual([]);
  });
});
