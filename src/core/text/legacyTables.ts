/**
 * Data for ./legacy: the letter tables of the two legacy Vietnamese encodings
 * still found in old commune workbooks, TCVN3 (ABC, fonts .VnTime/.VnArial…)
 * and VNI-Windows (fonts VNI-Times…), the lookup tables derived from them, and
 * the syllable structure used to judge a decoding.
 *
 * The letter rows are re-created as plain data from ENCODINGS.md §8.2 (the
 * TCVN3 column agrees with glibc iconv TCVN5712-1); no converter code was
 * copied. Byte values are written in hex exactly as in the document so a row
 * can be checked against it by eye. Workbooks store the legacy bytes as the
 * code points U+00xx (Latin-1 reading), so "byte" and "code point" are the
 * same number here.
 */

/**
 * One row per Vietnamese letter pair:
 * [lower, TCVN3 byte, VNI bytes, UPPER, TCVN3 byte (.VnXxxH fonts), VNI bytes].
 * VNI bytes are "base mark" (the mark byte follows the base in the text) or a
 * single byte.
 */
type Row = readonly [string, string, string, string, string, string];

const ROWS: readonly Row[] = [
  ['á', 'B8', '61 F9', 'Á', 'B8', '41 D9'],
  ['à', 'B5', '61 F8', 'À', 'B5', '41 D8'],
  ['ả', 'B6', '61 FB', 'Ả', 'B6', '41 DB'],
  ['ã', 'B7', '61 F5', 'Ã', 'B7', '41 D5'],
  ['ạ', 'B9', '61 EF', 'Ạ', 'B9', '41 CF'],
  ['â', 'A9', '61 E2', 'Â', 'A2', '41 C2'],
  ['ấ', 'CA', '61 E1', 'Ấ', 'CA', '41 C1'],
  ['ầ', 'C7', '61 E0', 'Ầ', 'C7', '41 C0'],
  ['ẩ', 'C8', '61 E5', 'Ẩ', 'C8', '41 C5'],
  ['ẫ', 'C9', '61 E3', 'Ẫ', 'C9', '41 C3'],
  ['ậ', 'CB', '61 E4', 'Ậ', 'CB', '41 C4'],
  ['ă', 'A8', '61 EA', 'Ă', 'A1', '41 CA'],
  ['ắ', 'BE', '61 E9', 'Ắ', 'BE', '41 C9'],
  ['ằ', 'BB', '61 E8', 'Ằ', 'BB', '41 C8'],
  ['ẳ', 'BC', '61 FA', 'Ẳ', 'BC', '41 DA'],
  ['ẵ', 'BD', '61 FC', 'Ẵ', 'BD', '41 DC'],
  ['ặ', 'C6', '61 EB', 'Ặ', 'C6', '41 CB'],
  ['đ', 'AE', 'F1', 'Đ', 'A7', 'D1'],
  ['é', 'D0', '65 F9', 'É', 'D0', '45 D9'],
  ['è', 'CC', '65 F8', 'È', 'CC', '45 D8'],
  ['ẻ', 'CE', '65 FB', 'Ẻ', 'CE', '45 DB'],
  ['ẽ', 'CF', '65 F5', 'Ẽ', 'CF', '45 D5'],
  ['ẹ', 'D1', '65 EF', 'Ẹ', 'D1', '45 CF'],
  ['ê', 'AA', '65 E2', 'Ê', 'A3', '45 C2'],
  ['ế', 'D5', '65 E1', 'Ế', 'D5', '45 C1'],
  ['ề', 'D2', '65 E0', 'Ề', 'D2', '45 C0'],
  ['ể', 'D3', '65 E5', 'Ể', 'D3', '45 C5'],
  ['ễ', 'D4', '65 E3', 'Ễ', 'D4', '45 C3'],
  ['ệ', 'D6', '65 E4', 'Ệ', 'D6', '45 C4'],
  ['í', 'DD', 'ED', 'Í', 'DD', 'CD'],
  ['ì', 'D7', 'EC', 'Ì', 'D7', 'CC'],
  ['ỉ', 'D8', 'E6', 'Ỉ', 'D8', 'C6'],
  ['ĩ', 'DC', 'F3', 'Ĩ', 'DC', 'D3'],
  ['ị', 'DE', 'F2', 'Ị', 'DE', 'D2'],
  ['ó', 'E3', '6F F9', 'Ó', 'E3', '4F D9'],
  ['ò', 'DF', '6F F8', 'Ò', 'DF', '4F D8'],
  ['ỏ', 'E1', '6F FB', 'Ỏ', 'E1', '4F DB'],
  ['õ', 'E2', '6F F5', 'Õ', 'E2', '4F D5'],
  ['ọ', 'E4', '6F EF', 'Ọ', 'E4', '4F CF'],
  ['ô', 'AB', '6F E2', 'Ô', 'A4', '4F C2'],
  ['ố', 'E8', '6F E1', 'Ố', 'E8', '4F C1'],
  ['ồ', 'E5', '6F E0', 'Ồ', 'E5', '4F C0'],
  ['ổ', 'E6', '6F E5', 'Ổ', 'E6', '4F C5'],
  ['ỗ', 'E7', '6F E3', 'Ỗ', 'E7', '4F C3'],
  ['ộ', 'E9', '6F E4', 'Ộ', 'E9', '4F C4'],
  ['ơ', 'AC', 'F4', 'Ơ', 'A5', 'D4'],
  ['ớ', 'ED', 'F4 F9', 'Ớ', 'ED', 'D4 D9'],
  ['ờ', 'EA', 'F4 F8', 'Ờ', 'EA', 'D4 D8'],
  ['ở', 'EB', 'F4 FB', 'Ở', 'EB', 'D4 DB'],
  ['ỡ', 'EC', 'F4 F5', 'Ỡ', 'EC', 'D4 D5'],
  ['ợ', 'EE', 'F4 EF', 'Ợ', 'EE', 'D4 CF'],
  ['ú', 'F3', '75 F9', 'Ú', 'F3', '55 D9'],
  ['ù', 'EF', '75 F8', 'Ù', 'EF', '55 D8'],
  ['ủ', 'F1', '75 FB', 'Ủ', 'F1', '55 DB'],
  ['ũ', 'F2', '75 F5', 'Ũ', 'F2', '55 D5'],
  ['ụ', 'F4', '75 EF', 'Ụ', 'F4', '55 CF'],
  ['ư', 'AD', 'F6', 'Ư', 'A6', 'D6'],
  ['ứ', 'F8', 'F6 F9', 'Ứ', 'F8', 'D6 D9'],
  ['ừ', 'F5', 'F6 F8', 'Ừ', 'F5', 'D6 D8'],
  ['ử', 'F6', 'F6 FB', 'Ử', 'F6', 'D6 DB'],
  ['ữ', 'F7', 'F6 F5', 'Ữ', 'F7', 'D6 D5'],
  ['ự', 'F9', 'F6 EF', 'Ự', 'F9', 'D6 CF'],
  ['ý', 'FD', '79 F9', 'Ý', 'FD', '59 D9'],
  ['ỳ', 'FA', '79 F8', 'Ỳ', 'FA', '59 D8'],
  ['ỷ', 'FB', '79 FB', 'Ỷ', 'FB', '59 DB'],
  ['ỹ', 'FC', '79 F5', 'Ỹ', 'FC', '59 D5'],
  ['ỵ', 'FE', 'EE', 'Ỵ', 'FE', 'CE'],
];

