// Spreadsheets saved as text (HTML tables, SpreadsheetML 2003, CSV): their bytes to a string, and a text cell to the
// value the .xlsx reader would give. No Node imports: the pane's worker reads these files too.
import type { CellValue } from '../core/grid';

/** Vietnamese Windows' ANSI code page: what Excel writes a "CSV" in, and what older government software declares. */
const VIETNAMESE_ANSI = 'windows-1258';

/**
 * Decodes a text file: a byte-order mark decides; then UTF-16 told by its zero bytes; then UTF-8 when the bytes
 * are valid UTF-8 (windows-1258 text almost never is, whatever a page declares); then the charset the markup
 * declares; then windows-1258. The BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16.encoding).decode(bytes.subarray(utf16.bom));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // windows-1258 writes tones as combining marks: the clerk typed "ễ", the code page stored "ê" + tilde. Composing
    // here keeps that from reading as decomposed text the clerk should fix.
    return decoderFor(declaredCharset(body)).decode(body).normalize('NFC');
  }
}

/** UTF-16 by its byte-order mark, or by zero bytes in every other place (ASCII markup or digits). */
export function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: number } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even === 0) return { encoding: 'utf-16le', bom: 0 };
  if (even > n / 4 && odd === 0) return { encoding: 'utf-16be', bom: 0 };
  return null;
}

/** The charset a page or XML declaration names in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return (meta ?? xml)?.[1];
}

/** A decoder for the declared label when the platform knows it, else for windows-1258 (never UTF-8: not valid). */
function decoderFor(label: string | undefined): TextDecoder {
  if (label !== undefined && !/^utf-?(8|16)/i.test(label)) {
    try {
      return new TextDecoder(label);
    } catch {
      // an unknown label: fall through to the Vietnamese code page
    }
  }
  return new TextDecoder(VIETNAMESE_ANSI);
}

/** The largest whole number a text cell becomes a number from: 15 digits, which a double holds exactly. */
const WHOLE_NUMBER = /^-?(?:0|[1-9]\d{0,14})$/;

/**
 * A cell of a text format as the .xlsx reader types it: empty text is an empty cell, a plain whole number is a
 * number; everything else stays text as written (a CCCD with its leading zero, "1.234" whose meaning depends on the
 * locale, "15/03/1985" whose day and month order only the core knows), for the core to read.
 */
export function textCellValue(text: string): CellValue {
  if (text === '') return null;
  return WHOLE_NUMBER.test(text) ? Number(text) : text;
}
