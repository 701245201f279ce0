// A commune clerk's workbook as it is before the add-in touches it, described once and built into both Excel
// models: the in-memory fake (FakeExcel) and the Office.js mock object model (MockWorkbook). It holds what a clerk's
// file holds: title rows, a merged two-row header, village blocks closed by formula subtotals, a grand total, clerk
// formatting (bold, fills, borders, number formats, conditional formats of their own), text in a legacy encoding, a
// CCCD and a phone number that lost their leading zero, a text CCCD that kept it, an award form abbreviation, a
// village alias, and sheets and cells that are no register at all.
import { a1, parseA1, type CellValue } from '../../src/core/grid';
import { FakeExcel, type FakeSheet } from '../../src/hosts/excel/fakeExcel';
import { MockSheet, MockWorkbook, parseRect } from './mockExcelModel';

export const REGISTER = 'Sổ hộ 2024';
export const NEW_HOUSEHOLDS = 'Hộ tách 2024';
export const AWARDS = 'Khen thưởng';
export const NOTES = 'Ghi chú';
export const OLD = 'Mẫu cũ';

/** A clerk's formula and the value Excel shows for it. */
export interface ClerkFormula {
  formula: string;
  result: number;
}

/** A date cell: Excel keeps a serial number and a date format; a workbook read by exceljs gives a Date. */
export interface ClerkDate {
  date: Date;
}

export type ClerkValue = string | number | boolean | null | ClerkFormula | ClerkDate | { error: string };

export interface ClerkSheet {
  name: string;
  /** Values from A1, row by row. */
  rows: ClerkValue[][];
  /** Merged ranges ("A4:A5"). */
  merges: string[];
  /** Number formats by cell or range. */
  formats: Record<string, string>;
  /** The clerk's fill colours by cell or range. */
  fills: Record<string, string>;
  /** Bold ranges. */
  bold: string[];
  /** Ranges with thin borders all round. */
  borders: string[];
  /** The clerk's own conditional formats: a custom rule with a fill, or a data bar. */
  conditionalFormats: Array<{ range: string; type: 'Custom' | 'DataBar'; formula?: string; color?: string }>;
  visible: boolean;
  protected: boolean;
}

const _ = null;
const sum = (formula: string, result: number): ClerkFormula => ({ formula, result });
const day = (y: number, m: number, d: number): ClerkDate => ({ date: new Date(Date.UTC(y, m - 1, d)) });

/** TCVN3 (ABC) text as it shows once the .Vn font is gone: "Nguyễn Tiến Khoa". */
export const LEGACY_NAME = 'NguyÔn TiÕn Khoa';
/** A name typed in decomposed Unicode (NFD), as some input methods leave it. */
export const DECOMPOSED_NAME = 'Trần Thị Bình'.normalize('NFD');

/**
 * "Sổ hộ 2024": titles in rows 1–2 (A2:K2 merged), a two-row header in rows 4–5 (groups "Phân loại hộ" G4:H4 and
 * "Gia đình văn hóa" I4:J4, the other labels merged down), village blocks "Thôn An Lạc" (row 6, households 7–9,
 * subtotal 10) and "Thôn Bình Minh" (row 11, households 12–14, subtotal 15), the grand total in row 16 and the
 * signature block in rows 18–19. Planted for the safe fixes: B7 legacy encoding, D7 a CCCD typed as a number (lost
 * its 0), B8 decomposed Unicode, E8 a phone typed as a number (lost its 0), B9 stray spaces. D8 is a text CCCD with
 * leading zeros in a "@" cell that no fix may touch.
 */
