// The pane's entry for a picked workbook file (browser or worker): tells the format from the bytes and loads only the
// reader it needs, so a clerk who opens .xlsx files never downloads the library that reads the others.
import type { BrowserWorkbook } from './xlsxBrowser';
import { sniffFormat } from './formatSniff';

/** Reads a picked file of any format the product reads. Throws BrowserReadError (from the .xlsx reader) or
 *  UnusableInputError (other formats), both with what the pane needs for a Vietnamese message. */
export async function readWorkbookBytes(bytes: ArrayBuffer, file: string): Promise<BrowserWorkbook> {
  const format = sniffFormat(new Uint8Array(bytes), file);
  if (format === 'xlsx' || format === 'unknown') {
    const { readXlsxBytes } = await import('./xlsxBrowser');
    return readXlsxBytes(bytes, file);
  }
  const { readOtherFormat } = await import('./otherFormats');
  return readOtherFormat(new Uint8Array(bytes), format, file);
}
