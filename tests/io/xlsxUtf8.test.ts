import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/io/xlsx';

describe('Vietnamese text in large workbooks', () => {
  test('no letter is broken where the streaming reader\'s chunks meet (shared strings and inline text)', async () => {
    const names = ['Nguyễn Đức Thuận', 'Trần Thị Hương', 'Lê Văn Quý', 'Phạm Thị Ngọc Uyên', 'Đặng Hữu Thắng'];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hộ gia đình');
    for (let i = 0; i < 20000; i++) ws.addRow([i + 1, `${names[i % names.length]} ${i}`, 'Thôn Đông Hải']);
    const path = join(mkdtempSync(join(tmpdir(), 'baocao-utf8-')), 'big.xlsx');
    await wb.xlsx.writeFile(path);
    const grid = (await readWorkbookFile(path)).sheets[0];
    const broken = grid.values.filter((r, i) => r[1] !== `${names[i % names.length]} ${i}` || r[2] !== 'Thôn Đông Hải');
    expect(broken).toEqual([]);
    expect(grid.sheet).toBe('Hộ gia đình');
  });
});
