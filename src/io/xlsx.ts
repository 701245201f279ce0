/** Reads an .xlsx workbook into one Grid per worksheet, in two passes over the same bytes: JSZip validates the
 *  package and finds what exceljs's streaming reader does not give (sheet names in tab order, merges, workbook dates,
 *  error/boolean formula results); the streaming reader then parses the cells without building a workbook model,
 *  which keeps a 100,000-row register fast and small in memory. */
import { Readable } from 'stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, CellValue, Grid, LegacyFont, MergedRegion, parseA1 } from '../core/grid';
import { unusable, UnusableInputError } from './errors';
import { readInputFile } from './inputFile';
import { formulaResult, legacyFont, plain, prop } from './xlsxValues';
import { ensureUtf8Streaming } from './exceljsUtf8';
import { sniffFormat } from './formatSniff';
import { readOtherFormat } from './otherFormats';

ensureUtf8Streaming();

/** One Grid per worksheet, in tab order; `created`/`modified` from docProps/core.xml when present. */
export interface WorkbookGrids { file: string; sheets: Grid[]; created?: Date; modified?: Date }

// exceljs types the streaming reader as a Workbook, which it is not; these are the parts this module relies on.
interface StreamCell { value: unknown; style?: { font?: { name?: string }; numFmt?: string } }
interface StreamRow { number: number; _cells: (StreamCell | undefined)[] }
type StreamSheet = AsyncIterable<StreamRow>;
interface StreamBook extends AsyncIterable<StreamSheet> {
  on(event: 'entry', listener: (entry: { type?: string; id?: string }) => void): void;
}

/** What the JSZip pass learns about one worksheet; `fixes` holds formula results the streaming reader gets wrong
 *  (error results become NaN, boolean results 0/1), by A1 address. */
interface SheetInfo { name: string; part: string; merges: MergedRegion[]; fixes: Map<string, CellValue> }
interface BookInfo { sheets: SheetInfo[]; date1904: boolean; created?: Date; modified?: Date }

/** Only parts named like this are emitted by exceljs's streaming reader. */
const STREAMED_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** Reads a workbook file (path) into one Grid per worksheet: .xlsx here, and .xls, .ods, HTML/SpreadsheetML saved as
 *  .xls, and .csv through otherFormats, told apart by content. Throws UnusableInputError for unusable input. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  const bytes = await readInputFile(path, () => unusable('unreadable', path));
  return readWorkbookBuffer(bytes, path);
}

/** Reads workbook bytes (any format readWorkbookFile reads); `file` names the workbook in messages and lets a
 *  .csv without delimiters through. Throws UnusableInputError for unusable input. */
export async function readWorkbookBuffer(buffer: Buffer | Uint8Array, file: string): Promise<WorkbookGrids> {
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const format = sniffFormat(bytes, file);
  if (format !== 'xlsx' && format !== 'unknown') return readOtherFormat(bytes, format, file);
  sniff(bytes, file);
  // JSZip fails on a cut-off file (no central directory) or a damaged entry: both mean "get the file again".
  // After that, a failure is exceljs's, and neither its error nor its stack trace may reach the clerk.
  let failure: 'truncated' | 'unreadable' = 'truncated';
  try {
    // The zip and the bytes it was read from are out of reach once repacked: a full-height sheet is ~100 MB of each.
    const { book, input } = await unzipped(bytes, file);
    failure = 'unreadable';
    const sheets = await streamGrids(input, book);
    const { created, modified } = book;
    return { file, sheets, ...(created ? { created } : {}), ...(modified ? { modified } : {}) };
  } catch (e) {
    throw e instanceof UnusableInputError ? e : unusable(failure, file);
  }
}

async function unzipped(bytes: Buffer, file: string): Promise<{ book: BookInfo; input: Buffer }> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await readBook(zip, file);
  return { book, input: await repack(zip) };
}

