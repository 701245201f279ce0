import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, Grid } from '../../src/core/grid';
import { UnusableInputError, UnusableReason } from '../../src/io/errors';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/io/xlsx';

const SAMPLES = '/work/shared/samples';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-xlsx-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a workbook built by `build` with exceljs's ordinary writer and returns its path. */
async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rewrites a package: `order` lists entries to put first; `edit` may replace or drop entries. */
async function rezip(from: string, to: string, edit?: (files: Map<string, Uint8Array>) => void, order: string[] = []) {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) files.set(name, await zip.files[name].async('uint8array'));
  edit?.(files);
  const out = new JSZip();
  const names = [...order.filter((n) => files.has(n)), ...[...files.keys()].filter((n) => !order.includes(n))];
  for (const name of names) out.file(name, files.get(name) as Uint8Array);
  const file = path.join(dir, to);
  fs.writeFileSync(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function firstSheet(file: string): Promise<Grid> {
  return (await readWorkbookFile(file)).sheets[0];
}

async function reasonOf(promise: Promise<unknown>): Promise<UnusableReason | 'no error'> {
  try {
    await promise;
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    return (e as UnusableInputError).reason;
  }
}

/** An OLE compound file is all we need to fake: the reader only looks at the magic and the stream names. */
function oleBytes(streamName: string): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

describe('readWorkbookFile: values', () => {
  test('a merged two-row header keeps each value in the top-left cell and empties the rest of the region', async () => {
    const file = await save('header.xlsx', (wb) => {
      const ws = wb.addWorksheet('DS');
      ws.getCell('A1').value = 'DANH SÁCH HỘ';
      ws.mergeCells('A1:D1');
      ws.getCell('A3').value = 'STT';
      ws.getCell('B3').value = 'Năm sinh';
      ws.getCell('B4').value = 'Nam';
      ws.getCell('C4').value = 'Nữ';
      ws.getCell('D3').value = 'Thôn';
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:C3');
      ws.mergeCells('D3:D4');
      ws.addRow([1, 1950, null, 'An Lạc']);
    });
    const grid = await firstSheet(file);
    expect(grid.sheet).toBe('DS');
    expect(grid.originRow).toBe(1);
    expect(grid.originColumn).toBe(1);
    expect(grid.values).toEqual([['DANH SÁCH HỘ'], [], ['STT', 'Năm sinh', null, 'Thôn'], [null, 'Nam', 'Nữ'], [1, 1950, null, 'An Lạc']]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(4);
  });

  test('date cells become Date objects while dates typed as text stay text', async () => {
    const file = await save('dates.xlsx', (wb) => {
      const ws = wb.addWorksheet('Khen thưởng');
      ws.addRow([new Date(Date.UTC(2023, 11, 20)), '20/12/2023']);
    });
    const grid = await firstSheet(file);
    const date = cellAt(grid, 0, 0);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2023-12-20T00:00:00.000Z');
    expect(cellAt(grid, 0, 1)).toBe('20/12/2023');
  });

  test('error values, booleans and empty strings come back as {error}, booleans and null', async () => {
    const file = await save('errors.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = true;
      ws.getCell('C1').value = '';
      ws.getCell('D1').value = 'x';
    });
    expect((await firstSheet(file)).values).toEqual([[{ error: '#N/A' }, true, null, 'x']]);
  });

  test('formula cells give their cached result (number, text, error, boolean, date) and are counted', async () => {
    const file = await save('formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('Tổng hợp');
      ws.getCell('A1').value = 5;
      ws.getCell('B1').value = { formula: 'A1*2', result: 10 };
      ws.getCell('C1').value = { formula: '"Thôn "&"An Lạc"', result: 'Thôn An Lạc' };
      ws.getCell('D1').value = { formula: 'VLOOKUP(A1,E:E,1,0)', result: { error: '#N/A' } };
      ws.getCell('E1').value = { formula: 'A1>3', result: true };
      ws.getCell('F1').value = { formula: 'DATE(2023,12,20)', result: 45280 };
      ws.getCell('F1').numFmt = 'dd/mm/yyyy';
      ws.getCell('G1').value = { formula: 'A1+1' };
    });
    const grid = await firstSheet(file);
    expect(grid.values[0].slice(0, 5)).toEqual([5, 10, 'Thôn An Lạc', { error: '#N/A' }, true]);
    expect((cellAt(grid, 0, 5) as Date).toISOString()).toBe('2023-12-20T00:00:00.000Z');
    expect(cellAt(grid, 0, 6)).toBeNull();
    expect(grid.formulaCells).toBe(6);
  });

  test('rich text is flattened into one string and a hyperlink into its text', async () => {
    const file = await save('rich.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
      ws.getCell('B1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
    });
    const grid = await firstSheet(file);
    expect(grid.values).toEqual([['Nguyễn Văn An', 'Cổng thông tin']]);
    expect(grid.formulaCells).toBeUndefined();
  });

  test('text in legacy fonts is marked TCVN3, TCVN3 capitals (.VnTimeH) or VNI, by 0-based offset', async () => {
    const file = await save('fonts.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Hä tªn', 'NGUYÔN', 'Nguy6n', 'Unicode', 1990]);
      ws.getCell('A1').font = { name: '.VnTime' };
      ws.getCell('B1').font = { name: '.VnTimeH' };
      ws.getCell('C1').font = { name: 'VNI-Times' };
      ws.getCell('D1').font = { name: 'Times New Roman' };
      ws.getCell('E1').font = { name: '.VnTime' }; // a number: no text to decode
      ws.getCell('A2').value = { richText: [{ text: 'Th«n ', font: { bold: true } }, { text: 'A' }] };
      ws.getCell('A2').font = { name: '.VnArial' };
    });
    const grid = await firstSheet(file);
    expect(grid.legacyFonts).toEqual(
      new Map([
        ['0,0', 'tcvn3'],
        ['0,1', 'tcvn3-upper'],
        ['0,2', 'vni'],
        ['1,0', 'tcvn3'],
      ]),
    );
  });

  test('sheets without legacy fonts have no legacyFonts map', async () => {
    const file = await save('plain.xlsx', (wb) => wb.addWorksheet('S').addRow(['Nguyễn Văn An']));
    expect((await firstSheet(file)).legacyFonts).toBeUndefined();
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
    expect(sheets.map((s) => s.sheet)).toEqual(['DS hộ gia đình', 'Khen thưởng & Kỷ luật', 'Trống', 'Tổng hợp']);
    expect(sheets.map((s) => s.values)).toEqual([[['a']], [['b']], [], [[1, 2, 3]]]);
  });

  test('empty rows inside the data are kept as [] and trailing empty rows and cells are trimmed', async () => {
    const file = await save('gaps.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 'x';
      ws.getCell('A4').value = 1;
      ws.getCell('C4').value = 3;
      ws.getCell('F4').value = '';
      ws.getCell('A9').font = { bold: true }; // styled but empty
    });
    expect((await firstSheet(file)).values).toEqual([[], [null, 'x'], [], [1, null, 3]]);
  });

  test('a 30,000-character cell is read whole', async () => {
    const long = 'Ghi chú dài. '.repeat(2308).slice(0, 30000);
    const file = await save('long.xlsx', (wb) => wb.addWorksheet('S').addRow([long, 'sau']));
    const grid = await firstSheet(file);
    expect(cellAt(grid, 0, 0)).toBe(long);
    expect(cellAt(grid, 0, 1)).toBe('sau');
  });

  test('300 merged regions are all reported', async () => {
    const file = await save('merges.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 300; r++) {
        ws.getCell(r, 1).value = `Thôn ${r}`;
        ws.getCell(r, 2).value = 'slave';
        ws.mergeCells(r, 1, r, 3);
      }
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
    expect(result.created?.toISOString()).toBe('2023-01-02T03:04:05.000Z');
    expect(result.modified?.toISOString()).toBe('2024-01-05T08:00:00.000Z');
  });

  test('dates survive a package whose styles come after its worksheets (not the order Excel writes)', async () => {
    const source = await save('order-src.xlsx', (wb) => wb.addWorksheet('S').addRow([new Date(Date.UTC(2023, 11, 20)), 'chữ']));
    const order = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
    const file = await rezip(source, 'order.xlsx', undefined, order);
    const grid = await firstSheet(file);
    expect(grid.sheet).toBe('S');
    expect((cellAt(grid, 0, 0) as Date).toISOString()).toBe('2023-12-20T00:00:00.000Z');
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
    valid = await save('valid.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 200; r++) ws.addRow([r, `Hộ ${r}`, `Thôn ${r % 9}`]);
    });
  });

  test('a missing file is reported as not found, with the file name in a Vietnamese message', async () => {
    const missing = path.join(dir, 'khong-co.xlsx');
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({
      reason: 'not-found',
      file: missing,
      message: expect.stringContaining('"khong-co.xlsx"'),
      messageVi: expect.stringContaining('Không tìm thấy tệp'),
      messageEn: expect.stringContaining('was not found'),
    });
  });

  test('the first half of a valid workbook is reported as truncated', async () => {
    const bytes = fs.readFileSync(valid);
    const file = path.join(dir, 'half.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await reasonOf(readWorkbookFile(file))).toBe('truncated');
  });

  test('a zero-byte file is reported as truncated', async () => {
    expect(await reasonOf(readWorkbookBuffer(Buffer.alloc(0), 'zero.xlsx'))).toBe('truncated');
  });

  test('a text file renamed .xlsx is reported as not an xlsx workbook', async () => {
    const file = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(file, 'STT,Họ tên\n1,Nguyễn Văn An\n');
    expect(await reasonOf(readWorkbookFile(file))).toBe('not-xlsx');
  });

  test('a zip that is not a workbook (a Word document) is reported as not an xlsx workbook', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await reasonOf(readWorkbookBuffer(bytes, 'bao-cao.docx'))).toBe('not-xlsx');
  });

  test('an OLE file holding an EncryptedPackage stream is reported as password-protected', async () => {
    const err = await readWorkbookBuffer(oleBytes('EncryptedPackage'), 'C:\\Users\\xa\\so-ho.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect(err).toMatchObject({ reason: 'encrypted', messageVi: expect.stringContaining('Tệp "so-ho.xlsx" được đặt mật khẩu') });
  });

  test('an OLE file holding a Workbook stream is reported as an old .xls', async () => {
    expect(await reasonOf(readWorkbookBuffer(oleBytes('Workbook'), 'so-ho.xls'))).toBe('legacy-xls');
  });

  test('a workbook with no sheets is reported as empty', async () => {
    const file = await rezip(valid, 'nosheets.xlsx', (files) => {
      const xml = Buffer.from(files.get('xl/workbook.xml') as Uint8Array).toString('utf8');
      files.set('xl/workbook.xml', Buffer.from(xml.replace(/<sheets>.*<\/sheets>/s, '<sheets/>')));
    });
    expect(await reasonOf(readWorkbookFile(file))).toBe('empty');
  });

  test('a worksheet exceljs cannot parse is reported as unreadable, without the parser error', async () => {
    const file = await rezip(valid, 'broken.xlsx', (files) => {
      files.set('xl/worksheets/sheet1.xml', Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData></worksheet>'));
    });
    const err = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect(err).toMatchObject({ reason: 'unreadable', message: expect.stringContaining('"broken.xlsx"') });
  });
});

describe('readWorkbookFile: shared samples', () => {
  test('households-merged.xlsx: merged header, empty merge slaves and CCCD kept as text', async () => {
    const { sheets } = await readWorkbookFile(path.join(SAMPLES, 'households-merged.xlsx'));
    const grid = sheets.find((s) => s.sheet === 'DS hộ gia đình') as Grid;
    expect(grid).toBeDefined();
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 3, bottom: 3, right: 4 }, // D4:E4
        { top: 3, left: 1, bottom: 4, right: 1 }, // B4:B5
      ]),
    );
    expect(cellAt(grid, 3, 2)).toBe('Họ tên chủ hộ');
    expect(cellAt(grid, 3, 4)).toBeNull();
    expect(cellAt(grid, 5, 13)).toBe('037050547955');
    expect(grid.values).toHaveLength(1417);
  });

  test('awards-flat.xlsx: the decision date in H2 is a Date', async () => {
    const grid = await firstSheet(path.join(SAMPLES, 'awards-flat.xlsx'));
    const h2 = cellAt(grid, 1, 7);
    expect(h2).toBeInstanceOf(Date);
    expect((h2 as Date).toISOString().slice(0, 10)).toBe('2023-12-20');
  });
});
