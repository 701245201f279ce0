// The shape of a report read from its plain paragraphs: numbered headings (the document's outline), the title block,
// the closing, the results part and the plans part, and the year the body reports on. Computed once and shared by
// the checks. A heading is a paragraph in a Word heading style, or a short stand-alone paragraph that looks like one;
// numbered answer options, lists of tasks and enumerations inside a paragraph are not (see isListItem).
import { mode } from '../year';
import type { CheckOptions } from './types';
import { WL, WR } from './text';

/** 'part': "Phần I", "PHẦN THỨ HAI" — the parts some reports are cut in, above their Roman sections. */
export type HeadingStyle = 'part' | 'roman' | 'arabic' | 'arabic-paren' | 'decimal' | 'letter';

export interface Heading {
  paragraph: number;
  style: HeadingStyle;
  /** Position in its sequence: I → 1, 3 → 3, c → index in LETTERS. */
  value: number;
  /** The marker as written, for messages: "II.", "3.", "b)". */
  label: string;
  /** For "2.1." headings, the "2". */
  parentValue?: number;
}

export interface ReportStructure {
  /** The paragraphs in Unicode NFC, so patterns see one spelling of each letter. */
  text: string[];
  headings: Heading[];
  headingAt: Map<number, Heading>;
  /** Paragraphs [0, titleEnd) are the title block (before the first section heading). */
  titleEnd: number;
  /** Paragraphs [closingStart, n) are the closing ("Trên đây là…", Nơi nhận, signature). */
  closingStart: number;
  /** Paragraphs under a top-level heading about plans ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ…"). */
  future: Set<number>;
  /** The year under review: given, or the most frequent year the results part names; null when unknown. */
  year: number | null;
  /** Per paragraph: the 0-based table it sits in, or null in the body (unknown: null everywhere). */
  table: ReadonlyArray<number | null>;
  /** The add-in's own notes ("[Cần kiểm tra: …]", core/report/model.ts checkNote) as written; in `text` they are
   *  blanked out, so the figures they quote are not read as claims of the report. */
  notes: Array<{ paragraph: number; start: number; end: number; text: string }>;
  /** A form to be filled in (its title "PHIẾU KHẢO SÁT", "PHIẾU LẤY Ý KIẾN"…, or "MẪU …"): its blanks are its purpose. */
  form: boolean;
}

/** A form's title, among the first paragraphs: "PHIẾU KHẢO SÁT", "Phiếu điều tra", "MẪU PHIẾU …". */
const FORM_TITLE = /^\s*(?:mẫu\s+)?phiếu\s+\p{L}/iu;

/** The note the add-in writes into a report where the registers hold a figure that cannot be true. */
const OWN_NOTE = /\[Cần kiểm tra:[^\]]*\]/gu;

