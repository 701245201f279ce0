// Whole-model snapshots of a workbook or a document, taken before and after an action of the add-in, and the list
// of every difference between two of them. A test states which differences the action may make (its own cells,
// its own formats, its own sheet or controls); everything else the clerk owns must come out identical.
import { a1, isExcelError, type CellValue } from '../../src/core/grid';
import type { FakeExcel, FakeSheet } from '../../src/hosts/excel/fakeExcel';
import type { FakeBlock, FakeParagraph, FakeWord } from '../../src/hosts/word/fakeWord';
import { isOurTag } from '../../src/hosts/word/port';
import { MCell, MControl, MParagraph, MTable, type Doc, type MNode } from './mockWordModel';
import type { MockSheet, MockWorkbook, Rect } from './mockExcelModel';

// ---------------------------------------------------------------------------------------------------------------
// Excel

/**
 * A cell's value with its type spelled out, so that a number and the text of its digits, a date and its serial,
 * an empty cell and an empty text never compare equal: n:4, s:"4", b:true, d:2024-12-20T00:00:00.000Z, e:#N/A.
 */
export type TypedValue = string;

export function typedValue(v: CellValue | undefined): TypedValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return `b:${v}`;
  if (v instanceof Date) return `d:${v.toISOString()}`;
  if (isExcelError(v)) return `e:${v.error}`;
  return `?:${String(v)}`;
}

/** Everything the model holds about one cell; absent keys mean "nothing there". */
export interface CellSnap {
  value?: TypedValue;
  /** The formula's text, for a formula cell (its result is `value`). */
  formula?: string;
  /** Number format; absent is General. */
  format?: string;
  /** The clerk's own fill (the fake's `fills`). */
  fill?: string;
}

export interface SheetSnap {
  visible: string;
  protected: boolean;
  cells: Record<string, CellSnap>;
  merges: string[];
  conditionalFormats: string[];
  charts: string[];
  /** Cell formatting set on ranges (the mock's record of fills, fonts, borders, alignment…), in order. */
  styles: string[];
  pageLayout: string;
  /** Names scoped to the sheet, with what they refer to. */
  names: string[];
}

export interface WorkbookSnap {
  /** Sheet names in tab order. */
  order: string[];
  sheets: Record<string, SheetSnap>;
}

function rectText(r: { top: number; left: number; bottom: number; right: number }, base: 0 | 1): string {
  const from = a1(r.top + 1 - base, r.left + 1 - base);
  const to = a1(r.bottom + 1 - base, r.right + 1 - base);
  return from === to ? from : `${from}:${to}`;
}

function compact(c: CellSnap): CellSnap | null {
  const out: CellSnap = {};
  if (c.value !== undefined) out.value = c.value;
  if (c.formula !== undefined) out.formula = c.formula;
  if (c.format !== undefined && c.format !== 'General') out.format = c.format;
  if (c.fill !== undefined) out.fill = c.fill;
  return Object.keys(out).length ? out : null;
}

function fakeSheetSnap(s: FakeSheet): SheetSnap {
  const cells: Record<string, CellSnap> = {};
  const at = (cell: string) => (cells[cell] ??= {});
  s.values.forEach((row, r) => row?.forEach((v, c) => {
    const value = typedValue(v);
    if (value !== undefined) at(a1(r + 1, c + 1)).value = value;
  }));
  for (const [cell, f] of s.formats) at(cell).format = f;
  for (const [cell, f] of s.fills) at(cell).fill = f;
  for (const [cell, c] of Object.entries(cells)) {
    const kept = compact(c);
    if (kept) cells[cell] = kept;
    else delete cells[cell];
  }
  return {
    visible: s.visible ? 'Visible' : 'Hidden',
    protected: s.protected,
    cells: sortKeys(cells),
    merges: s.merges.map((m) => rectText(m, 0)),
    conditionalFormats: s.conditionalFormats.map((f) => `${f.ours ? 'ours' : 'clerk'} ${f.color} ${f.cells.join(',')}`),
    charts: s.charts.map((c) => `${c.type} ${c.title}`),
    styles: [],
    pageLayout: '',
    names: [...(s.names ?? [])],
  };
}

