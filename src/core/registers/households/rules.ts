// Rules over one household record, given the commune's villages and the report year (DOMAIN.md §2, §4).
import { issueAt, type CellRef, type Issue, type Severity } from '../../rules/issue';
import type { CellValue } from '../../grid';
import type { HouseholdRecord } from './schema';
import { fourDigitYear, headAge, householdSize } from './schema';
import { cccdProblem } from './cccd';
import { phoneProblem } from './phone';
import type { VillageCatalogue } from '../../villages';
import { repairOf } from '../cells';
import { stripVillagePrefix, villagePrefixOf } from '../../villages';
import { villageCandidates, villageOfAddress } from '../../villageAddress';

/** Finds a field's cell and raw value for a record (the register knows its columns). */
export interface RecordCells {
  ref(rec: { row: number }, field: string): CellRef;
  raw(rec: { row: number }, field: string): CellValue;
  has(field: string): boolean;
}

export interface HouseholdRuleContext {
  year: number;
  villages: VillageCatalogue;
  cells: RecordCells;
  /** Most rows of this register write the village with its prefix ("Thôn Khe Mát"): that is its consistent style. */
  prefixedStyle?: boolean;
}

export function villageRule(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  if (rec.villageText === null) {
    if (ctx.cells.has('village') && rec.villageFrom === 'column') {
      out.push(issueAt('value.required', 'warning', ctx.cells.ref(rec, 'village'), 'village', 'village.missing', null));
    }
    return;
  }
  const raw = ctx.cells.raw(rec, 'village');
  const address = rec.villageFrom === 'column' && typeof raw === 'string' && villageOfAddress(raw) !== raw ? raw : null;
  const match = ctx.villages.match(rec.villageText) ?? (address ? addressMatch(address, ctx.villages) : null);
  if (!match) {
    if (rec.villageFrom === 'column') {
      out.push(issueAt('value.enum.village', 'error', ctx.cells.ref(rec, 'village'), 'village', 'village.unknown', ctx.cells.raw(rec, 'village'), { value: rec.villageText, villages: ctx.villages.names.join(', ') }));
    }
    return;
  }
  rec.village = match.name;
  // A former commune's old village name is right in that commune's workbook: no note to write the new one.
  if (match.renamed) return;
  // In an address only a misspelt village is worth a note: its prefix and the commune's name around it are not.
  if (rec.villageFrom !== 'column' || (address && match.exact) || (address && stripVillagePrefix(rec.villageText) === match.name)) return;
  // A cell that is not text (empty, the village read from another row of the household; a number) is written as
  // it was read: never "null" or a Date's spelling.
  const written = typeof raw === 'string' ? raw : rec.villageText;
  // A legacy-encoded or decomposed cell was reported as such when it was read; stray spaces were not.
  const repaired = typeof raw === 'string' ? repairOf(raw) : null;
  const compared = repaired && repaired.code !== 'text.whitespace' ? rec.villageText : written;
  if (compared === match.name) return;
  // A register that writes every village as "Thôn X" is consistent: only a row that departs from that style is noted.
  if (ctx.prefixedStyle && compared === `${villagePrefixOf(compared)}${match.name}`) return;
  const styleOnly = compared === written && ctx.villages.match(written)?.styleOnly === true;
  out.push(issueAt('value.alias.village', styleOnly ? 'info' : 'warning', ctx.cells.ref(rec, 'village'), 'village', 'village.alias', raw, { value: written, canonical: match.name }, match.name, true));
}

/** The village named by another part of an address ("Xã Yên Lâm, Thôn 5"), when the first part names none. */
function addressMatch(address: string, villages: VillageCatalogue) {
  for (const part of villageCandidates(address)) {
    const m = villages.match(part);
    if (m) return m;
  }
  return null;
}

/** A four-digit birth year and the age it gives in the report year, or null (an issue said why) when there is none. */
function ageOf(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): { age: number; push: (severity: Severity, key: string) => void } | null {
  const year = rec.birthYear;
  if (year === null) return null;
  const field = ctx.cells.has('birthYear') ? 'birthYear' : rec.gender === 'female' ? 'birthYearFemale' : 'birthYearMale';
  const at = ctx.cells.ref(rec, field);
  const raw = ctx.cells.raw(rec, field);
  if (!fourDigitYear.safeParse(year).success) {
    out.push(issueAt('value.range', 'error', at, field, 'birthYear.digits', raw, { value: year }));
    return null;
  }
  const age = ctx.year - year;
  return { age, push: (severity, key) => out.push(issueAt('value.range', severity, at, field, key, raw, { value: year, age, year: ctx.year })) };
}

