/// <reference types="office-js" />
// A small Excel object model behind the Office.js proxy API, for testing the adapter's calls and round trips.
// office-addin-mock models a fixed tree of objects whose properties exist before `load`; the adapter needs ranges
// computed from addresses at sync time (used range → last row → the row under it), writes that change later
// reads, collections that grow (conditional formats, charts, sheets). So this fake keeps the Office.js contract
// by hand: calls only queue work; `context.sync()` runs the queue in order, counts itself, and makes loaded
// properties readable; reading a property that was not loaded and synced throws, as Office.js does.
import { a1, parseA1 } from '../../src/core/grid';
import type { ExcelRun } from '../../src/hosts/excel/officeRuntime';

export type Raw = string | number | boolean;

/** 0-based inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface MockConditionalFormat {
  type: string;
  formula?: string;
  fill?: string;
  areas: Rect[];
}

export interface MockChart {
  type: string;
  source: string;
  title?: string;
  series: Array<{ name?: string; values?: string; xValues?: string }>;
  position?: [string, string];
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const ERROR_LITERALS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']);

export class MockOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const key = (r: number, c: number) => `${r},${c}`;

export class MockSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  /** Raw values from A1, row by row; '' is empty. */
  values: Raw[][] = [];
  errors = new Set<string>();
  /** Cells holding a formula: their raw value is the formula's text. */
  formulas = new Set<string>();
  /** What Excel shows for formula cells (the mock does not calculate): `values` gives it, `formulas` the text. */
  results = new Map<string, Raw>();
  /** Results by formula text, so a formula written back (undo) shows the same result as before. */
  private calculated = new Map<string, Raw>();
  formats = new Map<string, string>();
  merges: Rect[] = [];
  conditionalFormats: MockConditionalFormat[] = [];
  charts: MockChart[] = [];
  /** Every formatting write (fill, font, borders…) by address, in order. */
  styleLog: Array<{ address: string; property: string; value: unknown }> = [];
  pageLayout: Record<string, unknown> = {};
  /** Names scoped to the sheet (Name Manager, scope: this sheet) and what they refer to; they go with the sheet. */
  names = new Map<string, string>();

  constructor(public name: string) {}

  /** Puts a block of values at a 1-based origin, as typed data (no parsing): the workbook's starting state. */
  put(originRow: number, originColumn: number, rows: Raw[][]): this {
    rows.forEach((row, r) => row.forEach((v, c) => this.store(originRow - 1 + r, originColumn - 1 + c, v)));
    return this;
  }

  error(address: string, literal: string): this {
    const p = parseA1(address);
    if (!p) throw new Error(address);
    this.store(p.row - 1, p.column - 1, literal);
    this.errors.add(key(p.row - 1, p.column - 1));
    return this;
  }

  /** A clerk's formula and the result Excel calculated for it. */
  formula(address: string, text: string, result: Raw): this {
    const p = parseA1(address);
    if (!p) throw new Error(address);
    this.store(p.row - 1, p.column - 1, text);
    this.formulas.add(key(p.row - 1, p.column - 1));
    this.results.set(key(p.row - 1, p.column - 1), result);
    this.calculated.set(text, result);
    return this;
  }

  store(r: number, c: number, v: Raw): void {
    const row = (this.values[r] ??= []);
    while (row.length < c) row.push('');
    row[c] = v;
    this.errors.delete(key(r, c));
    this.formulas.delete(key(r, c));
    this.results.delete(key(r, c));
  }

  /** The cell's content: a constant, or a formula's text. */
  raw(r: number, c: number): Raw {
    return this.values[r]?.[c] ?? '';
  }

  /** The cell's value as `range.values` gives it: a formula's result where it is known. */
  value(r: number, c: number): Raw {
    return this.results.get(key(r, c)) ?? this.raw(r, c);
  }

  /** The value at an A1 address as the adapter reads it. */
  at(address: string): Raw {
    const p = parseA1(address);
    return p ? this.raw(p.row - 1, p.column - 1) : '';
  }

  formatAt(address: string): string {
    const p = parseA1(address);
    return (p && this.formats.get(key(p.row - 1, p.column - 1))) || 'General';
  }

  valueType(r: number, c: number): string {
    const v = this.value(r, c);
    if (this.errors.has(key(r, c))) return 'Error';
    if (v === '') return 'Empty';
    return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
  }

  /** What Excel makes of a value written through `range.values`. */
  write(r: number, c: number, v: unknown): void {
    const k = key(r, c);
    const text = this.formats.get(k) === '@';
    // A cell formatted as text takes whatever is entered as text, numbers and booleans too (as Excel does).
    if (typeof v === 'number' || typeof v === 'boolean') return this.store(r, c, text ? (typeof v === 'boolean' ? String(v).toUpperCase() : String(v)) : v);
    if (typeof v !== 'string') throw new MockOfficeError('InvalidArgument', `cannot write ${String(v)}`);
    if (v === '') return this.store(r, c, '');
    if (text) return this.store(r, c, v);
    if (v.startsWith("'")) return this.store(r, c, v.slice(1));
    if (ERROR_LITERALS.has(v)) {
      this.store(r, c, v);
      this.errors.add(k);
      return;
    }
    if (/^[=+\-@]/.test(v) && v.length > 1 && !/^[+-]?\d+(\.\d+)?$/.test(v)) {
      this.store(r, c, v);
      this.formulas.add(k);
      const result = this.calculated.get(v);
      if (result !== undefined) this.results.set(k, result);
      return;
    }
    if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(v)) return this.store(r, c, Number(v));
    this.store(r, c, v);
  }

  usedRect(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === '') continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    });
    return top < 0 ? null : { top, left, bottom, right };
  }

  clear(rect: Rect, applyTo: string): void {
    for (let r = rect.top; r <= Math.min(rect.bottom, this.values.length - 1); r++) {
      const row = this.values[r];
      if (!row) continue;
      for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) {
        row[c] = '';
        this.errors.delete(key(r, c));
        this.formulas.delete(key(r, c));
        this.results.delete(key(r, c));
        if (applyTo === 'All') this.formats.delete(key(r, c));
      }
    }
    if (applyTo === 'All') {
      this.styleLog = [];
      this.conditionalFormats = this.conditionalFormats.filter((f) => !f.areas.some((a) => intersects(a, rect)));
    }
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function rectAddress(rect: Rect): string {
  const from = a1(rect.top + 1, rect.left + 1);
  const to = a1(rect.bottom + 1, rect.right + 1);
  return from === to ? from : `${from}:${to}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B3", "B3:D5", "Sheet!B3:D5", "C:C"-less A1 forms only (what the adapter writes). */
export function parseRect(address: string): Rect {
  const ref = address.slice(address.lastIndexOf('!') + 1).trim();
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new MockOfficeError('InvalidArgument', `bad address ${address}`);
  return { top: a.row - 1, left: a.column - 1, bottom: b.row - 1, right: b.column - 1 };
}

export class MockWorkbook {
  sheets: MockSheet[] = [];
  syncs = 0;
  active: string | null = null;
  selected: string | null = null;
  constructor(public name = 'So ho 2024.xlsx') {}

  add(sheet: MockSheet): MockSheet {
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The batch runner the adapter is given: a fresh request context per run, as Excel.run does. */
  run: ExcelRun = (batch) => batch(new MockContext(this) as unknown as Excel.RequestContext);
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies

class MockContext {
  private queue: Array<() => void> = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly model: MockWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    this.model.syncs++;
    const ops = this.queue;
    this.queue = [];
    // Office.js runs the batch in order and stops at the first failing action.
    for (const op of ops) op();
    return passThroughValue;
  }
}

/** Loaded properties become readable only once a sync has run the load. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;
  constructor(protected readonly ctx: MockContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new MockOfficeError('PropertyNotLoaded', `${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new MockOfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullState;
  }
  load(spec: string): this {
    this.ctx.enqueue(() => this.fill(spec));
    return this;
  }
  /** Runs a load now (inside a sync): plain properties, and paths through navigation properties. */
  fill(spec: string): void {
    const byHead = new Map<string, string[]>();
    for (const p of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
      const slash = p.indexOf('/');
      if (slash < 0) this.fillProperty(p);
      else {
        const head = p.slice(0, slash);
        byHead.set(head, [...(byHead.get(head) ?? []), p.slice(slash + 1)]);
      }
    }
    for (const [head, rest] of byHead) this.navigation(head).fill(rest.join(','));
  }
  protected fillProperty(prop: string): void {
    throw new MockOfficeError('InvalidArgument', `cannot load ${prop}`);
  }
  protected navigation(name: string): Loadable {
    throw new MockOfficeError('InvalidArgument', `no navigation property ${name}`);
  }
}

