/** Reads the text of a Word document's paragraphs, in order, for the report checks: every `<w:p>` of the body,
 *  those inside tables, content controls and text boxes included, as plain strings (index = order of the
 *  paragraph's start tag in the main document part). A light walk over the XML, not a DOM: w:t text, w:tab → "\t",
 *  w:br/w:cr → "\n", w:noBreakHyphen → "-"; deleted and moved-away text, field codes and VML fallbacks are skipped. */
// No Node imports: the page outside Office reads a report the clerk opens with this too (docxFile.ts reads paths).
import JSZip from 'jszip';
import { baseName, UnusableInputError, type UnusableReason } from './errors';
import { hasUtf16Name, isEncryptedPackage } from './formatSniff';
import { tablesOfXml } from './docxTables';
import type { ReportTable } from '../core/check/types';

type DocxProblem = 'legacy-doc' | 'encrypted' | 'truncated' | 'damaged' | 'not-docx' | 'unreadable';

const MESSAGES: Record<DocxProblem, [UnusableReason, (n: string) => string, (n: string) => string]> = {
  'legacy-doc': ['unreadable', (n) => `Tệp "${n}" là tệp Word đời cũ (.doc): hãy mở bằng Word và lưu thành .docx (Tệp › Lưu thành… › Word Document) rồi thử lại.`, (n) => `File "${n}" is an old Word 97–2003 document (.doc): open it in Word and save it as .docx (File › Save As… › Word Document), then try again.`],
  encrypted: ['encrypted', (n) => `Tệp "${n}" được đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi thử lại.`, (n) => `File "${n}" is password-protected: open it in Word, remove the password (File › Info › Protect Document) and try again.`],
  truncated: ['truncated', (n) => `Tệp "${n}" bị hỏng hoặc chưa được sao chép đầy đủ: hãy lấy lại bản gốc của tệp (hoặc mở bằng Word để sửa) rồi thử lại.`, (n) => `File "${n}" is damaged or incomplete: get the original copy again (or open it in Word to repair it) and try again.`],
  damaged: ['truncated', (n) => `Tệp "${n}" bị hỏng (nội dung văn bản bị cắt cụt hoặc sai cấu trúc) nên không kiểm tra được: hãy mở bằng Word (Word sẽ đề nghị sửa tệp), lưu lại thành .docx rồi thử lại.`, (n) => `File "${n}" is damaged (its text is cut off or malformed) and cannot be checked: open it in Word (Word offers to repair it), save it again as .docx and try again.`],
  'not-docx': ['unreadable', (n) => `Tệp "${n}" không phải là tệp Word (.docx): hãy chọn đúng tệp báo cáo, hoặc mở bằng Word và lưu thành .docx.`, (n) => `File "${n}" is not a Word document (.docx): choose the report file, or open it in Word and save it as .docx.`],
  unreadable: ['unreadable', (n) => `Không đọc được nội dung tệp Word "${n}": hãy mở bằng Word, lưu lại thành .docx rồi thử lại.`, (n) => `The contents of the Word file "${n}" could not be read: open it in Word, save it again as .docx and try again.`],
};

/** The typed error for a report file that cannot be used, with messages about a Word document. */
export function unusableDocx(problem: DocxProblem, file: string): UnusableInputError {
  const [reason, vi, en] = MESSAGES[problem];
  const name = baseName(file);
  return new UnusableInputError(reason, file, vi(name), en(name));
}

/** A report as the checks read it: its paragraphs and, per paragraph, its table and heading level. */
export interface DocxReport {
  paragraphs: string[];
  layout: { table: Array<number | null>; outlineLevel: Array<number | null> };
  /** The tables as grids, merged cells honoured (docxTables.ts). */
  tables: ReportTable[];
}

/** The paragraphs of a .docx, from its bytes (`file` names it in messages). Throws UnusableInputError. */
export async function docxParagraphsOfBytes(bytes: Uint8Array, file = 'báo cáo.docx'): Promise<string[]> {
  return (await docxReportOfBytes(bytes, file)).paragraphs;
}

