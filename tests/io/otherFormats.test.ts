// Registers that are not .xlsx (issue 10): legacy .xls, .ods, HTML tables and SpreadsheetML saved as .xls, .csv — read
// into the same grids as the .xlsx reader gives, by the CLI's reader and by the pane's.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { analyse } from '../../src/core/analyse';
import { cellAt, type CellValue, type Grid, type MergedRegion } from '../../src/core/grid';
import { UnusableInputError } from '../../src/io/errors';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/io/xlsx';
import { readWorkbookBytes } from '../../src/io/workbookBytes';
import { runAnalysis } from '../../src/taskpane/worker/runAnalysis';
import type { WorkerMessage } from '../../src/taskpane/worker/protocol';
import {
  encodeWindows1258, GUIDE, GUIDE_SHEET, HOUSEHOLDS, MERGES, passwordProtectedXls, PERSONS, REGISTER, REGISTER_SHEET,
  registerAsHtmlReads, registerCsv, registerHtml, registerWorkbook,
} from './otherFormatsFixtures';

let dir: string;
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-other-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const sorted = (merges: MergedRegion[]): MergedRegion[] => [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
const nfc = (values: CellValue[][]): CellValue[][] => values.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)));
const arrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

function householdsOf(sheets: Grid[], file: string) {
  return analyse([{ file, sheets }], { today: new Date(Date.UTC(2025, 0, 15)) }).summary.households;
}

describe('legacy .xls and .ods, written by the library from a typed register', () => {
  test.each([
    ['.xls (Excel 97–2003)', 'so-ho.xls', 'biff8'],
    ['.ods', 'so-ho.ods', 'ods'],
  ] as const)('%s reads cell by cell: sheets in tab order, typed values, merges', async (_, name, bookType) => {
    const { sheets } = await readWorkbookFile(write(name, registerWorkbook(bookType)));
    expect(sheets.map((s) => s.sheet)).toEqual([REGISTER_SHEET, GUIDE_SHEET]);
    const [register, guide] = sheets;
    expect(register.values).toEqual(REGISTER);
    expect(sorted(register.merges)).toEqual(sorted(MERGES));
    expect([register.originRow, register.originColumn]).toEqual([1, 1]);
    // The cells the brief names, one by one: a number, a CCCD kept as text with its zero, a date at UTC midnight.
    expect(cellAt(register, 3, 5)).toBe(4);
    expect(cellAt(register, 3, 3)).toBe('037068001234');
    expect((cellAt(register, 3, 2) as Date).toISOString()).toBe('1965-04-12T00:00:00.000Z');
    expect(cellAt(register, 1, 7)).toBeNull(); // the merge's covered cell
    // The ODS writer drops error cells; the .xls keeps #N/A as an error value, as the .xlsx reader gives it.
    expect(guide.values).toEqual(bookType === 'biff8' ? GUIDE : [GUIDE[0], ['Mã thôn']]);
  });

  test('dates do not move with the machine\'s time zone', async () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = zone;
        const { sheets } = await readWorkbookBuffer(registerWorkbook('biff8'), 'so-ho.xls');
        expect((cellAt(sheets[0], 8, 2) as Date).toISOString()).toBe('1949-02-28T00:00:00.000Z');
      }
    } finally {
      process.env.TZ = before;
    }
  });

  test('an .xlsx misnamed .xls goes to the .xlsx reader and gives the same grids', async () => {
    const bytes = registerWorkbook('xlsx');
    const misnamed = await readWorkbookFile(write('that-ra-la-xlsx.xls', bytes));
    const asXlsx = await readWorkbookBuffer(bytes, 'dung-ten.xlsx');
    expect(misnamed.sheets).toEqual(asXlsx.sheets);
    expect(misnamed.sheets[0].values[3][3]).toBe('037068001234');
  });
});

