// report.table.sum: total and subtotal cells of a table that disagree with the cells they sum, down the rows
// ("Tổng cộng", "Cộng", a group row I, II over its items, "Toàn xã" at the top) and across the columns (a "Tổng số"
// column over "Chia ra"/"Gồm"/"Phân theo" columns or its sibling columns), within the rounding the table uses; and a
// part ("Trong đó") larger than its whole. Where the structure could be read several ways (a grand total over the
// subtotals or over every item), the reading most columns or rows agree with is taken; a reading nothing agrees with
// is not trusted, and the table is left alone rather than flagged on a guess.
import type { Finding } from './types';
import { cellFinding, OF_WHICH, columnName, TOTAL_LABEL, type CellValue, type RowInfo, type TableLayout } from './tableLayout';
import { viDecimal } from '../text/numbers';

type Num = Extract<CellValue, { kind: 'number' }>;
type Outcome = { kind: 'agree' | 'skip' } | { kind: 'disagree'; written: Num; sum: number; decimals: number };

/** Whole sums exactly; with decimals, each rounded figure may be off by half a unit of the last written digit. */
function sumOutcome(total: CellValue, parts: CellValue[]): Outcome {
  if (total.kind !== 'number' || total.percent) return { kind: 'skip' };
  if (parts.some((p) => p.kind === 'unknown' || p.kind === 'text' || (p.kind === 'number' && p.percent))) return { kind: 'skip' };
  const nums = parts.filter((p): p is Num => p.kind === 'number');
  if (!nums.length) return { kind: 'skip' };
  const sum = nums.reduce((a, p) => a + p.value, 0);
  const decimals = Math.max(total.decimals, ...nums.map((p) => p.decimals));
  const tolerance = decimals === 0 ? 1e-9 : ((nums.length + 1) * 10 ** -decimals) / 2 + 1e-9;
  if (Math.abs(sum - total.value) <= tolerance) return total.value === 0 ? { kind: 'skip' } : { kind: 'agree' };
  // An average written where a total is expected ("Bình quân" in a total row) is not a sum.
  if (nums.length >= 2 && sum !== 0 && Math.abs(sum / nums.length - total.value) <= 0.5 * 10 ** -total.decimals + 1e-9) return { kind: 'skip' };
  return { kind: 'disagree', written: total, sum, decimals };
}

interface Reading {
  parts: number[];
  outcomes: Outcome[];
  agree: number;
  disagree: number;
}

function tally(outcomes: Outcome[]): { agree: number; disagree: number } {
  return { agree: outcomes.filter((o) => o.kind === 'agree').length, disagree: outcomes.filter((o) => o.kind === 'disagree').length };
}

const hasFigures = (l: TableLayout, r: number) => l.columns.some((c) => c.additive && l.values[r][c.index].kind === 'number');
/** Something written where figures go ("x", "…", a note): the row counts, though its sum cannot be checked. */
const hasEntries = (l: TableLayout, r: number) => l.columns.some((c) => c.additive && l.values[r][c.index].kind !== 'none');

/** "Phân theo giới tính", "Chia theo huyện": a row heading one breakdown of the total above, each adding up to it. */
const BREAKDOWN_ROW = /^(?:phân theo|chia theo|phân chia theo|chia ra|theo)(?![\p{L}])/iu;

/** The ways a range of rows may add up: its subtotals, its rows of the first two levels, its leaves. */
function readingsOf(l: TableLayout, range: RowInfo[], counted: (x: RowInfo) => boolean): { readings: number[][]; subtotals: boolean } {
  const subtotals = range.filter((x) => x.kind === 'subtotal' && hasFigures(l, x.index));
  const plain = range.filter((x) => counted(x) && x.kind !== 'subtotal');
  const levels = [...new Set(plain.map((x) => x.level))].sort((a, b) => a - b);
  const readings: number[][] = [];
  if (subtotals.length) readings.push(subtotals.map((x) => x.index));
  for (const lv of levels.slice(0, 2)) {
    // Rows of this level, each standing for the deeper rows under it.
    readings.push(plain.filter((x) => x.level === lv).map((x) => x.index));
  }
  // Every item that is not itself a sum of rows below it (the leaves).
  readings.push(plain.filter((x, i) => !(plain[i + 1] && plain[i + 1].level > x.level)).map((x) => x.index));
  const seen = new Set<string>();
  return { readings: readings.filter((r) => r.length > 0 && !seen.has(r.join()) && !!seen.add(r.join())), subtotals: subtotals.length > 0 };
}

