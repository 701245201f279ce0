// The letters of the add-in's sub-headings in the clerk's document ("b) Về công tác khen thưởng"), shared by the
// Office.js adapter and the in-memory document. An insert continues from the lettered heading before the cursor;
// an update keeps the letter a control's first heading shows now (the clerk's hand-made letter wins). No letter is
// ever guessed: a heading of another kind before the cursor ("2. …", "II. …"), or none, leaves the headings bare.
import type { ReportSection } from '../../core/report/model';
import { readHeading } from '../../core/check/structure';
import { letterAfter, letterHeadings, parseLetter } from '../../core/report/sections/letters';

/** A paragraph before the place the sections go, as the host reads it. */
export interface PrecedingParagraph {
  text: string;
  /** In a table cell: cells are no headings of the report, so they are passed over. */
  inTable: boolean;
}

/** The label ("c)", "c.") the inserted sections' first level-3 heading takes, from the nearest heading before it;
 *  null when that heading is not lettered or there is none. */
export function letterFromPreceding(paragraphs: readonly PrecedingParagraph[]): string | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const { text, inTable } = paragraphs[i];
    if (inTable || !text.trim()) continue;
    const heading = readHeading(text.normalize('NFC'), i);
    if (heading) return heading.style === 'letter' ? letterAfter(text) : null;
  }
  return null;
}

/** A control's text as paragraphs: Word ends them with \r (\n in the in-memory document; \v is a line break). */
export function controlLines(text: string): string[] {
  return text.split(/\r\n?|\n/u);
}

/** The letter ("b)", "b.") the first paragraph of a control's text shows, or null when it shows none. */
export function letterShown(controlText: string): string | null {
  const first = controlLines(controlText).find((line) => line.trim()) ?? '';
  const heading = readHeading(first.normalize('NFC'), 0);
  if (heading?.style !== 'letter') return null;
  const parsed = parseLetter(heading.label);
  return parsed ? `${parsed.letter}${parsed.mark}` : null;
}

/** The sections with their level-3 headings lettered in order from `first`; unchanged without a letter. */
export function letterSections(sections: readonly ReportSection[], first: string | null): ReportSection[] {
  return first ? letterHeadings({ sections: [...sections] }, first).sections : [...sections];
}

/** A section as an update writes it into a control whose text is `controlText`: its first heading keeps the letter
 *  shown there (the clerk may have changed it by hand), or stays bare when none is. Only a section that opens with
 *  a level-3 heading is lettered, so the letter read is that heading's. */
export function sectionForControl(section: ReportSection, controlText: string): ReportSection {
  const opening = section.blocks[0];
  if (opening?.type !== 'heading' || opening.level !== 3) return section;
  return letterSections([section], letterShown(controlText))[0];
}
