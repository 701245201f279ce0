// Year over year: this year's analysed registers against last year's — every summary figure and its change, and the
// households matched across the two years (who left poverty, who fell into it, who is new, who is gone).
import type { Analysis } from '../analyse';
import { ALL_MEASURED } from '../summary/households';
import { compareSummaries, type SummaryComparison, type VillageRename } from './figures';
import { matchHouseholds, type HouseholdMatching, type HouseholdRow } from './households';

export type { FigureChange, FigureId, SummaryComparison, VillageChange, VillageRename } from './figures';
export { compareSummaries, figure, pairVillages } from './figures';
export type { HouseholdMatch, HouseholdMatching, MatchKey, Movements, RowRef, AmbiguousRow } from './households';
export { matchHouseholds, MATCH_KEYS } from './households';

export interface Comparison {
  summary: SummaryComparison;
  /** Absent when either year has no household register. */
  households?: HouseholdMatching;
}

/** The household rows an analysis counts: household lists, and member lists not joined to one. */
export function householdRows(a: Analysis): HouseholdRow[] {
  const joined = new Set(a.joins.map((j) => `${j.members.file}\u0000${j.members.sheet}`));
  const rows: HouseholdRow[] = [];
  for (const f of a.files) for (const reg of f.registers) {
    if (reg.kind === 'awards') continue;
    if (reg.kind === 'persons' && joined.has(`${reg.file}\u0000${reg.grid.sheet}`)) continue;
    for (const record of reg.records) rows.push({ file: reg.file, record });
  }
  return rows;
}

/** Compares two analyses of the same commune: `current` (the report year) and `previous` (the year before). */
export function compareAnalyses(current: Analysis, previous: Analysis, renames: VillageRename[] = []): Comparison {
  const summary = compareSummaries({ year: current.year, ...current.summary }, { year: previous.year, ...previous.summary }, renames);
  const c = current.summary.households;
  const p = previous.summary.households;
  if (!c || !p) return { summary };
  const m = (s: typeof c) => s.measured ?? ALL_MEASURED;
  const measures = { poverty: m(c).poverty && m(p).poverty, culturalFamily: m(c).culturalFamily && m(p).culturalFamily };
  return { summary, households: matchHouseholds(householdRows(current), householdRows(previous), measures, renames) };
}

/** What the report says of the household movements: counts only (no rows), null where a year lacks the column. */
export interface MovementCounts {
  matched: number;
  leftPoverty: number | null;
  fellIntoPoverty: number | null;
  newHouseholds: number;
  removedHouseholds: number;
  newPoor: number | null;
  culturalFamilyKept: number | null;
  culturalFamilyLost: number | null;
  /** Rows of either year left unmatched because two candidates share their key. */
  ambiguous: number;
}

/** The comparison as the report needs it: plain JSON of a size that does not grow with the rows. */
export interface ReportComparison extends SummaryComparison {
  movements?: MovementCounts;
}

/** The report's view of a comparison. */
export function reportComparison(c: Comparison): ReportComparison {
  const h = c.households;
  if (!h) return c.summary;
  const n = (list: unknown[] | null) => (list === null ? null : list.length);
  return {
    ...c.summary,
    movements: {
      matched: h.matched,
      leftPoverty: n(h.movements.leftPoverty),
      fellIntoPoverty: n(h.movements.fellIntoPoverty),
      newHouseholds: h.newHouseholds.length,
      removedHouseholds: h.removedHouseholds.length,
      newPoor: h.newPoor,
      culturalFamilyKept: n(h.movements.culturalFamilyKept),
      culturalFamilyLost: n(h.movements.culturalFamilyLost),
      ambiguous: h.ambiguous.length,
    },
  };
}
