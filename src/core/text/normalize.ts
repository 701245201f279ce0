// Unicode forms, spacing and the comparison keys used to match what clerks type.

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** True when the text is pure ASCII (nothing to normalise or fold). */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

const COMBINING_MARK = /[\u0300-\u036f]/;

/** Unicode NFC, the precomposed form Excel lookups and sorting expect. Text without combining marks is left as it is. */
export function nfc(text: string): string {
  return isAscii(text) || !COMBINING_MARK.test(text) ? text : text.normalize('NFC');
}

/** True when the text is not in NFC (decomposed or partly decomposed). Vietnamese text without combining marks is NFC. */
export function isNotNfc(text: string): boolean {
  return !isAscii(text) && COMBINING_MARK.test(text) && text.normalize('NFC') !== text;
}

const STRAY_SPACE = /^\s|\s$|\s\s|[\t\n\r\u00a0]/;

/** True when the text has leading or trailing spaces, runs of more than one space, tabs or no-break spaces. */
export function hasStraySpaces(text: string): boolean {
  return STRAY_SPACE.test(text);
}

/** Trims and collapses runs of spaces (including no-break spaces and tabs) to one. */
export function cleanSpaces(text: string): string {
  return hasStraySpaces(text) ? text.replace(/[\s\u00a0]+/g, ' ').trim() : text;
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

// Old-style tone placement (hòa, khỏe, thủy) and new style (hoà, khoẻ, thuỷ) name the same thing: the key uses the
// old style. Mapping precomposed pairs avoids an NFD round trip on every name.
const NEW_STYLE: Record<string, string> = {};
{
  const pairs: Array<[string, string, string]> = [
    ['o', 'àáảãạ', 'òóỏõọ'],
    ['o', 'èéẻẽẹ', 'òóỏõọ'],
    ['u', 'ỳýỷỹỵ', 'ùúủũụ'],
  ];
  const bases: Record<string, string> = { àáảãạ: 'a', èéẻẽẹ: 'e', ỳýỷỹỵ: 'y' };
  for (const [first, toned, firstToned] of pairs) {
    for (let i = 0; i < 5; i++) NEW_STYLE[first + toned[i]] = firstToned[i] + bases[toned];
  }
}
const NEW_STYLE_PAIR = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;

/**
 * Comparison key that ignores case, spacing, Unicode form and tone-placement style, but keeps diacritics:
 * "Hoà  Bình" and "hòa bình" share a key; "An Phú" and "An Phụ" do not.
 */
export function matchKey(text: string): string {
  const s = cleanSpaces(text).toLowerCase();
  if (isAscii(s)) return s;
  return nfc(s).replace(NEW_STYLE_PAIR, (pair, offset: number, whole: string) => {
    // Only at the end of a syllable: "hoàn" keeps its tone where it is in both styles.
    const next = whole.charCodeAt(offset + 2);
    return next >= 97 && next <= 122 ? pair : NEW_STYLE[pair] ?? pair;
  });
}

/** Lower-case NFC text with spaces collapsed, for patterns that must see diacritics ("cộng" is not "công"). */
export function lowerClean(text: string): string {
  return cleanSpaces(nfc(text)).toLowerCase();
}
