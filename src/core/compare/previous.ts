// Last year's registers beside this year's, as every face needs them (CLI `--previous`, the Excel and Word panes):
// analysed with the profile moved back a year, dated, compared, and cut down to what travels between panes.
import { analyse, type Analysis, type WorkbookInput } from '../analyse';
import type { LayoutOverride } from '../layout/detect';
import { isMergerRename, type CommuneProfile } from '../profile';
import { isGuessedYear } from '../year';
import type { HouseholdSummary } from '../summary/households';
import type { AwardSummary } from '../summary/awards';
import { compareAnalyses, compareSummaries, reportComparison, type Comparison, type ReportComparison, type MatchKey, type RowRef } from './index';

/** Renames since last year: not those of a merger, which hold in every year's workbooks of the former communes. */
export function renamesSinceLastYear(p: CommuneProfile): NonNullable<CommuneProfile['renamedVillages']> {
  return (p.renamedVillages ?? []).filter((r) => !isMergerRename(p, r));
}

/**
 * Last year's profile: the year before, and each village renamed since last year under the name it had then. A
 * former commune's renames stay: last year's workbooks of the former communes read into the new villages too.
 */
export function previousProfile(p: CommuneProfile): CommuneProfile {
  const oldName = new Map(renamesSinceLastYear(p).map((r) => [r.to, r.from]));
  const last: CommuneProfile = { ...p, year: p.year - 1, villages: p.villages.map((v) => oldName.get(v) ?? v) };
  const merger = (p.renamedVillages ?? []).filter((r) => isMergerRename(p, r));
  if (merger.length) last.renamedVillages = merger;
  else delete last.renamedVillages;
  return last;
}

/** This year as far as it is known: a full analysis (households can be matched), or its summary only. */
export type CurrentYear = Analysis | { year: number; summary: Analysis['summary'] };

export interface PreviousOptions {
  profile?: CommuneProfile;
  /** The year the clerk confirmed without a profile: last year's registers are then of the year before. */
  confirmedYear?: number;
  overrides?: Record<string, LayoutOverride>;
  today: Date;
}

export type PreviousOutcome =
  | { ok: true; previous: Analysis; comparison: Comparison; yearAssumed: boolean }
  /** A file of last year's with no register in it ('no-register'), or nothing in it ('empty'). */
  | { ok: false; problem: 'no-register' | 'empty'; file: string }
  /** Last year's registers name a year that is not before this year's. */
  | { ok: false; problem: 'not-earlier'; year: number; currentYear: number };

const isAnalysis = (c: CurrentYear): c is Analysis => 'files' in c;

/** Analyses last year's workbooks and compares this year with them; households are matched when both years' rows are at hand. */
export function analysePrevious(workbooks: WorkbookInput[], current: CurrentYear, o: PreviousOptions): PreviousOutcome {
  const confirmed = !o.profile && o.confirmedYear !== undefined ? { year: o.confirmedYear - 1 } : undefined;
  let previous = analyse(workbooks, { profile: o.profile ? previousProfile(o.profile) : undefined, confirmed, overrides: o.overrides ?? {}, today: o.today });
  const none = previous.files.find((f) => f.registers.length === 0);
  if (none) return { ok: false, problem: none.ignored.some((s) => s.reason === 'no-register') ? 'no-register' : 'empty', file: none.file };
  const year = current.year;
  let yearAssumed = false;
  if (previous.inferred.some(isGuessedYear)) {
    // A year guessed from a file date says nothing: last year's registers are taken as the year before.
    yearAssumed = true;
    previous = { ...previous, year: year - 1 };
  } else if (previous.year >= year) {
    return { ok: false, problem: 'not-earlier', year: previous.year, currentYear: year };
  }
  const renames = o.profile ? renamesSinceLastYear(o.profile) : [];
  const comparison: Comparison = isAnalysis(current)
    ? compareAnalyses(current, previous, renames)
    : { summary: compareSummaries({ year, ...current.summary }, { year: previous.year, ...previous.summary }, renames) };
  return { ok: true, previous, comparison, yearAssumed };
}

/** Rows of each unmatched list carried to a pane (the CLI's --json has them all). */
export const LISTED_ROWS = 20;

/** Last year as it travels between panes: plain JSON whose size does not grow with the rows (lists are cut). */
export interface PreviousYearData {
  /** Last year's workbook files. */
  files: string[];
  year: number;
  /** The registers did not say their year: taken as the year before this one. */
  yearAssumed: boolean;
  /** Errors left in last year's registers (its figures may be wrong). */
  errors: number;
  /** Last year's summaries, for the report check's "so với" claims. */
  households?: HouseholdSummary;
  awards?: AwardSummary;
  comparison: ReportComparison;
  /** How households were matched; absent when either year's rows were not at hand (a summary sent from Excel). */
  matching?: {
    matchedBy: Record<MatchKey, number>;
    /** The first rows of each list that matched nothing: listed, never guessed. */
    newHouseholds: RowRef[];
    removedHouseholds: RowRef[];
    ambiguous: Array<RowRef & { year: 'current' | 'previous'; by: MatchKey }>;
  };
}

/** What a pane keeps of a comparison. */
export function previousYearData(files: string[], outcome: Extract<PreviousOutcome, { ok: true }>): PreviousYearData {
  const { previous, comparison, yearAssumed } = outcome;
  const h = comparison.households;
  return {
    files,
    year: previous.year,
    yearAssumed,
    errors: previous.files.flatMap((f) => f.registers).flatMap((r) => r.issues).filter((i) => i.severity === 'error').length,
    ...(previous.summary.households ? { households: previous.summary.households } : {}),
    ...(previous.summary.awards ? { awards: previous.summary.awards } : {}),
    comparison: reportComparison(comparison),
    ...(h
      ? {
          matching: {
            matchedBy: h.matchedBy,
            newHouseholds: h.newHouseholds.slice(0, LISTED_ROWS),
            removedHouseholds: h.removedHouseholds.slice(0, LISTED_ROWS),
            ambiguous: h.ambiguous.slice(0, LISTED_ROWS).map((a) => ({ ...a.ref, year: a.year, by: a.by })),
          },
        }
      : {}),
  };
}
