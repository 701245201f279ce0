// The table checks on statistics-annex documents built as real .docx files (tableDocs.ts): correct tables stay
// silent; each planted defect is found at its cell, and nothing else is flagged but the cells the same edit rightly
// puts out of line (a total's rate after the total changed).
import { checkReport, type Finding } from '../../../src/core/check';
import { annex } from './tableCorpus';
import { cellOfFinding, off, plant, readDocx, toDocx, type DocSpec, type Plant } from './tableDocs';

async function check(doc: DocSpec): Promise<{ findings: Finding[]; cells: Array<string | null> }> {
  const { paragraphs, tables } = await readDocx(await toDocx(doc));
  const findings = checkReport(paragraphs, { tables }).filter((f) => f.code.startsWith('report.table'));
  return { findings, cells: findings.map((f) => cellOfFinding(tables, f.paragraph)) };
}

describe('correct annexes stay silent', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('annex seed %i', async (seed) => {
    expect((await check(annex(seed))).findings.map((f) => f.message)).toEqual([]);
  });
});

const times = (k: number) => (old: string) => old.replace(/[\d.]+/, (x) => String(Number(x.replace(/\./g, '')) * k));

export const PLANTS: Plant[] = [
  { table: 0, row: 'Tổng cộng', column: 2, to: off(8), what: 'total households', also: [['Tổng cộng', 4], ['Tổng cộng', 6]] },
  { table: 0, row: 'Tổng cộng', column: 5, to: off(-3), what: 'total near-poor', also: [['Tổng cộng', 6]] },
  { table: 0, row: 'Thôn An Phú', column: 4, to: off(13), what: 'village poor rate' },
  { table: 0, row: 'Tổng cộng', column: 4, to: '105,20', what: 'total rate over 100%' },
  { table: 1, row: 'Toàn xã', column: 2, to: off(10), what: 'commune population (3-row header)' },
  { table: 1, row: 'Toàn xã', column: 5, to: off(-5), what: 'commune households' },
  { table: 2, row: 'Khen thưởng cấp tỉnh', column: 2, to: off(2), what: 'group subtotal' },
  { table: 2, row: 'Tổng cộng', column: 4, to: off(1), what: 'grand total individuals', also: [['Tổng cộng', 2]] },
  { table: 3, row: 'Cộng', column: 2, to: off(5), what: 'subtotal area (decimals)' },
  { table: 3, row: 'Tổng cộng', column: 3, to: off(-12), what: 'grand total area', also: [['Tổng cộng', 2]] },
  { table: 4, row: 'Tỷ lệ hộ nghèo', column: 4, to: off(30), what: 'rate row by year' },
  { table: 4, row: 'Tỷ lệ hộ cận nghèo', column: 5, to: '112,40', what: 'rate row over 100%' },
  { table: 5, row: 'Tổng số', column: 3, to: off(100), what: 'budget total (top row)', also: [['Tổng số', 4]] },
  { table: 5, row: 'Thu khác', column: 4, to: off(7), what: 'outcome/plan rate' },
  { table: 6, row: 'Trong đó: Đất trồng lúa', column: 3, to: times(2), what: 'part larger than its whole (row)', also: [['Trong đó: Đất trồng lúa', 4]] },
  { table: 6, row: 'Tổng diện tích tự nhiên', column: 3, to: off(300), what: 'total land area' },
  { table: 6, row: 'Đất phi nông nghiệp', column: 4, to: off(40), what: 'a share of the total (structure column)' },
  { table: 7, row: 3, column: 3, to: times(3), what: 'part larger than its whole (column)', also: [['Cộng', 3]] },
  { table: 7, row: 'Cộng', column: 2, to: off(10), what: 'lone "Cộng" total' },
  { table: 8, row: 'Tổng cộng', column: 3, to: off(2), what: 'total with blank and "-" cells' },
  { table: 9, row: 'Cộng', column: 5, to: off(1), what: 'corner of a total column over years' },
  { table: 9, row: 'Cộng', column: 3, to: off(1), what: 'total row under a year', also: [['Cộng', 5]] },
];

describe('each planted defect is found at its cell, and only there', () => {
  test.each(PLANTS.map((p) => [p.what, p] as const))('%s', async (_, p) => {
    for (const seed of [1, 2]) {
      const planted = plant(annex(seed), p);
      const { findings, cells } = await check(planted.doc);
      expect(cells).toContain(planted.cells[0]);
      expect(cells.filter((c) => !planted.cells.includes(c ?? ''))).toEqual([]);
      expect(findings.every((f) => f.location && f.message.startsWith(f.location))).toBe(true);
    }
  });
});

test('a finding names the table, row and column as a person would', async () => {
  const planted = plant(annex(1), PLANTS[1]);
  const { findings } = await check(planted.doc);
  const f = findings.find((x) => x.location?.includes('cột 6'));
  expect(f?.message).toMatch(/^Biểu số 01, dòng Tổng cộng, cột 6 \(Số hộ\): ghi [\d.]+, cộng các dòng được [\d.]+\.$/);
  expect(f?.messageEn).toMatch(/^Biểu số 01, row Tổng cộng, column 6 \(Số hộ\): written [\d.]+, the rows add up to [\d.]+\.$/);
});
