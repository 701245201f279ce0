// Rows a template leaves below its header (DOMAIN.md §2.3): a pre-filled running number, formulas that give "" or
// #N/A, a lone "x" in a mark column. They are the empty rows of the form, not data: no record, no issue, no count.
import type { CellValue } from '../grid';
import { isExcelError } from '../grid';
import type { HeaderMatch } from './header';

/** Household mark columns: a lone tick in one of them is what a template or a cleared row leaves behind. */
const MARK_FIELDS = ['poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily', 'genderMale', 'genderFemale'];
const MARKS = new Set(['x', 'X', 'v', 'V', '✓', '✔', '√', '☑']);
const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const RUNNING_NUMBER = /^\d{1,6}[.)]?$/;

const OTHER = 0;
const NUMBERING = 1;
const MARK = 2;

/** Text made only of spaces, checked without trimming (most cells fail on their first character). */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 160) return false;
  }
  return true;
}

/** What a formula leaves when its lookup found nothing: "" or an Excel error, as a value or as exported text. */
function formulaLeftover(v: CellValue): boolean {
  if (typeof v === 'string') return blank(v) || (v.charCodeAt(0) === 35 && ERROR_TEXT.test(v.trim()));
  return isExcelError(v);
}

function runningNumber(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && v.length <= 8 && RUNNING_NUMBER.test(v.trim());
}

function mark(v: CellValue): boolean {
  if (typeof v === 'string') return v.length <= 3 && MARKS.has(v.trim());
  return v === true || v === 1;
}

/**
 * What a row is to a template: 'data'; 'empty' (a running number and blanks); 'traces' (an error or a tick left too,
 * which below the last data row is the template's, but between data rows may be a real row that lost its values).
 */
export type TemplateRow = 'data' | 'empty' | 'traces';

/**
 * A test telling the empty rows of a template from data rows, for one header: a row is a template row when all
 * it holds is one running number (in the STT column, or an unnamed first column), formulas' "" or errors, and at
 * most one tick in a mark column. Anything else (a birth year, a village, a CCCD without a name) makes it data.
 */
export function templateRowTest(header: HeaderMatch): (row: CellValue[]) => TemplateRow {
  let width = 0;
  for (const c of header.columns.values()) width = Math.max(width, c + 1);
  let first = Infinity;
  for (const h of header.headers) if (h.text && h.c < first) first = h.c;
  if (first === Infinity) first = 0;
  width = Math.max(width, first + 1);
  const roles = new Uint8Array(width);
  const stt = header.columns.get('stt');
  if (stt !== undefined) roles[stt] = NUMBERING;
  // A running number may also sit in the table's first column, or left of it under no header at all.
  for (let c = 0; c < first; c++) roles[c] = NUMBERING;
  const firstField = header.headers.find((h) => h.c === first)?.field ?? null;
  if (firstField === null || firstField === 'stt') roles[first] = NUMBERING;
  for (const f of MARK_FIELDS) {
    const c = header.columns.get(f);
    if (c !== undefined) roles[c] = MARK;
  }
  return (row) => {
    let numbers = 0;
    let marks = 0;
    let traces = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      if (formulaLeftover(v)) {
        traces ||= typeof v !== 'string' || !blank(v);
        continue;
      }
      const role = c < width ? roles[c] : OTHER;
      if (role === NUMBERING && numbers === 0 && runningNumber(v)) numbers++;
      else if (role === MARK && marks === 0 && mark(v)) marks++;
      else return 'data';
    }
    return traces || marks > 0 ? 'traces' : 'empty';
  };
}
