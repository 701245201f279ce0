// Rows a template leaves under its header are not data (DOMAIN.md §2.3): a running number alone, lookups that found
// nothing (#N/A, ""), a lone "x" left in a mark column. A row that holds anything real stays a data row.
import { detectLayout, type RegisterLayout } from '../../../src/core/layout/detect';
import type { Grid } from '../../../src/core/grid';
import {
  emptyAwardsForm, emptyHouseholdForm, headerOnly, lookupTemplate, preTickedMarkColumn, prenumberedHouseholdForm, rowsMissingTheName,
  textNumberedFirstColumn,
} from './fixtures';

function layoutOf(grid: Grid): RegisterLayout {
  const layout = detectLayout(grid);
  if (!layout) throw new Error(`no register found in ${grid.sheet}`);
  return layout;
}

/** 1-based sheet rows of the data rows. */
function dataRows(layout: RegisterLayout, grid: Grid): number[] {
  return layout.body.filter((b) => b.type === 'data').map((b) => b.r + grid.originRow);
}

describe('a household form pre-numbered 1..200 and filled for five households', () => {
  const grid = prenumberedHouseholdForm();
  const layout = layoutOf(grid);

  it('has exactly the five households as data rows', () => {
    expect(layout.kind).toBe('households');
    expect(layout.dataRowCount).toBe(5);
    expect(dataRows(layout, grid)).toEqual([4, 5, 6, 7, 8]);
    expect([layout.firstDataRow, layout.lastDataRow]).toEqual([4, 8]);
  });

  it('counts the 195 numbered rows as template rows and gives them no body entry', () => {
    expect(layout.templateRowCount).toBe(195);
    expect(layout.body).toHaveLength(5);
  });

  it('still finds the signature line under the template rows as the footer', () => {
    expect(layout.footerRows).toEqual([205]);
  });
});

describe('a form numbered as text ("01.") in an unheaded first column, formulas leaving "" in its cells', () => {
  const grid = textNumberedFirstColumn();
  const layout = layoutOf(grid);

  it('keeps the three households and sets the forty numbered rows aside', () => {
    expect(dataRows(layout, grid)).toEqual([2, 3, 4]);
    expect(layout.templateRowCount).toBe(40);
  });
});

describe('a lookup template whose unused rows show #N/A or ""', () => {
  const grid = lookupTemplate();
  const layout = layoutOf(grid);

  it('has the three looked-up households as its only data rows', () => {
    expect(layout.dataRowCount).toBe(3);
    expect(dataRows(layout, grid)).toEqual([3, 4, 5]);
  });

  it('treats #N/A error cells, empty strings and "#N/A" exported as text alike', () => {
    expect(layout.templateRowCount).toBe(60);
  });
});

describe('a mark column pre-ticked down the whole form', () => {
  const grid = preTickedMarkColumn();
  const layout = layoutOf(grid);

  it('reads the four households and none of the rows holding only a number and an "x", or the "x" alone', () => {
    expect(dataRows(layout, grid)).toEqual([2, 3, 4, 5]);
    expect(layout.templateRowCount).toBe(111);
  });
});

describe('rows missing the name but holding other data', () => {
  const grid = rowsMissingTheName();
  const layout = layoutOf(grid);

  it('are data rows (the missing name is for the rules to report), whatever single field they keep', () => {
    expect(dataRows(layout, grid)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('leave only the rows with nothing but their number as template rows', () => {
    expect(layout.templateRowCount).toBe(2);
  });
});

describe('an empty template', () => {
  it.each([
    ['a household form with its column numbers, numbered rows and signature block', emptyHouseholdForm, 'households', 30],
    ['an awards form whose numbered rows show #N/A', emptyAwardsForm, 'awards', 12],
    ['a header and nothing under it', headerOnly, 'households', 0],
  ] as Array<[string, () => Grid, string, number]>)('is still a register of its kind with no data: %s', (_name, make, kind, templates) => {
    const layout = layoutOf(make());
    expect(layout.kind).toBe(kind);
    expect(layout.dataRowCount).toBe(0);
    expect(layout.body.filter((b) => b.type === 'data')).toEqual([]);
    expect(layout.firstDataRow).toBeUndefined();
    expect(layout.templateRowCount).toBe(templates);
  });
});
