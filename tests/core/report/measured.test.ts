// A figure no column gives is unknown, not zero: the report says nothing it cannot back.
import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';
import { reportInputOf } from '../../../src/core/report/input';
import { buildReport } from '../../../src/core/report/sections';
import { runsText } from '../../../src/core/report/model';
import { checkReport } from '../../../src/core/check';

const rows: CellValue[][] = [
  ['DANH SÁCH NGƯỜI LAO ĐỘNG THEO HỘ NĂM 2024'],
  ['TT hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Thôn'],
  [1, 'Nguyễn Văn An', 'Chủ hộ', 1970, 'Đông Phong'],
  [null, 'Trần Thị Bình', 'Vợ', 1972, 'Đông Phong'],
  [2, 'Lê Văn Dũng', 'Chủ hộ', 1965, 'Tây Phong'],
];

describe('a list of persons with no class, GĐVH or học tập column', () => {
  const a = analyse([{ file: 'ld.xlsx', sheets: [gridOf('LĐ', rows)] }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] } });
  const doc = buildReport(reportInputOf(a), ['ho-ngheo', 'bang-thon']);

  test('says which figures it has', () => {
    expect(a.summary.households?.measured).toEqual({ persons: true, poverty: false, average: false, culturalFamily: false, learningFamily: false });
  });

  test('leaves the poverty sentence out, saying why, instead of "không còn hộ nghèo"', () => {
    const poverty = doc.sections[0];
    expect(poverty.blocks).toEqual([]);
    expect(poverty.omitted).toMatch(/không có cột phân loại hộ/);
  });

  test('shows "–" in the village table where a figure is unknown, and the counts it has', () => {
    const [table] = doc.sections[1].blocks;
    if (table.type !== 'table') throw new Error('the village table is a table');
    expect(table.rows[table.rows.length - 1].cells.map((c) => runsText(c.runs))).toEqual(['', 'Toàn xã', '2', '3', '–', '–', '–', '–', '–', '–', '–']);
  });
});

describe('the report check against registers without a class column', () => {
  const a = analyse([{ file: 'ld.xlsx', sheets: [gridOf('LĐ', rows)] }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong'] } });

  test('does not call a written poverty count wrong: the registers do not measure it', () => {
    const findings = checkReport(['Toàn xã có 2 hộ, trong đó số hộ nghèo 31 hộ, tỷ lệ 1,55%.'], { summary: a.summary, year: 2024 });
    expect(findings.filter((f) => f.code === 'report.data')).toEqual([]);
  });

  test('still checks the household count it does measure', () => {
    const findings = checkReport(['Toàn xã có 5 hộ.'], { summary: a.summary, year: 2024 });
    expect(findings.filter((f) => f.code === 'report.data')).toHaveLength(1);
  });
});
