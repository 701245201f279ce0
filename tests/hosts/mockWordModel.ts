/// <reference types="office-js" />
// A Word document model behind hand-made Office.js proxies, for the Word adapter's tests and the bench's sync
// counts. They keep the Office.js contract where it matters: a property that is read must have been loaded and
// synced in the same Word.run, and a ClientResult's value exists only after a sync.
import type { WordRun } from '../../src/hosts/word/officeWord';

// ---------------------------------------------------------------------------------------------------------------
// A document model behind hand-made Word proxies.

export class Doc {
  body: MNode[] = [];
  /** Bumped by every Word.run: what was loaded in one request context is not readable in the next. */
  generation = 0;
  pending: Array<() => void> = [];
  /** Every API method called, in order ("insertParagraph End <text>", …). */
  calls: string[] = [];
  private caret!: MParagraph;
  /** The caret sits at the start of the cursor's paragraph (after an insert); setting `cursor` puts it at the end. */
  cursorAtStart = false;
  get cursor(): MParagraph {
    return this.caret;
  }
  set cursor(p: MParagraph) {
    this.caret = p;
    this.cursorAtStart = false;
  }
  selected: string | null = null;
  nextId = 1;
  /** Range.expandTo fails at sync (ItemNotFound), as a host without a union of the two ranges would. */
  failExpandTo = false;

  flush(): void {
    const work = this.pending;
    this.pending = [];
    for (const w of work) w();
  }

  containerOf(node: MNode): MNode[] {
    const search = (list: MNode[]): MNode[] | null => {
      if (list.includes(node)) return list;
      for (const n of list) {
        if (n instanceof MControl) {
          const found = search(n.children);
          if (found) return found;
        }
      }
      return null;
    };
    const c = search(this.body);
    if (!c) throw new Error('node not in the document');
    return c;
  }

  insertNear(anchor: MNode, node: MNode, where: 'Before' | 'After'): void {
    const list = this.containerOf(anchor);
    list.splice(list.indexOf(anchor) + (where === 'After' ? 1 : 0), 0, node);
  }
}

export type MNode = MParagraph | MTable | MControl;

export function paragraphsOf(nodes: MNode[]): MParagraph[] {
  return nodes.flatMap((n) => (n instanceof MParagraph ? [n] : n instanceof MTable ? n.cells.flat().map((c) => c.body.paragraph) : paragraphsOf(n.children)));
}

export function controlsOf(nodes: MNode[]): MControl[] {
  return nodes.flatMap((n) => (n instanceof MControl ? [n, ...controlsOf(n.children)] : []));
}

/** Text as Word reports it for a control: paragraphs end with \r, cells with \t. */
export function wordText(nodes: MNode[]): string {
  return nodes.map((n) => (n instanceof MParagraph ? n.plain() : n instanceof MTable ? n.cells.map((r) => r.map((c) => c.body.paragraph.plain()).join('\t')).join('\r') : wordText(n.children))).join('\r');
}

export class Loadable {
  private loaded = new Map<string, number>();
  constructor(protected readonly doc: Doc) {}
  load(props = '*'): this {
    this.doc.pending.push(() => this.markLoaded(props.split(',').map((p) => p.trim())));
    return this;
  }
  markLoaded(props: string[]): void {
    for (const p of [...props, '$any']) this.loaded.set(p, this.doc.generation);
  }
  protected guard<T>(prop: string, value: T): T {
    const g = this.loaded.get(prop) ?? this.loaded.get('*');
    if (g !== this.doc.generation) throw new Error(`PropertyNotLoaded: ${prop} read without load and sync`);
    return value;
  }
  get isNullObject(): boolean {
    return this.guard('$any', false);
  }
  /** Methods that would interpret text: the adapter must never call them. */
  insertHtml(): void {
    this.doc.calls.push('FORBIDDEN insertHtml');
  }
  insertOoxml(): void {
    this.doc.calls.push('FORBIDDEN insertOoxml');
  }
  insertField(): void {
    this.doc.calls.push('FORBIDDEN insertField');
  }
}

