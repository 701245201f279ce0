// The household registers of the sample commune, laid out the ways clerks lay them out: flat, title rows with a
// two-row merged header, village blocks with subtotals, one row per person, and a register with planted problems.
// Each layout returns its sheet and the `register` part of its answer key (rows and columns as written).
import { COMMUNE, VILLAGES, type Household, type Person } from './commune';
import { at, letter, type Row, type SheetSpec, type Value } from './sheet';
import { LEGACY_LETTERS } from '../../src/core/text/legacyTables';

export interface Layout<R = Record<string, unknown>> {
  sheet: SheetSpec;
  register: R;
}

export const viInt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const UBND = `UBND XÃ ${COMMUNE.commune.toUpperCase()}`;
const x = (b: boolean): Value => (b ? 'x' : null);
const head = (h: Household): Person => h.members[0];
const columnsOf = (fields: Record<string, number>) => Object.fromEntries(Object.entries(fields).map(([f, c]) => [f, letter(c)]));

/** The place-and-date line, the signers' titles and names under a list (DOMAIN §2): rows from `first`. */
function footerRows(width: number, right: number): { rows: Row[]; merges: (first: number) => string[] } {
  const rows: Row[] = [
    at(width),
    at(width, [right, `${COMMUNE.commune}, ngày 30 tháng 12 năm ${COMMUNE.year}`]),
    at(width, [2, 'NGƯỜI LẬP BIỂU'], [right, 'TM. ỦY BAN NHÂN DÂN']),
    at(width, [2, '(Ký, ghi rõ họ tên)'], [right, 'CHỦ TỊCH']),
    at(width),
    at(width),
    at(width, [2, COMMUNE.clerk], [right, COMMUNE.chairman]),
  ];
  const span = `${letter(right)}:${letter(width)}`.split(':');
  const merges = (first: number) =>
    [first + 1, first + 2, first + 3, first + 6].map((r) => `${span[0]}${r}:${span[1]}${r}`);
  return { rows, merges };
}

// ---- H-flat: one header row at A1, the poverty class as text, GĐVH result as "Đạt" / "Không đạt" ----------------

const POVERTY_TEXT = { poor: 'Hộ nghèo', nearPoor: 'Cận nghèo', average: 'Mức sống TB' } as const;

export function flatHouseholds(households: Household[]): Layout {
  const F = { stt: 1, householdCode: 2, headName: 3, gender: 4, birthYear: 5, cccd: 6, village: 7, size: 8, poverty: 9, culturalFamilyRegistered: 10, culturalFamilyAchieved: 11, learningFamily: 12, phone: 13, note: 14 };
  const header = ['STT', 'Mã HGĐ', 'Họ tên chủ hộ', 'Giới tính', 'Năm sinh', 'Số định danh', 'Thôn', 'Nhân khẩu', 'Phân loại hộ', 'ĐK GĐVH', 'Đạt GĐVH', 'GĐ học tập', 'Điện thoại', 'Ghi chú'];
  const rows: Row[] = [header];
  for (const h of households) {
    const p = head(h);
    rows.push([h.no, h.code, p.name, p.gender, p.born.y, p.cccd, h.village, h.members.length, h.poverty ? POVERTY_TEXT[h.poverty] : null,
      x(h.registered), h.registered ? (h.achieved ? 'Đạt' : 'Không đạt') : null, x(h.learning), h.phone, h.note]);
  }
  return {
    sheet: { name: 'Hộ gia đình', rows, merges: [], widths: [6, 13, 26, 9, 9, 15, 13, 10, 13, 9, 10, 10, 13, 24], bold: [1], freeze: 1,
      table: { from: 1, to: rows.length, fromCol: 1, toCol: header.length }, textColumns: [F.householdCode, F.cccd, F.phone] },
    register: { sheet: 'Hộ gia đình', headerRows: [1], firstDataRow: 2, lastDataRow: rows.length, dataRows: households.length, columns: columnsOf(F) },
  };
}

// ---- H-merged: title rows, two-row merged header, a column-number row, x marks, table from column B ---------------

