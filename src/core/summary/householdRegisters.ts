// The household summary of every household register of an analysis: lists joined with their member lists, and
// each figure counted only where every register that gives households has a column for it.
import type { HouseholdRegister, PersonRegister } from '../registers/kind';
import { joinedRecords, type JoinPlan } from '../registers/persons/join';
import type { Doubt } from '../doubts';
import { doubtFigures } from '../doubts';
import { ALL_MEASURED, summariseHouseholds, type HouseholdSummary, type Measured, type RateOptions } from './households';

const FIGURE_FIELDS: Record<Exclude<keyof Measured, 'persons'>, string[]> = {
  poverty: ['poverty', 'poor', 'nearPoor'],
  average: ['poverty', 'average'],
  culturalFamily: ['culturalFamilyRegistered', 'culturalFamilyAchieved'],
  learningFamily: ['learningFamily'],
};

/**
 * A figure is measured when every register that gives households has a column for it (a member list counts persons
 * by its rows). Where only some have one, the figure would mix counts with blanks: it is not measured, and a doubt
 * names the sheets without it.
 */
function measuredBy(regs: Array<HouseholdRegister | PersonRegister>, persons: boolean): { measured: Measured; doubts: Doubt[] } {
  const doubts: Doubt[] = [];
  // Class blocks ("I. HỘ NGHÈO", "II. HỘ CẬN NGHÈO") measure the poor and near-poor like a class column does.
  const classBlocks = (r: HouseholdRegister | PersonRegister) => r.layout.body.some((b) => b.type === 'section' && b.context.poverty);
  const has = (r: HouseholdRegister | PersonRegister, fields: string[]) => fields.some((f) => f in r.layout.columns) || (fields.includes('poor') && classBlocks(r));
  const measured: Measured = { persons, poverty: false, average: false, culturalFamily: false, learningFamily: false };
  for (const figure of Object.keys(FIGURE_FIELDS) as Array<keyof typeof FIGURE_FIELDS>) {
    const without = regs.filter((r) => !has(r, FIGURE_FIELDS[figure]));
    measured[figure] = without.length === 0;
    if (without.length && without.length < regs.length) {
      doubts.push({ code: 'figure.partial', file: without[0].file, sheet: without[0].grid.sheet, field: figure, params: { figure, sheets: without.map((r) => r.grid.sheet).join(', ') } });
    }
  }
  return { measured, doubts };
}

/** The commune's household figures from its household lists and member lists, with what is in doubt. */
export function summariseHouseholdRegisters(
  lists: HouseholdRegister[],
  members: PersonRegister[],
  plan: JoinPlan,
  villages: string[],
  rates: RateOptions,
): { summary: HouseholdSummary; doubts: Doubt[] } {
  // Member lists joined to a household list give persons only; the lists and the other member lists give households.
  const counted = [...lists, ...members.filter((m) => !plan.joined.has(m))];
  const persons = counted.every((r) => r.kind === 'persons' || 'size' in r.layout.columns || plan.joins.some((j) => j.households.sheet === r.grid.sheet && j.households.file === r.file));
  const { measured, doubts } = measuredBy(counted, persons);
  const summary = summariseHouseholds(joinedRecords(lists, members, plan), villages, rates, measured);
  const classed = summary.poverty.poor + summary.poverty.nearPoor + summary.poverty.average;
  if (measured.poverty && summary.total >= 3 && classed >= summary.total) {
    // A list of poor and near-poor households only: rates over it would be "80% poor"; the commune's base is elsewhere.
    summary.filtered = 'poverty';
    // A list of the poor and near-poor says nothing of the average-standard households it leaves out.
    if (summary.poverty.average === 0) summary.measured = { ...(summary.measured ?? ALL_MEASURED), average: false };
    summary.rates = { ...summary.rates, poor: null, nearPoor: null, average: null };
    for (const v of summary.byVillage) v.rates = { ...v.rates, poor: null, nearPoor: null, average: null };
    const first = counted[0];
    doubts.push({ code: 'list.filtered', file: first.file, sheet: first.grid.sheet, params: { total: summary.total } });
  }
  for (const j of plan.joins) {
    if (j.unmatched || j.withoutMembers) doubts.push({ code: 'join.partial', file: j.members.file, sheet: j.members.sheet, params: { households: j.households.sheet, matched: j.matched, unmatched: j.unmatched, withoutMembers: j.withoutMembers } });
  }
  const first = counted[0] ?? lists[0] ?? members[0];
  if (first) doubts.push(...doubtFigures(summary, { file: first.file, sheet: first.grid.sheet }));
  return { summary, doubts };
}
