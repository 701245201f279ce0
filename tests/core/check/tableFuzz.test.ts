// Random grids through the table checks: whatever the cells and merges, the check ends, and every finding points
// at a cell of its table with a location its message starts with.
import { checkReport, type ReportTable } from '../../../src/core/check';
import { figures } from './tableCorpus';

const WORDS = ['', '-', 'x', '…', 'Tổng cộng', 'Cộng', 'Toàn xã', 'Tổng số', 'Trong đó:', '- Nam', 'I', 'II', 'A', '1', '2', 'a', 'Tỷ lệ (%)', 'Chia ra', 'Số hộ', 'Năm 2023', 'Thôn Đông', '(1)', '(2)', '100,0', '104,5%', '12,5', '1.234', '1,234', '0', '2023', 'Ghi chú'];

function randomTable(seed: number): { paragraphs: string[]; tables: ReportTable[] } {
  const f = figures(seed);
  const rows = f(1, 14);
  const cols = f(1, 9);
  const paragraphs = [f(0, 1) ? 'Biểu số 0' + f(1, 9) : 'Đoạn văn'];
  const grid: ReportTable['grid'] = [];
  for (let r = 0; r < rows; r++) {
    grid.push([]);
    for (let c = 0; c < cols; c++) {
      const merge = f(0, 9);
      if (merge === 0 && c > 0) grid[r].push({ ...grid[r][c - 1] });
      else if (merge === 1 && r > 0) grid[r].push({ ...grid[r - 1][c] });
      else {
        const text = f(0, 2) ? String(f(0, 3000)) : WORDS[f(0, WORDS.length - 1)];
        paragraphs.push(text);
        grid[r].push({ text, paragraph: paragraphs.length - 1, row: r, column: c });
      }
    }
  }
  return { paragraphs, tables: [{ grid, start: 1, end: paragraphs.length }] };
}

test('1,000 random grids: the check ends, and each finding names a cell of the table', () => {
  let findings = 0;
  for (let seed = 1; seed <= 1000; seed++) {
    const { paragraphs, tables } = randomTable(seed);
    for (const f of checkReport(paragraphs, { tables }).filter((x) => x.code.startsWith('report.table'))) {
      findings++;
      expect(f.paragraph).toBeGreaterThanOrEqual(1);
      expect(f.paragraph).toBeLessThan(paragraphs.length);
      expect(f.location && f.message.startsWith(f.location) && f.messageEn?.startsWith(f.locationEn ?? '')).toBeTruthy();
    }
  }
  // Random figures do disagree somewhere: the checks ran on them.
  expect(findings).toBeGreaterThan(0);
});
