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
  STRONG,
  TCVN3_LOWER,
  TCVN3_MARKER,
  TCVN3_UPPER,
  VNI_PAIR,
  VNI_PAIR_BASE,
  VNI_SINGLE,
  VNI_SINGLE_MARKER,
  WEAK,
} from './legacyTables';
import { isWordChar, scoreText, type Score } from './syllables';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Font family of the cell, when the workbook tells us ('tcvn3-upper' = a .VnXxxH capitals font). */
type FontHint = 'tcvn3' | 'tcvn3-upper' | 'vni';

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

/**
 * Decodes TCVN3 text to NFC Unicode; `upper` when the font is a .VnXxxH capitals font.
 * Without `upper`, toned capitals come out small ("ñy" → "ủy"): TCVN3 has no
 * byte for them, the capitals font drew the small-letter bytes as capitals.
 */
export function decodeTcvn3(text: string, upper?: boolean): string {
  return decodeWith(text, upper === true ? TCVN3_UPPER : TCVN3_LOWER);
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

/** A decoding counts only if it reads as Vietnamese and reads better than the text as it is. */
function isPlausible(decoded: Score, original: Score, requireClean: boolean): boolean {
  return (
    decoded.good > 0 &&
    decoded.good > decoded.bad &&
    decoded.value > original.value &&
    (!requireClean || decoded.bad === 0)
  );
}

interface Repair {
  readonly encoding: LegacyEncoding;
  readonly text: string;
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
  let tcvnLetters = 0;
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
    if (marker !== 0) tcvnLetters++;
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
  if (font !== undefined) {
    // Without a TCVN3 letter there is nothing to repair, even if a capitals
    // font would show the ASCII letters in upper case.
    return tcvnLetters === 0 ? null : ifChanged(text, 'tcvn3', decodeTcvn3(text, font === 'tcvn3-upper'));
  }

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
export function detectLegacy(text: string, font?: 'tcvn3' | 'tcvn3-upper' | 'vni'): LegacyEncoding | null {
  const repair = analyse(text, font);
  return repair === null ? null : repair.encoding;
}

/** The Unicode reading of a legacy-encoded text, or null when the text is not legacy (see detectLegacy). */
export function repairLegacy(text: string, font?: 'tcvn3' | 'tcvn3-upper' | 'vni'): string | null {
  const repair = analyse(text, font);
  return repair === null ? null : repair.text;
}
