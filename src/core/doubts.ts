// What the analysis is not sure of, as data shown to the clerk (DESIGN.md: uncertainty is data, never a hidden guess).
import type { HouseholdRecord } from './registers/households/schema';
import type { HouseholdRegister, PersonRegister } from './registers/kind';
import type { HouseholdSummary } from './summary/households';
import { looksLikePlaceOrStreet } from './villageAddress';
import { villageKey, type VillageCatalogue } from './villages';
import { columnLetter } from './grid';

export type DoubtCode = 'village.implausible' | 'kind.uncertain' | 'figure.implausible' | 'figure.partial' | 'join.partial' | 'column.contradicted' | 'awards.otherYears' | 'list.filtered' | 'year.guessed' | 'formerCommune.unknown' | 'sheet.earlierYear';

export interface Doubt {
  code: DoubtCode;
  file: string;
  sheet: string;
  field?: string;
  params: Record<string, string | number>;
}

/** Doubts that are errors, not questions: a figure that cannot be true fails validation (exit 1) like an error. */
export function isErrorDoubt(d: Doubt): boolean {
  return d.code === 'figure.implausible';
}

/** A commune has 5–30 villages: a column with many more distinct values is something else. */
const MAX_VILLAGES = 40;

/**
 * A "village" column whose values look like provinces, cities, countries or street addresses, or are far too many,
 * is not the village column (DOMAIN.md §2.2): its values are let go, and the doubt says so. With a profile, a column
 * whose rows mostly name the commune's villages is kept whatever else it holds.
 */
export function doubtVillageColumn(reg: HouseholdRegister | PersonRegister, catalogue: VillageCatalogue | null): Doubt | null {
  const col = reg.layout.columns.village;
  if (col === undefined) return null;
  const rows: HouseholdRecord[] = reg.kind === 'persons' ? reg.rows : reg.records;
  const written: string[] = [];
  const distinct = new Map<string, string>();
  for (const r of rows) {
    if (r.villageFrom !== 'column' || !r.villageText) continue;
    written.push(r.villageText);
    const k = villageKey(r.villageText);
    if (!distinct.has(k)) distinct.set(k, r.villageText);
  }
  if (!written.length) return null;
  const places = [...distinct.values()].filter((t) => looksLikePlaceOrStreet(t));
  const implausible = distinct.size > MAX_VILLAGES || (places.length >= 3 && places.length * 10 >= distinct.size * 3);
  if (!implausible) return null;
  if (catalogue && written.filter((text) => catalogue.match(text)).length * 2 >= written.length) return null;
  const drop = (r: HouseholdRecord) => {
    if (r.villageFrom !== 'column') return;
    r.villageText = null;
    r.villageFrom = null;
  };
  rows.forEach(drop);
  if (reg.kind === 'persons') {
    reg.records.forEach(drop);
    for (const p of reg.persons) p.villageText = null;
  }
  const examples = (places.length ? places : [...distinct.values()]).slice(0, 3).join('; ');
  return { code: 'village.implausible', file: reg.file, sheet: reg.grid.sheet, field: 'village', params: { column: columnLetter(col), distinct: distinct.size, examples } };
}

/** Figures that cannot be: more households recognised than registered, or a rate over 100%. */
export function doubtFigures(summary: HouseholdSummary, where: { file: string; sheet: string }): Doubt[] {
  const out: Doubt[] = [];
  const scopes = [{ village: '', counts: summary }, ...summary.byVillage.map((v) => ({ village: v.village, counts: v }))];
  for (const { village, counts } of scopes) {
    const rate = counts.rates.culturalFamilyAchieved;
    if (rate !== null && rate > 100) out.push({ code: 'figure.implausible', ...where, field: 'culturalFamilyAchieved', params: { village, achieved: counts.culturalFamily.achieved, registered: counts.culturalFamily.registered } });
  }
  return out;
}
