// report.numbering: section numbers that skip, repeat or go backwards (I, II …; 1, 2 …; 1.1, 1.2 …; a, b … / a), b)),
// and sub-sequences that do not restart under a new parent. Levels nest in the order their styles first appear,
// as a reader sees them: a style already open higher up closes everything below it.
import type { Finding } from './types';
import type { Heading, HeadingStyle, ReportStructure } from './structure';
import { LETTERS, romanLabel } from './structure';
import { finding } from './text';

/** The marker for position `value` in a style, punctuated like `like`. */
function label(style: HeadingStyle, value: number, like: Heading): string {
  const mark = like.label.slice(-1);
  if (style === 'part') return `Phần ${romanLabel(value)}`;
  if (style === 'roman') return `${romanLabel(value)}.`;
  if (style === 'letter') return `${LETTERS[value - 1] ?? '?'}${mark}`;
  if (style === 'decimal') return `${like.parentValue}.${value}.`;
  return `${value}${mark}`;
}

/** Letters may follow the Vietnamese order (d, đ, e, g) or the Latin one (d, e, f, g): either successor is right. */
function successors(h: Heading): number[] {
  if (h.style !== 'letter') return [h.value + 1];
  const vi = 'abcdđeghiklmnopqrstuưvxy';
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const letter = LETTERS[h.value - 1];
  const next = [vi[vi.indexOf(letter) + 1], latin[latin.indexOf(letter) + 1]].filter((c): c is string => !!c);
  return next.map((c) => LETTERS.indexOf(c) + 1);
}

/** The first marker of the next letter in the order the document already uses. */
function expectedLabel(prev: Heading): string {
  return label(prev.style, successors(prev)[0], prev);
}

interface Open {
  style: HeadingStyle;
  last: Heading;
}

/** The next heading of the same style under the same parent, if any (none once a higher level comes). */
function nextSibling(headings: Heading[], k: number, higher: HeadingStyle[]): Heading | null {
  for (let j = k + 1; j < headings.length; j++) {
    if (headings[j].style === headings[k].style) return headings[j];
    if (higher.includes(headings[j].style)) return null;
  }
  return null;
}

export function checkNumbering(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  const stack: Open[] = [];
  // The last heading of each style, across parents: a sequence that continues across parents is left alone.
  const lastOfStyle = new Map<HeadingStyle, Heading>();
  const report = (h: Heading, vi: string, en: string) => {
    const t = s.text[h.paragraph];
    out.push(finding('report.numbering', h.paragraph, t, 0, Math.min(t.length, 60), vi, en));
  };
  s.headings.forEach((h, k) => {
    const at = stack.findIndex((o) => o.style === h.style);
    const higher = (at >= 0 ? stack.slice(0, at) : stack).map((o) => o.style);
    const next = nextSibling(s.headings, k, higher);
    /** When the next sibling carries on as if h had the expected number, h alone is mislabelled: say so once,
     *  and count on from the expected number so the next heading is not reported too. */
    const mislabelled = (expected: number) => next !== null && successors({ ...h, value: expected }).includes(next.value);
    const arabic = stack.find((o) => o.style === 'arabic')?.last;
    if (h.style === 'decimal' && arabic && h.parentValue !== arabic.value) {
      const should = `${arabic.value}.${h.value}.`;
      report(h, `Đề mục "${h.label}" nằm trong mục "${arabic.label}" nên phải là "${should}".`, `Heading "${h.label}" is under "${arabic.label}" and should be "${should}".`);
    }
    if (at >= 0) {
      const prev = stack[at].last;
      stack.length = at + 1;
      stack[at].last = h;
      const expected = successors(prev)[0];
      if (successors(prev).includes(h.value)) {
        // In sequence.
      } else if (mislabelled(expected)) {
        stack[at].last = { ...h, value: expected };
        report(h, `Đề mục "${h.label}" sai số thứ tự: sau "${prev.label}" phải là "${expectedLabel(prev)}".`, `Heading "${h.label}" is misnumbered: "${expectedLabel(prev)}" should follow "${prev.label}".`);
      } else if (h.value === prev.value) {
        report(h, `Đề mục "${h.label}" bị lặp lại (đoạn ${prev.paragraph + 1} cũng là "${prev.label}"); sau "${prev.label}" phải là "${expectedLabel(prev)}".`, `Heading "${h.label}" repeats paragraph ${prev.paragraph + 1}; "${expectedLabel(prev)}" should follow "${prev.label}".`);
      } else if (h.value > prev.value) {
        report(h, `Đề mục "${h.label}" bị nhảy số: sau "${prev.label}" phải là "${expectedLabel(prev)}".`, `Heading "${h.label}" skips: "${expectedLabel(prev)}" should follow "${prev.label}".`);
      } else {
        report(h, `Đề mục "${h.label}" sai thứ tự: sau "${prev.label}" phải là "${expectedLabel(prev)}".`, `Heading "${h.label}" is out of order: "${expectedLabel(prev)}" should follow "${prev.label}".`);
      }
    } else {
      stack.push({ style: h.style, last: h });
      const earlier = lastOfStyle.get(h.style);
      const continues = earlier !== undefined && successors(earlier).includes(h.value);
      if (h.value !== 1 && !continues) {
        if (mislabelled(1)) stack[stack.length - 1].last = { ...h, value: 1 };
        const parent = stack.length > 1 ? stack[stack.length - 2].last : null;
        const first = label(h.style, 1, h);
        if (parent) report(h, `Đề mục đầu tiên dưới "${parent.label}" phải là "${first}" (đang là "${h.label}").`, `The first heading under "${parent.label}" should be "${first}", not "${h.label}".`);
        else report(h, `Đề mục đầu tiên phải là "${first}" (đang là "${h.label}").`, `The first heading should be "${first}", not "${h.label}".`);
      }
    }
    lastOfStyle.set(h.style, stack.find((o) => o.style === h.style)?.last ?? h);
  });
  return out;
}
