// A clerk's column correction ("Sửa cột", --map) changes only what it names: the columns read from the header words
// beside it are still checked against their values (a "Số nhân khẩu" column of words is not the size), a column the
// clerk chose is used as chosen, and "not used" ("" or 0) sets a detected column aside.
import { analyse } from '../../../src/core/analyse';
import { detectLayout } from '../../../src/core/layout/detect';
import type { Grid } from '../../../src/core/grid';

function register(): Grid {
  const values: Grid['values'] = [['STT', 'Họ và tên chủ hộ', 'Giới tính', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Ghi chú']];
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];
  // "Giới tính" holds the ethnic group and "Số nhân khẩu" words: neither column is what its header says.
  for (let i = 0; i < 12; i++) values.push([i + 1, `${names[i % 6]} ${i}`, 'Kinh', 1950 + i, i % 2 ? 'Đông' : 'Tây', 'ba', i % 3 ? 4 : 3]);
  return { sheet: 'DS hộ', values, merges: [], originRow: 1, originColumn: 1 } as Grid;
}

const columns = (o?: Parameters<typeof detectLayout>[1]) => detectLayout(register(), o)?.columns ?? {};

describe('a column correction', () => {
  it('without one, the columns whose values contradict their header are set aside', () => {
    const c = columns();
    expect(c.gender).toBeUndefined();
    expect(c.size).toBeUndefined();
    expect(c.headName).toBe(2);
  });

  it('naming another column keeps checking the detected ones against their values', () => {
    const c = columns({ columns: { village: 'E' } });
    expect(c.village).toBe(5);
    expect(c.gender).toBeUndefined();
    expect(c.size).toBeUndefined();
    const a = analyse([{ file: 'so.xlsx', sheets: [register()] }], { overrides: { 'so.xlsx::DS hộ': { columns: { village: 'E' } } }, today: new Date('2024-06-01T00:00:00Z') });
    // Without the contradicted columns, no row is flagged for a gender of "Kinh" or a size of "ba".
    const issues = a.files[0].registers[0].issues;
    expect(issues.filter((i) => i.field === 'gender' || i.field === 'size')).toEqual([]);
  });

  it('uses a column the clerk chose, whatever its values', () => {
    expect(columns({ columns: { size: 'G' } }).size).toBe(7);
    expect(columns({ columns: { size: 'F' } }).size).toBe(6);
  });

  it('sets a detected column aside when the clerk says it is not used', () => {
    expect(columns().village).toBe(5);
    expect(columns({ columns: { village: '' } }).village).toBeUndefined();
    expect(columns({ columns: { village: 0 } }).village).toBeUndefined();
    expect(columns({ columns: { village: 0 } }).headName).toBe(2);
  });
});