/** The in-memory workbook, every sheet (hidden ones too). */
export function snapshotFake(x: FakeExcel): WorkbookSnap {
  const sheets: Record<string, SheetSnap> = {};
  for (const s of x.sheets) sheets[s.name] = fakeSheetSnap(s);
  return { order: x.sheets.map((s) => s.name), sheets };
}

const cellKey = (r: number, c: number) => `${r},${c}`;

function mockCell(s: MockSheet, r: number, c: number): CellSnap {
  const k = cellKey(r, c);
  const raw = s.raw(r, c);
  const out: CellSnap = {};
  if (s.formulas.has(k)) {
    out.formula = String(raw);
    const result = s.results.get(k);
    if (result !== undefined) out.value = typedValue(result);
  } else if (s.errors.has(k)) out.value = `e:${String(raw)}`;
  else if (raw !== '') out.value = typedValue(raw);
  const format = s.formats.get(k);
  if (format !== undefined) out.format = format;
  return out;
}

function mockSheetSnap(s: MockSheet): SheetSnap {
  const cells: Record<string, CellSnap> = {};
  const keys = new Set<string>(s.formats.keys());
  s.values.forEach((row, r) => row?.forEach((_, c) => keys.add(cellKey(r, c))));
  for (const k of keys) {
    const [r, c] = k.split(',').map(Number);
    const kept = compact(mockCell(s, r, c));
    if (kept) cells[a1(r + 1, c + 1)] = kept;
  }
  const areas = (rects: Rect[]) => rects.map((r) => rectText(r, 0)).join(',');
  return {
    visible: s.visibility,
    protected: s.protected,
    cells: sortKeys(cells),
    merges: s.merges.map((m) => rectText(m, 0)),
    conditionalFormats: s.conditionalFormats.map((f) => `${f.type} ${f.formula ?? ''} ${f.fill ?? ''} ${areas(f.areas)}`),
    charts: s.charts.map((c) => JSON.stringify(c)),
    styles: s.styleLog.map((e) => `${e.address} ${e.property}=${JSON.stringify(e.value)}`),
    pageLayout: JSON.stringify(s.pageLayout),
    names: [...s.names].map(([name, ref]) => `${name}=${ref}`),
  };
}

