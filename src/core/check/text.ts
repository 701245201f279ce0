// Text helpers every report check shares: numbers standing alone (parsed by core/text/numbers), word boundaries
// that work for Vietnamese, spans of sentences and clauses, and excerpts. Pure string work (no Node, DOM or Office).
import type { Finding, FindingCode } from './types';
import { NUM, type ViNumber } from '../text/numbers';

/** A number standing alone: not glued to other digits, nor to a "/" (dates, "1.139/1.216" pairs are read as such). */
export const NUMBER = String.raw`(?<![\d.,/])${NUM}(?![\d/]|[.,]\d)`;
/** JavaScript's \b only knows ASCII letters; Vietnamese words end in "ộ", "ư"…: these lookarounds know all letters. */
export const WL = String.raw`(?<![\p{L}\p{M}\p{N}])`;
export const WR = String.raw`(?![\p{L}\p{M}\p{N}])`;

/**
 * Whether a written figure agrees with the true one at the precision it was written with. Rounding half up,
 * rounding down (truncation, which clerks also do) and up are all accepted: only a difference of a whole unit in
 * the last written decimal or more is a disagreement.
 */
export function agrees(written: ViNumber, truth: number): boolean {
  const unit = 10 ** -written.decimals;
  return Math.abs(truth - written.value) < unit - 1e-9;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

function split(text: string, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

// A full stop ends a sentence only before a space or the end: "1.412" and "5.146" keep their thousands dots.
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;
const CLAUSE_END = /[.!?](?=\s|$)|[;\n]/g;

export const sentences = (text: string): Span[] => split(text, SENTENCE_END);
/** Sentences cut further at ";": the unit in which a count and its rate belong together. */
export const clauses = (text: string): Span[] => split(text, CLAUSE_END);

const MAX_EXCERPT = 120;

/** Up to 120 characters around [start, end), cut at word boundaries, with "…" where text was left out. */
export function excerpt(text: string, start = 0, end = text.length): string {
  const flat = text.replace(/[\t\r\n]/g, ' ');
  if (flat.trim().length <= MAX_EXCERPT) return flat.trim();
  const room = MAX_EXCERPT - 2;
  let a = Math.max(0, Math.min(start, flat.length));
  let b = Math.min(flat.length, Math.max(end, a + 1));
  if (b - a > room) b = a + room;
  const spare = room - (b - a);
  a = Math.max(0, a - Math.ceil(spare / 2));
  b = Math.min(flat.length, a + room);
  a = Math.max(0, b - room);
  // Snap inwards to whole words so the excerpt does not begin or end mid-syllable.
  if (a > 0) {
    const sp = flat.indexOf(' ', a);
    if (sp >= 0 && sp < Math.min(start, a + 15)) a = sp + 1;
  }
  if (b < flat.length) {
    const sp = flat.lastIndexOf(' ', b);
    if (sp > Math.max(end, b - 15)) b = sp;
  }
  return `${a > 0 ? '…' : ''}${flat.slice(a, b).trim()}${b < flat.length ? '…' : ''}`;
}

/** A finding at [start, end) of paragraph `paragraph`. */
export function finding(code: FindingCode, paragraph: number, text: string, start: number, end: number, vi: string, en: string): Finding {
  return { code, paragraph, excerpt: excerpt(text, start, end), message: vi, messageEn: en };
}
