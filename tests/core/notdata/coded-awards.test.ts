// Award proposals whose forms, recipient kinds and authorities are codes (1, "01", TAPTHE, X), explained by the
// workbook's code sheet: read as the labels the code tables give them, with no per-row error (DOMAIN.md §2.3, §3).
import { gridOf, type Grid } from '../../../src/core/grid';
import { detectLayout, type RegisterLayout } from '../../../src/core/layout/detect';
import { findCodeTables, resolveCode } from '../../../src/core/registers/codeTables';
import { readAwards } from '../../../src/core/registers/awards/read';
import type { Issue } from '../../../src/core/rules/issue';
import { renderMessage } from '../../../src/i18n/messages';
import { codedProposals, danhMucSideBySide, danhMucStacked, numericCodedProposals } from './fixtures';

function layoutOf(grid: Grid): RegisterLayout {
  const layout = detectLayout(grid);
  if (!layout || layout.kind !== 'awards') throw new Error(`no awards register in ${grid.sheet}`);
  return layout;
}

function serious(issues: Issue[]): string[] {
  return issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);
}

describe('code tables', () => {
  it('are read from side-by-side tables with the label column header as their name', () => {
    const codes = findCodeTables([codedProposals(), danhMucSideBySide()]);
    expect(codes.tables.map((t) => [t.sheet, t.name, [...t.entries.keys()]])).toEqual([
      ['DANHMUC', 'Tên hình thức khen thưởng', ['1', '2', '3']],
      ['DANHMUC', 'Phân loại', ['TAPTHE', 'CANHAN', 'HOGIADINH']],
    ]);
  });

  it('are read from tables one under another, codes "01" and 1 being the same', () => {
    const codes = findCodeTables([danhMucStacked()]);
    expect(codes.tables.map((t) => [t.name, t.entries.size])).toEqual([['Phân loại', 3], ['Tên hình thức', 4], ['Cấp', 2]]);
    expect(resolveCode(codes, 1)).toBe('Tập thể');
    expect(resolveCode(codes, '01')).toBe('Tập thể');
    expect(resolveCode(codes, ' x ')).toBe('Chủ tịch UBND xã Phú Lộc');
    expect(resolveCode(codes, 'Z')).toBeNull();
  });

  it('resolve a code found in several tables to the first label the column accepts', () => {
    const codes = findCodeTables([danhMucStacked()]);
    expect(resolveCode(codes, '01', (label) => label.startsWith('Gia đình'))).toBe('Gia đình văn hóa');
  });

  it('take a header written in capitals ("MÃ | TÊN HÌNH THỨC") as the header, not as an entry', () => {
    const sheet = gridOf('DM_HinhThuc', [['MÃ', 'TÊN HÌNH THỨC'], ['GK', 'Giấy khen của Chủ tịch UBND xã'], ['BK', 'Bằng khen của Chủ tịch UBND tỉnh']]);
    expect(findCodeTables([sheet]).tables.map((t) => [t.name, t.codeHeader, [...t.entries.keys()]])).toEqual([['TÊN HÌNH THỨC', 'code', ['GK', 'BK']]]);
  });

  it('are not read from sheets that are no code sheet (the register itself)', () => {
    expect(findCodeTables([codedProposals(), numericCodedProposals()]).tables).toEqual([]);
  });
});

