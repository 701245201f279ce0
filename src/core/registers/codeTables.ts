// The workbook's code tables (a DANHMUC sheet: "1 → Bằng khen của Chủ tịch UBND tỉnh", "TAPTHE → Tập thể"), and
// the look-up that turns a coded cell of a register into the label it stands for (DOMAIN.md §2.3).
import type { CellValue, Grid } from '../grid';
import { codeKey, codeTablesIn, isCodeValue, type CodeTableBlock } from '../layout/codeTable';
import { sheetRole } from '../layout/sheetRole';

export { codeKey, isCodeValue };

export type CodeTable = CodeTableBlock;

/** Every code → label table of a workbook's code sheets, in sheet order. */
export interface CodeTables {
  tables: CodeTable[];
}

/** Reads the code tables of the sheets whose role is 'codes' (other sheets are passed over, so pass them all). */
export function findCodeTables(sheets: Grid[]): CodeTables {
  const tables: CodeTable[] = [];
  for (const grid of sheets) {
    if (sheetRole(grid) !== 'codes') continue;
    for (const t of codeTablesIn(grid)) if (t.entries.size > 0) tables.push(t);
  }
  return { tables };
}

/**
 * The label a code stands for: codes compare trimmed and case-insensitive, numbers equal to their text. The same
 * code may sit in several tables (1 is a form in one, a recipient kind in another): `accepts` keeps the first label
 * that makes sense for the column being read. Null when no table has the code.
 */
export function resolveCode(tables: CodeTables, value: CellValue, accepts?: (label: string) => boolean): string | null {
  // Looser than a code column's test: a clerk may type "tapthe" for the table's TAPTHE.
  if (typeof value !== 'number' && (typeof value !== 'string' || value.trim().length > 16 || /\S\s+\S/.test(value))) return null;
  const key = codeKey(value);
  if (key === null) return null;
  for (const t of tables.tables) {
    const label = t.entries.get(key);
    if (label !== undefined && (!accepts || accepts(label))) return label;
  }
  return null;
}
