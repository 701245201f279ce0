// Report check: the inconsistencies a reader would catch in a commune report before the chairman signs it.
// Each check is a pure function over the report's paragraphs (read once into a ReportStructure); this module runs
// them all and returns the findings in reading order.
import type { CheckOptions, Finding } from './types';
import { readStructure } from './structure';
import { checkYear } from './year';
import { checkNumbering } from './numbering';
import { checkDates } from './date';
import { checkRepeats } from './repeat';
import { checkPlaceholders } from './placeholder';
import { checkRatios } from './ratio';
import { checkSums } from './sum';
import { checkData } from './data';
import { checkComparisons } from './compare';
import { locate } from './location';
import { checkTables } from './table';

export type { CheckOptions, Finding, FindingCode, ParagraphLayout, ReportTable, TableSlot } from './types';

/** The order codes are listed in when several findings share a paragraph. */
const CODE_ORDER = ['report.placeholder', 'report.year', 'report.numbering', 'report.date', 'report.repeat', 'report.ratio', 'report.sum', 'report.data', 'report.table.sum', 'report.table.ratio'];

/** Every finding in a report's paragraphs (plain text, one string per Word paragraph, 0-based). */
export function checkReport(paragraphs: string[], options: CheckOptions = {}): Finding[] {
  const s = readStructure(paragraphs, options);
  const all = [
    ...checkPlaceholders(s),
    ...checkYear(s),
    ...checkNumbering(s),
    ...checkDates(s),
    ...checkRepeats(s),
    ...checkRatios(s),
    ...checkSums(s),
    ...checkData(s, options.summary),
    ...checkComparisons(s, options.summary, options.previous),
    ...checkTables(options.tables ?? [], s.text),
  ];
  // One problem, one finding: the same message at the same place is kept once.
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    const key = `${f.paragraph}|${f.code}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return locate(unique.sort((a, b) => a.paragraph - b.paragraph || CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code)), s);
}

/** Paragraphs from plain text, one per line (for tests and pasted text). */
export function paragraphsFromText(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
