/// <reference types="office-js" />
// The Office.js adapter against a fake Excel object model: what it reads and writes, and how many round trips
// (context.sync) each user action takes. The Office global (settings, requirement sets) is an office-addin-mock
// OfficeMockObject; the Excel object model is tests/hosts/mockExcelModel.ts (see why there).
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose full import pulls an ES module
// (strip-bom) that Jest cannot require here; jest.mock is hoisted above the imports.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { HostError } from '../../src/hosts/excel/hostError';
import { OfficeExcel, countSyncs, excelApiSupported } from '../../src/hosts/excel/officeExcel';
import { chunkAddresses, compactCells } from '../../src/hosts/excel/addressList';
import { parseAreasAddress } from '../../src/hosts/excel/officeGrid';
import { HIGHLIGHT_SIGNATURE } from '../../src/hosts/excel/officeHighlight';
import { planChunks } from '../../src/hosts/excel/officeRead';
import { parsePaneSettings } from '../../src/hosts/excel/officeRuntime';
import { JOURNAL_SHEET } from '../../src/hosts/excel/officeJournal';
import type { HighlightGroup, PaneSettings, SummarySheetModel } from '../../src/hosts/excel/port';
import type { Raw } from './mockExcelModel';
import { MockSheet, MockWorkbook, parseRect } from './mockExcelModel';

interface OfficeStub {
  store: Map<string, unknown>;
  saves: number;
}

/** Installs a global Office with document settings and requirement sets up to ExcelApi 1.`minor`. */
function installOffice(minor = 13, settings?: PaneSettings): OfficeStub {
  const stub: OfficeStub = { store: new Map(), saves: 0 };
  if (settings) stub.store.set('baocao', structuredClone(settings));
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => stub.store.get(name) ?? null,
          set: (name: string, value: unknown) => void stub.store.set(name, structuredClone(value)),
          saveAsync: (callback: (r: { status: string }) => void) => {
            stub.saves++;
            callback({ status: 'succeeded' });
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= minor,
      },
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  return stub;
}

function adapter(model: MockWorkbook, options = {}): { excel: OfficeExcel; syncs: () => number; reset: () => void } {
  const counted = countSyncs(model.run);
  return { excel: new OfficeExcel(counted.run, options), syncs: counted.count, reset: counted.reset };
}

const BIG = 'Sổ hộ, 2024';
const COLUMNS = 13;

/** A register of `rows` data rows × 13 columns from B3, header merged over B3:D3 and E3:E4. */
function register(rows: number): MockWorkbook {
  const wb = new MockWorkbook();
  const sheet = wb.add(new MockSheet(BIG));
  const header: Raw[] = ['Thông tin hộ', '', '', 'Nhân khẩu', ...Array.from({ length: COLUMNS - 4 }, (_, i) => `Cột ${i + 5}`)];
  const data: Raw[][] = [header];
  for (let i = 1; i < rows; i++) {
    const row: Raw[] = [i, `Nguyễn Văn ${i}`, i % 7 === 0 ? '' : `Thôn ${i % 5}`, i % 4];
    for (let c = 4; c < COLUMNS; c++) row.push(c === 12 && i % 10 === 0 ? '' : c * i);
    data.push(row);
  }
  sheet.put(3, 2, data);
  sheet.error('C10', '#N/A');
  sheet.put(11, 3, [['#N/A']]); // a text that only looks like an error
  sheet.merges = [parseRect('B3:D3'), parseRect('E3:E4')];
  const other = wb.add(new MockSheet('Khen thưởng'));
  other.put(1, 1, [['STT', 'Họ tên'], [1, 'Trần Thị B']]);
  other.protected = true;
  const hidden = wb.add(new MockSheet('Cũ'));
  hidden.visibility = 'Hidden';
  wb.add(new MockSheet('Trống'));
  const journal = wb.add(new MockSheet(JOURNAL_SHEET));
  journal.visibility = 'VeryHidden';
  journal.put(1, 1, [
    ['batch', 'at', 'sheet', 'cell', 'before', 'beforeFormat', 'after', 'code'],
    ['fix-1', '2024-05-01T08:00:00.000Z', BIG, 'C5', '"4"', '@', '"Thôn 4"', 'value.enum'],
  ]);
  return wb;
}

