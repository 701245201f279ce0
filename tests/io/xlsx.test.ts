import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, Grid } from '../../src/core/grid';
import { UnusableInputError, UnusableReason } from '../../src/io/errors';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/io/xlsx';
import { samplePath, sampleKey } from '../samples';

const SHEET1 = 'xl/worksheets/sheet1.xml';
let dir: string;
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-xlsx-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a workbook built by `build` with exceljs's ordinary writer and returns its path. */
async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rewrites a package: `edit` may replace entries (as text); `order` lists the entries to put first. */
async function rezip(from: string, to: string, edit?: (files: Map<string, string>) => void, order: string[] = []) {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('string'));
  edit?.(files);
  const out = new JSZip();
  const names = [...order, ...[...files.keys()].filter((n) => !order.includes(n))];
  names.forEach((n) => out.file(n, files.get(n) as string));
  const file = path.join(dir, to);
  fs.writeFileSync(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const firstSheet = async (file: string): Promise<Grid> => (await readWorkbookFile(file)).sheets[0];

async function reasonOf(promise: Promise<unknown>): Promise<UnusableReason | 'no error' | 'other error'> {
  return promise.then(() => 'no error', (e: unknown) => (e instanceof UnusableInputError ? e.reason : 'other error'));
}

/** The ISO text of a cell that must be a Date. */
function iso(v: unknown): string {
  expect(v).toBeInstanceOf(Date);
  return (v as Date).toISOString();
}

/** An OLE compound file is all we need to fake: the reader only looks at the magic and the stream names. */
function oleBytes(streamName: string): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

describe('readWorkbookFile: values', () => {
  test('a merged two-row header keeps each value in the top-left cell of its region', async () => {
    const file = await save('header.xlsx', (wb) => {
      const ws = wb.addWorksheet('DS');
      ws.getCell('A1').value = 'DANH SÁCH HỘ';
      ws.addRows([[], ['STT', 'Năm sinh', null, 'Thôn'], [null, 'Nam', 'Nữ'], [1, 1950, null, 'An Lạc']]);
      ['A1:D1', 'A3:A4', 'B3:C3', 'D3:D4'].forEach((range) => ws.mergeCells(range));
    });
    const grid = await firstSheet(file);
    expect([grid.sheet, grid.originRow, grid.originColumn]).toEqual(['DS', 1, 1]);
    const header = [['STT', 'Năm sinh', null, 'Thôn'], [null, 'Nam', 'Nữ']];
    expect(grid.values).toEqual([['DANH SÁCH HỘ'], [], ...header, [1, 1950, null, 'An Lạc']]);
    const merges = grid.merges.map((m) => [m.top, m.left, m.bottom, m.right].join(' ')).sort();
    expect(merges).toEqual(['0 0 0 3', '2 0 3 0', '2 1 2 2', '2 3 3 3']); // top left bottom right
  });

  test('a value left in a merged region outside its top-left cell is dropped, as Excel shows it', async () => {
    const source = await save('slave-src.xlsx', (wb) => wb.addWorksheet('S').addRow(['Thôn An Lạc', 'stray', 'C']));
    const merge = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>';
    const file = await rezip(source, 'slave.xlsx', (files) => {
      files.set(SHEET1, (files.get(SHEET1) as string).replace('</sheetData>', merge));
    });
    const grid = await firstSheet(file);
    expect(grid.values).toEqual([['Thôn An Lạc', null, 'C']]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  test('date cells become Date objects while dates typed as text stay text', async () => {
    const date = new Date(Date.UTC(2023, 11, 20));
    const file = await save('dates.xlsx', (wb) => wb.addWorksheet('S').addRow([date, '20/12/2023']));
    const grid = await firstSheet(file);
    expect(iso(cellAt(grid, 0, 0))).toBe('2023-12-20T00:00:00.000Z');
    expect(cellAt(grid, 0, 1)).toBe('20/12/2023');
  });

  test('error values, booleans and empty strings come back as {error}, booleans and null', async () => {
    const file = await save('errors.xlsx', (wb) => wb.addWorksheet('S').addRow([{ error: '#N/A' }, true, '', 'x']));
    expect((await firstSheet(file)).values).toEqual([[{ error: '#N/A' }, true, null, 'x']]);
  });

  test('formula cells give their cached result (number, text, error, boolean, date) and are counted', async () => {
    const file = await save('formulas.xlsx', (wb) => {
      const row = wb.addWorksheet('Tổng hợp').addRow([
        5,
        { formula: 'A1*2', result: 10 },
        { formula: '"Thôn "&"An Lạc"', result: 'Thôn An Lạc' },
        { formula: 'VLOOKUP(A1,E:E,1,0)', result: { error: '#N/A' } },
        { formula: 'A1>3', result: true },
        { formula: 'DATE(2023,12,20)', result: 45280 },
        { formula: 'A1+1' }, // never calculated: no cached result
      ]);
      row.getCell(6).numFmt = 'dd/mm/yyyy';
    });
    const grid = await firstSheet(file);
    expect(grid.values[0].slice(0, 5)).toEqual([5, 10, 'Thôn An Lạc', { error: '#N/A' }, true]);
    expect(iso(cellAt(grid, 0, 5))).toBe('2023-12-20T00:00:00.000Z');
    expect(cellAt(grid, 0, 6)).toBeNull();
    expect(grid.formulaCells).toBe(6);
  });

  test('rich text is flattened into one string and a hyperlink into its text', async () => {
    const rich = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
    const link = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
    const file = await save('rich.xlsx', (wb) => wb.addWorksheet('S').addRow([rich, link]));
    const grid = await firstSheet(file);
    expect(grid.values).toEqual([['Nguyễn Văn An', 'Cổng thông tin']]);
    expect(grid.formulaCells).toBeUndefined();
    expect(grid.legacyFonts).toBeUndefined(); // only created when a legacy font is present
  });

  test('text in legacy fonts is marked TCVN3, TCVN3 capitals (.VnTimeH) or VNI, by 0-based offset', async () => {
    const file = await save('fonts.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Hä tªn', 'NGUYÔN', 'Nguy6n', 'Unicode', 1990]);
      const fonts = ['.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman', '.VnTime']; // E1 is a number: no text
      fonts.forEach((name, c) => (ws.getCell(1, c + 1).font = { name }));
      ws.getCell('A2').value = { richText: [{ text: 'Th«n ', font: { bold: true } }, { text: 'A' }] };
      ws.getCell('A2').font = { name: '.VnArial' };
    });
    const expected = [['0,0', 'tcvn3'], ['0,1', 'tcvn3-upper'], ['0,2', 'vni'], ['1,0', 'tcvn3']] as const;
    expect((await firstSheet(file)).legacyFonts).toEqual(new Map(expected));
  });

  test('several sheets come back in tab order with their names', async () => {
    const file = await save('sheets.xlsx', (wb) => {
      wb.addWorksheet('DS hộ gia đình').addRow(['a']);
      wb.addWorksheet('Khen thưởng & Kỷ luật').addRow(['b']);
      wb.addWorksheet('Trống');
      wb.addWorksheet('Tổng hợp').addRow([1, 2, 3]);
    });
    const { sheets, file: name } = await readWorkbookFile(file);
    expect(name).toBe(file);
    const names = ['DS hộ gia đình', 'Khen thưởng & Kỷ luật', 'Trống', 'Tổng hợp'];
    expect(sheets.map((s) => s.sheet)).toEqual(names);
    expect(sheets.map((s) => s.values)).toEqual([[['a']], [['b']], [], [[1, 2, 3]]]);
  });

  test('empty rows inside the data are kept as [] and trailing empty rows and cells are trimmed', async () => {
    const file = await save('gaps.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 'x';
      ws.getRow(4).values = [1, null, 3, null, null, ''];
      ws.getCell('A9').font = { bold: true }; // styled but empty
    });
    expect((await firstSheet(file)).values).toEqual([[], [null, 'x'], [], [1, null, 3]]);
  });

  test('a 30,000-character cell is read whole', async () => {
    const long = 'Ghi chú dài. '.repeat(2308).slice(0, 30000);
    const file = await save('long.xlsx', (wb) => wb.addWorksheet('S').addRow([long, 'sau']));
    expect((await firstSheet(file)).values).toEqual([[long, 'sau']]);
  });

  test('300 merged regions are all reported', async () => {
    const file = await save('merges.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRows(Array.from({ length: 300 }, (_, r) => [`Thôn ${r + 1}`]));
      for (let r = 1; r <= 300; r++) ws.mergeCells(r, 1, r, 3);
    });
    const grid = await firstSheet(file);
    expect(grid.merges).toHaveLength(300);
    expect(grid.merges[299]).toEqual({ top: 299, left: 0, bottom: 299, right: 2 });
    expect(grid.values[150]).toEqual(['Thôn 151']);
  });

  test('a workbook saved with one empty sheet reads as that sheet with no values', async () => {
    const file = await save('blank.xlsx', (wb) => wb.addWorksheet('Sheet1'));
    const { sheets } = await readWorkbookFile(file);
    expect(sheets).toEqual([{ sheet: 'Sheet1', originRow: 1, originColumn: 1, values: [], merges: [] }]);
  });

  test('creation and modification dates come from the workbook properties', async () => {
    const file = await save('props.xlsx', (wb) => {
      wb.created = new Date('2023-01-02T03:04:05Z');
      wb.modified = new Date('2024-01-05T08:00:00Z');
      wb.addWorksheet('S').addRow([1]);
    });
    const result = await readWorkbookFile(file);
    expect(iso(result.created)).toBe('2023-01-02T03:04:05.000Z');
    expect(iso(result.modified)).toBe('2024-01-05T08:00:00.000Z');
  });

  test('dates survive a package whose styles come after its worksheets (not the order Excel writes)', async () => {
    const date = new Date(Date.UTC(2023, 11, 20));
    const source = await save('order-src.xlsx', (wb) => wb.addWorksheet('S').addRow([date, 'chữ']));
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', SHEET1];
    const grid = await firstSheet(await rezip(source, 'order.xlsx', undefined, first));
    expect(grid.sheet).toBe('S');
    expect(iso(cellAt(grid, 0, 0))).toBe('2023-12-20T00:00:00.000Z');
    expect(cellAt(grid, 0, 1)).toBe('chữ');
  });

  test('a Uint8Array is accepted as well as a Buffer', async () => {
    const file = await save('bytes.xlsx', (wb) => wb.addWorksheet('S').addRow(['a', 2]));
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect((await readWorkbookBuffer(bytes, 'bytes.xlsx')).sheets[0].values).toEqual([['a', 2]]);
  });
});

