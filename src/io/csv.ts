// A CSV file as one Grid. Written here rather than taken from the spreadsheet library because that one types cells
// the way a US Excel would ("037068001234" → a number, "03/04/1985" → 4 March); this parser keeps text as written.
import type { CellValue, Grid } from '../core/grid';
import { textCellValue } from './plainText';

export type Delimiter = ',' | ';' | '\t';

/** Excel's own limits: rows past them are not read, as Excel does not open them. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** How much of the file the delimiter is guessed from. */
const SAMPLE = 64 * 1024;

/**
 * The delimiter: the one an Excel "sep=;" first line names, else the one of comma, semicolon and tab found most
 * often outside quotes in the first 64 KB (a Vietnamese Excel writes ";", since "," is its decimal mark).
 */
export function detectDelimiter(text: string): Delimiter {
  const sep = /^sep=([,;\t])\r?\n/.exec(text);
  if (sep) return sep[1] as Delimiter;
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < Math.min(text.length, SAMPLE); i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

/**
 * Splits CSV text into rows of fields (RFC 4180): fields in double quotes may hold the delimiter, line breaks and
 * doubled quotes; a quote inside an unquoted field is kept as written; CRLF, LF and CR all end a row.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = /^sep=[,;\t]\r?\n/.test(text) ? text.indexOf('\n') + 1 : 0;
  const n = text.length;
  const endRow = (): void => {
    rows.push(row);
    row = [];
  };
  while (i <= n && rows.length < MAX_ROWS) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i); // an unclosed quote runs to the end of the file, as in Excel
          i = n;
          break;
        }
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
      // Anything between the closing quote and the delimiter is kept, as Excel does with `"a"b,`.
      const end = nextBreak(text, i, delimiter);
      field += text.slice(i, end);
      i = end;
    } else {
      const end = nextBreak(text, i, delimiter);
      field = text.slice(i, end);
      i = end;
    }
    if (row.length < MAX_COLUMNS) row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    const ch = text[i];
    i++;
    if (ch === delimiter) continue;
    if (ch === '\r' && text[i] === '\n') i++;
    endRow();
    if (i >= n) break; // the file's last line break ends the last row; it does not start another
  }
  return rows;
}

/** The index of the next delimiter or line break at or after `from`, or the text's length. */
function nextBreak(text: string, from: number, delimiter: Delimiter): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === delimiter || ch === '\n' || ch === '\r') return i;
  }
  return text.length;
}

/** The CSV text as a Grid named `sheet`: cells typed as the .xlsx reader would, trailing empty cells dropped. */
export function csvGrid(text: string, sheet: string): Grid {
  const values: CellValue[][] = parseCsv(text).map((fields) => {
    const row = fields.map(textCellValue);
    while (row.length > 0 && row[row.length - 1] === null) row.length--;
    return row;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.length--;
  return { sheet, originRow: 1, originColumn: 1, values, merges: [] };
}