describe('readWorkbook', () => {
  it('reads a 100,000-row sheet with the sheet list and one content sync: origin, nulls, errors, merges, journal apart', async () => {
    installOffice(13, { overrides: { [BIG]: { kind: 'households', headerRows: [0] } }, summarySheet: 'Tổng hợp' });
    const wb = register(100_000);
    const { excel, syncs } = adapter(wb);
    const snap = await excel.readWorkbook();

    expect(syncs()).toBe(2);
    expect(wb.syncs).toBe(2);
    expect(snap.name).toBe('So ho 2024.xlsx');
    expect(snap.sheets.map((s) => s.grid.sheet)).toEqual([BIG, 'Khen thưởng', 'Cũ', 'Trống']);
    const grid = snap.sheets[0].grid;
    expect([grid.originRow, grid.originColumn]).toEqual([3, 2]);
    expect(grid.values).toHaveLength(100_000);
    expect(grid.values[0]).toHaveLength(COLUMNS);
    expect(grid.values[0].slice(0, 4)).toEqual(['Thông tin hộ', null, null, 'Nhân khẩu']);
    expect(grid.values[7][1]).toEqual({ error: '#N/A' }); // C10
    expect(grid.values[8][1]).toBe('#N/A'); // C11: text, not an error
    expect(grid.values[7][2]).toBeNull(); // D10: "" (data row 7 has no village) is null
    expect(grid.values[99_999][12]).toBe(12 * 99_999);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 },
    ]);
    expect(snap.sheets.map((s) => [s.protected, s.visible])).toEqual([
      [false, true],
      [true, true],
      [false, false],
      [false, true],
    ]);
    expect(snap.sheets[3].grid).toEqual({ sheet: 'Trống', originRow: 1, originColumn: 1, values: [], merges: [] });
    expect(snap.journal).toEqual([{ batch: 'fix-1', at: '2024-05-01T08:00:00.000Z', sheet: BIG, cell: 'C5', before: '4', beforeFormat: '@', after: 'Thôn 4', code: 'value.enum' }]);
    expect(snap.settings).toEqual({ overrides: { [BIG]: { kind: 'households', headerRows: [0] } }, summarySheet: 'Tổng hợp' });
  });

  it('takes the same two syncs for 10 rows as for 100,000', async () => {
    installOffice();
    const { excel, syncs } = adapter(register(10));
    await excel.readWorkbook();
    expect(syncs()).toBe(2);
  });

  it('on the web reads values in chunks that stay under the response limit, with the same result', async () => {
    installOffice();
    const whole = await adapter(register(20_000)).excel.readWorkbook();
    const { excel, syncs } = adapter(register(20_000), { cellsPerSync: 100_000 });
    const chunked = await excel.readWorkbook();
    // list, sizes and merges, then chunks of 7,692 rows × 13: 260,000 cells in 3 value syncs (the small sheets
    // share the last one)
    expect(syncs()).toBe(5);
    expect(chunked).toEqual(whole);
  });

  it('skips merges where ExcelApi 1.13 is missing, and survives Excel refusing more than 512 merged areas', async () => {
    installOffice(12);
    const old = adapter(register(10));
    expect((await old.excel.readWorkbook()).sheets[0].grid.merges).toEqual([]);
    expect(old.syncs()).toBe(2);

    installOffice(13);
    const wb = register(1200);
    wb.sheet(BIG).merges = Array.from({ length: 600 }, (_, i) => parseRect(`B${i * 2 + 4}:C${i * 2 + 4}`));
    const many = adapter(wb);
    const snap = await many.excel.readWorkbook();
    expect(snap.sheets[0].grid.values).toHaveLength(1200);
    expect(snap.sheets[0].grid.merges).toEqual([]);
    expect(many.syncs()).toBe(3); // the refused request, then the read without merges
  });
});

