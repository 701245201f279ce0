// What the issue-10 tests read from an analysis, through the contract the lead is implementing: register kinds
// 'households' | 'persons' | 'awards', persons per person row, proposals, doubts, ignored sheets with reasons.
// Fields not yet in the src types are read through small local accessor types, so these files compile today.
import type { Analysis, Register } from '../../../src/core/analyse';
import type { Issue } from '../../../src/core/rules/issue';
import type { Truth } from './fixtures/people';

export interface Doubt {
  code: string;
  file: string;
  sheet: string;
  field?: string;
  params?: Record<string, string | number>;
}

export interface KindCounts {
  total: number;
  collective: number;
  individual: number;
  household: number;
}

type AnyRegister = { kind: string; records: Array<{ row: number }>; issues: Issue[]; persons?: unknown[]; proposal?: boolean };

export function registersOf(analysis: Analysis, file = 0): AnyRegister[] {
  return (analysis.files[file]?.registers ?? []) as unknown as AnyRegister[];
}

export function allRegisters(analysis: Analysis): AnyRegister[] {
  return analysis.files.flatMap((f) => f.registers as unknown as AnyRegister[]);
}

/** The one register of the first file, which must be a persons register. */
export function personsRegister(analysis: Analysis): AnyRegister {
  const regs = registersOf(analysis);
  if (regs.length !== 1 || regs[0].kind !== 'persons') throw new Error(`expected one persons register, got ${regs.map((r) => r.kind).join(', ') || 'none'}`);
  return regs[0];
}

export function kindOf(reg: Register | AnyRegister): string {
  return (reg as unknown as { kind: string }).kind;
}

/** The person records of a persons register (one per person row), undefined when the register has none. */
export function personsOf(reg: Register | AnyRegister): unknown[] | undefined {
  return (reg as unknown as { persons?: unknown[] }).persons;
}

export function proposalOf(reg: Register | AnyRegister): boolean | undefined {
  return (reg as unknown as { proposal?: boolean }).proposal;
}

export function doubtsOf(analysis: Analysis): Doubt[] {
  return (analysis as unknown as { doubts?: Doubt[] }).doubts ?? [];
}

export function proposalsOf(analysis: Analysis): KindCounts | undefined {
  return (analysis.summary as unknown as { proposals?: KindCounts }).proposals;
}

export function ignoredOf(analysis: Analysis, file = 0): Array<{ sheet: string; reason: string }> {
  return analysis.files[file]?.ignored ?? [];
}

export function issuesOf(analysis: Analysis): Issue[] {
  return allRegisters(analysis).flatMap((r) => r.issues);
}

/** Errors and warnings as "sheet!cell code". */
export function serious(issues: Issue[]): string[] {
  return issues.filter((i) => i.severity === 'error' || i.severity === 'warning').map((i) => `${i.sheet}!${i.cell} ${i.code}`);
}

/** The family of a code: its first two segments ("household.head.missing" → "household.head"). */
export function family(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

/** The household figures of an analysis in the shape of a fixture's truth (villages with households only). */
export function householdFigures(analysis: Analysis): Truth | undefined {
  const h = analysis.summary.households;
  if (!h) return undefined;
  return {
    total: h.total,
    persons: h.persons,
    poverty: h.poverty,
    culturalFamily: h.culturalFamily,
    learningFamily: h.learningFamily,
    byVillage: h.byVillage.filter((v) => v.total > 0).map((v) => ({ village: v.village, total: v.total, persons: v.persons })),
  };
}

/** Village → households, for villages with households. */
export function villageTotals(analysis: Analysis): Record<string, number> {
  return Object.fromEntries((analysis.summary.households?.byVillage ?? []).filter((v) => v.total > 0).map((v) => [v.village, v.total]));
}
