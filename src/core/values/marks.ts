// Tick marks and yes/no words as clerks write them in mark columns ("x", "1", "✓", "Đạt", "Không").
import type { CellValue } from '../grid';
import { fold } from '../text/normalize';
import { memoByText } from '../text/memo';
import { preRead, type Read, INVALID } from './numbers';

const TRUE_WORDS = new Set(['x', '1', 'v', 'co', 'dat', 'cong nhan', 'da dat', 'dang ky', 'da dang ky', 'dk', 'yes', 'true', 'ok']);
const FALSE_WORDS = new Set(['0', 'khong', 'k', 'khong dat', 'chua dat', 'chua', 'khong dang ky', 'no', 'false', 'kd']);
const TICKS = new Set(['✓', '✔', '√', '☑']);

const markText = memoByText((text: string): Read<boolean> => {
  const t = text.trim();
  if (TICKS.has(t)) return { kind: 'ok', value: true };
  if (t === '-' || t === '–') return { kind: 'ok', value: false };
  const f = fold(t);
  if (TRUE_WORDS.has(f)) return { kind: 'ok', value: true };
  if (FALSE_WORDS.has(f)) return { kind: 'ok', value: false };
  return INVALID;
});

/** A mark cell: true for x/X/1/✓/√/có/Đạt, false for empty/0/-/không/Không đạt; anything else is unreadable. */
export function readMark(v: CellValue): Read<boolean> {
  const pre = preRead(v);
  if (pre) return pre.kind === 'empty' ? { kind: 'ok', value: false } : pre;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  if (typeof v === 'number') return v === 1 ? { kind: 'ok', value: true } : v === 0 ? { kind: 'ok', value: false } : INVALID;
  if (typeof v !== 'string') return INVALID;
  return markText(v);
}
