// Household statistics: totals, poverty classes, Gia đình văn hóa and Gia đình học tập, for the commune and per village.
import type { HouseholdRecord } from '../registers/households/schema';
import { percent } from './rates';

export interface PovertyCounts {
  poor: number;
  nearPoor: number;
  average: number;
}

/** Counts and rates of a set of households: the whole commune, or one village. */
export interface HouseholdCounts {
  total: number;
  persons: number;
  poverty: PovertyCounts;
  culturalFamily: { registered: number; achieved: number };
  learningFamily: number;
  rates: { poor: number | null; nearPoor: number | null; average: number | null; culturalFamilyAchieved: number | null };
}

export interface VillageHouseholds extends HouseholdCounts {
  village: string;
  /** False for a village written in the data that is not one of the commune's. */
  known: boolean;
}

/** Which figures the registers can give at all: a list with no class columns says nothing about poverty. */
export interface Measured {
  persons: boolean;
  /** Poor and near-poor households. */
  poverty: boolean;
  /** Households of average living standard: a class column, or a mark column of its own. */
  average: boolean;
  culturalFamily: boolean;
  learningFamily: boolean;
}

export const ALL_MEASURED: Measured = { persons: true, poverty: true, average: true, culturalFamily: true, learningFamily: true };

export interface HouseholdSummary extends HouseholdCounts {
  /** Figures the registers have columns for; absent means all. A figure not measured is not zero: it is unknown. */
  measured?: Measured;
  /**
   * 'poverty' when every household listed is in a poverty class: a list of poor and near-poor households, not of the
   * commune's households, so its total and rates are the list's, not the commune's.
   */
  filtered?: 'poverty';
  /** What each rate is over: "households" (all) or "registered" (GĐVH registered households). */
  rateBases: { poverty: 'households'; culturalFamilyAchieved: 'registered' | 'households' };
  byVillage: VillageHouseholds[];
  /** Households whose village could not be told. */
  withoutVillage: number;
}

export interface RateOptions {
  culturalFamilyBase: 'registered' | 'all';
  povertyDecimals: number;
  culturalFamilyDecimals: number;
}

export const DEFAULT_RATES: RateOptions = { culturalFamilyBase: 'registered', povertyDecimals: 2, culturalFamilyDecimals: 1 };

type Tally = Omit<HouseholdCounts, 'rates'>;

const emptyTally = (): Tally => ({ total: 0, persons: 0, poverty: { poor: 0, nearPoor: 0, average: 0 }, culturalFamily: { registered: 0, achieved: 0 }, learningFamily: 0 });

/**
 * Adds a household. A record counts wherever the counted field is readable, even when the row has other issues;
 * a size counts in persons when it is a whole number ≥ 0.
 */
function add(t: Tally, r: HouseholdRecord): void {
  t.total++;
  if (r.size !== null && Number.isInteger(r.size) && r.size >= 0) t.persons += r.size;
  if (r.poor) t.poverty.poor++;
  if (r.nearPoor) t.poverty.nearPoor++;
  if (r.average) t.poverty.average++;
  if (r.culturalFamilyRegistered) t.culturalFamily.registered++;
  if (r.culturalFamilyAchieved) t.culturalFamily.achieved++;
  if (r.learningFamily) t.learningFamily++;
}

function rates(t: Tally, o: RateOptions) {
  const cfBase = o.culturalFamilyBase === 'all' ? t.total : t.culturalFamily.registered;
  return {
    poor: percent(t.poverty.poor, t.total, o.povertyDecimals),
    nearPoor: percent(t.poverty.nearPoor, t.total, o.povertyDecimals),
    average: percent(t.poverty.average, t.total, o.povertyDecimals),
    culturalFamilyAchieved: percent(t.culturalFamily.achieved, cfBase, o.culturalFamilyDecimals),
  };
}

/** Statistics over household records; villages listed in the commune's order, unknown ones after. */
export function summariseHouseholds(records: HouseholdRecord[], villages: string[], options: RateOptions = DEFAULT_RATES, measured: Measured = ALL_MEASURED): HouseholdSummary {
  const all = emptyTally();
  const byVillage = new Map<string, Tally>(villages.map((v) => [v, emptyTally()]));
  const unknown = new Map<string, Tally>();
  let withoutVillage = 0;
  for (const r of records) {
    add(all, r);
    if (r.village !== null) {
      let t = byVillage.get(r.village);
      if (!t) byVillage.set(r.village, (t = emptyTally()));
      add(t, r);
    } else if (r.villageText) {
      let t = unknown.get(r.villageText);
      if (!t) unknown.set(r.villageText, (t = emptyTally()));
      add(t, r);
    } else withoutVillage++;
  }
  const village = (name: string, t: Tally, known: boolean): VillageHouseholds => ({ village: name, known, ...t, rates: rates(t, options) });
  return {
    ...all,
    // Said only when something is missing: a register with every column needs no caveat.
    ...(Object.values(measured).every(Boolean) ? {} : { measured }),
    rates: rates(all, options),
    rateBases: { poverty: 'households', culturalFamilyAchieved: options.culturalFamilyBase === 'all' ? 'households' : 'registered' },
    byVillage: [...[...byVillage].map(([n, t]) => village(n, t, true)), ...[...unknown].map(([n, t]) => village(n, t, false))],
    withoutVillage,
  };
}