function clerkSheet(): MockWorkbook {
  const wb = new MockWorkbook();
  const s = wb.add(new MockSheet('Sổ hộ'));
  s.put(1, 1, [['STT', 'Thôn', 'Ghi chú', 'Điện thoại', 'Số khẩu']]);
  s.put(5, 1, [[4, '4', 'abc', 370123456, '']]);
  s.formats.set('4,1', '@'); // B5 is a text cell holding "4"
  s.formats.set('4,3', '0'); // D5 a number format
  s.put(6, 1, [['', '007', 'x', 1, 2]]);
  s.formats.set('5,1', '@'); // B6 "007" in a text cell
  return wb;
}

describe('applyFixes', () => {
  it('journals, then writes three cells in two syncs; "=" text and a leading-zero phone stay text', async () => {
    installOffice();
    const wb = clerkSheet();
    const { excel, syncs } = adapter(wb);
    const entries = await excel.applyFixes([
      { sheet: 'Sổ hộ', cell: 'C5', value: '=1+1', code: 'text.formula' },
      { sheet: 'Sổ hộ', cell: 'D5', value: '0370123456', code: 'phone.zero' },
      { sheet: 'Sổ hộ', cell: 'E5', value: 42, code: 'size.missing' },
    ]);
    expect(syncs()).toBe(2);

    const s = wb.sheet('Sổ hộ');
    expect(s.at('C5')).toBe('=1+1');
    expect(s.formulas.size).toBe(0);
    expect(s.at('D5')).toBe('0370123456');
    expect(s.at('E5')).toBe(42);
    expect(entries.map((e) => [e.cell, e.before, e.beforeFormat, e.after])).toEqual([
      ['C5', 'abc', 'General', '=1+1'],
      ['D5', 370123456, '0', '0370123456'],
      ['E5', null, 'General', 42],
    ]);

    const journal = wb.sheet(JOURNAL_SHEET);
    expect(journal.visibility).toBe('VeryHidden');
    expect(journal.values.map((r) => r.slice(0, 8))).toEqual([
      ['batch', 'at', 'sheet', 'cell', 'before', 'beforeFormat', 'after', 'code'],
      [entries[0].batch, entries[0].at, 'Sổ hộ', 'C5', '"abc"', 'General', '"=1+1"', 'text.formula'],
      [entries[0].batch, entries[0].at, 'Sổ hộ', 'D5', '370123456', '0', '"0370123456"', 'phone.zero'],
      [entries[0].batch, entries[0].at, 'Sổ hộ', 'E5', 'null', 'General', '42', 'size.missing'],
    ]);
    // The journal is all text: nothing in it was taken for a number, date or formula.
    expect(journal.values.flat().every((v) => typeof v === 'string')).toBe(true);
    expect(journal.formulas.size).toBe(0);
  });

  it('appends a second batch under the first, and the snapshot lists both', async () => {
    installOffice();
    const wb = clerkSheet();
    const { excel } = adapter(wb);
    await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'C5', value: 'x', code: 'a' }]);
    await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'C6', value: 'y', code: 'b' }]);
    expect(wb.sheet(JOURNAL_SHEET).values).toHaveLength(3);
    expect((await excel.readWorkbook()).journal.map((e) => [e.cell, e.before])).toEqual([
      ['C5', 'abc'],
      ['C6', 'x'],
    ]);
  });
});

