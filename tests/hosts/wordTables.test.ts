// The report check over the open document's tables: the in-memory host models merged cells as Word holds them,
// Office.js's adapter reads them from the body's OOXML in the same single sync as the paragraphs, and a finding's
// paragraph is the cell's, so selecting it selects the cell.
import { checkReport } from '../../src/core/check';
import { blocksOfReport, clerkParagraph, FakeWord } from '../../src/hosts/word/fakeWord';
import { countWordSyncs, OfficeWord } from '../../src/hosts/word/officeWord';
import { reportOfBodyOoxml } from '../../src/hosts/word/bodyOoxml';
import { annex } from '../core/check/tableCorpus';
import { off, plant, readDocx, tablesOf, toDocx } from '../core/check/tableDocs';
import { villageTable } from '../fixtures/villageTable';
import { flatPackage, ooxmlRun } from './wordOoxml';

test('the fake host holds merged cells as Word does and reads them back as a grid', async () => {
  const w = new FakeWord([clerkParagraph('Biểu số 01'), villageTable('247'), clerkParagraph('Cuối')]);
  const paragraphs = await w.readParagraphs();
  // "Hộ nghèo" spans two columns: one cell, one paragraph; cells merged down keep an empty paragraph each.
  expect(paragraphs.slice(0, 6)).toEqual(['Biểu số 01', 'STT', 'Thôn', 'Tổng số hộ', 'Hộ nghèo', '']);
  const { tables, paragraphs: again } = await w.readReport();
  expect(again).toEqual(paragraphs);
  expect(tables).toHaveLength(1);
  const g = tables[0].grid;
  expect(g[1].map((s) => s.text)).toEqual(['STT', 'Thôn', 'Tổng số hộ', 'Số hộ', 'Tỷ lệ (%)']);
  expect(g[0][4]).toMatchObject({ row: 0, column: 3, text: 'Hộ nghèo', paragraph: 4 });
  expect(g[4][1]).toMatchObject({ row: 4, column: 0, text: 'Tổng cộng' });
  for (const row of g) for (const s of row) expect(paragraphs[s.paragraph]).toBe(s.text);
  expect(checkReport(paragraphs, { tables })).toEqual([]);
});

test('a wrong total is found at its cell, and selecting the finding selects that cell', async () => {
  const table = villageTable('257');
  const w = new FakeWord([clerkParagraph('Biểu số 01'), table, clerkParagraph('Cuối')]);
  const { paragraphs, tables } = await w.readReport();
  const [f] = checkReport(paragraphs, { tables });
  expect(f).toMatchObject({ code: 'report.table.sum', location: 'Biểu số 01, dòng Tổng cộng, cột 3 (Tổng số hộ)' });
  expect(f.message).toBe('Biểu số 01, dòng Tổng cộng, cột 3 (Tổng số hộ): ghi 257, cộng các dòng được 247.');
  expect(await w.selectParagraph(f.paragraph, paragraphs[f.paragraph])).toBe(true);
  expect(w.cursor).toBe(table.rows[4][2]);
  expect(w.calls).toContain('readReport');
});

test('a .docx opened outside Office keeps its merged tables: the check finds what check-report finds', async () => {
  const doc = plant(annex(5), { table: 1, row: 'Toàn xã', column: 5, to: off(-5), what: '' }).doc;
  const read = await readDocx(await toDocx(doc));
  const fromFile = checkReport(read.paragraphs, { tables: read.tables }).filter((f) => f.code.startsWith('report.table'));
  const w = new FakeWord();
  w.open(blocksOfReport(read.paragraphs, read.tables));
  const r = await w.readReport();
  const inPane = checkReport(r.paragraphs, { tables: r.tables }).filter((f) => f.code.startsWith('report.table'));
  expect(inPane.map((f) => f.message)).toEqual(fromFile.map((f) => f.message));
  expect(inPane).toHaveLength(1);
  expect(r.paragraphs[inPane[0].paragraph]).toBe(tablesOf(doc)[1].rows[4][5]);
});

test('Office.js: paragraphs and the body OOXML in one sync; tables renumbered onto Word\'s paragraphs', async () => {
  const doc = plant(annex(2), { table: 0, row: 'Tổng cộng', column: 5, to: off(-3), what: '' }).doc;
  const bytes = await toDocx(doc);
  const read = await readDocx(bytes);
  const ooxml = await flatPackage(bytes);
  // Word lists the paragraphs without the package's extra one, and reads one field result differently.
  const wordTexts = read.paragraphs.map((p, i) => (i === 1 ? `${p} ` : p));
  const { run, loaded } = ooxmlRun(wordTexts, ooxml);
  const counted = countWordSyncs(run);
  const word = new OfficeWord(counted.run, { settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined }, mergeCells: false });
  const r = await word.readReport();
  expect(counted.count()).toBe(1);
  expect(loaded).toEqual(['text']);
  expect(r.tables.map((t) => [t.start, t.end])).toEqual(read.tables.map((t) => [t.start, t.end]));
  const findings = checkReport(r.paragraphs, { tables: r.tables }).filter((f) => f.code.startsWith('report.table'));
  // The total's rate follows from the wrong total: one problem, one finding.
  expect(findings.map((f) => f.location)).toEqual(['Biểu số 01, dòng Tổng cộng, cột 6 (Số hộ)']);
  expect(reportOfBodyOoxml(ooxml, []).tables).toHaveLength(read.tables.length);
});
