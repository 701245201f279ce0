// Random grids: plain noise with header-like rows in odd places, and the shapes of DOMAIN.md — household registers
// (one- or two-row headers, village blocks, subtotals), person-level lists and award lists — with noise mixed in.
import fc from 'fast-check';
import type { CellValue, Grid, MergedRegion } from '../../src/core/grid';
import type { WorkbookInput } from '../../src/core/analyse';
import type { CommuneProfile } from '../../src/core/profile';
import type { LayoutOverride } from '../../src/core/layout/detect';
import { cellValue, dateCell, fieldCell, HEADER_WORDS, personName, pick, ROW_WORDS, VILLAGES } from './cells';

/** A column of a shaped register: its header (under a group header when `group` is set) and its values. */
interface ColumnSpec {
  header: string;
  group?: string;
  value: fc.Arbitrary<CellValue>;
}

const mark = fc.constantFrom<CellValue>('x', 'X', 1, '✓', 'có', null, null, '', 0, '-', 'không');
const int = (min: number, max: number): fc.Arbitrary<CellValue> => fc.integer({ min, max });
const asText = (a: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> => a.map((v) => (v === null ? null : String(v)));
const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const cccd: fc.Arbitrary<CellValue> = fc.oneof(digits(12), digits(9), digits(12).map(Number), fc.constantFrom('037090001234', '001300012345'));
const phone: fc.Arbitrary<CellValue> = fc.oneof(digits(10).map((d) => `0${d.slice(1)}`), digits(11), fc.constantFrom('0912345678', '+84 912 345 678'));
const year: fc.Arbitrary<CellValue> = fc.oneof(int(1900, 2025), asText(int(1900, 2025)), dateCell);
const village: fc.Arbitrary<CellValue> = fc.oneof(pick(VILLAGES), pick(VILLAGES).map((v) => `Thôn ${v}`), fc.constantFrom('Thôn 5, Xã Yên Lâm', 'an lạc', 'TP HCM'));
const poverty = fc.constantFrom<CellValue>('Hộ nghèo', 'Nghèo', 'HN', 'Cận nghèo', 'Hộ cận nghèo', 'Mức sống TB', 'MSTB', null, null, '');
const money: fc.Arbitrary<CellValue> = fc.oneof(int(0, 5_000_000), fc.constantFrom('500.000', '500.000 đ', '1,5 triệu', '270.000đ', 'không'));
const decisionNo = fc.oneof(int(1, 9999).map((n) => `${String(n)}/QĐ-UBND`), fc.constantFrom('45-QĐ/ĐU', '/QĐ-UBND', '215/QĐ-', '06/2024/QĐ-UBND'));
const decisionDate: fc.Arbitrary<CellValue> = fc.oneof(dateCell, fc.constantFrom('20/12/2023', '31/02/2023', '12/31/2023', 'ngày 15 tháng 12 năm 2024'));

const HOUSEHOLD_COLUMNS: ColumnSpec[] = [
  { header: 'STT', value: int(1, 500) },
  { header: 'Họ và tên chủ hộ', value: personName },
  { header: 'Mã hộ', value: fc.oneof(digits(6).map((d) => `HGD${d}`), int(1, 99999)) },
  { header: 'Giới tính', value: fc.constantFrom('Nam', 'Nữ', 'x', 'nam', 'Nu') },
  { header: 'Năm sinh', value: year },
  { header: 'Số CCCD', value: cccd },
  { header: 'SĐT', value: phone },
  { header: 'Thôn', value: village },
  { header: 'Số nhân khẩu', value: fc.oneof(int(-2, 35), asText(int(0, 12)), fc.constantFrom('4 người', 'ba')) },
  { header: 'Phân loại hộ', value: poverty },
  { header: 'Hộ nghèo', group: 'Phân loại hộ', value: mark },
  { header: 'Cận nghèo', group: 'Phân loại hộ', value: mark },
  { header: 'Đăng ký', group: 'Gia đình văn hóa', value: mark },
  { header: 'Đạt', group: 'Gia đình văn hóa', value: fc.oneof(mark, fc.constantFrom('Đạt', 'Không đạt')) },
  { header: 'Gia đình học tập', value: mark },
  { header: 'Nam', group: 'Năm sinh', value: year },
  { header: 'Nữ', group: 'Năm sinh', value: year },
  { header: 'Ghi chú', value: fc.oneof(fc.constant(null), pick(ROW_WORDS)) },
];

const PERSON_COLUMNS: ColumnSpec[] = [
  { header: 'TT hộ', value: fc.oneof(int(1, 60), fc.constant(null), fc.constant(null)) },
  { header: 'Mã hộ', value: fc.oneof(digits(3).map((d) => `H${d}`), int(1, 40)) },
  { header: 'TT', value: int(1, 300) },
  { header: 'Họ và tên', value: personName },
  { header: 'Quan hệ với chủ hộ', value: fc.constantFrom('Chủ hộ', 'Chủ hộ', 'CH', 'Vợ', 'Chồng', 'Con', 'Con', 'Cháu', 'Mẹ', 'Khác', null) },
  { header: 'Giới tính', value: fc.constantFrom('Nam', 'Nữ') },
  { header: 'Ngày sinh', value: year },
  { header: 'Số CCCD', value: cccd },
  { header: 'Nơi thường trú', value: village },
  { header: 'Nơi ở hiện nay', value: fc.constantFrom('Hà Nội', 'Đài Loan', 'TP HCM', null) },
  { header: 'Phân loại hộ', value: poverty },
  { header: 'Mã nhân khẩu', value: digits(8) },
];

const AWARD_COLUMNS: ColumnSpec[] = [
  { header: 'STT', value: int(1, 200) },
  { header: 'Họ và tên', value: fc.oneof(personName, fc.constantFrom('UBND xã An Hòa', 'Trường THCS An Hòa', 'Hội LHPN xã', 'Thôn An Lạc')) },
  { header: 'Đối tượng', value: fc.constantFrom('Tập thể', 'Cá nhân', 'Hộ gia đình', 'TAPTHE', 'CANHAN', null) },
  { header: 'Chức vụ, đơn vị', value: fc.constantFrom('Trưởng thôn', 'Giáo viên', 'Bí thư chi bộ', null) },
  { header: 'Hình thức khen thưởng', value: fc.constantFrom('Giấy khen', 'GK', 'Bằng khen', 'BKTTg', 'LĐTT', 'Lao động tiên tiến', 'CSTĐCS', 'TTLĐTT', 'Cờ thi đua', 'Gia đình văn hóa', 'Thôn văn hóa', 'Thư khen', 1, null) },
  { header: 'Cấp quyết định', value: fc.constantFrom('Chủ tịch UBND xã', 'Chủ tịch UBND huyện', 'Chủ tịch UBND tỉnh', 'Thủ tướng Chính phủ', 'Đảng ủy xã', 'Huyện ủy', 'Giám đốc Sở Y tế', 'Bộ Chỉ huy quân sự tỉnh', null) },
  { header: 'Số QĐ', value: decisionNo },
  { header: 'Ngày QĐ', value: decisionDate },
  { header: 'Quyết định số', value: fc.tuple(decisionNo, fc.constantFrom('20/12/2023', '05/01/2024', '31/02/2023')).map(([n, d]) => `${n} ngày ${d}`) },
  { header: 'Số tiền', value: money },
  { header: 'Thành tích', value: fc.constantFrom('Hoàn thành xuất sắc nhiệm vụ', 'Phong trào thi đua', null) },
];

const SHEET_NAMES = ['Sheet1', 'DS hộ', 'Thôn An Lạc', 'An Lac', 'AL', 'Khen thưởng 2023', 'Hướng dẫn', 'HD', 'Mẫu', 'DANHMUC', 'Danh mục', 'Tổng hợp', 'Năm 2024'];

export const sheetName: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: pick(SHEET_NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 31 }) });

