import { FakeExcel } from '../../src/hosts/excel/fakeExcel';
import { asLiteral } from '../../src/hosts/excel/port';
import { summarySheetModel, SUMMARY_SHEET } from '../../src/hosts/excel/summarySheet';
import { sendHandover, readHandover, HANDOVER_KEY } from '../../src/hosts/handover';
import { HostError } from '../../src/hosts/excel/hostError';
import { gridOf } from '../../src/core/grid';
import { analyseSamples, keyAwards, keyHouseholds } from '../samples';

const grid = () => gridOf('DS', [
  ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'CCCD'],
  [1, 'Nguyễn  Văn An', 'An Lạc', '4', '037050547955'],
  [2, 'Trần Thị Bình', 'an lạc', 3, null],
]);

describe('the in-memory Excel host', () => {
  test('fixes are journaled and undone exactly: text stays text, numbers stay numbers, empty stays empty', async () => {
    const x = FakeExcel.fromGrids('t.xlsx', [grid()]);
    await x.applyFixes([
      { sheet: 'DS', cell: 'B2', value: 'Nguyễn Văn An', code: 'text.whitespace' },
      { sheet: 'DS', cell: 'D2', value: 4, code: 'value.type' },
      { sheet: 'DS', cell: 'E3', value: '=SUM(A1)', code: 'test' },
    ]);
    expect(x.valueAt('DS', 'B2')).toBe('Nguyễn Văn An');
    expect(x.valueAt('DS', 'D2')).toBe(4);
    expect(x.valueAt('DS', 'E3')).toBe('=SUM(A1)');
    // Text stays text without touching the cell's number format, as an apostrophe does in Excel.
    expect(x.sheet('DS').formats.has('E3')).toBe(false);
    expect(x.journal).toHaveLength(3);
    expect(await x.undoFixes()).toBe(3);
    expect(x.valueAt('DS', 'B2')).toBe('Nguyễn  Văn An');
    expect(x.valueAt('DS', 'D2')).toBe('4');
    expect(x.valueAt('DS', 'E3')).toBeNull();
    expect(x.sheet('DS').formats.has('E3')).toBe(false);
    expect(x.journal).toEqual([]);
  });

  test('a text that Excel would take for a formula, number or date is written with an apostrophe', () => {
    expect(asLiteral('=1+1')).toBe("'=1+1");
    expect(asLiteral('-2')).toBe("'-2");
    expect(asLiteral('@home')).toBe("'@home");
    expect(asLiteral('037050547955')).toBe("'037050547955");
    expect(asLiteral('15/12/2023')).toBe("'15/12/2023");
    expect(asLiteral('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(asLiteral(4)).toBe(4);
  });

  test('highlight sits over the clerk\'s own fills and clear puts back exactly what was there', async () => {
    const x = FakeExcel.fromGrids('t.xlsx', [grid()]);
    x.sheet('DS').fills.set('B2', '#00FF00');
    x.sheet('DS').conditionalFormats.push({ cells: ['A1'], color: '#123456', ours: false });
    const before = JSON.stringify([...x.sheet('DS').fills]);
    await x.highlight([{ sheet: 'DS', severity: 'error', cells: ['B2', 'C3'] }]);
    expect(x.effectiveFill('DS', 'B2')).toBe('#F8D7DA');
    await x.clearHighlight();
    expect(x.effectiveFill('DS', 'B2')).toBe('#00FF00');
    expect(x.effectiveFill('DS', 'C3')).toBeNull();
    expect(JSON.stringify([...x.sheet('DS').fills])).toBe(before);
    expect(x.sheet('DS').conditionalFormats).toEqual([{ cells: ['A1'], color: '#123456', ours: false }]);
  });

  test('a protected sheet refuses fixes and nothing changes', async () => {
    const x = FakeExcel.fromGrids('t.xlsx', [grid()]);
    x.sheet('DS').protected = true;
    await expect(x.applyFixes([{ sheet: 'DS', cell: 'B2', value: 'x', code: 'c' }])).rejects.toThrow(HostError);
    expect(x.valueAt('DS', 'B2')).toBe('Nguyễn  Văn An');
    expect(x.journal).toEqual([]);
  });

  test('the summary sheet is written, refreshed, and never written over a sheet of that name the clerk made', async () => {
    const a = await analyseSamples('households-flat', 'awards-flat');
    const model = summarySheetModel(a, 'so.xlsx', new Date('2024-01-10T00:00:00Z'));
    expect(model.tables.map((t) => t.title)).toEqual(['Hộ gia đình theo thôn', 'Hộ gia đình theo phân loại', 'Khen thưởng theo cấp', 'Khen thưởng theo hình thức']);
    const h = keyHouseholds('households-flat');
    expect(model.tables[0].totalRow).toEqual(['Toàn xã', h.total, h.persons, h.poverty.poor, h.poverty.nearPoor, h.poverty.average, h.culturalFamily.registered, h.culturalFamily.achieved, h.rates.culturalFamilyAchieved, h.learningFamily]);
    expect(model.charts.map((c) => c.type)).toEqual(['column', 'pie']);
    const x = FakeExcel.fromGrids('t.xlsx', [grid()]);
    expect(await x.writeSummarySheet(model)).toEqual({ ok: true, sheet: SUMMARY_SHEET, created: true });
    expect(await x.writeSummarySheet(model)).toEqual({ ok: true, sheet: SUMMARY_SHEET, created: false });
    const theirs = FakeExcel.fromGrids('t.xlsx', [grid(), gridOf(SUMMARY_SHEET, [['Bảng của tôi']])]);
    expect(await theirs.writeSummarySheet(model)).toEqual({ ok: false, reason: 'not-ours', sheet: SUMMARY_SHEET });
    expect(theirs.valueAt(SUMMARY_SHEET, 'A1')).toBe('Bảng của tôi');
  });
});

describe('the hand-over from Excel to Word', () => {
  test('keeps the report input with when and from which workbook it came, and reads it back', async () => {
    const a = await analyseSamples('awards-flat');
    const store = new Map<string, string>();
    const kv = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const { reportInputOf } = await import('../../src/core/report/input');
    sendHandover(kv, 'so.xlsx', reportInputOf(a), new Date('2024-01-10T08:00:00Z'));
    const h = readHandover(kv);
    expect(h?.awards).toMatchObject({ at: '2024-01-10T08:00:00.000Z', workbook: 'so.xlsx' });
    expect(h?.awards?.input.awardItems).toHaveLength(keyAwards('awards-flat').total);
    store.set(HANDOVER_KEY, '{broken');
    expect(readHandover(kv)).toBeNull();
  });
});