/** Rejects what neither reader recognised (OLE files, text and markup went to otherFormats). */
function sniff(bytes: Buffer, file: string): void {
  if (bytes.length === 0) throw unusable('truncated', file); // a failed copy or download, not a workbook
  const magic = bytes.length >= 4 ? bytes.readUInt32BE(0) : 0;
  if (magic !== 0x504b0304) throw unusable('not-xlsx', file); // "PK\3\4": a zip's first local file header
}

async function readBook(zip: JSZip, file: string): Promise<BookInfo> {
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  // A zip without a workbook part is another kind of document (.docx, .xlsb, .ods, a plain archive).
  if (workbookXml === undefined) throw unusable('not-xlsx', file);
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!closesRoot(Buffer.from(workbookXml)) || (relsXml !== undefined && !closesRoot(Buffer.from(relsXml)))) throw unusable('truncated', file);
  const rels = parseRels(relsXml ?? '', 'xl/');
  const sheets: SheetInfo[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const name = attr(m[1], 'name');
    const rel = rels.get(/\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1] ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (name === undefined || rel === undefined || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: decodeXml(name), part: rel.part, merges: [], fixes: new Map() });
  }
  if (sheets.length === 0) throw unusable('empty', file);
  // exceljs streams only parts named sheetN.xml; a re-save in Excel renames them, which is what 'unreadable' advises.
  if (!sheets.some((s) => STREAMED_PART.test(s.part))) throw unusable('unreadable', file);
  for (const sheet of sheets) if (STREAMED_PART.test(sheet.part)) await scanSheet(zip, sheet, file);
  // Inflate every other part once too: repack passes compressed bytes through unchecked, and exceljs's unzipper
  // can hang rather than throw on a damaged entry.
  const others = Object.values(zip.files).filter((f) => !f.dir && !sheets.some((s) => s.part === f.name));
  for (const entry of others) {
    // Streamed, keeping only the ends: the shared strings of a full-height sheet are tens of megabytes.
    const ends = await partEnds(entry);
    if (entry.name === 'xl/sharedStrings.xml' && !closesRoot(ends.head, ends.tail)) throw unusable('truncated', file);
  }
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml);
  return { sheets, date1904, created: coreDate(core, 'created'), modified: coreDate(core, 'modified') };
}

/** Whether an XML part ends by closing the element it opens with (`xml` its start, `end` its last bytes when the part
 *  was streamed). The streaming reader takes a part cut off (a
 *  failed copy, a crashed save) for a whole one: the sheets, rows or strings after the cut would be lost unsaid. */
function closesRoot(xml: Buffer, end: Buffer = xml): boolean {
  const head = xml.toString('utf8', 0, Math.min(xml.length, 4096)).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const root = /<([A-Za-z_][\w.:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?(\/?)>/.exec(head);
  if (!root) return false;
  if (root[2] === '/') return true; // an empty root, as in <sst count="0"/>
  return end.toString('utf8', Math.max(0, end.length - 512)).trimEnd().endsWith(`</${root[1]}>`);
}

/** Relationship id → target part (resolved against `base`) and type. */
function parseRels(xml: string, base: string): Map<string, { part: string; type: string }> {
  const rels = new Map<string, { part: string; type: string }>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id === undefined || target === undefined || attr(m[1], 'TargetMode') === 'External') continue;
    // URL resolution handles absolute targets, "../" and the percent-encoding of part names.
    const part = decodeURIComponent(new URL(target, `file:///${base}`).pathname).slice(1);
    rels.set(id, { part, type: attr(m[1], 'Type') ?? '' });
  }
  return rels;
}

/** Finds a worksheet's merged regions (after the cell data) and its formula cells typed e/b, whose cached results the
 *  streaming reader mangles, in one pass over the inflated part streamed in chunks: a full-height sheet is ~600 MB of
 *  XML, which is never held whole. Only the cells that match are decoded. */
