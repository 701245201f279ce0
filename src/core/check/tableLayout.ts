// How a person reads a statistics table: the caption ("Biểu số 02"), the header rows (two or three of them, merged
// across and down) worked out into column labels, the row of column numbers ("(1) (2) (3)"), which columns hold
// figures, codes (STT) or labels, and what each row is: a total ("Tổng cộng", "Toàn xã"), a subtotal ("Cộng"), a
// group (I, II; A, B), an item, or a part that is no addend ("Trong đó", "- Nam"). Pure; used by tableSum/tableRatio.
import type { Finding, ReportTable, TableSlot } from './types';
import { excerpt } from './text';
import { NUM, parseVi } from '../text/numbers';

export type CellValue =
  | { kind: 'number'; value: number; decimals: number; percent: boolean }
  /** Nothing written, or "-": nothing to count (0 as an addend). */
  | { kind: 'none' }
  /** "x", "…": a figure exists but is not given; a sum over it cannot be checked. */
  | { kind: 'unknown' }
  | { kind: 'text' };

const NUMBER_CELL = new RegExp(String.raw`^([-+−]?)\s*(${NUM})\s*(%?)$`, 'u');
const SPACED = /^([-+−]?)\s*(\d{1,3}(?: \d{3})+(?:,\d+)?)\s*(%?)$/u;

const flat = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();

/**
 * Whether a table writes its figures en-US style ("1,412" thousands, "12.5" decimals), as a table pasted from a
 * spreadsheet set to English may: some comma-grouped thousands, and no dot-grouped thousands nor decimal commas.
 */
function usesCommaThousands(texts: string[]): boolean {
  const t = texts.map(flat);
  return t.some((x) => /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$/u.test(x)) && !t.some((x) => /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?$|^[-+]?\d+,\d{1,2}%?$/u.test(x));
}

/**
 * A cell's value, vi-VN style: "1.234" thousands, "12,5" decimals, "-" or blank nothing, "x" or "…" not given;
 * en-US style ("1,234", "12.5") when `commaThousands`.
 */
export function cellValue(text: string, commaThousands = false): CellValue {
  let t = flat(text);
  if (t === '' || /^[-–—]+$/u.test(t)) return { kind: 'none' };
  if (/^(?:x|X|…+|\.{2,}|\*|\?)$/u.test(t)) return { kind: 'unknown' };
  if (commaThousands) t = t.replace(/[.,]/gu, (c) => (c === ',' ? '.' : ','));
  const m = NUMBER_CELL.exec(t) ?? SPACED.exec(t);
  if (m) {
    const n = parseVi(m[2].replace(/ /g, ''));
    return { kind: 'number', value: m[1] && m[1] !== '+' ? -n.value : n.value, decimals: n.decimals, percent: m[3] === '%' };
  }
  return { kind: 'text' };
}

/** 'repeat': the header or the row of column numbers written again (a table continued on the next page). */
export type RowKind = 'total' | 'subtotal' | 'group' | 'item' | 'part' | 'repeat';

export interface RowInfo {
  index: number;
  kind: RowKind;
  /** Depth of its code: A 0, I 1, 1 2, 1.1 3, a 4; uncoded items 2; "-", "+" parts 5. */
  level: number;
  /** What a person calls the row: its label, else its code, else "dòng N". */
  name: string;
  /** For a part: the row it is part of. */
  parent?: number;
  /** Its figures add up across the columns (not a row of rates, averages or years). */
  additive: boolean;
}

export interface ColumnInfo {
  index: number;
  /** Header texts from the top row down (merged header cells once each). */
  path: string[];
  /** The lowest header text. */
  label: string;
  /** The column's number as the table writes it (its row of column numbers), else its position from 1. */
  number: string;
  kind: 'code' | 'label' | 'figure';
  /** A figure column whose cells add up down the table (not a rate, average, year or code). */
  additive: boolean;
  rate: boolean;
}

