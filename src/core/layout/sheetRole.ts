// Sheets that are no register (DOMAIN.md §2.3): instructions, worked examples, and code tables that explain the
// codes a register uses. They are told by their name, their title, or (code tables) their content.
import type { Grid } from '../grid';
import { fold } from '../text/normalize';
import { detectHeader } from './header';
import { CODE_SCAN_ROWS, codeTablesIn } from './codeTable';

export type SheetRole = 'instructions' | 'example' | 'codes';

/** A name or title "Mẫu …" that offers a sample to copy (not "Mẫu số 02", a form's number on a real list). */
const SAMPLE = /^mau(?: (?:nhap|dien|vi du|tham khao|huong dan|trong|de nhap|minh hoa)\b.*)?$/;

/** The role a sheet's name gives it: "Hướng dẫn", "HDSD", "Ví dụ", "Mẫu", "DANHMUC", "DM_HinhThuc", "Lists"… */
function roleOfName(name: string): SheetRole | null {
  const f = fold(name);
  const compact = f.replace(/ /g, '');
  const words = f.split(' ');
  if (compact.startsWith('huongdan') || ['hd', 'hdsd', 'hdnl', 'hd nhap', 'hd nhap lieu', 'hd su dung'].includes(f)) return 'instructions';
  if (['instructions', 'instruction', 'readme', 'help', 'guide'].includes(compact)) return 'instructions';
  if (compact.startsWith('vidu') || f === 'vd' || /^vd \d+$/.test(f) || ['example', 'examples', 'sample', 'samples'].includes(compact) || SAMPLE.test(f)) return 'example';
  // No Vietnamese word starts with "dm": "DM", "DMHinhThuc", "DM_KhenThuong" are all danh mục.
  if (compact.startsWith('danhmuc') || compact.startsWith('dm') || words.includes('dm') || compact.startsWith('thamso')) return 'codes';
  if (['ma', 'bang ma', 'ma code', 'lists', 'list', 'codes', 'code', 'data validation'].includes(f)) return 'codes';
  return null;
}

/** The role the sheet's first lines give it: "HƯỚNG DẪN NHẬP LIỆU", "VÍ DỤ", "DANH MỤC MÃ …". */
function roleOfTitle(grid: Grid): SheetRole | null {
  let seen = 0;
  for (let r = 0; r < grid.values.length && seen < 3; r++) {
    const row = grid.values[r];
    const first = row?.find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (!first) continue;
    seen++;
    const f = fold(first);
    if (f.startsWith('huong dan')) return 'instructions';
    if (f.startsWith('vi du') || SAMPLE.test(f)) return 'example';
    if (/^(danh muc|bang danh muc|bang ma|cac ma)\b/.test(f)) return 'codes';
  }
  return null;
}

/** Content made of code tables: most of the sheet's cells are codes beside labels, and no register header. */
function holdsCodeTables(grid: Grid): boolean {
  let cells = 0;
  const rows = Math.min(grid.values.length, CODE_SCAN_ROWS);
  for (let r = 0; r < rows; r++) for (const v of grid.values[r] ?? []) if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) cells++;
  // A numbered list ("STT | Tên sáng kiến") is a list, not a code table.
  const tables = codeTablesIn(grid).filter((t) => t.codeHeader !== 'stt');
  let covered = 0;
  let entries = 0;
  for (const t of tables) {
    entries += t.entries.size;
    covered += 2 * t.entries.size + (t.codeHeader ? 2 : 0);
  }
  return entries >= 2 && covered * 5 >= cells * 3;
}

/**
 * What a sheet is for when it is no register: instructions ('instructions'), a worked example or blank sample
 * ('example'), or code tables ('codes'); null for any other sheet (a register, or something else to look at).
 */
export function sheetRole(grid: Grid): SheetRole | null {
  const byName = roleOfName(grid.sheet);
  if (byName) return byName;
  const byTitle = roleOfTitle(grid);
  if (byTitle === 'instructions' || byTitle === 'example') return byTitle;
  if (grid.values.length > CODE_SCAN_ROWS || detectHeader(grid)) return null;
  return byTitle ?? (holdsCodeTables(grid) ? 'codes' : null);
}
