// Text from clerks' cells on its way into something written or shown: no invisible direction or control characters
// (a right-to-left override U+202E would show "Nguyễn Văn An" reversed in Word, Excel or the pane), and in messages
// no 40,000-character cell echoed whole.

/** Bidirectional formatting characters: embeddings, overrides, isolates and the direction marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0 control characters other than tab, line feed and carriage return, and DEL: invalid in XML 1.0, invisible elsewhere. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** True when the text holds a character that changes how it displays without being seen. */
export function hasHiddenControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text) || CONTROLS.test(text);
}

/** The text with bidirectional and control characters removed: what any writer may put in a document or a cell. */
export function plainOutputText(text: string): string {
  return hasHiddenControls(text) ? text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '') : text;
}

/** The longest value quoted in a message, in characters. */
export const MAX_QUOTED = 80;

/** A cell value as a message quotes it: on one line, without hidden characters, and cut to 80 characters with "…". */
export function quotedValue(text: string, max = MAX_QUOTED): string {
  const flat = plainOutputText(text).replace(/[\t\r\n]+/g, ' ');
  if (flat.length <= max) return flat;
  // Cut at a word boundary near the limit, never inside a surrogate pair.
  let cut = flat.lastIndexOf(' ', max - 1);
  if (cut < max * 0.6) cut = max - 1;
  if (/[\ud800-\udbff]/.test(flat.charAt(cut - 1))) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