/** The Office.js mock workbook, every sheet (hidden and very hidden ones too). */
export function snapshotMock(wb: MockWorkbook): WorkbookSnap {
  const sheets: Record<string, SheetSnap> = {};
  for (const s of wb.sheets) sheets[s.name] = mockSheetSnap(s);
  return { order: wb.sheets.map((s) => s.name), sheets };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** One difference between two workbook snapshots. */
export interface Change {
  sheet: string;
  /** The cell, for cell-level changes. */
  cell?: string;
  /** 'sheet' (added or removed), a cell property, or a sheet-level list. */
  aspect: 'sheet' | 'order' | keyof CellSnap | 'visible' | 'protected' | 'merges' | 'conditionalFormats' | 'charts' | 'styles' | 'pageLayout' | 'names';
  before?: string;
  after?: string;
}

export function describeChange(c: Change): string {
  const where = c.cell ? `${c.sheet}!${c.cell}` : c.sheet;
  return `${where} ${c.aspect}: ${c.before ?? '∅'} → ${c.after ?? '∅'}`;
}

function listChanges(sheet: string, aspect: Change['aspect'], a: string[], b: string[]): Change[] {
  const out: Change[] = [];
  const left = [...a];
  const right = [...b];
  for (let i = left.length - 1; i >= 0; i--) {
    const j = right.indexOf(left[i]);
    if (j >= 0) {
      right.splice(j, 1);
      left.splice(i, 1);
    }
  }
  for (const x of left) out.push({ sheet, aspect, before: x });
  for (const x of right) out.push({ sheet, aspect, after: x });
  // Same items in another order still counts: the order of formats and styles decides what the clerk sees.
  if (!out.length && a.join('\n') !== b.join('\n')) out.push({ sheet, aspect, before: a.join(' | '), after: b.join(' | ') });
  return out;
}

/** Every difference from `a` to `b`. A sheet added or removed is one change; its cells are not listed. */
export function diffWorkbooks(a: WorkbookSnap, b: WorkbookSnap): Change[] {
  const out: Change[] = [];
  for (const name of a.order) if (!b.sheets[name]) out.push({ sheet: name, aspect: 'sheet', before: 'present' });
  for (const name of b.order) if (!a.sheets[name]) out.push({ sheet: name, aspect: 'sheet', after: 'present' });
  const common = a.order.filter((n) => b.sheets[n]);
  if (common.join('\n') !== b.order.filter((n) => a.sheets[n]).join('\n')) out.push({ sheet: '*', aspect: 'order', before: a.order.join(','), after: b.order.join(',') });
  for (const name of common) {
    const x = a.sheets[name];
    const y = b.sheets[name];
    if (x.visible !== y.visible) out.push({ sheet: name, aspect: 'visible', before: x.visible, after: y.visible });
    if (x.protected !== y.protected) out.push({ sheet: name, aspect: 'protected', before: String(x.protected), after: String(y.protected) });
    const cells = new Set([...Object.keys(x.cells), ...Object.keys(y.cells)]);
    for (const cell of cells) {
      const p = x.cells[cell] ?? {};
      const q = y.cells[cell] ?? {};
      for (const aspect of ['value', 'formula', 'format', 'fill'] as const) {
        if (p[aspect] !== q[aspect]) out.push({ sheet: name, cell, aspect, before: p[aspect], after: q[aspect] });
      }
    }
    out.push(...listChanges(name, 'merges', x.merges, y.merges));
    out.push(...listChanges(name, 'conditionalFormats', x.conditionalFormats, y.conditionalFormats));
    out.push(...listChanges(name, 'charts', x.charts, y.charts));
    out.push(...listChanges(name, 'styles', x.styles, y.styles));
    if (x.pageLayout !== y.pageLayout) out.push({ sheet: name, aspect: 'pageLayout', before: x.pageLayout, after: y.pageLayout });
    out.push(...listChanges(name, 'names', x.names, y.names));
  }
  return out;
}

/** The changes as sentences, for failure messages that say what was lost. */
export function describeChanges(changes: Change[]): string[] {
  return changes.map(describeChange);
}

// ---------------------------------------------------------------------------------------------------------------
// Word

/**
 * A document as nested plain data: every paragraph with its runs and formatting, every table cell, every control
 * with its tag, title and lock. `ours` replaces the content of the add-in's `baocao:*` controls with their tag, so
 * two snapshots compare the clerk's part of the document only.
 */
export type DocSnap = unknown[];

function fakeParagraphSnap(p: FakeParagraph): unknown {
  return { p: p.runs.map((r) => ({ ...r })), look: p.look ? { ...p.look } : null };
}

function fakeBlockSnap(b: FakeBlock, ours: 'full' | 'tag'): unknown {
  if (b.kind === 'paragraph') return fakeParagraphSnap(b);
  if (b.kind === 'table') return { table: b.rows.map((row) => row.map(fakeParagraphSnap)), rowKinds: [...b.rowKinds], headerRows: b.headerRows, spans: b.spans.map((s) => ({ ...s })), borders: b.borders, widths: [...b.widths] };
  if (ours === 'tag' && isOurTag(b.tag)) return { ours: b.tag };
  return { control: b.tag, title: b.title, locked: b.locked, children: b.children.map((c) => fakeBlockSnap(c, ours)) };
}

/** Blocks of the in-memory document; with `ours: 'tag'` the add-in's controls stand as their tag only. */
export function snapshotFakeBlocks(blocks: FakeBlock[], ours: 'full' | 'tag' = 'full'): DocSnap {
  return blocks.map((b) => fakeBlockSnap(b, ours));
}

/** The in-memory document; with `ours: 'tag'` the add-in's controls stand as their tag only. */
export function snapshotFakeDoc(w: FakeWord, ours: 'full' | 'tag' = 'full'): DocSnap {
  return snapshotFakeBlocks(w.body, ours);
}

function props(o: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = typeof v === 'object' && v !== null ? { ...v } : v;
  }
  return out;
}

