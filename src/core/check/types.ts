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
  | 'report.data'
  | 'report.table.sum'
  | 'report.table.ratio';

/** One thing to look at before the report is signed: where it is and what is wrong, in Vietnamese (and English). */
export interface Finding {
  code: FindingCode;
  /** 0-based index of the paragraph in the list the caller gave. */
  paragraph: number;
  /** Where a person finds it without counting: the heading path and the body paragraph ("Mục I.2.b, đoạn 14"),
   *  or the table ("Bảng 2"). Set by checkReport. */
  location?: string;
  locationEn?: string;
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
  /** Last year's registers' summary: with it and `summary`, "so với năm trước" changes are checked (report.data). */
  previous?: { year: number; households?: HouseholdSummary; awards?: AwardSummary };
  /** What the reader of the document knows beyond the text, one entry per paragraph (see ParagraphLayout). */
  layout?: ParagraphLayout;
  /** The document's tables, read with their merged cells: totals and rates in them are checked (report.table.*). */
  tables?: ReportTable[];
}

/** Per paragraph, from the .docx or the open document when known: the 0-based table it sits in (null in the body),
 *  and its outline level from a Word heading style (0 = Heading 1; null for body text). */
export interface ParagraphLayout {
  table?: ReadonlyArray<number | null>;
  outlineLevel?: ReadonlyArray<number | null>;
}

/** One slot of a table's grid. A merged cell fills several slots; each names the cell's top-left slot. */
export interface TableSlot {
  /** The cell's text (its paragraphs joined with "\n"); the same in every slot of a merged cell. */
  text: string;
  /** Index (in the report's paragraphs) of the cell's first paragraph; -1 for a slot no cell fills. */
  paragraph: number;
  /** Row and column of the merged cell's top-left slot (this slot's own for a plain cell). */
  row: number;
  column: number;
}

/** A table of the report as a rectangular grid (rows × columns), merged cells spread over their slots. */
export interface ReportTable {
  grid: TableSlot[][];
  /** The paragraphs the table holds, [start, end) (nested tables' included). */
  start: number;
  end: number;
}
