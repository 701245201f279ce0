// A header word is a guess; the values under it confirm it. Columns whose values contradict their header's meaning
// are let go ("Mã nhân khẩu" holds codes, not sizes), and a list whose rows repeat a household code is a list of persons.
import type { CellValue, Grid } from '../grid';
import { isEmpty, isExcelError } from '../grid';
import { genderOf, povertyClass } from '../registers/households/read';
import { readRecipientKind } from '../registers/awards/recipients';
import { relationOf } from '../registers/persons/read';
import { readInteger } from '../values/numbers';
import { readMark } from '../values/marks';
import type { HeaderMatch } from './header';
import type { RegisterLayout } from './detect';
import { columnNumber } from '../grid';
import { resolveCode, type CodeTables } from '../registers/codeTables';

/** How many rows under the header are looked at: enough to judge a column, cheap on any sheet. */
const SAMPLE_ROWS = 400;

function sampleRows(grid: Grid, header: HeaderMatch): number[] {
  const start = header.rows[header.rows.length - 1] + 1;
  const rows: number[] = [];
  for (let r = start; r < grid.values.length && rows.length < SAMPLE_ROWS; r++) {
    const row = grid.values[r];
    let filled = 0;
    if (row) for (const v of row) if (!isEmpty(v)) filled++;
    if (filled >= 3) rows.push(r);
  }
  return rows;
}

// The readers' own tests, so a column is let go only for values its reader would refuse too.
const isSize = (v: CellValue) => {
  const n = readInteger(v);
  return n.kind === 'ok' && n.value >= 0 && n.value <= 40;
};
const isPovertyText = (v: CellValue) => typeof v === 'string' && povertyClass(v) !== null;
const isRecipientKind = (v: CellValue) => typeof v === 'string' && (readRecipientKind(v) !== null || /^[A-Z_]{2,12}$/.test(v.trim()));
const isGender = (v: CellValue) => typeof v === 'string' && (genderOf(v) !== null || /^x$/i.test(v.trim()));

const isMark = (v: CellValue) => readMark(v).kind === 'ok';

/** Fields whose values must mostly look like this, with the share required of the filled cells. */
const CONFIRM: Record<string, [test: (v: CellValue) => boolean, share: number]> = {
  size: [isSize, 0.7],
  // "Năm vào diện nghèo" full of years is not a mark column.
  poor: [isMark, 0.6],
  nearPoor: [isMark, 0.6],
  average: [isMark, 0.6],
  culturalFamilyRegistered: [isMark, 0.6],
  culturalFamilyAchieved: [isMark, 0.6],
  learningFamily: [isMark, 0.6],
  poverty: [isPovertyText, 0.5],
  recipientKind: [isRecipientKind, 0.5],
  gender: [isGender, 0.6],
};

/** A column's filled values, errors and formula blanks left out. */
function filled(grid: Grid, rows: number[], c: number): CellValue[] {
  const out: CellValue[] = [];
  for (const r of rows) {
    const v = grid.values[r]?.[c] ?? null;
    if (!isEmpty(v) && !isExcelError(v)) out.push(v);
  }
  return out;
}

/** Lets go of the columns whose values deny their header; returns them, with values that denied it. */
export function confirmColumns(grid: Grid, header: HeaderMatch, keep: ReadonlySet<string> = new Set()): Array<{ field: string; c: number; examples: string[] }> {
  const rows = sampleRows(grid, header);
  const dropped: Array<{ field: string; c: number; examples: string[] }> = [];
  for (const [field, [test, share]] of Object.entries(CONFIRM)) {
    const c = header.columns.get(field);
    // A column the clerk chose is theirs: only what the header words alone gave is checked against its values.
    if (c === undefined || keep.has(field)) continue;
    const values = filled(grid, rows, c);
    if (values.length < 3) continue;
    const ok = values.filter(test).length;
    if (ok >= values.length * share) continue;
    header.columns.delete(field);
    for (const h of header.headers) if (h.c === c) h.field = null;
    dropped.push({ field, c, examples: [...new Set(values.filter((v) => !test(v)).map(String))].slice(0, 3) });
  }
  return dropped;
}

/**
 * How the rows of a table group into households, from the values: 'persons' when a household code repeats on
 * consecutive rows or household numbers are left empty on members' rows; 'households' when every row opens a
 * household of its own; null when the values do not tell.
 */
export function rowGrouping(grid: Grid, header: HeaderMatch): 'persons' | 'households' | null {
  const rows = sampleRows(grid, header);
  if (rows.length < 4) return null;
  // A household's code or number merged down its members' rows.
  const lastHeader = header.rows[header.rows.length - 1];
  const groupCols = ['householdId', 'householdNo', 'stt'].flatMap((f) => (header.columns.has(f) ? [header.columns.get(f)] : []));
  if (grid.merges.filter((m) => m.top > lastHeader && m.bottom > m.top && groupCols.includes(m.left)).length >= 2) return 'persons';
  // A relation column with members in it groups rows whatever the codes do (a code may be on the head's row only).
  const relation = header.columns.get('relation');
  if (relation !== undefined) {
    const said = filled(grid, rows, relation).map((v) => relationOf(String(v)));
    if (said.length >= 4) return said.filter((x) => x === 'member').length >= Math.max(1, said.length * 0.05) ? 'persons' : 'households';
  }
  const id = header.columns.get('householdId');
  if (id !== undefined) {
    let repeats = 0;
    let gaps = 0;
    let prev: string | null = null;
    let seen = 0;
    for (const r of rows) {
      const v = grid.values[r]?.[id];
      if (isEmpty(v) || isExcelError(v)) {
        // A code written on the head's row only: the rows under it are its members.
        if (prev !== null) gaps++;
        continue;
      }
      const key = String(v).trim();
      seen++;
      if (key === prev) repeats++;
      prev = key;
    }
    if (seen >= 4) return repeats + gaps >= Math.max(2, (seen + gaps) * 0.1) ? 'persons' : 'households';
  }
  const no = header.columns.get('householdNo');
  if (no !== undefined && !header.columns.has('relation')) {
    const empty = rows.filter((r) => isEmpty(grid.values[r]?.[no] ?? null)).length;
    return empty >= Math.max(2, rows.length * 0.1) ? 'persons' : 'households';
  }
  return null;
}

/**
 * A class column let go because its values are codes ("1", "2") comes back when the workbook's code sheet explains
 * them as classes ("1 — Hộ nghèo"): the reader then reads each code as its label.
 */
export function restoreCodedClass(grid: Grid, layout: RegisterLayout, codes: CodeTables): void {
  const dropped = layout.droppedColumns?.find((d) => d.field === 'poverty');
  if (!dropped) return;
  const c = columnNumber(dropped.column) - grid.originColumn;
  const values: CellValue[] = [];
  for (const b of layout.body) {
    if (b.type !== 'data') continue;
    const v = grid.values[b.r]?.[c] ?? null;
    if (!isEmpty(v)) values.push(v);
    if (values.length >= SAMPLE_ROWS) break;
  }
  const classes = values.filter((v) => resolveCode(codes, v, (l) => povertyClass(l) !== null) !== null).length;
  if (values.length === 0 || classes < values.length * 0.6) return;
  layout.columns.poverty = c + grid.originColumn;
  for (const h of layout.headers) if (h.column === dropped.column) h.field = 'poverty';
  layout.droppedColumns = layout.droppedColumns?.filter((d) => d !== dropped);
}
