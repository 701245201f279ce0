// What the pane's file pickers offer.

/** Register workbooks: .xlsx, legacy .xls (also HTML tables saved as .xls), .ods, .csv, SpreadsheetML .xml. */
export const WORKBOOK_TYPES = [
  '.xlsx', '.xls', '.ods', '.csv', '.xml', '.htm', '.html',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet', 'text/csv',
].join(',');

/** A report to check: Word documents (.docx). */
export const REPORT_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whether a picked or dropped file is a Word report rather than a register. */
export function isReportFile(name: string): boolean {
  return /\.docx$/i.test(name);
}
