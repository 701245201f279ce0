/// <reference types="office-js" />
// The summary sheet written into the clerk's workbook: title, tables one under another, charts to their right,
// set up to print on landscape A4. The layout matches the in-memory fake (title, subtitle, then per table a blank
// row, its title, header, rows and total), so tests of the pane hold for both.
import { a1 } from '../../core/grid';
import { HostError } from './hostError';
import { literalFor } from './officeGrid';
import { isItemNotFound } from './officeRuntime';
import type { SummaryResult, SummarySheetModel } from './port';
import { asLiteral } from './port';
import { SUMMARY_MARK } from './summarySheet';

const HEADER_FILL = '#DDEBF7';
const CHART_TYPE = { column: 'ColumnClustered', pie: 'Pie', bar: 'BarClustered' } as const;
const CHART_ROWS = 15;
const CHART_COLUMNS = 8;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Where a table landed: 1-based first and last data rows (total excluded), and its width. */
interface TablePlace {
  first: number;
  last: number;
  width: number;
}

function address(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** A row's values as written: texts kept text (see literalFor), padded to the table's width. */
function literalRow(row: Array<string | number>, width: number, formats?: string[]): Array<string | number> {
  const out: Array<string | number> = row.map((v, c) => literalFor(v, formats?.[c] ?? 'General'));
  while (out.length < width) out.push('');
  return out;
}

function queueBorders(range: Excel.Range, rows: number, columns: number): void {
  const edges: string[] = [...BORDER_EDGES];
  if (rows > 1) edges.push('InsideHorizontal');
  if (columns > 1) edges.push('InsideVertical');
  for (const edge of edges) range.format.borders.getItem(edge as Excel.BorderIndex).style = 'Continuous';
}

/** Queues the tables below `lastUsedRow`; returns where each landed (by table index), for the charts. */
function queueTables(sheet: Excel.Worksheet, model: SummarySheetModel, lastUsedRow: number): { places: Array<TablePlace | undefined>; lastRow: number } {
  const places: Array<TablePlace | undefined> = [];
  let row = lastUsedRow;
  for (const t of model.tables) {
    row += 2; // a blank row, then the table's title
    const width = Math.max(t.header.length, ...t.rows.map((r) => r.length), t.totalRow?.length ?? 0);
    if (width === 0) {
      places.push(undefined);
      continue;
    }
    const titleCell = sheet.getRange(a1(row, 1));
    titleCell.values = [[asLiteral(t.title)]];
    titleCell.format.font.bold = true;
    row++;
    const header = sheet.getRange(address(row, 1, row, width));
    header.values = [literalRow(t.header, width)];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    header.format.horizontalAlignment = 'Center';
    const lines = [...t.rows, ...(t.totalRow ? [t.totalRow] : [])];
    if (lines.length > 0) {
      const body = sheet.getRange(address(row + 1, 1, row + lines.length, width));
      // Formats before values: a column formatted "@" receives its text as text.
      if (t.numberFormats) body.numberFormat = lines.map(() => Array.from({ length: width }, (_, c) => t.numberFormats?.[c] ?? 'General'));
      body.values = lines.map((l) => literalRow(l, width, t.numberFormats));
    }
    if (t.totalRow) sheet.getRange(address(row + lines.length, 1, row + lines.length, width)).format.font.bold = true;
    queueBorders(sheet.getRange(address(row, 1, row + lines.length, width)), lines.length + 1, width);
    places.push({ first: row + 1, last: row + t.rows.length, width });
    row += lines.length;
  }
  return { places, lastRow: row };
}

function queueCharts(sheet: Excel.Worksheet, model: SummarySheetModel, places: Array<TablePlace | undefined>, left: number, top: number): void {
  let chartTop = top;
  for (const c of model.charts) {
    const place = places[c.table];
    const table = model.tables[c.table];
    // A pie shows one series; the others would be silently dropped by Excel anyway.
    const valueColumns = c.type === 'pie' ? c.valueColumns.slice(0, 1) : c.valueColumns;
    if (!place || !table || place.last < place.first || valueColumns.length === 0) continue;
    const column = (index: number) => sheet.getRange(address(place.first, index + 1, place.last, index + 1));
    const labels = column(c.labelColumn);
    // Built series by series so label and value columns need not be side by side.
    const chart = sheet.charts.add(CHART_TYPE[c.type], column(valueColumns[0]), 'Columns');
    chart.title.text = c.title;
    const first = chart.series.getItemAt(0);
    first.name = table.header[valueColumns[0]] ?? '';
    first.setXAxisValues(labels);
    for (const v of valueColumns.slice(1)) {
      const series = chart.series.add(table.header[v] ?? '');
      series.setValues(column(v));
      series.setXAxisValues(labels);
    }
    chart.setPosition(a1(chartTop, left), a1(chartTop + CHART_ROWS - 1, left + CHART_COLUMNS - 1));
    chartTop += CHART_ROWS + 1;
  }
}

function queuePageLayout(sheet: Excel.Worksheet): void {
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.paperSize = 'A4';
  sheet.pageLayout.centerHorizontally = true;
  // One page wide, as many tall as needed (0 = automatic, as "Fit to 1 page wide by [blank] tall" in Excel).
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** Queues the whole sheet's content on an empty sheet. */
function queueContent(sheet: Excel.Worksheet, model: SummarySheetModel): void {
  const title = sheet.getRange('A1');
  title.values = [[asLiteral(model.title)]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  const subtitle = sheet.getRange('A2');
  subtitle.values = [[asLiteral(model.subtitle)]];
  subtitle.format.font.italic = true;
  const { places, lastRow } = queueTables(sheet, model, 2);
  const width = Math.max(1, ...places.map((x) => x?.width ?? 0));
  // Autofit the tables only: the long title in A1 would otherwise make column A as wide as the page.
  if (lastRow > 3) sheet.getRange(address(4, 1, lastRow, width)).format.autofitColumns();
  queueCharts(sheet, model, places, width + 2, 4);
  queuePageLayout(sheet);
  sheet.activate();
}

/**
 * Writes or refreshes the summary sheet: one read (does the sheet exist, is it protected, which charts does it
 * hold, does it carry the add-in's mark) and one write. A sheet of that name that the settings do not record as
 * ours, or that lacks the mark (the clerk's own, made after ours was deleted), is left untouched.
 */
export async function writeSummary(context: Excel.RequestContext, model: SummarySheetModel, recordedAsOurs: boolean): Promise<SummaryResult> {
  const worksheets = context.workbook.worksheets;
  // getItem and ItemNotFound rather than getItemOrNullObject: the charts of a sheet that may not exist cannot be
  // loaded in the same batch from a null object.
  const existing = worksheets.getItem(model.name);
  existing.load('name,protection/protected');
  existing.charts.load('items/name');
  const mark = existing.names.getItemOrNullObject(SUMMARY_MARK);
  mark.load('name');
  let exists = true;
  try {
    await context.sync();
  } catch (e) {
    if (!isItemNotFound(e)) throw e;
    exists = false;
  }
  if (exists && !(recordedAsOurs && !mark.isNullObject)) return { ok: false, reason: 'not-ours', sheet: model.name };
  if (exists && existing.protection.protected) throw new HostError('protected', model.name);
  let sheet: Excel.Worksheet;
  if (exists) {
    sheet = existing;
    for (const chart of existing.charts.items) chart.delete();
    sheet.getRange().clear('All');
  } else {
    sheet = worksheets.add(model.name);
    sheet.names.add(SUMMARY_MARK, sheet.getRange('A1'), 'Báo cáo xã: trang tổng hợp do phần bổ trợ tạo');
  }
  queueContent(sheet, model);
  await context.sync();
  return { ok: true, sheet: model.name, created: !exists };
}
