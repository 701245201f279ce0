/**
 * Detection and repair of legacy Vietnamese text (TCVN3/ABC and VNI-Windows)
 * that shows up as Latin-1 mojibake once the legacy font is gone.
 * Specification: docs ENCODINGS.md §8.1–8.2; letter data in ./legacyTables.
 *
 * The detector runs on every text cell of large registers, so the common
 * cases (plain ASCII, real Unicode Vietnamese) leave after one cheap scan of
 * char codes; only cells that look legacy pay for decoding and scoring.
 */
import {
  CLOSED_NUCLEI,
  FINALS,
  INITIALS,
  LEGACY_LETTERS,
  MARKED_VOWELS,
  OPEN_NUCLEI,
  PALATAL_NUCLEI,
  STOP_FINALS,
  VOWELS,
  Y_INITIALS,
} from './legacyTables';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Font family of the cell, when the workbook tells us. */
type FontHint = 'tcvn3' | 'tcvn3-upper' | 'vni';

// ---------------------------------------------------------------------------
// Lookup tables, built once. Legacy bytes are stored as U+00xx, so every
// table is indexed by code point < 256.

/** Combining tone marks; the order gives the tone numbers used below. */
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const ACUTE = 1;
const DOT_BELOW = 5;

const TCVN3_LOWER: (string | undefined)[] = new Array<string | undefined>(256);
const TCVN3_UPPER: (string | undefined)[] = new Array<string | undefined>(256);
/** 1 = TCVN3 byte that is never a Vietnamese letter by itself; 2 = TCVN3 byte that is also a real letter. */
const TCVN3_MARKER = new Uint8Array(256);
const STRONG = 1;
const WEAK = 2;

const VNI_SINGLE: (string | undefined)[] = new Array<string | undefined>(256);
/** STRONG for single VNI letters that are not Vietnamese letters (ñ ö æ î…), WEAK for those that are (ô ó ò…). */
const VNI_SINGLE_MARKER = new Uint8Array(256);
/** Key: base code * 256 + mark code. */
const VNI_PAIR = new Map<number, string>();
const VNI_PAIR_BASE = new Uint8Array(256);

/** Latin-1 code points that are genuine Vietnamese letters (à, é, ô…). */
const VIET_LATIN1 = new Uint8Array(256);

/** Lower-case letter → its letter without tone (keeping ă â ê ô ơ ư đ) and tone number. */
const LETTER_INFO = new Map<string, { base: string; tone: number }>();

function buildTables(): void {
  for (const { unicode, tcvn3, vni } of LEGACY_LETTERS) {
    const code = unicode.charCodeAt(0);
    if (code < 256) VIET_LATIN1[code] = 1;

    if (vni.length === 1) {
      VNI_SINGLE[vni.charCodeAt(0)] = unicode;
    } else {
      const base = vni.charCodeAt(0);
      VNI_PAIR.set(base * 256 + vni.charCodeAt(1), unicode);
      VNI_PAIR_BASE[base] = 1;
    }

    if (unicode === unicode.toLowerCase()) {
      TCVN3_LOWER[tcvn3] = unicode;
      TCVN3_UPPER[tcvn3] = unicode.toUpperCase();
      const parts = unicode.normalize('NFD');
      const tone = TONE_MARKS.findIndex((mark) => parts.includes(mark)) + 1;
      const base = tone > 0 ? parts.replace(TONE_MARKS[tone - 1], '').normalize('NFC') : unicode;
      LETTER_INFO.set(unicode, { base, tone });
    }
  }
  // Upper-case letters share the lower-case byte (case comes from the font),
  // except Ă Â Ê Ô Ơ Ư Đ, which have bytes of their own.
  for (const { unicode, tcvn3 } of LEGACY_LETTERS) {
    if (unicode !== unicode.toLowerCase() && TCVN3_LOWER[tcvn3] === undefined) {
      TCVN3_LOWER[tcvn3] = unicode;
      TCVN3_UPPER[tcvn3] = unicode;
    }
  }
  for (let code = 0; code < 256; code++) {
    if (TCVN3_LOWER[code] !== undefined) TCVN3_MARKER[code] = VIET_LATIN1[code] ? WEAK : STRONG;
    const single = VNI_SINGLE[code];
    // í ì decode to themselves, so they say nothing about VNI.
    if (single !== undefined && single !== String.fromCharCode(code)) {
      VNI_SINGLE_MARKER[code] = VIET_LATIN1[code] ? WEAK : STRONG;
    }
  }
  // The .VnXxxH fonts draw every lower-case glyph as a capital, ASCII included.
  for (let code = 0x61; code <= 0x7a; code++) TCVN3_UPPER[code] = String.fromCharCode(code - 0x20);
  for (let code = 0x61; code <= 0x7a; code++) {
    const letter = String.fromCharCode(code);
    LETTER_INFO.set(letter, { base: letter, tone: 0 });
  }
}
buildTables();