function register(): ClerkSheet {
  return {
    name: REGISTER,
    rows: [
      ['UBND XÃ AN HÒA'],
      ['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'],
      [],
      ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Số CCCD', 'Số điện thoại', 'Số nhân khẩu', 'Phân loại hộ', _, 'Gia đình văn hóa', _, 'Ghi chú'],
      [_, _, _, _, _, _, 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký', 'Đạt', _],
      ['Thôn An Lạc'],
      [1, LEGACY_NAME, 1950, 37050547955, '0912345678', 4, 'x', _, 'x', 'x', _],
      [2, DECOMPOSED_NAME, 1975, '001175012345', 912345679, 3, _, 'x', 'x', _, '- hộ mới tách'],
      [3, 'Lê  Văn   Cường', 1982, '037082001234', _, 5, _, _, 'x', 'x', 'Chuyển đến 15/3/2024'],
      [_, 'Cộng thôn An Lạc', _, _, _, sum('=SUM(F7:F9)', 12), 1, 1, 3, 2, _],
      ['Thôn Bình Minh'],
      [1, 'Phạm Văn Dũng', 1968, '037068001111', '0987654321', 2, _, _, 'x', 'x', _],
      [2, 'Hoàng Thị Hoa', 1990, '037190002222', _, 4, _, _, 'x', 'x', _],
      [3, 'Đỗ Văn Em', 1985, '037085003333', '0358123456', 3, 'x', _, _, _, _],
      [_, 'Cộng thôn Bình Minh', _, _, _, sum('=SUM(F12:F14)', 9), 1, 0, 2, 2, _],
      [_, 'Tổng cộng', _, _, _, sum('=F10+F15', 21), 2, 1, 5, 4, _],
      [],
      [_, _, _, _, _, _, _, _, 'Người lập biểu'],
      [_, _, _, _, _, _, _, _, 'Nguyễn Thị Lan'],
    ],
    merges: ['A2:K2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:H4', 'I4:J4', 'K4:K5', 'A6:K6', 'A11:K11'],
    formats: { D7: '0', D8: '@', 'D9:D14': '@', 'E7:E14': '@', E8: 'General', 'C7:C14': '0', 'F7:F16': '#,##0' },
    fills: { 'A4:K5': '#D9E1F2', A6: '#FFF2CC', A11: '#FFF2CC', 'A10:K10': '#F2F2F2', 'A15:K15': '#F2F2F2', 'A16:K16': '#E2EFDA' },
    bold: ['A1:A2', 'A4:K5', 'A6', 'A11', 'A10:K10', 'A15:K16', 'I18'],
    borders: ['A4:K16'],
    conditionalFormats: [
      { range: 'F7:F14', type: 'Custom', formula: '=$F7>4', color: '#FF0000' },
      { range: 'F7:F14', type: 'DataBar' },
    ],
    visible: true,
    protected: false,
  };
}

/**
 * "Hộ tách 2024": a flat list with a village column, header in row 1; C3 writes the village "an lạc", an alias of
 * "An Lạc". The household sizes are numbers in cells the clerk formatted as text after typing them (Excel keeps
 * them numbers until they are entered again).
 */
function newHouseholds(): ClerkSheet {
  return {
    name: NEW_HOUSEHOLDS,
    rows: [
      ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Năm sinh', 'Số nhân khẩu'],
      [1, 'Vũ Văn Phúc', 'An Lạc', 1993, 3],
      [2, 'Trịnh Thị Quế', 'an lạc', 1996, 2],
      [3, 'Mạc Văn Sơn', 'Bình Minh', 1991, 4],
    ],
    merges: [],
    formats: { 'E2:E4': '@' },
    fills: { 'A1:E1': '#D9E1F2' },
    bold: ['A1:E1'],
    borders: ['A1:E4'],
    conditionalFormats: [],
    visible: true,
    protected: false,
  };
}

/** "Khen thưởng": an award list, header in row 1, decision dates as real dates, amounts formatted; D3 "GK". */
function awards(): ClerkSheet {
  return {
    name: AWARDS,
    rows: [
      ['STT', 'Họ và tên', 'Đối tượng', 'Hình thức', 'Cơ quan quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền'],
      [1, 'Thôn An Lạc', 'Tập thể', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', day(2024, 12, 20), 720000],
      [2, 'Nguyễn Văn Hải', 'Cá nhân', 'GK', 'Chủ tịch UBND xã', '215/QĐ-UBND', day(2024, 12, 20), 360000],
      [3, 'Lê Thị Hạnh', 'Cá nhân', 'Lao động tiên tiến', 'Chủ tịch UBND xã', '216/QĐ-UBND', day(2024, 12, 20), 710000],
    ],
    merges: [],
    formats: { 'G2:G4': 'dd/mm/yyyy', 'H2:H4': '#,##0 "đ"' },
    fills: {},
    bold: ['A1:H1'],
    borders: ['A1:H4'],
    conditionalFormats: [],
    visible: true,
    protected: false,
  };
}

/** "Ghi chú": the clerk's own notes, no register: text, a date, a percentage, a boolean, an error, a formula over
 *  another sheet, a CCCD kept as text in a General cell, and E2 holding an empty text (a cell Excel shows empty
 *  but that is not; the mock object model cannot tell it from an empty cell, the fake can). */
function notes(): ClerkSheet {
  return {
    name: NOTES,
    rows: [
      ['Việc cần làm', 'Hạn', 'Tiến độ', 'Xong'],
      ['Nộp báo cáo huyện', day(2025, 1, 10), 0.75, false, ''],
      ['CCCD ông Khoa (bản sao)', '001234567890', { error: '#N/A' }, true],
      ['Tổng tiền thưởng', sum('=SUM(\'Khen thưởng\'!H2:H4)', 1790000), _, _],
    ],
    merges: [],
    formats: { B2: 'dd/mm/yyyy', C2: '0%', B4: '#,##0' },
    fills: { A1: '#FCE4D6' },
    bold: ['A1:D1'],
    borders: [],
    conditionalFormats: [{ range: 'C2', type: 'DataBar' }],
    visible: true,
    protected: false,
  };
}

/** "Mẫu cũ": a hidden sheet from an older template. */
function old(): ClerkSheet {
  return {
    name: OLD,
    rows: [['Mẫu năm 2022'], ['STT', 'Họ tên'], [1, 'Ví dụ']],
    merges: [],
    formats: {},
    fills: {},
    bold: [],
    borders: [],
    conditionalFormats: [],
    visible: false,
    protected: false,
  };
}

export function clerkSheets(): ClerkSheet[] {
  return [register(), newHouseholds(), awards(), notes(), old()];
}

/** Every cell of a range ("B3:C4", "B3"). */
export function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`bad range ${range}`);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) out.push(a1(r, c));
  return out;
}