export class MNull extends Loadable {
  override get isNullObject(): boolean {
    return this.guard('$any', true);
  }
  get tag(): string {
    throw new Error('read on a null object');
  }
}

export class MFont {
  name?: string;
  size?: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
}

export class MRun {
  font = new MFont();
  constructor(readonly value: string) {}
}

export class MResult<T> {
  private ready = false;
  constructor(doc: Doc, private readonly compute: () => T) {
    doc.pending.push(() => (this.ready = true));
  }
  get value(): T {
    if (!this.ready) throw new Error('ClientResult read before sync');
    return this.compute();
  }
}

export class MParagraph extends Loadable {
  runs: MRun[];
  font = new MFont();
  styleBuiltIn?: string;
  alignment?: string;
  firstLineIndent?: number;
  leftIndent?: number;
  rightIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: number;
  constructor(doc: Doc, text = '') {
    super(doc);
    this.runs = text ? [new MRun(text)] : [];
  }
  plain(): string {
    return this.runs.map((r) => r.value).join('');
  }
  get text(): string {
    return this.guard('text', this.plain());
  }
  /** 1 in a table's cell, 0 in the body (the model has no nested tables). */
  get tableNestingLevel(): number {
    const inTable = (nodes: MNode[]): boolean => nodes.some((n) => (n instanceof MTable ? n.cells.flat().some((c) => c.body.paragraph === this) : n instanceof MControl && inTable(n.children)));
    return this.guard('tableNestingLevel', inTable(this.doc.body) ? 1 : 0);
  }
  insertText(text: string, where: string): MRun {
    this.doc.calls.push(`paragraph.insertText ${where} ${text}`);
    const run = new MRun(text);
    if (where === 'Start') this.runs.unshift(run);
    else this.runs.push(run);
    return run;
  }
  insertParagraph(text: string, where: 'Before' | 'After'): MParagraph {
    this.doc.calls.push(`paragraph.insertParagraph ${where} ${text}`);
    const p = new MParagraph(this.doc, text);
    this.doc.insertNear(this, p, where);
    return p;
  }
  insertContentControl(): MControl {
    this.doc.calls.push('paragraph.insertContentControl');
    const list = this.doc.containerOf(this);
    const cc = new MControl(this.doc, [this]);
    list.splice(list.indexOf(this), 1, cc);
    return cc;
  }
  delete(): void {
    this.doc.calls.push('paragraph.delete');
    const list = this.doc.containerOf(this);
    list.splice(list.indexOf(this), 1);
  }
  getRange(where = 'Whole'): MRange {
    return rangeOf(this.doc, this, where === 'Start' ? 'start' : 'whole');
  }
  select(): void {
    this.doc.calls.push('paragraph.select');
    this.doc.selected = this.plain();
  }
}

export class MCollection<T extends Loadable> extends Loadable {
  private snapshot: T[] = [];
  constructor(doc: Doc, private readonly live: () => T[]) {
    super(doc);
  }
  override load(props = ''): this {
    this.doc.pending.push(() => {
      this.snapshot = this.live();
      const itemProps = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
      for (const item of this.snapshot) item.markLoaded(itemProps);
      this.markLoaded(['items']);
    });
    return this;
  }
  get items(): T[] {
    return this.guard('items', this.snapshot);
  }
  getFirst(): T {
    const all = this.live();
    if (!all.length) throw new Error('ItemNotFound');
    return all[0];
  }
  getLast(): T {
    const all = this.live();
    if (!all.length) throw new Error('ItemNotFound');
    return all[all.length - 1];
  }
}

export class MControlCollection extends MCollection<MControl> {
  constructor(doc: Doc, private readonly all: () => MControl[]) {
    super(doc, all);
  }
  getByTag(tag: string): MCollection<MControl> {
    this.doc.calls.push(`contentControls.getByTag ${tag}`);
    return new MCollection(this.doc, () => this.all().filter((c) => c.tagValue === tag));
  }
}