describe('an HTML table saved as .xls by government software', () => {
  test('windows-1258 with a meta charset: rowspan/colspan become merges, &nbsp; a space, text kept as written', async () => {
    const bytes = encodeWindows1258(registerHtml('windows-1258'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const { sheets } = await readWorkbookFile(write('xuat-tu-phan-mem.xls', bytes));
    expect(sheets).toHaveLength(1);
    const [grid] = sheets;
    expect(grid.sheet).toBe('xuat-tu-phan-mem'); // Excel names the one sheet of a page after the file
    expect(nfc(grid.values)).toEqual(registerAsHtmlReads());
    expect(sorted(grid.merges)).toEqual(sorted(MERGES));
    expect(cellAt(grid, 3, 3)).toBe('037068001234');
    expect(cellAt(grid, 3, 5)).toBe(4);
  });

  test.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(registerHtml('utf-8'))])],
    ['UTF-16 with a BOM', Buffer.from(`\uFEFF${registerHtml('utf-16')}`, 'utf16le')],
    ['UTF-8 that declares windows-1258 (the bytes win)', Buffer.from(`\n  ${registerHtml('windows-1258')}`)],
  ])('%s reads the same', async (_, bytes) => {
    const { sheets } = await readWorkbookBuffer(bytes, 'ds.xls');
    expect(nfc(sheets[0].values)).toEqual(registerAsHtmlReads());
  });

  test('SpreadsheetML 2003 keeps its typed cells, its merges and its sheet names, and a hostile name pollutes nothing', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Thôn Đông Hải"><Table>
  <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">DANH SÁCH HỘ NĂM 2024</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">STT</Data></Cell><Cell><Data ss:Type="String">Họ và tên chủ hộ</Data></Cell><Cell><Data ss:Type="String">Ngày sinh</Data></Cell><Cell><Data ss:Type="String">CCCD</Data></Cell></Row>
  <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">Nguyễn Văn Ánh</Data></Cell><Cell><Data ss:Type="DateTime">1965-04-12T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">037068001234</Data></Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell></Row>
 </Table></Worksheet>
 <Worksheet ss:Name="__proto__"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>
 <Worksheet ss:Name="constructor"><Table><Row><Cell><Data ss:Type="String">y</Data></Cell></Row></Table></Worksheet>
</Workbook>`;
    const { sheets } = await readWorkbookBuffer(Buffer.from(xml), 'xuat.xls');
    // A sheet named "__proto__" cannot be told from the library's own object's prototype: it is left out, unread.
    expect(sheets.map((s) => s.sheet)).toEqual(['Thôn Đông Hải', 'constructor']);
    expect(sheets[0].values).toEqual([
      ['DANH SÁCH HỘ NĂM 2024'],
      ['STT', 'Họ và tên chủ hộ', 'Ngày sinh', 'CCCD'],
      [1, 'Nguyễn Văn Ánh', new Date(Date.UTC(1965, 3, 12)), '037068001234', { error: '#N/A' }],
    ]);
    expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheets[1].values).toEqual([['y']]);
    expect(({} as Record<string, unknown>)['!data']).toBeUndefined(); // nothing reached Object.prototype
  });

  test('a flat ODS (.fods) keeps its typed cells and its sheet name', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Họ và tên chủ hộ', 'CCCD', 'Số nhân khẩu'], ['Nguyễn Văn Ánh', '037068001234', 4]]), 'Thôn Tây Sơn');
    const { sheets } = await readWorkbookBuffer(Buffer.from(XLSX.write(wb, { type: 'string', bookType: 'fods' }) as string), 'so-ho.xml');
    expect(sheets).toEqual([{ sheet: 'Thôn Tây Sơn', originRow: 1, originColumn: 1, merges: [], values: [['Họ và tên chủ hộ', 'CCCD', 'Số nhân khẩu'], ['Nguyễn Văn Ánh', '037068001234', 4]] }]);
  });

  test('a crafted colspan and rowspan of a billion read at once, with the merge cut to the cells the grid holds', async () => {
    const html = '<table><tr><td colspan="1000000000" rowspan="1000000000">Tiêu đề</td><td>b</td></tr><tr><td>c</td></tr></table>';
    const started = Date.now();
    const { sheets } = await readWorkbookBuffer(Buffer.from(html), 'lon.xls');
    expect(Date.now() - started).toBeLessThan(2000);
    const [grid] = sheets;
    expect(grid.values[0][0]).toBe('Tiêu đề');
    expect(grid.values.length).toBeLessThanOrEqual(2);
    for (const m of grid.merges) {
      expect(m.bottom).toBeLessThan(grid.values.length);
      expect(m.right).toBeLessThanOrEqual(16_384);
    }
  });
});

describe('a .csv register', () => {
  test('UTF-8 with a BOM and semicolons: cells typed as the .xlsx reader would, CCCD and dates kept as text', async () => {
    const { sheets } = await readWorkbookFile(write('so-ho-2024.csv', registerCsv()));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].sheet).toBe('so-ho-2024');
    const expected = REGISTER.map((row) => row.map((v) => (v instanceof Date ? `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}` : v)));
    expect(sheets[0].values).toEqual(expected);
    expect(sheets[0].merges).toEqual([]);
  });

  test('windows-1258 without a BOM (a Vietnamese Excel\'s "CSV") and UTF-16 tab-separated ("Unicode text") read the same', async () => {
    const csv = registerCsv().slice(1);
    const ansi = await readWorkbookBuffer(encodeWindows1258(csv), 'ansi.csv');
    const tabbed = Buffer.from(`\uFEFF${csv.replace(/;/g, '\t')}`, 'utf16le');
    const unicode = await readWorkbookBuffer(tabbed, 'unicode.txt');
    const utf8 = await readWorkbookBuffer(Buffer.from(csv), 'utf8.csv');
    expect(nfc(ansi.sheets[0].values)).toEqual(utf8.sheets[0].values);
    expect(unicode.sheets[0].values).toEqual(utf8.sheets[0].values);
  });
});

describe('every format gives the households and persons typed, end to end through analyse()', () => {
  test.each([
    ['.xls', 'so-ho.xls', () => registerWorkbook('biff8')],
    ['.ods', 'so-ho.ods', () => registerWorkbook('ods')],
    ['HTML as .xls', 'so-ho.xls', () => encodeWindows1258(registerHtml('windows-1258'))],
    ['.csv', 'so-ho.csv', () => Buffer.from(registerCsv())],
  ])('%s', async (_, name, bytes) => {
    const { sheets } = await readWorkbookFile(write(name, bytes()));
    const households = householdsOf(sheets, name);
    expect(households?.total).toBe(HOUSEHOLDS);
    expect(households?.persons).toBe(PERSONS);
    expect(households?.poverty).toMatchObject({ poor: 1, nearPoor: 1 });
  });
});

describe('unusable files give a typed error with a Vietnamese message, never a crash', () => {
  const xls = registerWorkbook('biff8');
  const garbled = Buffer.from(xls);
  for (let i = 1100; i < garbled.length; i += 7) garbled[i] ^= 0x5a;
  test.each([
    ['the first half of an .xls', 'truncated', () => xls.subarray(0, Math.floor(xls.length / 2))],
    ['an .xls with its sectors scrambled', 'truncated', () => garbled],
    ['a password-protected .xls', 'encrypted', passwordProtectedXls],
    ['an OLE file that is not a workbook (a Word 97 .doc)', 'not-xlsx', () => Buffer.concat([xls.subarray(0, 8), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')])],
    ['an .ods cut in half', 'truncated', () => registerWorkbook('ods').subarray(0, 2000)],
    ['a web page without a table', 'empty', () => Buffer.from('<html><body><p>Không có dữ liệu</p></body></html>')],
    ['a note without delimiters named .xls', 'not-xlsx', () => Buffer.from('Ghi chú họp thôn: thu quỹ khuyến học ngày 20/3.\n')],
  ] as const)('%s → %s', async (_, reason, bytes) => {
    const err = await readWorkbookBuffer(bytes(), 'C:\\xa\\so-ho.xls').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect(err).toMatchObject({ reason, message: expect.stringContaining('"so-ho.xls"') });
    expect((err as Error).message).not.toMatch(/undefined|TypeError|\bat .+:\d+/);
  });

  test('the corrupt .xls message tells the clerk to get the file again', async () => {
    await expect(readWorkbookBuffer(garbled, 'so-ho.xls')).rejects.toMatchObject({ messageVi: expect.stringMatching(/^Tệp "so-ho\.xls" bị hỏng/) });
    await expect(readWorkbookBuffer(passwordProtectedXls(), 'so-ho.xls')).rejects.toMatchObject({ messageVi: expect.stringMatching(/được đặt mật khẩu/) });
  });
});

describe('the pane reads the same files (worker path)', () => {
  test.each([
    ['so-ho.xls', () => registerWorkbook('biff8')],
    ['so-ho.ods', () => registerWorkbook('ods')],
    ['xuat.xls', () => encodeWindows1258(registerHtml('windows-1258'))],
    ['so-ho.csv', () => Buffer.from(registerCsv())],
  ])('%s gives the grids the CLI reader gives', async (name, bytes) => {
    const pane = await readWorkbookBytes(arrayBuffer(bytes()), name);
    const cli = await readWorkbookBuffer(bytes(), name);
    expect(pane.sheets).toEqual(cli.sheets);
  });

  test('the worker analyses a picked .xls, and answers a corrupt one with the Vietnamese message', async () => {
    const messages: WorkerMessage[] = [];
    const request = (file: string, bytes: Buffer) => ({ id: 1, files: [{ name: file, bytes: arrayBuffer(bytes) }], overrides: {}, lang: 'vi' as const, today: '2025-01-15' });
    await runAnalysis(request('so-ho.xls', registerWorkbook('biff8')), (m) => messages.push(m));
    const result = messages.find((m) => m.type === 'result');
    expect(result?.type === 'result' && result.result.report.households?.total).toBe(HOUSEHOLDS);
    messages.length = 0;
    const xls = registerWorkbook('biff8');
    await runAnalysis(request('hong.xls', xls.subarray(0, xls.length / 2)), (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^Tệp "hong\.xls" bị hỏng/) });
  });
});

test('the library in use is the SheetJS build past both advisories (prototype pollution < 0.19.3, ReDoS < 0.20.2)', () => {
  const [major, minor, patch] = XLSX.version.split('.').map(Number);
  expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(2002);
});
