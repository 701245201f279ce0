// What the layout tests read from an analysis: registers by kind, column letters, body rows by type, and the issues
// that matter (errors and warnings).
import type { Analysis, AwardRegister, HouseholdRegister, Register } from '../../../src/core/analyse';
import { columnLetter } from '../../../src/core/grid';
import type { BodyRow } from '../../../src/core/layout/detect';
import type { Issue } from '../../../src/core/rules/issue';

export function householdRegister(analysis: Analysis, index = 0, file = 0): HouseholdRegister {
  const reg = analysis.files[file]?.registers[index];
  if (!reg || reg.kind !== 'households') throw new Error(`register ${index} of file ${file} is not a household register`);
  return reg;
}

export function awardRegister(analysis: Analysis, index = 0, file = 0): AwardRegister {
  const reg = analysis.files[file]?.registers[index];
  if (!reg || reg.kind !== 'awards') throw new Error(`register ${index} of file ${file} is not an awards register`);
  return reg;
}

/** field → column letters, as a clerk reads them. */
export function columnLetters(reg: Register): Record<string, string> {
  return Object.fromEntries(Object.entries(reg.layout.columns).map(([f, c]) => [f, columnLetter(c)]));
}

/** 1-based sheet rows of the body rows of one type. */
export function rowsOfType(reg: Register, type: BodyRow['type']): number[] {
  return reg.layout.body.filter((b) => b.type === type).map((b) => b.r + reg.grid.originRow);
}

/** Issues of severity error or warning, as "cell code" strings, in reading order. */
export function serious(issues: Issue[]): string[] {
  return issues.filter((i) => i.severity === 'error' || i.severity === 'warning').map((i) => `${i.sheet}!${i.cell} ${i.code}`);
}

/** Every issue of every register of an analysis. */
export function allIssues(analysis: Analysis): Issue[] {
  return analysis.files.flatMap((f) => f.registers.flatMap((r) => r.issues));
}

/** The family of a code: its first two segments ("value.alias.village" → "value.alias"). */
export function family(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}