/**
 * The rows a whole row may sum, read several ways (most plausible first), per breakdown: a total over "Phân theo
 * giới tính" and "Phân theo thôn" is the sum of each. `closing` when the row closes the rows it sums ("Cộng",
 * "Tổng cộng" under a list: a sum by its place) rather than heads them ("Toàn xã" over categories).
 */
function rowReadings(l: TableLayout, at: number): { segments: number[][][]; closing: boolean } {
  const rows = l.rows;
  const row = rows[at];
  const counted = (x: RowInfo) => x.kind !== 'part' && x.kind !== 'total' && x.kind !== 'repeat' && x.additive && hasEntries(l, x.index);
  let range: RowInfo[];
  let closing = false;
  if (row.kind === 'total') {
    // A total heads the rows after it (up to the next total) or closes those before it (from the last total).
    const next = rows.findIndex((x, i) => i > at && x.kind === 'total');
    const prev = rows.map((x) => x.kind).lastIndexOf('total', at - 1);
    const after = rows.slice(at + 1, next < 0 ? rows.length : next);
    const before = rows.slice(prev + 1, at);
    range = after.filter(counted).length > before.filter(counted).length ? after : before;
    closing = range === before;
    const heads = range.filter((x) => BREAKDOWN_ROW.test(x.name) && !hasEntries(l, x.index));
    if (!closing && heads.length) {
      // One breakdown per heading; "- Nam", "- Nữ" under a heading are its rows, not parts of another row.
      const cuts = [range[0].index, ...heads.map((h) => h.index)];
      const segments = cuts.map((from, i) => {
        const to = cuts[i + 1] ?? Infinity;
        const seg = range.filter((x) => x.index >= from && x.index < to && !heads.includes(x));
        const head = heads.find((h) => h.index === from);
        const inSeg = (x: RowInfo) => counted(x) || (!!head && x.kind === 'part' && x.parent === head.index && x.additive && hasEntries(l, x.index));
        return readingsOf(l, seg, inSeg).readings;
      });
      return { segments: segments.filter((x) => x.length > 0), closing };
    }
  } else if (row.kind === 'subtotal') {
    // "Cộng" closes its group: the rows back to the group's head, the previous subtotal or total.
    const start = rows.map((x) => x.kind === 'subtotal' || x.kind === 'total' || x.kind === 'group').lastIndexOf(true, at - 1);
    range = rows.slice(start + 1, at);
    closing = true;
  } else {
    // A group row with figures (I, II; A, B) sums its rows of a deeper level that follow it.
    const end = rows.findIndex((x, i) => i > at && (x.level <= row.level || x.kind === 'total' || x.kind === 'subtotal'));
    range = rows.slice(at + 1, end < 0 ? rows.length : end);
  }
  const r = readingsOf(l, range, counted);
  return { segments: [r.readings], closing: closing || r.subtotals };
}

/** A disagreement small enough to be a slip in a real sum rather than a total of something else. */
const near = (o: Outcome) => o.kind !== 'disagree' || Math.abs(o.sum - o.written.value) <= 0.25 * Math.abs(o.written.value);

const sums = (r: Reading) => r.outcomes.map((o) => (o.kind === 'disagree' ? o.sum : o.kind)).join();

function best(readings: Reading[], checkable: number, closing: boolean): Reading | null {
  if (!readings.length) return null;
  const top = readings.reduce((a, b) => (b.agree > a.agree ? b : a));
  if (top.agree > 0) return top.disagree <= 2 * top.agree + 1 ? top : null;
  // Nothing agrees: only a table with one or two figure columns, read one way (or several ways giving the same
  // sums), is flagged; a total heading the rows only for a slip (within a quarter of it): a "Toàn xã" over a few
  // categories listed is not their sum.
  return checkable <= 2 && new Set(readings.map(sums)).size === 1 && (closing || top.outcomes.every(near)) ? top : null;
}

