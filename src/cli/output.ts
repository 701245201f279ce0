// What the CLI prints: the stable JSON shapes and the readable Vietnamese text of `validate` and `summary`.
import type { Analysis, Register } from '../core/analyse';
import { columnLetter } from '../core/grid';
import type { Issue } from '../core/rules/issue';
import { withMessage, type Lang } from '../i18n/messages';
import { doubtText } from '../i18n/doubts';
import { isErrorDoubt } from '../core/doubts';
import { isGuessedYear } from '../core/year';
import { quotedValue } from '../core/text/display';
import { kindName } from '../i18n/fields';
import { ALL_MEASURED, type HouseholdCounts } from '../core/summary/households';
import { table } from './table';
import { fileCommune, formerCommunesJson, formerCommunesText } from './formerCommunes';
import { viNumber as viInt, viPercent } from '../core/text/numbers';

function registerJson(reg: Register, lang: Lang) {
  const l = reg.layout;
  const columns: Record<string, string> = {};
  for (const [f, c] of Object.entries(l.columns)) columns[f] = columnLetter(c);
  const row = (r: number) => r + reg.grid.originRow;
  return {
    sheet: l.sheet,
    kind: l.kind,
    headerRows: l.headerRows,
    columns,
    dataRows: l.dataRowCount,
    firstDataRow: l.firstDataRow ?? null,
    lastDataRow: l.lastDataRow ?? null,
    titleRows: l.titleRows,
    columnNumberRow: l.columnNumberRow ?? null,
    sectionRows: l.body.flatMap((b) => (b.type === 'section' ? [{ row: row(b.r), text: b.text, ...b.context }] : [])),
    subtotalRows: l.body.flatMap((b) => (b.type === 'subtotal' ? [{ row: row(b.r), text: b.text }] : [])),
    totalRows: l.body.flatMap((b) => (b.type === 'total' ? [{ row: row(b.r), text: b.text }] : [])),
    footerRows: l.footerRows,
    repeatedHeaderRows: l.repeatedHeaderRows,
    headers: l.headers,
    ...(reg.kind === 'persons' ? { households: reg.records.length, persons: reg.persons.length } : {}),
    ...(reg.kind === 'awards' ? { proposal: reg.proposal } : {}),
    issues: reg.issues.map((i) => withMessage(i, lang)),
  };
}

const doubtsJson = (a: Analysis, lang: Lang) => a.doubts.map((d) => ({ ...d, message: doubtText(d, lang) }));

export function validateJson(a: Analysis, lang: Lang) {
  return {
    files: a.files.map((f) => ({ file: f.file, ...fileCommune(a, f.file).json, registers: f.registers.map((r) => registerJson(r, lang)), ignoredSheets: f.ignored })),
    year: a.year,
    villages: a.villages,
    inferred: a.inferred,
    doubts: doubtsJson(a, lang),
    joins: a.joins,
    counts: countBySeverity(a.files.flatMap((f) => f.registers.flatMap((r) => r.issues))),
  };
}

export function summaryJson(a: Analysis, lang: Lang = 'vi') {
  return { ...a.summary, year: a.year, villages: a.villages, commune: a.commune ?? null, inferred: a.inferred, doubts: doubtsJson(a, lang), joins: a.joins, ...formerCommunesJson(a) };
}

