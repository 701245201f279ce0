// The awards registers of the sample commune: flat (one header row, date cells, money as numbers), sectioned
// (level blocks A/B/C with recipient blocks, text dates and money, "Cộng" rows, abbreviated forms), and a register
// with planted problems.
import { COMMUNE, sectionOrder, type Award, type Born } from './commune';
import { at, letter, type Row, type Value } from './sheet';
import { viInt, type Layout, type PlantedIssue } from './households';

const columnsOf = (fields: Record<string, number>) => Object.fromEntries(Object.entries(fields).map(([f, c]) => [f, letter(c)]));
const pad = (n: number) => String(n).padStart(2, '0');
const dateCell = (b: Born) => new Date(Date.UTC(b.y, b.m - 1, b.d));
const dateText = (b: Born) => `${pad(b.d)}/${pad(b.m)}/${b.y}`;
const kindText = (a: Award) => (a.kind === 'collective' ? 'Tập thể' : 'Cá nhân');
/** A cell's value as the key states it: a date cell as "dd/mm/yyyy". */
const keyValue = (v: Value) => (v instanceof Date ? `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}` : v);
const iso = (b: Born) => `${b.y}-${pad(b.m)}-${pad(b.d)}`;

/** The flat register lists awards as decisions came in: by decision date, then as the truth lists them. */
export function flatOrder(awards: Award[]): Award[] {
  return awards.map((a, i) => ({ a, i })).sort((p, q) => iso(p.a.decision).localeCompare(iso(q.a.decision)) || p.i - q.i).map((p) => p.a);
}

