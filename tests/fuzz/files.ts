// Random files: valid workbooks and reports written from random grids and paragraphs, and the ways files arrive
// damaged — cut off, bytes overwritten, a part's XML cut or mangled inside a valid zip, parts missing or renamed,
// the wrong content type.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import type { CellValue, Grid } from '../../src/core/grid';
import { isExcelError } from '../../src/core/grid';
import { textCell } from './cells';
import { awardGrid, householdGrid, randomGrid } from './grids';

const EXCEL_NAME = /[\\/?*:[\]]/g;

/** A sheet name Excel accepts (exceljs refuses the others), unique in the workbook. */
function excelName(name: string, taken: Set<string>): string {
  let base = name.replace(EXCEL_NAME, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Sheet';
  for (let i = 2; taken.has(base.toLowerCase()); i++) base = `${base.slice(0, 26)} (${String(i)})`;
  taken.add(base.toLowerCase());
  return base;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isExcelError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

/** The .xlsx exceljs writes for these grids: values at their origin, merges where exceljs takes them. */
export async function xlsxOf(grids: Grid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const g of grids) {
    const ws = wb.addWorksheet(excelName(g.sheet, taken));
    g.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(g.originRow + r, g.originColumn + c).value = excelValue(v);
    }));
    for (const m of g.merges) {
      try {
        ws.mergeCells(g.originRow + m.top, g.originColumn + m.left, g.originRow + m.bottom, g.originColumn + m.right);
      } catch {
        // Overlapping merges: Excel cannot hold them either.
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** How a file arrives damaged. Positions are fractions of the length, so one mutation fits any file; a part is
 *  named, or picked by its index among the package's parts. */
export type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; at: number[]; bytes: number[] }
  | { kind: 'cut-part'; part: Part; at: number }
  | { kind: 'inject'; part: Part; at: number; text: string }
  | { kind: 'drop-part'; part: Part }
  | { kind: 'rename-part'; part: Part; to: string }
  | { kind: 'replace-part'; part: Part; text: string }
  | { kind: 'content-type'; types: string };

/** A position in [0, 1), uniform: fc.double is uniform over doubles (nearly all tiny), and biased towards 0 too. */
export const fraction: fc.Arbitrary<number> = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

type Part = number | string;
/** Unbiased too: a bias towards 0 would damage mostly the first part, [Content_Types].xml. */
const anyPart: fc.Arbitrary<Part> = fc.noBias(fc.nat());

const GARBAGE = ['<', '>', '&', '&bogus;', '</w:p>', '</x>', '<x>', '"', '\u0000', '\uFFFE', '<!DOCTYPE x [<!ENTITY a "b">]>', '<![CDATA[', '<!--', ']]>', '\uD800'];

const WRONG_TYPES = [
  '',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="text/plain"/>',
  'not xml at all',
];

/** Damage aimed at one named part (the main part, whose text is the data): cut off, or garbage put in. */
export function partDamage(part: string): fc.Arbitrary<Damage> {
  return fc.oneof(
    fraction.map((at) => ({ kind: 'cut-part' as const, part, at })),
    fc.tuple(fraction, fc.constantFrom(...GARBAGE)).map(([at, text]) => ({ kind: 'inject' as const, part, at, text })),
  );
}

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fraction.map((at) => ({ kind: 'truncate' as const, at })),
  fc.tuple(fc.array(fraction, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 8, maxLength: 8 })).map(([at, bytes]) => ({ kind: 'overwrite' as const, at, bytes })),
  fc.tuple(anyPart, fraction).map(([part, at]) => ({ kind: 'cut-part' as const, part, at })),
  fc.tuple(anyPart, fraction, fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 12 }))).map(([part, at, text]) => ({ kind: 'inject' as const, part, at, text })),
  anyPart.map((part) => ({ kind: 'drop-part' as const, part })),
  fc.tuple(anyPart, fc.constantFrom('xl/worksheets/data.xml', 'word/other.xml', 'XL/WORKBOOK.XML', '../x.xml', 'a')).map(([part, to]) => ({ kind: 'rename-part' as const, part, to })),
  fc.tuple(anyPart, fc.oneof(fc.constantFrom('', '<?xml version="1.0"?>', '<a/>', '<worksheet><sheetData><row r="-1"><c r="ZZZZ0" t="s"><v>99999</v></c></row></sheetData></worksheet>'), fc.string({ maxLength: 40 }))).map(([part, text]) => ({ kind: 'replace-part' as const, part, text })),
  fc.constantFrom(...WRONG_TYPES).map((types) => ({ kind: 'content-type' as const, types })),
);

/** The damaged file, and the part the damage went to (for damage inside the package). */
export interface DamagedFile {
  bytes: Uint8Array;
  part?: string;
}