describe('readWorkbookFile: unusable input', () => {
  let valid: string;
  beforeAll(async () => {
    const rows = Array.from({ length: 200 }, (_, r) => [r + 1, `Hộ ${r + 1}`, `Thôn ${r % 9}`]);
    valid = await save('valid.xlsx', (wb) => wb.addWorksheet('S').addRows(rows));
  });

  test('a missing file is reported as not found; messages name the file and say what to do', async () => {
    const missing = path.join(dir, 'khong-co.xlsx');
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({
      reason: 'not-found',
      file: missing,
      message: expect.stringContaining('"khong-co.xlsx"'),
      messageVi: expect.stringContaining('Không tìm thấy tệp'),
      messageEn: expect.stringContaining('was not found'),
    });
    await expect(readWorkbookBuffer(oleBytes('EncryptedPackage'), 'C:\\xa\\so-ho.xlsx')).rejects.toMatchObject({
      messageVi: expect.stringMatching(/^Tệp "so-ho\.xlsx" được đặt mật khẩu: .*Bảo vệ sổ/),
    });
  });

  test('the first half of a valid workbook, or an empty file, is reported as truncated', async () => {
    const bytes = fs.readFileSync(valid);
    const file = path.join(dir, 'half.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await reasonOf(readWorkbookFile(file))).toBe('truncated');
    expect(await reasonOf(readWorkbookBuffer(Buffer.alloc(0), 'zero.xlsx'))).toBe('truncated');
  });

  test('a local header disagreeing with the central directory is read from the directory, not hung on', async () => {
    const bytes = Buffer.from(fs.readFileSync(valid));
    const header = bytes.indexOf(SHEET1) - 30; // the first occurrence of the name is in its local header
    expect(bytes.readUInt32LE(header)).toBe(0x04034b50);
    bytes.writeUInt32LE(0, header + 18); // compressed size: exceljs alone never returns on this file
    expect((await readWorkbookBuffer(bytes, 'x.xlsx')).sheets[0].values[199]).toEqual([200, 'Hộ 200', 'Thôn 1']);
  });

  const docx = (): Promise<Buffer> =>
    new JSZip().file('word/document.xml', '<w:document/>').generateAsync({ type: 'nodebuffer' });
  test.each([
    // Delimited text is read as CSV whatever its name (tests/io/otherFormats.test.ts); a note without delimiters is not.
    ['a text file renamed .xlsx', 'not-xlsx', async () => Buffer.from('Ghi chú họp thôn: thu quỹ khuyến học ngày 20/3.\n')],
    ['a zip that is not a workbook (a Word document)', 'not-xlsx', docx],
    ['an OLE file holding an EncryptedPackage stream', 'encrypted', async () => oleBytes('EncryptedPackage')],
    // An old .xls is read (tests/io/otherFormats.test.ts); this one names a Workbook stream but holds no container.
    ['an OLE file naming a Workbook stream without a readable container (a damaged .xls)', 'truncated', async () => oleBytes('Workbook')],
    ['an OLE file holding neither', 'not-xlsx', async () => oleBytes('WordDocument')],
  ])('%s is reported as %s', async (_, reason, bytes) => {
    expect(await reasonOf(readWorkbookBuffer(await bytes(), 'so-ho.xlsx'))).toBe(reason);
  });

  test('a workbook with no sheets is reported as empty', async () => {
    const file = await rezip(valid, 'nosheets.xlsx', (files) => {
      const workbook = files.get('xl/workbook.xml') as string;
      files.set('xl/workbook.xml', workbook.replace(/<sheets>.*<\/sheets>/s, '<sheets/>'));
    });
    expect(await reasonOf(readWorkbookFile(file))).toBe('empty');
  });

  test('a worksheet exceljs cannot parse is reported as unreadable, without the parser error', async () => {
    const mismatched = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData></worksheet>';
    const file = await rezip(valid, 'broken.xlsx', (files) => files.set(SHEET1, mismatched));
    const err = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect(err).toMatchObject({ reason: 'unreadable', message: expect.stringContaining('"broken.xlsx"') });
  });
});

describe('readWorkbookFile: the samples', () => {
  test('households-merged.xlsx: merged header, empty merge slaves and CCCD kept as text', async () => {
    const key = sampleKey('households-merged');
    const reg = key.register as typeof key.register & { lastDataRow: number };
    const col = (field: string) => reg.columns[field].charCodeAt(0) - 65;
    const [top, sub] = reg.headerRows.map((r) => r - 1);
    const { sheets } = await readWorkbookFile(samplePath('households-merged'));
    const grid = sheets.find((s) => s.sheet === reg.sheet) as Grid;
    // "Năm sinh" over Nam | Nữ, and the head's name over both header rows.
    const birthYears = { top, left: col('birthYearMale'), bottom: top, right: col('birthYearFemale') };
    const name = { top, left: col('headName'), bottom: sub, right: col('headName') };
    expect(grid.merges).toEqual(expect.arrayContaining([birthYears, name]));
    expect(cellAt(grid, top, col('headName'))).toBe('Họ và tên chủ hộ');
    expect(cellAt(grid, top, col('birthYearFemale'))).toBeNull();
    expect(cellAt(grid, sub + 1, col('stt'))).toBe('(1)');
    const cccd = cellAt(grid, reg.lastDataRow - 1, col('cccd'));
    expect(cccd).toMatch(/^0\d{11}$/);
    expect(grid.values).toHaveLength(reg.lastDataRow);
  });

  test('awards-flat.xlsx: the decision date of the first award is a Date of the report year', async () => {
    const key = sampleKey('awards-flat');
    const grid = await firstSheet(samplePath('awards-flat'));
    const date = cellAt(grid, 1, key.register.columns.decisionDate.charCodeAt(0) - 65);
    expect(date).toBeInstanceOf(Date);
    expect(iso(date).slice(0, 4)).toBe(String(key.profile.year));
  });
});
