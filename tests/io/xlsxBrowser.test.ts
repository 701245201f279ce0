import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBytes, BrowserReadError } from '../../src/io/xlsxBrowser';
import { readWorkbookFile } from '../../src/io/xlsx';
import { SAMPLES } from '../samples';

const bytesOf = (name: string) => {
  const b = readFileSync(join(SAMPLES, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe('reading .xlsx in the pane (exceljs in-memory reader)', () => {
  test.each(['households-merged.xlsx', 'households-sectioned.xlsx', 'awards-flat.xlsx'])('%s gives the same grids as the CLI reader', async (name) => {
    const browser = await readXlsxBytes(bytesOf(name), name);
    const cli = await readWorkbookFile(join(SAMPLES, name));
    expect(browser.sheets.map((s) => s.sheet)).toEqual(cli.sheets.map((s) => s.sheet));
    for (let i = 0; i < cli.sheets.length; i++) {
      expect(browser.sheets[i].values).toEqual(cli.sheets[i].values);
      expect([...browser.sheets[i].merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([...cli.sheets[i].merges].sort((a, b) => a.top - b.top || a.left - b.left));
    }
  });

  test('a file that is not an .xlsx, an old .xls and a password-protected file are told apart', async () => {
    const enc = new TextEncoder();
    await expect(readXlsxBytes(enc.encode('hello').buffer as ArrayBuffer, 'a.xlsx')).rejects.toMatchObject({ problem: 'not-xlsx' });
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0]);
    const name = new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le'));
    ole.set(name, 600);
    await expect(readXlsxBytes(ole.buffer, 'b.xlsx')).rejects.toMatchObject({ problem: 'encrypted' });
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0]);
    await expect(readXlsxBytes(xls.buffer, 'c.xls')).rejects.toBeInstanceOf(BrowserReadError);
  });
});
