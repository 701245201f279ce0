// What the fuzz tests found, each kept as a plain example: the shrunk counterexample, and what it must give now.
import { analyse } from '../../src/core/analyse';
import type { CellValue, Grid } from '../../src/core/grid';
import { validateText } from '../../src/cli/output';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBuffer } from '../../src/io/xlsx';

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

describe('found by fuzzing: an .xlsx whose part is cut off is damaged, not a shorter register', () => {
  /** A register of 30 households, its worksheet, shared strings or workbook part cut to `fraction` of its text. */
  async function cutPart(part: string, fraction: number): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu']);
    for (let i = 1; i <= 30; i++) ws.addRow([i, `Nguyễn Văn ${String(i)}`, 'An Lạc', 4]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const text = (await zip.file(part)?.async('string')) ?? '';
    zip.file(part, text.slice(0, Math.floor(text.length * fraction)));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  test.each([
    ['xl/worksheets/sheet1.xml', 0.5],
    ['xl/worksheets/sheet1.xml', 0.99],
    ['xl/sharedStrings.xml', 0.5],
    ['xl/workbook.xml', 0.9],
    ['xl/_rels/workbook.xml.rels', 0.5],
  ])('%s cut to %d of its text is refused as damaged (it read as fewer rows, or as an empty file)', async (part, fraction) => {
    await expect(readWorkbookBuffer(await cutPart(part, fraction), 'so.xlsx')).rejects.toMatchObject({ reason: 'truncated', messageVi: expect.stringContaining('bị hỏng hoặc chưa được sao chép đầy đủ') });
  });

  test('the same workbook, whole, reads all 31 rows', async () => {
    const whole = await readWorkbookBuffer(await cutPart('xl/worksheets/sheet1.xml', 1), 'so.xlsx');
    expect(whole.sheets[0].values).toHaveLength(31);
  });
});

describe('found by fuzzing: a damaged .xls prints nothing of its own', () => {
  /** A small .xls (SheetJS's writer) whose record after the first BOF has a type SheetJS does not know (0x20C). */
  function xlsWithUnknownRecord(): Buffer {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['STT', 'Họ và tên chủ hộ', 'Thôn'], [1, 'Nguyễn Văn An', 'An Lạc']]), 'DS');
    const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer, { type: 'buffer' });
    const entry = XLSX.CFB.find(cfb, 'Workbook');
    if (!entry?.content) throw new Error('no Workbook stream');
    const stream = Buffer.from(entry.content as Uint8Array);
    stream.writeUInt16LE(0x020c, 4 + stream.readUInt16LE(2));
    entry.content = stream;
    return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
  }

  test('SheetJS\'s "Missing Info for XLS Record" does not reach the console (the CLI\'s stderr)', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const outcome = await readWorkbookBuffer(xlsWithUnknownRecord(), 'so.xls').then((wb) => wb.sheets.length, (e: unknown) => e);
      expect(outcome).toBe(1);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