/** Applies the damage to a valid zip package. */
export async function damaged(bytes: Uint8Array, d: Damage): Promise<DamagedFile> {
  if (d.kind === 'truncate') return { bytes: bytes.slice(0, Math.floor(d.at * bytes.length)) };
  if (d.kind === 'overwrite') {
    const out = bytes.slice();
    d.at.forEach((at, i) => (out[Math.floor(at * out.length)] = d.bytes[i]));
    return { bytes: out };
  }
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  const name = !('part' in d) ? '[Content_Types].xml' : typeof d.part === 'string' ? d.part : parts[d.part % parts.length];
  const text = (await zip.file(name)?.async('string')) ?? '';
  switch (d.kind) {
    case 'cut-part':
      zip.file(name, text.slice(0, Math.floor(d.at * text.length)));
      break;
    case 'inject': {
      const at = Math.floor(d.at * text.length);
      zip.file(name, text.slice(0, at) + d.text + text.slice(at));
      break;
    }
    case 'drop-part':
      zip.remove(name);
      break;
    case 'rename-part':
      zip.remove(name);
      zip.file(d.to, text);
      break;
    case 'replace-part':
      zip.file(name, d.text);
      break;
    case 'content-type':
      zip.file('[Content_Types].xml', d.types);
      break;
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), part: name };
}

// --- The other formats: .xls, .ods, SpreadsheetML, HTML, CSV (SheetJS's writer), and look-alike bytes ---

type BookType = 'biff8' | 'biff5' | 'ods' | 'fods' | 'xlml' | 'html' | 'csv';
const EXTENSION: Record<BookType, string> = { biff8: 'xls', biff5: 'xls', ods: 'ods', fods: 'ods', xlml: 'xls', html: 'xls', csv: 'csv' };

/** The grid as SheetJS writes it in `bookType` (errors as error cells, merges kept). */
function written(grid: Grid, bookType: BookType): Uint8Array {
  const cells = grid.values.map((row) => row.map((v: CellValue) => (isExcelError(v) ? null : v)));
  const ws = XLSX.utils.aoa_to_sheet(cells, { cellDates: true, UTC: true });
  grid.values.forEach((row, r) => row.forEach((v, c) => {
    if (isExcelError(v)) ws[XLSX.utils.encode_cell({ r, c })] = { t: 'e', v: 0x2a, w: v.error };
  }));
  ws['!merges'] = grid.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'DS');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

type Harm = { kind: 'none' } | { kind: 'cut'; at: number } | { kind: 'overwrite'; at: Array<[number, number]> };

/** What happens to the file on its way: nothing, cut off, or some bytes overwritten. */
const harm: fc.Arbitrary<Harm> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fraction.map((at) => ({ kind: 'cut' as const, at })) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((at) => ({ kind: 'overwrite' as const, at })) },
);

function harmed(bytes: Uint8Array, h: Harm): Uint8Array {
  if (h.kind === 'cut') return bytes.slice(0, Math.floor(h.at * bytes.length));
  if (h.kind === 'overwrite') {
    const out = bytes.slice();
    for (const [at, b] of h.at) out[Math.floor(at * out.length)] = b;
    return out;
  }
  return bytes;
}

const smallGrid = fc.oneof(randomGrid, householdGrid, awardGrid);
/** A random grid as SheetJS writes it in one of its formats, then maybe cut off or overwritten. */
const fromGrid = fc.tuple(smallGrid, fc.constantFrom<BookType>('biff8', 'biff5', 'ods', 'fods', 'xlml', 'html', 'csv'), harm)
  .map(([grid, bookType, h]) => ({ bytes: harmed(written(grid, bookType), h), file: `so.${EXTENSION[bookType]}` }));

const span = fc.constantFrom('', ' colspan="2"', ' rowspan="3"', ' colspan="0"', ' rowspan="-1"', ' colspan="99999"', ' rowspan="1e9"', ' colspan="x"');
/** An HTML page as exports write them, with odd spans, nested or unclosed tags, and text around the table. */
const html = fc.tuple(fc.array(fc.array(fc.tuple(textCell, span), { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom('', '<p>UBND XÃ AN HÒA</p>', '<table><tr><td>lồng</td></tr></table>', '<td>', '</table></table>', '<meta charset="windows-1258">'), fc.boolean())
  .map(([rows, extra, close]) => `<html><body>${extra}<table>${rows.map((r) => `<tr>${r.map(([t, s]) => `<td${s}>${t}</td>`).join('')}</tr>`).join('')}${close ? '</table>' : ''}</body></html>`)
  .map((text) => ({ bytes: new TextEncoder().encode(text), file: 'xuat.xls' }));

/** CSV text with any delimiter and stray quotes, in UTF-8 (with or without BOM) or UTF-16. */
const csv = fc.tuple(fc.array(fc.array(fc.oneof(textCell, fc.constantFrom('"', '""', '"a,b"', '"unclosed', '\r', '\n')), { maxLength: 8 }), { maxLength: 12 }), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('utf8', 'bom', 'utf16le'))
  .map(([rows, sep, enc]) => {
    const text = rows.map((r) => r.join(sep)).join('\r\n');
    const bytes = enc === 'utf16le' ? new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]) : new Uint8Array(Buffer.from(enc === 'bom' ? `\uFEFF${text}` : text, 'utf8'));
    return { bytes, file: 'so.csv' };
  });

/** Bytes that start like an OLE compound file (a legacy .xls) and go on with anything. */
const ole = fc.uint8Array({ maxLength: 2048 }).map((rest) => ({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...rest]), file: 'so.xls' }));

/** A file in one of the other formats, or bytes that look like one. */
export const otherFile: fc.Arbitrary<{ bytes: Uint8Array; file: string }> = fc.oneof({ weight: 6, arbitrary: fromGrid }, { weight: 2, arbitrary: html }, { weight: 2, arbitrary: csv }, { weight: 1, arbitrary: ole }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ bytes, file: 'so.xls' })) });
