// Finds the header rows of a register and maps its columns to fields, whatever the wording, order or start cell.
import type { Grid, CellValue } from '../grid';
import { gridWidth, isEmpty } from '../grid';
import { fold, nfc, cleanSpaces } from '../text/normalize';
import { HeaderWords, matchField, type Vocabulary } from './vocabulary';
import { householdVocabulary } from '../registers/households/fields';
import { awardVocabulary } from '../registers/awards/fields';
import { personVocabulary } from '../registers/persons/fields';

export type RegisterKind = 'households' | 'persons' | 'awards';

/** One column of the header as read, and the field it was taken as (null: unknown, 'ignored': a signature column). */
export interface HeaderColumn {
  /** 0-based grid column offset. */
  c: number;
  text: string;
  field: string | null;
}

export interface HeaderMatch {
  kind: RegisterKind;
  /** 0-based grid row offsets of the header rows (one or two). */
  rows: number[];
  /** field → 0-based grid column offset. */
  columns: Map<string, number>;
  headers: HeaderColumn[];
  score: number;
  /** Columns whose header named a field their values deny: let go, with examples (0-based column offsets). */
  dropped?: Array<{ field: string; c: number; examples: string[] }>;
  /** A reading of the other family (households vs awards) that scored almost as well: the kind is then in doubt. */
  rival?: { kind: RegisterKind; score: number };
}

const VOCABULARIES: Array<Vocabulary<string>> = [householdVocabulary, personVocabulary, awardVocabulary];
/** How far down a sheet the header is looked for: title blocks are a few rows, but some sheets start lower. */
const SCAN_ROWS = 80;

/** Index of merged regions by their cells, so a header cell under a merged group reads the group's text. */
export class MergeIndex {
  private readonly masterOf = new Map<number, [number, number]>();
  constructor(grid: Grid, maxRow: number) {
    for (const m of grid.merges) {
      if (m.top > maxRow) continue;
      // Large merges (a whole title row) are common; cap the cells indexed per region to keep this cheap.
      const bottom = Math.min(m.bottom, maxRow);
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= Math.min(m.right, m.left + 200); c++) this.masterOf.set(r * 65536 + c, [m.top, m.left]);
    }
  }
  master(r: number, c: number): [number, number] | undefined {
    return this.masterOf.get(r * 65536 + c);
  }
}

function text(v: CellValue): string {
  if (typeof v === 'string') return cleanSpaces(nfc(v));
  if (typeof v === 'number') return String(v);
  return '';
}

function headerText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.master(r, c);
  const [mr, mc] = m ?? [r, c];
  return text(grid.values[mr]?.[mc] ?? null);
}

function stringCount(row: CellValue[] | undefined): number {
  let n = 0;
  if (row) for (const v of row) if (typeof v === 'string' && v.trim() !== '') n++;
  return n;
}

/** A row that can sit under a header as its second row: text only, no figures or dates. */
function couldBeSubHeader(row: CellValue[] | undefined): boolean {
  if (!row || stringCount(row) === 0) return false;
  return !row.some((v) => typeof v === 'number' || v instanceof Date || typeof v === 'boolean');
}

function mapColumns(vocab: Vocabulary<string>, words: HeaderWords[], raw: string[]): { columns: Map<string, number>; headers: HeaderColumn[] } {
  const columns = new Map<string, number>();
  const headers: HeaderColumn[] = [];
  words.forEach((h, c) => {
    if (!h.full) return;
    const field = matchField(vocab, h);
    if (field && field !== 'ignored' && !columns.has(field)) {
      columns.set(field, c);
      headers.push({ c, text: raw[c], field });
    } else headers.push({ c, text: raw[c], field: field === 'ignored' ? 'ignored' : null });
  });
  return { columns, headers };
}

/** A title about awards: "… KHEN THƯỞNG", "ĐỀ NGHỊ … TẶNG GIẤY KHEN", "thi đua". */
const AWARDS_TITLE = /\b(khen thuong|thi dua|giay khen|bang khen)\b/;

const NAME_FIELD: Record<RegisterKind, string> = { households: 'headName', persons: 'personName', awards: 'recipientName' };

const CULTURAL_TITLE = /\b(gia dinh van hoa|gdvh)\b/;
/** Bare headers that are steps of the Gia đình văn hóa year when the title names it. */
const CULTURAL_STEPS = new Set(['dang ky', 'ket qua', 'dat', 'cong nhan', 'ket qua binh xet', 'ket qua danh gia']);

const HOUSEHOLD_ONLY = ['size', 'poverty', 'poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily', 'householdId', 'relation', 'householdNo'];

/**
 * What beyond the number of columns tells the kinds apart (DOMAIN.md §3): a form or recipient-kind column and a title
 * about awards for an awards list, even one with names, genders and birth dates; household-only columns and a title
 * about households or persons for a household register.
 */
function kindEvidence(kind: RegisterKind, fields: Set<string>, title: string): number {
  if (kind === 'awards') return (fields.has('form') ? 2 : 0) + (fields.has('recipientKind') ? 2 : 0) + (AWARDS_TITLE.test(title) ? 3 : 0);
  const specific = HOUSEHOLD_ONLY.filter((f) => fields.has(f)).length;
  return specific * 2 + (/\b(ho gia dinh|nhan khau|ho ngheo|gia dinh van hoa|ho dan)\b/.test(title) ? 2 : 0);
}

/**
 * A list titled as awards or proposals ("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG") with names and what each did or holds is an
 * awards list even with no form or kind column: the form is then in the title, the kind in section rows.
 */