/** A Vietnamese letter with its legacy spellings, as code-point strings. */
export interface LegacyLetter {
  /** The precomposed (NFC) Unicode letter. */
  readonly unicode: string;
  /** The TCVN3 byte as a code point (U+00A1–U+00FE). */
  readonly tcvn3: number;
  /** The VNI-Windows spelling: one or two characters. */
  readonly vni: string;
}

function hexBytes(spec: string): string {
  return spec
    .split(' ')
    .map((hex) => String.fromCharCode(parseInt(hex, 16)))
    .join('');
}

function toLetters(rows: readonly Row[]): LegacyLetter[] {
  const letters: LegacyLetter[] = [];
  for (const [lower, tcvnLower, vniLower, upper, tcvnUpper, vniUpper] of rows) {
    letters.push({ unicode: lower, tcvn3: parseInt(tcvnLower, 16), vni: hexBytes(vniLower) });
    letters.push({ unicode: upper, tcvn3: parseInt(tcvnUpper, 16), vni: hexBytes(vniUpper) });
  }
  return letters;
}

/** All 134 Vietnamese letters with a diacritic (67 lower-case, 67 upper-case), lower before upper. */
export const LEGACY_LETTERS: readonly LegacyLetter[] = toLetters(ROWS);

// ---------------------------------------------------------------------------
// Lookup tables derived from the rows, built once at load. Legacy bytes are
// stored as U+00xx, so the encoding tables are indexed by code point < 256.

