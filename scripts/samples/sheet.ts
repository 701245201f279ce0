// A sheet as the generator lays it out (rows of values, merges, widths), and its writing as an .xlsx with exceljs.
// The bytes are stable: fixed workbook dates, and the zip entries re-stamped with the same fixed date.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAVED } from './commune';

export type Value = string | number | Date | null | { error: '#N/A' | '#REF!' | '#VALUE!' };
export type Row = Value[];

export interface SheetSpec {
  name: string;
  /** rows[0] is row 1; a row's values[0] is column A. */
  rows: Row[];
  /** Merged ranges, "B1:F1". */
  merges: string[];
  /** Column widths, from column A. */
  widths: number[];
  /** 1-based rows written in bold (titles, header, section, total rows). */
  bold: number[];
  /** 1-based row range of the table, drawn with thin borders. */
  table?: { from: number; to: number; fromCol: number; toCol: number };
  /** 1-based columns holding date cells, shown as dd/mm/yyyy. */
  dateColumns?: number[];
  /** 1-based columns formatted as text (codes and CCCD keep their leading 0). */
  textColumns?: number[];
  /** Rows frozen above the data. */
  freeze?: number;
}

/** "A", "B", … "AA" for a 1-based column. */
export function letter(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** An empty row of `n` cells with some cells set: `at(13, [2, 'x'], [5, 'y'])` (1-based columns). */
export function at(n: number, ...cells: Array<[number, Value]>): Row {
  const row: Row = new Array(n).fill(null);
  for (const [c, v] of cells) row[c - 1] = v;
  return row;
}

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, spec.freeze ? { views: [{ state: 'frozen', ySplit: spec.freeze }] } : {});
  ws.columns = spec.widths.map((width) => ({ width }));
  const bold = new Set(spec.bold);
  const dates = new Set(spec.dateColumns ?? []);
  const texts = new Set(spec.textColumns ?? []);
  spec.rows.forEach((values, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
    });
    const t = spec.table;
    const width = Math.max(values.length, t && r >= t.from && r <= t.to ? t.toCol : 0);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.font = bold.has(r) ? { ...FONT, bold: true } : FONT;
      if (t && r >= t.from && r <= t.to && c >= t.fromCol && c <= t.toCol) {
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (dates.has(c)) cell.numFmt = 'dd/mm/yyyy';
        if (texts.has(c)) cell.numFmt = '@';
      }
    }
  });
  for (const m of spec.merges) ws.mergeCells(m);
}

/** The workbook's bytes: the same sheets always give the same bytes. */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'UBND xã Tân Lập';
  wb.lastModifiedBy = 'UBND xã Tân Lập';
  wb.created = SAVED;
  wb.modified = SAVED;
  for (const s of sheets) addSheet(wb, s);
  const written = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const name of Object.keys(written.files)) {
    const entry = written.files[name];
    if (entry.dir) continue;
    stable.file(name, await entry.async('uint8array'), { date: SAVED, createFolders: false });
  }
  return stable.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
