// The Excel pane's logic that runs without a browser: what it asks about the year and villages, the snapshot after
// its own fix or undo (so no new read is needed), the grouping of issues, the windowed list, and the confirmed
// profile as stored in the workbook and used by the core.
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { parseConfirmedProfile } from '../../src/hosts/confirmedProfile';
import { parsePaneSettings } from '../../src/hosts/excel/officeRuntime';
import type { WorkbookSnapshot } from '../../src/hosts/excel/port';
import { parseVillageLines, villageQuestion, yearChoices, yearQuestion } from '../../src/taskpane/askProfile';
import { groupIssues, groupTitle } from '../../src/taskpane/excel/IssuesPanel';
import { toPaneAnalysis, type PaneIssue } from '../../src/taskpane/excel/paneAnalysis';
import { highlightGroups, highlightSignature, withCells, worstByCell } from '../../src/taskpane/excel/paneState';
import { windowOf } from '../../src/taskpane/VirtualList';

const grid = (sheet: string, values: Grid['values'], originRow = 1, originColumn = 1): Grid => ({ sheet, values, merges: [], originRow, originColumn });

/** Households in three villages, one in a village the commune does not have; optional title and signing line. */
function households(opts: { title?: string; footer?: string } = {}): Grid {
  const rows: Grid['values'] = [];
  if (opts.title) rows.push([opts.title]);
  rows.push(['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu']);
  const villages = ['Đông Hòa', 'Tây Hòa', 'Nam Hòa'];
  for (let i = 1; i <= 40; i++) rows.push([i, `Hộ gia đình số ${i}`, 1950 + i, i === 17 ? 'Xóm Lạ' : villages[i % 3], 1 + (i % 5)]);
  if (opts.footer) rows.push([null], [null, null, null, opts.footer]);
  return grid('Sổ hộ', rows);
}

const pane = (g: Grid[], confirmed?: { year?: number; villages?: string[] }, today = new Date(Date.UTC(2026, 11, 5))) =>
  toPaneAnalysis(analyse([{ file: 'So.xlsx', sheets: g }], { today, confirmed }), 'vi');

