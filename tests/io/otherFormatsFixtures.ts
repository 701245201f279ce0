// One small household register of Thôn Đông Hải / Tây Sơn, typed once, and written here in every format the
// readers of src/io/otherFormats take: .xls and .ods (with the library's own writer), an HTML table as government
// software exports it, SpreadsheetML 2003, and CSV. Six households, 21 persons.
import * as XLSX from '@e965/xlsx';
import type { CellValue, MergedRegion } from '../../src/core/grid';

const _ = null;
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export const HOUSEHOLDS = 6;
export const PERSONS = 21;
export const REGISTER_SHEET = 'DS hộ gia đình';
export const TITLE = 'DANH SÁCH HỘ GIA ĐÌNH XÃ HẢI ĐÔNG NĂM 2024';

/** Title row 1 (A1:I1 merged); two-row header 2–3 with "Phân loại hộ" over G Nghèo | H Cận nghèo; rows 4–9 data. */
export const REGISTER: CellValue[][] = [
  [TITLE],
  ['STT', 'Họ và tên chủ hộ', 'Ngày sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu', 'Phân loại hộ', _, 'Ghi chú'],
  [_, _, _, _, _, _, 'Nghèo', 'Cận nghèo'],
  [1, 'Nguyễn Văn Ánh', day(1965, 4, 12), '037068001234', 'Đông Hải', 4, 'x'],
  [2, 'Trần Thị Bích Ngọc', day(1972, 11, 3), '037172004567', 'Đông Hải', 3, _, 'x'],
  [3, 'Lê Đức Thắng', day(1958, 1, 30), '037058000789', 'Tây Sơn', 5],
  [4, 'Phạm Thị Hồng Nhung', day(1990, 6, 21), '037190002345', 'Tây Sơn', 2],
  [5, 'Hoàng Văn Dũng', day(1981, 9, 9), '037081006789', 'Đông Hải', 6],
  [6, 'Võ Thị Ửng', day(1949, 2, 28), '037149000012', 'Tây Sơn', 1, _, _, 'Hộ mới tách'],
];

export const MERGES: MergedRegion[] = [
  { top: 0, left: 0, bottom: 0, right: 8 },
  ...[0, 1, 2, 3, 4, 5, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
  { top: 1, left: 6, bottom: 1, right: 7 },
];

/** A second sheet, as registers often carry: instructions, with an error cell left by a lookup. */
export const GUIDE_SHEET = 'Hướng dẫn';
export const GUIDE: CellValue[][] = [['Đánh dấu "x" vào cột phân loại hộ'], ['Mã thôn', { error: '#N/A' }]];

/** The register written by the library's writer in `bookType` (biff8 = .xls, ods). */
export function registerWorkbook(bookType: 'biff8' | 'ods' | 'xlsx'): Buffer {
  const toSheet = (rows: CellValue[][]): XLSX.WorkSheet => {
    const cells = rows.map((row) => row.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? null : v)));
    const ws = XLSX.utils.aoa_to_sheet(cells, { cellDates: true, UTC: true, dateNF: 'dd/mm/yyyy' });
    rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) ws[XLSX.utils.encode_cell({ r, c })] = { t: 'e', v: 0x2a, w: v.error };
    }));
    return ws;
  };
  const register = toSheet(REGISTER);
  register['!merges'] = MERGES.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, register, REGISTER_SHEET);
  XLSX.utils.book_append_sheet(wb, toSheet(GUIDE), GUIDE_SHEET);
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

/** The .xls with a FilePass record after its first BOF, as Excel writes a workbook with a password to open. */
export function passwordProtectedXls(): Buffer {
  const cfb = XLSX.CFB.read(registerWorkbook('biff8'), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  if (!entry?.content) throw new Error('no Workbook stream');
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]); // XOR obfuscation
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), filePass, stream.subarray(bofEnd)]);
  entry.size = entry.content.length;
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

const cellText = (v: CellValue): string => (v instanceof Date ? `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}` : v === null ? '' : String(v));
const pad = (n: number): string => String(n).padStart(2, '0');
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The register as government software exports it "to Excel": an HTML page saved as .xls, Excel's namespaces, a
 * charset in a meta tag, text cells forced with mso-number-format, rowspan/colspan for the merges and &nbsp; in the
 * empty cells. Dates are text (dd/mm/yyyy), as these exports write them.
 */
export function registerHtml(charset: string): string {
  const rows: string[] = [];
  const covered = new Set<string>();
  REGISTER.forEach((row, r) => {
    const cells: string[] = [];
    const width = r === 0 ? 1 : 9;
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const m = MERGES.find((g) => g.top === r && g.left === c);
      for (let rr = r; m && rr <= m.bottom; rr++) for (let cc = c; cc <= m.right; cc++) covered.add(`${rr},${cc}`);
      const span = m ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ''}${m.right > m.left ? ` colspan=${m.right - m.left + 1}` : ''}` : '';
      const text = cellText(row[c] ?? null);
      cells.push(`<td${span}${c === 3 && r > 2 ? ' class="text"' : ''}>${text === '' ? '&nbsp;' : escapeHtml(text)}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  });
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    `<head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    '<style>.text { mso-number-format:"\\@"; }</style></head>',
    '<body><table border="1" cellspacing="0">',
    ...rows,
    '</table></body></html>',
  ].join('\r\n');
}

/** The register as its HTML export reads: dates as the page writes them, and every cell of a data row present,
 *  the empty ones holding the space an &nbsp; is. */
export function registerAsHtmlReads(): CellValue[][] {
  return REGISTER.map((row, r) => (r < 3 ? row : Array.from({ length: 9 }, (_v, c) => (row[c] instanceof Date ? cellText(row[c]) : row[c] ?? ' '))));
}

/** The register as CSV with a BOM and semicolons (what Excel in Vietnamese writes), dates as dd/mm/yyyy text. */
export function registerCsv(): string {
  const quote = (s: string): string => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = REGISTER.map((row) => Array.from({ length: 9 }, (_v, c) => quote(cellText(row[c] ?? null))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Encodes text in windows-1258, as old Vietnamese Windows software writes it: base letters and the vowels with
 *  a circumflex, breve or horn are single bytes; the five tone marks are combining bytes after them. */
export function encodeWindows1258(text: string): Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = table.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    // A toned vowel: the letter without its tone (â, ơ… are single bytes), then the tone as a combining byte.
    const marks = [...ch.normalize('NFD')];
    const tone = marks.find((m) => TONES.includes(m));
    const letter = table.get(marks.filter((m) => m !== tone).join('').normalize('NFC'));
    const toneByte = tone === undefined ? undefined : table.get(tone);
    if (letter === undefined || toneByte === undefined) throw new Error(`not in windows-1258: ${ch}`);
    out.push(letter, toneByte);
  }
  return Buffer.from(out);
}