export interface TableLayout {
  table: ReportTable;
  /** "Biểu 2" or the caption's own "Biểu số 02"; English "Table 2". */
  name: string;
  nameEn: string;
  /** Rows [0, bodyStart) are title, header and column-number rows. */
  bodyStart: number;
  /** Header rows with labels are [headerStart, labelEnd); a row of column numbers may follow. */
  headerStart: number;
  labelEnd: number;
  columns: ColumnInfo[];
  rows: RowInfo[];
  /** values[r][c]: the value of the cell whose top-left slot is (r, c); covered slots are 'none'. */
  values: CellValue[][];
}

const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim();

const isOrigin = (s: TableSlot, r: number, c: number) => s.row === r && s.column === c;

/** How many slots of row r the cell at (r, c) spans. */
function colSpan(grid: TableSlot[][], r: number, c: number): number {
  let k = c + 1;
  while (k < grid[r].length && grid[r][k].row === grid[r][c].row && grid[r][k].column === grid[r][c].column) k++;
  return k - c;
}

/** One merged cell across the whole row: a title inside the table ("Biểu 01 …", "Đơn vị tính: hộ"). */
function isTitleRow(grid: TableSlot[][], r: number): boolean {
  const row = grid[r];
  return row.length > 1 && row.every((s) => s.row === row[0].row && s.column === row[0].column) && norm(row[0].text) !== '';
}

const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[A-HK-Z])\)?(?:\s*[=+*/×:-]\s*\(?\d{1,2}\)?)*$/u;

/** A row of column numbers: "(1) (2) (3)…", "A B 1 2 3", "1 2 3=1+2": short marks, the numbers rising. */
function isNumberingRow(grid: TableSlot[][], r: number): boolean {
  const marks = grid[r].filter((s, c) => isOrigin(s, r, c)).map((s) => norm(s.text));
  const filled = marks.filter((m) => m !== '');
  if (filled.length < Math.max(3, marks.length - 1) || !filled.every((m) => COLUMN_NUMBER.test(m))) return false;
  const nums = filled.map((m) => /^\(?(\d{1,2})/u.exec(m)?.[1]).filter((x): x is string => !!x).map(Number);
  return nums.length >= 2 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

function headerEnd(grid: TableSlot[][], values: CellValue[][], start: number): number {
  const n = grid.length;
  let h = Math.min(start + 1, n);
  for (;;) {
    if (h >= n || h - start >= 4) break;
    // A header cell merged down past the rows taken so far ("STT" over three rows) takes the next row too.
    if (grid[h].some((s) => s.row < h && s.row >= start)) {
      h++;
      continue;
    }
    // A header cell merged across ("Chia ra" over "Nam", "Nữ") has its sub-labels in the next row.
    const prev = h - 1;
    const group = grid[prev].some((s, c) => isOrigin(s, prev, c) && colSpan(grid, prev, c) > 1 && colSpan(grid, prev, c) < grid[prev].length && norm(s.text) !== '');
    const figures = values[h].some((v) => v.kind === 'number');
    if (group && !figures && !isNumberingRow(grid, h)) {
      h++;
      continue;
    }
    // A row of units under the labels ("(người)", "(hộ)", "%", "ha"), merged or not.
    if (isUnitRow(grid, h)) {
      h++;
      continue;
    }
    break;
  }
  return h;
}

const UNIT = /^\(?\s*(?:người|hộ|khẩu|nhân khẩu|%|‰|ha|m2|m²|km|km2|km²|tấn|tạ|kg|con|đồng|nghìn đồng|triệu đồng|tỷ đồng|lượt|cái|chiếc|cơ sở|lớp|học sinh|trường|đvt|đơn vị tính)\s*\)?$/iu;

/** Units written under the column labels: every filled cell a unit or in parentheses, at least two of them. */
function isUnitRow(grid: TableSlot[][], r: number): boolean {
  const cells = grid[r].filter((s, c) => isOrigin(s, r, c)).map((s) => norm(s.text)).filter((t) => t !== '');
  return cells.length >= 2 && cells.every((t) => UNIT.test(t) || /^\([^()\d]*\)$/u.test(t));
}

const CODE_HEADER = /^(?:stt|tt|số tt|số thứ tự|ký hiệu|kí hiệu|mã(?:\s+[\p{L}\s]*)?)$/iu;
const CODE_VALUE = /^(?:[IVXL]+|[A-ZĐ]|[a-zđ]|\d{1,3}(?:\.\d{1,2})*|[-+*•])[.)]?$/u;
const ROMAN = /^[IVXL]+[.)]?$/u;
const CAPITAL = /^[A-ZĐ][.)]?$/u;
const DECIMAL_CODE = /^\d{1,3}\.\d{1,2}(?:\.\d{1,2})*[.)]?$/u;
const ARABIC = /^\d{1,3}[.)]?$/u;
const SMALL = /^[a-zđ][.)]?$/u;