export function countBySeverity(issues: Issue[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}

const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as const;

function inferredText(a: Analysis): string[] {
  const from: Record<string, string> = { title: 'dòng tiêu đề', decisionDates: 'ngày các quyết định', datedLines: 'ngày ghi ở đầu hoặc cuối danh sách', sheetName: 'tên trang tính', fileDate: 'ngày lưu tệp', today: 'ngày hôm nay', data: 'dữ liệu' };
  const joins = a.joins.map((j) => `(Danh sách nhân khẩu "${j.members.sheet}" được ghép với danh sách hộ "${j.households.sheet}" theo mã hộ: ${viInt(j.matched)} hộ khớp${j.unmatched ? `, ${viInt(j.unmatched)} hộ không có trong danh sách hộ` : ''}.)`);
  const doubts = a.doubts.map((d) => `${isErrorDoubt(d) ? 'Lỗi' : 'Cần xác nhận'}: ${doubtText(d, 'vi')}`);
  // A guessed year is said once, by its doubt.
  return [...joins, ...a.inferred.filter((i) => !isGuessedYear(i)).map((i) => `(Không có hồ sơ xã: ${i.what === 'year' ? 'năm báo cáo' : 'danh sách thôn'} ${i.value} được suy ra từ ${from[i.from] ?? i.from}.)`), ...doubts];
}

const IGNORED_VI: Record<string, string> = {
  empty: 'trống',
  instructions: 'trang hướng dẫn',
  example: 'trang ví dụ, mẫu',
  codes: 'bảng danh mục mã (dùng để đọc các cột ghi bằng mã)',
  'no-register': 'không phải sổ hộ gia đình, danh sách nhân khẩu hay sổ khen thưởng',
};

function kindText(reg: Register): string {
  if (reg.kind === 'awards' && reg.proposal) return 'danh sách đề nghị khen thưởng';
  if (reg.kind === 'persons') return `${kindName('persons', 'vi')} (${viInt(reg.records.length)} hộ, ${viInt(reg.persons.length)} người)`;
  return kindName(reg.kind, 'vi');
}

/** Readable Vietnamese report of what was found and every issue. */
export function validateText(a: Analysis, lang: Lang): string {
  const out: string[] = [];
  for (const f of a.files) {
    out.push(`Tệp: ${f.file}${fileCommune(a, f.file).text}`);
    for (const reg of f.registers) {
      const l = reg.layout;
      const rows = l.dataRowCount ? `${viInt(l.dataRowCount)} dòng dữ liệu` : 'chưa có dữ liệu';
      out.push(`  Trang tính "${l.sheet}": ${kindText(reg)}, dòng tiêu đề ${l.headerRows.join('–')}, ${rows}` + (l.firstDataRow ? ` (dòng ${l.firstDataRow}–${l.lastDataRow})` : ''));
      out.push(`  Cột: ${Object.entries(l.columns).map(([fl, c]) => `${fl}=${columnLetter(c)}`).join(', ')}`);
      const c = countBySeverity(reg.issues);
      out.push(`  ${viInt(c.error)} lỗi, ${viInt(c.warning)} cảnh báo, ${viInt(c.info)} ghi chú`);
      if (reg.issues.length) {
        const rows = reg.issues.map((i) => {
          const m = withMessage(i, lang);
          return [m.cell, SEVERITY_VI[i.severity], i.code, m.message, i.suggestion === undefined ? '' : quotedValue(String(i.suggestion))];
        });
        out.push(indent(table(['Ô', 'Mức', 'Mã', 'Nội dung', 'Đề nghị'], rows), 4));
      }
    }
    for (const s of f.ignored) out.push(`  Bỏ qua trang tính "${s.sheet}": ${s.reason === 'earlierYear' ? `sổ năm ${s.year}, cùng các hộ với trang "${s.alongside}" (không tính vào năm ${a.year})` : IGNORED_VI[s.reason] ?? s.reason}.`);
  }
  out.push(...inferredText(a));
  return out.join('\n');
}

const indent = (s: string, n: number) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

/** Readable Vietnamese tables of the summary. */
export function summaryText(a: Analysis): string {
  const out: string[] = [];
  const h = a.summary.households;
  if (h) {
    out.push(`HỘ GIA ĐÌNH NĂM ${a.year}`);
  }
  if (h && h.total === 0) out.push('Sổ hộ gia đình chưa có dữ liệu (chỉ có dòng tiêu đề hoặc dòng mẫu để trống).', '');
  else if (h) {
    const m = h.measured ?? ALL_MEASURED;
    // A figure no column gives is "–", never 0.
    const n = (known: boolean, v: number) => (known ? viInt(v) : '–');
    const figures = (v: HouseholdCounts) => [viInt(v.total), n(m.persons, v.persons), n(m.poverty, v.poverty.poor), n(m.poverty, v.poverty.nearPoor), n(m.average, v.poverty.average), n(m.culturalFamily, v.culturalFamily.registered), n(m.culturalFamily, v.culturalFamily.achieved), m.culturalFamily ? viPercent(v.rates.culturalFamilyAchieved, 1) : '–', n(m.learningFamily, v.learningFamily)];
    const rows = h.byVillage.map((v) => [v.known ? v.village : `${v.village} (?)`, ...figures(v)]);
    if (h.withoutVillage && h.byVillage.length) rows.push(['(chưa rõ thôn)', viInt(h.withoutVillage), '', '', '', '', '', '', '', '']);
    rows.push(['Toàn xã', ...figures(h)]);
    out.push(table(['Thôn', 'Số hộ', 'Nhân khẩu', 'Nghèo', 'Cận nghèo', 'MSTB', 'ĐK GĐVH', 'Đạt GĐVH', 'Tỷ lệ', 'GĐ học tập'], rows));
    const clauses: string[] = [];
    if (m.poverty && !h.filtered) clauses.push(`Tỷ lệ hộ nghèo ${viPercent(h.rates.poor, 2)}, hộ cận nghèo ${viPercent(h.rates.nearPoor, 2)}${m.average ? `, hộ có mức sống trung bình ${viPercent(h.rates.average, 2)}` : ''} (trên tổng số ${viInt(h.total)} hộ)`);
    if (m.culturalFamily) clauses.push(`Gia đình văn hóa ${viInt(h.culturalFamily.achieved)}/${viInt(h.rateBases.culturalFamilyAchieved === 'registered' ? h.culturalFamily.registered : h.total)} hộ${h.rateBases.culturalFamilyAchieved === 'registered' ? ' đăng ký' : ''} (${viPercent(h.rates.culturalFamilyAchieved, 1)})`);
    const missing = [!m.persons && 'số nhân khẩu', !m.poverty && 'phân loại hộ nghèo, cận nghèo', !m.average && 'hộ có mức sống trung bình', !m.culturalFamily && 'Gia đình văn hóa', !m.learningFamily && 'Gia đình học tập'].filter((x): x is string => Boolean(x));
    if (clauses.length) out.push(`${clauses.join('; ')}.`);
    if (missing.length) out.push(`(Sổ không có cột ${missing.join(', ')}: các ô "–" là chưa có số liệu, không phải số 0.)`);
    out.push('');
  }
  out.push(...formerCommunesText(a));
  const w = a.summary.awards;
  if (w && w.total === 0) out.push('Sổ khen thưởng chưa có dữ liệu (chỉ có dòng tiêu đề hoặc dòng mẫu để trống).');
  else if (w) {
    out.push(`KHEN THƯỞNG NĂM ${a.year}: ${viInt(w.total)} lượt (${viInt(w.collective)} tập thể, ${viInt(w.individual)} cá nhân${w.household ? `, ${viInt(w.household)} hộ gia đình` : ''})`);
    out.push(table(['Hình thức', 'Số lượt'], Object.entries(w.byForm).sort((x, y) => y[1] - x[1]).map(([f, n]) => [f, viInt(n)])));
    const levelVi = { xa: 'Cấp xã', huyen: 'Cấp huyện', tinh: 'Cấp tỉnh', trung_uong: 'Trung ương' } as const;
    // No amount written anywhere: the money is unknown ("–"), not 0 đồng.
    const money = (n: number) => (w.amount.rowsWithAmount ? viInt(n) : '–');
    const levelRows = (Object.keys(levelVi) as Array<keyof typeof levelVi>).map((l) => [levelVi[l], viInt(w.byLevel[l]), money(w.amount.byLevel[l])]);
    if (w.byLevel.unknown) levelRows.push(['Chưa rõ cấp', viInt(w.byLevel.unknown), '']);
    levelRows.push(['Tổng', viInt(w.total), money(w.amount.total)]);
    out.push('', table(['Cấp khen', 'Số lượt', 'Số tiền (đồng)'], levelRows));
    out.push(w.amount.rowsWithAmount ? `Quỹ thi đua, khen thưởng của xã (Chủ tịch UBND xã khen): ${viInt(w.amount.communeChair)} đồng.` : '(Sổ không ghi số tiền thưởng: các ô "–" là chưa có số liệu.)');
  }
  const p = a.summary.proposals;
  if (p) {
    out.push('', `ĐỀ NGHỊ KHEN THƯỞNG (chưa phải khen thưởng đã quyết định): ${viInt(p.total)} lượt (${viInt(p.collective)} tập thể, ${viInt(p.individual)} cá nhân${p.household ? `, ${viInt(p.household)} hộ gia đình` : ''})`);
    if (Object.keys(p.byForm).length) out.push(table(['Hình thức đề nghị', 'Số lượt'], Object.entries(p.byForm).sort((x, y) => y[1] - x[1]).map(([f, n]) => [f, viInt(n)])));
  }
  out.push(...inferredText(a));
  return out.join('\n');
}