describe('a proposal list with forms 1/2/3 and kinds TAPTHE/CANHAN beside a DANHMUC sheet', () => {
  const grid = codedProposals();
  const layout = layoutOf(grid);
  const issues: Issue[] = [];
  const records = readAwards(grid, layout, issues, findCodeTables([grid, danhMucSideBySide()]));

  it('reads one record per proposal, none for the numbered rows of the template', () => {
    expect(layout.dataRowCount).toBe(6);
    expect(records.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('reads each form code as the canonical form of its label', () => {
    expect(records.map((r) => r.form)).toEqual(['Giấy khen', 'Bằng khen', 'Lao động tiên tiến', 'Giấy khen', 'Bằng khen', 'Lao động tiên tiến']);
    expect(records[0].formText).toBe('Giấy khen của Chủ tịch UBND xã');
  });

  it('takes the authority the form label names ("… của Chủ tịch UBND tỉnh")', () => {
    expect(records.map((r) => [r.level, r.authorityKind])).toEqual([
      ['xa', 'chair_xa'], ['tinh', 'chair_tinh'], [null, 'unknown'], ['xa', 'chair_xa'], ['tinh', 'chair_tinh'], [null, 'unknown'],
    ]);
  });

  it('reads TAPTHE as a collective and CANHAN as an individual', () => {
    expect(records.map((r) => r.recipientKind)).toEqual(['collective', 'collective', 'individual', 'individual', 'individual', 'individual']);
  });

  it('raises no error, warning or note on any row', () => {
    expect(issues).toEqual([]);
  });
});

describe('a proposal list with kinds 1/2/3, forms "01".."03" and authorities X/T beside a stacked "Danh mục" sheet', () => {
  const grid = numericCodedProposals();
  const layout = layoutOf(grid);
  const issues: Issue[] = [];
  const records = readAwards(grid, layout, issues, findCodeTables([danhMucStacked(), grid]));

  it('reads every coded field from the table that makes sense for its column', () => {
    expect(records.map((r) => [r.recipientName, r.recipientKind, r.form, r.level])).toEqual([
      ['Hộ ông Hà Văn Tư', 'household', 'Gia đình văn hóa', 'xa'],
      ['Đoàn Thanh niên xã Phú Lộc', 'collective', 'Giấy khen', 'xa'],
      ['Tô Thị Ngọc Ánh', 'individual', 'Bằng khen', 'tinh'],
      ['Hợp tác xã Nông nghiệp Phú Lộc', 'collective', 'Bằng khen', 'tinh'],
      ['Kiều Minh Nhật', 'individual', 'Giấy khen', 'xa'],
    ]);
    expect(records[0].authorityText).toBe('Chủ tịch UBND xã Phú Lộc');
  });

  it('raises no per-row issue', () => {
    expect(issues).toEqual([]);
  });
});

describe('a form column of codes that no code table explains', () => {
  const grid = codedProposals();
  const layout = layoutOf(grid);
  const issues: Issue[] = [];
  const records = readAwards(grid, layout, issues);

  it('is reported once, as a note at the column header, naming its codes', () => {
    expect(issues.map((i) => [i.cell, i.code, i.severity, i.key, i.params.codes])).toEqual([['E4', 'value.enum.formCode', 'info', 'codes.unexplained', '1, 2, 3']]);
    expect(renderMessage(issues[0].key, issues[0].params, 'vi')).toBe(
      'Cột hình thức khen thưởng ghi bằng mã (1, 2, 3) nhưng không có bảng danh mục giải thích các mã này, nên chưa đọc được; thêm trang danh mục "Mã | Tên" vào tệp.',
    );
    expect(renderMessage(issues[0].key, issues[0].params, 'en')).toContain('Award form column holds codes (1, 2, 3)');
  });

  it('leaves the forms unread but keeps what was written, and still reads TAPTHE / CANHAN without a table', () => {
    expect(records.map((r) => [r.form, r.formText])).toEqual([[null, '1'], [null, '2'], [null, '3'], [null, '1'], [null, '2'], [null, '3']]);
    expect(records.map((r) => r.recipientKind)).toEqual(['collective', 'collective', 'individual', 'individual', 'individual', 'individual']);
  });
});

describe('codes that are errors all the same', () => {
  const header = ['STT', 'Họ và tên', 'Đối tượng', 'Hình thức khen thưởng'];

  it('a code beside written forms is an unknown form on its row', () => {
    const grid = gridOf('KT', [header, [1, 'Vương Thị Lụa', 'Cá nhân', 'Giấy khen'], [2, 'Lưu Văn Tài', 'Cá nhân', '2'], [3, 'Khổng Minh Trí', 'Cá nhân', 'LĐTT']]);
    const issues: Issue[] = [];
    readAwards(grid, layoutOf(grid), issues);
    expect(serious(issues)).toEqual(['D3 value.enum.form']);
  });

  it('a code the tables do not have, in a column whose other codes they resolve, is an unknown form on its row', () => {
    const grid = gridOf('KT', [header, [1, 'Vương Thị Lụa', 'CANHAN', 1], [2, 'Lưu Văn Tài', 'CANHAN', 4], [3, 'Khổng Minh Trí', 'CANHAN', 3]]);
    const issues: Issue[] = [];
    const records = readAwards(grid, layoutOf(grid), issues, findCodeTables([danhMucSideBySide()]));
    expect(serious(issues)).toEqual(['D3 value.enum.form']);
    expect(records.map((r) => r.form)).toEqual(['Giấy khen', null, 'Lao động tiên tiến']);
  });
});