// ---------------------------------------------------------------------------
// Decoders

function decodeWith(text: string, table: readonly (string | undefined)[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 256 ? table[code] : undefined;
    if (letter !== undefined) {
      out += text.slice(copied, i) + letter;
      copied = i + 1;
    }
  }
  return (out + text.slice(copied)).normalize('NFC');
}

/** Decodes TCVN3 text to NFC Unicode; `upper` when the font is a .VnXxxH capitals font. */
export function decodeTcvn3(text: string, upper = false): string {
  return decodeWith(text, upper ? TCVN3_UPPER : TCVN3_LOWER);
}

/** Decodes VNI-Windows text to NFC Unicode (two-character sequences first, then single characters). */
export function decodeVni(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 256) continue;
    // Pairs first: mark bytes such as ø ù are Latin-1 letters too, and ô ö
    // are both single letters (ơ ư) and bases of a pair (ớ ứ…).
    if (VNI_PAIR_BASE[code] && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      const pair = next < 256 ? VNI_PAIR.get(code * 256 + next) : undefined;
      if (pair !== undefined) {
        out += text.slice(copied, i) + pair;
        copied = i + 2;
        i++;
        continue;
      }
    }
    const single = VNI_SINGLE[code];
    if (single !== undefined) {
      out += text.slice(copied, i) + single;
      copied = i + 1;
    }
  }
  return (out + text.slice(copied)).normalize('NFC');
}

// ---------------------------------------------------------------------------
// Plausibility: does a text read as Vietnamese syllables?

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
  for (const ch of word) {
    const lower = ch.toLowerCase();
    if (strictCase) {
      if (lower !== ch) {
        if (sawLower) return -1;
      } else if (ch !== ch.toUpperCase()) {
        sawLower = true;
      }
    }
    const info = LETTER_INFO.get(lower);
    if (info === undefined) return -1;
    if (info.tone > 0) {
      if (tone > 0) return -1;
      tone = info.tone;
      toneAt = base.length;
    }
    if (VOWELS.has(info.base)) hasVowel = true;
    base += info.base;
  }
  if (!hasVowel) return 0;
  return isSyllable(base, tone, toneAt) ? 1 : -1;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    // All of A1–FF, not only letters: TCVN3 uses symbols such as ¨ ¬ ® as letters.
    (code >= 0xa1 && code <= 0x1b0) ||
    (code >= 0x1ea0 && code <= 0x1ef9)
  );
}

interface Score {
  /** Valid syllables minus impossible words, over words with non-ASCII letters. */
  readonly value: number;
  readonly good: number;
  readonly bad: number;
  /** Latin-1 characters left that are not Vietnamese letters. */
  readonly leftovers: number;
}

function scoreText(text: string, strictCase: boolean): Score {
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
      const verdict = judgeWord(text.slice(start, i), strictCase);
      if (verdict > 0) good++;
      else if (verdict < 0) bad++;
    }
    start = -1;
  }
  return { value: good - bad, good, bad, leftovers };
}

/** A decoding counts only if it reads as Vietnamese and reads better than the text as it is. */
function isPlausible(decoded: Score, original: Score, requireClean: boolean): boolean {
  return (
    decoded.good > 0 &&
    decoded.good > decoded.bad &&
    decoded.value > original.value &&
    (!requireClean || decoded.bad === 0)
  );
}

interface Candidate {
  readonly repair: Repair;
  readonly score: Score;
  readonly strong: boolean;
}

