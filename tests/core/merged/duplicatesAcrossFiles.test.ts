// One new commune, one workbook per former commune: the same person in two files is row.duplicate on the later file's
// row, and the message names the other file, sheet and cell (a duplicate inside one file keeps its short message).
import { analyse } from '../../../src/core/analyse';
import { withMessage } from '../../../src/i18n/messages';
import { register, type Household } from '../compare/twoYears';

const TAN_LAP: Household[] = [
  { code: 'TL001', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'Thôn 1', size: 4 },
  { code: 'TL002', name: 'Trần Thị Bình', born: 1975, village: 'Thôn 2', size: 3 },
];
const AN_HOA: Household[] = [
  { code: 'AH001', name: 'Lê Văn Cường', born: 1958, village: 'Thôn 1', size: 5 },
  // The same head as Tân Lập's first household: registered in both former communes.
  { code: 'AH002', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'Thôn 3', size: 4 },
  { code: 'AH003', name: 'Phạm Thị Dung', born: 1980, village: 'Thôn 3', size: 2 },
  { code: 'AH004', name: 'Phạm Thị Dung', born: 1980, village: 'Thôn 3', size: 2 },
];

describe('duplicates across the workbooks of former communes', () => {
  const a = analyse([register('xa-tan-lap.xlsx', 2025, TAN_LAP), register('xa-an-hoa.xlsx', 2025, AN_HOA)], { today: new Date(2026, 0, 10) });
  const duplicates = a.files.flatMap((f) => f.registers.flatMap((r) => r.issues.filter((i) => i.code === 'row.duplicate').map((i) => ({ file: f.file, ...withMessage(i) }))));

  test('the same CCCD in two files: reported once, on the later file, naming the earlier file, sheet and row', () => {
    const across = duplicates.filter((d) => d.key === 'duplicate.cccd.file');
    expect(across.map((d) => [d.file, d.cell, d.params, d.message])).toEqual([
      ['xa-an-hoa.xlsx', 'E6', { row: 5, sheet: 'DS hộ', file: 'xa-tan-lap.xlsx', cell: 'E5' }, 'Trùng số CCCD với ô E5, trang "DS hộ" của tệp "xa-tan-lap.xlsx".'],
    ]);
    expect(withMessage(duplicates.find((d) => d.key === 'duplicate.cccd.file') ?? duplicates[0], 'en').message).toBe('Same CCCD as cell E5 of sheet "DS hộ" in file "xa-tan-lap.xlsx".');
  });

  test('a duplicate inside one file keeps the short message', () => {
    const inside = duplicates.filter((d) => d.key === 'duplicate.household');
    expect(inside.map((d) => [d.file, d.params, d.message])).toEqual([
      ['xa-an-hoa.xlsx', { row: 7, sheet: 'DS hộ' }, 'Trùng hộ (họ tên, năm sinh, thôn) với dòng 7.'],
    ]);
    expect(duplicates).toHaveLength(2);
  });
});