export function mergedHouseholds(households: Household[]): Layout {
  const F = { stt: 2, headName: 3, birthYearMale: 4, birthYearFemale: 5, village: 6, size: 7, poor: 8, nearPoor: 9, average: 10, culturalFamilyRegistered: 11, culturalFamilyAchieved: 12, learningFamily: 13, cccd: 14 };
  const W = 14;
  const rows: Row[] = [
    at(W, [2, UBND]),
    at(W, [2, `DANH SÁCH HỘ GIA ĐÌNH NĂM ${COMMUNE.year}`]),
    at(W),
    at(W, [2, 'STT'], [3, 'Họ và tên chủ hộ'], [4, 'Năm sinh'], [6, 'Thôn'], [7, 'Số nhân khẩu'], [8, 'Phân loại hộ'], [11, 'Gia đình văn hóa'], [13, 'Gia đình học tập'], [14, 'Số CCCD']),
    at(W, [4, 'Nam'], [5, 'Nữ'], [8, 'Hộ nghèo'], [9, 'Hộ cận nghèo'], [10, 'Hộ MSTB'], [11, 'Đăng ký'], [12, 'Đạt']),
    at(W, ...Array.from({ length: 13 }, (_, i): [number, Value] => [i + 2, `(${i + 1})`])),
  ];
  for (const h of households) {
    const p = head(h);
    rows.push(at(W, [2, h.no], [3, p.name], [p.gender === 'Nam' ? 4 : 5, p.born.y], [6, `Thôn ${h.village}`], [7, h.members.length],
      [8, x(h.poverty === 'poor')], [9, x(h.poverty === 'nearPoor')], [10, x(h.poverty === 'average')],
      [11, x(h.registered)], [12, x(h.achieved)], [13, x(h.learning)], [14, p.cccd]));
  }
  const merges = ['B1:E1', 'B2:N2', 'D4:E4', 'H4:J4', 'K4:L4', ...[2, 3, 6, 7, 13, 14].map((c) => `${letter(c)}4:${letter(c)}5`)];
  return {
    sheet: { name: `DS hộ ${COMMUNE.year}`, rows, merges, widths: [3, 6, 26, 8, 8, 15, 9, 8, 8, 8, 9, 8, 10, 15], bold: [1, 2, 4, 5], freeze: 6,
      table: { from: 4, to: rows.length, fromCol: 2, toCol: W }, textColumns: [F.cccd] },
    register: {
      sheet: `DS hộ ${COMMUNE.year}`, headerRows: [4, 5], titleRows: [1, 2], columnNumberRow: 6, firstDataRow: 7, lastDataRow: rows.length,
      dataRows: households.length, columns: columnsOf(F),
    },
  };
}

// ---- H-sectioned: no village column; village headings, "Cộng" subtotals, "Tổng cộng", footer -------------------

