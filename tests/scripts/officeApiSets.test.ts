// The requirement sets the pane asks of Office are the lowest its code needs: every Office.js member the adapters
// (src/hosts) call belongs to ExcelApi 1.9 / WordApi 1.3 or earlier — the versions src/taskpane/App.tsx checks when it
// starts and manifest.xml states — except the members used only after their own run-time check. Read from the
// "[Api set: …]" notes of @types/office-js with the TypeScript compiler (scripts/lib/officeApiSets.js).
import fs from 'node:fs';
import path from 'node:path';
import { compareVersions, highest, officeApiUses, parseSets, type OfficeApiUse } from '../../scripts/lib/officeApiSets';
import { excelApiSupported } from '../../src/hosts/excel/officeRuntime';
import { mergeCellsSupported, wordApiSupported } from '../../src/hosts/word/officeWordRuntime';

const ROOT = path.join(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** Members used only where the host has a later set, each behind the check named. */
const CHECKED_AT_RUN_TIME: Record<string, { set: string; version: string; check: RegExp; file: string }> = {
  'Excel.Range.getMergedAreasOrNullObject': { set: 'ExcelApi', version: '1.13', check: /merges: excelApiAtLeast\('1\.13'\)/, file: 'src/hosts/excel/officeExcel.ts' },
  'Word.Table.mergeCells': { set: 'WordApi', version: '1.4', check: /mergeCellsSupported\(\)/, file: 'src/hosts/word/officeWord.ts' },
};

/** The sets asked of Office.context.requirements by `f`. */
function asked(f: () => boolean): string[] {
  const calls: string[] = [];
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { requirements: { isSetSupported: (name: string, version: string) => (calls.push(`${name} ${version}`), false) } } };
  try {
    f();
  } finally {
    g.Office = before;
  }
  return calls;
}

let uses: OfficeApiUse[];
beforeAll(() => {
  uses = officeApiUses();
}, 120_000);

test('reads the set of a note, the highest version when it names two', () => {
  expect(parseSets('ExcelApi 1.9')).toEqual([{ name: 'ExcelApi', version: '1.9' }]);
  expect(parseSets('ExcelApi 1.1 for reading visibility; 1.2 for setting it.')).toEqual([{ name: 'ExcelApi', version: '1.2' }]);
  expect(compareVersions('1.13', '1.9')).toBeGreaterThan(0);
});

test('finds the adapters\' Office.js members with their sets', () => {
  const byName = new Map(uses.map((u) => [u.member, u]));
  expect(byName.get('Excel.Worksheet.getRanges')?.sets).toEqual([{ name: 'ExcelApi', version: '1.9' }]);
  expect(byName.get('Word.ContentControl.insertTable')?.sets).toEqual([{ name: 'WordApi', version: '1.3' }]);
  expect(uses.length).toBeGreaterThan(100);
});

test.each([
  ['ExcelApi', '1.9', excelApiSupported, /supports\('ExcelApi', '([\d.]+)'\)/],
  ['WordApi', '1.3', wordApiSupported, /supports\('WordApi', '([\d.]+)'\)/],
] as const)('%s %s: the highest set the code needs, checked at start, stated in the manifest', (set, version, runtimeCheck, appCheck) => {
  const needed = highest(
    uses.filter((u) => !CHECKED_AT_RUN_TIME[u.member]),
    set,
  );
  expect(needed?.version).toBe(version);
  expect(asked(runtimeCheck)).toEqual([`${set} ${version}`]);
  expect(appCheck.exec(read('src/taskpane/App.tsx'))?.[1]).toBe(version);
  expect(read('manifest.xml')).toContain(`${set} ${version}`);
});

test('members of later sets are used only behind their own run-time check', () => {
  for (const u of uses) {
    const gated = CHECKED_AT_RUN_TIME[u.member];
    if (!gated) continue;
    expect(u.sets).toContainEqual({ name: gated.set, version: gated.version });
    expect(read(gated.file)).toMatch(gated.check);
  }
  expect(asked(mergeCellsSupported)).toEqual(['WordApi 1.4', 'WordApiDesktop 1.1']);
  expect(Object.keys(CHECKED_AT_RUN_TIME).every((m) => uses.some((u) => u.member === m))).toBe(true);
});

test('the manifest\'s Requirements names no set of one application (the add-in declares Excel and Word)', () => {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(read('manifest.xml'))?.[1] ?? '';
  const names = [...requirements.matchAll(/<Set Name="([^"]+)"/g)].map((m) => m[1]);
  expect(names).toEqual(['Settings']);
});
