/// <reference types="office-js" />
// The two Excel hosts the "nothing lost" tests run against, each over its own copy of the clerk's workbook: the
// in-memory fake, and the Office.js adapter over the mock object model with an office-addin-mock Office global
// (document settings, requirement sets). Each host can also say which cells carry the add-in's highlight.
import { OfficeMockObject } from 'office-addin-mock';
import { analyse, type Analysis } from '../../src/core/analyse';
import { a1 } from '../../src/core/grid';
import type { Issue, Severity } from '../../src/core/rules/issue';
import { FakeExcel } from '../../src/hosts/excel/fakeExcel';
import { OfficeExcel } from '../../src/hosts/excel/officeExcel';
import { HIGHLIGHT_SIGNATURE } from '../../src/hosts/excel/officeHighlight';
import type { CellWrite, ExcelPort, HighlightGroup, PaneSettings } from '../../src/hosts/excel/port';
import { clerkFake, clerkMock } from './clerkWorkbook';
import { MockSheet, type MockWorkbook } from './mockExcelModel';
import { snapshotFake, snapshotMock, type WorkbookSnap } from './snapshot';

export interface ExcelHost {
  port: ExcelPort;
  snapshot(): WorkbookSnap;
  /** The add-in's highlight as it stands: "sheet!cell" → colour. */
  highlights(): Map<string, string>;
  /** The same workbook opened again: a new port, nothing kept in memory but what the file holds. */
  reopen(): ExcelPort;
  /** The pane settings the workbook holds. */
  settings(): PaneSettings;
  /** The clerk adds a sheet of their own, with values from A1. */
  clerkAddsSheet(name: string, rows: Array<Array<string | number>>): void;
  /** The clerk deletes a sheet. */
  clerkDeletesSheet(name: string): void;
}

export function fakeHost(x: FakeExcel = clerkFake()): ExcelHost & { fake: FakeExcel } {
  return {
    fake: x,
    port: x,
    snapshot: () => snapshotFake(x),
    highlights: () => {
      const out = new Map<string, string>();
      for (const s of x.sheets) for (const f of s.conditionalFormats) if (f.ours) for (const cell of f.cells) out.set(`${s.name}!${cell}`, f.color);
      return out;
    },
    // The fake keeps its journal and settings in memory: "opening it again" is the same object.
    reopen: () => x,
    settings: () => structuredClone(x.settings),
    clerkAddsSheet: (name, rows) => {
      x.sheets.push({ name, values: rows.map((r) => [...r]), merges: [], formats: new Map(), fills: new Map(), conditionalFormats: [], protected: false, visible: true, charts: [] });
    },
    clerkDeletesSheet: (name) => {
      x.sheets = x.sheets.filter((s) => s.name !== name);
    },
  };
}

interface OfficeStub {
  store: Map<string, unknown>;
}

/** A global Office with document settings (kept in `store`) and requirement sets up to ExcelApi 1.13. */
export function installOffice(): OfficeStub {
  const stub: OfficeStub = { store: new Map() };
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => stub.store.get(name) ?? null,
          set: (name: string, value: unknown) => void stub.store.set(name, structuredClone(value)),
          saveAsync: (callback: (r: { status: string }) => void) => callback({ status: 'succeeded' }),
        },
      },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= 13,
      },
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  return stub;
}

export function officeHost(wb: MockWorkbook = clerkMock()): ExcelHost & { model: MockWorkbook } {
  const stub = installOffice();
  return {
    model: wb,
    port: new OfficeExcel(wb.run),
    snapshot: () => snapshotMock(wb),
    highlights: () => {
      const out = new Map<string, string>();
      for (const s of wb.sheets) {
        for (const f of s.conditionalFormats) {
          if (!f.formula?.includes(HIGHLIGHT_SIGNATURE)) continue;
          for (const r of f.areas) for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) out.set(`${s.name}!${a1(row + 1, c + 1)}`, f.fill ?? '');
        }
      }
      return out;
    },
    reopen: () => new OfficeExcel(wb.run),
    settings: () => (stub.store.get('baocao') as PaneSettings | undefined) ?? { overrides: {} },
    clerkAddsSheet: (name, rows) => {
      wb.add(new MockSheet(name)).put(1, 1, rows);
    },
    clerkDeletesSheet: (name) => {
      wb.sheets = wb.sheets.filter((s) => s.name !== name);
    },
  };
}

export const HOSTS: Array<[string, () => ExcelHost]> = [
  ['the in-memory fake', fakeHost],
  ['the Office.js adapter', officeHost],
];

/** What the pane would find: the workbook read through the port and analysed by the core. */
export async function analysisOf(port: ExcelPort): Promise<{ name: string; analysis: Analysis }> {
  const snap = await port.readWorkbook();
  const analysis = analyse([{ file: snap.name, sheets: snap.sheets.filter((s) => s.grid.values.length > 0).map((s) => s.grid) }], { today: new Date('2025-01-05T00:00:00Z') });
  return { name: snap.name, analysis };
}

export async function issuesOf(port: ExcelPort): Promise<Issue[]> {
  const { analysis } = await analysisOf(port);
  return analysis.files.flatMap((f) => f.registers.flatMap((r) => r.issues));
}

/** The safe fixes the pane would offer, as the writes it would ask for. */
export function safeWrites(issues: Issue[]): CellWrite[] {
  return issues.filter((i) => i.safeFix && i.suggestion !== undefined).map((i) => ({ sheet: i.sheet, cell: i.cell, value: i.suggestion as string | number, code: i.code }));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const COLOURS: Record<Severity, string> = { error: '#F8D7DA', warning: '#FFF3CD', info: '#D1E7F5' };

/** The highlight groups the pane asks for: each flagged cell once, with its worst severity. */
export function highlightGroups(issues: Issue[]): HighlightGroup[] {
  const worst = new Map<string, Issue>();
  for (const i of issues) {
    const k = `${i.sheet}!${i.cell}`;
    const w = worst.get(k);
    if (!w || RANK[i.severity] < RANK[w.severity]) worst.set(k, i);
  }
  const groups = new Map<string, HighlightGroup>();
  for (const i of worst.values()) {
    const k = `${i.sheet}|${i.severity}`;
    const g = groups.get(k) ?? { sheet: i.sheet, severity: i.severity, cells: [] };
    g.cells.push(i.cell);
    groups.set(k, g);
  }
  return [...groups.values()];
}

/** The colour each flagged cell should show: "sheet!cell" → colour of its worst severity. */
export function expectedHighlights(groups: HighlightGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) for (const cell of g.cells) out.set(`${g.sheet}!${cell}`, COLOURS[g.severity]);
  return out;
}
