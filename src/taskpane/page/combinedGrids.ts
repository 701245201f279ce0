// Several files the clerk opens at once become one in-memory workbook.
import type { WorkbookInput } from '../../core/analyse';
import type { Grid } from '../../core/grid';

/** The sheets of several files in one in-memory workbook; a sheet name met twice gets " (2)". */
export function combinedGrids(workbooks: WorkbookInput[]): Grid[] {
  const used = new Set<string>();
  return workbooks.flatMap((wb) => wb.sheets.map((g) => {
    let name = g.sheet;
    for (let n = 2; used.has(name); n++) name = `${g.sheet} (${n})`;
    used.add(name);
    return name === g.sheet ? g : { ...g, sheet: name };
  }));
}
