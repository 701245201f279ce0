// One workbook holding a sheet per former commune (a clerk copied the three former communes' lists into one file):
// each sheet is told by its sheet name, the profile's `sheets`, or its own title; a sheet told by none is asked about
// alone. The former communes can also come from a pane (no full profile: AnalyseOptions.confirmed).
import { analyse, type Analysis, type WorkbookInput } from '../../../src/core/analyse';
import { doubtText } from '../../../src/i18n/doubts';
import { parseProfile } from '../../../src/core/profile';
import { fileCommune, formerCommunesText } from '../../../src/cli/formerCommunes';
import { summarySheetModel } from '../../../src/hosts/excel/summarySheet';
import { GIA_HOA, GIA_PHU, GIA_THINH, PROFILE, workbook, type Row } from './threeCommunes';

const sheet = (name: string, titles: [string, string], rows: Row[]) => ({ ...workbook('x', titles, rows).sheets[0], sheet: name });
const today = new Date(2026, 0, 10);
const unlisted = { ...PROFILE, formerCommunes: PROFILE.formerCommunes!.map(({ name, villages }) => ({ name, villages })) };

/** Sheets "Gia Hòa" and "GIA THỊNH (cũ)" named after their former commune; "DS 3" titled "… XÃ GIA PHÚ (CŨ)". */
function oneWorkbook(extra: Row[] = []): WorkbookInput {
  const sheets = [
    sheet('Gia Hòa', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ NĂM 2025'], GIA_HOA),
    sheet('GIA THỊNH (cũ)', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ NĂM 2025'], GIA_THINH),
    sheet('DS 3', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ XÃ GIA PHÚ (CŨ) NĂM 2025'], GIA_PHU),
  ];
  if (extra.length) sheets.push(sheet('Bổ sung', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ BỔ SUNG NĂM 2025'], extra));
  return { file: 'ho-hoa-thinh-2025.xlsx', sheets };
}

const breakdown = (a: Analysis) => a.formerCommunes!.map((c) => [c.name, c.from, c.sheets?.map((x) => x.sheet), c.households?.total, c.households?.poverty.poor]);

describe('one workbook, a sheet per former commune', () => {
  test('each sheet is its former commune\'s: by sheet name or title, with the same figures as three workbooks', () => {
    const a = analyse([oneWorkbook()], { profile: unlisted, today });
    expect(breakdown(a)).toEqual([
      ['Gia Hòa', ['sheetName'], ['Gia Hòa'], 4, 2],
      ['Gia Thịnh', ['sheetName'], ['GIA THỊNH (cũ)'], 5, 1],
      ['Gia Phú', ['title'], ['DS 3'], 4, 1],
    ]);
    expect(a.doubts.filter((d) => d.code === 'formerCommune.unknown')).toEqual([]);
    // Gia Hòa's Thôn 1 and Gia Thịnh's Thôn 1 are two villages, each read in its own sheet.
    expect(a.summary.households!.byVillage.map((v) => [v.village, v.total])).toEqual([['Thôn Hòa Bình', 2], ['Thôn 1', 2], ['Thôn 2', 5], ['Thôn Phú An', 3], ['Thôn Phú Lợi', 1]]);
    // The same head in two sheets is a duplicate within the file (two sheets, one file).
    const dups = a.files[0].registers.flatMap((r) => r.issues).filter((i) => i.code === 'row.duplicate');
    expect(dups.map((d) => [d.sheet, d.cell, d.params.sheet])).toEqual([['GIA THỊNH (cũ)', 'E6', 'Gia Hòa'], ['GIA THỊNH (cũ)', 'C9', 'Gia Hòa']]);
  });

  test('a sheet told by nothing is asked about alone; the others stay known', () => {
    const a = analyse([oneWorkbook([{ code: 'X1', name: 'Mai Văn Long', born: 1980, village: 'Thôn 1', size: 3, poor: true }])], { profile: unlisted, today });
    const d = a.doubts.filter((x) => x.code === 'formerCommune.unknown');
    expect(d.map((x) => [x.file, x.sheet])).toEqual([['ho-hoa-thinh-2025.xlsx', 'Bổ sung']]);
    expect(doubtText(d[0])).toBe('Chưa rõ trang "Bổ sung" của tệp "ho-hoa-thinh-2025.xlsx" là sổ của xã cũ nào (Gia Hòa, Gia Thịnh, Gia Phú): số liệu của trang vẫn tính vào toàn xã nhưng không chia theo xã cũ, và thôn trùng tên giữa các xã cũ chưa đọc được. Hãy ghi tên trang vào hồ sơ xã: formerCommunes › sheets.');
    expect(breakdown(a).at(-1)).toEqual([null, [], ['Bổ sung'], 1, 1]);
    // "Thôn 1" in a sheet of no known former commune is two villages' name: not read.
    const unread = a.files[0].registers.find((r) => r.grid.sheet === 'Bổ sung')!.issues.filter((i) => i.code === 'value.enum.village');
    expect(unread.map((i) => i.cell)).toEqual(['F5']);
  });

  test('the profile\'s `sheets` tells a sheet, over its name', () => {
    const profile = { ...unlisted, formerCommunes: unlisted.formerCommunes.map((c) => (c.name === 'Gia Phú' ? { ...c, sheets: ['bổ sung', 'DS 3'] } : c)) };
    const a = analyse([oneWorkbook([{ code: 'X2', name: 'Mai Thị Nga', born: 1985, village: 'Phú An', size: 2 }])], { profile, today });
    expect(breakdown(a)).toEqual([
      ['Gia Hòa', ['sheetName'], ['Gia Hòa'], 4, 2],
      ['Gia Thịnh', ['sheetName'], ['GIA THỊNH (cũ)'], 5, 1],
      ['Gia Phú', ['profile'], ['DS 3', 'Bổ sung'], 5, 1],
    ]);
  });

  test('a file name naming several former communes leaves each sheet to its own name', () => {
    const wb = { ...oneWorkbook(), file: 'gia-hoa-gia-thinh-gia-phu.xlsx' };
    const a = analyse([wb], { profile: unlisted, today });
    expect(breakdown(a).map((x) => x.slice(0, 3))).toEqual([['Gia Hòa', ['sheetName'], ['Gia Hòa']], ['Gia Thịnh', ['sheetName'], ['GIA THỊNH (cũ)']], ['Gia Phú', ['title'], ['DS 3']]]);
  });

  test('a sheet named twice in the profile is one line naming both', () => {
    const twice = { ...unlisted, formerCommunes: unlisted.formerCommunes.map((c) => (c.name !== 'Gia Hòa' ? { ...c, sheets: ['Bổ sung'] } : c)) };
    const r = parseProfile(twice);
    expect(r.ok ? [] : r.problems).toContain('Các xã cũ (formerCommunes) › thứ 3 › Trang (sheets) › thứ 1: trang "Bổ sung" đã ghi cho xã cũ "Gia Thịnh": một trang chỉ thuộc một xã cũ.');
  });
});

describe('former communes entered in a pane (no full profile)', () => {
  const confirmed = { formerCommunes: unlisted.formerCommunes, renamedVillages: PROFILE.renamedVillages };

  test('the new villages come from the former communes, and the breakdown is the same as with a profile', () => {
    const a = analyse([oneWorkbook()], { confirmed, today });
    expect(a.villages).toEqual(['Thôn Hòa Bình', 'Thôn 2', 'Thôn 1', 'Phú An', 'Phú Lợi']);
    expect(a.inferred.map((i) => i.what)).toEqual(['year']);
    expect(breakdown(a).map((x) => x.slice(0, 1).concat(x.slice(3)))).toEqual([['Gia Hòa', 4, 2], ['Gia Thịnh', 5, 1], ['Gia Phú', 4, 1]]);
    expect(a.summary.households!.withoutVillage).toBe(0);
  });

  test('villages the clerk confirmed are kept, in their order', () => {
    const a = analyse([oneWorkbook()], { confirmed: { ...confirmed, villages: PROFILE.villages, year: 2025 }, today });
    expect(a.villages).toEqual(PROFILE.villages);
    expect(a.summary.households!.byVillage.map((v) => v.total)).toEqual([2, 2, 5, 3, 1]);
  });
});

describe('the CLI says which sheet is which former commune', () => {
  test('validate names the former communes of a split file; summary lists its sheets', () => {
    const a = analyse([oneWorkbook()], { profile: unlisted, today });
    expect(fileCommune(a, 'ho-hoa-thinh-2025.xlsx')).toEqual({ text: ' (các trang của xã cũ Gia Hòa, xã cũ Gia Thịnh, xã cũ Gia Phú)', json: { formerCommune: null } });
    const text = formerCommunesText(a).join('\n');
    expect(text).toContain('ho-hoa-thinh-2025.xlsx › Gia Hòa (theo tên trang)');
    expect(text).toContain('ho-hoa-thinh-2025.xlsx › DS 3 (theo tiêu đề)');
  });
});

describe('the "Tổng hợp" sheet of a merged commune', () => {
  test('has a table by former commune whose rows add up to the whole commune', () => {
    const a = analyse([oneWorkbook()], { profile: unlisted, today });
    const m = summarySheetModel(a, 'ho-hoa-thinh-2025.xlsx', new Date(2026, 0, 10));
    expect(m.tables.map((t) => t.title)).toEqual(['Hộ gia đình theo thôn', 'Hộ gia đình theo xã cũ', 'Hộ gia đình theo phân loại']);
    const t = m.tables[1];
    expect(t.rows.map((r) => r.slice(0, 4))).toEqual([['Gia Hòa', 4, 14, 2], ['Gia Thịnh', 5, 15, 1], ['Gia Phú', 4, 12, 1]]);
    expect(t.totalRow?.slice(0, 4)).toEqual(['Toàn xã', 13, 41, 4]);
    // The charts still point at their own tables.
    expect(m.charts.map((c) => m.tables[c.table].title)).toEqual(['Hộ gia đình theo thôn', 'Hộ gia đình theo phân loại']);
  });
});