function show(x: number, decimals: number): string {
  return viDecimal(x, decimals);
}

const UNIT_HEADER = /^(?:đvt|đơn vị tính)$/iu;

function rowSums(l: TableLayout): Finding[] {
  const out: Finding[] = [];
  const unitCol = l.columns.findIndex((c) => c.kind !== 'figure' && UNIT_HEADER.test(c.label));
  const cols = l.columns.filter((c) => c.additive);
  l.rows.forEach((row, at) => {
    if (row.kind === 'item' || row.kind === 'part' || row.kind === 'repeat') return;
    if (!hasFigures(l, row.index)) return;
    const found = rowReadings(l, at);
    // Rows in other units ("ĐVT": hộ, người, ha) are not parts of this row's figures.
    const unit = (r: number) => (unitCol >= 0 ? l.table.grid[r][unitCol].text.replace(/\s+/gu, ' ').trim().toLowerCase() : '');
    const checkable = cols.filter((c) => l.values[row.index][c.index].kind === 'number').length;
    for (const segment of found.segments) {
      const readings = segment.filter((parts) => parts.every((p) => unit(p) === unit(row.index))).map((parts): Reading => {
        const outcomes = cols.map((c) => sumOutcome(l.values[row.index][c.index], parts.map((p) => l.values[p][c.index])));
        return { parts, outcomes, ...tally(outcomes) };
      });
      const chosen = best(readings, checkable, found.closing);
      if (!chosen) continue;
      chosen.outcomes.forEach((o, i) => {
        if (o.kind !== 'disagree') return;
        const c = cols[i].index;
        const w = show(o.written.value, o.written.decimals);
        const s = show(o.sum, o.decimals);
        out.push(cellFinding(l, row.index, c, `ghi ${w}, cộng các dòng được ${s}.`, `written ${w}, the rows add up to ${s}.`));
      });
    }
  });
  return out;
}

/** Header cells of the label rows: text, row, and the columns they span. */
interface HeaderCell {
  text: string;
  row: number;
  from: number;
  to: number;
}

function headerCells(l: TableLayout): HeaderCell[] {
  const out: HeaderCell[] = [];
  const g = l.table.grid;
  for (let r = l.headerStart; r < l.labelEnd; r++) {
    g[r].forEach((s, c) => {
      if (s.row !== r || s.column !== c) return;
      let to = c;
      while (to + 1 < g[r].length && g[r][to + 1].row === r && g[r][to + 1].column === c) to++;
      out.push({ text: s.text.replace(/\s+/gu, ' ').trim(), row: r, from: c, to });
    });
  }
  return out;
}

const BREAKDOWN = /^(?:chia ra|chia theo|phân theo|phân ra|phân chia theo|gồm|bao gồm|theo)(?![\p{L}])/iu;
const TOTAL_HEADER = /^(?:tổng số|tổng cộng|tổng|cộng|toàn xã|cả xã|chung)(?![\p{L}])/iu;

