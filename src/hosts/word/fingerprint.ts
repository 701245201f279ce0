// Fingerprints of what the add-in wrote into its content controls, so the pane can tell a clerk "this section was
// changed by hand" before a refresh overwrites it.
//
// Where they live: one document setting (FINGERPRINT_KEY) holding, per tag, the hashes of the texts the add-in
// wrote. Not in the control itself: its title is shown to the clerk and the tag must stay exactly
// `baocao:<id>` for getByTag; a hidden property does not exist in WordApi 1.3. Not keyed by control id either: ids
// are renumbered when a control is copied or a document is merged, while a set of hashes per tag survives copies
// (an unchanged copy matches) and needs no clean-up of ids that disappeared. Office.Settings cannot list its
// keys, so one key holding a map (rather than `baocao:fp:<tag>:<n>` keys) is also what keeps it prunable.

export const FINGERPRINT_KEY = 'baocao:fingerprints';

/** Hashes kept per tag: an insert adds one (older copies of the section may still be in the document), a refresh
 *  of the tag replaces them all. Bounded so a document where a section is inserted again and again stays small. */
const MAX_PER_TAG = 8;

export type FingerprintBook = Record<string, string[]>;

/** Text as compared: NFC, every run of whitespace and control characters (Word's \r paragraph marks, \t and \x07
 *  cell marks, \v line breaks) folded to one space. Hosts report table text with different separators; folding them
 *  makes a fingerprint taken on Word for Windows match the same control read on Word on the web. */
export function foldForFingerprint(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** cyrb53: a fast 53-bit string hash, ample to tell edited text apart (no security is asked of it). */
function cyrb53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The fingerprint of a control's text. */
export function textFingerprint(text: string): string {
  return cyrb53(foldForFingerprint(text));
}

/** The book as stored; anything unreadable is an empty book (every control then shows as untracked). */
export function parseFingerprints(raw: unknown): FingerprintBook {
  let v = raw;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return {};
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const book: FingerprintBook = {};
  for (const [tag, hashes] of Object.entries(v)) {
    if (Array.isArray(hashes)) book[tag] = hashes.filter((h): h is string => typeof h === 'string').slice(-MAX_PER_TAG);
  }
  return book;
}

/** What the add-in wrote into one control: its tag and the text the host reported right after the write. */
export interface WrittenControl {
  tag: string;
  text: string;
}

/** The book after writes: 'insert' adds to the tag's hashes, 'refresh' replaces them (every control of the tag
 *  was rewritten, so older texts are gone). */
export function recordWrites(book: FingerprintBook, written: WrittenControl[], mode: 'insert' | 'refresh'): FingerprintBook {
  const next: FingerprintBook = { ...book };
  const replaced = new Set<string>();
  for (const w of written) {
    const hash = textFingerprint(w.text);
    const prior = mode === 'refresh' && !replaced.has(w.tag) ? [] : next[w.tag] ?? [];
    replaced.add(w.tag);
    next[w.tag] = [...prior.filter((h) => h !== hash), hash].slice(-MAX_PER_TAG);
  }
  return next;
}

/** Whether a control's current text is something the add-in wrote under its tag. */
export function editState(book: FingerprintBook, tag: string, text: string): { tracked: boolean; edited: boolean } {
  const hashes = book[tag];
  if (!hashes || !hashes.length) return { tracked: false, edited: false };
  return { tracked: true, edited: !hashes.includes(textFingerprint(text)) };
}