/** Words of a label meaning the row is the whole: "Tổng cộng", "Tổng số", "Cộng", "Toàn xã"… alone. */
const WHOLE_AREA = String.raw`(?:toàn|cả)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|quốc|nước)`;
export const TOTAL_LABEL = new RegExp(String.raw`^(?:tổng cộng|tổng số|tổng|cộng|${WHOLE_AREA}|tổng chung|cộng chung|chung\s+${WHOLE_AREA})(?:\s+(?:chung|${WHOLE_AREA}|các (?:thôn|xóm|xã|huyện|đơn vị)))?\s*[:.]?\s*(?:\([^)]*\))?$`, 'iu');
/** "Cộng thôn An Lạc", "Cộng nhóm I", "Cộng I", "Cộng (I)": a group's subtotal. */
function isSubtotal(label: string): boolean {
  const m = /^(?:cộng|tổng cộng|tổng số|tổng)\s+(\S+)/iu.exec(label);
  if (!m) return false;
  return /^(?:thôn|xóm|nhóm|khối|khu|tổ|mục|phần)$/iu.test(m[1]) || /^\(?(?:[IVX]+|[A-Z])[.)]?$/u.test(m[1]) || m[1].startsWith('(');
}
/** "Tổng diện tích tự nhiên", "Tổng thu ngân sách": a whole, when it heads or closes the table. */
const TOTAL_OF = /^tổng\s+\p{L}/iu;
export const OF_WHICH = /^(?:trong đó|trong số đó|tr\.\s*đó|riêng|tđ)\s*[:,]?/iu;
const DASHED = /^[-+*•–]\s*/u;

function rateHeader(path: string[]): boolean {
  return path.some((p) => /(?:tỷ lệ|tỉ lệ|phần trăm|cơ cấu)/iu.test(p) || /%/u.test(p));
}

/** Figures that do not add up down a table: averages, prices, densities, indices, ranks, years, codes. */
const NOT_ADDITIVE = /(?:bình quân|trung bình|\bBQ\b|mật độ|năng suất|đơn giá|giá bán|tốc độ|chỉ số|so sánh|so với|xếp hạng|xếp loại|thứ hạng|hệ số|định mức|năm sinh|năm thành lập|năm xây dựng|số điện thoại|ghi chú|tuổi thọ|^độ tuổi|^tuổi|thu nhập bình quân)/iu;

function yearValued(vals: CellValue[]): boolean {
  const nums = vals.filter((v): v is Extract<CellValue, { kind: 'number' }> => v.kind === 'number');
  return nums.length > 0 && nums.every((v) => v.decimals === 0 && v.value >= 1900 && v.value <= 2100);
}

function caption(paragraphs: string[], table: ReportTable, floor = 0): string | null {
  for (let p = table.start - 1; p >= floor && p >= table.start - 4; p--) {
    const m = /^\s*((?:biểu|bảng|phụ biểu|phụ lục)\s*(?:số\s*)?(?:\d{1,3}[a-z]?|[IVX]+)(?:[./-]\d{1,3})?)(?![\p{L}\p{N}])/iu.exec(norm(paragraphs[p] ?? ''));
    if (m) return m[1].replace(/^\p{Ll}/u, (x) => x.toUpperCase());
  }
  return null;
}

/** Reads a table's layout; `order` is its 1-based position among the document's tables; its caption is looked for
 *  in the paragraphs before it from `floor` on (the end of the table before it). */
