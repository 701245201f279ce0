// A new commune formed from former communes: its figures by former commune, as text and JSON (summary, report).
import type { Analysis } from '../core/analyse';
import type { FormerCommuneSummary } from '../core/formerCommunes';
import { ALL_MEASURED } from '../core/summary/households';
import { viNumber, viPercent } from '../core/text/numbers';
import { table } from './table';

const HOW: Record<FormerCommuneSummary['from'][number], string> = { profile: 'theo hồ sơ', fileName: 'theo tên tệp', sheetName: 'theo tên trang', title: 'theo tiêu đề' };

/** Rows marked as the same household as a row of another file (row.duplicate naming the other file). */
export function crossFileDuplicates(a: Analysis): number {
  return a.files.flatMap((f) => f.registers.flatMap((r) => r.issues)).filter((i) => i.code === 'row.duplicate' && /\.file$/.test(i.key)).length;
}

/** The former commune a file was read as, for `validate` (text: a note after the file name; JSON: a key). A file
 *  holding several former communes' sheets names them (JSON: null, its sheets are in the summary's breakdown). */
export function fileCommune(a: Analysis, file: string): { text: string; json: { formerCommune?: string | null } } {
  const holders = a.formerCommunes?.filter((x) => x.files.includes(file)) ?? [];
  if (!holders.length) return { text: '', json: {} };
  if (holders.length > 1) return { text: ` (các trang của ${holders.map((c) => (c.name === null ? 'xã cũ chưa rõ' : `xã cũ ${c.name}`)).join(', ')})`, json: { formerCommune: null } };
  const c = holders[0];
  const how = c.from.length === 1 ? `, ${HOW[c.from[0]]}` : '';
  return { text: c.name === null ? ' (chưa rõ là sổ của xã cũ nào)' : ` (sổ của xã cũ ${c.name}${how})`, json: { formerCommune: c.name } };
}

/** The breakdown by former commune, as lines for `summary` (none when the profile names no former communes). */
export function formerCommunesText(a: Analysis): string[] {
  const by = a.formerCommunes;
  if (!by?.length) return [];
  const known = by.filter((c) => c.name !== null).length;
  const m = a.summary.households?.measured ?? ALL_MEASURED;
  const n = (ok: boolean, v: number | undefined) => (ok && v !== undefined ? viNumber(v) : '–');
  const rows = by.map((c) => {
    const h = c.households;
    // A file holding several former communes' sheets is named with its sheets.
    const where = c.files.flatMap((f) => (by.filter((o) => o.files.includes(f)).length > 1 ? c.sheets.filter((x) => x.file === f).map((x) => `${x.file} › ${x.sheet}`) : [f]));
    const files = where.length ? `${where.join(', ')} (${c.from.map((x) => HOW[x]).join(', ')})` : '(chưa có tệp)';
    return [c.name ?? '(chưa rõ xã cũ)', files, n(true, h?.total), n(m.persons, h?.persons), n(m.poverty, h?.poverty.poor), h && m.poverty && !h.filtered ? viPercent(h.rates.poor, 2) : '–', n(m.poverty, h?.poverty.nearPoor), n(m.culturalFamily, h?.culturalFamily.achieved), n(true, c.awards?.total)];
  });
  const out = [`THEO XÃ CŨ (${a.commune ? `xã ${a.commune} ` : ''}hợp nhất từ ${viNumber(known)} xã)`, table(['Xã cũ', 'Tệp', 'Số hộ', 'Nhân khẩu', 'Nghèo', 'Tỷ lệ nghèo', 'Cận nghèo', 'Đạt GĐVH', 'Khen thưởng'], rows)];
  const dup = crossFileDuplicates(a);
  if (dup) out.push(`(${viNumber(dup)} dòng trùng với một dòng của tệp khác (cùng CCCD, hoặc cùng họ tên, năm sinh và thôn): vẫn được đếm ở cả hai tệp cho đến khi bỏ bớt một; xem "baocao validate".)`);
  out.push('');
  return out;
}

/** The breakdown as JSON: `formerCommunes` and `crossFileDuplicates`, only when the profile names former communes. */
export function formerCommunesJson(a: Analysis) {
  if (!a.formerCommunes) return {};
  return {
    formerCommunes: a.formerCommunes.map((c) => ({ name: c.name, files: c.files, sheets: c.sheets, from: c.from, households: c.households ?? null, awards: c.awards ?? null })),
    crossFileDuplicates: crossFileDuplicates(a),
  };
}
