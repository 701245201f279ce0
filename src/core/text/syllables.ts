// Does a text read as Vietnamese syllables? Spelling rules of initials, rhymes and tone placement, used to tell a
// legacy-encoded text from a plain one and to choose between TCVN3 and VNI readings.
import {
  ACUTE,
  CLOSED_NUCLEI,
  DOT_BELOW,
  FINALS,
  INITIALS,
  LETTER_BASE,
  LETTER_CASE,
  LETTER_LIMIT,
  LETTER_TONE,
  MARKED_VOWELS,
  OPEN_NUCLEI,
  PALATAL_NUCLEI,
  STOP_FINALS,
  VIET_LATIN1,
  VOWELS,
  Y_INITIALS,
} from './legacyTables';

/** Spelling rules of the initial against the first letter of the rhyme (c/k, g/gh, ng/ngh, i/y). */
function initialFits(initial: string, rhyme: string): boolean {
  const first = rhyme.charAt(0);
  if (first === 'y') return rhyme === 'y' ? Y_INITIALS.has(initial) : initial === '';
  const front = first === 'e' || first === 'ê' || first === 'i';
  if (initial === 'k' || initial === 'gh' || initial === 'ngh') return front;
  if (initial === 'c' || initial === 'ng') return !front;
  if (initial === 'g') return first !== 'e' && first !== 'ê'; // g + i is "gì"
  return true;
}

/**
 * Whether the tone sits where Vietnamese spelling puts it: on the shape-marked
 * vowel, else the last vowel of a closed syllable, else the first of two (the
 * middle of three). oa, oe, uy take either place (old "hòa", new "hoà").
 * Legacy mojibake often decodes to a tone on the wrong vowel ("taù").
 */
function toneFits(nucleus: string, closed: boolean, at: number): boolean {
  let marked = -1;
  for (let i = 0; i < nucleus.length; i++) if (MARKED_VOWELS.has(nucleus.charAt(i))) marked = i;
  if (marked >= 0) return at === marked;
  if (nucleus.length === 1) return at === 0;
  if (closed) return at === nucleus.length - 1;
  if (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy') return at === 0 || at === 1;
  return at === (nucleus.length === 2 ? 0 : 1);
}

/** `toneAt` is the index of the toned letter within the rhyme (ignored when tone is 0). */
function isRhyme(rhyme: string, tone: number, toneAt: number): boolean {
  for (const final of FINALS) {
    if (!rhyme.endsWith(final)) continue;
    const nucleus = rhyme.slice(0, rhyme.length - final.length);
    const closed = final !== '';
    if (!(closed ? CLOSED_NUCLEI : OPEN_NUCLEI).has(nucleus)) continue;
    if ((final === 'ch' || final === 'nh') && !PALATAL_NUCLEI.has(nucleus)) continue;
    if (STOP_FINALS.has(final) && tone !== ACUTE && tone !== DOT_BELOW) continue;
    if (tone > 0 && !toneFits(nucleus, closed, toneAt)) continue;
    return true;
  }
  return false;
}

/** `base` is the lower-case syllable without its tone; the tone was on base[toneAt]. */
function isSyllable(base: string, tone: number, toneAt: number): boolean {
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    const at = toneAt - initial.length;
    if (tone > 0 && at < 0) continue;
    if (initialFits(initial, rhyme) && isRhyme(rhyme, tone, at)) return true;
    // The u of qu is also a glide of the rhyme: "quỳnh" rhymes with "huỳnh".
    if (initial === 'qu' && isRhyme('u' + rhyme, tone, at + 1)) return true;
  }
  return false;
}

/**
 * +1 for a Vietnamese syllable, -1 for a word that cannot be one, 0 when the
 * word proves nothing (an abbreviation without vowels such as "HĐND").
 * `strictCase` rejects a capital after a small letter: TCVN3 mojibake puts
 * Latin-1 capitals inside words ("NguyÔn"), real text does not.
 */
function judgeWord(word: string, strictCase: boolean): number {
  let sawLower = false;
  let base = '';
  let tone = 0;
  let toneAt = -1;
  let hasVowel = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = code < LETTER_LIMIT ? LETTER_BASE[code] : undefined;
    if (letter === undefined) return -1;
    if (LETTER_CASE[code] === 1) sawLower = true;
    else if (strictCase && sawLower) return -1;
    const letterTone = LETTER_TONE[code];
    if (letterTone > 0) {
      if (tone > 0) return -1;
      tone = letterTone;
      toneAt = base.length;
    }
    if (VOWELS.has(letter)) hasVowel = true;
    base += letter;
  }
  if (!hasVowel) return 0;
  return isSyllable(base, tone, toneAt) ? 1 : -1;
}

/**
 * Registers repeat the same few thousand syllables (Nguyễn, Thị, Văn…), so
 * verdicts are remembered. Bounded: cleared when full rather than tracking use.
 */
const VERDICTS = new Map<string, number>();
const VERDICT_LIMIT = 20_000;

function cachedJudgeWord(word: string, strictCase: boolean): number {
  const key = strictCase ? word : '\u0000' + word;
  const known = VERDICTS.get(key);
  if (known !== undefined) return known;
  if (VERDICTS.size >= VERDICT_LIMIT) VERDICTS.clear();
  const verdict = judgeWord(word, strictCase);
  VERDICTS.set(key, verdict);
  return verdict;
}

export function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    // All of A1–FF, not only letters: TCVN3 uses symbols such as ¨ ¬ ® as letters.
    (code >= 0xa1 && code <= 0x1b0) ||
    (code >= 0x1ea0 && code <= 0x1ef9)
  );
}

export interface Score {
  /** Valid syllables minus impossible words, over words with non-ASCII letters. */
  readonly value: number;
  readonly good: number;
  readonly bad: number;
  /** Latin-1 characters left that are not Vietnamese letters. */
  readonly leftovers: number;
}

export function scoreText(text: string, strictCase: boolean): Score {
  let good = 0;
  let bad = 0;
  let leftovers = 0;
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        nonAscii = false;
      }
      if (code >= 0x80) {
        nonAscii = true;
        if (code <= 0xff && !VIET_LATIN1[code]) leftovers++;
      }
      continue;
    }
    // Single letters ("ở", or a stray "×") are too short to judge.
    if (start >= 0 && nonAscii && i - start >= 2) {
      const verdict = cachedJudgeWord(text.slice(start, i), strictCase);
      if (verdict > 0) good++;
      else if (verdict < 0) bad++;
    }
    start = -1;
  }
  return { value: good - bad, good, bad, leftovers };
}
