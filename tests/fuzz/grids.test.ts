// Property: whatever grids a workbook holds, the pipeline (layout → validation → summary → CLI and pane texts →
// report → report check) answers with issues, doubts, figures and findings — no exception, no leaked value.
import fc from 'fast-check';
import { runProperty, runsOf, timeoutOf, type PropertyId } from './budget';
import { awardGrid, householdGrid, overrides, personGrid, profile, randomGrid, workbookOf, workbooks } from './grids';
import type { Grid } from '../../src/core/grid';
import { runPipeline } from './pipeline';

const ONE_SHEET: Array<[PropertyId, string, fc.Arbitrary<Grid>]> = [
  ['grid.random', 'noise with header-like rows and merges', randomGrid],
  ['grid.households', 'household registers', householdGrid],
  ['grid.persons', 'person-level lists', personGrid],
  ['grid.awards', 'award lists', awardGrid],
];

describe.each(ONE_SHEET)('%s: %s', (id, _what, grid) => {
  test(`runs ${String(runsOf(id))} cases through the whole pipeline without an exception`, async () => {
    const arb = fc.record({ workbooks: workbookOf(grid).map((w) => [w]), profile, overrides });
    expect(await runProperty(id, arb, (input) => void runPipeline(input))).toBe(runsOf(id));
  }, timeoutOf(id));
});

describe('grid.workbooks: several workbooks of several sheets of any shape', () => {
  test(`runs ${String(runsOf('grid.workbooks'))} cases through the whole pipeline without an exception`, async () => {
    const arb = fc.record({ workbooks, profile, overrides });
    expect(await runProperty('grid.workbooks', arb, (input) => void runPipeline(input))).toBe(runsOf('grid.workbooks'));
  }, timeoutOf('grid.workbooks'));
});
