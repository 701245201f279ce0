import { analyseSamples, sampleKey, type KeyIssue } from '../samples';
import { columnLetter } from '../../src/core/grid';

/** The key's figures, with the optional ones the CLI shape does not promise left out. */
function keyFigures(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (k, v) => (k === 'rowsWithAmount' ? undefined : v));
}

describe('summaries of the sample workbooks', () => {
  const pairs: Array<[string, string]> = [
    ['households-flat', 'awards-flat'],
    ['households-merged', 'awards-sectioned'],
    ['households-sectioned', 'awards-flat'],
    ['households-persons', 'awards-sectioned'],
  ];
  test.each(pairs)('%s with %s gives exactly the figures of both answer keys', async (h, a) => {
    const result = await analyseSamples(h, a);
    expect(result.summary.households).toMatchObject(keyFigures(sampleKey(h).summary.households) as object);
    expect(result.summary.awards).toMatchObject(keyFigures(sampleKey(a).summary.awards) as object);
  });
});

describe('layouts found in the sample workbooks', () => {
  test.each(['households-flat', 'households-merged', 'households-sectioned', 'awards-flat', 'awards-sectioned', 'households-errors-sample', 'awards-errors-sample'])(
    '%s: sheet, header rows, columns and data-row count match the key',
    async (name) => {
      const key = sampleKey(name);
      const reg = (await analyseSamples(name)).files[0].registers[0];
      expect(reg.layout.sheet).toBe(key.register.sheet);
      expect(reg.layout.headerRows).toEqual(key.register.headerRows);
      expect(reg.layout.dataRowCount).toBe(key.register.dataRows);
      const columns = Object.fromEntries(Object.entries(reg.layout.columns).map(([f, c]) => [f === 'householdId' ? 'householdCode' : f, columnLetter(c)]));
      expect(columns).toMatchObject(key.register.columns);
    },
  );

  test('the sectioned household sample takes village headings, subtotals, the total and the footer as such', async () => {
    const reg = (await analyseSamples('households-sectioned')).files[0].registers[0];
    const key = sampleKey('households-sectioned').register as unknown as { sectionRows: unknown[]; subtotalRows: Array<{ row: number }>; totalRow: number; footerRows: number[] };
    const row = (r: number) => r + reg.grid.originRow;
    const sections = reg.layout.body.flatMap((b) => (b.type === 'section' ? [{ row: row(b.r), village: b.context.village }] : []));
    expect(sections).toEqual(key.sectionRows);
    expect(reg.layout.body.filter((b) => b.type === 'subtotal').map((b) => row(b.r))).toEqual(key.subtotalRows.map((s) => s.row));
    expect(reg.layout.body.filter((b) => b.type === 'total').map((b) => row(b.r))).toEqual([key.totalRow]);
    expect(reg.layout.footerRows[0]).toBe(key.footerRows[0]);
    expect(reg.issues.filter((i) => i.code === 'total.mismatch')).toEqual([]);
  });

  test('the list of persons: one household per head, every person row counted, the total line not data', async () => {
    const key = sampleKey('households-persons');
    const reg = (await analyseSamples('households-persons')).files[0].registers[0];
    expect(reg.layout.kind).toBe('persons');
    expect(reg.layout.headerRows).toEqual(key.register.headerRows);
    expect(reg.layout.dataRowCount).toBe(key.register.personRows);
    const columns = Object.fromEntries(Object.entries(reg.layout.columns).map(([f, c]) => [f, columnLetter(c)]));
    expect(columns).toMatchObject(key.register.columns);
    expect(reg.layout.body.filter((b) => b.type === 'total').map((b) => b.r + reg.grid.originRow)).toEqual([key.register.totalRow]);
  });
});

describe('validation of the errors samples', () => {
  test.each(['households-errors-sample', 'awards-errors-sample'])('%s: every planted problem is found at its cell with its code family', async (name) => {
    const key = sampleKey(name);
    const issues = (await analyseSamples(name)).files[0].registers[0].issues;
    const missed = (key.issues ?? []).filter(
      (p) => !issues.some((i) => i.row === p.row && [p.column, ...(p.acceptColumns ?? [])].includes(i.column) && [p.code, ...(p.acceptCodes ?? [])].some((c) => i.code === c || i.code.startsWith(`${c}.`))),
    );
    expect(missed).toEqual([]);
  });

  test.each(['households-errors-sample', 'awards-errors-sample'])('%s: no error or warning on a clean row', async (name) => {
    const key = sampleKey(name);
    const clean = new Set(key.cleanRows);
    const falsePositives = (await analyseSamples(name)).files[0].registers[0].issues.filter((i) => clean.has(i.row) && i.severity !== 'info');
    expect(falsePositives).toEqual([]);
  });

  test('a duplicate household is reported once, on the later row, naming the earlier one', async () => {
    const planted = (sampleKey('households-errors-sample').issues ?? []).filter((p) => p.code === 'row.duplicate');
    const issues = (await analyseSamples('households-errors-sample')).files[0].registers[0].issues.filter((i) => i.code === 'row.duplicate');
    expect(planted).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: planted[0].row, params: { row: planted[0].duplicateOf } });
  });

  test('repairs are suggested for legacy text, aliases, decomposed Unicode and stray spaces', async () => {
    const issues = (await analyseSamples('households-errors-sample')).files[0].registers[0].issues;
    const repairs = (sampleKey('households-errors-sample').issues ?? []).filter((p): p is KeyIssue & { expected: string } => p.expected !== undefined);
    expect([...new Set(repairs.map((p) => p.code))].sort()).toEqual(['text.encoding', 'text.unicode', 'text.whitespace', 'value.alias']);
    for (const p of repairs) {
      const found = issues.find((i) => i.cell === `${p.column}${p.row}` && (i.code === p.code || i.code.startsWith(`${p.code}.`)));
      expect([p.column + p.row, found?.suggestion]).toEqual([p.column + p.row, p.expected]);
      if (p.code.startsWith('text.')) expect(found?.safeFix).toBe(true);
    }
  });

  test('the clean sample registers raise no error and no warning', async () => {
    for (const name of ['households-flat', 'households-merged', 'households-sectioned', 'households-persons']) {
      const issues = (await analyseSamples(name)).files[0].registers[0].issues;
      expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });
});

describe('what is inferred without a commune profile', () => {
  test('the year comes from the title rows, the villages from the data, and the result says so', async () => {
    const key = sampleKey('households-merged');
    const a = await analyseSamples('households-merged');
    expect(a.year).toBe(key.profile.year);
    expect(a.villages).toEqual(key.profile.villages);
    expect(a.inferred.map((i) => [i.what, i.from])).toEqual([['year', 'title'], ['villages', 'data']]);
  });

  test('an awards register without titles takes the year of most decisions', async () => {
    const a = await analyseSamples('awards-errors-sample');
    expect(a.year).toBe(sampleKey('awards-errors-sample').profile.year);
    expect(a.inferred[0]).toMatchObject({ what: 'year', from: 'decisionDates' });
  });

  test('a household register without titles takes the year of the workbook\'s own date (January counts as the year before)', async () => {
    const a = await analyseSamples('households-errors-sample');
    expect(a.year).toBe(sampleKey('households-errors-sample').profile.year);
    expect(a.inferred[0]).toMatchObject({ what: 'year', from: 'fileDate' });
  });
});