const PARAGRAPH_KEYS = ['styleBuiltIn', 'alignment', 'firstLineIndent', 'leftIndent', 'rightIndent', 'spaceBefore', 'spaceAfter', 'lineSpacing'];

function mockParagraphSnap(p: MParagraph): unknown {
  return { p: p.runs.map((r) => ({ text: r.value, font: { ...r.font } })), font: { ...p.font }, ...props(p, PARAGRAPH_KEYS) };
}

function mockCellSnap(c: MCell): unknown {
  return { cell: mockParagraphSnap(c.body.paragraph), font: { ...c.body.font }, ...props(c, ['horizontalAlignment', 'columnWidth']) };
}

function mockNodeSnap(n: MNode, ours: 'full' | 'tag'): unknown {
  if (n instanceof MParagraph) return mockParagraphSnap(n);
  if (n instanceof MTable) {
    return {
      table: n.cells.map((row) => row.map(mockCellSnap)),
      rows: n.rows.map((r) => ({ font: { ...r.font }, ...props(r, ['horizontalAlignment']) })),
      font: { ...n.font },
      borders: Object.fromEntries(Object.entries(n.borders).map(([k, b]) => [k, { ...b }])),
      merges: n.merges.map((m) => [...m]),
      range: { ...n.range },
      ...props(n, ['styleBuiltIn', 'headerRowCount', 'horizontalAlignment', 'verticalAlignment']),
    };
  }
  if (n instanceof MControl) {
    if (ours === 'tag' && isOurTag(n.tagValue)) return { ours: n.tagValue };
    return { control: n.tagValue, title: n.titleValue, appearance: n.appearance, locked: n.locked, children: n.children.map((c) => mockNodeSnap(c, ours)) };
  }
  return { unknown: String(n) };
}

/** Nodes of the Office.js mock document; with `ours: 'tag'` the add-in's controls stand as their tag only. */
export function snapshotMockNodes(nodes: MNode[], ours: 'full' | 'tag' = 'full'): DocSnap {
  return nodes.map((n) => mockNodeSnap(n, ours));
}

/** The Office.js mock document; with `ours: 'tag'` the add-in's controls stand as their tag only. */
export function snapshotMockDoc(doc: Doc, ours: 'full' | 'tag' = 'full'): DocSnap {
  return snapshotMockNodes(doc.body, ours);
}

const isOurs = (b: unknown) => typeof b === 'object' && b !== null && 'ours' in b;

/** A tag-only snapshot with the add-in's controls taken out, at any depth: the clerk's part of the document. */
export function withoutOurs(snap: DocSnap): DocSnap {
  return snap.filter((b) => !isOurs(b)).map((b) => {
    if (typeof b !== 'object' || b === null || !('control' in b) || !('children' in b) || !Array.isArray(b.children)) return b;
    return { ...b, children: withoutOurs(b.children) };
  });
}

/** The tags of the add-in's controls at the top level of a tag-only snapshot, in order. */
export function ourTags(snap: DocSnap): string[] {
  return snap.flatMap((b) => (isOurs(b) ? [String((b as { ours: unknown }).ours)] : []));
}

/** Plain text of the clerk's paragraphs in a snapshot, for readable failure messages. */
export function paragraphTexts(snap: DocSnap): string[] {
  const texts: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.p)) texts.push(o.p.map((r) => String((r as { text?: unknown; value?: unknown }).text ?? '')).join(''));
    for (const [k, v] of Object.entries(o)) if (k !== 'p') walk(v);
  };
  walk(snap);
  return texts;
}