class WorkbookProxy extends Loadable {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(ctx: MockContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
  }
  get name(): string {
    return this.read('name');
  }
  protected override fillProperty(prop: string): void {
    if (prop !== 'name') super.fillProperty(prop);
    this.loaded.set('name', this.ctx.model.name);
    this.nullState = false;
  }
}

class WorksheetCollectionProxy extends Loadable {
  private itemList: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this.itemList) throw new MockOfficeError('PropertyNotLoaded', 'items');
    return this.itemList;
  }
  override fill(spec: string): void {
    const props = spec.split(',').map((s) => s.trim().replace(/^items\//, ''));
    this.itemList = this.ctx.model.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
    for (const item of this.itemList) item.fill(props.join(','));
  }
  getItem(name: string): WorksheetProxy {
    const find = () => {
      const s = this.ctx.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new MockOfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    };
    this.ctx.enqueue(() => void find());
    return new WorksheetProxy(this.ctx, find);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
  add(name: string): WorksheetProxy {
    let created: MockSheet | null = null;
    this.ctx.enqueue(() => {
      if (this.ctx.model.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new MockOfficeError('ItemAlreadyExists', name);
      created = this.ctx.model.add(new MockSheet(name));
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new Error('sheet used before its creation ran');
      return created;
    });
  }
}

type SheetResolver = () => MockSheet | null;

class WorksheetProxy extends Loadable {
  constructor(ctx: MockContext, readonly resolve: SheetResolver) {
    super(ctx);
  }
  private sheet(): MockSheet {
    const s = this.resolve();
    if (!s) throw new MockOfficeError('InvalidObjectPath', 'method called on a null object');
    return s;
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(() => {
      this.sheet().visibility = v as MockSheet['visibility'];
    });
  }
  // Navigation properties are the same object on every access, so what was loaded through one is read on it.
  private protectionProxy: ProtectionProxy | null = null;
  private chartsProxy: ChartCollectionProxy | null = null;
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.ctx, () => this.sheet()));
  }
  get charts(): ChartCollectionProxy {
    return (this.chartsProxy ??= new ChartCollectionProxy(this.ctx, () => this.sheet()));
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, () => this.sheet());
  }
  get pageLayout(): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    return new Proxy(target, {
      set: (_t, prop, value: unknown) => {
        this.ctx.enqueue(() => {
          this.sheet().pageLayout[String(prop)] = value;
        });
        return true;
      },
    });
  }
  protected override navigation(name: string): Loadable {
    return name === 'protection' ? this.protection : super.navigation(name);
  }
  override fill(spec: string): void {
    super.fill(spec);
    this.nullState = this.resolve() === null;
  }
  protected override fillProperty(prop: string): void {
    const s = this.resolve();
    if (prop === 'name') this.loaded.set('name', s?.name ?? null);
    else if (prop === 'visibility') this.loaded.set('visibility', s?.visibility ?? null);
    else super.fillProperty(prop);
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.active = this.sheet().name;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect: address ? parseRect(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 } }));
  }
  getRanges(address: string): RangeAreasProxy {
    if (address.length > 8192) throw new MockOfficeError('InvalidArgument', 'address longer than 8192 characters');
    return new RangeAreasProxy(this.ctx, () => ({ sheet: this.sheet(), rects: address.split(/[,;]/).map(parseRect) }));
  }
  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rect: s.usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      const rect = s.usedRect();
      return rect ? { sheet: s, rect } : null;
    });
  }
}

