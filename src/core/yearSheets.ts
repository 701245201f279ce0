// A workbook kept a sheet per year ("Năm 2023", "Năm 2024"): last year's household list beside this year's holds the
// same households again. Counted with this year's it doubles every figure, silently. Such a sheet is set aside — not
// counted, said — when its own year (sheet name, else its titles) is before the report year AND most of its
// households are in a list of the report year (or of no stated year). A sheet of one village whose title was copied
// from last year shares no households with the other villages' sheets: it stays (the evidence is the rows, not the title).
import type { Grid } from './grid';
import type { HouseholdRecord } from './registers/households/schema';
import type { Register } from './registers/kind';
import type { Analysis, WorkbookInput } from './analyse';
import { matchKey } from './text/normalize';
import { yearsInSheetNames, yearsInTitles } from './year';

/** A sheet of an earlier year set aside, and the sheet of the report year that holds its households. */
export interface EarlierYearSheet {
  file: string;
  sheet: string;
  year: number;
  /** The sheet (of the report year, or of no stated year) that holds most of its households. */
  alongside: string;
  /** Its households found in that sheet, of its households. */
  shared: number;
  households: number;
  grid: Grid;
}

/** Share of an earlier sheet's households a list of this year must hold for the sheet to be last year's copy. */
const SHARED = 0.5;
/** Fewer households than this are no evidence either way. */
const MIN_HOUSEHOLDS = 5;

/** The year a register states for itself: its sheet name's, else the one year its titles name; null when none. */
export function ownYear(reg: Register): number | null {
  const named = yearsInSheetNames([reg.grid.sheet]);
  if (named.length) return named[0];
  const titled = [...new Set(yearsInTitles(reg.layout.titleText))];
  return titled.length === 1 ? titled[0] : null;
}

/** What tells a household again another year: its code, its head's CCCD, its head's name and birth year. */
function keys(r: HouseholdRecord): string[] {
  const out: string[] = [];
  if (r.householdId) out.push(`id|${matchKey(r.householdId)}`);
  if (r.cccd) out.push(`cccd|${r.cccd.replace(/^0+/, '')}`);
  if (r.headName && r.birthYear) out.push(`name|${matchKey(r.headName)}|${r.birthYear}`);
  return out;
}

/**
 * The household and member lists of an earlier year that repeat a list of the report year, taken out of `files`
 * (their registers removed): returned with their grids, for the comparison with last year.
 */
export function setAsideEarlierYears(files: Array<{ file: string; registers: Register[] }>, year: number): EarlierYearSheet[] {
  const lists = files.flatMap((f) => f.registers.filter((r) => r.kind !== 'awards'));
  const years = new Map(lists.map((r) => [r, ownYear(r)]));
  const current = lists.filter((r) => years.get(r) === year || years.get(r) === null);
  if (!current.length) return [];
  const keySets = new Map(current.map((r) => [r, new Set(r.records.flatMap(keys))]));
  const out: Array<{ reg: Register; sheet: EarlierYearSheet }> = [];
  for (const reg of lists) {
    const y = years.get(reg);
    if (y === null || y === undefined || y >= year || reg.records.length < MIN_HOUSEHOLDS) continue;
    let best: { reg: Register; shared: number } | null = null;
    for (const other of current) {
      if (other.kind !== reg.kind) continue;
      const set = keySets.get(other) as Set<string>;
      const shared = reg.records.filter((r) => keys(r).some((k) => set.has(k))).length;
      if (!best || shared > best.shared) best = { reg: other, shared };
    }
    if (best && best.shared >= SHARED * reg.records.length) {
      out.push({ reg, sheet: { file: reg.file, sheet: reg.grid.sheet, year: y, alongside: best.reg.grid.sheet, shared: best.shared, households: reg.records.length, grid: reg.grid } });
    }
  }
  const aside = new Set(out.map((x) => x.reg));
  for (const f of files) f.registers = f.registers.filter((r) => !aside.has(r));
  return out.map((x) => x.sheet);
}

/** Last year's lists set aside (of the year just before the report year), as workbooks to compare this year with. */
export function earlierYearWorkbooks(a: Pick<Analysis, 'year' | 'earlierYears'>): WorkbookInput[] {
  const last = (a.earlierYears ?? []).filter((e) => e.year === a.year - 1);
  const files = [...new Set(last.map((e) => e.file))];
  return files.map((file) => ({ file, sheets: last.filter((e) => e.file === file).map((e) => e.grid) }));
}