describe('what the pane asks', () => {
  test('a year guessed from today is asked as a guess; the villages from the data are asked', () => {
    const a = pane([households()]);
    expect(yearQuestion(a)).toEqual({ year: 2026, from: 'today', guessed: true, outside: null });
    expect(villageQuestion(a)?.villages.sort()).toEqual(['Nam Hòa', 'Tây Hòa', 'Đông Hòa'].sort());
  });

  test('a year from the title is asked (to confirm), not as a guess', () => {
    const a = pane([households({ title: 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2023' })]);
    expect(yearQuestion(a)).toEqual({ year: 2023, from: 'title', guessed: false, outside: null });
    expect(a.dataYears).toEqual([2023]);
  });

  test('a confirmed year inside the data asks nothing; outside it is said, with the data\'s years', () => {
    const titled = [households({ title: 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2023' })];
    expect(yearQuestion(pane(titled, { year: 2023 }))).toBeNull();
    expect(yearQuestion(pane(titled, { year: 2025 }))).toEqual({ year: 2025, from: null, guessed: false, outside: [2023] });
    // The data's dates include a signing date: December 2024 signs the 2024 report.
    expect(pane([households({ footer: 'Đông Hòa, ngày 20 tháng 12 năm 2024' })], { year: 2024 }).dataYears).toEqual([2024]);
  });

  test('confirmed villages are used as the commune\'s: no question, and the village outside them is an error', () => {
    const a = pane([households()], { villages: ['Đông Hòa', 'Tây Hòa', 'Nam Hòa'] });
    expect(villageQuestion(a)).toBeNull();
    expect(a.villages).toEqual(['Đông Hòa', 'Tây Hòa', 'Nam Hòa']);
    const unknown = a.registers[0].issues.filter((i) => i.code === 'value.enum.village');
    expect(unknown.map((i) => i.cell)).toEqual(['D18']);
    // The message names three villages and the rest by number… with only three, all three.
    expect(unknown[0].message).toContain('(Đông Hòa, Tây Hòa, Nam Hòa)');
    const five = pane([households()], { villages: ['Đông Hòa', 'Tây Hòa', 'Nam Hòa', 'Bắc Hòa', 'Trung Hòa'] });
    expect(five.registers[0].issues.find((i) => i.code === 'value.enum.village')?.message).toContain('(Đông Hòa, Tây Hòa, Nam Hòa và 2 thôn khác)');
  });

  test('the years offered: from three before to this year or the one after, the data\'s years too, newest first', () => {
    expect(yearChoices({ year: 2023, from: 'title', guessed: false, outside: null }, new Date(2026, 0, 10))).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearChoices({ year: 2026, from: null, guessed: false, outside: [2019] }, new Date(2026, 0, 10))).toEqual([2027, 2026, 2025, 2024, 2023, 2019]);
  });

  test('villages typed one a line (or with commas), blanks and repeats dropped', () => {
    expect(parseVillageLines('Đông Hòa\n\n tây hòa ; Tây Hòa, Nam Hòa\n')).toEqual(['Đông Hòa', 'tây hòa', 'Nam Hòa']);
  });
});

describe('the profile kept in the workbook', () => {
  test('year and villages read back; what fails the profile\'s checks is left out', () => {
    expect(parseConfirmedProfile({ year: 2023, villages: ['Đông Hòa'] })).toEqual({ year: 2023, villages: ['Đông Hòa'] });
    expect(parseConfirmedProfile({ year: 1890, villages: [] })).toBeUndefined();
    expect(parseConfirmedProfile({ year: '2023', villages: ['Đông Hòa', 7] })).toBeUndefined();
    expect(parseConfirmedProfile('2023')).toBeUndefined();
    // A full profile saved by the Word pane reads too.
    expect(parseConfirmedProfile({ commune: 'Xã An Hòa', year: 2024, villages: ['Thôn 1', 'Thôn 2'] })).toEqual({ year: 2024, villages: ['Thôn 1', 'Thôn 2'] });
  });

  test('the pane settings carry it, beside the column corrections', () => {
    const s = parsePaneSettings(JSON.stringify({ overrides: {}, profile: { year: 2022 } }));
    expect(s).toEqual({ overrides: {}, profile: { year: 2022 } });
    expect(parsePaneSettings({ overrides: {}, profile: { year: 'x' } })).toEqual({ overrides: {} });
  });
});

describe('the snapshot after the pane\'s own writes', () => {
  const snapshot = (): WorkbookSnapshot => ({
    name: 'So.xlsx',
    sheets: [{ grid: grid('A', [['x', 'y'], [1, 2]], 3, 2), protected: false, visible: true }, { grid: grid('B', [['z']]), protected: false, visible: true }],
    settings: { overrides: {} },
    journal: [],
  });

  test('cells are set at their place in a grid that starts at B3, other sheets and the original untouched', () => {
    const before = snapshot();
    const after = withCells(before, [{ sheet: 'A', cell: 'C4', value: 'mới' }, { sheet: 'A', cell: 'E3', value: 5 }, { sheet: 'A', cell: 'A1', value: 'ngoài' }, { sheet: 'Z', cell: 'A1', value: 1 }]);
    expect(after.sheets[0].grid.values).toEqual([['x', 'y', null, 5], [1, 'mới']]);
    expect(after.sheets[1]).toBe(before.sheets[1]);
    expect(before.sheets[0].grid.values).toEqual([['x', 'y'], [1, 2]]);
  });

  test('a fix then its undo (journal newest first) give the grid back, a cell fixed twice included', () => {
    const s0 = snapshot();
    const journal = [
      { sheet: 'A', cell: 'B3', before: 'x', after: 'x1' },
      { sheet: 'A', cell: 'B3', before: 'x1', after: 'x2' },
      { sheet: 'A', cell: 'C4', before: 2, after: '02' },
    ];
    const fixed = withCells(s0, journal.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.after })));
    expect(fixed.sheets[0].grid.values).toEqual([['x2', 'y'], [1, '02']]);
    const undone = withCells(fixed, [...journal].reverse().map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.before })));
    expect(undone.sheets[0].grid.values).toEqual(s0.sheets[0].grid.values);
  });

  test('re-analysing the fixed snapshot gives what a new read of the fixed workbook would', () => {
    const g = households();
    const a = pane([g]);
    const fixes = a.registers[0].issues.filter((i) => i.safeFix && i.suggestion !== undefined);
    const snap: WorkbookSnapshot = { name: 'So.xlsx', sheets: [{ grid: g, protected: false, visible: true }], settings: { overrides: {} }, journal: [] };
    const fixed = withCells(snap, fixes.map((i) => ({ sheet: i.sheet, cell: i.cell, value: i.suggestion as string })));
    const reread = structuredClone(g);
    for (const i of fixes) reread.values[Number(i.cell.slice(1)) - 1][i.cell.charCodeAt(0) - 65] = i.suggestion as string;
    expect(pane(fixed.sheets.map((x) => x.grid)).registers[0].issues).toEqual(pane([reread]).registers[0].issues);
  });
});

