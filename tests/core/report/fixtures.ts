// Report inputs for tests: from the samples' answer keys (households) and the analysed awards sample.
import type { HouseholdSummary } from '../../../src/core/summary/households';
import type { ReportInput } from '../../../src/core/report/input';
import { reportInputOf } from '../../../src/core/report/input';
import { analyseSamples, sampleKey, type KeyVillage } from '../../samples';
import { percent } from '../../../src/core/summary/rates';

/** The household summary of a sample's answer key, in the product's shape. */
export function keyHouseholds(name = 'households-flat'): HouseholdSummary {
  const k = sampleKey(name).summary.households as KeyVillage & { byVillage: KeyVillage[]; rates: HouseholdSummary['rates'] };
  const rates = (v: KeyVillage) => ({
    poor: percent(v.poverty.poor, v.total, 2),
    nearPoor: percent(v.poverty.nearPoor, v.total, 2),
    average: percent(v.poverty.average, v.total, 2),
    culturalFamilyAchieved: percent(v.culturalFamily.achieved, v.culturalFamily.registered, 1),
  });
  return {
    total: k.total, persons: k.persons, poverty: k.poverty, culturalFamily: k.culturalFamily, learningFamily: k.learningFamily, rates: k.rates,
    rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' },
    byVillage: k.byVillage.map((v) => ({ ...v, known: true, rates: rates(v) })),
    withoutVillage: 0,
  };
}

/** The full report input: households from the key, awards from the analysed awards sample. */
export async function sampleInput(awards = 'awards-sectioned'): Promise<ReportInput> {
  const a = await analyseSamples(awards);
  const input = reportInputOf(a, { commune: sampleKey(awards).profile.commune });
  const villages = keyHouseholds().byVillage.map((v) => v.village);
  return { ...input, villages, households: keyHouseholds() };
}
