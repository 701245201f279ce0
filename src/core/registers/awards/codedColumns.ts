// Coded columns of an awards list (DOMAIN.md §2.3, §3): a form, recipient kind or authority written as a code
// ("1", "TAPTHE") reads as the label the workbook's code tables give it. A column of codes that nothing explains
// is reported once, for the column, instead of one unknown value per row.
import type { CellValue } from '../../grid';
import { isExcelError } from '../../grid';
import type { RegisterLayout } from '../../layout/detect';
import { issueAt, type Issue } from '../../rules/issue';
import { has, rawOf, type RowReader } from '../cells';
import { codeKey, isCodeValue, resolveCode, type CodeTables } from '../codeTables';

export type CodedField = 'form' | 'recipientKind' | 'authority';

/** Whether a text already reads as a value of the field without any table ("GK" is a form, "CN" a kind). */
export type FieldReads = Record<CodedField, (text: string) => boolean>;

export interface Decoding {
  /** The label a coded cell stands for in the code tables, when it is a code they know for this field. */
  label(field: CodedField, raw: CellValue): string | null;
  /** True when the field's column holds only codes that neither the tables nor the field's own words explain. */
  unexplained(field: CodedField): boolean;
}

const NO_TABLES: CodeTables = { tables: [] };
/** How many of an unexplained column's codes the message names. */
const NAMED_CODES = 5;

/** The distinct codes of a column made only of codes that nothing explains, with the rows they fill; else null. */
function unexplainedCodes(rd: RowReader, layout: RegisterLayout, field: CodedField, reads: (text: string) => boolean, codes: CodeTables): { keys: string[]; first: CellValue } | null {
  const keys = new Set<string>();
  let first: CellValue = null;
  for (const b of layout.body) {
    if (b.type !== 'data') continue;
    const raw = rawOf(rd, b.r, field);
    if (raw === null || isExcelError(raw) || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (!isCodeValue(raw)) return null;
    const key = codeKey(raw);
    if (key === null || keys.has(key)) continue;
    if (resolveCode(codes, raw, reads) !== null || reads(String(raw).trim())) return null;
    keys.add(key);
    first ??= raw;
  }
  return keys.size > 0 ? { keys: [...keys], first } : null;
}

/**
 * Looks at the coded fields' columns once, before the rows are read: which cells the code tables resolve, and which
 * columns are codes nobody explains (one info issue each, at the column's header cell).
 */
export function decodeColumns(rd: RowReader, layout: RegisterLayout, reads: FieldReads, issues: Issue[], codes: CodeTables = NO_TABLES): Decoding {
  const unexplained = new Set<CodedField>();
  const headerRow = layout.headerRows[layout.headerRows.length - 1];
  for (const field of ['form', 'recipientKind', 'authority'] as const) {
    if (!has(rd, field)) continue;
    const found = unexplainedCodes(rd, layout, field, reads[field], codes);
    if (!found) continue;
    unexplained.add(field);
    const named = found.keys.slice(0, NAMED_CODES).join(', ') + (found.keys.length > NAMED_CODES ? ', …' : '');
    const at = { sheet: layout.sheet, row: headerRow, column: layout.columns[field] };
    issues.push(issueAt(`value.enum.${field}Code`, 'info', at, field, 'codes.unexplained', found.first, { field, codes: named }));
  }
  return {
    label: (field, raw) => (codes.tables.length > 0 ? resolveCode(codes, raw, reads[field]) : null),
    unexplained: (field) => unexplained.has(field),
  };
}
