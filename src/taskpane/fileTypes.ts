// What the pane's file pickers offer, and the bytes of what was picked, bounded like the CLI's inputs.
import { MAX_INPUT_BYTES, tooLarge } from '../io/errors';

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

/** The bytes of picked or dropped files; a file over the limit is refused before it is read (UnusableInputError). */
export async function pickedBytes(files: File[], lang: 'vi' | 'en' = 'vi'): Promise<Array<{ name: string; bytes: ArrayBuffer }>> {
  const big = files.find((f) => f.size > MAX_INPUT_BYTES);
  if (big) {
    const e = tooLarge(big.name, big.size);
    throw new Error(lang === 'vi' ? e.messageVi : e.messageEn);
  }
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}