class NamedItemCollectionProxy {
  constructor(private readonly ctx: MockContext, private readonly sheet: () => MockSheet) {}
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => (this.sheet().names.has(name) ? name : null));
  }
  add(name: string, reference: RangeProxy, _comment?: string): NamedItemProxy {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.names.has(name)) throw new MockOfficeError('ItemAlreadyExists', name);
      const t = reference.resolve();
      if (!t) throw new MockOfficeError('InvalidArgument', 'null reference');
      sheet.names.set(name, `${sheetPrefix(t.sheet.name)}!${rectAddress(t.rect)}`);
    });
    return new NamedItemProxy(this.ctx, () => name);
  }
}

class NamedItemProxy extends Loadable {
  constructor(ctx: MockContext, private readonly resolve: () => string | null) {
    super(ctx);
  }
  get name(): string {
    return this.read('name');
  }
  override fill(spec: string): void {
    const name = this.resolve();
    this.nullState = name === null;
    if (name !== null) for (const p of spec.split(',').map((x) => x.trim())) if (p === 'name') this.loaded.set('name', name);
  }
}

class ProtectionProxy extends Loadable {
  constructor(ctx: MockContext, private readonly sheet: () => MockSheet) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protected override fillProperty(prop: string): void {
    if (prop !== 'protected') super.fillProperty(prop);
    this.loaded.set('protected', this.sheet().protected);
    this.nullState = false;
  }
}

