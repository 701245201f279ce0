// Suggested repairs of a text cell, never applied silently: legacy encoding, Unicode form, stray spaces.
import type { LegacyFont } from '../grid';
import { repairLegacy } from './legacy';
import { cleanSpaces, hasStraySpaces, isAscii, isNotNfc, nfc } from './normalize';

export type TextProblem = 'text.encoding' | 'text.unicode' | 'text.whitespace';

export interface TextRepair {
  code: TextProblem;
  /** The repaired text: decoded, NFC, spaces cleaned. */
  fixed: string;
}

/** The one repair a text needs (encoding first, then Unicode form, then spaces), or null when it is clean. */
export function textRepair(raw: string, font?: LegacyFont): TextRepair | null {
  if (!isAscii(raw)) {
    const legacy = repairLegacy(raw, font);
    if (legacy !== null) return { code: 'text.encoding', fixed: cleanSpaces(nfc(legacy)) };
    if (isNotNfc(raw)) return { code: 'text.unicode', fixed: cleanSpaces(nfc(raw)) };
  }
  if (hasStraySpaces(raw)) return { code: 'text.whitespace', fixed: cleanSpaces(raw) };
  return null;
}

/** The text as the product reads it: repaired when a repair applies, so a row with a text issue still counts. */
export function readableText(raw: string, repair: TextRepair | null): string {
  return repair ? repair.fixed : raw;
}
