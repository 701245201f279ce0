/**
 * Letter tables for the two legacy Vietnamese encodings still found in old
 * commune workbooks: TCVN3 (ABC, fonts .VnTime/.VnArial…) and VNI-Windows
 * (fonts VNI-Times…). Re-created as plain data from docs ENCODINGS.md §8.2
 * (values agree with glibc iconv TCVN5712-1 for TCVN3); no converter code was
 * copied.
 *
 * Byte values are written as hex exactly as in the document so a row can be
 * checked against it by eye. Workbooks store the legacy bytes as the code
 * points U+00xx (Latin-1 reading), so "byte" and "code point" are the same
 * number here.
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