export function sectionedHouseholds(households: Household[]): Layout {
  const F = { stt: 1, headName: 2, gender: 3, birthYear: 4, cccd: 5, size: 6, poor: 7, nearPoor: 8, average: 9, culturalFamilyRegistered: 10, culturalFamilyAchieved: 11, learningFamily: 12, note: 13 };
  const W = 13;
  const rows: Row[] = [
    at(W, [1, UBND]),
    at(W, [1, `DANH SÁCH HỘ GIA ĐÌNH THEO THÔN NĂM ${COMMUNE.year}`]),
    at(W),
    ['STT', 'Họ và tên chủ hộ', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Số khẩu', 'Nghèo', 'Cận nghèo', 'Mức sống TB', 'Đăng ký GĐVH', 'Công nhận GĐVH', 'Học tập', 'Ghi chú'],
  ];
  const merges = ['A1:D1', 'A2:M2'];
  const bold = [1, 2, 4];
  const sectionRows: Array<{ row: number; village: string }> = [];
  const subtotalRows: Array<{ row: number; village: string; households: number; persons: number }> = [];
  const sums = (hs: Household[]): Value[] => [
    hs.reduce((s, h) => s + h.members.length, 0),
    hs.filter((h) => h.poverty === 'poor').length, hs.filter((h) => h.poverty === 'nearPoor').length, hs.filter((h) => h.poverty === 'average').length,
    hs.filter((h) => h.registered).length, hs.filter((h) => h.achieved).length, hs.filter((h) => h.learning).length,
  ];
  VILLAGES.forEach((v, i) => {
    const hs = households.filter((h) => h.village === v);
    const r = rows.length + 1;
    // Headings written three ways, as clerks do: "Thôn X" in the name column, "II. THÔN X" merged across, "3. Thôn X".
    if (i % 3 === 0) rows.push(at(W, [2, `Thôn ${v}`]));
    else if (i % 3 === 1) {
      rows.push(at(W, [1, `${ROMAN[i]}. THÔN ${v.toUpperCase()}`]));
      merges.push(`A${r}:M${r}`);
    } else rows.push(at(W, [2, `${i + 1}. Thôn ${v}`]));
    bold.push(r);
    sectionRows.push({ row: r, village: v });
    hs.forEach((h, k) => {
      const p = head(h);
      rows.push([h.noInVillage, p.name, p.gender, p.born.y, p.cccd, h.members.length, x(h.poverty === 'poor'), x(h.poverty === 'nearPoor'), x(h.poverty === 'average'),
        x(h.registered), x(h.achieved), x(h.learning), h.note]);
      // A blank line the clerk left inside one block.
      if (i === 4 && k === 9) rows.push(at(W));
    });
    const label = i % 2 === 0 ? `Cộng (${viInt(hs.length)} hộ)` : `Cộng thôn ${v}: ${viInt(hs.length)} hộ`;
    rows.push([null, label, null, null, null, ...sums(hs), null]);
    bold.push(rows.length);
    subtotalRows.push({ row: rows.length, village: v, households: hs.length, persons: hs.reduce((s, h) => s + h.members.length, 0) });
  });
  rows.push([null, `Tổng cộng (${viInt(households.length)} hộ)`, null, null, null, ...sums(households), null]);
  const totalRow = rows.length;
  bold.push(totalRow);
  const footer = footerRows(W, 9);
  const footerFirst = rows.length + 2;
  rows.push(...footer.rows);
  merges.push(...footer.merges(rows.length - footer.rows.length + 1));
  return {
    sheet: { name: 'Theo thôn', rows, merges, widths: [6, 26, 9, 9, 15, 8, 8, 9, 10, 10, 11, 9, 20], bold, freeze: 4, table: { from: 4, to: totalRow, fromCol: 1, toCol: W }, textColumns: [F.cccd] },
    register: {
      sheet: 'Theo thôn', headerRows: [4], titleRows: [1, 2], dataRows: households.length, columns: columnsOf(F), sectionRows, subtotalRows, totalRow,
      footerRows: [footerFirst, rows.length], blankRows: rows.flatMap((r, i) => (i > 3 && i + 1 < totalRow && r.every((v) => v === null) ? [i + 1] : [])),
    },
  };
}

// ---- H-persons: one row per person, grouped by household --------------------------------------------------------

/** The permanent address as written in a list of persons: the village inside it, written three ways. */
export function addressOf(h: Household): string {
  const c = COMMUNE;
  return [`Thôn ${h.village}, xã ${c.commune}`, `${h.village}, ${c.commune}, ${c.district}`, `Thôn ${h.village} - xã ${c.commune} - huyện ${c.district}`][h.addressStyle];
}

const dateOf = (p: Person) => new Date(Date.UTC(p.born.y, p.born.m - 1, p.born.d));

export function personsHouseholds(households: Household[]): Layout {
  const F = { householdNo: 1, stt: 2, personName: 3, relation: 4, birthYearMale: 5, birthYearFemale: 6, cccd: 7, village: 8, poor: 11, nearPoor: 12, average: 13,
    culturalFamilyRegistered: 14, culturalFamilyAchieved: 15, learningFamily: 16, note: 17 };
  const W = 17;
  const rows: Row[] = [
    at(W, [1, UBND]),
    at(W, [1, `DANH SÁCH HỘ GIA ĐÌNH VÀ NHÂN KHẨU NĂM ${COMMUNE.year}`]),
    at(W),
    at(W, [1, 'STT hộ'], [2, 'STT'], [3, 'Họ và tên'], [4, 'Quan hệ với chủ hộ'], [5, 'Ngày sinh'], [7, 'Số CCCD'], [8, 'Nơi thường trú'], [9, 'Nơi ở hiện nay'],
      [10, 'Nghề nghiệp'], [11, 'Phân loại hộ'], [14, 'Gia đình văn hóa'], [16, 'Gia đình học tập'], [17, 'Ghi chú']),
    at(W, [5, 'Nam'], [6, 'Nữ'], [11, 'Nghèo'], [12, 'Cận nghèo'], [13, 'Trung bình'], [14, 'Đăng ký'], [15, 'Đạt']),
  ];
  let personNo = 0;
  for (const h of households) {
    const address = addressOf(h);
    h.members.forEach((p, i) => {
      const isHead = i === 0;
      rows.push(at(W, [1, isHead ? h.no : null], [2, ++personNo], [3, p.name], [4, p.relation], [p.gender === 'Nam' ? 5 : 6, dateOf(p)], [7, p.cccd], [8, address],
        [9, p.away ?? address], [10, p.job],
        ...(isHead ? ([[11, x(h.poverty === 'poor')], [12, x(h.poverty === 'nearPoor')], [13, x(h.poverty === 'average')], [14, x(h.registered)], [15, x(h.achieved)],
          [16, x(h.learning)], [17, h.note]] as Array<[number, Value]>) : [])));
    });
  }
  const lastDataRow = rows.length;
  rows.push(at(W, [1, `Tổng cộng: ${viInt(households.length)} hộ, ${viInt(personNo)} nhân khẩu`]));
  const merges = ['A1:E1', 'A2:Q2', 'E4:F4', 'K4:M4', 'N4:O4', ...[1, 2, 3, 4, 7, 8, 9, 10, 16, 17].map((c) => `${letter(c)}4:${letter(c)}5`), `A${rows.length}:D${rows.length}`];
  return {
    sheet: { name: 'Nhân khẩu', rows, merges, widths: [6, 6, 24, 10, 11, 11, 15, 30, 24, 12, 7, 7, 8, 8, 7, 9, 18], bold: [1, 2, 4, 5, rows.length], freeze: 5,
      table: { from: 4, to: rows.length, fromCol: 1, toCol: W }, dateColumns: [5, 6], textColumns: [F.cccd] },
    register: {
      sheet: 'Nhân khẩu', headerRows: [4, 5], titleRows: [1, 2], firstDataRow: 6, lastDataRow, personRows: personNo, households: households.length,
      totalRow: rows.length, columns: columnsOf(F), otherColumns: { currentResidence: 'I (where the person lives now: not the village)', occupation: 'J' },
    },
  };
}

// ---- The errors sample: 80 households with planted problems -------------------------------------------------------

export interface PlantedIssue {
  sheet: string;
  row: number;
  column: string;
  code: string;
  field: string;
  value: unknown;
  note: string;
  acceptColumns?: string[];
  acceptCodes?: string[];
  duplicateOf?: number;
  expected?: string;
}

const TCVN3 = new Map(LEGACY_LETTERS.map((l) => [l.unicode, String.fromCharCode(l.tcvn3)]));
/** Unicode text as TCVN3 (ABC) bytes shown in a Unicode font (ENCODINGS.md §8.2). */
export function tcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TCVN3.get(ch) ?? ch).join('');
}
/** A name TCVN3 can carry whole: no toned capital (TCVN3 has none; it would come back small). */
const tcvn3Safe = (name: string) => name.split(' ').every((w) => /^[A-ZĐ]/.test(w)) && tcvn3(name) !== name;