function columnSums(l: TableLayout): Finding[] {
  const out: Finding[] = [];
  const heads = headerCells(l);
  const col = l.columns;
  const ofWhich = (c: number) => col[c].path.some((p) => OF_WHICH.test(p));
  const bodyRows = l.rows.filter((x) => x.additive).map((x) => x.index);
  for (const t of col) {
    if (!t.additive || !(TOTAL_HEADER.test(t.label) || TOTAL_LABEL.test(t.label))) continue;
    // The header cell naming t, and the cell above it (its parent), if any.
    const own = heads.filter((h) => h.from <= t.index && h.to >= t.index && h.text === t.label).pop();
    if (!own || own.from !== own.to) continue;
    const parent = heads.filter((h) => h.row < own.row && h.from <= t.index && h.to >= t.index).pop();
    const siblings = heads.filter((h) => h.row === own.row && h !== own && (!parent || (h.from >= parent.from && h.to <= parent.to)));
    const readings: Array<{ parts: number[]; marker: boolean; whole: boolean }> = [];
    const leaves = (h: HeaderCell) => col.slice(h.from, h.to + 1).filter((c) => c.additive && !(TOTAL_HEADER.test(c.label) && c.index !== h.from));
    for (const h of siblings) {
      if (OF_WHICH.test(h.text)) readings.push({ parts: leaves(h).map((c) => c.index), marker: true, whole: false });
      else if (BREAKDOWN.test(h.text) && h.to > h.from) readings.push({ parts: leaves(h).filter((c) => !ofWhich(c.index)).map((c) => c.index), marker: true, whole: true });
    }
    if (!readings.length) {
      // No "Chia ra": the other columns beside it, in its parent, or the run of figure columns next to it.
      let parts: number[];
      if (parent) parts = siblings.flatMap((h) => leaves(h)).filter((c) => !ofWhich(c.index)).map((c) => c.index);
      else {
        const run = (step: number) => {
          const got: number[] = [];
          for (let c = t.index + step; c >= 0 && c < col.length && col[c].additive && !TOTAL_HEADER.test(col[c].label) && !ofWhich(c); c += step) got.push(c);
          return got;
        };
        const after = run(1);
        parts = after.length >= 2 ? after : run(-1);
      }
      if (parts.length >= 2) readings.push({ parts, marker: false, whole: true });
    }
    for (const reading of readings.filter((x) => x.parts.length > 0)) {
      if (!reading.whole) {
        // "Trong đó": each part at most its whole.
        for (const r of bodyRows) {
          const whole = l.values[r][t.index];
          if (whole.kind !== 'number') continue;
          for (const p of reading.parts) {
            const v = l.values[r][p];
            if (v.kind !== 'number' || v.value <= whole.value + 1e-9) continue;
            const pv = show(v.value, v.decimals);
            const wv = show(whole.value, whole.decimals);
            out.push(cellFinding(l, r, p, `trong đó ${pv} lớn hơn tổng số ${wv} (${columnName(l, t.index)}): không thể đúng.`, `the part ${pv} is larger than its whole ${wv} (${columnName(l, t.index, true)}); it cannot be right.`));
          }
        }
        continue;
      }
      if (reading.parts.length < (reading.marker ? 1 : 2)) continue;
      const outcomes = bodyRows.map((r) => sumOutcome(l.values[r][t.index], reading.parts.map((p) => l.values[r][p])));
      const { agree, disagree } = tally(outcomes);
      if (reading.marker ? disagree > Math.max(1, agree) || (agree === 0 && !outcomes.every(near)) : agree < 2 || disagree > agree) continue;
      const names = reading.parts.map((p) => col[p].number).join(', ');
      outcomes.forEach((o, i) => {
        if (o.kind !== 'disagree') return;
        const w = show(o.written.value, o.written.decimals);
        const s = show(o.sum, o.decimals);
        out.push(cellFinding(l, bodyRows[i], t.index, `ghi ${w}, cộng các cột ${names} được ${s}.`, `written ${w}, columns ${names} add up to ${s}.`));
      });
    }
  }
  return out;
}

/** Rows "Trong đó …" (and "- …" under them) larger than the row they are part of. */
function partRows(l: TableLayout): Finding[] {
  const out: Finding[] = [];
  for (const row of l.rows) {
    if (row.kind !== 'part' || row.parent === undefined) continue;
    const whole = l.rows.find((x) => x.index === row.parent);
    if (!whole) continue;
    for (const c of l.columns) {
      if (!c.additive) continue;
      const p = l.values[row.index][c.index];
      const w = l.values[whole.index][c.index];
      if (p.kind !== 'number' || w.kind !== 'number' || p.value <= w.value + 1e-9 || p.value < 0) continue;
      const pv = show(p.value, p.decimals);
      const wv = show(w.value, w.decimals);
      out.push(cellFinding(l, row.index, c.index, `${pv} lớn hơn ${wv} của dòng ${whole.name} mà nó là một phần: không thể đúng.`, `${pv} is larger than ${wv} in row ${whole.name}, of which it is a part; it cannot be right.`));
    }
  }
  return out;
}

export function checkTableSums(l: TableLayout): Finding[] {
  return [...rowSums(l), ...columnSums(l), ...partRows(l)];
}
