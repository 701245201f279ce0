// baocao summary/report for a new commune of three former communes (tests/core/merged/threeCommunes.ts written to
// .xlsx files): the new commune's figures, the breakdown by former commune (text and --json), the report's lines per
// former commune when asked, and no name of a person printed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { GIA_HOA, GIA_PHU, GIA_THINH, PROFILE, WORKBOOKS } from '../core/merged/threeCommunes';

const dir = mkdtempSync(join(tmpdir(), 'baocao-merged-'));
const files: string[] = [];
let profile = '';

beforeAll(async () => {
  for (const input of WORKBOOKS) {
    const wb = new ExcelJS.Workbook();
    for (const g of input.sheets) {
      const ws = wb.addWorksheet(g.sheet);
      for (const row of g.values) ws.addRow(row.map((v) => v ?? null));
    }
    const path = join(dir, input.file);
    await wb.xlsx.writeFile(path);
    files.push(path);
  }
  profile = join(dir, 'hoso.json');
  writeFileSync(profile, JSON.stringify(PROFILE));
});

const names = [...GIA_HOA, ...GIA_THINH, ...GIA_PHU].map((h) => h.name);

describe('baocao summary with former communes', () => {
  test('text: the new villages, then the breakdown by former commune and the rows found in two files', async () => {
    const r = await runCli(['summary', ...files, '--profile', profile]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Thôn Hòa Bình\s+2\s+7\s+1\s+1/);
    expect(r.out).toMatch(/Thôn 2\s+5\s+17\s+2\s+0/);
    expect(r.out).toMatch(/Toàn xã\s+13\s+41\s+4\s+2\s+1/);
    expect(r.out).toContain('THEO XÃ CŨ (xã Hòa Thịnh hợp nhất từ 3 xã)');
    expect(r.out).toMatch(/Gia Hòa\s+so-ho-2025\.xlsx \(theo hồ sơ\)\s+4\s+14\s+2\s+50,00%\s+1\s+1\s+–/);
    expect(r.out).toMatch(/Gia Thịnh\s+gia-thinh-2025\.xlsx \(theo tên tệp\)\s+5\s+15\s+1\s+20,00%\s+1\s+1/);
    expect(r.out).toMatch(/Gia Phú\s+ds-ho-3\.xlsx \(theo tiêu đề\)\s+4\s+12\s+1\s+25,00%\s+0\s+1/);
    expect(r.out).toContain('(2 dòng trùng với một dòng của tệp khác');
    for (const n of names) expect(r.out).not.toContain(n);
  });

  test('--json: formerCommunes with files, how they were told, figures; crossFileDuplicates', async () => {
    const r = await runCli(['summary', ...files, '--profile', profile, '--json']);
    const j = JSON.parse(r.out) as { households: { total: number }; formerCommunes: Array<{ name: string; files: string[]; from: string[]; households: { total: number; poverty: { poor: number } } }>; crossFileDuplicates: number };
    expect(j.households.total).toBe(13);
    expect(j.formerCommunes.map((c) => [c.name, c.files, c.from, c.households.total, c.households.poverty.poor])).toEqual([
      ['Gia Hòa', ['so-ho-2025.xlsx'], ['profile'], 4, 2],
      ['Gia Thịnh', ['gia-thinh-2025.xlsx'], ['fileName'], 5, 1],
      ['Gia Phú', ['ds-ho-3.xlsx'], ['title'], 4, 1],
    ]);
    expect(j.crossFileDuplicates).toBe(2);
  });

  test('without former communes in the profile: no breakdown, no new keys', async () => {
    const plain = join(dir, 'hoso-khong-xa-cu.json');
    writeFileSync(plain, JSON.stringify({ commune: 'Hòa Thịnh', year: 2025, villages: PROFILE.villages }));
    const r = await runCli(['summary', files[0], '--profile', plain, '--json']);
    expect(Object.keys(JSON.parse(r.out) as object)).not.toContain('formerCommunes');
  });
});

describe('baocao validate with former communes', () => {
  test('each file says which former commune it was read as, and how', async () => {
    const r = await runCli(['validate', ...files, '--profile', profile]);
    expect(r.out).toContain('Tệp: so-ho-2025.xlsx (sổ của xã cũ Gia Hòa, theo hồ sơ)');
    expect(r.out).toContain('Tệp: gia-thinh-2025.xlsx (sổ của xã cũ Gia Thịnh, theo tên tệp)');
    expect(r.out).toContain('Tệp: ds-ho-3.xlsx (sổ của xã cũ Gia Phú, theo tiêu đề)');
    const j = JSON.parse((await runCli(['validate', ...files, '--profile', profile, '--json'])).out) as { files: Array<{ file: string; formerCommune: string }> };
    expect(j.files.map((f) => [f.file, f.formerCommune])).toEqual([['so-ho-2025.xlsx', 'Gia Hòa'], ['gia-thinh-2025.xlsx', 'Gia Thịnh'], ['ds-ho-3.xlsx', 'Gia Phú']]);
  });
});

describe('baocao report --former-communes', () => {
  test('the poverty section states each former commune\'s area only when asked', async () => {
    const asked = await runCli(['report', ...files, '--profile', profile, '--sections', 'ho-ngheo', '--text', '--former-communes']);
    expect(asked.out).toContain('toàn xã có 13 hộ, trong đó số hộ nghèo 4 hộ, tỷ lệ 30,77%');
    expect(asked.out).toContain('Địa bàn xã Gia Hòa (cũ): 4 hộ, trong đó 2 hộ nghèo (tỷ lệ 50,00%), 1 hộ cận nghèo (tỷ lệ 25,00%).');
    expect(asked.out).toContain('Địa bàn xã Gia Thịnh (cũ): 5 hộ, trong đó 1 hộ nghèo (tỷ lệ 20,00%), 1 hộ cận nghèo (tỷ lệ 20,00%).');
    expect(asked.out).toContain('Địa bàn xã Gia Phú (cũ): 4 hộ, trong đó 1 hộ nghèo (tỷ lệ 25,00%), không có hộ cận nghèo.');
    const plain = await runCli(['report', ...files, '--profile', profile, '--sections', 'ho-ngheo', '--text']);
    expect(plain.out).not.toContain('Địa bàn xã');
  });

  test('asked without former communes in the profile: one line, exit 2', async () => {
    const r = await runCli(['report', files[0], '--sections', 'ho-ngheo', '--text', '--former-communes']);
    expect([r.code, r.err]).toEqual([2, '--former-communes: hồ sơ xã chưa ghi các xã cũ (formerCommunes), nên không chia được số liệu theo xã cũ.\n']);
  });
});