describe('undoFixes', () => {
  it('restores exact values and number formats in two syncs, and empties the journal', async () => {
    installOffice();
    const wb = clerkSheet();
    const s = wb.sheet('Sổ hộ');
    const cells = ['A5', 'B5', 'C5', 'D5', 'E5', 'B6'];
    const before = cells.map((c) => [s.at(c), s.formatAt(c)]);
    const { excel, syncs, reset } = adapter(wb);
    await excel.applyFixes([
      { sheet: 'Sổ hộ', cell: 'A5', value: 5, code: 'n' },
      { sheet: 'Sổ hộ', cell: 'B5', value: 'Thôn 4', code: 'v' },
      { sheet: 'Sổ hộ', cell: 'D5', value: '0370123456', code: 'p' },
      { sheet: 'Sổ hộ', cell: 'E5', value: 3, code: 'e' },
      { sheet: 'Sổ hộ', cell: 'B6', value: '7', code: 't' },
    ]);
    // The same cell fixed again in a later batch: undo must end on the value before the first fix.
    await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'A5', value: 6, code: 'n' }]);
    expect(s.at('A5')).toBe(6);
    reset();

    expect(await excel.undoFixes()).toBe(6);
    expect(syncs()).toBe(2);
    expect(cells.map((c) => [s.at(c), s.formatAt(c)])).toEqual(before);
    expect(s.at('B5')).toBe('4'); // text "4" stays text
    expect(s.at('A5')).toBe(4); // number stays number
    expect(s.at('E5')).toBe(''); // empty stays empty
    expect(s.valueType(4, 4)).toBe('Empty');
    expect(s.at('B6')).toBe('007');
    expect(wb.sheet(JOURNAL_SHEET).values.filter((r) => r.some((v) => v !== ''))).toEqual([
      ['batch', 'at', 'sheet', 'cell', 'before', 'beforeFormat', 'after', 'code', 'beforeFormula'],
    ]);
    expect((await excel.readWorkbook()).journal).toEqual([]);
  });

  it('puts an error value back as an error', async () => {
    installOffice();
    const wb = clerkSheet();
    wb.sheet('Sổ hộ').error('C6', '#REF!');
    const { excel } = adapter(wb);
    await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'C6', value: 'ok', code: 'e' }]);
    await excel.undoFixes();
    expect(wb.sheet('Sổ hộ').valueType(5, 2)).toBe('Error');
    expect(wb.sheet('Sổ hộ').at('C6')).toBe('#REF!');
  });

  it('with no journal sheet there is nothing to undo, in one sync', async () => {
    installOffice();
    const { excel, syncs } = adapter(clerkSheet());
    expect(await excel.undoFixes()).toBe(0);
    expect(syncs()).toBe(1);
  });
});

function ourFormats(s: MockSheet) {
  return s.conditionalFormats.filter((f) => f.formula?.includes(HIGHLIGHT_SIGNATURE));
}

