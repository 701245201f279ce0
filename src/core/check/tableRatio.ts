// report.table.ratio: a rate in a table ("Tỷ lệ hộ nghèo (%)" as a column, or as a row of a table laid out by year)
// that disagrees with its count and base when the table states both, and a share over 100%, which is never true.
// The count and base are the pair of figure columns (or rows) the rate agrees with in most lines of the table, or
// the pair its header names ("Tỷ lệ hộ nghèo" over "Số hộ nghèo" and "Tổng số hộ"); a rate over a base the table
// does not state is left alone. Rates are compared at the precision written (agrees()).
import type { Finding } from './types';
import { agrees } from './text';
import { cellFinding, rowName, type CellValue, type TableLayout } from './tableLayout';
import { viDecimal } from '../text/numbers';

type Num = Extract<CellValue, { kind: 'number' }>;

const RATE = /(?:tỷ lệ|tỉ lệ|phần trăm|cơ cấu|\(%\)|%)/iu;
/** Rates that may pass 100%: against a plan, a previous year, growth, an index. */
const MAY_EXCEED = /(?:so sánh|so với|tăng|giảm|kế hoạch|\bKH\b|cùng kỳ|chỉ số|tốc độ|phát triển|thực hiện|\bTH\b|đạt|hoàn thành|vượt|năm trước|kỳ trước|dự toán)/iu;
const TOTALISH = /^(?:tổng|cộng|toàn|cả|số\s+hộ\s+toàn|dân số)/iu;

/** A line of figures: a column (read down) or a row (read across). */
interface Line {
  id: number;
  label: string;
  rate: boolean;
  figure: boolean;
}

interface Setting {
  lines: Line[];
  /** The positions along a line (rows for columns, columns for rows). */
  cross: number[];
  value: (line: number, at: number) => CellValue;
  /** The table cell (row, column) of a line at a position. */
  cell: (line: number, at: number) => [number, number];
  lineName: (line: number, en: boolean) => string;
  /** The position of the whole along a line (the total row), for a structure column ("Cơ cấu (%)": each row's
   *  share of the total), and its name. */
  whole?: { at: number; name: (en: boolean) => string };
}

const key = (label: string) =>
  label.toLowerCase().replace(/\([^)]*\)/gu, ' ').replace(/(?:tỷ lệ|tỉ lệ|phần trăm|cơ cấu|%|so với|trên|tổng số|số lượng|^số\s)/giu, ' ').replace(/\s+/gu, ' ').trim();

function named(rate: Line, count: Line, base: Line): boolean {
  const k = key(rate.label);
  return k.length >= 3 && count.label.toLowerCase().includes(k) && TOTALISH.test(base.label.trim());
}

function findingAt(l: TableLayout, s: Setting, line: number, at: number, vi: string, en: string): Finding {
  const [r, c] = s.cell(line, at);
  return cellFinding(l, r, c, vi, en, 'report.table.ratio');
}