function birthYearRule(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  const a = ageOf(rec, ctx, out);
  if (a && !headAge.safeParse(a.age).success) a.push('error', a.age < 16 ? 'birthYear.tooYoung' : 'birthYear.tooOld');
}

/**
 * A person's birth year in a list of persons: never after the report year nor over 120 years before it; a head under
 * 16 is unusual (a warning), a member of any age is fine.
 */
export function personBirthYearRule(rec: HouseholdRecord, head: boolean, ctx: HouseholdRuleContext, out: Issue[]): void {
  const a = ageOf(rec, ctx, out);
  if (!a) return;
  if (a.age < 0) a.push('error', 'birthYear.future');
  else if (a.age > 120) a.push('error', 'birthYear.personTooOld');
  else if (head && a.age < 16) a.push('warning', 'birthYear.tooYoung');
}

export function sizeRule(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  if (rec.size === null || householdSize.safeParse(rec.size).success) return;
  out.push(issueAt('value.range', 'error', ctx.cells.ref(rec, 'size'), 'size', 'size.range', ctx.cells.raw(rec, 'size'), { value: rec.size }));
}

/** The CCCD against the gender and birth year of the same row: the head's, or in a list of persons that person's. */
export function cccdRule(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[], subject: 'head' | 'person' = 'head'): void {
  if (rec.cccd === null) return;
  const raw = ctx.cells.raw(rec, 'cccd');
  const p = cccdProblem(rec.cccd, typeof raw === 'number', rec.gender, rec.birthYear !== null && fourDigitYear.safeParse(rec.birthYear).success ? rec.birthYear : null);
  if (!p) return;
  const at = ctx.cells.ref(rec, 'cccd');
  if (p.key === 'cccd.oldCmnd') out.push(issueAt('id.cccd.cmnd', 'warning', at, 'cccd', p.key, raw));
  else if (p.key === 'cccd.lostZero') out.push(issueAt('id.cccd.number', 'warning', at, 'cccd', p.key, raw, {}, p.fixed, true));
  else {
    const { key, ...params } = p;
    out.push(issueAt('id.cccd', 'error', at, 'cccd', subject === 'person' && key === 'cccd.gender' ? 'cccd.genderPerson' : key, raw, params as Record<string, string | number>));
  }
}

export function phoneRule(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  if (rec.phone === null) return;
  const raw = ctx.cells.raw(rec, 'phone');
  const p = phoneProblem(rec.phone, typeof raw === 'number');
  if (!p) return;
  const at = ctx.cells.ref(rec, 'phone');
  if (p.key === 'phone.invalid') out.push(issueAt('value.type.phone', 'warning', at, 'phone', p.key, raw, { value: rec.phone }));
  else out.push(issueAt('value.alias.phone', 'info', at, 'phone', p.key, raw, { value: rec.phone }, p.fixed, p.key === 'phone.lostZero'));
}

export function conflictRules(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  const classes = (['poor', 'nearPoor', 'average'] as const).filter((c) => rec[c]);
  if (classes.length > 1) {
    const field = ctx.cells.has(classes[1]) ? classes[1] : 'poverty';
    out.push(issueAt('row.conflict', 'error', ctx.cells.ref(rec, field), field, 'poverty.conflict', ctx.cells.raw(rec, field), { classes: classes.join(', ') }));
  }
  if (rec.culturalFamilyAchieved && rec.culturalFamilyRegistered === false) {
    out.push(issueAt('row.conflict', 'error', ctx.cells.ref(rec, 'culturalFamilyAchieved'), 'culturalFamilyAchieved', 'culturalFamily.notRegistered', ctx.cells.raw(rec, 'culturalFamilyAchieved')));
  }
}

/** Every single-record rule of the household register. */
export function householdRules(rec: HouseholdRecord, ctx: HouseholdRuleContext, out: Issue[]): void {
  villageRule(rec, ctx, out);
  birthYearRule(rec, ctx, out);
  sizeRule(rec, ctx, out);
  cccdRule(rec, ctx, out);
  phoneRule(rec, ctx, out);
  conflictRules(rec, ctx, out);
}
