// Registers that are not .xlsx: legacy .xls (BIFF), .ods, HTML tables and SpreadsheetML 2003 saved as .xls by
// government software, and .csv. Used by the CLI and by the pane's worker alike, so: bytes in, no Node imports, and
// the SheetJS library loaded only when such a file is opened (it is larger than the rest of the pane).
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import type { Grid } from '../core/grid';
import { csvGrid, MAX_ROWS } from './csv';
import { baseName, unusable, UnusableInputError } from './errors';
import { hasUtf16Name, isEncryptedPackage, type SpreadsheetFormat } from './formatSniff';
import { linesAroundTables, withLinesAround } from './htmlTitles';
import { decodeText } from './plainText';
import { gridsOf } from './sheetjsGrids';

/** The same shape as the .xlsx readers give (one Grid per sheet, in tab order). */
export interface OtherWorkbook { file: string; sheets: Grid[]; created?: Date; modified?: Date }

/** The formats this module reads; .xlsx and unrecognised bytes go to the .xlsx reader. */
export type OtherFormat = Exclude<SpreadsheetFormat, 'xlsx' | 'unknown'>;

type SheetJs = typeof import('@e965/xlsx');

const READ_OPTIONS: ParsingOptions = {
  dense: true,
  cellDates: true,
  UTC: true, // dates at UTC midnight of their day, whatever the machine's time zone, as the .xlsx reader gives them
  raw: true, // text formats: keep every cell as written, typed by us (see textCellValue)
  sheetRows: MAX_ROWS,
  cellHTML: false,
  cellStyles: false,
  bookVBA: false,
  WTF: false,
};

/** Reads one of the other formats; throws UnusableInputError (with a Vietnamese message) for unusable input. */
export async function readOtherFormat(bytes: Uint8Array, format: OtherFormat, file: string): Promise<OtherWorkbook> {
  let book: Omit<OtherWorkbook, 'file'>;
  try {
    book = format === 'csv' ? { sheets: [csvGrid(decodeText(bytes), sheetNameOf(file))] } : await readWithSheetJs(bytes, format, file);
  } catch (e) {
    throw e instanceof UnusableInputError ? e : unusable('unreadable', file); // e.g. text too large for one string
  }
  if (book.sheets.length === 0 || book.sheets.every((s) => s.values.length === 0)) throw unusable('empty', file);
  return { file, ...book };
}

async function readWithSheetJs(bytes: Uint8Array, format: Exclude<OtherFormat, 'csv'>, file: string): Promise<Omit<OtherWorkbook, 'file'>> {
  // Excel wraps a password-protected .xlsx in an OLE file, as it does an old .xls: stream names tell.
  if (format === 'ole' && isEncryptedPackage(bytes)) throw unusable('encrypted', file);
  const XLSX: SheetJs = await import('@e965/xlsx');
  if (format === 'ole') checkOle(XLSX, bytes, file);
  let wb: WorkBook;
  const markup = format === 'markup' ? decodeText(bytes).replace(/^[\s\uFEFF]+/, '') : '';
  try {
    wb = quietly(() => (format === 'markup' ? XLSX.read(markup, { ...READ_OPTIONS, type: 'string' }) : XLSX.read(bytes, { ...READ_OPTIONS, type: 'array' })));
  } catch (e) {
    throw failure(e, format, file);
  }
  let sheets: Grid[];
  try {
    const html = format === 'markup' && !isSpreadsheetXml(wb);
    sheets = quietly(() => gridsOf(wb, { textCells: html, soleSheetName: html ? sheetNameOf(file) : undefined }));
    if (html && sheets.length === 1) sheets = [withLinesAround(sheets[0], linesAroundTables(markup))];
  } catch {
    throw unusable('unreadable', file);
  }
  const created = validDate(wb.Props?.CreatedDate);
  const modified = validDate(wb.Props?.ModifiedDate);
  return { sheets, ...(created ? { created } : {}), ...(modified ? { modified } : {}) };
}

/** Runs a SheetJS call with the console silenced: on damaged input it prints its own English lines ("Missing Info
 *  for XLS Record 0x20c") and goes on, which in the CLI would reach the clerk's terminal beside our one line. */
function quietly<T>(read: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

/** A document property date; .xls summary information gives it as ISO text. */
function validDate(d: unknown): Date | undefined {
  const date = d instanceof Date ? d : typeof d === 'string' ? new Date(d) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** An OLE file is a legacy workbook when it holds a Workbook (BIFF8) or Book (BIFF5) stream; one whose directory
 *  reads without such a stream is another document (a Word 97 .doc, an Outlook .msg); one whose directory does not
 *  read is damaged. */
function checkOle(XLSX: SheetJs, bytes: Uint8Array, file: string): void {
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return;
  if (hasUtf16Name(bytes, 'WordDocument') || hasUtf16Name(bytes, 'PowerPoint Document')) throw unusable('not-xlsx', file);
  try {
    XLSX.CFB.read(bytes, { type: 'array' });
  } catch {
    throw unusable('truncated', file);
  }
  throw unusable('not-xlsx', file);
}

/** What a library error means for the clerk; its own text and stack never reach the message. */
function failure(e: unknown, format: Exclude<OtherFormat, 'csv'>, file: string): UnusableInputError {
  const text = e instanceof Error ? e.message : String(e);
  // SheetJS's words for a workbook with a password to open (not its "Unsupported ZIP encryption": damaged bytes).
  if (/password|encryption scheme/i.test(text)) return unusable('encrypted', file);
  if (format === 'markup' && /could not find <table>/i.test(text)) return unusable('empty', file); // a page, no table
  // A binary file the library stumbles on is cut off or damaged (it then fails with a TypeError, not a reason):
  // "get the original again, or let Excel repair it". Markup it cannot read is better re-saved from Excel.
  return unusable(format === 'markup' ? 'unreadable' : 'truncated', file);
}

/** SpreadsheetML 2003 and flat ODS carry typed cells; an HTML table carries only text. */
function isSpreadsheetXml(wb: WorkBook): boolean {
  return wb.bookType === 'xlml' || wb.bookType === 'fods';
}

/** Excel names the one sheet of a CSV or HTML file after the file: "so-ho.csv" → "so-ho" (31 characters at most). */
function sheetNameOf(file: string): string {
  const name = baseName(file).replace(/\.[^.]*$/, '');
  return (name || 'Sheet1').slice(0, 31);
}
