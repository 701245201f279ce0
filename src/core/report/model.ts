// The report model: what a report section says and how it is laid out, knowing no target (Word, .docx, HTML).
import { plainOutputText } from '../text/display';

/** A run of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A table cell: text runs, horizontal alignment, and how many columns/rows it spans (header cells). */
export interface TableCell {
  runs: Run[];
  align?: Align;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableRow {
  /** 'group': a heading row spanning the table ("A. Khen thưởng của Chủ tịch UBND xã"); 'total': the totals row. */
  kind: 'data' | 'group' | 'total';
  cells: TableCell[];
}

export interface TableColumn {
  /** Relative width; renderers scale the columns to the text width. */
  width: number;
  align: Align;
}

export type Block =
  /** Numbered heading as clerks write it: level 1 "I. KẾT QUẢ", level 2 "1. …", level 3 "a) …"; the text carries its number. */
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  /** Body paragraph: justified with a first-line indent unless said otherwise. */
  | { type: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean }
  /** "-" and "+" lists as clerks write them: each item is a paragraph starting with its marker. */
  | { type: 'list'; marker: '-' | '+'; items: Run[][] }
  | { type: 'table'; caption?: Run[]; columns: TableColumn[]; header: TableCell[][]; rows: TableRow[] };

/** Stable ids of the report sections, in the order a report uses them. */
export const SECTION_IDS = ['van-hoa', 'ho-ngheo', 'hoc-tap', 'khen-thuong', 'cap-tren', 'bang-thon', 'bang-khen-thuong', 'so-sanh'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One section: its blocks, or the reason it was left out (no data for it). */
export interface ReportSection {
  id: SectionId;
  /** Short Vietnamese title for catalogues ("Gia đình văn hóa"). */
  title: string;
  blocks: Block[];
  /** Set when the section has nothing to say: the reason, in Vietnamese. */
  omitted?: string;
}

export interface ReportDoc {
  sections: ReportSection[];
}

/** Plain text of runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * A note the clerk must see before the report goes out, written into the text itself (bold italic, in brackets):
 * a figure the registers give that cannot be true. `spaced`: preceded by a space, after a sentence.
 */
export function checkNote(t: string, spaced = true): Run {
  return { text: plainOutputText(`${spaced ? ' ' : ''}[Cần kiểm tra: ${t}]`), bold: true, italic: true };
}

/** A run list from plain text. */
export function text(t: string, style: Omit<Run, 'text'> = {}): Run[] {
  return [{ text: plainOutputText(t), ...style }];
}
