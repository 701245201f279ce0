// A household list and its member list of the same commune are one register (DOMAIN.md §2.1): households from the
// list, persons from the members, joined by household code — never added up.
import type { HouseholdRegister, PersonRegister } from '../kind';
import type { HouseholdRecord } from '../households/schema';

export interface MemberJoin {
  households: { file: string; sheet: string };
  members: { file: string; sheet: string };
  /** Member households whose code is in the household list, and those whose code is not (left out of the counts). */
  matched: number;
  unmatched: number;
  /** Households of the list with no member rows: their persons are unknown. */
  withoutMembers: number;
}

/** Which member lists join which household list, and the persons each listed household gets. */
export interface JoinPlan {
  joins: MemberJoin[];
  /** Member lists joined to a household list: they add persons, not households. */
  joined: Set<PersonRegister>;
  persons: Map<HouseholdRecord, number>;
}

const codeKey = (id: string | null) => (id === null ? null : id.trim().toUpperCase());

/**
 * Joins a member list to the household list holding at least half of its household codes; reads codes only, so it
 * can be planned before validation (joined member lists are then not duplicates of their own households).
 */
export function planJoins(lists: HouseholdRegister[], members: PersonRegister[]): JoinPlan {
  if (!lists.length || !members.length) return { joins: [], joined: new Set(), persons: new Map() };
  const byCode = new Map<string, { rec: HouseholdRecord; reg: HouseholdRegister }>();
  for (const reg of lists) for (const rec of reg.records) {
    const k = codeKey(rec.householdId);
    if (k !== null && !byCode.has(k)) byCode.set(k, { rec, reg });
  }
  const plan: JoinPlan = { joins: [], joined: new Set(), persons: new Map() };
  for (const reg of members) {
    const found = reg.records.flatMap((r) => {
      const k = codeKey(r.householdId);
      const hit = k === null ? undefined : byCode.get(k);
      return hit ? [{ member: r, ...hit }] : [];
    });
    if (found.length === 0 || found.length * 2 < reg.records.length) continue;
    plan.joined.add(reg);
    for (const f of found) plan.persons.set(f.rec, (plan.persons.get(f.rec) ?? 0) + (f.member.size ?? 0));
    const list = found[0].reg;
    plan.joins.push({
      households: { file: list.file, sheet: list.grid.sheet },
      members: { file: reg.file, sheet: reg.grid.sheet },
      matched: found.length,
      unmatched: reg.records.length - found.length,
      withoutMembers: 0,
    });
  }
  for (const j of plan.joins) {
    const list = lists.find((l) => l.file === j.households.file && l.grid.sheet === j.households.sheet);
    j.withoutMembers = list ? list.records.filter((r) => !plan.persons.has(r)).length : 0;
  }
  return plan;
}

/** The household records the summary counts: the lists' households (with their members as persons), and the
 *  households of member lists that joined none. */
export function joinedRecords(lists: HouseholdRegister[], members: PersonRegister[], plan: JoinPlan): HouseholdRecord[] {
  const listed = lists.flatMap((reg) => reg.records.map((rec) => {
    const persons = plan.persons.get(rec);
    return persons === undefined ? rec : { ...rec, size: persons };
  }));
  return [...listed, ...members.filter((m) => !plan.joined.has(m)).flatMap((m) => m.records)];
}
