/// <reference types="office-js" />
// Nothing the clerk owns is lost in the workbook. Every action that writes (highlight, clear, each kind of safe fix,
// undo, the summary sheet) runs on a realistic register in both Excel hosts: the in-memory fake and the Office.js
// adapter over the mock object model. A snapshot of the whole workbook (every sheet, every cell's typed value,
// formula, number format and fill, merges, conditional formats, charts, formatting, page layout) is taken before
// and after, and the difference must be exactly what the action is for; undo must give back the snapshot before
// the fix, byte for byte.

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose full import pulls an ES module
// Jest cannot require here; jest.mock is hoisted above the imports.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { a1 } from '../../src/core/grid';
import { JOURNAL_HEADER, JOURNAL_SHEET } from '../../src/hosts/excel/officeJournal';
import type { CellWrite } from '../../src/hosts/excel/port';
import { AWARDS, NEW_HOUSEHOLDS, NOTES, REGISTER } from './clerkWorkbook';
import { HOSTS, expectedHighlights, highlightGroups, issuesOf, officeHost, safeWrites, type ExcelHost } from './excelHosts';
import { MockSheet } from './mockExcelModel';
import { describeChanges, diffWorkbooks, typedValue, type Change, type WorkbookSnap } from './snapshot';

/** Every kind of fix the core marks safe, one planted for each in the clerk's workbook. */
const SAFE_FIX_KINDS = ['text.encoding', 'text.unicode', 'text.whitespace', 'id.cccd.number', 'value.alias.phone', 'value.alias.village', 'value.alias.form'] as const;

/** The changes from a to b, as sentences (a failing test then says what was lost). */
const changes = (a: WorkbookSnap, b: WorkbookSnap) => describeChanges(diffWorkbooks(a, b));

/** What an emptied journal leaves behind in the Office workbook: its very hidden sheet, header row only. */
function journalOnly(snap: WorkbookSnap): string[] {
  const journal = snap.sheets[JOURNAL_SHEET];
  if (!journal) return [];
  expect(journal.visible).toBe('VeryHidden');
  expect(Object.entries(journal.cells).map(([cell, c]) => [cell, c.value])).toEqual(JOURNAL_HEADER.map((h, i) => [a1(1, i + 1), `s:"${h}"`]));
  return [`${JOURNAL_SHEET} sheet: ∅ → present`];
}

/** The value a fix writes, as the snapshot shows it: a suggestion is always written as that text or number. */
const written = (w: CellWrite) => (typeof w.value === 'number' ? `n:${w.value}` : `s:${JSON.stringify(w.value)}`);

