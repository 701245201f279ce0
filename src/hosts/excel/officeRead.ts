/// <reference types="office-js" />
// Reading every sheet's used range (values, value types, merged areas) in as few round trips as Excel allows.
//
// On Excel for Windows and Mac there is no response size limit: all sheets are read in one sync whatever their
// size. Excel on the web refuses a response over about 5 MB, and chunks queued before one sync come back in one
// response, so there the sizes are read first and the values follow in syncs of at most `cellsPerSync` cells
// (several small sheets share a sync; a large sheet takes ceil(cells / cellsPerSync) of them). That is the only
// place where the number of syncs grows with the data.
import type { SheetRect } from './officeGrid';
import { parseAreasAddress } from './officeGrid';

/** Cells per sync on the web: ~80,000 cells of values and value types stay well under 5 MB even in Vietnamese
 * text (non-ASCII letters may travel as \u escapes). */
export const WEB_CELLS_PER_SYNC = 80_000;

export interface UsedRangeData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
}

export interface SheetContent {
  /** Null when the sheet holds no value at all. */
  used: UsedRangeData | null;
  /** Merged areas in sheet coordinates; empty when the host cannot tell (ExcelApi < 1.13). */
  merges: SheetRect[];
}

export interface ReadOptions {
  /** Infinity: everything in one sync. */
  cellsPerSync: number;
  /** Whether to ask for merged areas (ExcelApi 1.13). */
  merges: boolean;
}

const DIMENSIONS = 'rowIndex,columnIndex,rowCount,columnCount';

function isPayloadTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the sheets' contents. Two fallbacks keep a read possible: a response too large (a host we did not know
 * for the web) is retried in chunks, and a failing merged-areas request (Excel gives up past 512 merged areas in
 * a range) is retried without merges, since the values matter more than the merges.
 */
export async function readSheetContents(context: Excel.RequestContext, sheets: Excel.Worksheet[], options: ReadOptions): Promise<SheetContent[]> {
  let opts = options;
  for (;;) {
    try {
      return await readOnce(context, sheets, opts);
    } catch (e) {
      if (isPayloadTooLarge(e) && opts.cellsPerSync === Infinity) opts = { ...opts, cellsPerSync: WEB_CELLS_PER_SYNC };
      else if (!isPayloadTooLarge(e) && opts.merges) opts = { ...opts, merges: false };
      else throw e;
    }
  }
}

async function readOnce(context: Excel.RequestContext, sheets: Excel.Worksheet[], { cellsPerSync, merges }: ReadOptions): Promise<SheetContent[]> {
  const whole = cellsPerSync === Infinity;
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(whole ? `${DIMENSIONS},values,valueTypes` : DIMENSIONS));
  // getUsedRange (not ...OrNullObject): a method called on a null object fails the batch; on a blank sheet this
  // is A1, which simply has no merged areas.
  const merged = merges ? sheets.map((ws) => ws.getUsedRange(true).getMergedAreasOrNullObject().load('address')) : [];
  await context.sync();
  const contents: SheetContent[] = sheets.map((_, i) => {
    const areas = merged[i];
    return { used: null, merges: areas && !areas.isNullObject ? parseAreasAddress(areas.address) : [] };
  });
  if (whole) {
    used.forEach((r, i) => {
      if (!r.isNullObject) contents[i].used = { rowIndex: r.rowIndex, columnIndex: r.columnIndex, values: r.values, valueTypes: r.valueTypes };
    });
    return contents;
  }
  await readInChunks(context, sheets, used, contents, cellsPerSync);
  return contents;
}

interface Chunk {
  sheet: number;
  start: number;
  rows: number;
}

/** Plans row chunks of at most `cellsPerSync` cells and packs them into syncs of at most that many cells. */
export function planChunks(sizes: Array<{ rows: number; columns: number } | null>, cellsPerSync: number): Chunk[][] {
  const syncs: Chunk[][] = [];
  let batch: Chunk[] = [];
  let cells = 0;
  sizes.forEach((size, sheet) => {
    if (!size || size.rows === 0 || size.columns === 0) return;
    const rowsPerChunk = Math.max(1, Math.floor(cellsPerSync / size.columns));
    for (let start = 0; start < size.rows; start += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, size.rows - start);
      const n = rows * size.columns;
      if (batch.length > 0 && cells + n > cellsPerSync) {
        syncs.push(batch);
        batch = [];
        cells = 0;
      }
      batch.push({ sheet, start, rows });
      cells += n;
    }
  });
  if (batch.length > 0) syncs.push(batch);
  return syncs;
}

async function readInChunks(context: Excel.RequestContext, sheets: Excel.Worksheet[], used: Excel.Range[], contents: SheetContent[], cellsPerSync: number): Promise<void> {
  const sizes = used.map((r) => (r.isNullObject ? null : { rows: r.rowCount, columns: r.columnCount }));
  used.forEach((r, i) => {
    if (!r.isNullObject) contents[i].used = { rowIndex: r.rowIndex, columnIndex: r.columnIndex, values: [], valueTypes: [] };
  });
  for (const batch of planChunks(sizes, cellsPerSync)) {
    const ranges = batch.map((c) => {
      const r = used[c.sheet];
      return sheets[c.sheet].getRangeByIndexes(r.rowIndex + c.start, r.columnIndex, c.rows, r.columnCount).load('values,valueTypes');
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point: the web refuses larger responses
    await context.sync();
    batch.forEach((c, k) => {
      const target = contents[c.sheet].used;
      if (!target) return;
      // Chunks of a sheet arrive in row order, so appending rebuilds the used range's rows.
      for (const row of ranges[k].values) target.values.push(row);
      for (const row of ranges[k].valueTypes) target.valueTypes.push(row);
    });
  }
}