/** Random rectangles, some past the grid's edge (a merge may cover cells that hold nothing). */
function merges(rows: number, cols: number, max: number): fc.Arbitrary<MergedRegion[]> {
  const region = fc.record({ top: fc.nat(rows + 1), left: fc.nat(cols + 1), height: fc.nat(3), width: fc.nat(4) })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));
  return fc.array(region, { maxLength: max });
}

/** Only a merged region's top-left cell keeps a value, as every reader gives it. */
function clearMerged(values: CellValue[][], regions: MergedRegion[]): void {
  for (const m of regions) {
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < values[r].length; c++) values[r][c] = null;
    }
  }
}

function gridFrom(sheet: string, values: CellValue[][], regions: MergedRegion[], origin: [number, number]): Grid {
  clearMerged(values, regions);
  return { sheet, originRow: origin[0], originColumn: origin[1], values, merges: regions };
}

const origin: fc.Arbitrary<[number, number]> = fc.oneof({ weight: 4, arbitrary: fc.constant<[number, number]>([1, 1]) }, { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 })) });

/** A row of header and section words, to be found anywhere in a noise grid. */
const wordRow: fc.Arbitrary<CellValue[]> = fc.array(fc.oneof(pick(HEADER_WORDS), pick(ROW_WORDS), fc.constant(null)), { minLength: 1, maxLength: 12 });

