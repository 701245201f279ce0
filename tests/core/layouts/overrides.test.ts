// A clerk's layout override: the column the detector got wrong is set by letter, by sheet name or "file::sheet".
import { analyse } from '../../../src/core/analyse';
import { declarantBeforeHeadColumn, unmappableNameHeader } from './fixtures';
import { columnLetters, householdRegister, serious } from './helpers';

const profile = { commune: 'Tân Lập', year: 2024, villages: ['Đông Hải', 'Tây Sơn'] };

describe('a name column headed "Đối tượng chính"', () => {
  it('is not taken as a register without an override', () => {
    const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [unmappableNameHeader()] }], { profile });
    expect(analysis.files[0].registers).toEqual([]);
    expect(analysis.files[0].ignored).toEqual([{ sheet: 'Hộ dân', reason: 'no-register' }]);
    expect(analysis.summary.households).toBeUndefined();
  });

  it('is read as the head\'s name when the override names its column', () => {
    const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [unmappableNameHeader()] }], { profile, overrides: { 'Hộ dân': { columns: { headName: 'B' } } } });
    const reg = householdRegister(analysis);
    expect(reg.layout.kind).toBe('households');
    expect(reg.layout.columns.headName).toBe(2);
    expect(reg.records.map((r) => r.headName)).toEqual(['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Lê Văn Dần', 'Phạm Thị Đào']);
    expect(analysis.summary.households?.total).toBe(4);
  });
});

describe('a "Họ và tên người kê khai" column before the "Chủ hộ" column', () => {
  it('is taken as the head\'s name by the detector, so empty declarant cells look like missing names', () => {
    const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [declarantBeforeHeadColumn()] }], { profile });
    const reg = householdRegister(analysis);
    expect(columnLetters(reg).headName).toBe('B');
    expect(serious(reg.issues)).toEqual(['Hộ dân!B2 value.required', 'Hộ dân!B4 value.required', 'Hộ dân!B5 value.required']);
  });

  it.each([
    ['the sheet name', 'Hộ dân'],
    ['"file::sheet"', 'ho-dan.xlsx::Hộ dân'],
  ])('is corrected by an override keyed by %s, keeping the other detected columns', (_label, key) => {
    const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [declarantBeforeHeadColumn()] }], { profile, overrides: { [key]: { columns: { headName: 'C' } } } });
    const reg = householdRegister(analysis);
    expect(reg.layout.headerRows).toEqual([1]);
    expect(columnLetters(reg)).toEqual({ stt: 'A', headName: 'C', village: 'D', size: 'E' });
    expect(reg.records.map((r) => r.headName)).toEqual(['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Lê Văn Dần', 'Phạm Thị Đào']);
    expect(serious(reg.issues)).toEqual([]);
    expect(analysis.summary.households).toMatchObject({
      total: 4,
      persons: 14,
      byVillage: [
        { village: 'Đông Hải', total: 2, persons: 7 },
        { village: 'Tây Sơn', total: 2, persons: 7 },
      ],
    });
  });

  it('is not changed by an override keyed by another sheet\'s name', () => {
    const analysis = analyse([{ file: 'ho-dan.xlsx', sheets: [declarantBeforeHeadColumn()] }], { profile, overrides: { 'Sheet1': { columns: { headName: 'C' } } } });
    expect(columnLetters(householdRegister(analysis)).headName).toBe('B');
  });
});
