/// <reference types="office-js" />
// Issue highlighting with conditional formats of the add-in's own. A conditional format sits on top of the cell's
// fill, so the clerk's colours are never read, written or lost, and removing ours is deleting the formats that
// carry our signature in their formula.
import type { Severity } from '../../core/rules/issue';
import { chunkAddresses, compactCells } from './addressList';
import { JOURNAL_SHEET } from './officeJournal';
import { isItemNotFound } from './officeRuntime';
import type { HighlightGroup } from './port';

export const HIGHLIGHT_SIGNATURE = 'baocao-xa';
/** Always true (N of a text is 0), and carries the signature that tells our formats from the clerk's. */
export const HIGHLIGHT_FORMULA = `=N("${HIGHLIGHT_SIGNATURE}")=0`;
export const SEVERITY_FILL: Record<Severity, string> = { error: '#F8D7DA', warning: '#FFF3CD', info: '#D1E7F5' };

/** `customOrNullObject` rather than `custom`: loading `custom` on a data bar or colour scale is an error. */
const FORMAT_PROPERTIES = 'items/type,items/customOrNullObject/rule/formula';

function queueFormatLoads(context: Excel.RequestContext, sheets: string[]): Excel.ConditionalFormatCollection[] {
  return sheets.map((name) => {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    formats.load(FORMAT_PROPERTIES);
    return formats;
  });
}

function isOurs(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && typeof custom.rule.formula === 'string' && custom.rule.formula.includes(HIGHLIGHT_SIGNATURE);
}

function ourFormats(collections: Excel.ConditionalFormatCollection[]): Excel.ConditionalFormat[] {
  return collections.flatMap((c) => c.items.filter(isOurs));
}

/**
 * Finds the add-in's conditional formats, in one sync when the sheet names are known (from the last read of the
 * workbook). Excel cannot list sheets and read their formats in the same batch, so without names, or when a
 * known sheet has since been renamed or deleted (Excel answers ItemNotFound), the sheets are listed first.
 */
export async function findOurFormats(
  context: Excel.RequestContext,
  knownSheets: string[] | null,
): Promise<{ formats: Excel.ConditionalFormat[]; sheets: string[] }> {
  if (knownSheets) {
    const collections = queueFormatLoads(context, knownSheets);
    try {
      await context.sync();
      return { formats: ourFormats(collections), sheets: knownSheets };
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
    }
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items.map((s) => s.name).filter((n) => n !== JOURNAL_SHEET);
  const collections = queueFormatLoads(context, sheets);
  await context.sync();
  return { formats: ourFormats(collections), sheets };
}

/** Queues one conditional format per sheet, severity and address chunk (≤ 8,000 characters each). */
export function queueHighlights(context: Excel.RequestContext, groups: HighlightGroup[]): void {
  // A cell listed under two severities keeps only the worse: formats never overlap, so which one Excel
  // draws on top (their priority order) does not matter.
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const worst = new Map<string, Map<string, Severity>>();
  for (const g of groups) {
    let cells = worst.get(g.sheet);
    if (!cells) worst.set(g.sheet, (cells = new Map()));
    for (const cell of g.cells) {
      const key = cell.replace(/\$/g, '').toUpperCase();
      const seen = cells.get(key);
      if (seen === undefined || rank[g.severity] > rank[seen]) cells.set(key, g.severity);
    }
  }
  for (const [sheet, cells] of worst) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const severity of ['error', 'warning', 'info'] as const) {
      const list = [...cells].filter(([, s]) => s === severity).map(([cell]) => cell);
      for (const address of chunkAddresses(compactCells(list))) {
        const format = ws.getRanges(address).conditionalFormats.add('Custom');
        format.custom.rule.formula = HIGHLIGHT_FORMULA;
        format.custom.format.fill.color = SEVERITY_FILL[severity];
      }
    }
  }
}
