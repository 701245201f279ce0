// Letters of the add-in's own sub-headings ("Về công tác khen thưởng", "Thành tích được cấp trên khen thưởng").
// A section inserted alone cannot know its place among the report's "a)", "b)"…: by default its heading carries
// no letter. The clerk may ask for one, or the Word insert gives the letter that follows the heading before the
// cursor (letterAfter), and the lettered headings go on from there.
import type { ReportDoc } from '../model';
import { readHeading } from '../../check/structure';

/** The Vietnamese letter order of headings (đ after d; no f, j, w, z). */
const ORDER = 'abcdđeghiklmnopqrstuưvxy';

/** A heading letter as written, "b)" or "b.", or null when `label` is not one. */
export function parseLetter(label: string): { letter: string; mark: ')' | '.' } | null {
  const m = /^\s*([a-zđư])\s*([.)])\s*$/u.exec(label.normalize('NFC').toLowerCase());
  return m && ORDER.includes(m[1]) ? { letter: m[1], mark: m[2] as ')' | '.' } : null;
}

/** The label that follows a lettered heading's text ("a) Về phong trào thi đua" → "b)"); null when the text is no
 *  lettered heading (the inserted heading then stays without a letter). */
export function letterAfter(headingText: string): string | null {
  const h = readHeading(headingText.normalize('NFC'), 0);
  if (!h || h.style !== 'letter') return null;
  const mark = h.label.slice(-1) === '.' ? '.' : ')';
  const next = ORDER[ORDER.indexOf(h.label[0]) + 1];
  return next ? `${next}${mark}` : null;
}

/** The level-3 headings of a report lettered in order from `first` ("b)" → "b) …", "c) …"). */
export function letterHeadings(doc: ReportDoc, first: string): ReportDoc {
  const start = parseLetter(first);
  if (!start) return doc;
  let at = ORDER.indexOf(start.letter);
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => {
        if (b.type !== 'heading' || b.level !== 3 || at >= ORDER.length) return b;
        const label = `${ORDER[at++]}${start.mark} `;
        return { ...b, runs: b.runs.length ? [{ ...b.runs[0], text: `${label}${b.runs[0].text}` }, ...b.runs.slice(1)] : [{ text: label.trim() }] };
      }),
    })),
  };
}