export class MControl extends Loadable {
  id: number;
  tagValue = '';
  titleValue = '';
  appearance?: string;
  locked = false;
  constructor(doc: Doc, public children: MNode[]) {
    super(doc);
    this.id = doc.nextId++;
  }
  set tag(v: string) {
    this.tagValue = v;
  }
  get tag(): string {
    return this.guard('tag', this.tagValue);
  }
  set title(v: string) {
    this.titleValue = v;
  }
  get title(): string {
    return this.guard('title', this.titleValue);
  }
  get text(): string {
    return this.guard('text', wordText(this.children));
  }
  get cannotEdit(): boolean {
    return this.guard('cannotEdit', this.locked);
  }
  get paragraphs(): MCollection<MParagraph> {
    return new MCollection(this.doc, () => paragraphsOf(this.children));
  }
  insertParagraph(text: string, where: 'Start' | 'End' | 'Before' | 'After'): MParagraph {
    this.doc.calls.push(`control.insertParagraph ${where} ${text}`);
    const p = new MParagraph(this.doc, text);
    if (where === 'End') this.children.push(p);
    else if (where === 'Start') this.children.unshift(p);
    else this.doc.insertNear(this, p, where);
    return p;
  }
  insertTable(rows: number, columns: number, where: string, values: string[][]): MTable {
    this.doc.calls.push(`control.insertTable ${where} ${rows}x${columns}`);
    const t = new MTable(this.doc, rows, columns, values);
    if (where !== 'End') throw new Error('the adapter inserts tables at the end of its control');
    this.children.push(t);
    return t;
  }
  clear(): void {
    this.doc.calls.push(`control.clear ${this.tagValue}`);
    if (this.locked) throw new Error('AccessDenied');
    this.children = [new MParagraph(this.doc)];
  }
  getRange(where: string): { select(mode: string): void } {
    return {
      select: () => {
        this.doc.selected = `${where} ${this.tagValue}`;
        if (where !== 'After') return;
        // As Word does: the caret goes to the start of the paragraph after the control.
        const all = paragraphsOf(this.doc.body);
        const inside = paragraphsOf(this.children);
        const next = all[all.indexOf(inside[inside.length - 1]) + 1];
        if (next) {
          this.doc.cursor = next;
          this.doc.cursorAtStart = true;
        }
      },
    };
  }
}

export class MRow {
  font = new MFont();
  horizontalAlignment?: string;
}

export class MCell {
  horizontalAlignment?: string;
  columnWidth?: number;
  readonly body: { paragraph: MParagraph; font: MFont; insertText(text: string, where: string): MRun };
  constructor(doc: Doc, value: string, readonly parentRow: MRow) {
    const paragraph = new MParagraph(doc, value);
    this.body = { paragraph, font: new MFont(), insertText: (text, where) => paragraph.insertText(text, where) };
  }
}

export class MBorder {
  type?: string;
  width?: number;
  color?: string;
}

export class MTable extends Loadable {
  cells: MCell[][];
  rows: MRow[];
  font = new MFont();
  styleBuiltIn?: string;
  headerRowCount?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: Record<string, MBorder> = {};
  merges: number[][] = [];
  range: { styleBuiltIn?: string } = {};
  constructor(doc: Doc, rowCount: number, columnCount: number, values: string[][]) {
    super(doc);
    this.rows = Array.from({ length: rowCount }, () => new MRow());
    this.cells = this.rows.map((row, r) => Array.from({ length: columnCount }, (_, c) => new MCell(doc, values[r]?.[c] ?? '', row)));
  }
  get rowCount(): number {
    return this.guard('rowCount', this.cells.length);
  }
  getCell(r: number, c: number): MCell {
    const cell = this.cells[r]?.[c];
    if (!cell) throw new Error(`no cell ${r},${c}`);
    return cell;
  }
  getBorder(side: string): MBorder {
    return (this.borders[side] ??= new MBorder());
  }
  getRange(): { styleBuiltIn?: string } {
    return this.range;
  }
  mergeCells(top: number, first: number, bottom: number, last: number): void {
    this.doc.calls.push(`table.mergeCells ${top},${first} ${bottom},${last}`);
    this.merges.push([top, first, bottom, last]);
  }
  insertParagraph(text: string, where: 'Before' | 'After'): MParagraph {
    this.doc.calls.push(`table.insertParagraph ${where} ${text}`);
    const p = new MParagraph(this.doc, text);
    this.doc.insertNear(this, p, where);
    return p;
  }
}