/** Vietnamese letter order (with đ and ư) plus the Latin letters some clerks use (f, j, w, z). */
export const LETTERS = 'abcdđefghijklmnopqrstuưvwxyz';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function romanLabel(n: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

// A heading is a marker then a word: "II. PHƯƠNG HƯỚNG", "2. Kết quả", "2.1. Về", "b) Về", "đ. Công tác".
// "I.KẾT QUẢ" is a heading, "V.v báo cáo" (về việc) is not: glued to the dot, only a capital starts a title.
const ROMAN = /^\s*((?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))\.(?:\s*(?=[\p{Lu}"“(])|\s+(?=\p{L}))/u;
const DECIMAL = /^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=[\p{L}"“(])/u;
const ARABIC = /^\s*(\d{1,2})\.\s+(?=[\p{L}"“(])/u;
const ARABIC_PAREN = /^\s*(\d{1,2})\)\s+(?=[\p{L}"“(])/u;
const LETTER = /^\s*([a-zđư])\s?[.)/]\s+(?=[\p{L}"“(])/u;

/** Headings are short lines, or a short run-in title ("1. Công tác tuyên truyền: …") before the body text. */
function headingLike(text: string, markerEnd: number): boolean {
  if (text.length <= 250) return true;
  const rest = text.slice(markerEnd, markerEnd + 100);
  return /^[^.:;]{3,90}[:.]\s/u.test(rest);
}

const PART = /^\s*phần\s+(?:thứ\s+(nhất|hai|ba|tư|năm|sáu)|([IVX]{1,4})|(\d{1,2}))\s*[.:]?\s*(?:$|[-–:]?\s*\p{Lu})/iu;
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu'];

export function readHeading(text: string, paragraph: number): Heading | null {
  const part = PART.exec(text);
  if (part && text.length <= 120) {
    const value = part[1] ? ORDINALS.indexOf(part[1].toLowerCase()) + 1 : part[2] ? romanValue(part[2].toUpperCase()) : Number(part[3]);
    const label = part[1] ? `Phần thứ ${part[1].toLowerCase()}` : `Phần ${part[2]?.toUpperCase() ?? part[3]}`;
    return { paragraph, style: 'part', value, label };
  }
  let m = ROMAN.exec(text);
  if (m && m[1] && headingLike(text, m[0].length)) return { paragraph, style: 'roman', value: romanValue(m[1]), label: `${m[1]}.` };
  m = DECIMAL.exec(text);
  if (m && headingLike(text, m[0].length)) return { paragraph, style: 'decimal', value: Number(m[2]), parentValue: Number(m[1]), label: `${m[1]}.${m[2]}.` };
  m = ARABIC.exec(text);
  if (m && headingLike(text, m[0].length)) return { paragraph, style: 'arabic', value: Number(m[1]), label: `${m[1]}.` };
  m = ARABIC_PAREN.exec(text);
  if (m && headingLike(text, m[0].length)) return { paragraph, style: 'arabic-paren', value: Number(m[1]), label: `${m[1]})` };
  m = LETTER.exec(text);
  if (m && headingLike(text, m[0].length)) {
    const mark = text.slice(m.index, m[0].length).trim().slice(-1);
    return { paragraph, style: 'letter', value: LETTERS.indexOf(m[1]) + 1, label: `${m[1]}${mark}` };
  }
  return null;
}

const PLANS = /phương hướng|nhiệm vụ|kế hoạch|giải pháp/iu;
const CLOSING = /^\s*(?:trên đây là|nơi nhận)/iu;

/** "năm 2023" mentions that speak of the year itself, not of a comparison, a law or a school year. */
export const YEAR_MENTION = new RegExp(String.raw`${WL}năm\s+(\d{4})(?!\d)`, 'giu');
const NOT_THE_YEAR = new RegExp(String.raw`${WL}(?:so với|so sánh|cùng kỳ|từ|đến|trước|giai đoạn|luật|nghị định|nghị quyết|thông tư|chỉ thị|hiến pháp)${WR}[^;.]{0,30}$|tháng\s*\d{1,2}\s*$|[/-]\s*$`, 'iu');

/** Years a paragraph names as "năm YYYY", without dates, comparisons and legal references. */
export function plainYears(text: string): Array<{ year: number; start: number; end: number }> {
  const out: Array<{ year: number; start: number; end: number }> = [];
  for (const m of text.matchAll(YEAR_MENTION)) {
    const start = m.index ?? 0;
    if (NOT_THE_YEAR.test(text.slice(Math.max(0, start - 40), start))) continue;
    out.push({ year: Number(m[1]), start, end: start + m[0].length });
  }
  return out;
}

/** The marker's next value written later in the same paragraph: "1. Có   2. Không", "a) Nam; b) Nữ". */
function enumeratesInline(h: Heading, t: string): boolean {
  if (h.style === 'roman' || h.style === 'decimal') return false;
  const mark = h.label.slice(-1) === ')' ? '\\)' : '[.)]';
  const letter = LETTERS[h.value - 1] ?? '';
  const next = h.style === 'letter'
    ? `[${['abcdđeghiklmnopqrstuưvxy', 'abcdefghijklmnopqrstuvwxyz'].map((seq) => (seq.includes(letter) ? seq[seq.indexOf(letter) + 1] ?? '' : '')).join('')}]`
    : String(h.value + 1);
  if (next === '[]') return false;
  const rest = t.slice(t.search(/[.)/]/u) + 1);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${next}\s?${mark}\s`, 'u').test(rest);
}

/** Text that cannot be a heading: a question, an item of a running sentence (";", ","), a long sentence. */
function readsAsItem(t: string, h: Heading): boolean {
  const body = t.trim();
  if (/[;,]$/u.test(body) || body.includes('?')) return true;
  if (h.style === 'roman') return false;
  // A stand-alone heading is a title, not a paragraph: long text is a heading only as a run-in title ("1. Công tác
  // tuyên truyền: …", checked by headingLike).
  return body.length > 160 && !/^[^.:;]{3,90}[:.]\s/u.test(body.slice(h.label.length + 1).trim());
}

/**
 * The paragraphs that are headings. Word heading styles are taken as given; without one, a paragraph with a
 * heading marker is a heading unless it reads as an item: numbered options or tasks that follow each other with
 * nothing between (an answer list, a list of tasks), an enumeration inside one paragraph, a question, or text in a
 * table. Roman numerals always mark sections.
 */
function readHeadings(text: string[], layout: CheckOptions['layout']): Heading[] {
  const inTable = (i: number) => (layout?.table?.[i] ?? null) !== null;
  const styled = (i: number) => (layout?.outlineLevel?.[i] ?? null) !== null;
  const marked = text.map((t, i) => (inTable(i) ? null : readHeading(t, i)));
  // Neighbours skip empty paragraphs and table cells: an answer list may be spaced by blank lines.
  const near = (i: number, step: -1 | 1): number => {
    for (let j = i + step; j >= 0 && j < text.length; j += step) if (!inTable(j) && text[j].trim()) return j;
    return -1;
  };
  const sameKind = (a: Heading, b: Heading | null | undefined) => !!b && a.style === b.style && (a.style !== 'letter' || a.label.slice(-1) === b.label.slice(-1));
  const item = marked.map((h, i) => !!h && !styled(i) && (readsAsItem(text[i], h) || enumeratesInline(h, text[i])));
  // In order: an item's list goes on through the next numbered paragraph of its kind that ends a sentence ("3. …;"
  // then "4. … .") or takes the next number; and a "1." right under a heading of the same style starts a list (a
  // sub-heading would take another style: "3. Kiến nghị" then "1. Đề nghị UBND huyện …").
  const isNext = (h: Heading, prev: Heading) => h.value === prev.value + 1 || (h.style === 'letter' && h.value === prev.value + 2);
  marked.forEach((h, i) => {
    const prev = near(i, -1);
    const p = prev >= 0 ? marked[prev] : null;
    if (!h || item[i] || styled(i) || h.style === 'roman' || h.style === 'part' || !p || !sameKind(h, p)) return;
    if (item[prev]) item[i] = /[.;,]$/u.test(text[i].trim()) || isNext(h, p); // a title ("3. Tổ chức thực hiện") is no sentence
    else if (h.value === 1 && p.value !== 1) item[i] = true;
  });
  // Numbered paragraphs of one kind that follow each other with nothing between are a list (answer options, tasks).
  const candidate = (j: number) => (j >= 0 && !item[j] ? marked[j] : null);
  const out: Heading[] = [];
  marked.forEach((h, i) => {
    if (!h) return;
    if (styled(i)) return void out.push(h);
    if (item[i]) return;
    if (h.style !== 'roman' && h.style !== 'part' && (sameKind(h, candidate(near(i, -1))) || sameKind(h, candidate(near(i, 1))))) return;
    out.push(h);
  });
  return out;
}

/** Per paragraph, the 0-based table whose paragraphs hold it (outermost tables in order), or null. */
function tableOfParagraphs(n: number, tables: NonNullable<CheckOptions['tables']>): Array<number | null> | null {
  if (!tables.length) return null;
  const out: Array<number | null> = new Array<number | null>(n).fill(null);
  let k = -1;
  let end = -1;
  for (const t of [...tables].sort((a, b) => a.start - b.start)) {
    if (t.start < end) continue; // nested in the table before
    k++;
    end = t.end;
    for (let i = Math.max(0, t.start); i < Math.min(n, t.end); i++) out[i] = k;
  }
  return out;
}

export function readStructure(paragraphs: string[], options: CheckOptions = {}): ReportStructure {
  const notes: ReportStructure['notes'] = [];
  const text = paragraphs.map((p, i) => p.normalize('NFC').replace(OWN_NOTE, (m, start: number) => {
    notes.push({ paragraph: i, start, end: start + m.length, text: m });
    return ' '.repeat(m.length);
  }));
  // Without a layout, the tables read with their cells (the Word pane's) tell which paragraphs are in a table.
  const fromTables = options.layout?.table ? null : tableOfParagraphs(text.length, options.tables ?? []);
  const layout = fromTables ? { ...options.layout, table: fromTables } : options.layout;
  const headings = readHeadings(text, layout);
  const table = text.map((_, i) => layout?.table?.[i] ?? null);
  const headingAt = new Map(headings.map((h) => [h.paragraph, h]));
  const romans = headings.filter((h) => h.style === 'roman' || h.style === 'part');
  const first = romans[0] ?? headings[0];
  const titleEnd = first && first.paragraph <= 40 ? first.paragraph : 0;
  const lastHeading = headings.length ? headings[headings.length - 1].paragraph : titleEnd;
  let closingStart = text.length;
  for (let i = Math.max(titleEnd, lastHeading); i < text.length; i++) if (CLOSING.test(text[i])) { closingStart = i; break; }
  const future = new Set<number>();
  const results: number[] = [];
  let inFuture = false;
  let partFuture = false;
  const plans = (t: string) => PLANS.test(t) && !/kết quả/iu.test(t);
  for (let i = titleEnd; i < closingStart; i++) {
    const h = headingAt.get(i);
    // A part's title may sit on the next line ("Phần II" / "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024").
    if (h?.style === 'part') inFuture = partFuture = plans(`${text[i]} ${text.slice(i + 1, i + 3).find((t) => t.trim()) ?? ''}`);
    if (h?.style === 'roman') inFuture = partFuture || plans(text[i]);
    if (inFuture) future.add(i);
    else if (!h) results.push(i);
  }
  const years = results.flatMap((i) => plainYears(text[i]).map((y) => y.year)).filter((y) => y >= 1990 && y <= 2100);
  const year = options.year ?? mode(years);
  const form = text.filter((t) => t.trim()).slice(0, 8).some((t) => FORM_TITLE.test(t));
  return { text, headings, headingAt, titleEnd, closingStart, future, year, table, notes, form };
}