type RangeResolver = () => { sheet: MockSheet; rect: Rect } | null;

class RangeProxy extends Loadable {
  constructor(ctx: MockContext, readonly resolve: RangeResolver) {
    super(ctx);
  }
  /** The range as resolved for the load being run (a used range is worked out once per load, not per property). */
  private resolved: { sheet: MockSheet; rect: Rect } | null = null;
  private target(): { sheet: MockSheet; rect: Rect } {
    const t = this.resolved ?? this.resolve();
    if (!t) throw new MockOfficeError('InvalidObjectPath', 'method called on a null object');
    return t;
  }
  override fill(spec: string): void {
    const t = this.resolve();
    this.nullState = t === null;
    if (!t) return;
    this.resolved = t;
    try {
      super.fill(spec);
    } finally {
      this.resolved = null;
    }
  }
  protected override fillProperty(prop: string): void {
    const { sheet, rect } = this.target();
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => f(rect.top + i, rect.left + j)));
    switch (prop) {
      case 'values':
        return void this.loaded.set(prop, grid((r, c) => sheet.value(r, c)));
      case 'formulas':
        return void this.loaded.set(prop, grid((r, c) => sheet.raw(r, c)));
      case 'valueTypes':
        return void this.loaded.set(prop, grid((r, c) => sheet.valueType(r, c)));
      case 'numberFormat':
        return void this.loaded.set(prop, grid((r, c) => sheet.formats.get(key(r, c)) ?? 'General'));
      case 'address':
        return void this.loaded.set(prop, `${sheetPrefix(sheet.name)}!${rectAddress(rect)}`);
      case 'rowIndex':
        return void this.loaded.set(prop, rect.top);
      case 'columnIndex':
        return void this.loaded.set(prop, rect.left);
      case 'rowCount':
        return void this.loaded.set(prop, rows);
      case 'columnCount':
        return void this.loaded.set(prop, columns);
      default:
        super.fillProperty(prop);
    }
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      if (v.length !== rect.bottom - rect.top + 1 || v.some((row) => row.length !== rect.right - rect.left + 1)) {
        throw new MockOfficeError('InvalidArgument', `values do not match ${rectAddress(rect)}`);
      }
      v.forEach((row, i) => row.forEach((value, j) => sheet.write(rect.top + i, rect.left + j, value)));
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  /** Writing formulas: a formula's text becomes a formula, anything else a constant, as through `values`. */
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === 'General') sheet.formats.delete(key(rect.top + i, rect.left + j));
          else sheet.formats.set(key(rect.top + i, rect.left + j), String(f));
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.model.selected = `${sheet.name}!${rectAddress(rect)}`;
    });
  }
  clear(applyTo = 'All'): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      sheet.clear(rect, applyTo);
    });
  }
  private derived(f: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: f(rect) };
    });
  }
  getLastRow(): RangeProxy {
    return this.derived((r) => ({ ...r, top: r.bottom }));
  }
  getCell(row: number, column: number): RangeProxy {
    return this.derived((r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }));
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      const merges = sheet.merges.filter((m) => intersects(m, rect));
      if (merges.length > 512) throw new MockOfficeError('GeneralException', 'more than 512 merged areas');
      return merges.length ? { sheet, rects: merges } : null;
    });
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      return { sheet, rects: [rect] };
    });
  }
  get format(): Record<string, unknown> {
    return styleProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      return { sheet, address: rectAddress(rect) };
    }, '');
  }
}

