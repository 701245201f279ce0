// The CSV parser and the format sniffer, on small inputs written for what each shows.
import { csvGrid, detectDelimiter, MAX_COLUMNS, parseCsv } from '../../src/io/csv';
import { sniffFormat } from '../../src/io/formatSniff';
import { decodeText, textCellValue } from '../../src/io/plainText';

describe('parseCsv', () => {
  test('quoted fields hold the delimiter, line breaks and doubled quotes', () => {
    const text = 'STT;Họ tên;Ghi chú\r\n1;"Nguyễn Văn; Ánh";"dòng một\r\ndòng hai"\n2;Lê Thị Bé;"nói ""có"""\n';
    expect(parseCsv(text)).toEqual([
      ['STT', 'Họ tên', 'Ghi chú'],
      ['1', 'Nguyễn Văn; Ánh', 'dòng một\r\ndòng hai'],
      ['2', 'Lê Thị Bé', 'nói "có"'],
    ]);
  });

  test('empty fields, a last line without a line break, lone CRs and a stray quote inside a field', () => {
    expect(parseCsv('a,,c\rd,e"f,\r\n,', ',')).toEqual([['a', '', 'c'], ['d', 'e"f', ''], ['', '']]);
  });

  test('an unclosed quote runs to the end of the file instead of failing', () => {
    expect(parseCsv('1;"Nguyễn\n2;x', ';')).toEqual([['1', 'Nguyễn\n2;x']]);
  });

  test('Excel\'s "sep=" line names the delimiter and is not a row', () => {
    expect(detectDelimiter('sep=,\na;b,c\n')).toBe(',');
    expect(parseCsv('sep=,\na;b,c\n')).toEqual([['a;b', 'c']]);
  });

  test.each([
    ['semicolons with decimal commas', 'STT;Số tiền;Tỷ lệ\n1;1,5;2,5\n2;3,5;4,5\n', ';'],
    ['commas with a quoted semicolon', 'STT,Họ tên\n1,"Lê; Trần"\n', ','],
    ['tabs', 'STT\tHọ tên\tThôn\n1\tAn\tĐông\n', '\t'],
  ])('the delimiter is guessed from %s', (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  test('a row past Excel\'s column limit is cut there', () => {
    expect(parseCsv(`${'x,'.repeat(MAX_COLUMNS + 10)}x\n`, ',')[0]).toHaveLength(MAX_COLUMNS);
  });

  test('csvGrid types whole numbers, keeps leading zeros and everything else as text, drops trailing empties', () => {
    const grid = csvGrid('STT;CCCD;Số khẩu;Tiền;Ngày;;\n1;037068001234;4;1.234;15/03/1985;;\n;;;;;;\n', 'DS');
    expect(grid).toEqual({ sheet: 'DS', originRow: 1, originColumn: 1, merges: [], values: [['STT', 'CCCD', 'Số khẩu', 'Tiền', 'Ngày'], [1, '037068001234', 4, '1.234', '15/03/1985']] });
  });
});

describe('textCellValue', () => {
  test.each([
    ['', null], ['0', 0], ['-12', -12], ['123456789012345', 123456789012345], ['1234567890123456', '1234567890123456'],
    ['037068001234', '037068001234'], ['1.5', '1.5'], ['1,5', '1,5'], [' 4', ' 4'], ['x', 'x'],
  ])('%j → %j', (text, value) => expect(textCellValue(text)).toEqual(value));
});

describe('decodeText', () => {
  test('BOMs decide, then valid UTF-8, then the declared charset, then windows-1258', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(Buffer.from('\uFEFFĐông', 'utf16le'))).toBe('Đông');
    expect(decodeText(Buffer.from('<a>Đông</a>', 'utf16le'))).toBe('<a>Đông</a>'); // UTF-16 without a BOM
    expect(decodeText(Buffer.from('Đông'))).toBe('Đông');
    const latin1 = Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), Buffer.from([0xe9])]);
    expect(decodeText(latin1).endsWith('é')).toBe(true);
    expect(decodeText(Buffer.from([0xd0, 0xf4, 0x6e, 0x67])).normalize('NFC')).toBe('Đông'); // windows-1258
  });

  test('windows-1258 text comes out composed (NFC): its combining tones are the code page\'s, not the clerk\'s', () => {
    // "Nguyễn": ê (0xEA) then the combining tilde (0xDE) as windows-1258 stores it.
    const text = decodeText(Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]));
    expect(text).toBe('Nguyễn');
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('sniffFormat', () => {
  const bytes = (s: string | number[]): Uint8Array => (typeof s === 'string' ? Buffer.from(s) : Uint8Array.from(s));
  test.each([
    ['a zip', [0x50, 0x4b, 0x03, 0x04, 0, 0], 'a.xls', 'xlsx'],
    ['an OLE file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a.xls', 'ole'],
    ['an HTML page', '\uFEFF\r\n<html><table>', 'a.xls', 'markup'],
    ['a bare table', '<TABLE border=1>', 'a.xls', 'markup'],
    ['SpreadsheetML', '<?xml version="1.0"?><Workbook>', 'a.xls', 'markup'],
    ['a web archive (.mht), which the library does not read', 'MIME-Version: 1.0\r\n', 'a.xls', 'unknown'],
    ['delimited text', 'STT;Họ tên\n', 'a.xls', 'csv'],
    ['a one-column .csv', 'Họ tên\nAn\n', 'a.csv', 'csv'],
    ['a note named .xlsx', 'Ghi chú họp thôn\n', 'a.xlsx', 'unknown'],
    ['binary bytes', [1, 2, 3, 0, 5], 'a.xls', 'unknown'],
    ['nothing', [], 'a.csv', 'unknown'],
  ])('%s → %s', (_, input, file, format) => {
    expect(sniffFormat(bytes(input), file)).toBe(format);
  });
});
