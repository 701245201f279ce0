// Which reader a spreadsheet file needs, told from its first bytes: clerks' files are often misnamed (an HTML
// table or an .xlsx saved as .xls), so the extension only decides between "CSV" and "not a spreadsheet".
// No Node imports: the pane's worker sniffs too.
import { utf16Of } from './plainText';

/** `xlsx`: a zip that is not an OpenDocument file (the .xlsx reader tells a .docx apart); `ole`: an OLE compound
 *  file (a legacy .xls, or an encrypted .xlsx); `markup`: HTML, SpreadsheetML 2003 or flat ODS; `unknown`: none. */
export type SpreadsheetFormat = 'xlsx' | 'ods' | 'ole' | 'markup' | 'csv' | 'unknown';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** How far from a zip's end its part names are looked for: a workbook's central directory is far smaller. */
const DIRECTORY = 64 * 1024;
/** How far into a text file the sniffers look: enough for a long title row and the header. */
const SAMPLE = 64 * 1024;

/** Tells the format from the bytes; `file` (a name or path) only lets a .csv/.tsv/.txt without delimiters through. */
export function sniffFormat(bytes: Uint8Array, file: string): SpreadsheetFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument wants an uncompressed "mimetype" entry first, so its media type sits in the first bytes; some
    // writers put it elsewhere, so the part names in the zip's central directory (at its end) decide too.
    if (latin1(bytes.subarray(0, 256)).includes(ODS_MIMETYPE)) return 'ods';
    const directory = bytes.subarray(Math.max(0, bytes.length - DIRECTORY));
    return !contains(directory, ascii('xl/workbook.')) && contains(directory, ascii('content.xml')) ? 'ods' : 'xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole'; // the OLE signature's first half, as the .xlsx reader checked
  if (bytes.length === 0) return 'unknown';
  const head = textHead(bytes);
  if (head === null) return 'unknown';
  const start = head.replace(/^[\s\uFEFF]+/, '').slice(0, 512).toLowerCase();
  if (/^<(\?xml|!doctype\s+html|html|table|head|body|meta|div|!--|style)\b/.test(start)) return 'markup';
  if (/\.(csv|tsv|txt)$/i.test(file) || /[,;\t]/.test(head.split(/\r?\n/, 1)[0])) return 'csv';
  return 'unknown';
}

/** True when an OLE file's directory names the streams of an encrypted OOXML package (a password-protected .xlsx). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo');
}

/** True when a UTF-16LE stream name (as an OLE directory holds it) occurs in the bytes. */
export function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  return contains(bytes, pattern);
}

function contains(bytes: Uint8Array, pattern: Uint8Array): boolean {
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/** The first bytes as text, or null when they are binary (a NUL or control byte in an 8-bit or UTF-8 file). */
function textHead(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16Of(sample);
  if (utf16) return new TextDecoder(utf16.encoding).decode(sample.subarray(utf16.bom));
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return null;
  return new TextDecoder('utf-8').decode(sample); // invalid sequences become U+FFFD: enough to sniff
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