export function readLayout(table: ReportTable, order: number, paragraphs: string[], floor = 0): TableLayout {
  const grid = table.grid;
  const width = grid[0]?.length ?? 0;
  const commas = usesCommaThousands(grid.flat().map((s) => s.text));
  const values = grid.map((row, r) => row.map((s, c) => (isOrigin(s, r, c) ? cellValue(s.text, commas) : ({ kind: 'none' } as CellValue))));
  let headerStart = 0;
  while (headerStart < grid.length - 1 && isTitleRow(grid, headerStart)) headerStart++;
  let bodyStart = headerEnd(grid, values, headerStart);
  const labelEnd = bodyStart;
  const numbering = bodyStart < grid.length && isNumberingRow(grid, bodyStart) ? bodyStart++ : -1;
  const inner = grid.slice(0, headerStart).map((row) => norm(row[0].text)).find((t) => /^(?:biểu|bảng)/iu.test(t));
  const own = caption(paragraphs, table, floor) ?? (inner ? caption([inner], { grid, start: 1, end: 1 }) : null);

  const columns: ColumnInfo[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    let last = '';
    for (let r = headerStart; r < labelEnd; r++) {
      const s = grid[r][c];
      const key = `${s.row},${s.column}`;
      if (key !== last && norm(s.text)) path.push(norm(s.text));
      last = key;
    }
    const mark = numbering >= 0 ? norm(grid[numbering][c].text).replace(/^\((.*)\)$/u, '$1').split(/\s*[=+*/×:-]/u)[0] : '';
    const body = values.slice(bodyStart).map((row) => row[c]);
    const nums = body.filter((v) => v.kind === 'number').length;
    const texts = body.filter((v) => v.kind === 'text').length;
    const label = path[path.length - 1] ?? '';
    const codeLike = grid.slice(bodyStart).every((row, i) => !isOrigin(row[c], bodyStart + i, c) || norm(row[c].text) === '' || CODE_VALUE.test(norm(row[c].text)) || TOTAL_LABEL.test(norm(row[c].text)));
    let kind: ColumnInfo['kind'] = nums > 0 && texts * 2 <= nums ? 'figure' : 'label';
    if (CODE_HEADER.test(label) || (c === 0 && codeLike && width > 2 && !TOTAL_LABEL.test(label))) kind = 'code';
    if (kind === 'figure' && yearValued(body) && /năm/iu.test(label)) kind = 'label';
    const rate = kind === 'figure' && (rateHeader(path) || body.filter((v) => v.kind === 'number' && v.percent).length * 2 > nums);
    const additive = kind === 'figure' && !rate && !path.some((p) => NOT_ADDITIVE.test(p.replace(/dân số trung bình/iu, ''))) && !yearValued(body);
    columns.push({ index: c, path, label, number: mark || String(c + 1), kind, additive, rate });
  }

  const rows: RowInfo[] = [];
  let lastWhole = -1;
  let inOfWhich = false;
  const rowKey = (r: number) => grid[r].map((x) => norm(x.text)).join('|');
  const headerKeys = new Set(Array.from({ length: bodyStart - headerStart }, (_, i) => rowKey(headerStart + i)));
  for (let r = bodyStart; r < grid.length; r++) {
    if (headerKeys.has(rowKey(r)) || isNumberingRow(grid, r)) {
      rows.push({ index: r, kind: 'repeat', level: 9, additive: false, name: `${r + 1}` });
      continue;
    }
    const seen = new Set<string>();
    let code = '';
    const words: string[] = [];
    grid[r].forEach((s, c) => {
      const key = `${s.row},${s.column}`;
      if (seen.has(key) || columns[c].kind === 'figure') return;
      seen.add(key);
      const t = norm(s.text);
      if (!t) return;
      if (columns[c].kind === 'code' && s.column === c && colSpan(grid, s.row, c) === 1) code = t;
      else words.push(t);
    });
    const label = words[0] ?? '';
    const bare = label.replace(/^(?:[IVXL]+|[A-Z]|\d{1,3})[.)]\s+/u, '');
    let kind: RowKind = 'item';
    let level = 2;
    if (ROMAN.test(code)) level = 1;
    else if (CAPITAL.test(code)) level = 0;
    else if (DECIMAL_CODE.test(code)) level = 3;
    else if (SMALL.test(code)) level = 4;
    else if (ARABIC.test(code)) level = 2;
    else if (DASHED.test(code) || DASHED.test(label)) level = 5;
    else if (!code) {
      // A group heading merged across the row carries its code in its text: "A. Khen thưởng…", "II. Thôn Tây".
      const own = /^([IVXL]+|[A-ZĐ]|\d{1,3}|[a-zđ])[.)]\s/u.exec(label)?.[1] ?? '';
      level = ROMAN.test(own) ? 1 : CAPITAL.test(own) ? 0 : SMALL.test(own) ? 4 : 2;
    }
    if (isSubtotal(bare) && !TOTAL_LABEL.test(bare)) kind = 'subtotal';
    else if (TOTAL_LABEL.test(bare) || (!label && TOTAL_LABEL.test(code))) kind = /^cộng\s*[:.]?$/iu.test(bare || code) ? 'subtotal' : 'total';
    else if (OF_WHICH.test(label) || (inOfWhich && level === 5)) kind = 'part';
    else if (level === 5 && lastWhole >= 0) kind = 'part';
    else if (level <= 1) kind = 'group';
    else if (TOTAL_OF.test(bare) && (r === bodyStart || r === grid.length - 1)) kind = 'total';
    if (kind === 'part') inOfWhich = inOfWhich || OF_WHICH.test(label);
    else {
      inOfWhich = false;
      lastWhole = r;
    }
    const name = label || code || `${r + 1}`;
    const additive = !rateHeader(words) && !NOT_ADDITIVE.test(label) && !/^năm\b/iu.test(label);
    rows.push({ index: r, kind, level, additive, name: name.length > 40 ? `${name.slice(0, 38)}…` : name, ...(kind === 'part' && lastWhole >= 0 ? { parent: lastWhole } : {}) });
  }
  // "Cộng" alone is the grand total when the table has no groups to subtotal.
  if (!rows.some((x) => x.kind === 'group') && !rows.some((x) => x.kind === 'total')) {
    const lone = rows.filter((x) => x.kind === 'subtotal');
    if (lone.length === 1) lone[0].kind = 'total';
  }
  return {
    table,
    name: own ?? `Biểu ${order}`,
    nameEn: own ?? `Table ${order}`,
    bodyStart,
    headerStart,
    labelEnd,
    columns,
    rows,
    values,
  };
}

