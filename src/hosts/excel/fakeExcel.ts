// An in-memory Excel for unit tests, the end-to-end browser tests and the page opened outside Office. It behaves
// like Excel where the pane relies on it: values typed as text are parsed unless they start with an apostrophe,
// conditional formats sit on top of the clerk's own fills, protected sheets refuse writes.
import type { CellValue, Grid, MergedRegion } from '../../core/grid';
import { a1, parseA1 } from '../../core/grid';
import type { Severity } from '../../core/rules/issue';
import { HostError } from './hostError';
import type { CellWrite, ExcelPort, HighlightGroup, JournalEntry, PaneSettings, SummaryResult, SummarySheetModel, WorkbookSnapshot } from './port';
import { asLiteral } from './port';
import { SUMMARY_MARK } from './summarySheet';

export interface FakeSheet {
  name: string;
  /** Values from A1, row by row. */
  values: CellValue[][];
  merges: MergedRegion[];
  /** Number formats by A1 address ("@" for text); absent means General. */
  formats: Map<string, string>;
  /** The clerk's own fill colours by A1 address. */
  fills: Map<string, string>;
  /** Conditional formats: the add-in's carry `ours`. */
  conditionalFormats: Array<{ cells: string[]; color: string; ours: boolean }>;
  protected: boolean;
  visible: boolean;
  charts: Array<{ title: string; type: string }>;
  /** Names scoped to the sheet; the add-in marks its summary sheet with SUMMARY_MARK. */
  names?: string[];
}

export const SEVERITY_COLORS: Record<Severity, string> = { error: '#F8D7DA', warning: '#FFF3CD', info: '#D1E7F5' };

/** What Excel makes of a value written into a cell: an apostrophe keeps text; otherwise numbers are parsed. */
function typed(value: string | number): CellValue {
  if (typeof value === 'number') return value;
  if (value.startsWith("'")) return value.slice(1);
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value === '' ? null : value;
}

export class FakeExcel implements ExcelPort {
  sheets: FakeSheet[];
  settings: PaneSettings = { overrides: {} };
  journal: JournalEntry[] = [];
  selection: { sheet: string; cell: string } | null = null;
  /** Every call made, for tests that check what the pane asked. */
  calls: string[] = [];
  private batches = 0;

  constructor(readonly name: string, sheets: FakeSheet[], private readonly onChange?: () => void) {
    this.sheets = sheets;
  }

  /** A fake workbook holding these grids (their origin is kept). */
  static fromGrids(name: string, grids: Grid[], onChange?: () => void): FakeExcel {
    return new FakeExcel(name, grids.map((g) => {
      const values: CellValue[][] = [];
      g.values.forEach((row, r) => {
        const out: CellValue[] = new Array(g.originColumn - 1).fill(null);
        values[r + g.originRow - 1] = out.concat(row);
      });
      for (let r = 0; r < values.length; r++) values[r] ??= [];
      const merges = g.merges.map((m) => ({ top: m.top + g.originRow - 1, bottom: m.bottom + g.originRow - 1, left: m.left + g.originColumn - 1, right: m.right + g.originColumn - 1 }));
      return { name: g.sheet, values, merges, formats: new Map(), fills: new Map(), conditionalFormats: [], protected: false, visible: true, charts: [] };
    }), onChange);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new HostError('missing-sheet', name);
    return s;
  }

  valueAt(sheet: string, cell: string): CellValue {
    const p = parseA1(cell);
    return p ? this.sheet(sheet).values[p.row - 1]?.[p.column - 1] ?? null : null;
  }

  private set(s: FakeSheet, cell: string, value: CellValue, format?: string): void {
    const p = parseA1(cell);
    if (!p) return;
    const row = (s.values[p.row - 1] ??= []);
    while (row.length < p.column) row.push(null);
    row[p.column - 1] = value;
    if (format === undefined || format === 'General') s.formats.delete(cell);
    else s.formats.set(cell, format);
  }

  /** The colour a clerk sees: the add-in's highlight over the cell's own fill. */
  effectiveFill(sheet: string, cell: string): string | null {
    const s = this.sheet(sheet);
    const cf = [...s.conditionalFormats].reverse().find((f) => f.cells.includes(cell));
    return cf?.color ?? s.fills.get(cell) ?? null;
  }