/** A range over one paragraph: all of it, its start, or the caret inside it (not at its start). */
export interface MRange {
  paragraph: MParagraph;
  at: 'whole' | 'start' | 'caret';
  compareLocationWith(other: MRange): MResult<string>;
  /** The range from the start of the first of the two to the end of the last, in document order (WordApi 1.3). */
  expandTo(other: MRange): MSpan;
}

/** A range over whole paragraphs, first to last: its paragraphs are those it touches. */
export interface MSpan {
  paragraphs: MCollection<MParagraph>;
}

export function rangeOf(doc: Doc, paragraph: MParagraph, at: MRange['at']): MRange {
  return {
    paragraph,
    at,
    compareLocationWith: (other) => new MResult(doc, () => (other.paragraph === paragraph && other.at === at ? 'Equal' : 'Before')),
    expandTo: (other) => {
      doc.calls.push('range.expandTo');
      if (doc.failExpandTo) doc.pending.push(() => {
        throw new Error('ItemNotFound');
      });
      return {
        paragraphs: new MCollection(doc, () => {
          const all = paragraphsOf(doc.body);
          const [a, b] = [all.indexOf(paragraph), all.indexOf(other.paragraph)];
          // A range that only touches the start of a paragraph after it (other.at 'start') does not hold it.
          const last = Math.max(a, b) === b && other.at === 'start' && b > a ? b - 1 : Math.max(a, b);
          return all.slice(Math.min(a, b), last + 1);
        }),
      };
    },
  };
}

/** The document API the adapter sees, over the model. */
export function documentApi(doc: Doc) {
  const innermost = <T extends MNode>(kind: new (...args: never[]) => T): T | undefined => {
    const path = (nodes: MNode[]): MNode[] | null => {
      for (const n of nodes) {
        if (n === doc.cursor) return [];
        if (n instanceof MTable && n.cells.flat().some((c) => c.body.paragraph === doc.cursor)) return [n];
        if (n instanceof MControl) {
          const inner = path(n.children);
          if (inner) return [n, ...inner];
        }
      }
      return null;
    };
    return (path(doc.body) ?? []).filter((n): n is T => n instanceof kind).pop();
  };
  return {
    getSelection: () => ({
      paragraphs: { getLast: () => doc.cursor },
      getRange: (where: string) => rangeOf(doc, doc.cursor, where === 'Start' && doc.cursorAtStart ? 'start' : 'caret'),
      get parentContentControlOrNullObject() {
        return innermost(MControl) ?? new MNull(doc);
      },
      get parentTableOrNullObject() {
        return innermost(MTable) ?? new MNull(doc);
      },
    }),
    body: {
      paragraphs: new MCollection(doc, () => paragraphsOf(doc.body)),
      getRange: (where: string) => {
        if (where !== 'Start') throw new Error(`body.getRange ${where} is not modelled`);
        const first = paragraphsOf(doc.body)[0];
        if (!first) throw new Error('ItemNotFound');
        return rangeOf(doc, first, 'start');
      },
    },
    contentControls: new MControlCollection(doc, () => controlsOf(doc.body)),
  };
}

/** Word.run over the model: a fresh office-addin-mock context per run, its sync completing the queued loads. */

/** Word.run over the model with a plain request context whose sync completes the queued loads. */
export function plainRun(doc: Doc): WordRun {
  return async (batch) => {
    doc.generation++;
    doc.pending = [];
    const context = { document: documentApi(doc), sync: async () => doc.flush() };
    return batch(context as unknown as Word.RequestContext);
  };
}