describe.each(HOSTS)('nothing is lost in %s', (_name, makeHost) => {
  let host: ExcelHost;
  let original: WorkbookSnap;

  beforeEach(() => {
    host = makeHost();
    original = host.snapshot();
  });

  test('the fixture plants one safe fix of every kind, and reading the workbook changes nothing', async () => {
    const writes = safeWrites(await issuesOf(host.port));
    expect(writes.map((w) => w.code).sort()).toEqual([...SAFE_FIX_KINDS].sort());
    expect(changes(original, host.snapshot())).toEqual([]);
  });

  describe('highlight and clear', () => {
    test('highlight adds the add-in\'s own conditional formats on exactly the flagged cells, and changes nothing else', async () => {
      const issues = await issuesOf(host.port);
      const groups = highlightGroups(issues);
      expect(groups.length).toBeGreaterThan(1);
      await host.port.highlight(groups);

      const diff = diffWorkbooks(original, host.snapshot());
      // Conditional formats added, none removed or changed: the clerk's own formats are still there, in order.
      expect(describeChanges(diff.filter((c) => c.aspect !== 'conditionalFormats' || c.before !== undefined))).toEqual([]);
      expect(diff.length).toBeGreaterThan(0);
      // Each added format is the add-in's own (the fake flags it, Office's carries the signature in its formula).
      expect(diff.filter((c) => !/^ours |N\("baocao-xa"\)/.test(c.after ?? ''))).toEqual([]);
      // What they colour is every flagged cell in its worst severity's colour, and no other cell.
      expect(host.highlights()).toEqual(expectedHighlights(groups));
    });

    test('highlighting again replaces the add-in\'s formats; clear gives back the workbook exactly as it was', async () => {
      const issues = await issuesOf(host.port);
      await host.port.highlight(highlightGroups(issues));
      const fewer = highlightGroups(issues.filter((i) => i.sheet === REGISTER));
      await host.port.highlight(fewer);
      expect(host.highlights()).toEqual(expectedHighlights(fewer));
      expect(describeChanges(diffWorkbooks(original, host.snapshot()).filter((c) => c.aspect !== 'conditionalFormats' || c.before !== undefined))).toEqual([]);

      await host.port.clearHighlight();
      expect(changes(original, host.snapshot())).toEqual([]);
      // Clearing when nothing is highlighted is harmless too.
      await host.port.clearHighlight();
      expect(changes(original, host.snapshot())).toEqual([]);
    });
  });

  describe('fix and undo', () => {
    test.each(SAFE_FIX_KINDS)('a %s fix changes only its cell\'s value (nothing else, not even its number format); undo gives the cell back byte for byte', async (kind) => {
      const write = safeWrites(await issuesOf(host.port)).find((w) => w.code === kind);
      if (!write) throw new Error(`no ${kind} fix in the fixture`);
      const before = original.sheets[write.sheet].cells[write.cell]?.value;

      const entries = await host.port.applyFixes([write]);
      expect(entries.map((e) => [e.sheet, e.cell, e.code])).toEqual([[write.sheet, write.cell, kind]]);
      const fixed = host.snapshot();
      const journal = fixed.sheets[JOURNAL_SHEET] ? [`${JOURNAL_SHEET} sheet: ∅ → present`] : [];
      expect(changes(original, fixed)).toEqual([...journal, `${write.sheet}!${write.cell} value: ${before ?? '∅'} → ${written(write)}`]);

      expect(await host.port.undoFixes()).toBe(1);
      const undone = host.snapshot();
      expect(changes(original, undone)).toEqual(journalOnly(undone));
      expect(undone.sheets[write.sheet]).toEqual(original.sheets[write.sheet]);
    });

    test('every safe fix in two batches, then one cell fixed a second time: one undo gives back the whole workbook', async () => {
      const writes = safeWrites(await issuesOf(host.port));
      await host.port.applyFixes(writes.slice(0, 3));
      await host.port.applyFixes(writes.slice(3));
      const again = writes[0];
      await host.port.applyFixes([{ ...again, value: `${String(again.value)} (sửa lần hai)` }]);
      const fixed = diffWorkbooks(original, host.snapshot());
      expect(fixed.filter((c) => c.sheet !== JOURNAL_SHEET).map((c) => `${c.sheet}!${c.cell} ${c.aspect}`).sort()).toEqual(writes.map((w) => `${w.sheet}!${w.cell} value`).sort());

      expect(await host.port.undoFixes()).toBe(writes.length + 1);
      const undone = host.snapshot();
      expect(changes(original, undone)).toEqual(journalOnly(undone));
      // Nothing is left to undo, and undoing again changes nothing.
      expect(await host.port.undoFixes()).toBe(0);
      expect(changes(undone, host.snapshot())).toEqual([]);
    });

    test('undo is exact on every kind of cell a fix may land on: numbers, dates, booleans, errors, formulas, text with leading zeros, "@" text, empty cells', async () => {
      // Written straight through the port, as a fix of any future kind would be.
      const targets: Array<[string, string]> = [
        [REGISTER, 'C7'], // a year, number format "0"
        [REGISTER, 'D8'], // CCCD "001175012345" as text in a "@" cell
        [REGISTER, 'F10'], // the clerk's subtotal formula =SUM(F7:F9)
        [REGISTER, 'K7'], // an empty cell inside the table
        [REGISTER, 'K8'], // "- hộ mới tách": text Excel would take for a formula
        [REGISTER, 'A6'], // the merged village row "Thôn An Lạc"
        [AWARDS, 'G2'], // a decision date
        [AWARDS, 'H2'], // an amount formatted #,##0 "đ"
        [NOTES, 'B3'], // CCCD "001234567890" as text in a General cell
        [NOTES, 'C2'], // 75% (number format 0%)
        [NOTES, 'C3'], // #N/A
        [NOTES, 'D2'], // FALSE
        [NOTES, 'B4'], // a formula over another sheet
        [NOTES, 'E2'], // an empty text (in the fake; the mock holds it as empty)
        [NEW_HOUSEHOLDS, 'E4'], // a number in a cell formatted as text after it was typed
      ];
      const values: Array<string | number> = ['0123', '=1+1', 'Nguyễn Văn A', '2024-12-20', 42, '15/3/2024', 'x'];
      const writes: CellWrite[] = targets.map(([sheet, cell], i) => ({ sheet, cell, value: values[i % values.length], code: 'test.any' }));
      await host.port.applyFixes(writes);
      const fixed = diffWorkbooks(original, host.snapshot());
      // The fix itself writes values only: no number format, formula or fill of any cell changes (the formula
      // cells' formulas are replaced by the value, as the clerk asked).
      expect(describeChanges(fixed.filter((c: Change) => c.sheet !== JOURNAL_SHEET && c.aspect !== 'value' && c.aspect !== 'formula'))).toEqual([]);

      await host.port.undoFixes();
      const undone = host.snapshot();
      expect(changes(original, undone)).toEqual(journalOnly(undone));
    });
  });

  test('a whole session: highlight, fix everything, highlight again, undo, clear: the workbook is as it was', async () => {
    const issues = await issuesOf(host.port);
    await host.port.highlight(highlightGroups(issues));
    await host.port.applyFixes(safeWrites(issues));
    await host.port.highlight(highlightGroups(await issuesOf(host.port)));
    await host.port.undoFixes();
    await host.port.clearHighlight();
    const end = host.snapshot();
    expect(changes(original, end)).toEqual(journalOnly(end));
  });
});