/** Noise: rows of random cells (ragged, some empty), header-like rows among them, random merges. */
export const randomGrid: fc.Arbitrary<Grid> = fc
  .tuple(sheetName, fc.array(fc.oneof({ weight: 3, arbitrary: fc.array(cellValue(), { maxLength: 12 }) }, { weight: 1, arbitrary: wordRow }), { maxLength: 22 }), origin)
  .chain(([sheet, values, at]) => merges(values.length, 12, 4).map((regions) => gridFrom(sheet, values, regions, at)));

/** What a body row is, in a shaped register. */
type BodyKind = 'data' | 'section' | 'subtotal' | 'total' | 'blank' | 'noise' | 'numbers';

const bodyKind: fc.Arbitrary<BodyKind> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<BodyKind>('data') },
  { weight: 1, arbitrary: fc.constantFrom<BodyKind>('section', 'subtotal', 'total', 'blank', 'noise', 'numbers') },
);

const sectionText = fc.oneof(pick(VILLAGES).map((v) => `Thôn ${v}`), fc.constantFrom('II. THÔN AN PHÚ', 'I. Tập thể', 'II. Cá nhân', 'A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND XÃ', 'B. CẤP TRÊN KHEN THƯỞNG', 'Xóm Bắc Hà'));
const subtotalText = fc.oneof(fc.constantFrom('Cộng', 'Cộng thôn An Lạc', 'Cộng (117 hộ)', 'Cộng:'), int(1, 300).map((n) => `Cộng thôn Nam Thịnh: ${String(n)} hộ`));
const totalText = fc.constantFrom('Tổng cộng', 'Tổng số', 'Toàn xã', 'TỔNG CỘNG');

function bodyRow(columns: ColumnSpec[], kind: BodyKind): fc.Arbitrary<CellValue[]> {
  const width = columns.length;
  const numbers = fc.array(fc.oneof(int(0, 500), fc.constant(null)), { minLength: width, maxLength: width });
  switch (kind) {
    case 'data':
      return fc.tuple(...columns.map((c) => fieldCell(c.value)));
    case 'section':
      return sectionText.map((t) => [t]);
    case 'subtotal':
      return fc.tuple(subtotalText, numbers).map(([t, n]) => [t, ...n.slice(1)]);
    case 'total':
      return fc.tuple(totalText, numbers).map(([t, n]) => [null, t, ...n.slice(2)]);
    case 'blank':
      return fc.constant([]);
    case 'numbers':
      return fc.constant(columns.map((_, i) => `(${String(i + 1)})`));
    case 'noise':
      return fc.array(cellValue(false), { maxLength: width + 2 });
  }
}

/** A register of the given columns: titles, a one- or two-row header (group headers merged over their columns),
 *  sometimes a column-number row, a body of data, section, subtotal and total rows, and a footer. */
function shaped(all: ColumnSpec[], titles: string[], maxRows: number): fc.Arbitrary<Grid> {
  return fc
    .record({
      sheet: sheetName,
      columns: fc.shuffledSubarray(all, { minLength: 1, maxLength: all.length }),
      titles: fc.subarray(titles),
      numbersRow: fc.boolean(),
      kinds: fc.array(bodyKind, { maxLength: maxRows }),
      footer: fc.subarray(['An Hòa, ngày 28 tháng 12 năm 2023', 'NGƯỜI LẬP BIỂU', 'TM. UBND XÃ', 'Nguyễn Văn An']),
      at: origin,
    })
    .chain(({ sheet, columns, titles: title, numbersRow, kinds, footer, at }) =>
      fc.tuple(fc.tuple(...kinds.map((k) => bodyRow(columns, k))), merges(kinds.length + 8, columns.length, 2)).map(([body, extra]) => {
        const values: CellValue[][] = title.map((t) => [t]);
        const regions: MergedRegion[] = title.map((_, r) => ({ top: r, left: 0, bottom: r, right: Math.max(0, columns.length - 1) }));
        const twoRows = columns.some((c) => c.group);
        const top = values.length;
        if (twoRows) {
          const groups: CellValue[] = [];
          const subs: CellValue[] = [];
          columns.forEach((c, i) => {
            const prev = columns[i - 1];
            if (c.group && prev?.group === c.group) groups.push(null);
            else groups.push(c.group ?? c.header);
            subs.push(c.group ? c.header : null);
            // A column without a group spans both header rows; a group spans its run of columns.
            if (!c.group) regions.push({ top, left: i, bottom: top + 1, right: i });
            else if (prev?.group !== c.group) {
              let end = i;
              while (columns[end + 1]?.group === c.group) end++;
              regions.push({ top, left: i, bottom: top, right: end });
            }
          });
          values.push(groups, subs);
        } else values.push(columns.map((c) => c.header));
        if (numbersRow) values.push(columns.map((_, i) => `(${String(i + 1)})`));
        values.push(...body.map((r) => [...r]), ...footer.map((f) => [null, f]));
        return gridFrom(sheet, values, [...regions, ...extra.map((m) => ({ ...m, top: m.top + top + 2, bottom: m.bottom + top + 2 }))], at);
      }),
    );
}