/** The paragraphs of a .docx with the table each sits in and the outline level its heading style gives it. */
export async function docxReportOfBytes(bytes: Uint8Array, file = 'báo cáo.docx'): Promise<DocxReport> {
  sniff(bytes, file);
  let zip: JSZip;
  try {
    // Checked against their CRC-32: a damaged entry would otherwise inflate to other text, or to text cut short.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw unusableDocx('truncated', file); // no central directory (a cut-off copy), or an entry's data damaged
  }
  const part = await mainPart(zip);
  const entry = part ? zip.file(part) : null;
  if (!entry) throw unusableDocx('not-docx', file); // a zip, but another kind (.xlsx, .odt, a plain archive)
  let xml: string;
  try {
    xml = await entry.async('string');
  } catch {
    throw unusableDocx('truncated', file); // the entry's data is damaged
  }
  // A document cut off or mangled would read as fewer paragraphs: a report with "nothing to review".
  if (!isWholeXml(xml)) throw unusableDocx('damaged', file);
  // An .xlsx or .pptx also names a main part: only a WordprocessingML document is a report.
  if (!xml.slice(0, 4000).includes('wordprocessingml/2006/main')) throw unusableDocx('not-docx', file);
  // Styles only tell which paragraphs are headings: a styles part that is missing or damaged costs that, not the check.
  const stylesXml = (await zip.file(/(^|\/)styles\.xml$/)[0]?.async('string').catch(() => '')) ?? '';
  const read = documentWithStyles(xml, stylesXml);
  return { ...read, tables: tablesOfXml(xml, read.paragraphs) };
}

/** The paragraphs of a main document part with their layout, heading levels from the styles part's XML (empty,
 *  missing or damaged: the paragraphs' own outline levels only). The Word pane reads the body's OOXML with it. */
export function documentWithStyles(documentXml: string, stylesXml: string): Omit<DocxReport, 'tables'> {
  return readDocumentXml(documentXml, headingStyles(stylesXml && isWholeXml(stylesXml) ? stylesXml : ''));
}

const attr = (attrs: string, name: string) => new RegExp(String.raw`\b${name}\s*=\s*["']([^"']*)["']`).exec(attrs)?.[1];

/** Paragraph style id → outline level (0 = Heading 1), from styles.xml: a style's own w:outlineLvl, a built-in
 *  name "heading N" (Word keeps the English name whatever the interface language), or the style it is based on. */
function headingStyles(stylesXml: string): Map<string, number> {
  const own = new Map<string, { level: number | null; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId');
    if (!id || (attr(m[1], 'w:type') ?? 'paragraph') !== 'paragraph') continue;
    const name = attr(/<w:name\b([^>]*)>/.exec(m[2])?.[1] ?? '', 'w:val') ?? '';
    const lvl = attr(/<w:outlineLvl\b([^>]*)>/.exec(m[2])?.[1] ?? '', 'w:val');
    const named = /^heading\s*([1-9])$/i.exec(name.trim());
    const level = lvl !== undefined ? Number(lvl) : named ? Number(named[1]) - 1 : null;
    own.set(id, { level: level !== null && level >= 0 && level < 9 ? level : null, basedOn: attr(/<w:basedOn\b([^>]*)>/.exec(m[2])?.[1] ?? '', 'w:val') });
  }
  const out = new Map<string, number>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    for (let hops = 0; at && hops < 10; hops++) {
      const st = own.get(at);
      if (!st) break;
      if (st.level !== null) {
        out.set(id, st.level);
        break;
      }
      at = st.basedOn;
    }
  }
  return out;
}

/** Markup, or a lone "<" that starts none: a comment, CDATA, a declaration, or a tag (1 "/" of a closing tag,
 *  2 name, 3 "/" of an empty-element tag). Attribute values are quoted, so a ">" in one ends no tag. */
