// Template rows and template sheets (DOMAIN §2.3): pre-numbered rows, formulas returning "" or #N/A and a stray "x"
// are empty rows of a template; an empty template is a register with no data; instruction and example sheets are
// not counted.
import { analyse } from '../../../src/core/analyse';
import { emptyAwardsTemplate, emptyHouseholdTemplate, naRows, preNumbered, TAN_LAP, withInstructionSheet, type Template } from './fixtures/templates';
import { householdFigures, ignoredOf, issuesOf, kindOf, registersOf } from './helpers';

const profile = TAN_LAP;

describe.each([
  ['rows pre-numbered 1 … 300 (two with a stray "x" under Hộ nghèo) and only 4 households filled in', () => preNumbered('numbers')],
  ['rows numbered "1" … "300" as text and formulas that returned "" everywhere else, 4 households filled in', () => preNumbered('formulas')],
  ['4 households and then 100 rows of #N/A only', () => naRows(false)],
  ['4 households and then 100 rows of a running number and #N/A', () => naRows(true)],
] as Array<[string, () => Template]>)('a template with %s', (_name, make) => {
  const t = make();
  const analysis = analyse([{ file: 'mau.xlsx', sheets: t.grids }], { profile });
  const regs = registersOf(analysis);

  it('reads the filled-in households only', () => {
    expect(regs.map(kindOf)).toEqual(['households']);
    expect(regs[0].records.map((r) => r.row)).toEqual(t.rows);
  });

  it('counts them and nothing else', () => {
    expect(householdFigures(analysis)).toEqual(t.truth);
  });

  it('raises no issue at all on the template rows', () => {
    expect(issuesOf(analysis).filter((i) => !t.rows.includes(i.row)).map((i) => `${i.cell} ${i.code}`)).toEqual([]);
  });
});

describe.each([
  ['a header, a column-number row and a footer, no rows', 0],
  ['a header, a column-number row, 50 pre-numbered empty rows and a footer', 50],
])('an empty household template with %s', (_name, numbered) => {
  const analysis = analyse([{ file: 'mau-trong.xlsx', sheets: [emptyHouseholdTemplate(numbered)] }], { profile });
  const regs = registersOf(analysis);

  it('is a household register with no records and no issues', () => {
    expect(regs.map((r) => [kindOf(r), r.records.length, r.issues.length])).toEqual([['households', 0, 0]]);
    expect(ignoredOf(analysis)).toEqual([]);
  });

  it('counts nothing', () => {
    expect(analysis.summary.households?.total ?? 0).toBe(0);
    expect(analysis.summary.households?.persons ?? 0).toBe(0);
  });
});

describe('an empty awards template (title and header only)', () => {
  const analysis = analyse([{ file: 'mau-khen.xlsx', sheets: [emptyAwardsTemplate()] }], { profile });

  it('is an awards register with no records and no issues, counting nothing', () => {
    expect(registersOf(analysis).map((r) => [kindOf(r), r.records.length, r.issues.length])).toEqual([['awards', 0, 0]]);
    expect(analysis.summary.awards?.total ?? 0).toBe(0);
    expect(analysis.summary.households).toBeUndefined();
  });
});

describe.each([
  ['Hướng dẫn', 'instructions'],
  ['HD', 'instructions'],
  ['Ví dụ', 'example'],
] as const)('a "%s" sheet with example rows beside the register', (name, reason) => {
  const t = withInstructionSheet(name);
  const analysis = analyse([{ file: 'ds-ho.xlsx', sheets: t.grids }], { profile });

  it(`is set aside as ${reason}`, () => {
    expect(ignoredOf(analysis)).toEqual([{ sheet: name, reason }]);
  });

  it('is not counted: the figures are the register\'s alone', () => {
    expect(registersOf(analysis).map(kindOf)).toEqual(['households']);
    expect(householdFigures(analysis)).toEqual(t.truth);
  });

  it('raises no issue on the example rows', () => {
    expect(issuesOf(analysis).filter((i) => i.sheet === name)).toEqual([]);
  });
});