/** Combining tone marks; the order gives the tone numbers used below. */
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
export const ACUTE = 1;
export const DOT_BELOW = 5;

const tcvn3Lower = new Array<string | undefined>(256);
const tcvn3Upper = new Array<string | undefined>(256);
/** TCVN3 byte → letter, small letters (normal fonts). */
export const TCVN3_LOWER: readonly (string | undefined)[] = tcvn3Lower;
/** TCVN3 byte → letter as drawn by the .VnXxxH capitals fonts. */
export const TCVN3_UPPER: readonly (string | undefined)[] = tcvn3Upper;

/** Evidence grades: STRONG = a character never found in Vietnamese Unicode text; WEAK = one that is also a real letter. */
export const STRONG = 1;
export const WEAK = 2;
/** Grade of each TCVN3 byte. */
export const TCVN3_MARKER = new Uint8Array(256);

const vniSingle = new Array<string | undefined>(256);
const vniPair = new Map<number, string>();
/** VNI one-character letters (đ = ñ, ư = ö, ỉ = æ…). */
export const VNI_SINGLE: readonly (string | undefined)[] = vniSingle;
/** Grade of each VNI one-character letter; í ì are left out as they decode to themselves. */
export const VNI_SINGLE_MARKER = new Uint8Array(256);
/** VNI base + mark → letter, keyed by base code * 256 + mark code. */
export const VNI_PAIR: ReadonlyMap<number, string> = vniPair;
/** 1 for characters that start a VNI pair (a e o u y ô ö and capitals). */
export const VNI_PAIR_BASE = new Uint8Array(256);

/** Latin-1 code points that are genuine Vietnamese letters (à, é, ô…). */
export const VIET_LATIN1 = new Uint8Array(256);

/**
 * Per code point (up to ỹ U+1EF9): the lower-case letter without its tone
 * (keeping ă â ê ô ơ ư đ), the tone number, and the case (1 lower, 2 upper).
 */
export const LETTER_LIMIT = 0x1efa;
const letterBase = new Array<string | undefined>(LETTER_LIMIT);
export const LETTER_BASE: readonly (string | undefined)[] = letterBase;
export const LETTER_TONE = new Uint8Array(LETTER_LIMIT);
export const LETTER_CASE = new Uint8Array(LETTER_LIMIT);

function setLetter(letter: string, base: string, tone: number): void {
  const code = letter.charCodeAt(0);
  letterBase[code] = base;
  LETTER_TONE[code] = tone;
  LETTER_CASE[code] = letter === letter.toLowerCase() ? 1 : 2;
}