const MARKUP = /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|[?!][^>]*>|(\/?)([A-Za-z_][\w.:-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>)?/g;

/** Whether a part's XML is whole: one root element, every tag closed in order, nothing cut off inside a tag. */
export function isWholeXml(xml: string): boolean {
  const open: string[] = [];
  let rootClosed = false;
  for (const m of xml.matchAll(MARKUP)) {
    if (m[0] === '<') return false; // text cut inside a tag, or a "<" that is no markup
    const [, close, name, selfClose] = m;
    if (name === undefined) continue;
    if (close) {
      if (selfClose || open.pop() !== name) return false;
      if (open.length === 0) rootClosed = true;
    } else {
      if (rootClosed && open.length === 0) return false; // a second root: pieces of two parts
      if (selfClose) rootClosed ||= open.length === 0;
      else open.push(name);
    }
  }
  return rootClosed && open.length === 0;
}

/** Recognises what is not a .docx by its first bytes, before any parser sees it. */
function sniff(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw unusableDocx('truncated', file);
  const magic = bytes.length >= 4 ? ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0 : 0;
  if (magic === 0xd0cf11e0) {
    // An OLE compound file: Word 97–2003, or a password-protected .docx (Word wraps those the same way).
    throw unusableDocx(isEncryptedPackage(bytes) ? 'encrypted' : hasUtf16Name(bytes, 'WordDocument') ? 'legacy-doc' : 'not-docx', file);
  }
  if (magic !== 0x504b0304) throw unusableDocx('not-docx', file); // "PK\3\4": a zip's first local file header
}

/** The main document part, from the package relationships (usually word/document.xml). */
async function mainPart(zip: JSZip): Promise<string | null> {
  const rels = (await zip.file('_rels/.rels')?.async('string').catch(() => '')) ?? '';
  for (const m of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    if (!/Type\s*=\s*["'][^"']*\/officeDocument["']/.test(m[1])) continue;
    const target = /Target\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
    if (target) return decodeURIComponent(target.replace(/^\//, ''));
  }
  return zip.file('word/document.xml') ? 'word/document.xml' : null;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e]);
}

const TAG = /<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;

/** The text of every w:p in document order (nested paragraphs, as in text boxes, get their own entry). */
export function paragraphsOfXml(xml: string): string[] {
  return readDocumentXml(xml, new Map()).paragraphs;
}

/** The paragraphs of a main document part, each with its table (0-based, counting outermost tables) and outline
 *  level (a w:outlineLvl of its own, else its style's; 9 is body text). */
function readDocumentXml(xml: string, styles: ReadonlyMap<string, number>): Omit<DocxReport, 'tables'> {
  const out: string[] = [];
  const table: Array<number | null> = [];
  const outlineLevel: Array<number | null> = [];
  let tables = 0; // outermost tables begun so far
  let tableDepth = 0;
  const open: number[] = []; // indexes in `out` of the paragraphs being read, innermost last
  let inText = false; // inside w:t (not w:delText or w:instrText)
  let runs = 0; // w:r depth in the current paragraph: tabs and breaks count only in runs (not w:tabs in w:pPr)
  const outerRuns: number[] = [];
  let skip = 0; // depth inside mc:Fallback (a second copy of text boxes) or w:moveFrom (text moved away)
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, , selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !skip && open.length) out[open[open.length - 1]] += decode(text);
      continue;
    }
    // w:pPrChange holds a paragraph's formatting before a tracked change: its old style is not the paragraph's.
    if (name === 'mc:Fallback' || name === 'w:moveFrom' || name === 'w:pPrChange') {
      if (!selfClose) skip += close ? -1 : 1;
      continue;
    }
    if (skip) continue;
    const here = open.length ? open[open.length - 1] : -1;
    switch (name) {
      case 'w:tbl':
        if (selfClose) break;
        if (!close && tableDepth++ === 0) tables++;
        if (close) tableDepth = Math.max(0, tableDepth - 1);
        break;
      case 'w:pStyle':
      case 'w:outlineLvl': {
        const v = attr(m[3] ?? '', 'w:val');
        if (here < 0 || close || v === undefined || runs > 0) break;
        const level = name === 'w:pStyle' ? styles.get(v) ?? null : Number(v);
        // A paragraph's own outline level wins over its style's, whichever comes first.
        if (name === 'w:outlineLvl' || outlineLevel[here] === null) outlineLevel[here] = level !== null && level >= 0 && level < 9 ? level : null;
        break;
      }
      case 'w:p':
        if (close) {
          open.pop();
          runs = outerRuns.pop() ?? 0;
        } else {
          out.push('');
          table.push(tableDepth > 0 ? tables - 1 : null);
          outlineLevel.push(null);
          if (!selfClose) {
            open.push(out.length - 1);
            outerRuns.push(runs);
            runs = 0;
          }
        }
        break;
      case 'w:t':
        inText = !close && !selfClose;
        break;
      case 'w:r':
        if (!selfClose) runs += close ? -1 : 1;
        break;
      case 'w:tab':
        if (runs > 0 && here >= 0 && !close) out[here] += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (runs > 0 && here >= 0 && !close) out[here] += '\n';
        break;
      case 'w:noBreakHyphen':
        if (here >= 0 && !close) out[here] += '-';
        break;
    }
  }
  return { paragraphs: out, layout: { table, outlineLevel } };
}