function candidate(encoding: LegacyEncoding, decoded: string, original: Score, strong: boolean): Candidate | null {
  const score = scoreText(decoded, false);
  // Weak evidence consists of genuine Vietnamese letters, so on its own it
  // only counts when the whole decoding is Vietnamese.
  return isPlausible(score, original, !strong) ? { repair: { encoding, text: decoded }, score, strong } : null;
}

/** More valid syllables, then fewer leftover Latin-1 symbols, then strong evidence over weak. */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.score.value !== b.score.value) return a.score.value > b.score.value;
  if (a.score.leftovers !== b.score.leftovers) return a.score.leftovers < b.score.leftovers;
  return a.strong && !b.strong;
}

// ---------------------------------------------------------------------------
// Detection

interface Repair {
  readonly encoding: LegacyEncoding;
  readonly text: string;
}

function isVietnameseUnicode(code: number): boolean {
  return (
    (code >= 0x0102 && code <= 0x01b0) ||
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x0300 && code <= 0x0323)
  );
}

const MICRO_SIGN = 0xb5;
const UNIT_LETTERS = 'gmlsAVFW';

/** "µg", "µm/s": the micro sign of a unit, not TCVN3 "à" (which is never followed by a lone g, m, l…). */
function isUnitAfterMicro(text: string, at: number): boolean {
  if (at >= text.length || !UNIT_LETTERS.includes(text.charAt(at))) return false;
  return at + 1 >= text.length || !isWordChar(text.charCodeAt(at + 1));
}

function ifChanged(text: string, encoding: LegacyEncoding, decoded: string): Repair | null {
  return decoded === text.normalize('NFC') ? null : { encoding, text: decoded };
}

function analyse(text: string, font: FontHint | undefined): Repair | null {
  let nonAscii = false;
  let strong = 0;
  let weak = 0;
  let vniStrong = 0;
  let vniWeak = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A vowel followed by a VNI mark byte (base + mark pair) is strong VNI evidence.
    if (code < 256 && VNI_PAIR_BASE[code] && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next < 256 && VNI_PAIR.has(code * 256 + next)) vniStrong++;
    }
    if (code < 0x80) continue;
    // A cell that already holds Vietnamese Unicode letters is never converted.
    if (isVietnameseUnicode(code)) return null;
    nonAscii = true;
    if (code >= 256) continue;
    const marker = TCVN3_MARKER[code];
    if (code === MICRO_SIGN && isUnitAfterMicro(text, i + 1)) continue;
    if (marker === STRONG) strong++;
    else if (marker === WEAK) weak++;
    const vniMarker = VNI_SINGLE_MARKER[code];
    if (vniMarker === STRONG) vniStrong++;
    else if (vniMarker === WEAK) vniWeak++;
  }
  if (!nonAscii) return null;

  // The font is the strongest signal: what the user saw is the decoded text.
  if (font === 'vni') return ifChanged(text, 'vni', decodeVni(text));
  if (font !== undefined) return ifChanged(text, 'tcvn3', decodeTcvn3(text, font === 'tcvn3-upper'));

  if (strong + weak + vniStrong + vniWeak === 0) return null;

  const original = scoreText(text, true);
  const tcvn = strong + weak > 0 ? candidate('tcvn3', decodeTcvn3(text), original, strong > 0) : null;
  const vni = vniStrong + vniWeak > 0 ? candidate('vni', decodeVni(text), original, vniStrong > 0) : null;
  if (tcvn === null) return vni === null ? null : vni.repair;
  if (vni === null || isBetter(tcvn, vni)) return tcvn.repair;
  if (isBetter(vni, tcvn)) return vni.repair;
  return null; // Both readings are equally Vietnamese: leave it to the font or the user.
}

/** Which legacy encoding a text looks like, or null when it is plain or real Unicode. `font` is the cell's font family when known: 'tcvn3' | 'tcvn3-upper' | 'vni'. */
export function detectLegacy(text: string, font?: FontHint): LegacyEncoding | null {
  const repair = analyse(text, font);
  return repair === null ? null : repair.encoding;
}

/** The Unicode reading of a legacy-encoded text, or null when the text is not legacy (see detectLegacy). */
export function repairLegacy(text: string, font?: FontHint): string | null {
  const repair = analyse(text, font);
  return repair === null ? null : repair.text;
}
