// Many cells as few, short address strings: runs of cells down a column become one range ("C4:C90"), and the
// list is cut into strings Excel accepts (`getRanges` takes at most 8,192 characters).
import { columnLetter, columnNumber } from '../../core/grid';

export const MAX_ADDRESS_LENGTH = 8000;

/** Cells ("C4", "C5", "C6", "E9") as column runs ("C4:C6", "E9"), column by column, in row order. */
export function compactCells(cells: string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell.trim());
    if (!m) continue;
    const column = columnNumber(m[1]);
    let rows = byColumn.get(column);
    if (!rows) byColumn.set(column, (rows = []));
    rows.push(Number(m[2]));
  }
  const out: string[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const letters = columnLetter(column);
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    const flush = () => out.push(start === prev ? `${letters}${start}` : `${letters}${start}:${letters}${prev}`);
    for (let i = 1; i < rows.length; i++) {
      if (rows[i] === prev + 1) prev = rows[i];
      else {
        flush();
        start = prev = rows[i];
      }
    }
    if (rows.length) flush();
  }
  return out;
}

/** Joins addresses with commas into strings no longer than `max` characters. */
export function chunkAddresses(addresses: string[], max = MAX_ADDRESS_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}
