/// <reference types="office-js" />
// The Excel port over Office.js. Each method is one user action and one Excel.run: queue every read, sync,
// compute, queue every write, sync. The sync counts are tested (tests/hosts/officeExcel.test.ts) and must not
// grow with the number of rows or cells, except for the web's response size limit (see officeRead.ts).
import type { CellValue } from '../../core/grid';
import { HostError } from './hostError';
import { gridFromUsedRange, literalFor, rowsFromExcel } from './officeGrid';
import { findOurFormats, queueHighlights } from './officeHighlight';
import { JOURNAL_SHEET, entriesFromJournal, formulaOf, queueAppend, queueClear, queueCreateJournal, restoreValue } from './officeJournal';
import { WEB_CELLS_PER_SYNC, readSheetContents } from './officeRead';
import type { ExcelRun } from './officeRuntime';
import { excelApiAtLeast, isItemNotFound, readPaneSettings, runsOnTheWeb, savePaneSettings } from './officeRuntime';
import { writeSummary } from './officeSummary';
import type { CellWrite, ExcelPort, HighlightGroup, JournalEntry, PaneSettings, SheetInfo, SummaryResult, SummarySheetModel, WorkbookSnapshot } from './port';

export { excelApiSupported, countSyncs } from './officeRuntime';
export type { CountedRun, ExcelRun } from './officeRuntime';

export interface OfficeExcelOptions {
  /** Cells read per sync; default: unlimited on desktop, WEB_CELLS_PER_SYNC on Excel on the web. */
  cellsPerSync?: number;
}

function uniqueSheets(names: string[]): string[] {
  return [...new Set(names)];
}

/**
 * The error to show when a batch naming `sheets` failed: Excel's ItemNotFound becomes the clerk's "sheet no longer
 * there, press Find again" (one more sync, on this error path only); anything else is passed on as it was.
 */
async function sheetError(context: Excel.RequestContext, sheets: string[], error: unknown): Promise<unknown> {
  if (!isItemNotFound(error)) return error;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const missing = sheets.find((n) => !present.has(n.toLowerCase()));
  return missing === undefined ? error : new HostError('missing-sheet', missing);
}

export class OfficeExcel implements ExcelPort {
  /**
   * Sheet names seen at the last read: they let highlight and clearHighlight find the old formats in the same
   * sync as nothing else (Excel cannot list sheets and read their formats in one batch).
   */
  private knownSheets: string[] | null = null;

  constructor(
    private readonly runBatch?: ExcelRun,
    private readonly options: OfficeExcelOptions = {},
  ) {}