/** "cột 5 (Số hộ nghèo)": the column as the table numbers it, with its lowest header. */
export function columnName(l: TableLayout, c: number, en = false): string {
  const col = l.columns[c];
  const label = col.label.length > 40 ? `${col.label.slice(0, 38)}…` : col.label;
  return `${en ? 'column' : 'cột'} ${col.number}${label ? ` (${label})` : ''}`;
}

export function rowName(l: TableLayout, r: number, en = false): string {
  const row = l.rows.find((x) => x.index === r);
  return `${en ? 'row' : 'dòng'} ${row?.name ?? r + 1}`;
}

/** "Biểu 2, dòng Tổng cộng, cột 5 (Số hộ)". */
export function place(l: TableLayout, r: number, c: number, en = false): string {
  return `${en ? l.nameEn : l.name}, ${rowName(l, r, en)}, ${columnName(l, c, en)}`;
}

/** A finding at a cell of the table: named by its place ("Biểu 2, dòng Tổng cộng, cột 5"), the row as its excerpt. */
export function cellFinding(l: TableLayout, r: number, c: number, vi: string, en: string, code: Finding['code'] = 'report.table.sum'): Finding {
  const slot = l.table.grid[r][c];
  const rowText = l.table.grid[r].filter((s, k) => s.row === r && s.column === k).map((s) => s.text.replace(/\s+/gu, ' ').trim()).join(' | ');
  const where = place(l, r, c);
  const whereEn = place(l, r, c, true);
  return {
    code,
    paragraph: slot.paragraph >= 0 ? slot.paragraph : l.table.start,
    excerpt: excerpt(rowText),
    location: where,
    locationEn: whereEn,
    message: `${where}: ${vi}`,
    messageEn: `${whereEn}: ${en}`,
  };
}