function ratios(l: TableLayout, s: Setting, wrongSums: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const figures = s.lines.filter((x) => x.figure && !x.rate);
  for (const rate of s.lines.filter((x) => x.rate)) {
    const flagged = new Set<number>();
    let chosen: { count: Line; base: Line; bad: Array<{ at: number; r: Num; truth: number; c: number; b: number }>; score: number; whole?: boolean } | null = null;
    for (const count of figures) {
      for (const base of figures) {
        if (count === base) continue;
        let agree = 0;
        const bad: Array<{ at: number; r: Num; truth: number; c: number; b: number }> = [];
        for (const at of s.cross) {
          const r = s.value(rate.id, at);
          const c = s.value(count.id, at);
          const b = s.value(base.id, at);
          if (r.kind !== 'number' || c.kind !== 'number' || b.kind !== 'number' || b.value <= 0 || c.value < 0) continue;
          const truth = (c.value / b.value) * 100;
          // A rate written as a share of 1 ("0,95") is read as such.
          if (agrees(r, truth) || (r.value <= 1 && !r.percent && agrees({ value: r.value * 100, decimals: Math.max(0, r.decimals - 2) }, truth))) agree++;
          else bad.push({ at, r, truth, c: c.value, b: b.value });
          // A pair most lines disagree with is not the rate's: stop early (a long table has many such pairs).
          if (bad.length > 6 && bad.length > agree + 6) break;
        }
        const isNamed = named(rate, count, base);
        const ok = (agree >= 2 && bad.length * 2 <= agree) || (isNamed && agree + bad.length > 0 && bad.length <= agree + 1);
        if (!ok) continue;
        const score = agree * 4 + (isNamed ? 3 : 0) - bad.length * 2 - Math.abs(count.id - rate.id) * 0.01;
        if (!chosen || score > chosen.score) chosen = { count, base, bad, score };
      }
    }
    // No pair: a structure column, each line's share of the whole ("Cơ cấu (%)" against the "Tổng số" row).
    if (!chosen && s.whole) {
      const w = s.whole;
      for (const count of figures) {
        const base = s.value(count.id, w.at);
        // A whole already reported as a wrong sum would put every share out of line: one problem, one finding.
        if (base.kind !== 'number' || base.value <= 0 || wrongSums.has(s.cell(count.id, w.at).join())) continue;
        let agree = 0;
        const bad: Array<{ at: number; r: Num; truth: number; c: number; b: number }> = [];
        for (const at of s.cross) {
          const r = s.value(rate.id, at);
          const c = s.value(count.id, at);
          if (r.kind !== 'number' || c.kind !== 'number' || c.value < 0) continue;
          const truth = (c.value / base.value) * 100;
          if (agrees(r, truth)) agree++;
          else bad.push({ at, r, truth, c: c.value, b: base.value });
        }
        const score = agree * 4 - bad.length * 2;
        if (agree >= 2 && bad.length * 2 <= agree && (!chosen || score > chosen.score)) chosen = { count, base: { ...count, label: w.name(false) }, bad, score, whole: true };
      }
    }
    if (chosen) {
      for (const x of chosen.bad) {
        flagged.add(x.at);
        // Its count or base already reported as a wrong sum: the rate follows from that one problem.
        if (wrongSums.has(s.cell(chosen.count.id, x.at).join()) || (!chosen.whole && wrongSums.has(s.cell(chosen.base.id, x.at).join()))) continue;
        const written = `${viDecimal(x.r.value, x.r.decimals)}%`;
        const truth = `${viDecimal(x.truth, Math.max(x.r.decimals, 1))}%`;
        const pair = `${viDecimal(x.c, 0)}/${viDecimal(x.b, 0)}`;
        const whole = chosen.whole && s.whole;
        const from = `${s.lineName(chosen.count.id, false)} / ${whole ? `${s.lineName(chosen.count.id, false)}, ${whole.name(false)}` : s.lineName(chosen.base.id, false)}`;
        const fromEn = `${s.lineName(chosen.count.id, true)} / ${whole ? `${s.lineName(chosen.count.id, true)}, ${whole.name(true)}` : s.lineName(chosen.base.id, true)}`;
        out.push(findingAt(l, s, rate.id, x.at, `ghi ${written}, nhưng ${pair} (${from}) = ${truth}.`, `written ${written}, but ${pair} (${fromEn}) = ${truth}.`));
      }
    }
    // A share over 100% cannot be true, whatever the table states beside it.
    if (MAY_EXCEED.test(rate.label)) continue;
    for (const at of s.cross) {
      const r = s.value(rate.id, at);
      if (flagged.has(at) || r.kind !== 'number' || r.value <= 100) continue;
      const written = `${viDecimal(r.value, r.decimals)}%`;
      out.push(findingAt(l, s, rate.id, at, `tỷ lệ ${written} vượt 100%: không thể đúng.`, `a rate of ${written} is over 100%; it cannot be right.`));
    }
  }
  return out;
}

/** `wrongSums`: the cells ("row,column") the sum check found wrong. */
export function checkTableRatios(l: TableLayout, wrongSums: ReadonlySet<string> = new Set()): Finding[] {
  const body = l.rows.filter((r) => r.kind !== 'repeat').map((r) => r.index);
  const totals = l.rows.filter((r) => r.kind === 'total');
  const total = totals.length === 1 ? totals[0] : undefined;
  const byColumn: Setting = {
    lines: l.columns.map((c) => ({ id: c.index, label: c.path.join(' '), rate: c.rate, figure: c.kind === 'figure' })),
    cross: body,
    value: (c, r) => l.values[r][c],
    cell: (c, r) => [r, c],
    lineName: (c, en) => `${en ? 'column' : 'cột'} ${l.columns[c].number}`,
    ...(total ? { whole: { at: total.index, name: (en: boolean) => rowName(l, total.index, en) } } : {}),
  };
  // A table laid out by year ("Tỷ lệ hộ nghèo (%)" as a row under "Số hộ nghèo" and "Tổng số hộ").
  const figureCols = l.columns.filter((c) => c.kind === 'figure' && !c.rate).map((c) => c.index);
  const byRow: Setting = {
    lines: l.rows.filter((r) => r.kind !== 'repeat').map((r) => ({ id: r.index, label: r.name, rate: RATE.test(r.name), figure: figureCols.some((c) => l.values[r.index][c].kind === 'number') })),
    cross: figureCols,
    value: (r, c) => l.values[r][c],
    cell: (r, c) => [r, c],
    lineName: (r, en) => rowName(l, r, en),
  };
  return [...ratios(l, byColumn, wrongSums), ...(byRow.lines.some((x) => x.rate) ? ratios(l, byRow, wrongSums) : [])];
}
