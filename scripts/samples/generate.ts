// The sample workbooks of the repository and their answer keys, generated from one ground truth (commune.ts).
// `npm run samples` writes them to samples/; tests/generatedSamples.test.ts proves the committed files equal this.
import { COMMUNE, VILLAGES, generateAwards, generateHouseholds, type Award, type Household } from './commune';
import { errorsHouseholds, flatHouseholds, mergedHouseholds, personsHouseholds, sectionedHouseholds, type Layout } from './households';
import { errorsAwards, flatAwards, sectionedAwards } from './awards';
import { workbookBytes, type SheetSpec } from './sheet';

/** The commune profile (DOMAIN §7), as `baocao --profile` reads it. */
export const PROFILE = {
  commune: COMMUNE.commune,
  district: COMMUNE.district,
  province: COMMUNE.province,
  year: COMMUNE.year,
  villages: VILLAGES,
};

export const PROFILE_FILE = 'hoso-xa.json';

// ---- Figures counted from the truth ---------------------------------------------------------------------------

/** A percentage rounded half up, computed in whole numbers (2,195 → 2,20); null over a base of 0. */
export function rate(count: number, base: number, decimals: number): number | null {
  if (base === 0) return null;
  const scale = 10 ** decimals;
  return Math.floor((2 * count * 100 * scale + base) / (2 * base)) / scale;
}

function householdFigures(hs: Household[]) {
  const count = (f: (h: Household) => boolean) => hs.filter(f).length;
  return {
    total: hs.length,
    persons: hs.reduce((s, h) => s + h.members.length, 0),
    poverty: { poor: count((h) => h.poverty === 'poor'), nearPoor: count((h) => h.poverty === 'nearPoor'), average: count((h) => h.poverty === 'average') },
    culturalFamily: { registered: count((h) => h.registered), achieved: count((h) => h.achieved) },
    learningFamily: count((h) => h.learning),
  };
}

/** The household figures a report needs, in the shape of `baocao summary --json` (the keys' subset of it). */
export function householdSummary(hs: Household[]) {
  const all = householdFigures(hs);
  return {
    ...all,
    rates: {
      poor: rate(all.poverty.poor, all.total, 2),
      nearPoor: rate(all.poverty.nearPoor, all.total, 2),
      average: rate(all.poverty.average, all.total, 2),
      culturalFamilyAchieved: rate(all.culturalFamily.achieved, all.culturalFamily.registered, 1),
    },
    byVillage: VILLAGES.map((village) => ({ village, ...householdFigures(hs.filter((h) => h.village === village)) })),
  };
}

const kinds = (awards: Award[]) => ({
  collective: awards.filter((a) => a.kind === 'collective').length,
  individual: awards.filter((a) => a.kind === 'individual').length,
  household: 0,
});

/** The award figures, in the shape of `baocao summary --json` (the keys' subset of it). */
export function awardSummary(awards: Award[]) {
  const levels = () => ({ xa: 0, huyen: 0, tinh: 0, trung_uong: 0 });
  const byForm: Record<string, number> = {};
  const byLevel = levels();
  const moneyByLevel = levels();
  for (const a of awards) {
    byForm[a.form] = (byForm[a.form] ?? 0) + 1;
    byLevel[a.level]++;
    moneyByLevel[a.level] += a.amount ?? 0;
  }
  return {
    total: awards.length,
    collective: awards.filter((a) => a.kind === 'collective').length,
    individual: awards.filter((a) => a.kind === 'individual').length,
    byForm,
    byLevel,
    amount: {
      total: awards.reduce((s, a) => s + (a.amount ?? 0), 0),
      byLevel: moneyByLevel,
      communeChair: awards.filter((a) => a.part === 'A').reduce((s, a) => s + (a.amount ?? 0), 0),
      rowsWithAmount: awards.filter((a) => a.amount !== null && a.amount > 0).length,
    },
    /** The commune's own (state) awards, those received from higher levels, and the Party committee's. */
    commune: { ...kinds(awards.filter((a) => a.part === 'A')), amount: awards.filter((a) => a.part === 'A').reduce((s, a) => s + (a.amount ?? 0), 0) },
    higher: kinds(awards.filter((a) => a.part === 'B')),
    party: kinds(awards.filter((a) => a.part === 'C')),
  };
}

// ---- The samples ------------------------------------------------------------------------------------------------

export interface Sample {
  /** File name in samples/, e.g. "households-flat.xlsx". */
  file: string;
  sheets: SheetSpec[];
  /** The answer key, written to samples/expected/<name>.json. */
  key: Record<string, unknown>;
}

export interface Samples {
  households: Household[];
  awards: Award[];
  samples: Sample[];
}

/** Every sample of the repository, from the one truth. Pure and deterministic; no file is read or written. */
export function generateSamples(): Samples {
  const households = generateHouseholds();
  const awards = generateAwards(households);
  const hSummary = { households: householdSummary(households) };
  const aSummary = { awards: awardSummary(awards) };
  const sample = (file: string, kind: 'households' | 'awards', layout: Layout, rest: Record<string, unknown>): Sample => ({
    file,
    sheets: [layout.sheet],
    key: { file, kind, profile: PROFILE, register: layout.register, ...rest },
  });
  const hErrors = errorsHouseholds(households);
  const aErrors = errorsAwards(awards);
  return {
    households,
    awards,
    samples: [
      sample('households-flat.xlsx', 'households', flatHouseholds(households), { summary: hSummary }),
      sample('households-merged.xlsx', 'households', mergedHouseholds(households), { summary: hSummary }),
      sample('households-sectioned.xlsx', 'households', sectionedHouseholds(households), { summary: hSummary }),
      sample('households-persons.xlsx', 'households', personsHouseholds(households), { summary: hSummary }),
      sample('awards-flat.xlsx', 'awards', flatAwards(awards), { summary: aSummary }),
      sample('awards-sectioned.xlsx', 'awards', sectionedAwards(awards), { summary: aSummary }),
      sample('households-errors-sample.xlsx', 'households', hErrors, { issues: hErrors.issues, cleanRows: hErrors.cleanRows, notErrors: hErrors.notErrors }),
      sample('awards-errors-sample.xlsx', 'awards', aErrors, { issues: aErrors.issues, cleanRows: aErrors.cleanRows }),
    ],
  };
}

/** The key's name: "households-flat" for households-flat.xlsx. */
export const keyName = (file: string): string => file.replace(/\.xlsx$/, '');

/** JSON as written to disk: two-space indent, a final newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The bytes of one sample workbook. */
export function sampleBytes(s: Sample): Promise<Buffer> {
  return workbookBytes(s.sheets);
}