export const householdGrid = shaped(HOUSEHOLD_COLUMNS, ['UBND XÃ AN HÒA', 'DANH SÁCH HỘ GIA ĐÌNH THÔN AN LẠC NĂM 2023', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], 20);
export const personGrid = shaped(PERSON_COLUMNS, ['DANH SÁCH HỘ GIA ĐÌNH VÀ NHÂN KHẨU', 'Mẫu số 02 — Danh sách tổng hợp thông tin người lao động', 'NĂM 2024'], 20);
export const awardGrid = shaped(AWARD_COLUMNS, ['DANH SÁCH KHEN THƯỞNG NĂM 2024', 'Danh sách đề nghị khen thưởng', 'UBND XÃ AN HÒA'], 20);

export const anyGrid: fc.Arbitrary<Grid> = fc.oneof(randomGrid, householdGrid, personGrid, awardGrid);

/** Sheet names are unique within a workbook, as Excel keeps them. */
function uniqueSheets(grids: Grid[]): Grid[] {
  const seen = new Set<string>();
  return grids.map((g) => {
    let name = g.sheet;
    for (let i = 2; seen.has(name); i++) name = `${g.sheet.slice(0, 28)} (${String(i)})`;
    seen.add(name);
    return { ...g, sheet: name };
  });
}

/** A workbook of one grid of the given kind. */
export function workbookOf(grid: fc.Arbitrary<Grid>, file = 'so.xlsx'): fc.Arbitrary<WorkbookInput> {
  return grid.map((g) => ({ file, sheets: [g] }));
}

/** One to three workbooks of one to three sheets each, of any shape, some with file dates. */
export const workbooks: fc.Arbitrary<WorkbookInput[]> = fc.array(
  fc.record({ sheets: fc.array(anyGrid, { minLength: 1, maxLength: 3 }), modified: fc.option(dateCell, { nil: undefined }) }),
  { minLength: 1, maxLength: 3 },
).map((books) => books.map((b, i) => ({ file: `so-${String(i + 1)}.xlsx`, sheets: uniqueSheets(b.sheets), ...(b.modified ? { modified: b.modified } : {}) })));

/** A valid commune profile (as the profile file's schema admits), or none. */
export const profile: fc.Arbitrary<CommuneProfile | undefined> = fc.option(
  fc.record({
    commune: fc.constantFrom('An Hòa', 'Yên Lâm', 'Đông Hải'),
    year: fc.integer({ min: 1990, max: 2100 }),
    villages: fc.uniqueArray(fc.oneof(pick(VILLAGES), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '')), { minLength: 1, maxLength: 8 }),
    overrides: fc.option(fc.record({
      culturalFamilyBase: fc.constantFrom<'registered' | 'all'>('registered', 'all'),
      rateDecimals: fc.record({ poverty: fc.integer({ min: 0, max: 4 }), culturalFamily: fc.integer({ min: 0, max: 4 }) }),
    }), { nil: undefined }),
  }),
  { nil: undefined, freq: 3 },
);

const FIELDS = ['stt', 'headName', 'householdId', 'gender', 'birthYear', 'cccd', 'village', 'size', 'poverty', 'poor', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'personName', 'relation', 'householdNo', 'recipientName', 'form', 'authority', 'decisionNo', 'decisionDate', 'amount', 'nonsense'];

/** A clerk's column corrections (`--map`, Sửa cột; "" or 0 sets a field aside), kept in the document's settings. */
export const overrides: fc.Arbitrary<Record<string, LayoutOverride> | undefined> = fc.option(
  fc.dictionary(
    fc.oneof(pick(SHEET_NAMES), fc.constant('so-1.xlsx::Sheet1')),
    fc.record({
      kind: fc.option(fc.constantFrom<'households' | 'persons' | 'awards'>('households', 'persons', 'awards'), { nil: undefined }),
      headerRows: fc.option(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 2 }), { nil: undefined }),
      columns: fc.option(fc.dictionary(pick(FIELDS), fc.oneof(fc.constantFrom('A', 'B', 'C', 'H', 'Z', 'AA', 'XFD', ''), fc.integer({ min: 0, max: 30 })), { maxKeys: 4 }), { nil: undefined }),
    }, { requiredKeys: [] }),
    { maxKeys: 2 },
  ),
  { nil: undefined, freq: 4 },
);
