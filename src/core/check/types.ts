// The shape of a report check's answer, shared by every check, the CLI and the add-in.
import type { HouseholdSummary } from '../summary/households';
import type { AwardSummary } from '../summary/awards';

export type FindingCode =
  | 'report.year'
  | 'report.numbering'
  | 'report.date'
  | 'report.repeat'
  | 'report.placeholder'
  | 'report.ratio'
  | 'report.sum'
  | 'report.data';

/** One thing to look at before the report is signed: where it is and what is wrong, in Vietnamese (and English). */
export interface Finding {
  code: FindingCode;
  /** 0-based index of the paragraph in the list the caller gave. */
  paragraph: number;
  /** At most 120 characters of the paragraph around the problem, "…" where it was cut. */
  excerpt: string;
  message: string;
  messageEn?: string;
}

export interface CheckOptions {
  /** The loaded registers' summary: with it, figures in the text are compared with the data (report.data). */
  summary?: { households?: HouseholdSummary; awards?: AwardSummary };
  /** The year the report reviews; inferred from the body when not given. */
  year?: number;
}