function titledAwardList(kind: RegisterKind, fields: Set<string>, title: string): boolean {
  return kind === 'awards' && AWARDS_TITLE.test(title) && fields.has('recipientName') && (fields.has('field') || fields.has('position'));
}

/** The title rows above a header row, folded: what the sheet says it is. */
function titleAbove(grid: Grid, r: number): string {
  const parts: string[] = [];
  for (let k = Math.max(0, r - 8); k < r; k++) {
    // A title row has a cell or two; a wider row above is a table (a header printed again), not a title.
    const texts = (grid.values[k] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (texts.length <= 3) parts.push(...texts);
  }
  return fold(parts.join(' '));
}

function candidates(grid: Grid, merges: MergeIndex, r: number, width: number, twoRows: boolean, only?: RegisterKind, lenient = false): HeaderMatch[] {
  const tops: string[] = [];
  const subs: string[] = [];
  for (let c = 0; c < width; c++) {
    tops.push(headerText(grid, merges, r, c));
    const m = twoRows ? merges.master(r + 1, c) : undefined;
    // A cell merged down from the first header row has no sub-header of its own.
    subs.push(twoRows && !(m && m[0] <= r) ? headerText(grid, merges, r + 1, c) : '');
  }
  const words: HeaderWords[] = [];
  const raw: string[] = [];
  for (let c = 0; c < width; c++) {
    let top = tops[c];
    // A group header centred across its sub-columns without a merge sits only over the first of them.
    for (let k = c - 1; !top && subs[c] && k >= 0 && subs[k]; k--) top = tops[k];
    words.push(new HeaderWords(fold(top), fold(subs[c])));
    raw.push(subs[c] && subs[c] !== top ? `${top} › ${subs[c]}` : top);
  }
  const title = titleAbove(grid, r);
  // "DANH SÁCH HỘ ĐĂNG KÝ GIA ĐÌNH VĂN HÓA" over bare "Đăng ký" | "Kết quả": the title is their group header.
  if (CULTURAL_TITLE.test(title)) words.forEach((h, c) => {
    if (!h.sub && CULTURAL_STEPS.has(h.top)) words[c] = new HeaderWords('gia dinh van hoa', h.top);
  });
  return VOCABULARIES.filter((v) => !only || v.kind === only).map((vocab) => {
    const { columns, headers } = mapColumns(vocab, words, raw);
    const fields = new Set(columns.keys());
    const score = lenient || vocab.accepts(fields) || titledAwardList(vocab.kind, fields, title) ? columns.size + kindEvidence(vocab.kind, fields, title) : 0;
    return { kind: vocab.kind, rows: twoRows ? [r, r + 1] : [r], columns, headers, score };
  });
}

/**
 * Finds the best header in the sheet, or null when no register header is there. With `only`, just that kind is
 * tried; `lenient` drops the kind's minimum (a clerk's override supplies what the words did not).
 */
export function detectHeader(grid: Grid, only?: RegisterKind, lenient = false, rows?: number[]): HeaderMatch | null {
  const width = gridWidth(grid);
  const last = Math.min(grid.values.length - 1, SCAN_ROWS);
  const merges = new MergeIndex(grid, last + 1);
  let best: HeaderMatch | null = null;
  const bestOf = new Map<'households' | 'awards', HeaderMatch>();
  const starts = rows ? [rows[0]] : Array.from({ length: last + 1 }, (_, r) => r);
  for (const r of starts) {
    if (!rows && stringCount(grid.values[r]) < 2) continue;
    const options = rows && rows.length === 2 ? [] : candidates(grid, merges, r, width, false, only, lenient);
    if ((rows && rows.length === 2) || (!rows && couldBeSubHeader(grid.values[r + 1]))) {
      const pairs = candidates(grid, merges, r, width, true, only, lenient);
      // A text-only row with no name under the name column is the header's second row ("Thiếu hụt về › Việc làm |
      // Y tế"), even when its words name no field: it wins the tie against reading it as a first data row.
      // A single text cell under the header is a block heading ("THÔN AN LẠC"), never a second header row.
      if (!rows && stringCount(grid.values[r + 1]) >= 2) for (const o of pairs) if (o.score > 0 && isEmpty(grid.values[r + 1]?.[o.columns.get(NAME_FIELD[o.kind]) ?? -1] ?? null)) o.score += 1;
      options.push(...pairs);
    }
    for (const o of options) {
      if (o.score <= 0) continue;
      if (!best || o.score > best.score) best = o;
      const family = o.kind === 'awards' ? 'awards' : 'households';
      const held = bestOf.get(family);
      if (!held || o.score > held.score) bestOf.set(family, o);
    }
  }
  if (best && !only) {
    const other = bestOf.get(best.kind === 'awards' ? 'households' : 'awards');
    // Within two points (a title word, one column): the clerk is asked to confirm.
    if (other && other.score >= best.score - 2) best.rival = { kind: other.kind, score: other.score };
  }
  return best;
}

/** Builds a header match from explicit choices (a clerk's override): header rows and field → column offsets. */
export function headerFromOverride(grid: Grid, kind: RegisterKind, rows: number[], columns: Map<string, number>): HeaderMatch {
  const merges = new MergeIndex(grid, Math.max(...rows) + 1);
  const headers: HeaderColumn[] = [];
  const byColumn = new Map<number, string>();
  for (const [f, c] of columns) byColumn.set(c, f);
  for (let c = 0; c < gridWidth(grid); c++) {
    const t = rows.map((r) => headerText(grid, merges, r, c)).filter(Boolean).join(' › ');
    if (t || byColumn.has(c)) headers.push({ c, text: t, field: byColumn.get(c) ?? null });
  }
  return { kind, rows, columns, headers, score: columns.size };
}