describe('highlight and clearHighlight', () => {
  function workbookWithClerkFormats(): MockWorkbook {
    const wb = new MockWorkbook();
    const s = wb.add(new MockSheet('Sổ hộ'));
    s.put(1, 1, [['STT', 'Thôn']]);
    s.put(2, 1, Array.from({ length: 2000 }, (_, i) => [i + 1, 'Thôn 1', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'k']));
    s.conditionalFormats.push({ type: 'Custom', formula: '=$A2>100', fill: '#FF0000', areas: [parseRect('A2:A2001')] });
    s.conditionalFormats.push({ type: 'DataBar', areas: [parseRect('A2:A2001')] });
    wb.add(new MockSheet('Khen thưởng')).put(1, 1, [['STT']]);
    return wb;
  }

  it('adds formats of our own for 10,000 cells in two syncs, replaces them on the next run, and clears only ours', async () => {
    installOffice();
    const wb = workbookWithClerkFormats();
    const s = wb.sheet('Sổ hộ');
    const { excel, syncs, reset } = adapter(wb);
    await excel.readWorkbook();
    // 10,000 scattered cells: every other row of columns B–K, so they cannot collapse into a few ranges.
    const cells = Array.from({ length: 10_000 }, (_, i) => `${'BCDEFGHIJK'[i % 10]}${2 + 2 * Math.floor(i / 10)}`);
    const groups: HighlightGroup[] = [
      { sheet: 'Sổ hộ', severity: 'error', cells: cells.slice(0, 6000) },
      { sheet: 'Sổ hộ', severity: 'warning', cells: cells.slice(6000) },
      { sheet: 'Sổ hộ', severity: 'info', cells: ['B2', 'L5'] }, // B2 is also an error: the error wins
    ];
    reset();
    await excel.highlight(groups);
    expect(syncs()).toBe(2);
    const first = ourFormats(s);
    expect(first.length).toBeGreaterThan(3); // the address list was cut into several < 8,000-character strings
    expect(first.every((f) => f.type === 'Custom' && f.formula === '=N("baocao-xa")=0')).toBe(true);
    const covered = (fill: string) => first.filter((f) => f.fill === fill).reduce((n, f) => n + f.areas.length, 0);
    expect(covered('#F8D7DA')).toBe(6000);
    expect(covered('#FFF3CD')).toBe(4000);
    expect(first.filter((f) => f.fill === '#D1E7F5').flatMap((f) => f.areas)).toEqual([parseRect('L5')]);

    reset();
    await excel.highlight(groups.slice(1));
    expect(syncs()).toBe(2);
    expect(ourFormats(s).every((f) => f.fill !== '#F8D7DA')).toBe(true);
    expect(s.conditionalFormats).toHaveLength(2 + ourFormats(s).length);

    reset();
    await excel.clearHighlight();
    expect(syncs()).toBe(2);
    expect(ourFormats(s)).toEqual([]);
    expect(s.conditionalFormats.map((f) => f.type)).toEqual(['Custom', 'DataBar']);
    // The clerk's own fills are never touched: no cell formatting at all was written.
    expect(s.styleLog).toEqual([]);
  });

  it('without a previous read lists the sheets first; a deleted known sheet is survived the same way', async () => {
    installOffice();
    const wb = workbookWithClerkFormats();
    const fresh = adapter(wb);
    await fresh.excel.highlight([{ sheet: 'Sổ hộ', severity: 'error', cells: ['B2'] }]);
    expect(fresh.syncs()).toBe(3);

    const other = adapter(wb);
    await other.excel.readWorkbook();
    wb.sheets = wb.sheets.filter((x) => x.name !== 'Khen thưởng');
    other.reset();
    await other.excel.clearHighlight();
    expect(other.syncs()).toBe(4); // refused read, list, formats, delete
    expect(ourFormats(wb.sheet('Sổ hộ'))).toEqual([]);
  });
});

const MODEL: SummarySheetModel = {
  name: 'Tổng hợp',
  title: 'TỔNG HỢP SỐ LIỆU NĂM 2024',
  subtitle: 'Lập từ sổ "So ho 2024.xlsx"',
  tables: [
    {
      title: 'Hộ gia đình theo thôn',
      header: ['Thôn', 'Số hộ', 'Ghi chú', 'Tỷ lệ (%)'],
      rows: [
        ['- Thôn 1', 120, '=không phải công thức', 85.5],
        ['Thôn 2', 80, '', 90],
      ],
      totalRow: ['Toàn xã', 200, '', 87.2],
      numberFormats: ['@', '#,##0', '@', '0.0'],
    },
    { title: 'Theo phân loại', header: ['Phân loại', 'Số hộ'], rows: [['Hộ nghèo', 5]], totalRow: ['Tổng', 5] },
  ],
  charts: [
    { title: 'Tỷ lệ theo thôn', type: 'column', table: 0, labelColumn: 0, valueColumns: [3, 1] },
    { title: 'Phân loại', type: 'pie', table: 1, labelColumn: 0, valueColumns: [1] },
  ],
};

