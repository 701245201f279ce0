/// <reference types="office-js" />
// The few things every part of the Excel adapter needs from the Office.js runtime: the batch runner, the
// requirement-set checks, the document settings, and a way to count round trips.
import type { PaneSettings } from './port';
import type { LayoutOverride } from '../../core/layout/detect';
import { parseConfirmedProfile } from '../confirmedProfile';
import { countBatchSyncs, isRecord, isSetSupported, officePlatform, officeSettings, persistSettings, storedObject, type CountedBatchRun } from '../officeShared';

/** The one form of `Excel.run` the adapter uses; `Excel.run` itself and test fakes both fit. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The key under which the pane keeps its settings in the workbook. */
export const SETTINGS_KEY = 'baocao';

/** Whether the host has ExcelApi `version` (false outside Office, so callers fall back instead of throwing). */
export function excelApiAtLeast(version: string): boolean {
  return isSetSupported('ExcelApi', version);
}

/** The add-in needs ExcelApi 1.9 (RangeAreas, page layout); older Excel gets a message instead of failures. */
export function excelApiSupported(): boolean {
  return excelApiAtLeast('1.9');
}

/** Excel on the web limits a request's response to about 5 MB, so large reads there must be split. */
export function runsOnTheWeb(): boolean {
  return officePlatform() === 'OfficeOnline';
}

/** The error Excel raises when `getItem` names a sheet that is not there (the old, portable existence check). */
export function isItemNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemNotFound';
}

function parseOverride(v: unknown): LayoutOverride | null {
  if (!isRecord(v)) return null;
  const out: LayoutOverride = {};
  if (v.kind === 'households' || v.kind === 'awards') out.kind = v.kind;
  if (Array.isArray(v.headerRows) && v.headerRows.every((n) => typeof n === 'number')) out.headerRows = v.headerRows as number[];
  if (isRecord(v.columns)) {
    const columns: Record<string, string | number> = {};
    for (const [k, c] of Object.entries(v.columns)) if (typeof c === 'string' || typeof c === 'number') columns[k] = c;
    out.columns = columns;
  }
  return out;
}

/** Settings as stored: an object (or its JSON, from older saves); anything unreadable gives the defaults. */
export function parsePaneSettings(raw: unknown): PaneSettings {
  const v = storedObject(raw);
  const settings: PaneSettings = { overrides: {} };
  if (!v) return settings;
  if (isRecord(v.overrides)) {
    for (const [sheet, o] of Object.entries(v.overrides)) {
      const parsed = parseOverride(o);
      if (parsed) settings.overrides[sheet] = parsed;
    }
  }
  if (typeof v.summarySheet === 'string') settings.summarySheet = v.summarySheet;
  const profile = parseConfirmedProfile(v.profile);
  if (profile) settings.profile = profile;
  return settings;
}

/** The pane's settings kept in the document; read locally, no round trip to Excel. */
export function readPaneSettings(): PaneSettings {
  return parsePaneSettings(officeSettings()?.get(SETTINGS_KEY));
}

/** Stores the settings and persists them in the file (settings live in memory until `saveAsync`). */
export function savePaneSettings(settings: PaneSettings): Promise<void> {
  const store = officeSettings();
  if (!store) return Promise.resolve();
  store.set(SETTINGS_KEY, settings);
  return persistSettings(store);
}

/** A run that counts every `context.sync()` its batches make: tests and the bench check the round trips. */
export type CountedRun = CountedBatchRun<Excel.RequestContext>;

export function countSyncs(run: ExcelRun): CountedRun {
  return countBatchSyncs<Excel.RequestContext>(run);
}