function isFormula(v: ClerkValue): v is ClerkFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

function isDate(v: ClerkValue): v is ClerkDate {
  return typeof v === 'object' && v !== null && 'date' in v;
}

/** Excel's serial number of a date (days since 1899-12-30). */
export function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** Later entries win, as when a clerk formats a column and then one cell of it. */
function byCell(map: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [range, v] of Object.entries(map)) for (const cell of cellsOf(range)) out.set(cell, v);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The in-memory fake

function fakeValue(v: ClerkValue): CellValue {
  if (isFormula(v)) return v.result; // the fake holds values only, as a grid does
  if (isDate(v)) return v.date;
  if (typeof v === 'object' && v !== null) return { error: v.error };
  return v;
}

function fakeSheet(s: ClerkSheet): FakeSheet {
  const formats = byCell(s.formats);
  for (const [cell, f] of formats) if (f === 'General') formats.delete(cell);
  return {
    name: s.name,
    values: s.rows.map((row) => row.map(fakeValue)),
    merges: s.merges.map((m) => {
      const r = parseRect(m);
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    }),
    formats,
    fills: byCell(s.fills),
    conditionalFormats: s.conditionalFormats.map((f) => ({ cells: cellsOf(f.range), color: f.color ?? 'databar', ours: false })),
    protected: s.protected,
    visible: s.visible,
    charts: [],
  };
}

/** The clerk's workbook in the in-memory fake. */
export function clerkFake(): FakeExcel {
  return new FakeExcel('So ho An Hoa 2024.xlsx', clerkSheets().map(fakeSheet));
}

// ---------------------------------------------------------------------------------------------------------------
// The Office.js mock object model

function mockSheet(s: ClerkSheet): MockSheet {
  const sheet = new MockSheet(s.name);
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = a1(r + 1, c + 1);
      if (v === null) return;
      if (isFormula(v)) sheet.formula(cell, v.formula, v.result);
      else if (isDate(v)) sheet.put(r + 1, c + 1, [[serial(v.date)]]);
      else if (typeof v === 'object') sheet.error(cell, v.error);
      else sheet.put(r + 1, c + 1, [[v]]);
    }),
  );
  for (const [cell, f] of byCell(s.formats)) {
    const p = parseA1(cell);
    if (p && f !== 'General') sheet.formats.set(`${p.row - 1},${p.column - 1}`, f);
    else if (p) sheet.formats.delete(`${p.row - 1},${p.column - 1}`);
  }
  sheet.merges = s.merges.map(parseRect);
  // The clerk's formatting as Excel would have it: the mock keeps formatting as the list of what was set, where.
  for (const [range, color] of Object.entries(s.fills)) sheet.styleLog.push({ address: range, property: 'fill.color', value: color });
  for (const range of s.bold) sheet.styleLog.push({ address: range, property: 'font.bold', value: true });
  for (const range of s.borders) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
      sheet.styleLog.push({ address: range, property: `borders.${edge}.style`, value: 'Continuous' });
    }
  }
  sheet.conditionalFormats = s.conditionalFormats.map((f) => ({ type: f.type, formula: f.formula, fill: f.color, areas: [parseRect(f.range)] }));
  sheet.visibility = s.visible ? 'Visible' : 'Hidden';
  sheet.protected = s.protected;
  return sheet;
}

/** The clerk's workbook in the Office.js mock object model. */
export function clerkMock(): MockWorkbook {
  const wb = new MockWorkbook('So ho An Hoa 2024.xlsx');
  for (const s of clerkSheets()) wb.add(mockSheet(s));
  return wb;
}