async function scanSheet(zip: JSZip, sheet: SheetInfo, file: string): Promise<void> {
  const entry = zip.file(sheet.part);
  if (!entry) return;
  let carry = Buffer.alloc(0);
  let merges: string | null = null;
  const ends = await partEnds(entry, (chunk) => {
    if (merges !== null) return void (merges += chunk.toString('utf8'));
    const window = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    fixesIn(window, sheet);
    const at = window.indexOf('<mergeCells');
    if (at >= 0) merges = window.toString('utf8', at);
    // What the next chunk may complete: the last cell when it is still open, else the last few bytes (a marker or
    // "<mergeCells" cut in two). A cell is small, so the carry stays small.
    const last = window.lastIndexOf('<c ');
    carry = Buffer.from(last >= 0 && window.indexOf('</c>', last) < 0 ? window.subarray(last) : window.subarray(-16));
  });
  if (!closesRoot(ends.head, ends.tail)) throw unusable('truncated', file);
  for (const m of (merges ?? '').matchAll(/<mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g)) {
    const [from, to] = m[1].split(':').map(parseA1);
    if (!from || !to) continue;
    const [top, left] = [Math.min(from.row, to.row) - 1, Math.min(from.column, to.column) - 1];
    const [bottom, right] = [Math.max(from.row, to.row) - 1, Math.max(from.column, to.column) - 1];
    sheet.merges.push({ top, left, bottom, right });
  }
}

/** Inflates a part in chunks (each given to `onChunk`), keeping only its first 4 KB and last 512 bytes. Rejects when
 *  the entry's data is damaged. */
function partEnds(entry: JSZip.JSZipObject, onChunk?: (chunk: Buffer) => void): Promise<{ head: Buffer; tail: Buffer }> {
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('error', reject);
    stream.on('end', () => resolve({ head, tail }));
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head = Buffer.concat([head, chunk.subarray(0, 4096 - head.length)]);
      tail = Buffer.concat([tail.subarray(-512), chunk.subarray(-512)]).subarray(-512);
      onChunk?.(chunk);
    });
  });
}

/** Formula cells typed e/b with their cached results, found in a stretch of sheet XML (cells cut at its end are left
 *  to the next stretch, which starts with them). */
function fixesIn(xml: Buffer, sheet: SheetInfo): void {
  for (const marker of [' t="e"', ' t="b"']) {
    for (let hit = xml.indexOf(marker); hit >= 0; hit = xml.indexOf(marker, hit + marker.length)) {
      const start = xml.lastIndexOf('<c ', hit);
      const end = xml.indexOf('</c>', hit);
      if (start < 0 || end < 0) continue;
      const cell = xml.toString('utf8', start, end);
      const open = cell.slice(0, cell.indexOf('>'));
      const v = /<v>([^<]*)<\/v>/.exec(cell)?.[1];
      const ref = attr(open, 'r');
      if (!open.includes(marker) || open.endsWith('/') || !cell.includes('<f') || !v || !ref) continue;
      sheet.fixes.set(ref, marker === ' t="e"' ? { error: decodeXml(v) } : v.trim() !== '0' && v.trim() !== 'false');
    }
  }
}

/**
 * Re-packs the zip for the streaming reader, reusing the compressed bytes (about 30 ms for a 100,000-row sheet):
 * worksheets go last, because the reader parses a sheet at once if shared strings and rels came before it and then
 * loses dates and fonts (or crashes) when styles or workbook come after it, and otherwise spools every sheet to a
 * temp file (Excel's own order; 20% slower); the local headers are rewritten, because the reader walks them and
 * hangs rather than throws when one disagrees with the central directory; and stored entries get deflated, because
 * it reads a large stored entry in quadratic time (measured: 8 s and 1.9 GB for a 45 MB sheet).
 */
