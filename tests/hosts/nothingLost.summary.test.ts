/// <reference types="office-js" />
// Nothing the clerk owns is lost when the add-in writes or refreshes its summary sheet "Tổng hợp", in both Excel
// hosts: the sheet is added or rewritten, and every other sheet, cell, format and merge comes out identical. A sheet
// of that name the add-in did not create is never written.

// office-addin-mock needs only the OfficeApp names from office-addin-manifest (see officeExcel.test.ts).
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import type { SummarySheetModel } from '../../src/hosts/excel/port';
import { SUMMARY_SHEET, summarySheetModel } from '../../src/hosts/excel/summarySheet';
import { HOSTS, analysisOf, type ExcelHost } from './excelHosts';
import { describeChanges, diffWorkbooks, type WorkbookSnap } from './snapshot';

const changes = (a: WorkbookSnap, b: WorkbookSnap) => describeChanges(diffWorkbooks(a, b));
const WHEN = new Date('2025-01-05T08:00:00Z');

async function model(host: ExcelHost): Promise<SummarySheetModel> {
  const { name, analysis } = await analysisOf(host.port);
  return summarySheetModel({ ...analysis, commune: 'An Hòa' }, name, WHEN);
}

/** The snapshot without one sheet: what must stay identical while the add-in rewrites its own. */
function without(snap: WorkbookSnap, sheet: string): WorkbookSnap {
  const sheets = { ...snap.sheets };
  delete sheets[sheet];
  return { order: snap.order.filter((n) => n !== sheet), sheets };
}

describe.each(HOSTS)('the summary sheet in %s', (_name, makeHost) => {
  let host: ExcelHost;
  let original: WorkbookSnap;

  beforeEach(() => {
    host = makeHost();
    original = host.snapshot();
  });

  test('writing it adds the sheet "Tổng hợp", records it as the add-in\'s, and changes nothing else', async () => {
    const m = await model(host);
    expect(m.tables.length).toBeGreaterThan(1);
    expect(await host.port.writeSummarySheet(m)).toEqual({ ok: true, sheet: SUMMARY_SHEET, created: true });
    const after = host.snapshot();
    expect(changes(original, after)).toEqual([`${SUMMARY_SHEET} sheet: ∅ → present`]);
    expect(after.order).toEqual([...original.order, SUMMARY_SHEET]);
    expect(host.settings().summarySheet).toBe(SUMMARY_SHEET);
  });

  test('refreshing it rewrites that sheet only: every sheet of the clerk\'s is identical to before the first write', async () => {
    const first = await model(host);
    await host.port.writeSummarySheet(first);
    const written = host.snapshot();
    // A refresh with other figures and fewer tables (a register was taken out): the old content must go, and only it.
    const second: SummarySheetModel = { ...first, title: `${first.title} (cập nhật)`, tables: first.tables.slice(1), charts: [] };
    expect(await host.port.writeSummarySheet(second)).toEqual({ ok: true, sheet: SUMMARY_SHEET, created: false });
    const refreshed = host.snapshot();
    expect(changes(without(written, SUMMARY_SHEET), without(refreshed, SUMMARY_SHEET))).toEqual([]);
    expect(changes(original, without(refreshed, SUMMARY_SHEET))).toEqual([]);
    expect(diffWorkbooks(written, refreshed).every((c) => c.sheet === SUMMARY_SHEET)).toBe(true);
    expect(diffWorkbooks(written, refreshed).length).toBeGreaterThan(0);
  });

  test('a "Tổng hợp" sheet of the clerk\'s own is refused and the workbook is untouched', async () => {
    host.clerkAddsSheet(SUMMARY_SHEET, [['Bảng tổng hợp của văn thư'], ['Thôn', 'Số hộ'], ['An Lạc', 3]]);
    const before = host.snapshot();
    expect(await host.port.writeSummarySheet(await model(host))).toEqual({ ok: false, reason: 'not-ours', sheet: SUMMARY_SHEET });
    expect(changes(before, host.snapshot())).toEqual([]);
    expect(host.settings().summarySheet).toBeUndefined();
  });

  test('after the clerk deleted the add-in\'s sheet and made a "Tổng hợp" of their own, that sheet is refused too', async () => {
    const m = await model(host);
    await host.port.writeSummarySheet(m);
    host.clerkDeletesSheet(SUMMARY_SHEET);
    host.clerkAddsSheet(SUMMARY_SHEET, [['Số liệu tự làm'], ['Thôn', 'Số hộ'], ['An Lạc', 3]]);
    const before = host.snapshot();
    expect(await host.port.writeSummarySheet(m)).toEqual({ ok: false, reason: 'not-ours', sheet: SUMMARY_SHEET });
    expect(changes(before, host.snapshot())).toEqual([]);
  });
});
