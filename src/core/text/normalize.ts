// Unicode forms, spacing and the comparison keys used to match what clerks type.

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** True when the text is pure ASCII (nothing to normalise or fold). */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Unicode NFC, the precomposed form Excel lookups and sorting expect. */
export function nfc(text: string): string {
  return isAscii(text) ? text : text.normalize('NFC');
}

/** True when the text is not in NFC (decomposed or partly decomposed). */
export function isNotNfc(text: string): boolean {
  return !isAscii(text) && text.normalize('NFC') !== text;
}

/** Trims and collapses runs of spaces (including no-break spaces and tabs) to one. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** True when the text has leading or trailing spaces or runs of more than one space. */
export function hasStraySpaces(text: string): boolean {
  return cleanSpaces(text) !== text;
}

/**
 * Removes diacritics and case for matching: "Đông Hải" → "dong hai". Punctuation becomes a space and runs of spaces
 * collapse, so header words match "with and without diacritics".
 */
export function fold(text: string): string {
  let s = text.toLowerCase();
  if (!isAscii(s)) s = s.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/\u00ad/g, '');
  return s.replace(/[^a-z0-9]+/g, ' ').trim();
}

// Old-style tone placement (hòa, khỏe, thủy) and new style (hoà, khoẻ, thuỷ) name the same thing.
const TONE_STYLE: Array<[RegExp, string]> = [];
{
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [v1, v2] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
    for (const t of tones) {
      // new style "oà" → old style "òa", only at the end of a syllable (open syllable).
      TONE_STYLE.push([new RegExp(`${v1}${v2}${t}(?![a-z])`, 'g'), `${v1}${t}${v2}`]);
    }
  }
}

/**
 * Comparison key that ignores case, spacing, Unicode form and tone-placement style, but keeps diacritics:
 * "Hoà  Bình" and "hòa bình" share a key; "An Phú" and "An Phụ" do not.
 */
export function matchKey(text: string): string {
  let s = cleanSpaces(text).toLowerCase();
  if (isAscii(s)) return s;
  s = s.normalize('NFD');
  for (const [re, to] of TONE_STYLE) s = s.replace(re, to);
  return s.normalize('NFC');
}

/** Lower-case NFC text with spaces collapsed, for patterns that must see diacritics ("cộng" is not "công"). */
export function lowerClean(text: string): string {
  return cleanSpaces(nfc(text)).toLowerCase();
}