  /** The global Excel.run is looked up only when used, so the class can be built outside Office (tests). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.runBatch ? this.runBatch(batch) : Excel.run(batch);
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    const settings = readPaneSettings();
    return this.run(async (context) => {
      context.workbook.load('name');
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/visibility,items/protection/protected');
      await context.sync();
      const items = worksheets.items;
      const cellsPerSync = this.options.cellsPerSync ?? (runsOnTheWeb() ? WEB_CELLS_PER_SYNC : Infinity);
      const contents = await readSheetContents(context, items, { cellsPerSync, merges: excelApiAtLeast('1.13') });
      const sheets: SheetInfo[] = [];
      let journal: JournalEntry[] = [];
      items.forEach((ws, i) => {
        const { used, merges } = contents[i];
        if (ws.name === JOURNAL_SHEET) {
          journal = used ? entriesFromJournal(used.values) : [];
          return;
        }
        sheets.push({ grid: gridFromUsedRange(ws.name, used, merges), protected: ws.protection.protected, visible: ws.visibility === 'Visible' });
      });
      this.knownSheets = sheets.map((s) => s.grid.sheet);
      return { name: context.workbook.name, sheets, settings, journal };
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      try {
        await context.sync();
      } catch (e) {
        throw await sheetError(context, [sheet], e);
      }
    });
  }

  async highlight(groups: HighlightGroup[]): Promise<void> {
    await this.run(async (context) => {
      const known = this.knownSheets ? uniqueSheets([...this.knownSheets, ...groups.map((g) => g.sheet)]) : null;
      const { formats, sheets } = await findOurFormats(context, known);
      this.knownSheets = sheets;
      // Checked before anything is queued: a group on a sheet deleted since the read would fail the write half-way.
      const missing = groups.find((g) => !sheets.includes(g.sheet));
      if (missing) throw new HostError('missing-sheet', missing.sheet);
      for (const f of formats) f.delete();
      queueHighlights(context, groups);
      if (formats.length > 0 || groups.some((g) => g.cells.length > 0)) await context.sync();
    });
  }

  async clearHighlight(): Promise<void> {
    await this.run(async (context) => {
      const { formats, sheets } = await findOurFormats(context, this.knownSheets);
      this.knownSheets = sheets;
      if (formats.length === 0) return;
      for (const f of formats) f.delete();
      await context.sync();
    });
  }

  async applyFixes(writes: CellWrite[]): Promise<JournalEntry[]> {
    if (writes.length === 0) return [];
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const protection = new Map<string, Excel.WorksheetProtection>();
      for (const name of uniqueSheets(writes.map((w) => w.sheet))) {
        const p = worksheets.getItem(name).protection;
        p.load('protected');
        protection.set(name, p);
      }
      const targets = writes.map((w) => worksheets.getItem(w.sheet).getRange(w.cell).load('values,valueTypes,numberFormat,formulas'));
      const journalSheet = worksheets.getItemOrNullObject(JOURNAL_SHEET).load('name');
      try {
        await context.sync();
      } catch (e) {
        throw await sheetError(context, [...protection.keys()], e);
      }

      for (const [name, p] of protection) if (p.protected) throw new HostError('protected', name);
      const batch = `fix-${Date.now().toString(36)}`;
      const at = new Date().toISOString();
      const entries: JournalEntry[] = writes.map((w, i) => {
        const target = targets[i];
        const before: CellValue = rowsFromExcel(target.values, target.valueTypes)[0]?.[0] ?? null;
        const format: unknown = target.numberFormat[0]?.[0];
        const entry: JournalEntry = { batch, at, sheet: w.sheet, cell: w.cell, before, beforeFormat: typeof format === 'string' ? format : 'General', after: w.value, code: w.code };
        // A fix over a formula writes a value; the formula is kept so that undo gives the clerk the formula back.
        const formula = formulaOf(target.formulas[0]?.[0], target.values[0]?.[0]);
        if (formula !== undefined) entry.beforeFormula = formula;
        return entry;
      });
      // Journal first: if the write fails half-way, what was changed can still be put back.
      const journal = journalSheet.isNullObject ? queueCreateJournal(context) : journalSheet;
      queueAppend(journal, entries);
      writes.forEach((w, i) => {
        targets[i].values = [[literalFor(w.value, entries[i].beforeFormat)]];
      });
      await context.sync();
      return entries;
    });
  }

  async undoFixes(): Promise<number> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/protection/protected');
      // getItem and ItemNotFound: a journal that was never created means nothing to undo, and its used range
      // can be read in this same batch (it could not be from a null object).
      const journal = worksheets.getItem(JOURNAL_SHEET);
      const used = journal.getUsedRangeOrNullObject(true).load('values');
      try {
        await context.sync();
      } catch (e) {
        if (isItemNotFound(e)) return 0;
        throw e;
      }
      const entries = used.isNullObject ? [] : entriesFromJournal(used.values);
      if (entries.length === 0) return 0;
      const sheets = new Map(worksheets.items.map((ws) => [ws.name, ws]));
      // A sheet deleted since the fix cannot get its values back; the rest still can.
      const restorable = entries.filter((e) => sheets.has(e.sheet));
      for (const e of restorable) if (sheets.get(e.sheet)?.protection.protected) throw new HostError('protected', e.sheet);
      // Newest first, so a cell fixed twice ends with the value it had before the first fix.
      for (const e of [...restorable].reverse()) {
        const range = worksheets.getItem(e.sheet).getRange(e.cell);
        // A cell formatted as text takes whatever is written as text. A number, boolean, error or formula it held
        // (typed before the clerk formatted it) goes back under General, and the cell then gets its "@" again.
        const notText = e.beforeFormat === '@' && (e.beforeFormula !== undefined || (e.before !== null && typeof e.before !== 'string'));
        range.numberFormat = [[notText ? 'General' : e.beforeFormat]];
        if (e.beforeFormula !== undefined) range.formulas = [[e.beforeFormula]];
        else range.values = [[restoreValue(e.before, e.beforeFormat)]];
        if (notText) range.numberFormat = [['@']];
      }
      queueClear(journal);
      await context.sync();
      return restorable.length;
    });
  }

  async writeSummarySheet(model: SummarySheetModel): Promise<SummaryResult> {
    const settings = readPaneSettings();
    const result = await this.run((context) => writeSummary(context, model, settings.summarySheet === model.name));
    if (result.ok && settings.summarySheet !== model.name) await savePaneSettings({ ...settings, summarySheet: model.name });
    if (result.ok && this.knownSheets && !this.knownSheets.includes(model.name)) this.knownSheets.push(model.name);
    return result;
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    await savePaneSettings(settings);
  }
}