/** Formatting writes (fill.color, font.bold, borders.EdgeTop.style…) are logged on the sheet when the batch runs. */
function styleProxy(ctx: MockContext, where: () => { sheet: MockSheet; address: string }, path: string): Record<string, unknown> {
  const log = (property: string, value: unknown) =>
    ctx.enqueue(() => {
      const { sheet, address } = where();
      sheet.styleLog.push({ address, property, value });
    });
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop) => {
      const name = String(prop);
      if (name === 'autofitColumns' || name === 'autofitRows') return () => log(`${path}${name}`, true);
      if (name === 'getItem') return (item: string) => styleProxy(ctx, where, `${path}${item}.`);
      return styleProxy(ctx, where, `${path}${name}.`);
    },
    set: (_t, prop, value: unknown) => {
      log(`${path}${String(prop)}`, value);
      return true;
    },
  });
}

type AreasResolver = () => { sheet: MockSheet; rects: Rect[] } | null;

class RangeAreasProxy extends Loadable {
  constructor(ctx: MockContext, readonly resolve: AreasResolver) {
    super(ctx);
  }
  override fill(spec: string): void {
    const t = this.resolve();
    this.nullState = t === null;
    if (t) super.fill(spec);
  }
  protected override fillProperty(prop: string): void {
    const t = this.resolve();
    if (prop !== 'address' || !t) return super.fillProperty(prop);
    this.loaded.set('address', t.rects.map((r) => `${sheetPrefix(t.sheet.name)}!${rectAddress(r)}`).join(', '));
  }
  get address(): string {
    return this.read('address');
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => {
      const t = this.resolve();
      if (!t) throw new MockOfficeError('InvalidObjectPath', 'null RangeAreas');
      return t;
    });
  }
}

class ConditionalFormatCollectionProxy extends Loadable {
  private itemList: ConditionalFormatProxy[] | null = null;
  constructor(ctx: MockContext, private readonly where: () => { sheet: MockSheet; rects: Rect[] }) {
    super(ctx);
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.itemList) throw new MockOfficeError('PropertyNotLoaded', 'items');
    return this.itemList;
  }
  override fill(spec: string): void {
    const { sheet, rects } = this.where();
    const props = spec.split(',').map((s) => s.trim().replace(/^items\//, ''));
    this.itemList = sheet.conditionalFormats
      .filter((f) => f.areas.some((a) => rects.some((r) => intersects(a, r))))
      .map((f) => new ConditionalFormatProxy(this.ctx, sheet, f));
    for (const item of this.itemList) item.fill(props.join(','));
  }
  add(type: string): ConditionalFormatProxy {
    const created: MockConditionalFormat = { type, areas: [] };
    let sheet: MockSheet | null = null;
    this.ctx.enqueue(() => {
      const w = this.where();
      sheet = w.sheet;
      created.areas = w.rects;
      w.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this.ctx, () => {
      if (!sheet) throw new Error('format used before its creation ran');
      return sheet;
    }, created);
  }
}

class ConditionalFormatProxy extends Loadable {
  private readonly sheetOf: () => MockSheet;
  constructor(ctx: MockContext, sheet: MockSheet | (() => MockSheet), private readonly cf: MockConditionalFormat) {
    super(ctx);
    this.sheetOf = typeof sheet === 'function' ? sheet : () => sheet;
  }
  get type(): string {
    return this.read('type');
  }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    return this.read('customOrNullObject');
  }
  override fill(spec: string): void {
    for (const p of spec.split(',').map((s) => s.trim())) {
      if (p === 'type') this.loaded.set('type', this.cf.type);
      else if (p.startsWith('customOrNullObject/')) {
        const isNull = this.cf.type !== 'Custom';
        this.loaded.set('customOrNullObject', { isNullObject: isNull, rule: { formula: isNull ? null : this.cf.formula ?? '' } });
      } else throw new MockOfficeError('InvalidArgument', `cannot load ${p}`);
    }
    this.nullState = false;
  }
  /** `custom.rule.formula` and `custom.format.fill.color`, the two properties the adapter sets. */
  get custom(): { rule: { formula: string }; format: { fill: { color: string } } } {
    const ctx = this.ctx;
    const cf = this.cf;
    if (cf.type !== 'Custom') throw new MockOfficeError('InvalidOperation', 'custom on a non-custom format');
    return {
      rule: {
        set formula(v: string) {
          ctx.enqueue(() => void (cf.formula = v));
        },
        get formula(): string {
          throw new MockOfficeError('PropertyNotLoaded', 'custom.rule.formula');
        },
      },
      format: {
        fill: {
          set color(v: string) {
            ctx.enqueue(() => void (cf.fill = v));
          },
          get color(): string {
            throw new MockOfficeError('PropertyNotLoaded', 'custom.format.fill.color');
          },
        },
      },
    };
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== this.cf);
    });
  }
}

