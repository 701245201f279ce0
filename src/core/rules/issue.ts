// An Issue is data: where, what family, how bad, and a message key the i18n catalogue turns into words.
import type { CellValue } from '../grid';
import { a1, columnLetter, isExcelError } from '../grid';

export type Severity = 'error' | 'warning' | 'info';

/** Message parameters: plain values only, so a message can be rendered in any language later. */
export type MessageParams = Record<string, string | number>;

/** A value as reported in JSON: Excel errors as { error }, dates as ISO text. */
export type IssueValue = string | number | boolean | { error: string } | null;

export interface Issue {
  /** Family from DOMAIN.md §4, optionally refined: `value.enum.village`. */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, e.g. "G12". */
  cell: string;
  row: number;
  column: string;
  field: string;
  /** Message key for i18n (`village.unknown`), with its parameters. */
  key: string;
  params: MessageParams;
  value: IssueValue;
  /** The repaired value, when the product can suggest one. */
  suggestion?: string | number;
  /** Whether applying the suggestion is safe without a clerk's judgement (Unicode, spaces, encoding, aliases). */
  safeFix?: boolean;
}

/** Where a field's value came from: sheet and 1-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

export function issueValue(v: CellValue | undefined): IssueValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (isExcelError(v)) return { error: v.error };
  return v;
}

/** Builds an issue at a cell. */
export function issueAt(
  code: string,
  severity: Severity,
  at: CellRef,
  field: string,
  key: string,
  value: CellValue | undefined,
  params: MessageParams = {},
  suggestion?: string | number,
  safeFix?: boolean,
): Issue {
  const issue: Issue = {
    code,
    severity,
    sheet: at.sheet,
    cell: a1(at.row, at.column),
    row: at.row,
    column: columnLetter(at.column),
    field,
    key,
    params,
    value: issueValue(value),
  };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  if (safeFix) issue.safeFix = true;
  return issue;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues in reading order: sheet, row, column, then severity. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row || a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