  private changed(): void {
    this.onChange?.();
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    this.calls.push('readWorkbook');
    return {
      name: this.name,
      sheets: this.sheets.filter((s) => s.visible).map((s) => ({
        grid: { sheet: s.name, originRow: 1, originColumn: 1, values: s.values.map((r) => [...r]), merges: s.merges.map((m) => ({ ...m })) },
        protected: s.protected,
        visible: s.visible,
      })),
      settings: structuredClone(this.settings),
      journal: [...this.journal],
    };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push(`selectCell ${sheet}!${cell}`);
    this.sheet(sheet);
    this.selection = { sheet, cell };
    this.changed();
  }

  async highlight(groups: HighlightGroup[]): Promise<void> {
    this.calls.push('highlight');
    for (const s of this.sheets) s.conditionalFormats = s.conditionalFormats.filter((f) => !f.ours);
    for (const g of groups) this.sheet(g.sheet).conditionalFormats.push({ cells: [...g.cells], color: SEVERITY_COLORS[g.severity], ours: true });
    this.changed();
  }

  async clearHighlight(): Promise<void> {
    this.calls.push('clearHighlight');
    for (const s of this.sheets) s.conditionalFormats = s.conditionalFormats.filter((f) => !f.ours);
    this.changed();
  }

  async applyFixes(writes: CellWrite[]): Promise<JournalEntry[]> {
    this.calls.push(`applyFixes ${writes.length}`);
    const locked = writes.find((w) => this.sheet(w.sheet).protected);
    if (locked) throw new HostError('protected', locked.sheet);
    const batch = `b${++this.batches}`;
    const at = new Date().toISOString();
    const entries = writes.map((w) => ({ batch, at, sheet: w.sheet, cell: w.cell, before: this.valueAt(w.sheet, w.cell), beforeFormat: this.sheet(w.sheet).formats.get(w.cell) ?? 'General', after: w.value, code: w.code }));
    this.journal.push(...entries);
    // As Excel does with an apostrophe: the text stays text and the cell keeps its number format.
    for (const w of writes) this.set(this.sheet(w.sheet), w.cell, typed(asLiteral(w.value)), this.sheet(w.sheet).formats.get(w.cell));
    this.changed();
    return entries;
  }

  async undoFixes(): Promise<number> {
    this.calls.push('undoFixes');
    const entries = [...this.journal].reverse();
    // The journal holds the cell's typed value: it goes back as it was (text stays text, an empty text stays one).
    for (const e of entries) this.set(this.sheet(e.sheet), e.cell, e.before, e.beforeFormat);
    this.journal = [];
    this.changed();
    return entries.length;
  }

  async writeSummarySheet(model: SummarySheetModel): Promise<SummaryResult> {
    this.calls.push('writeSummarySheet');
    const existing = this.sheets.find((s) => s.name === model.name);
    if (existing && !(this.settings.summarySheet === model.name && existing.names?.includes(SUMMARY_MARK))) return { ok: false, reason: 'not-ours', sheet: model.name };
    const s: FakeSheet = existing ?? { name: model.name, values: [], merges: [], formats: new Map(), fills: new Map(), conditionalFormats: [], protected: false, visible: true, charts: [], names: [SUMMARY_MARK] };
    s.values = [];
    s.charts = model.charts.map((c) => ({ title: c.title, type: c.type }));
    let row = 1;
    this.set(s, a1(row++, 1), model.title);
    this.set(s, a1(row++, 1), model.subtitle);
    for (const t of model.tables) {
      row++;
      this.set(s, a1(row++, 1), t.title);
      for (const line of [t.header, ...t.rows, ...(t.totalRow ? [t.totalRow] : [])]) {
        line.forEach((v, c) => this.set(s, a1(row, c + 1), typeof v === 'string' ? typed(asLiteral(v)) : v));
        row++;
      }
    }
    if (!existing) this.sheets.push(s);
    this.settings.summarySheet = model.name;
    this.changed();
    return { ok: true, sheet: model.name, created: !existing };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.calls.push('saveSettings');
    this.settings = structuredClone(settings);
  }
}
