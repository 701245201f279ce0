// The awards summary of an analysis: awards given and awards proposed apart, and a ledger of several years counted
// for the report year only.
import type { AwardRegister } from '../registers/kind';
import type { AwardRecord } from '../registers/awards/schema';
import type { Doubt } from '../doubts';
import { summariseAwards, type AwardSummary } from './awards';

/**
 * A register whose dated awards fall in other years than the report year for a fifth or more of them (and at least
 * three) is a ledger kept over years, not a year's register with a few wrong dates: only the report year's awards
 * (and undated ones) count, those rows are not errors, and a doubt says how many were left out.
 */
function reportYearOnly(reg: AwardRegister, year: number): { records: AwardRecord[]; doubt: Doubt | null } {
  const dated = reg.records.filter((r) => r.decisionDate);
  const other = dated.filter((r) => r.decisionDate?.y !== year);
  if (other.length < 3 || other.length * 5 < dated.length) return { records: reg.records, doubt: null };
  const rows = new Set(other.map((r) => r.row));
  reg.issues = reg.issues.filter((i) => !(i.key === 'decision.outsideYear' && rows.has(i.row)));
  const years = [...new Set(other.map((r) => r.decisionDate?.y))].sort().join(', ');
  return {
    records: reg.records.filter((r) => !rows.has(r.row)),
    doubt: { code: 'awards.otherYears', file: reg.file, sheet: reg.grid.sheet, params: { left: other.length, kept: reg.records.length - other.length, years, year } },
  };
}

/** Awards given and awards proposed, each summarised apart, for the report year. */
export function summariseAwardRegisters(regs: AwardRegister[], year: number): { awards?: AwardSummary; proposals?: AwardSummary; doubts: Doubt[] } {
  const doubts: Doubt[] = [];
  const given: AwardRecord[] = [];
  for (const reg of regs.filter((r) => !r.proposal)) {
    const { records, doubt } = reportYearOnly(reg, year);
    given.push(...records);
    if (doubt) doubts.push(doubt);
  }
  const proposed = regs.filter((r) => r.proposal);
  return {
    ...(regs.some((r) => !r.proposal) ? { awards: summariseAwards(given) } : {}),
    ...(proposed.length ? { proposals: summariseAwards(proposed.flatMap((r) => r.records)) } : {}),
    doubts,
  };
}
