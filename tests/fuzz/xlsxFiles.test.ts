// Properties over .xlsx files: valid workbooks written with exceljs from random grids are read by the CLI's and the
// pane's readers and go through the whole pipeline; the same files damaged (cut off, bytes overwritten, a part's XML
// cut or mangled, parts missing or renamed, the wrong content type) give a workbook or one typed, worded error.
import fc from 'fast-check';
import type { WorkbookInput } from '../../src/core/analyse';
import { isExcelError, type CellValue, type Grid } from '../../src/core/grid';
import { ERRORS } from './cells';
import { runProperty, runsOf, SEED, timeoutOf } from './budget';
import { damage, damaged, partDamage, xlsxOf } from './files';
import { anyGrid, awardGrid, householdGrid } from './grids';
import { runPipeline } from './pipeline';
import { readEverywhere } from './readers';

const sheets = fc.array(anyGrid, { minLength: 1, maxLength: 2 });
/** The parts whose text is the register: cut, they would lose sheets, rows or strings. */
const DATA_PART = /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml|workbook\.xml|_rels\/workbook\.xml\.rels)$/;

// eslint-disable-next-line no-control-regex -- text XML 1.0 cannot hold (exceljs writes it raw): no promise there
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|\r/;
/** A value Excel can hold as written: text without what XML refuses, an error value Excel has. */
const writable = (v: CellValue): boolean => (typeof v === 'string' ? !NOT_XML.test(v) : !isExcelError(v) || ERRORS.includes(v.error));
const cellKey = (v: CellValue | undefined): string => (v instanceof Date ? `date ${v.toISOString()}` : JSON.stringify(v ?? null));

/** Fails unless every cell written comes back as it was (an empty string as an empty cell). */
function expectSameCells(written: Grid[], read: WorkbookInput, who: string): void {
  written.forEach((g, s) => g.values.forEach((row, r) => row.forEach((v, c) => {
    const got = read.sheets[s]?.values[g.originRow - 1 + r]?.[g.originColumn - 1 + c] ?? null;
    if (cellKey(v) !== cellKey(got) && !(v === '' && got === null)) {
      throw new Error(`${who}: sheet ${String(s + 1)} row ${String(g.originRow + r)} column ${String(g.originColumn + c)} was ${cellKey(v).slice(0, 80)}, read ${cellKey(got).slice(0, 80)}`);
    }
  })));
}

describe('xlsx.valid: workbooks written with exceljs from random grids', () => {
  test(`reads ${String(runsOf('xlsx.valid'))} workbooks both ways, every cell as written, and runs the pipeline`, async () => {
    const cases = await runProperty('xlsx.valid', sheets, async (grids) => {
      const bytes = await xlsxOf(grids);
      const { cli, pane } = await readEverywhere(bytes, 'so.xlsx');
      // Nothing lost: text XML can hold is read back whole, by both readers.
      if (grids.every((g) => g.values.every((row) => row.every(writable)))) {
        if (!cli || !pane) throw new Error(`a valid workbook was refused (${cli ? 'pane' : 'CLI'})`);
        expectSameCells(grids, cli, 'CLI reader');
        expectSameCells(grids, pane, 'pane reader');
      }
      for (const wb of [cli, pane]) if (wb) runPipeline({ workbooks: [wb] });
    });
    expect(cases).toBe(runsOf('xlsx.valid'));
  }, timeoutOf('xlsx.valid'));
});

describe('xlsx.damaged: the same workbooks, damaged', () => {
  // A few valid workbooks (fixed by the seed), each damaged in many ways: writing is the slow part.
  let pool: Uint8Array[] = [];
  beforeAll(async () => {
    const grids = fc.sample(fc.oneof(householdGrid, awardGrid, anyGrid), { seed: SEED, numRuns: 8 });
    pool = await Promise.all(grids.map((g, i) => xlsxOf(i % 3 === 0 ? [g, grids[(i + 1) % grids.length]] : [g])));
  });

  test(`reads ${String(runsOf('xlsx.damaged'))} damaged workbooks both ways: a workbook or one worded error`, async () => {
    const anyDamage = fc.oneof({ weight: 3, arbitrary: damage }, { weight: 1, arbitrary: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml').chain(partDamage) });
    const cases = await runProperty('xlsx.damaged', fc.tuple(fc.nat(), anyDamage), async ([which, d]) => {
      const { bytes, part } = await damaged(pool[which % pool.length], d);
      const { cli, pane } = await readEverywhere(bytes, 'so.xlsx');
      // A file cut short is never read as if it were whole; nor, by the CLI, a package whose data part was cut.
      if (d.kind === 'truncate' && (cli || pane)) throw new Error(`a workbook cut to ${String(bytes.length)} bytes was read as whole (${cli ? 'CLI' : 'pane'})`);
      if (d.kind === 'cut-part' && part && DATA_PART.test(part) && cli) throw new Error(`a workbook whose ${part} was cut was read as whole`);
      for (const wb of [cli, pane]) if (wb) runPipeline({ workbooks: [wb] });
    });
    expect(cases).toBe(runsOf('xlsx.damaged'));
  }, timeoutOf('xlsx.damaged'));
});
