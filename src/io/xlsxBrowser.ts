// Reading .xlsx files in the pane (browser or worker): exceljs's in-memory reader, which runs without Node streams.
// Loaded only when the clerk opens a workbook file (a dynamic import), so the pane stays light.
import ExcelJS from 'exceljs';
import type { CellValue, Grid, LegacyFont, MergedRegion } from '../core/grid';
import { parseA1 } from '../core/grid';
import { formulaResult, legacyFont, plain, prop } from './xlsxValues';

export interface BrowserWorkbook {
  file: string;
  sheets: Grid[];
  created?: Date;
  modified?: Date;
}

/** Why a file could not be read, for the pane's message. */
export type BrowserReadProblem = 'not-xlsx' | 'encrypted' | 'unreadable';

export class BrowserReadError extends Error {
  constructor(readonly problem: BrowserReadProblem, readonly file: string) {
    super(`${problem}: ${file}`);
  }
}

function sniff(bytes: Uint8Array, file: string): void {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE file here is an encrypted .xlsx ("EncryptedPackage" stream); old .xls files go to the other reader first.
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    throw new BrowserReadError(text.includes('EncryptedPackage') ? 'encrypted' : 'unreadable', file);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new BrowserReadError('not-xlsx', file);
}

function mergesOf(ws: ExcelJS.Worksheet): MergedRegion[] {
  const ranges = prop(ws.model, 'merges');
  if (!Array.isArray(ranges)) return [];
  return ranges.flatMap((r) => {
    const [a, b] = String(r).split(':');
    const p = parseA1(a);
    const q = parseA1(b ?? a);
    return p && q ? [{ top: p.row - 1, left: p.column - 1, bottom: q.row - 1, right: q.column - 1 }] : [];
  });
}

function gridOf(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const values: CellValue[][] = [];
  const legacy = new Map<string, LegacyFont>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value;
      const v = raw !== null && typeof raw === 'object' && 'formula' in raw ? formulaResult(prop(raw, 'result'), cell.numFmt, date1904) : plain(raw);
      if (v === null) return;
      while (out.length < c - 1) out.push(null);
      out[c - 1] = v;
      const font = typeof v === 'string' ? legacyFont({ value: raw, style: { font: { name: cell.font?.name } } }) : null;
      if (font) legacy.set(`${r - 1},${c - 1}`, font);
    });
    values[r - 1] = out;
  });
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  const grid: Grid = { sheet: ws.name, originRow: 1, originColumn: 1, values, merges: mergesOf(ws) };
  if (legacy.size) grid.legacyFonts = legacy;
  return grid;
}

/** Reads .xlsx bytes into one Grid per worksheet; throws BrowserReadError for files it cannot use. */
export async function readXlsxBytes(bytes: ArrayBuffer, file: string): Promise<BrowserWorkbook> {
  const view = new Uint8Array(bytes);
  sniff(view, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    throw new BrowserReadError('unreadable', file);
  }
  const date1904 = prop(prop(wb, 'properties'), 'date1904') === true;
  return { file, sheets: wb.worksheets.map((ws) => gridOf(ws, date1904)), created: wb.created, modified: wb.modified };
}
