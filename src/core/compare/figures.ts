// Every summary figure of two years side by side, with the change: counts in units (+/−), rates in percentage
// points, for the commune and by village. Villages are matched by name (prefix, case and diacritics ignored) or by
// the profile's renaming table; a village in one year only stays unmatched: a rename is never guessed.
import type { HouseholdCounts, HouseholdSummary, Measured, VillageHouseholds } from '../summary/households';
import type { AwardSummary } from '../summary/awards';
import { villageKey } from '../villages';

/** A figure of the household or award summary. Rates are percentages; their change is in percentage points. */
export type FigureId =
  | 'households' | 'persons' | 'poor' | 'nearPoor' | 'average'
  | 'culturalFamilyRegistered' | 'culturalFamilyAchieved' | 'learningFamily'
  | 'rate.poor' | 'rate.nearPoor' | 'rate.average' | 'rate.culturalFamilyAchieved'
  | 'awards.total' | 'awards.collective' | 'awards.individual' | 'awards.household'
  | 'awards.commune' | 'awards.higher' | 'awards.party' | 'awards.amount' | 'awards.communeChair';

export interface FigureChange {
  id: FigureId;
  kind: 'count' | 'rate' | 'money';
  /** null: the registers of that year do not give this figure (no column for it, or no base for a rate). */
  current: number | null;
  previous: number | null;
  /** current − previous (percentage points for a rate); null when either year lacks the figure. */
  change: number | null;
}

/** A village row: its figures both years, and how the two years' villages were paired. */
export interface VillageChange {
  /** The village as this year names it, or last year's name when it is in last year's registers only. */
  village: string;
  /** Last year's name when it differs (a rename the profile states), else null. */
  previousName: string | null;
  /** 'name': the same name both years; 'renamed': paired by the profile's renaming table; null: one year only. */
  matchedBy: 'name' | 'renamed' | null;
  /** Which years have the village. */
  inCurrent: boolean;
  inPrevious: boolean;
  figures: FigureChange[];
}

/** An old village name and the name it has now (profile `renamedVillages`). */
export interface VillageRename {
  from: string;
  to: string;
}

export interface SummaryComparison {
  year: number;
  previousYear: number;
  /** Commune-wide household figures; absent when either year has no household register. */
  households?: FigureChange[];
  villages?: VillageChange[];
  /** What each rate is over, as the current summary says (the same profile applies to both years). */
  culturalFamilyBase?: 'registered' | 'households';
  awards?: FigureChange[];
}

