// What the worker sends back to the pane: the analysis without grids and records (they stay in the worker), issues
// with their messages and villages, and the report input for Word. Plain JSON.
import type { Analysis, IgnoredSheet } from '../../core/analyse';
import type { Issue } from '../../core/rules/issue';
import type { RegisterKind } from '../../core/layout/header';
import { columnLetter } from '../../core/grid';
import { reportInputOf, type ReportInput } from '../../core/report/input';
import { withMessage, type Lang } from '../../i18n/messages';
import { doubtText } from '../../i18n/doubts';
import { withShortLists } from '../../i18n/lists';
import { isErrorDoubt, type DoubtCode } from '../../core/doubts';
import type { PreviousYearData } from '../../core/compare/previous';
import type { FormerCommuneSummary } from '../../core/formerCommunes';
import { yearsInSheetNames, yearsInTitles, yearsOfDatedLines } from '../../core/year';

/** A doubt as the pane shows it: its words, and whether it is an error (a figure that cannot be true). */
export interface PaneDoubt {
  /** What kind of doubt (a pane shows some in their own place, e.g. the guessed year as a question). */
  code: DoubtCode;
  text: string;
  error: boolean;
}

export interface PaneIssue extends Issue {
  message: string;
  /** The household's village (households registers), for the village filter. */
  village?: string;
}

export interface PaneRegister {
  sheet: string;
  kind: RegisterKind;
  /** An award proposal list: awards proposed, not given. */
  proposal: boolean;
  /** A list of persons: its households and persons (its data rows are persons). */
  people?: { households: number; persons: number };
  headerRows: number[];
  firstDataRow?: number;
  lastDataRow?: number;
  dataRows: number;
  /** field → column letter. */
  columns: Record<string, string>;
  headers: Array<{ column: string; text: string; field: string | null }>;
  sections: Array<{ row: number; text: string }>;
  subtotalRows: number;
  totalRows: number;
  footerRows: number[];
  titleRows: number[];
  issues: PaneIssue[];
}

export interface PaneAnalysis {
  registers: PaneRegister[];
  ignored: IgnoredSheet[];
  year: number;
  villages: string[];
  inferred: Analysis['inferred'];
  /** The years the registers' own dates and titles name (decision dates, titles, signing dates, sheet names), oldest
   *  first: a report year outside them is asked about, never used silently. */
  dataYears: number[];
  /** What the analysis is unsure of, as sentences for the clerk. */
  doubts: PaneDoubt[];
  summary: Analysis['summary'];
  /** Carries the comparison (section so-sanh) when last year's registers were given. */
  report: ReportInput;
  /** Last year's registers compared with this year's, or why they could not be. */
  previous?: PreviousResult;
  /** A merged commune: its figures by former commune, and which sheets and files are whose. */
  formerCommunes?: FormerCommuneSummary[];
}

/** Last year compared with this year, or what stopped it (in the clerk's words). */
export type PreviousResult = { ok: true; data: PreviousYearData } | { ok: false; message: string };

/** Strips an analysis to what the pane shows. */
export function toPaneAnalysis(a: Analysis, lang: Lang): PaneAnalysis {
  const registers: PaneRegister[] = [];
  for (const f of a.files) for (const reg of f.registers) {
    const l = reg.layout;
    const villageOf = new Map<number, string>();
    if (reg.kind === 'persons') for (const r of reg.persons) if (r.villageText) villageOf.set(r.row, r.villageText);
    if (reg.kind !== 'awards') for (const r of reg.records) if (r.village ?? r.villageText) villageOf.set(r.row, (r.village ?? r.villageText) as string);
    const columns: Record<string, string> = {};
    for (const [field, c] of Object.entries(l.columns)) columns[field] = columnLetter(c);
    registers.push({
      sheet: l.sheet,
      kind: l.kind,
      proposal: reg.kind === 'awards' && reg.proposal,
      ...(reg.kind === 'persons' ? { people: { households: reg.records.length, persons: reg.persons.length } } : {}),
      headerRows: l.headerRows,
      firstDataRow: l.firstDataRow,
      lastDataRow: l.lastDataRow,
      dataRows: l.dataRowCount,
      columns,
      headers: l.headers,
      sections: l.body.flatMap((b) => (b.type === 'section' ? [{ row: b.r + reg.grid.originRow, text: b.text }] : [])),
      subtotalRows: l.body.filter((b) => b.type === 'subtotal').length,
      totalRows: l.body.filter((b) => b.type === 'total').length,
      footerRows: l.footerRows,
      titleRows: l.titleRows,
      // Long lists in a message (the commune's villages) are cut to three names and "và n thôn khác".
      issues: reg.issues.map((i) => ({ ...withMessage({ ...i, params: withShortLists(i.params, lang) }, lang), params: i.params, village: villageOf.get(i.row) })),
    });
  }
  return {
    registers,
    ignored: a.files.flatMap((f) => f.ignored),
    year: a.year,
    villages: a.villages,
    inferred: a.inferred,
    dataYears: dataYearsOf(a),
    doubts: a.doubts.map((d) => ({ code: d.code, text: doubtText(d, lang, 'pane'), error: isErrorDoubt(d) })),
    summary: a.summary,
    report: reportInputOf(a),
    ...(a.formerCommunes ? { formerCommunes: a.formerCommunes } : {}),
  };
}

/** The years named by the registers themselves (see PaneAnalysis.dataYears). */
function dataYearsOf(a: Analysis): number[] {
  const registers = a.files.flatMap((f) => f.registers);
  const lineText = (reg: (typeof registers)[number], rows: number[]) =>
    rows.map((row) => (reg.grid.values[row - reg.grid.originRow] ?? []).filter((v): v is string => typeof v === 'string').join(' '));
  const years = [
    ...yearsInTitles(registers.flatMap((r) => r.layout.titleText)),
    ...yearsOfDatedLines(registers.flatMap((r) => [...r.layout.titleText, ...lineText(r, r.layout.footerRows)])),
    ...yearsInSheetNames(registers.map((r) => r.layout.sheet)),
    ...registers.flatMap((r) => (r.kind === 'awards' ? r.records.flatMap((x) => (x.decisionDate && x.decisionDate.y >= 1990 && x.decisionDate.y <= 2100 ? [x.decisionDate.y] : [])) : [])),
  ];
  return [...new Set(years)].sort((x, y) => x - y);
}