function buildTables(): void {
  for (const { unicode, tcvn3, vni } of LEGACY_LETTERS) {
    const code = unicode.charCodeAt(0);
    if (code < 256) VIET_LATIN1[code] = 1;

    if (vni.length === 1) {
      vniSingle[vni.charCodeAt(0)] = unicode;
    } else {
      const base = vni.charCodeAt(0);
      vniPair.set(base * 256 + vni.charCodeAt(1), unicode);
      VNI_PAIR_BASE[base] = 1;
    }

    const parts = unicode.toLowerCase().normalize('NFD');
    const tone = TONE_MARKS.findIndex((mark) => parts.includes(mark)) + 1;
    const toneless = tone > 0 ? parts.replace(TONE_MARKS[tone - 1], '') : parts;
    setLetter(unicode, toneless.normalize('NFC'), tone);

    if (unicode === unicode.toLowerCase()) {
      tcvn3Lower[tcvn3] = unicode;
      tcvn3Upper[tcvn3] = unicode.toUpperCase();
    }
  }
  // Upper-case letters share the lower-case byte (case comes from the font),
  // except Ă Â Ê Ô Ơ Ư Đ, which have bytes of their own.
  for (const { unicode, tcvn3 } of LEGACY_LETTERS) {
    if (unicode !== unicode.toLowerCase() && tcvn3Lower[tcvn3] === undefined) {
      tcvn3Lower[tcvn3] = unicode;
      tcvn3Upper[tcvn3] = unicode;
    }
  }
  for (let code = 0; code < 256; code++) {
    if (tcvn3Lower[code] !== undefined) TCVN3_MARKER[code] = VIET_LATIN1[code] ? WEAK : STRONG;
    const single = vniSingle[code];
    // í ì decode to themselves, so they say nothing about VNI.
    if (single !== undefined && single !== String.fromCharCode(code)) {
      VNI_SINGLE_MARKER[code] = VIET_LATIN1[code] ? WEAK : STRONG;
    }
  }
  // The .VnXxxH fonts draw every lower-case glyph as a capital, ASCII included.
  for (let code = 0x61; code <= 0x7a; code++) tcvn3Upper[code] = String.fromCharCode(code - 0x20);
  for (let code = 0x61; code <= 0x7a; code++) {
    const letter = String.fromCharCode(code);
    setLetter(letter, letter, 0);
    setLetter(letter.toUpperCase(), letter, 0);
  }
}
buildTables();

// ---------------------------------------------------------------------------
// Vietnamese syllable structure: initial + vowel group + final, written with
// tone-free letters. Used to tell a good decoding from mojibake, so it is a
// little permissive (rare spellings must not count against a decoding) but
// knows the rules that mojibake breaks most often.

/** Initial consonants, longest first; '' = no initial. */
export const INITIALS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Final consonants; '' = open syllable. */
export const FINALS: readonly string[] = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];

/** Finals after which only the acute and dot-below tones occur. */
export const STOP_FINALS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

export const VOWELS: ReadonlySet<string> = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);

/** Vowels with a shape mark; the tone sits on them (on the last one in ươ). */
export const MARKED_VOWELS: ReadonlySet<string> = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

/** Vowel groups that can end a syllable (ă and â never do). */
export const OPEN_NUCLEI: ReadonlySet<string> = new Set([
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uê', 'ui', 'uơ', 'ưa', 'ưi', 'ưu', 'uy',
  'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'iêu', 'yêu',
]);

/** Vowel groups that can take a final consonant. */
export const CLOSED_NUCLEI: ReadonlySet<string> = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư',
  'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uă', 'uê', 'uy', 'uyê',
  // Not "oo" (xoong, moóc): too rare to matter, and it is what TCVN3 makes of VNI "oá".
]);

/** The only vowel groups before -ch and -nh ("bình" but never "bỡnh"). */
export const PALATAL_NUCLEI: ReadonlySet<string> = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);

/** Initials that spell the i sound as a bare "y" (lý, mỹ, kỳ, Vy, Thy; never đy, trỵ). */
export const Y_INITIALS: ReadonlySet<string> = new Set(['', 'h', 'k', 'l', 'm', 'n', 's', 't', 'th', 'v']);
