// A register kind is one module (DESIGN.md): how its rows are read, checked and compared across registers.
// `analyse` loops over the kinds; a new kind adds a folder and one line in KINDS.
import type { Grid } from '../grid';
import type { RegisterLayout } from '../layout/detect';
import type { RegisterKind as KindId } from '../layout/header';
import type { Issue } from '../rules/issue';
import type { CommuneProfile } from '../profile';
import type { VillageCatalogue } from '../villages';
import type { CellRef } from '../rules/issue';
import type { CellValue } from '../grid';
import { cellValue } from './mergedCells';
import type { HouseholdRecord } from './households/schema';
import type { PersonRecord } from './persons/schema';
import type { AwardRecord } from './awards/schema';
import type { CodeTables } from './codeTables';

interface RegisterBase {
  file: string;
  grid: Grid;
  layout: RegisterLayout;
  issues: Issue[];
}
export type HouseholdRegister = RegisterBase & { kind: 'households'; records: HouseholdRecord[] };
/** A list of persons: `records` are its households, `persons` its people, `rows` each person row as read. */
export type PersonRegister = RegisterBase & { kind: 'persons'; records: HouseholdRecord[]; persons: PersonRecord[]; rows: HouseholdRecord[] };
/** An awards register; a proposal list (`proposal`) holds awards proposed, not given. */
export type AwardRegister = RegisterBase & { kind: 'awards'; records: AwardRecord[]; proposal: boolean };
export type Register = HouseholdRegister | PersonRegister | AwardRegister;

export interface ReadInput {
  file: string;
  grid: Grid;
  layout: RegisterLayout;
  /** The village the sheet stands for (one sheet per village), when no column or section row names it. */
  sheetVillage: string | null;
  /** Code tables found on the workbook's code sheets (DANHMUC): they explain coded columns. */
  codes: CodeTables;
}

export interface ValidateContext {
  year: number;
  villages: VillageCatalogue;
  profile?: CommuneProfile;
  /** Told once per record checked (for a progress bar). */
  tick: () => void;
}

/** A record as the duplicate check knows it: where it is. */
export interface Located {
  row: number;
  sheet: string;
  /** The file, when the earlier record of a duplicate is in another file (one workbook per former commune). */
  file?: string;
}

/** A duplicate's message key and where its earlier record is: another file is named ("duplicate.cccd.file"). */
export function duplicateAt(key: string, earlier: Located): { key: string; params: { row: number; sheet: string; file?: string } } {
  return earlier.file === undefined
    ? { key, params: { row: earlier.row, sheet: earlier.sheet } }
    : { key: `${key}.file`, params: { row: earlier.row, sheet: earlier.sheet, file: earlier.file } };
}

/**
 * A register's records for the same-thing-twice check, compared across every register of one family, by index: the
 * keys are computed when compared (tried in order), the issue goes on the later record of a pair.
 */
export interface DuplicateSet {
  family: 'households' | 'awards';
  count: number;
  keyCount: number;
  key(i: number, k: number): string | null;
  at(i: number): Located;
  report(i: number, earlier: Located, key: number): Issue;
}

/** A duplicate set over typed records. */
export function duplicateSet<R extends Located>(
  family: DuplicateSet['family'],
  records: readonly R[],
  keys: ReadonlyArray<(rec: R) => string | null>,
  report: (rec: R, earlier: Located, key: number) => Issue,
): DuplicateSet {
  return {
    family,
    count: records.length,
    keyCount: keys.length,
    key: (i, k) => keys[k](records[i]),
    at: (i) => records[i],
    report: (i, earlier, key) => report(records[i], earlier, key),
  };
}

export interface RegisterKindModule<Reg extends Register = Register> {
  id: KindId;
  read(input: ReadInput): Reg;
  validate(reg: Reg, ctx: ValidateContext): void;
  duplicates(reg: Reg): DuplicateSet;
}

/** Where a register's fields sit, for any record that knows its row. */
export interface FieldCells {
  ref(rec: { row: number }, field: string): CellRef;
  raw(rec: { row: number }, field: string): CellValue;
  has(field: string): boolean;
}

export function fieldCells(reg: Register): FieldCells {
  const cols = reg.layout.columns;
  const { grid } = reg;
  return {
    has: (f) => f in cols,
    ref: (rec, f) => ({ sheet: grid.sheet, row: rec.row, column: cols[f] ?? grid.originColumn }),
    raw: (rec, f) => (f in cols ? cellValue(grid, rec.row - grid.originRow, cols[f] - grid.originColumn) : null),
  };
}
