/// <reference types="office-js" />
// The fix journal kept inside the workbook, on a very hidden sheet: it travels with the file, so a fix can be
// undone after the pane (or Excel) was closed, and the clerk never sees or edits it by accident.
import type { CellValue } from '../../core/grid';
import { isExcelError } from '../../core/grid';
import type { JournalEntry } from './port';

export const JOURNAL_SHEET = '_baocao_journal';

/** Column order of a journal row; the header row makes the sheet readable if someone unhides it. */
export const JOURNAL_HEADER = ['batch', 'at', 'sheet', 'cell', 'before', 'beforeFormat', 'after', 'code', 'beforeFormula'] as const;
const COLUMNS = JOURNAL_HEADER.length;
/** Journals written before the formula column have eight columns; their rows are read as rows without a formula. */
const REQUIRED_COLUMNS = 8;

/**
 * Every journal cell is written with a leading apostrophe: Excel keeps it as text whatever it looks like
 * (JSON "4", an ISO timestamp, a sheet named "2024"), so what is read back is exactly what was written.
 */
function text(s: string): string {
  return `'${s}`;
}

export function journalRow(e: JournalEntry): string[] {
  return [e.batch, e.at, e.sheet, e.cell, JSON.stringify(e.before), e.beforeFormat, JSON.stringify(e.after), e.code, e.beforeFormula ?? ''].map(text);
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** A `before` value as kept in the journal: only shapes a cell can hold are accepted. */
function parseCellValue(s: string): CellValue | undefined {
  const v = parseJson(s);
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isExcelError(v)) return { error: v.error };
  return undefined;
}

/** Journal rows (the sheet's used-range values) back into entries; the header, blank and damaged rows are skipped. */
export function entriesFromJournal(values: unknown[][]): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const row of values) {
    if (row.length < REQUIRED_COLUMNS) continue;
    const [batch, at, sheet, cell, before, beforeFormat, after, code, beforeFormula] = row.slice(0, COLUMNS).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!batch || batch === JOURNAL_HEADER[0] || !sheet || !cell) continue;
    const beforeValue = parseCellValue(before);
    const afterValue = parseJson(after);
    if (beforeValue === undefined || (typeof afterValue !== 'string' && typeof afterValue !== 'number')) continue;
    const entry: JournalEntry = { batch, at, sheet, cell, before: beforeValue, beforeFormat: beforeFormat || 'General', after: afterValue, code };
    if (beforeFormula?.startsWith('=')) entry.beforeFormula = beforeFormula;
    out.push(entry);
  }
  return out;
}

/** Queues the journal sheet's creation: very hidden, with its header row. */
export function queueCreateJournal(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(JOURNAL_SHEET);
  sheet.visibility = 'VeryHidden';
  queueHeader(sheet);
  return sheet;
}

function queueHeader(sheet: Excel.Worksheet): void {
  sheet.getRangeByIndexes(0, 0, 1, COLUMNS).values = [JOURNAL_HEADER.map(text)];
}

/**
 * Queues the rows' append below the last used row. The position is worked out by Excel while the batch runs
 * (used range → last row → the row under it), so appending needs no read of the journal first.
 */
export function queueAppend(sheet: Excel.Worksheet, entries: JournalEntry[]): void {
  if (entries.length === 0) return;
  const first = sheet.getUsedRange(true).getLastRow().getCell(1, 0);
  first.getResizedRange(entries.length - 1, COLUMNS - 1).values = entries.map(journalRow);
}

/** Queues the journal's emptying: contents go, the header comes back. */
export function queueClear(sheet: Excel.Worksheet): void {
  sheet.getRange().clear('Contents');
  queueHeader(sheet);
}

/**
 * The formula a cell held, from what Excel gives for it: `formulas` is the formula, or the value itself when the cell
 * holds none (a text "=1+1" typed with an apostrophe has the same formula and value, and is no formula).
 */
export function formulaOf(formula: unknown, value: unknown): string | undefined {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : undefined;
}

/** What to write to put a journalled value back: empty stays empty, text stays text, errors become errors again. */
export function restoreValue(before: CellValue, numberFormat: string): string | number | boolean {
  if (before === null) return '';
  if (typeof before === 'number' || typeof before === 'boolean') return before;
  // Any text gets its apostrophe outside "@" cells (not only what asLiteral would catch: "1e5", "12:30"…):
  // the restored cell must hold exactly the text it held.
  if (typeof before === 'string') return numberFormat === '@' ? before : `'${before}`;
  if (isExcelError(before)) return before.error;
  return `'${before.toISOString()}`;
}