export function flatAwards(awards: Award[]): Layout {
  const F = { stt: 1, recipientName: 2, recipientKind: 3, position: 4, form: 5, authority: 6, decisionNo: 7, decisionDate: 8, amount: 9, field: 10 };
  const header = ['STT', 'Tên tập thể, cá nhân', 'Tập thể/Cá nhân', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Cơ quan quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền (đồng)', 'Thành tích'];
  const rows: Row[] = [header];
  flatOrder(awards).forEach((a, i) => rows.push([i + 1, a.name, kindText(a), a.position, a.form, a.authority, a.decisionNo, dateCell(a.decision), a.amount, a.field]));
  return {
    sheet: { name: 'Khen thưởng', rows, merges: [], widths: [5, 30, 10, 34, 24, 38, 15, 11, 13, 40], bold: [1], freeze: 1,
      table: { from: 1, to: rows.length, fromCol: 1, toCol: header.length }, dateColumns: [F.decisionDate] },
    register: { sheet: 'Khen thưởng', headerRows: [1], firstDataRow: 2, lastDataRow: rows.length, dataRows: awards.length, columns: columnsOf(F) },
  };
}

const PART_TITLE = { A: 'A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND XÃ', B: 'B. CẤP TRÊN KHEN THƯỞNG', C: 'C. ĐẢNG ỦY XÃ KHEN THƯỞNG' } as const;
/** Recipient blocks: "I. Tập thể" / "II. Cá nhân", or "1. Khen tập thể" / "2. Khen cá nhân" under the higher levels. */
const KIND_TITLE = {
  A: { collective: 'I. Tập thể', individual: 'II. Cá nhân' },
  B: { collective: '1. Khen tập thể', individual: '2. Khen cá nhân' },
  C: { collective: 'I. Tập thể', individual: 'II. Cá nhân' },
} as const;
/** Forms the clerk abbreviates in the sectioned register (DOMAIN §3.1 variants). */
const ABBREVIATED: Record<string, string> = { 'Lao động tiên tiến': 'LĐTT', 'Chiến sĩ thi đua cơ sở': 'CSTĐCS' };

export function sectionedAwards(awards: Award[]): Layout {
  const F = { stt: 1, recipientName: 2, position: 3, form: 4, authority: 5, decisionNo: 6, decisionDate: 7, amount: 8, field: 9 };
  const W = 9;
  const rows: Row[] = [
    at(W, [1, `UBND XÃ ${COMMUNE.commune.toUpperCase()}`]),
    at(W, [1, `TỔNG HỢP KHEN THƯỞNG NĂM ${COMMUNE.year}`]),
    at(W),
    ['TT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị công tác', 'Hình thức', 'Cấp khen', 'Số quyết định', 'Ngày ký', 'Số tiền', 'Lĩnh vực'],
  ];
  const merges = ['A1:C1', 'A2:I2'];
  const bold = [1, 2, 4];
  const sectionRows: Array<Record<string, unknown>> = [];
  const totalRows: Array<{ row: number; text: string; amount: number; column: string }> = [];
  const abbreviated: Array<{ row: number; written: string; form: string }> = [];
  const heading = (text: string, extra: Record<string, unknown>) => {
    rows.push(at(W, [1, text]));
    merges.push(`A${rows.length}:I${rows.length}`);
    bold.push(rows.length);
    sectionRows.push({ row: rows.length, text, ...extra });
  };
  const money = (n: number, part: string) => (part === 'B' ? `${viInt(n)} đ` : viInt(n));
  const ordered = sectionOrder(awards);
  for (const part of ['A', 'B', 'C'] as const) {
    const inPart = ordered.filter((a) => a.part === part);
    heading(PART_TITLE[part], { part });
    for (const kind of ['collective', 'individual'] as const) {
      const block = inPart.filter((a) => a.kind === kind);
      if (!block.length) continue;
      heading(KIND_TITLE[part][kind], { recipientKind: kind });
      block.forEach((a, i) => {
        const form = ABBREVIATED[a.form] ?? a.form;
        rows.push([i + 1, a.name, a.position ?? '', form, a.authority, a.decisionNo, dateText(a.decision), a.amount === null ? null : money(a.amount, part), a.field]);
        if (form !== a.form) abbreviated.push({ row: rows.length, written: form, form: a.form });
      });
    }
    const sum = inPart.reduce((s, a) => s + (a.amount ?? 0), 0);
    if (sum > 0) {
      rows.push(at(W, [2, 'Cộng'], [F.amount, viInt(sum)]));
      bold.push(rows.length);
      totalRows.push({ row: rows.length, text: 'Cộng', amount: sum, column: letter(F.amount) });
    }
  }
  const lastRow = rows.length;
  const total = awards.reduce((s, a) => s + (a.amount ?? 0), 0);
  rows.push(at(W, [2, `Tổng cộng: ${awards.length} lượt`], [F.amount, viInt(total)]));
  bold.push(rows.length);
  totalRows.push({ row: rows.length, text: `Tổng cộng: ${awards.length} lượt`, amount: total, column: letter(F.amount) });
  const tableEnd = rows.length;
  const footerFirst = rows.length + 2;
  rows.push(
    at(W),
    at(W, [6, `${COMMUNE.commune}, ngày 31 tháng 12 năm ${COMMUNE.year}`]),
    at(W, [2, 'NGƯỜI TỔNG HỢP'], [6, 'TM. ỦY BAN NHÂN DÂN']),
    at(W, [6, 'CHỦ TỊCH']),
    at(W),
    at(W),
    at(W, [2, COMMUNE.clerk], [6, COMMUNE.chairman]),
  );
  for (const r of [footerFirst, footerFirst + 1, footerFirst + 2, footerFirst + 5]) merges.push(`F${r}:I${r}`);
  return {
    sheet: { name: `KT năm ${COMMUNE.year}`, rows, merges, widths: [5, 30, 34, 22, 38, 15, 11, 14, 40], bold, freeze: 4, table: { from: 4, to: tableEnd, fromCol: 1, toCol: W } },
    register: {
      sheet: `KT năm ${COMMUNE.year}`, headerRows: [4], titleRows: [1, 2], dataRows: awards.length, sectionRows, totalRows, abbreviated, lastRow,
      footerRows: [footerFirst, rows.length], columns: columnsOf(F),
    },
  };
}

// ---- The errors sample: 30 awards with planted problems -----------------------------------------------------------

export function errorsAwards(awards: Award[]): Layout & { issues: PlantedIssue[]; cleanRows: number[] } {
  const SHEET = 'Rà soát khen thưởng';
  const F = { stt: 1, recipientName: 2, recipientKind: 3, position: 4, form: 5, authority: 6, decisionNo: 7, decisionDate: 8, amount: 9, field: 10 };
  const header = ['STT', 'Đơn vị/cá nhân', 'Đối tượng', 'Đơn vị công tác', 'Danh hiệu, hình thức', 'Người ký', 'Số QĐ', 'Ngày ban hành', 'Mức thưởng', 'Nội dung khen'];
  const chairXa = `Chủ tịch UBND xã ${COMMUNE.commune}`;
  const chairHuyen = `Chủ tịch UBND huyện ${COMMUNE.district}`;
  const chairTinh = `Chủ tịch UBND tỉnh ${COMMUNE.province}`;

  // 29 awards taken across the year's list, and one typed twice.
  const list = flatOrder(awards);
  const picked = Array.from({ length: 29 }, (_, i) => list[Math.floor((i * list.length) / 29)]);
  type Cells = Value[];
  const body: Cells[] = picked.map((a) => [0, a.name, kindText(a), a.position, a.form, a.authority, a.decisionNo, dateCell(a.decision), a.amount, a.field]);
  const dupSource = 12;
  body.splice(dupSource + 6, 0, [...body[dupSource]]);
  body.forEach((r, i) => (r[0] = i + 1));
  const rowNo = (i: number) => i + 2;

  const issues: PlantedIssue[] = [];
  const planted = new Set<number>([dupSource + 6]);
  const isKind = (k: string) => (r: Cells) => r[F.recipientKind - 1] === k;
  interface Plant {
    from: number;
    field: keyof typeof F;
    code: string;
    note: string;
    set: Partial<Record<keyof typeof F, Value>>;
    fits?: (r: Cells) => boolean;
    acceptColumns?: Array<keyof typeof F>;
    acceptCodes?: string[];
  }
  const plant = (p: Plant) => {
    let i = p.from;
    while (planted.has(i) || i === dupSource || (p.fits && !p.fits(body[i]))) i++;
    planted.add(i);
    // A planted row records no money: one problem, one issue.
    body[i][F.amount - 1] = null;
    for (const [f, v] of Object.entries(p.set)) body[i][F[f as keyof typeof F] - 1] = v;
    issues.push({
      sheet: SHEET, row: rowNo(i), column: letter(F[p.field]), code: p.code, field: p.field, value: keyValue(body[i][F[p.field] - 1]), note: p.note,
      ...(p.acceptColumns ? { acceptColumns: p.acceptColumns.map((f) => letter(F[f])) } : {}),
      ...(p.acceptCodes ? { acceptCodes: p.acceptCodes } : {}),
    });
  };
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

  plant({ from: 0, field: 'authority', code: 'award.authority', note: 'Giấy khen given by the Chủ tịch UBND tỉnh', set: { form: 'Giấy khen', authority: chairTinh, decisionNo: '1188/QĐ-UBND' },
    fits: isKind('Cá nhân'), acceptColumns: ['form', 'authority'] });
  plant({ from: 2, field: 'decisionNo', code: 'award.decision', note: 'decision number without its running number', set: { decisionNo: '/QĐ-UBND' } });
  plant({ from: 4, field: 'form', code: 'award.recipient', note: '"Lao động tiên tiến" (an individual title) to a collective',
    set: { form: 'Lao động tiên tiến', authority: chairHuyen, decisionNo: '2816/QĐ-UBND' }, fits: isKind('Tập thể'), acceptColumns: ['form', 'recipientKind'] });
  plant({ from: 6, field: 'decisionDate', code: 'award.decision', note: 'decision dated 2023, outside the report year', set: { decisionDate: d(2023, 12, 28) } });
  plant({ from: 8, field: 'form', code: 'award.authority', note: 'Bằng khen given by the Chủ tịch UBND xã', set: { form: 'Bằng khen', authority: chairXa, decisionNo: '215/QĐ-UBND' },
    fits: isKind('Cá nhân'), acceptColumns: ['form', 'authority'] });
  plant({ from: 10, field: 'recipientName', code: 'value.required', note: 'recipient name missing', set: { recipientName: null } });
  plant({ from: 13, field: 'decisionDate', code: 'award.decision', note: 'impossible date 30/02/2024, typed as text', set: { decisionDate: '30/02/2024' }, acceptCodes: ['value.type'] });
  plant({ from: 15, field: 'form', code: 'award.recipient', note: '"Tập thể lao động tiên tiến" to an individual',
    set: { form: 'Tập thể lao động tiên tiến', authority: chairHuyen, decisionNo: '2817/QĐ-UBND' }, fits: isKind('Cá nhân'), acceptColumns: ['form', 'recipientKind'] });
  plant({ from: 17, field: 'form', code: 'value.enum', note: 'form not in the list of award forms', set: { form: 'Giấy chứng nhận' } });
  plant({ from: 19, field: 'decisionNo', code: 'award.decision', note: 'decision number without its issuing body', set: { decisionNo: '216/QĐ-' } });
  plant({ from: 20, field: 'form', code: 'award.authority', note: 'Bằng khen given by the Chủ tịch UBND huyện', set: { form: 'Bằng khen', authority: chairHuyen, decisionNo: '1960/QĐ-UBND' },
    fits: isKind('Cá nhân'), acceptColumns: ['form', 'authority'] });
  plant({ from: 22, field: 'decisionDate', code: 'award.decision', note: 'decision dated 2025, outside the report year', set: { decisionDate: d(2025, 1, 8) } });
  plant({ from: 23, field: 'form', code: 'award.recipient', note: '"Chiến sĩ thi đua cơ sở" (an individual title) to a collective',
    set: { form: 'Chiến sĩ thi đua cơ sở', authority: chairHuyen, decisionNo: '2818/QĐ-CT' }, fits: isKind('Tập thể'), acceptColumns: ['form', 'recipientKind'] });
  plant({ from: 25, field: 'decisionDate', code: 'award.decision', note: 'impossible date 31/06/2024 (June has 30 days), typed as text', set: { decisionDate: '31/06/2024' }, acceptCodes: ['value.type'] });
  issues.push({
    sheet: SHEET, row: rowNo(dupSource + 6), column: letter(F.recipientName), code: 'row.duplicate', field: 'recipientName', value: body[dupSource + 6][F.recipientName - 1],
    note: 'the same recipient, form, authority and decision as an earlier row', duplicateOf: rowNo(dupSource), acceptColumns: header.map((_, c) => letter(c + 1)),
  });
  issues.sort((a, b) => a.row - b.row);
  const rows: Row[] = [header, ...body];
  return {
    sheet: { name: SHEET, rows, merges: [], widths: [5, 30, 9, 34, 24, 38, 15, 12, 12, 40], bold: [1], freeze: 1,
      table: { from: 1, to: rows.length, fromCol: 1, toCol: header.length }, dateColumns: [F.decisionDate] },
    register: { sheet: SHEET, headerRows: [1], firstDataRow: 2, lastDataRow: rows.length, dataRows: body.length, columns: columnsOf(F) },
    issues,
    cleanRows: body.map((_, i) => rowNo(i)).filter((r) => !issues.some((p) => p.row === r)),
  };
}
