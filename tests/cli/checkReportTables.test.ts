// `baocao check-report` on a statistics annex: the .docx's tables are read with their merged cells and their totals
// and rates checked; a finding names the table, row and column, in the text and in the JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';
import { annex } from '../core/check/tableCorpus';
import { off, plant, toDocx, type DocSpec } from '../core/check/tableDocs';

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
