// What the fuzz tests found, each kept as a plain example: the shrunk counterexample, and what it must give now.
import { analyse } from '../../src/core/analyse';
import type { CellValue, Grid } from '../../src/core/grid';
import { validateText } from '../../src/cli/output';

const TODAY = new Date(Date.UTC(2024, 0, 15));
const grid = (values: CellValue[][]): Grid => ({ sheet: 'S', originRow: 1, originColumn: 1, values, merges: [] });

describe('found by fuzzing', () => {
  test('a person row with an empty village cell, in a household whose village another row gives, gets no note about village "null"', () => {
    const a = analyse([{ file: 'a.xlsx', sheets: [grid([['Quan hệ với chủ hộ', 'Nơi thường trú', 'Họ và tên'], [null, null, 'Nguyễn Văn An'], [null, 'An Lạc', null]])] }], { today: TODAY });
    const text = validateText(a, 'vi');
    expect(text).not.toContain('null');
    expect(a.files[0].registers[0].issues.filter((i) => i.code.startsWith('value.alias'))).toEqual([]);
  });
});
