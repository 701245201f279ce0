// Every worksheet of an .xlsx is read, whatever wrote it: some writers (SheetJS, exports) keep strings inline,
// with no shared-strings part.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { readWorkbookFile } from '../../src/io/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'baocao-sheets-'));

function inlineStringsBook(names: string[]): string {
  const wb = XLSX.utils.book_new();
  for (const n of names) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      [`DANH SÁCH HỘ GIA ĐÌNH THÔN ${n.toUpperCase()}`],
      ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số nhân khẩu', 'Hộ nghèo'],
      [1, 'Nguyễn Văn An', 1970, 4, 'x'],
      [2, 'Lê Thị Bình', 1975, 3, null],
    ]), n);
  }
  const path = join(dir, `${names.join('-')}.xlsx`);
  writeFileSync(path, XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
  return path;
}

test('a workbook without a shared-strings part gives every sheet, in tab order, every time', async () => {
  const names = ['An Lạc', 'Bắc Hà', 'Nam Thịnh', 'Đông Hải'];
  const file = inlineStringsBook(names);
  for (let run = 0; run < 8; run++) {
    const wb = await readWorkbookFile(file);
    expect(wb.sheets.map((s) => [s.sheet, s.values.length, s.values[2]?.[1]])).toEqual(names.map((n) => [n, 4, 'Nguyễn Văn An']));
  }
});