// Rates are already rounded to their decimals; the change is taken on the printed values so text and table agree.
const diff = (kind: FigureChange['kind'], a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : kind === 'rate' ? Math.round((a - b) * 1e6) / 1e6 : a - b;

function change(id: FigureId, kind: FigureChange['kind'], current: number | null, previous: number | null): FigureChange {
  return { id, kind, current, previous, change: diff(kind, current, previous) };
}

const HOUSEHOLD_FIGURES: Array<{ id: FigureId; kind: 'count' | 'rate'; needs?: keyof Measured; value: (c: HouseholdCounts) => number | null }> = [
  { id: 'households', kind: 'count', value: (c) => c.total },
  { id: 'persons', kind: 'count', needs: 'persons', value: (c) => c.persons },
  { id: 'poor', kind: 'count', needs: 'poverty', value: (c) => c.poverty.poor },
  { id: 'rate.poor', kind: 'rate', needs: 'poverty', value: (c) => c.rates.poor },
  { id: 'nearPoor', kind: 'count', needs: 'poverty', value: (c) => c.poverty.nearPoor },
  { id: 'rate.nearPoor', kind: 'rate', needs: 'poverty', value: (c) => c.rates.nearPoor },
  { id: 'average', kind: 'count', needs: 'average', value: (c) => c.poverty.average },
  { id: 'rate.average', kind: 'rate', needs: 'average', value: (c) => c.rates.average },
  { id: 'culturalFamilyRegistered', kind: 'count', needs: 'culturalFamily', value: (c) => c.culturalFamily.registered },
  { id: 'culturalFamilyAchieved', kind: 'count', needs: 'culturalFamily', value: (c) => c.culturalFamily.achieved },
  { id: 'rate.culturalFamilyAchieved', kind: 'rate', needs: 'culturalFamily', value: (c) => c.rates.culturalFamilyAchieved },
  { id: 'learningFamily', kind: 'count', needs: 'learningFamily', value: (c) => c.learningFamily },
];

/** A figure's value in one year's summary: null when that year's registers have no column for it. */
function valueIn(s: HouseholdSummary, counts: HouseholdCounts, f: (typeof HOUSEHOLD_FIGURES)[number]): number | null {
  if (f.needs && s.measured && !s.measured[f.needs]) return null;
  // A list of poor households only has no commune-wide total to take a rate over.
  if (s.filtered && (f.id === 'households' || f.id === 'persons')) return null;
  return f.value(counts);
}

function householdChanges(cur: HouseholdSummary, prev: HouseholdSummary, c: HouseholdCounts | null, p: HouseholdCounts | null): FigureChange[] {
  return HOUSEHOLD_FIGURES.map((f) => change(f.id, f.kind, c ? valueIn(cur, c, f) : null, p ? valueIn(prev, p, f) : null));
}

/** Pairs this year's villages with last year's: by name, then by the renaming table; the rest stay alone. */
export function pairVillages(current: VillageHouseholds[], previous: VillageHouseholds[], renames: VillageRename[]): Array<{ cur: VillageHouseholds | null; prev: VillageHouseholds | null; by: VillageChange['matchedBy'] }> {
  const prevByKey = new Map(previous.map((v) => [villageKey(v.village), v]));
  const used = new Set<VillageHouseholds>();
  const renamedTo = new Map(renames.map((r) => [villageKey(r.to), villageKey(r.from)]));
  const rows: Array<{ cur: VillageHouseholds | null; prev: VillageHouseholds | null; by: VillageChange['matchedBy'] }> = [];
  for (const cur of current) {
    const key = villageKey(cur.village);
    let prev = prevByKey.get(key);
    let by: VillageChange['matchedBy'] = 'name';
    if (!prev || used.has(prev)) {
      const old = renamedTo.get(key);
      prev = old === undefined ? undefined : prevByKey.get(old);
      by = 'renamed';
    }
    if (prev && !used.has(prev)) {
      used.add(prev);
      rows.push({ cur, prev, by });
    } else rows.push({ cur, prev: null, by: null });
  }
  for (const prev of previous) if (!used.has(prev)) rows.push({ cur: null, prev, by: null });
  return rows;
}

function villageChanges(cur: HouseholdSummary, prev: HouseholdSummary, renames: VillageRename[]): VillageChange[] {
  return pairVillages(cur.byVillage, prev.byVillage, renames).map(({ cur: c, prev: p, by }) => ({
    village: (c ?? p)?.village ?? '',
    previousName: by === 'renamed' && p ? p.village : null,
    matchedBy: by,
    inCurrent: c !== null,
    inPrevious: p !== null,
    figures: householdChanges(cur, prev, c, p),
  }));
}

const AWARD_FIGURES: Array<{ id: FigureId; kind: 'count' | 'money'; value: (a: AwardSummary) => number | null }> = [
  { id: 'awards.total', kind: 'count', value: (a) => a.total },
  { id: 'awards.collective', kind: 'count', value: (a) => a.collective },
  { id: 'awards.individual', kind: 'count', value: (a) => a.individual },
  { id: 'awards.household', kind: 'count', value: (a) => a.household },
  { id: 'awards.commune', kind: 'count', value: (a) => a.commune.collective + a.commune.individual + a.commune.household },
  { id: 'awards.higher', kind: 'count', value: (a) => a.higher.collective + a.higher.individual + a.higher.household },
  { id: 'awards.party', kind: 'count', value: (a) => a.party.collective + a.party.individual + a.party.household },
  // No amount written anywhere is unknown money, not 0 đồng.
  { id: 'awards.amount', kind: 'money', value: (a) => (a.amount.rowsWithAmount ? a.amount.total : null) },
  { id: 'awards.communeChair', kind: 'money', value: (a) => (a.amount.rowsWithAmount ? a.amount.communeChair : null) },
];

/** Both years' summaries figure by figure, with the change; villages paired by name or by the renaming table. */
export function compareSummaries(
  current: { year: number; households?: HouseholdSummary; awards?: AwardSummary },
  previous: { year: number; households?: HouseholdSummary; awards?: AwardSummary },
  renames: VillageRename[] = [],
): SummaryComparison {
  const out: SummaryComparison = { year: current.year, previousYear: previous.year };
  const c = current.households;
  const p = previous.households;
  if (c && p) {
    out.households = householdChanges(c, p, c, p);
    out.villages = villageChanges(c, p, renames);
    out.culturalFamilyBase = c.rateBases.culturalFamilyAchieved;
  }
  const ca = current.awards;
  const pa = previous.awards;
  if (ca && pa) out.awards = AWARD_FIGURES.map((f) => change(f.id, f.kind, f.value(ca), f.value(pa)));
  return out;
}

/** One figure of a list, by id. */
export function figure(list: readonly FigureChange[] | undefined, id: FigureId): FigureChange | undefined {
  return list?.find((f) => f.id === id);
}
