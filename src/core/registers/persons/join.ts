// A household list and its member list of the same commune are one register (DOMAIN.md §2.1): households from the
// list, persons from the members, joined by household code — never added up.
import type { HouseholdRegister, PersonRegister } from '../kind';
import type { HouseholdRecord } from '../households/schema';

export interface MemberJoin {
  households: { file: string; sheet: string };
  members: { file: string; sheet: string };
  /** Member households whose code is in the household list, and those whose code is not. */
  matched: number;
  unmatched: number;
}

const codeKey = (id: string | null) => (id === null ? null : id.trim().toUpperCase());

/**
 * The household records the summary counts: a member list whose household codes are mostly (at least half) found
 * in a household list gives that list's households their persons, and adds no households of its own.
 */
export function joinMemberLists(lists: HouseholdRegister[], members: PersonRegister[]): { records: HouseholdRecord[]; joins: MemberJoin[] } {
  const byCode = new Map<string, { rec: HouseholdRecord; reg: HouseholdRegister }>();
  for (const reg of lists) for (const rec of reg.records) {
    const k = codeKey(rec.householdId);
    if (k !== null && !byCode.has(k)) byCode.set(k, { rec, reg });
  }
  const joins: MemberJoin[] = [];
  const persons = new Map<HouseholdRecord, number>();
  const kept: HouseholdRecord[] = [];
  for (const reg of members) {
    const coded = reg.records.filter((r) => codeKey(r.householdId) !== null);
    const found = coded.filter((r) => byCode.has(codeKey(r.householdId) as string));
    if (!byCode.size || found.length === 0 || found.length * 2 < reg.records.length) {
      kept.push(...reg.records);
      continue;
    }
    const list = byCode.get(codeKey(found[0].householdId) as string)?.reg as HouseholdRegister;
    for (const r of found) {
      const target = byCode.get(codeKey(r.householdId) as string)?.rec as HouseholdRecord;
      persons.set(target, (persons.get(target) ?? 0) + (r.size ?? 0));
    }
    joins.push({ households: { file: list.file, sheet: list.grid.sheet }, members: { file: reg.file, sheet: reg.grid.sheet }, matched: found.length, unmatched: reg.records.length - found.length });
  }
  const records = lists.flatMap((reg) => reg.records.map((rec) => (persons.has(rec) ? { ...rec, size: persons.get(rec) as number } : rec)));
  return { records: [...records, ...kept], joins };
}