describe('writeSummarySheet', () => {
  it('refuses a "Tổng hợp" sheet it did not create, writing nothing, in one sync', async () => {
    const office = installOffice(13, { overrides: {} });
    const wb = clerkSheet();
    const theirs = wb.add(new MockSheet('Tổng hợp'));
    theirs.put(1, 1, [['Bảng của cán bộ']]);
    const { excel, syncs } = adapter(wb);
    expect(await excel.writeSummarySheet(MODEL)).toEqual({ ok: false, reason: 'not-ours', sheet: 'Tổng hợp' });
    expect(syncs()).toBe(1);
    expect(theirs.values).toEqual([['Bảng của cán bộ']]);
    expect(theirs.styleLog).toEqual([]);
    expect(office.saves).toBe(0);
  });

  it('creates the sheet and records it as ours; refreshes it later, replacing its charts; two syncs each', async () => {
    const office = installOffice(13, { overrides: {} });
    const wb = clerkSheet();
    const { excel, syncs, reset } = adapter(wb);
    expect(await excel.writeSummarySheet(MODEL)).toEqual({ ok: true, sheet: 'Tổng hợp', created: true });
    expect(syncs()).toBe(2);
    expect(office.store.get('baocao')).toEqual({ overrides: {}, summarySheet: 'Tổng hợp' });
    expect(office.saves).toBe(1);

    const s = wb.sheet('Tổng hợp');
    expect([s.at('A1'), s.at('A2')]).toEqual([MODEL.title, MODEL.subtitle]);
    // Row 3 blank, table title on 4, header on 5, rows 6–7, total on 8; blank 9, next title on 10.
    expect(s.at('A4')).toBe('Hộ gia đình theo thôn');
    expect(['A5', 'B5', 'C5', 'D5'].map((c) => s.at(c))).toEqual(MODEL.tables[0].header);
    expect(['A6', 'B6', 'C6', 'D6'].map((c) => s.at(c))).toEqual(['- Thôn 1', 120, '=không phải công thức', 85.5]);
    expect(s.formulas.size).toBe(0);
    expect(['A8', 'B8', 'D8'].map((c) => s.at(c))).toEqual(['Toàn xã', 200, 87.2]);
    expect([s.formatAt('D6'), s.formatAt('B8')]).toEqual(['0.0', '#,##0']);
    expect(s.at('A10')).toBe('Theo phân loại');
    expect(s.styleLog).toEqual(
      expect.arrayContaining([
        { address: 'A1', property: 'font.bold', value: true },
        { address: 'A1', property: 'font.size', value: 14 },
        { address: 'A5:D5', property: 'font.bold', value: true },
        { address: 'A5:D5', property: 'fill.color', value: '#DDEBF7' },
        { address: 'A8:D8', property: 'font.bold', value: true },
        { address: 'A5:D8', property: 'borders.InsideHorizontal.style', value: 'Continuous' },
      ]),
    );
    expect(s.charts).toEqual([
      {
        type: 'ColumnClustered',
        source: 'D6:D7',
        title: 'Tỷ lệ theo thôn',
        series: [
          { values: 'D6:D7', name: 'Tỷ lệ (%)', xValues: 'A6:A7' },
          { name: 'Số hộ', values: 'B6:B7', xValues: 'A6:A7' },
        ],
        position: ['F4', 'M18'],
      },
      { type: 'Pie', source: 'B12', title: 'Phân loại', series: [{ values: 'B12', name: 'Số hộ', xValues: 'A12' }], position: ['F20', 'M34'] },
    ]);
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', centerHorizontally: true, zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(wb.active).toBe('Tổng hợp');

    reset();
    const smaller: SummarySheetModel = { ...MODEL, tables: [MODEL.tables[1]], charts: [{ ...MODEL.charts[1], table: 0 }] };
    expect(await excel.writeSummarySheet(smaller)).toEqual({ ok: true, sheet: 'Tổng hợp', created: false });
    expect(syncs()).toBe(2);
    expect(s.at('A4')).toBe('Theo phân loại');
    expect(s.at('A10')).toBe(''); // the old content is gone
    expect(s.charts.map((c) => c.title)).toEqual(['Phân loại']);
    expect(office.saves).toBe(1); // already recorded
  });
});

describe('protected sheets', () => {
  it('applyFixes throws HostError("protected") before writing anything', async () => {
    installOffice();
    const wb = clerkSheet();
    wb.sheet('Sổ hộ').protected = true;
    const { excel, syncs } = adapter(wb);
    const error = await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'C5', value: 'x', code: 'a' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).reason).toBe('protected');
    expect((error as HostError).message).toContain('đang được bảo vệ');
    expect(syncs()).toBe(1);
    expect(wb.sheet('Sổ hộ').at('C5')).toBe('abc');
    expect(wb.sheets.map((x) => x.name)).toEqual(['Sổ hộ']); // no journal created either
  });

  it('undoFixes refuses too, and keeps the journal', async () => {
    installOffice();
    const wb = clerkSheet();
    const { excel } = adapter(wb);
    await excel.applyFixes([{ sheet: 'Sổ hộ', cell: 'C5', value: 'x', code: 'a' }]);
    wb.sheet('Sổ hộ').protected = true;
    await expect(excel.undoFixes()).rejects.toMatchObject({ reason: 'protected' });
    expect(wb.sheet('Sổ hộ').at('C5')).toBe('x');
    expect(wb.sheet(JOURNAL_SHEET).values).toHaveLength(2);
  });
});