export function errorsHouseholds(households: Household[]): Layout & { issues: PlantedIssue[]; cleanRows: number[]; notErrors: Array<{ row: number; column: string; why: string }> } {
  const SHEET = 'Rà soát hộ';
  const F = { stt: 1, householdCode: 2, headName: 3, gender: 4, birthYear: 5, cccd: 6, village: 7, size: 8, poor: 9, nearPoor: 10, average: 11,
    culturalFamilyRegistered: 12, culturalFamilyAchieved: 13, learningFamily: 14, phone: 15, note: 16 };
  const header = ['Số TT', 'Mã số hộ', 'Tên chủ hộ', 'Giới', 'Năm sinh', 'CMND/CCCD', 'Thôn (xóm)', 'Số người', 'HN', 'HCN', 'MSTB', 'ĐK GĐVH', 'KQ GĐVH', 'GĐHT', 'SĐT', 'Ghi chú'];

  // 79 households across the commune, with the heads that look odd but are right (born from 2000; CCCD of another
  // province) among them; the 80th row is a duplicate of an earlier one.
  const young = households.filter((h) => head(h).born.y >= 2000).slice(0, 2);
  const outside = households.filter((h) => !head(h).cccd?.startsWith(COMMUNE.provinceCode)).filter((_, i) => i % 9 === 0).slice(0, 4);
  const chosen = new Set([...young, ...outside]);
  for (let i = 0; chosen.size < 79; i++) chosen.add(households[(Math.floor((i * households.length) / 79) + 5) % households.length]);
  const picked = [...chosen].sort((a, b) => a.no - b.no);

  type Cells = Value[];
  const rowOf = (h: Household): Cells => {
    const p = head(h);
    return [0, h.code, p.name, p.gender, p.born.y, p.cccd, h.village, h.members.length, x(h.poverty === 'poor'), x(h.poverty === 'nearPoor'), x(h.poverty === 'average'),
      x(h.registered), x(h.achieved), h.learning ? '✓' : null, h.phone, h.note];
  };
  // The duplicate: the head of an earlier row typed again four rows later, under a new code.
  const dupSource = 41;
  const entries: Array<{ h: Household; copy: boolean }> = picked.map((h) => ({ h, copy: false }));
  entries.splice(dupSource + 4, 0, { h: picked[dupSource], copy: true });
  const body: Cells[] = entries.map(({ h, copy }, i) => {
    const r = rowOf(h);
    r[0] = i + 1;
    if (copy) r[1] = `${h.code.slice(0, -4)}${String(9000 + h.noInVillage).padStart(4, '0')}`;
    return r;
  });
  const special = new Set(entries.flatMap(({ h, copy }, i) => (!copy && (young.includes(h) || outside.includes(h)) ? [i] : [])));
  const rowNo = (i: number) => i + 2;

  const issues: PlantedIssue[] = [];
  const planted = new Set<number>([dupSource + 4]);
  /** The first row from `from` that is free, not a special row, and fits. */
  const free = (from: number, fits: (r: Cells) => boolean = () => true): number => {
    for (let i = from; i < body.length; i++) if (!planted.has(i) && !special.has(i) && i !== dupSource && fits(body[i])) return i;
    throw new Error(`no free row from ${from}`);
  };
  interface Plant {
    from: number;
    field: keyof typeof F;
    code: string;
    note: string;
    value: (r: Cells) => Value;
    fits?: (r: Cells) => boolean;
    /** The repaired value, from the row as it was. */
    expected?: (r: Cells) => string;
    /** Other cells the problem changes (a second mark of a conflict). */
    also?: (r: Cells) => void;
    acceptColumns?: Array<keyof typeof F>;
    acceptCodes?: string[];
  }
  const plant = (p: Plant) => {
    const i = free(p.from, p.fits);
    planted.add(i);
    const before = [...body[i]];
    const value = p.value(before);
    p.also?.(body[i]);
    body[i][F[p.field] - 1] = value;
    issues.push({
      sheet: SHEET, row: rowNo(i), column: letter(F[p.field]), code: p.code, field: p.field, value: value ?? null, note: p.note,
      ...(p.acceptColumns ? { acceptColumns: p.acceptColumns.map((f) => letter(F[f])) } : {}),
      ...(p.acceptCodes ? { acceptCodes: p.acceptCodes } : {}),
      ...(p.expected ? { expected: p.expected(before) } : {}),
    });
  };
  const name = (r: Cells) => String(r[F.headName - 1]);
  const id = (r: Cells) => String(r[F.cccd - 1]);
  const year = (r: Cells) => Number(r[F.birthYear - 1]);
  const named = (r: Cells) => r[F.headName - 1] !== null;
  const inVillage = (v: string) => (r: Cells) => r[F.village - 1] === v;
  const hasId = (r: Cells) => r[F.cccd - 1] !== null;

  plant({ from: 2, field: 'headName', code: 'value.required', note: 'head of household name missing', value: () => null });
  plant({ from: 4, field: 'village', code: 'value.alias', note: 'alias of "Tân Thành" (prefix and tone style)', value: () => 'Thôn Tân Thành', fits: inVillage('Tân Thành'), expected: () => 'Tân Thành' });
  plant({ from: 6, field: 'headName', code: 'text.encoding', note: 'name typed in TCVN3 (ABC), shown without its font', value: (r) => tcvn3(name(r)), fits: (r) => tcvn3Safe(name(r)), expected: name });
  plant({ from: 8, field: 'size', code: 'value.required', note: 'household size empty', value: () => null });
  plant({ from: 10, field: 'cccd', code: 'id.cccd', note: 'CCCD of 11 digits (one digit left out)', value: (r) => id(r).slice(0, 7) + id(r).slice(8), fits: hasId });
  plant({ from: 12, field: 'birthYear', code: 'value.range', note: 'birth year 1890: the head would be 134', value: () => 1890 });
  plant({ from: 14, field: 'headName', code: 'text.unicode', note: 'name in decomposed Unicode (NFD)', value: (r) => name(r).normalize('NFD'), fits: (r) => named(r) && name(r).normalize('NFD') !== name(r), expected: name });
  plant({ from: 16, field: 'village', code: 'value.enum', note: 'village not in the commune', value: () => 'Tân Hưng' });
  plant({ from: 18, field: 'size', code: 'value.range', note: 'household size 0', value: () => 0 });
  plant({ from: 20, field: 'nearPoor', code: 'row.conflict', note: 'marked both poor and near-poor', value: () => 'x', also: (r) => { r[F.poor - 1] = 'x'; r[F.average - 1] = null; }, acceptColumns: ['poor', 'nearPoor'] });
  plant({ from: 22, field: 'cccd', code: 'id.cccd', note: 'letter O typed for the digit 0', value: (r) => id(r).slice(0, 6) + id(r).slice(6).replace('0', 'O'), fits: (r) => hasId(r) && id(r).slice(6).includes('0') });
  plant({ from: 24, field: 'headName', code: 'text.whitespace', note: 'a space typed after the name', value: (r) => `${name(r)} `, fits: named, expected: name });
  plant({ from: 26, field: 'village', code: 'value.alias', note: 'alias of "Đông Trì" (no diacritics)', value: () => 'Dong Tri', fits: inVillage('Đông Trì'), expected: () => 'Đông Trì' });
  plant({ from: 28, field: 'birthYear', code: 'value.range', note: 'five-digit birth year (a digit typed twice)', value: (r) => Number(`${year(r)}${year(r) % 10}`) });
  plant({ from: 30, field: 'size', code: 'value.error', note: 'Excel error value #N/A (a broken lookup)', value: () => ({ error: '#N/A' }) });
  plant({ from: 32, field: 'cccd', code: 'id.cccd', note: 'gender digit says the other gender', value: (r) => `${id(r).slice(0, 3)}${Number(id(r)[3]) ^ 1}${id(r).slice(4)}`, fits: hasId });
  plant({ from: 34, field: 'culturalFamilyAchieved', code: 'row.conflict', note: 'Gia đình văn hóa achieved without registration', value: () => 'x', also: (r) => { r[F.culturalFamilyRegistered - 1] = null; }, acceptColumns: ['culturalFamilyRegistered', 'culturalFamilyAchieved'] });
  plant({ from: 36, field: 'headName', code: 'text.whitespace', note: 'two spaces inside the name', value: (r) => name(r).replace(' ', '  '), fits: named, expected: name });
  plant({ from: 38, field: 'size', code: 'value.type', note: 'size written in words', value: () => 'ba' });
  plant({ from: 47, field: 'cccd', code: 'id.cccd', note: 'CCCD of 13 digits (a digit typed twice)', value: (r) => `${id(r)}${id(r).slice(-1)}`, fits: hasId });
  plant({ from: 49, field: 'village', code: 'value.alias', note: 'alias of "Bình Minh" (lower case)', value: () => 'bình minh', fits: inVillage('Bình Minh'), expected: () => 'Bình Minh' });
  plant({ from: 51, field: 'headName', code: 'text.encoding', note: 'name typed in TCVN3 (ABC), shown without its font', value: (r) => tcvn3(name(r)), fits: (r) => tcvn3Safe(name(r)), expected: name });
  plant({ from: 54, field: 'birthYear', code: 'value.range', note: 'head of household born 2015: 9 years old', value: () => 2015 });
  plant({ from: 57, field: 'cccd', code: 'id.cccd', note: 'year digits disagree with the birth year', value: (r) => `${id(r).slice(0, 4)}${String((Number(id(r).slice(4, 6)) + 7) % 100).padStart(2, '0')}${id(r).slice(6)}`, fits: hasId });
  plant({ from: 60, field: 'size', code: 'value.range', note: 'negative household size', value: () => -1 });
  plant({ from: 62, field: 'headName', code: 'text.unicode', note: 'name in decomposed Unicode (NFD)', value: (r) => name(r).normalize('NFD'), fits: (r) => named(r) && name(r).normalize('NFD') !== name(r), expected: name });
  plant({ from: 65, field: 'cccd', code: 'id.cccd', note: 'CCCD stored as a number: its leading 0 is lost', value: (r) => Number(id(r)), fits: hasId });
  plant({ from: 68, field: 'size', code: 'value.range', note: 'household size 35 (over 30)', value: () => 35 });
  plant({ from: 71, field: 'village', code: 'value.alias', note: 'alias of "Hòa Lạc" (no diacritics)', value: () => 'Hoa Lac', fits: inVillage('Hòa Lạc'), expected: () => 'Hòa Lạc' });
  issues.push({
    sheet: SHEET, row: rowNo(dupSource + 4), column: letter(F.headName), code: 'row.duplicate', field: 'headName', value: body[dupSource + 4][F.headName - 1],
    note: 'the same head (name, birth year, village, CCCD) as an earlier row', duplicateOf: rowNo(dupSource), acceptColumns: header.map((_, c) => letter(c + 1)),
  });
  issues.sort((a, b) => a.row - b.row);

  const rows: Row[] = [header, ...body];
  const cleanRows = body.map((_, i) => rowNo(i)).filter((r) => !issues.some((p) => p.row === r));
  const notErrors = [...special].sort((a, b) => a - b).map((i) => {
    const p = head(entries[i].h);
    const why = p.born.y >= 2000
      ? `head born ${p.born.y}: century digit ${p.cccd?.[3]} is right`
      : `CCCD registered in province ${p.cccd?.slice(0, 3)}, not ${COMMUNE.province}: valid`;
    return { row: rowNo(i), column: letter(F.cccd), why };
  });
  return {
    sheet: { name: SHEET, rows, merges: [], widths: [6, 13, 24, 6, 9, 15, 12, 8, 5, 5, 6, 8, 8, 6, 12, 20], bold: [1], freeze: 1,
      table: { from: 1, to: rows.length, fromCol: 1, toCol: header.length }, textColumns: [F.householdCode, F.phone] },
    register: { sheet: SHEET, headerRows: [1], firstDataRow: 2, lastDataRow: rows.length, dataRows: body.length, columns: columnsOf(F) },
    issues, cleanRows, notErrors,
  };
}
