// `baocao check-report` on a statistics annex: the .docx's tables are read with their merged cells and their totals
// and rates checked; a finding names the table, row and column, in the text and in the JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';
import { annex } from '../core/check/tableCorpus';
import { off, plant, toDocx, type DocSpec } from '../core/check/tableDocs';
import { checkReport, type ReportTable } from '../../src/core/check';
import { docxReportOfBytes } from '../../src/io/docxParagraphs';
import { PROFILE_PATH, samplePath } from '../samples';

const dir = mkdtempSync(join(tmpdir(), 'baocao-tables-'));

async function file(name: string, doc: DocSpec): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await toDocx(doc));
  return path;
}

test('a wrong total cell and a wrong rate in an annex are reported with their place; exit 1', async () => {
  let doc = plant(annex(3), { table: 1, row: 'Toàn xã', column: 5, to: off(-5), what: '' }).doc;
  doc = plant(doc, { table: 0, row: 'Thôn An Phú', column: 4, to: off(13), what: '' }).doc;
  const r = await runCli(['check-report', await file('phu-luc.docx', doc), '--json']);
  expect(r.code).toBe(1);
  const findings = (JSON.parse(r.out) as { findings: Array<{ code: string; location: string; message: string; paragraph: number }> }).findings.filter((f) => f.code.startsWith('report.table'));
  expect(findings.map((f) => [f.code, f.location])).toEqual([
    ['report.table.ratio', 'Biểu số 01, dòng Thôn An Phú, cột 5 (Tỷ lệ (%))'],
    ['report.table.sum', 'Biểu số 02, dòng Toàn xã, cột 4 (Số hộ (hộ))'],
  ]);
  expect(findings[1].message).toMatch(/^Biểu số 02, dòng Toàn xã, cột 4 \(Số hộ \(hộ\)\): ghi [\d.]+, cộng các dòng được [\d.]+\.$/);
  const text = await runCli(['check-report', join(dir, 'phu-luc.docx'), '--lang', 'en']);
  expect(text.out).toContain('Biểu số 02, row Toàn xã, column 4 (Số hộ (hộ)) · report.table.sum');
});

test('a correct annex has no table finding', async () => {
  const r = await runCli(['check-report', await file('dung.docx', annex(4)), '--json']);
  const findings = (JSON.parse(r.out) as { findings: Array<{ code: string }> }).findings;
  expect(findings.filter((f) => f.code.startsWith('report.table'))).toEqual([]);
});

test('the add-in\'s own report: its village table passes, and a rate over 100% or a wrong "Toàn xã" in it would not', async () => {
  const out = join(dir, 'bao-cao.docx');
  expect((await runCli(['report', samplePath('households-merged'), '--profile', PROFILE_PATH, '-o', out])).code).toBe(0);
  expect(JSON.parse((await runCli(['check-report', out, '--json'])).out)).toEqual({ findings: [] });
  const read = await docxReportOfBytes(readFileSync(out));
  const village = read.tables.find((t) => t.grid.some((row) => row.some((s) => s.text === 'Toàn xã')));
  if (!village) throw new Error('no village table');
  const rateCol = village.grid[1].findIndex((s) => /Tỷ lệ/.test(s.text));
  const total = village.grid.findIndex((row) => row.some((s) => s.text === 'Toàn xã'));
  const edit = (r: number, c: number, text: string): ReportTable[] =>
    read.tables.map((t) => (t !== village ? t : { ...t, grid: t.grid.map((row, i) => row.map((s, j) => (i === r && j === c ? { ...s, text } : s))) }));
  const rate = checkReport(read.paragraphs, { tables: edit(2, rateCol, '104,2') }).filter((f) => f.code.startsWith('report.table'));
  expect(rate.map((f) => f.code)).toEqual(['report.table.ratio']);
  expect(rate[0].message).toMatch(/ghi 104,2%, nhưng/);
  const sum = checkReport(read.paragraphs, { tables: edit(total, 2, '9.999') }).filter((f) => f.code.startsWith('report.table'));
  expect(sum.map((f) => [f.code, f.location])).toEqual([['report.table.sum', 'Biểu 1, dòng Toàn xã, cột 3 (Số hộ)']]);
});