describe('undo after the workbook was closed and opened again (the journal travels in the file)', () => {
  test('the Office.js adapter: a new session undoes the fixes of the last one exactly', async () => {
    const host = officeHost();
    const original = host.snapshot();
    await host.port.applyFixes(safeWrites(await issuesOf(host.port)));
    const reopened = host.reopen();
    expect((await reopened.readWorkbook()).journal).toHaveLength(SAFE_FIX_KINDS.length);
    expect(await reopened.undoFixes()).toBe(SAFE_FIX_KINDS.length);
    const undone = host.snapshot();
    expect(changes(original, undone)).toEqual(journalOnly(undone));
  });

  test('a journal written before formulas were kept (eight columns) is still undone exactly', async () => {
    const host = officeHost();
    const original = host.snapshot();
    const notes = host.model.sheet(NOTES);
    notes.put(3, 2, [['Nguyễn Tiến Khoa']]);
    const journal = host.model.add(new MockSheet(JOURNAL_SHEET));
    journal.visibility = 'VeryHidden';
    journal.put(1, 1, [JOURNAL_HEADER.slice(0, 8), ['fix-1', '2024-05-01T08:00:00.000Z', NOTES, 'B3', '"001234567890"', 'General', '"Nguyễn Tiến Khoa"', 'text.encoding']]);
    expect(await host.port.undoFixes()).toBe(1);
    const undone = host.snapshot();
    expect(changes(original, undone)).toEqual(journalOnly(undone));
  });
});

describe('typed values in the snapshot', () => {
  test('tell a number from its digits, empty from an empty text, a date from its text', () => {
    expect(typedValue(4)).not.toBe(typedValue('4'));
    expect(typedValue(null)).toBeUndefined();
    expect(typedValue('')).toBe('s:""');
    expect(typedValue(new Date(Date.UTC(2024, 11, 20)))).toBe('d:2024-12-20T00:00:00.000Z');
    expect(typedValue({ error: '#N/A' })).toBe('e:#N/A');
  });
});
