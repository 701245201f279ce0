// Code tables inside a sheet (DOMAIN.md §2.3): a short code column beside its labels ("1 | Bằng khen của Chủ tịch
// UBND tỉnh", "TAPTHE | Tập thể"), any number of them side by side or one under another, each under an optional
// header ("Mã | Tên hình thức khen thưởng").
import type { CellValue, Grid } from '../grid';
import { gridWidth } from '../grid';
import { cleanSpaces, fold, nfc } from '../text/normalize';

/** One code → label table as found in a sheet. */
export interface CodeTableBlock {
  sheet: string;
  /** The label column's header ("Tên hình thức khen thưởng") or the title just above, when there is one. */
  name: string | null;
  /** What the code column's header says: a code ("Mã", "Ký hiệu"), a running number ("STT"), or nothing. */
  codeHeader: 'code' | 'stt' | null;
  /** 0-based grid offsets of the first entry row and of the code column. */
  r: number;
  c: number;
  /** Code key (see `codeKey`) → label, in sheet order; the first label of a repeated code wins. */
  entries: Map<string, string>;
}

/** Code sheets are small; a sheet longer than this is read no further for codes. */
export const CODE_SCAN_ROWS = 2000;
const CODE_SCAN_COLUMNS = 60;

const CODE_TEXT = /^[\p{Lu}\d][\p{Lu}\d_.\-/]{0,15}$/u;
const CODE_HEADERS = new Set(['ma', 'ma so', 'ma code', 'code', 'ky hieu', 'ma hieu', 'id', 'gia tri']);
const NUMBER_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu']);

/** A cell that can be a code: a whole number (1, 25) or one upper-case token without spaces (TAPTHE, GK, 01). */
export function isCodeValue(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < 100000;
  if (typeof v !== 'string') return false;
  const t = v.trim();
  return t.length > 0 && CODE_TEXT.test(t);
}

/** The comparison key of a code: trimmed, upper-case, numbers and their text equal (1, "1", "01" → "1"). */
export function codeKey(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== 'string') return null;
  const t = cleanSpaces(nfc(v)).toUpperCase();
  if (t === '') return null;
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

/** A label: text with a letter that is not itself a code. */
function isLabel(v: CellValue): v is string {
  return typeof v === 'string' && /\p{L}/u.test(v) && !isCodeValue(v);
}

function textOf(v: CellValue): string | null {
  return typeof v === 'string' && v.trim() !== '' ? cleanSpaces(nfc(v)) : null;
}

function isEntry(values: CellValue[][], r: number, c: number): boolean {
  const row = values[r];
  if (!row) return false;
  const code = row[c];
  if (!isCodeValue(code) || !isLabel(row[c + 1] ?? null)) return false;
  // "MÃ | TÊN …" and "STT | …" in capitals are the table's header, not an entry.
  return typeof code !== 'string' || (!CODE_HEADERS.has(fold(code)) && !NUMBER_HEADERS.has(fold(code)));
}

/** Every code table of a sheet: runs of rows with a code beside a label, in any pair of adjacent columns. */
export function codeTablesIn(grid: Grid): CodeTableBlock[] {
  const { values } = grid;
  const rows = Math.min(values.length, CODE_SCAN_ROWS);
  const width = Math.min(gridWidth(grid), CODE_SCAN_COLUMNS);
  const blocks: CodeTableBlock[] = [];
  for (let c = 0; c + 1 < width; c++) {
    let block: CodeTableBlock | null = null;
    for (let r = 0; r < rows; r++) {
      if (!isEntry(values, r, c)) {
        block = null;
        continue;
      }
      if (!block) {
        const above = values[r - 1] ?? [];
        const head = textOf(above[c] ?? null);
        const folded = head ? fold(head) : '';
        const codeHeader = CODE_HEADERS.has(folded) ? 'code' : NUMBER_HEADERS.has(folded) ? 'stt' : null;
        const name = textOf(above[c + 1] ?? null) ?? (codeHeader ? null : head);
        block = { sheet: grid.sheet, name, codeHeader, r, c, entries: new Map() };
        blocks.push(block);
      }
      const key = codeKey(values[r][c]);
      const label = textOf(values[r][c + 1]);
      if (key !== null && label !== null && !block.entries.has(key)) block.entries.set(key, label);
    }
  }
  return blocks;
}
