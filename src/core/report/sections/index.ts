// The section catalogue: every builder by its stable id, in the order a report uses them.
import { SECTION_IDS, type ReportDoc, type ReportSection, type SectionId } from '../model';
import type { ReportInput } from '../input';
import { culturalFamilySection, learningFamilySection, povertySection } from './households';
import { communeAwardsSection, higherAwardsSection } from './awards';
import { awardsTableSection, villageTableSection } from './tables';
import { comparisonSection } from './compare';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './options';
import { letterHeadings } from './letters';

export const SECTION_BUILDERS: Record<SectionId, (input: ReportInput, options: ReportOptions) => ReportSection> = {
  'van-hoa': culturalFamilySection,
  'ho-ngheo': povertySection,
  'hoc-tap': learningFamilySection,
  'khen-thuong': communeAwardsSection,
  'cap-tren': higherAwardsSection,
  'bang-thon': villageTableSection,
  'bang-khen-thuong': awardsTableSection,
  'so-sanh': comparisonSection,
};

export function isSectionId(id: string): id is SectionId {
  return (SECTION_IDS as readonly string[]).includes(id);
}

/** Builds the chosen sections (all by default), always in report order. */
export function buildReport(input: ReportInput, sections: readonly SectionId[] = SECTION_IDS, options: Partial<ReportOptions> = {}): ReportDoc {
  const o: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, ...options, decimals: { ...DEFAULT_REPORT_OPTIONS.decimals, ...options.decimals } };
  const doc = { sections: SECTION_IDS.filter((id) => sections.includes(id)).map((id) => SECTION_BUILDERS[id](input, o)) };
  return o.firstLetter ? letterHeadings(doc, o.firstLetter) : doc;
}

export type { ReportOptions };
export { letterAfter } from './letters';

/** The title on page 1 of a report file (CLI `report -o`, the page's download): the year and the commune. */
export function reportFileTitle(input: Pick<ReportInput, 'year' | 'commune'>): string {
  return `SỐ LIỆU BÁO CÁO TỔNG KẾT NĂM ${input.year}${input.commune ? ` – XÃ ${input.commune.toUpperCase()}` : ''}`;
}
