// baocao … --previous: last year's registers beside this year's, in text and JSON, with clear errors and no input
// ever written over. The An Hòa fixture of tests/core/compare/twoYears.ts, written to .xlsx files.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from './runCli';
import { PROFILE_2023, register, Y2022, Y2023, type Household } from '../core/compare/twoYears';

const dir = mkdtempSync(join(tmpdir(), 'baocao-previous-'));

async function xlsx(name: string, year: number, households: Household[], edit?: { sheet: string; header: [number, string] }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of register(name, year, households).sheets) {
    const ws = wb.addWorksheet(edit?.sheet ?? g.sheet);
    for (const row of g.values) ws.addRow(row.map((v) => v ?? null));
    if (edit) ws.getRow(4).getCell(edit.header[0]).value = edit.header[1];
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

let cur = '';
let prev = '';
let profile = '';
beforeAll(async () => {
  cur = await xlsx('so-ho-2023.xlsx', 2023, Y2023);
  prev = await xlsx('so-ho-2022.xlsx', 2022, Y2022);
  profile = join(dir, 'hoso.json');
  writeFileSync(profile, JSON.stringify(PROFILE_2023));
});

const names = [...Y2022, ...Y2023].map((h) => h.name);

describe('baocao summary --previous', () => {
  test('prints both years, the change, the villages and how households were matched; no name is printed', async () => {
    const r = await runCli(['summary', cur, '--previous', prev, '--profile', profile]);
    expect(r.err).toBe('');
    expect(r.out).toContain('SO SÁNH NĂM 2023 VỚI NĂM 2022');
    expect(r.out).toMatch(/Số hộ\s+11\s+10\s+-1/);
    expect(r.out).toMatch(/Hộ nghèo\s+4\s+3\s+-1/);
    expect(r.out).toMatch(/Tỷ lệ hộ nghèo \(%\)\s+36,36\s+30,00\s+-6,36/);
    expect(r.out).toMatch(/Bắc Hà \(trước: Nam Hà\)\s+3\s+3\s+0/);
    expect(r.out).toContain('GHÉP HỘ GIỮA HAI NĂM: 8 hộ có trong cả hai năm (4 theo mã hộ, 2 theo CCCD chủ hộ, 2 theo họ tên + năm sinh + thôn); 1 hộ mới; 1 hộ không còn trong sổ; 3 dòng không ghép được vì trùng khóa.');
    expect(r.out).toContain('Thoát nghèo (1):\n    so-ho-2023.xlsx › DS hộ!5 ← so-ho-2022.xlsx › DS hộ!5 (theo mã hộ)');
    expect(r.out).toContain('Hộ mới (chỉ có năm nay) (1):\n    so-ho-2023.xlsx › DS hộ!10');
    for (const n of names) expect(r.out).not.toContain(n);
    // Exit 1: the CCCD typed as a number (lost its leading zeros) is an error of this year's register.
    expect(r.code).toBe(1);
  });

  test('--json: both summaries, every figure with its change, and the matching with each row\'s key', async () => {
    const r = await runCli(['summary', cur, '--previous', prev, '--profile', profile, '--json']);
    const s = JSON.parse(r.out);
    expect(s.households.total).toBe(10);
    expect(s.previous.households.total).toBe(11);
    expect(s.previous.villages).toEqual(['An Lạc', 'Đông Hải', 'Nam Hà']);
    expect(s.comparison.households.find((f: { id: string }) => f.id === 'rate.culturalFamilyAchieved')).toEqual({ id: 'rate.culturalFamilyAchieved', kind: 'rate', previous: 83.3, current: 66.7, change: -16.6 });
    expect(s.comparison.matching.matchedBy).toEqual({ householdId: 4, cccd: 2, nameBirthVillage: 2 });
    expect(s.comparison.matching.movements.fellIntoPoverty).toEqual([{ current: { file: 'so-ho-2023.xlsx', sheet: 'DS hộ', row: 6, village: 'An Lạc' }, previous: { file: 'so-ho-2022.xlsx', sheet: 'DS hộ', row: 6, village: 'An Lạc' }, by: 'householdId' }]);
    for (const n of names) expect(r.out).not.toContain(n);
  });

  test('without a profile the years come from the titles, and the renamed village is said to be in one year only', async () => {
    const r = await runCli(['summary', cur, '--previous', prev]);
    expect(r.out).toContain('SO SÁNH NĂM 2023 VỚI NĂM 2022');
    expect(r.out).toContain('(Thôn chỉ có trong một năm: Bắc Hà, Nam Hà.');
    expect(r.out).toContain('1 theo họ tên + năm sinh + thôn');
  });
});

describe('baocao report --previous', () => {
  test('--text writes the so-sanh section with the year\'s changes', async () => {
    const r = await runCli(['report', cur, '--previous', prev, '--profile', profile, '--sections', 'so-sanh', '--text']);
    expect(r.out).toContain('- Số hộ nghèo giảm 1 hộ so với năm 2022 (từ 4 xuống 3 hộ; tỷ lệ giảm 6,36 điểm %).');
    expect(r.out).toContain('1 hộ thoát nghèo, 1 hộ nghèo phát sinh');
  });

  test('never writes over last year\'s register', async () => {
    const before = readFileSync(prev);
    const r = await runCli(['report', cur, '--previous', prev, '-o', prev, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('chính là tệp đầu vào "so-ho-2022.xlsx"');
    expect(readFileSync(prev).equals(before)).toBe(true);
  });
});

describe('clear errors', () => {
  test('--previous with no file after it', async () => {
    const r = await runCli(['summary', cur, '--previous']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Thiếu tệp sau --previous: hãy ghi sổ của năm trước, ví dụ --previous so-ho-2023.xlsx.');
  });

  test('the same file as this year\'s and last year\'s', async () => {
    const r = await runCli(['summary', cur, '--previous', cur]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('vừa là sổ năm nay vừa là sổ năm trước');
  });

  test('a "last year" register of the same year', async () => {
    const copy = join(dir, 'ban-sao-2023.xlsx');
    copyFileSync(cur, copy);
    const r = await runCli(['summary', cur, '--previous', copy]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Sổ đưa sau --previous là sổ năm 2023, không trước năm báo cáo 2023: hãy kiểm tra lại tệp, hoặc ghi năm trong hồ sơ xã.');
  });
});

describe('--map with --previous', () => {
  test('a correction naming a sheet of last year\'s file applies to it', async () => {
    // Last year's village column is headed "Nơi ở hiện nay", which never gives the village (DOMAIN.md §2.2).
    const odd = await xlsx('so-ho-2022-noi-o.xlsx', 2022, Y2022, { sheet: 'DS 2022', header: [6, 'Nơi ở hiện nay'] });
    const unmapped = JSON.parse((await runCli(['summary', cur, '--previous', odd, '--profile', profile, '--json'])).out);
    expect(unmapped.previous.households.withoutVillage).toBe(11);
    const r = await runCli(['summary', cur, '--previous', odd, '--profile', profile, '--json', '--map', 'DS 2022!village=F']);
    const s = JSON.parse(r.out);
    expect(s.previous.households.withoutVillage).toBe(0);
    expect(s.comparison.matching.matchedBy).toEqual({ householdId: 4, cccd: 2, nameBirthVillage: 2 });
    const wrong = await runCli(['summary', cur, '--previous', odd, '--map', 'DS 2021!village=F']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('"DS 2022"');
  });
});

describe('baocao validate --previous', () => {
  test('validates last year\'s files too, under their own heading', async () => {
    const r = await runCli(['validate', cur, '--previous', prev, '--profile', profile]);
    expect(r.out).toContain('SỔ NĂM TRƯỚC (2022)');
    expect(r.out).toContain('Tệp: so-ho-2022.xlsx');
    const j = JSON.parse((await runCli(['validate', cur, '--previous', prev, '--profile', profile, '--json'])).out);
    expect(j.previous.year).toBe(2022);
    expect(j.previous.files[0].file).toBe('so-ho-2022.xlsx');
  });
});

describe('baocao check-report --previous', () => {
  async function docx(name: string, paragraphs: string[]): Promise<string> {
    const path = join(dir, name);
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph(t)) }] })));
    return path;
  }

  test('the add-in\'s own so-sanh section agrees with both years\' registers', async () => {
    const out = join(dir, 'so-sanh.docx');
    expect((await runCli(['report', cur, '--previous', prev, '--profile', profile, '--sections', 'so-sanh', '-o', out])).err).toContain('Đã ghi 1 mục');
    const r = await runCli(['check-report', out, '--data', cur, '--previous', prev, '--profile', profile, '--json']);
    // Neither the sentences nor the two tables (totals, rates) disagree with anything; what is left is the section's
    // own "[Cần kiểm tra: …]" note on the ambiguous rows, which the clerk must deal with before signing.
    expect(JSON.parse(r.out).findings.map((f: { code: string; excerpt: string }) => [f.code, f.excerpt.includes('không ghép được')])).toEqual([['report.placeholder', true]]);
  });

  test('a change the registers do not give is found; without --previous it is not checked', async () => {
    const path = await docx('sai.docx', ['BÁO CÁO', 'I. KẾT QUẢ NĂM 2023', 'Số hộ nghèo giảm 2 hộ so với năm 2022 (từ 4 xuống 2 hộ).']);
    const r = await runCli(['check-report', path, '--data', cur, '--previous', prev, '--profile', profile, '--json']);
    const found = JSON.parse(r.out).findings.filter((f: { code: string }) => f.code === 'report.data').map((f: { message: string }) => f.message);
    expect(found).toEqual([
      'Mức thay đổi của số hộ nghèo so với năm 2022 trong báo cáo là "giảm 2 hộ", không khớp với số liệu sổ sách hai năm (giảm 1 hộ: từ 4 đến 3).',
      'Mức thay đổi của số hộ nghèo so với năm 2022 trong báo cáo là "từ 4 xuống 2 hộ", không khớp với số liệu sổ sách hai năm (từ 4 đến 3).',
    ]);
    const without = await runCli(['check-report', path, '--data', cur, '--profile', profile, '--json']);
    expect(JSON.parse(without.out).findings.filter((f: { code: string }) => f.code === 'report.data')).toEqual([]);
  });

  test('--previous needs this year\'s registers after --data', async () => {
    const path = await docx('x.docx', ['BÁO CÁO']);
    const r = await runCli(['check-report', path, '--previous', prev]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--previous cần sổ của năm trước, và sổ năm nay sau --data');
  });
});

describe('last year as a sheet beside this year\'s (no --previous)', () => {
  test('summary counts this year only, says the sheet was set aside, and compares with it', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [year, rows] of [[2022, Y2022], [2023, Y2023]] as const) {
      const ws = wb.addWorksheet(`Năm ${year}`);
      for (const row of register('x', year, rows).sheets[0].values) ws.addRow(row.map((v) => v ?? null));
    }
    const both = join(dir, 'so-ho-hai-nam.xlsx');
    await wb.xlsx.writeFile(both);
    const r = await runCli(['summary', both, '--profile', profile]);
    expect(r.err).toBe('');
    expect(r.out).toContain('SO SÁNH NĂM 2023 VỚI NĂM 2022');
    expect(r.out).toContain('(Sổ năm trước: trang "Năm 2022" (so-ho-hai-nam.xlsx), để cạnh sổ năm nay trong cùng tệp.)');
    expect(r.out).toMatch(/Số hộ\s+11\s+10\s+-1/);
    const v = await runCli(['validate', both, '--profile', profile]);
    expect(v.out).toContain('Bỏ qua trang tính "Năm 2022": sổ năm 2022, cùng các hộ với trang "Năm 2023" (không tính vào năm 2023).');
    const j = JSON.parse((await runCli(['summary', both, '--profile', profile, '--json'])).out);
    expect(j.households.total).toBe(10);
    expect(j.doubts.map((d: { code: string }) => d.code)).toContain('sheet.earlierYear');
  });
});
