// The pane's view of Excel: a small interface of our own with two implementations, the Office.js adapter and an
// in-memory fake (tests, end-to-end runs, the page outside Office). No component calls Office.js directly.
import type { CellValue, Grid } from '../../core/grid';
import type { Severity } from '../../core/rules/issue';
import type { LayoutOverride } from '../../core/layout/detect';
import type { ConfirmedProfile } from '../confirmedProfile';

export interface SheetInfo {
  grid: Grid;
  /** The sheet is protected: the add-in cannot write to it. */
  protected: boolean;
  /** Hidden or very hidden sheets (our own journal is never listed). */
  visible: boolean;
}

export interface WorkbookSnapshot {
  /** The workbook's file name, when the host knows it. */
  name: string;
  sheets: SheetInfo[];
  /** What the add-in stored in the workbook earlier: column mapping corrections. */
  settings: PaneSettings;
  /** Fixes kept in the workbook's journal that can still be undone. */
  journal: JournalEntry[];
}

export interface PaneSettings {
  /** Layout corrections by sheet name. */
  overrides: Record<string, LayoutOverride>;
  /** Name of the summary sheet the add-in created, so it only ever rewrites its own. */
  summarySheet?: string;
  /** The report year and villages the clerk confirmed in the pane (part of the commune profile). */
  profile?: ConfirmedProfile;
}

/** Cells to colour for one severity: sheet and A1 addresses. */
export interface HighlightGroup {
  sheet: string;
  severity: Severity;
  cells: string[];
}

/** A value the add-in writes into a cell. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number;
  /** The issue code the write repairs, kept in the journal. */
  code: string;
}

/** One fix as kept in the workbook: the value before and after, so it can be undone exactly. */
export interface JournalEntry {
  batch: string;
  at: string;
  sheet: string;
  cell: string;
  before: CellValue;
  /** The cell's number format before the fix ("@" for text), restored with the value. */
  beforeFormat: string;
  /** The cell's formula before the fix, when it held one (`before` is then its result): undo puts the formula back. */
  beforeFormula?: string;
  after: string | number;
  code: string;
}

/** The summary sheet's content: a title, blocks of cells, and charts over ranges of those blocks. */
export interface SummarySheetModel {
  name: string;
  title: string;
  subtitle: string;
  tables: Array<{ title: string; header: string[]; rows: Array<Array<string | number>>; totalRow?: Array<string | number>; numberFormats?: string[] }>;
  charts: Array<{ title: string; type: 'column' | 'pie' | 'bar'; table: number; labelColumn: number; valueColumns: number[] }>;
}

export type SummaryResult = { ok: true; sheet: string; created: boolean } | { ok: false; reason: 'not-ours'; sheet: string };

/** Everything the Excel pane asks of its host. Each call is one user action: one read sync and one write sync at most. */
export interface ExcelPort {
  /** Reads every sheet's used range (values, merges) and the add-in's settings and journal, in one batch. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Colours issue cells by severity with conditional formats of the add-in's own; the clerk's fills are never touched. */
  highlight(groups: HighlightGroup[]): Promise<void>;
  /** Deletes the add-in's conditional formats, and only those. */
  clearHighlight(): Promise<void>;
  /** Reads the cells' current values, keeps them in the journal inside the workbook, then writes the fixes. */
  applyFixes(writes: CellWrite[]): Promise<JournalEntry[]>;
  /** Puts back the values (and number formats) the journal kept, and empties it; returns how many cells. */
  undoFixes(): Promise<number>;
  /** Writes or refreshes the summary sheet; refuses a sheet of that name it did not create. */
  writeSummarySheet(model: SummarySheetModel): Promise<SummaryResult>;
  saveSettings(settings: PaneSettings): Promise<void>;
}

/** Writing a text that Excel would read as a formula, number or date: the leading apostrophe keeps it text. */
export function asLiteral(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@]/.test(value) || /^\s*[-+]?[\d.,]+\s*%?$/.test(value) || /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(value) || /^(true|false)$/i.test(value) ? `'${value}` : value;
}