async function repack(zip: JSZip): Promise<Buffer> {
  // Without a shared-strings part (inline strings, as SheetJS and some exports write) the reader spools each sheet to
  // a temp file and then, depending on timing, stops before the last ones: an empty part keeps it on the inline path.
  if (!zip.file('xl/sharedStrings.xml')) zip.file('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) {
    const entry = zip.files[name];
    delete zip.files[name]; // re-inserting the key moves it last: JSZip writes entries in key order
    zip.files[name] = entry;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

async function streamGrids(input: Buffer, book: BookInfo): Promise<Grid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(input), {
    sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'emit',
  }) as unknown as StreamBook;
  // The reader names a sheet only when the rels target is relative; its 'entry' event gives the part number,
  // which we map to the sheet's real name through our own reading of workbook.xml.
  let part = '';
  reader.on('entry', (e) => void (e.type === 'worksheet' && (part = `xl/worksheets/sheet${e.id}.xml`)));
  const byPart = new Map(book.sheets.map((s) => [s.part, s]));
  const grids = new Map<string, Grid>();
  for await (const ws of reader) {
    const info = byPart.get(part);
    if (info) grids.set(info.part, await readSheet(ws, info, book.date1904));
    else for await (const row of ws) void row; // an unlisted part must still be drained, or the zip stream stalls
  }
  // A worksheet the reader never gave would vanish from every count: better no answer than a wrong one.
  if (book.sheets.some((s) => STREAMED_PART.test(s.part) && !grids.has(s.part))) throw new Error('a worksheet was not streamed');
  return book.sheets.flatMap((s) => grids.get(s.part) ?? []);
}

async function readSheet(ws: StreamSheet, info: SheetInfo, date1904: boolean): Promise<Grid> {
  const values: CellValue[][] = [];
  let legacy: Map<string, LegacyFont> | undefined;
  let formulas = 0;
  for await (const row of ws) {
    const r = row.number - 1;
    while (values.length < r) values.push([]);
    const out: CellValue[] = [];
    let last = -1;
    for (let c = 0; c < row._cells.length; c++) {
      const cell = row._cells[c];
      let v: CellValue = null;
      if (cell !== undefined) {
        const raw = cell.value;
        if (typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw)) {
          formulas++;
          const fix = info.fixes.size > 0 ? info.fixes.get(a1(row.number, c + 1)) : undefined;
          v = fix !== undefined ? fix : formulaResult(prop(raw, 'result'), cell.style?.numFmt, date1904);
        } else v = plain(raw);
        const font = typeof v === 'string' ? legacyFont(cell) : null;
        if (font) (legacy ??= new Map()).set(`${r},${c}`, font);
      }
      out.push(v);
      if (v !== null) last = c;
    }
    out.length = last + 1;
    values[r] = out;
  }
  // Only a merged region's top-left cell keeps its value, as in Excel's range.values.
  for (const m of info.merges) {
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      const row = values[r];
      for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, row.length - 1); c++) {
        row[c] = null;
        legacy?.delete(`${r},${c}`);
      }
      while (row.length > 0 && row[row.length - 1] === null) row.length--;
    }
  }
  while (values.length > 0 && values[values.length - 1].length === 0) values.length--;
  const grid: Grid = { sheet: info.name, originRow: 1, originColumn: 1, values, merges: info.merges };
  if (legacy && legacy.size > 0) grid.legacyFonts = legacy;
  if (formulas > 0) grid.formulaCells = formulas;
  return grid;
}

function coreDate(xml: string, field: 'created' | 'modified'): Date | undefined {
  const text = new RegExp(`<(?:[\\w.-]+:)?${field}\\b[^>]*>([^<]+)<`).exec(xml)?.[1];
  const date = text === undefined ? undefined : new Date(text.trim());
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  const entity = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
  return s.replace(entity, (_, hex?: string, dec?: string, name?: string) =>
    name ? ENTITIES[name] : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));
}

/** Reads a property of an unknown value without trusting its shape. */