describe('sheets deleted since the read', () => {
  it('selectCell, applyFixes and highlight say which sheet is gone (HostError "missing-sheet")', async () => {
    installOffice();
    const wb = clerkSheet();
    const { excel } = adapter(wb);
    await excel.readWorkbook();
    await expect(excel.selectCell('Thôn cũ', 'A1')).rejects.toMatchObject({ reason: 'missing-sheet', detail: 'Thôn cũ' });
    await expect(excel.applyFixes([{ sheet: 'Thôn cũ', cell: 'A1', value: 1, code: 'x' }])).rejects.toMatchObject({ reason: 'missing-sheet', detail: 'Thôn cũ' });
    await expect(excel.highlight([{ sheet: 'Thôn cũ', severity: 'error', cells: ['A1'] }])).rejects.toMatchObject({ reason: 'missing-sheet', detail: 'Thôn cũ' });
    expect(wb.sheets.map((x) => x.name)).toEqual(['Sổ hộ']);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    installOffice();
    const wb = clerkSheet();
    const { excel, syncs } = adapter(wb);
    await excel.selectCell('Sổ hộ', 'D5');
    expect([wb.active, wb.selected, syncs()]).toEqual(['Sổ hộ', 'Sổ hộ!D5', 1]);
  });
});

describe('excelApiSupported', () => {
  it('asks for ExcelApi 1.9', () => {
    installOffice(9);
    expect(excelApiSupported()).toBe(true);
    installOffice(8);
    expect(excelApiSupported()).toBe(false);
  });
});

describe('the pure parts', () => {
  it('splits a merged-areas address at commas outside quoted sheet names', () => {
    expect(parseAreasAddress("'Hộ, ''24'!A1:C1, 'Hộ, ''24'!E3, Sheet1!B5:B9")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 5, bottom: 3, right: 5 },
      { top: 5, left: 2, bottom: 9, right: 2 },
    ]);
  });

  it('compacts cells into column runs and cuts the list under the length limit', () => {
    expect(compactCells(['C5', 'C4', 'C6', 'E9', '$C$8', 'C4'])).toEqual(['C4:C6', 'C8', 'E9']);
    const chunks = chunkAddresses(Array.from({ length: 3000 }, (_, i) => `AB${i * 2 + 1}`), 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join(',').split(',')).toHaveLength(3000);
  });

  it('plans value chunks within the per-sync budget, small sheets sharing a sync', () => {
    expect(planChunks([{ rows: 25, columns: 4 }, null, { rows: 2, columns: 4 }], 40)).toEqual([
      [{ sheet: 0, start: 0, rows: 10 }],
      [{ sheet: 0, start: 10, rows: 10 }],
      [{ sheet: 0, start: 20, rows: 5 }, { sheet: 2, start: 0, rows: 2 }],
    ]);
  });

  it('reads stored settings defensively', () => {
    expect(parsePaneSettings(null)).toEqual({ overrides: {} });
    expect(parsePaneSettings('{"overrides":{"A":{"kind":"awards","headerRows":[1,2],"columns":{"name":"B","x":{}}}},"summarySheet":"Tổng hợp"}')).toEqual({
      overrides: { A: { kind: 'awards', headerRows: [1, 2], columns: { name: 'B' } } },
      summarySheet: 'Tổng hợp',
    });
    expect(parsePaneSettings({ overrides: { A: 'junk' }, summarySheet: 3 })).toEqual({ overrides: {} });
  });
});