describe('issues by severity and rule, in windowed groups', () => {
  const issue = (code: string, severity: PaneIssue['severity'], cell: string): PaneIssue =>
    ({ code, severity, cell, sheet: 'S', row: Number(cell.slice(1)), field: 'village', key: code, params: {}, message: code, value: null } as unknown as PaneIssue);

  test('errors first, then warnings, then notes; the largest group first within each', () => {
    const list = [issue('text.encoding', 'warning', 'B2'), issue('text.whitespace', 'warning', 'B3'), issue('text.encoding', 'warning', 'B4'), issue('total.mismatch', 'error', 'F9'), issue('value.alias.village', 'info', 'D2')];
    expect(groupIssues(list).map((s) => [s.severity, s.groups.map((g) => `${g.code}:${g.issues.length}`)])).toEqual([
      ['error', ['total.mismatch:1']],
      ['warning', ['text.encoding:2', 'text.whitespace:1']],
      ['info', ['value.alias.village:1']],
    ]);
  });

  test('a group\'s title is the rule and the field in words, never the code', () => {
    expect(groupTitle('value.enum.village', 'vi')).toBe('Không có trong danh mục · Thôn');
    expect(groupTitle('text.encoding', 'vi')).toBe('Chữ mã cũ (TCVN3/VNI)');
  });

  test('the window: rows in view and a few around them, whatever the length', () => {
    expect(windowOf(2000, 56, 308, 0, 4)).toEqual([0, 10]);
    expect(windowOf(2000, 56, 308, 56 * 1000, 4)).toEqual([996, 1010]);
    expect(windowOf(2000, 56, 308, 56 * 1995, 4)).toEqual([1991, 2000]);
    expect(windowOf(3, 56, 168, 0, 4)).toEqual([0, 3]);
    expect(windowOf(0, 56, 0, 0, 4)).toEqual([0, 0]);
  });
});

describe('the highlight', () => {
  const issue = (sheet: string, cell: string, severity: PaneIssue['severity']) => ({ sheet, cell, severity }) as PaneIssue;

  test('a cell takes its worst severity; one group per sheet and severity; a sheet name with "!" kept whole', () => {
    const worst = worstByCell([issue('S', 'B2', 'info'), issue('S', 'B2', 'error'), issue('S', 'C3', 'warning'), issue('Sổ!1', 'A1', 'warning')]);
    expect([...worst]).toEqual([['S!B2', 'error'], ['S!C3', 'warning'], ['Sổ!1!A1', 'warning']]);
    expect(highlightGroups(worst)).toEqual([
      { sheet: 'S', severity: 'error', cells: ['B2'] },
      { sheet: 'S', severity: 'warning', cells: ['C3'] },
      { sheet: 'Sổ!1', severity: 'warning', cells: ['A1'] },
    ]);
  });

  test('the signature changes when a cell or its colour does, not with the issues\' order', () => {
    const one = highlightSignature(worstByCell([issue('S', 'B2', 'error'), issue('S', 'C3', 'warning')]));
    expect(highlightSignature(worstByCell([issue('S', 'C3', 'warning'), issue('S', 'B2', 'error')]))).toBe(one);
    expect(highlightSignature(worstByCell([issue('S', 'B2', 'error')]))).not.toBe(one);
    expect(highlightSignature(worstByCell([issue('S', 'B2', 'error'), issue('S', 'C3', 'info')]))).not.toBe(one);
  });
});