class ChartCollectionProxy extends Loadable {
  private itemList: ChartProxy[] | null = null;
  constructor(ctx: MockContext, private readonly sheet: () => MockSheet) {
    super(ctx);
  }
  get items(): ChartProxy[] {
    if (!this.itemList) throw new MockOfficeError('PropertyNotLoaded', 'items');
    return this.itemList;
  }
  override fill(): void {
    const sheet = this.sheet();
    this.itemList = sheet.charts.map((c) => new ChartProxy(this.ctx, () => sheet, c));
  }
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    const chart: MockChart = { type, source: '', series: [] };
    this.ctx.enqueue(() => {
      const t = source.resolve();
      if (!t) throw new MockOfficeError('InvalidArgument', 'null source');
      chart.source = rectAddress(t.rect);
      const count = seriesBy === 'Columns' ? t.rect.right - t.rect.left + 1 : t.rect.bottom - t.rect.top + 1;
      chart.series = Array.from({ length: count }, () => ({ values: chart.source }));
      this.sheet().charts.push(chart);
    });
    return new ChartProxy(this.ctx, this.sheet, chart);
  }
}

class ChartProxy {
  constructor(private readonly ctx: MockContext, private readonly sheet: () => MockSheet, private readonly chart: MockChart) {}
  get title(): { text: string } {
    const ctx = this.ctx;
    const chart = this.chart;
    return {
      set text(v: string) {
        ctx.enqueue(() => void (chart.title = v));
      },
      get text(): string {
        throw new MockOfficeError('PropertyNotLoaded', 'title.text');
      },
    };
  }
  setPosition(start: string, end: string): void {
    this.ctx.enqueue(() => void (this.chart.position = [start, end]));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      s.charts = s.charts.filter((c) => c !== this.chart);
    });
  }
  get series(): { getItemAt(i: number): SeriesProxy; add(name: string): SeriesProxy } {
    return {
      getItemAt: (i: number) => new SeriesProxy(this.ctx, () => {
        const s = this.chart.series[i];
        if (!s) throw new MockOfficeError('ItemNotFound', `series ${i}`);
        return s;
      }),
      add: (name: string) => {
        const s: MockChart['series'][number] = { name };
        this.ctx.enqueue(() => void this.chart.series.push(s));
        return new SeriesProxy(this.ctx, () => s);
      },
    };
  }
}

class SeriesProxy {
  constructor(private readonly ctx: MockContext, private readonly series: () => MockChart['series'][number]) {}
  set name(v: string) {
    this.ctx.enqueue(() => void (this.series().name = v));
  }
  setValues(range: RangeProxy): void {
    this.ctx.enqueue(() => void (this.series().values = rangeAddress(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.ctx.enqueue(() => void (this.series().xValues = rangeAddress(range)));
  }
}

function rangeAddress(range: RangeProxy): string {
  const t = range.resolve();
  if (!t) throw new MockOfficeError('InvalidArgument', 'null range');
  return rectAddress(t.rect);
}
