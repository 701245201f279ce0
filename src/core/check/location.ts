// Where a finding is, as a person finds it without counting: the heading path in the document's outline
// ("Mục I.2.b") and the number of the paragraph among the body's non-empty paragraphs (table cells not counted),
// or the table it sits in ("Biểu 2", as the table checks name tables).
import type { Finding } from './types';
import type { Heading, HeadingStyle, ReportStructure } from './structure';
import { LETTERS, romanLabel } from './structure';

export interface Place {
  vi: string;
  en: string;
}

/** A heading's part of a path: "I", "2", "b"; a "2.1." heading under its "2." adds "1". */
function part(h: Heading, parent: Open | undefined): string {
  if (h.style === 'part') return `Phần ${romanLabel(h.value)}`;
  if (h.style === 'roman') return romanLabel(h.value);
  if (h.style === 'letter') return LETTERS[h.value - 1] ?? '?';
  if (h.style === 'decimal') return parent?.style === 'arabic' && parent.value === h.parentValue ? String(h.value) : `${h.parentValue}.${h.value}`;
  return String(h.value);
}

interface Open {
  style: HeadingStyle;
  value: number;
  part: string;
}

/** The place of every paragraph of the structure. */
export function places(s: ReportStructure): Place[] {
  const out: Place[] = [];
  const stack: Open[] = [];
  let body = 0;
  s.text.forEach((t, i) => {
    const h = s.headingAt.get(i);
    if (h) {
      // Levels nest in the order their styles first appear; a style already open closes everything below it.
      // A "2.1." heading belongs under its "2.", whatever was opened below that.
      const parent = h.style === 'decimal' ? stack.findIndex((o) => o.style === 'arabic' && o.value === h.parentValue) : -1;
      const at = parent >= 0 ? parent + 1 : stack.findIndex((o) => o.style === h.style);
      if (at >= 0) stack.length = at;
      stack.push({ style: h.style, value: h.value, part: part(h, stack[stack.length - 1]) });
    }
    const table = s.table[i];
    if (table === null && t.trim()) body++;
    const inOutline = i >= s.titleEnd && i < s.closingStart && stack.length > 0;
    // "Phần II, mục I.2.a, đoạn 14": a part is named apart from the section path under it.
    const open = inOutline ? stack : [];
    const partVi = open.filter((o) => o.style === 'part').map((o) => o.part);
    const path = open.filter((o) => o.style !== 'part').map((o) => o.part).join('.');
    const where = [...partVi, ...(path ? [`${partVi.length ? 'mục' : 'Mục'} ${path}`] : [])];
    const whereEn = [...partVi.map((p) => p.replace('Phần', 'Part')), ...(path ? [`${partVi.length ? 'section' : 'Section'} ${path}`] : [])];
    const [unitVi, unitEn] = table !== null ? [`biểu ${table + 1}`, `table ${table + 1}`] : [`đoạn ${Math.max(body, 1)}`, `paragraph ${Math.max(body, 1)}`];
    const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
    out.push({ vi: cap([...where, unitVi].join(', ')), en: cap([...whereEn, unitEn].join(', ')) });
  });
  return out;
}

/** The findings with their place filled in where a check did not give one (a table check names its cell). */
export function locate(findings: Finding[], s: ReportStructure): Finding[] {
  const at = places(s);
  return findings.map((f) => (f.location || !at[f.paragraph] ? f : { ...f, location: at[f.paragraph].vi, locationEn: at[f.paragraph].en }));
}
