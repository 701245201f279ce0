import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { keyAwards, keyHouseholds, PROFILE_PATH, samplePath, sampleKey, viNumber, viRate } from '../samples';

const dir = mkdtempSync(join(tmpdir(), 'baocao-cli-'));

const run = runCli;

async function workbook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const sample = samplePath;

describe('baocao summary', () => {
  test('--json combines a household file and an awards file of one commune into one summary', async () => {
    const r = await run(['summary', '--json', sample('households-flat'), sample('awards-sectioned')]);
    const s = JSON.parse(r.out);
    const h = keyHouseholds('households-flat');
    const a = keyAwards('awards-sectioned');
    expect(s.households).toMatchObject({ total: h.total, persons: h.persons, poverty: h.poverty, rates: { poor: h.rates.poor, culturalFamilyAchieved: h.rates.culturalFamilyAchieved } });
    expect(s.awards).toMatchObject({ total: a.total, collective: a.collective, individual: a.individual, amount: { total: a.amount.total, communeChair: a.amount.communeChair } });
    expect(s.inferred.map((i: { what: string }) => i.what)).toEqual(['year', 'villages']);
    expect(r.code).toBe(0);
  });

  test('without --json it prints readable Vietnamese tables', async () => {
    const key = sampleKey('households-merged');
    const h = keyHouseholds('households-merged');
    const r = await run(['summary', sample('households-merged')]);
    expect(r.out).toContain(`HỘ GIA ĐÌNH NĂM ${key.profile.year}`);
    expect(r.out).toMatch(new RegExp(`Toàn xã\\s+${viNumber(h.total).replace('.', '\\.')}\\s+${viNumber(h.persons).replace('.', '\\.')}`));
    expect(r.out).toContain(`${viRate(h.rates.culturalFamilyAchieved, 1)}%`);
  });

  test('a commune profile gives the year and villages instead of inferring them', async () => {
    const key = sampleKey('households-flat');
    const s = JSON.parse((await run(['summary', '--json', '--profile', PROFILE_PATH, sample('households-flat')])).out);
    expect(s.inferred).toEqual([]);
    expect(s.commune).toBe(key.profile.commune);
    expect(s.year).toBe(key.profile.year);
    expect(s.households.byVillage.map((v: { village: string }) => v.village)).toEqual(key.profile.villages);
    const third = keyHouseholds('households-flat').byVillage[2];
    expect(s.households.byVillage[2]).toMatchObject({ village: third.village, total: third.total });
  });

  test('a profile that is not valid is refused with a one-line message and exit 2', async () => {
    const profile = join(dir, 'bad-profile.json');
    writeFileSync(profile, JSON.stringify({ commune: 'Tân Lập', villages: [] }));
    const r = await run(['summary', '--profile', profile, sample('households-flat')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('Hồ sơ xã');
  });
});

describe('baocao validate', () => {
  test('--json gives the stable shape: files, registers, columns by letter, data rows and issues with Vietnamese messages', async () => {
    const key = sampleKey('households-errors-sample');
    const r = await run(['validate', '--json', sample('households-errors-sample')]);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out);
    const reg = v.files[0].registers[0];
    expect(v.files[0].file).toBe('households-errors-sample.xlsx');
    expect(reg).toMatchObject({ sheet: key.register.sheet, kind: 'households', headerRows: key.register.headerRows, dataRows: key.register.dataRows });
    const { headName, village, size } = key.register.columns;
    expect(reg.columns).toMatchObject({ headName, village, size });
    const unknown = (key.issues ?? []).find((p) => p.code === 'value.enum' && p.field === 'village');
    if (!unknown) throw new Error('the key plants no unknown village');
    const issue = reg.issues.find((i: { cell: string }) => i.cell === `${unknown.column}${unknown.row}`);
    expect(issue).toMatchObject({ code: 'value.enum.village', severity: 'error', sheet: key.register.sheet, row: unknown.row, column: unknown.column, field: 'village', value: unknown.value });
    expect(issue.message).toMatch(new RegExp(`^Thôn "${unknown.value}" không có trong danh sách thôn`));
  });

  test('exit 0 when no issue is an error', async () => {
    expect((await run(['validate', sample('households-sectioned')])).code).toBe(0);
  });

  test('--lang en renders the messages in English', async () => {
    const planted = (sampleKey('awards-errors-sample').issues ?? []).find((p) => p.field === 'decisionNo' && String(p.value).startsWith('/'));
    if (!planted) throw new Error('the key plants no decision number without its running number');
    const v = JSON.parse((await run(['validate', '--json', '--lang', 'en', sample('awards-errors-sample')])).out);
    const messages = v.files[0].registers[0].issues.map((i: { message: string }) => i.message);
    expect(messages).toContain(`Decision number "${planted.value}" lacks its running number.`);
  });

  test('--map corrects a column the clerk knows better', async () => {
    const key = sampleKey('households-errors-sample');
    expect(key.register.columns.note).not.toBe('O');
    const r = await run(['validate', '--json', '--map', `${key.register.sheet}!note=O`, sample('households-errors-sample')]);
    expect(JSON.parse(r.out).files[0].registers[0].columns.note).toBe('O');
  });
});

describe('unusable input gives one clear line and exit 2, never a stack trace', () => {
  const expectUnusable = async (path: string, words: RegExp) => {
    const r = await run(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(words);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  };

  test('a file that is not an .xlsx', async () => {
    const p = join(dir, 'notes.xlsx');
    writeFileSync(p, 'Danh sách hộ nghèo năm 2023\n');
    await expectUnusable(p, /không phải là sổ Excel/);
  });

  test('a missing file', async () => {
    await expectUnusable(join(dir, 'missing.xlsx'), /Không tìm thấy tệp/);
  });

  test('a truncated .xlsx', async () => {
    const p = join(dir, 'truncated.xlsx');
    const bytes = readFileSync(sample('households-flat'));
    writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectUnusable(p, /hỏng|không đầy đủ|không đọc được/);
  });

  test('a password-protected .xlsx', async () => {
    const p = join(dir, 'locked.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(p, Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1024)]));
    await expectUnusable(p, /mật khẩu/);
  });

  test('an empty workbook', async () => {
    const p = await workbook('empty.xlsx', (wb) => wb.addWorksheet('Sheet1'));
    await expectUnusable(p, /không có dữ liệu|trống/);
  });

  test('a workbook without a register', async () => {
    const p = await workbook('notes-only.xlsx', (wb) => {
      const ws = wb.addWorksheet('Ghi chú');
      ws.addRow(['Ghi chú công việc tháng 12']);
      ws.addRow(['Họp thôn', 'Thứ Hai']);
    });
    await expectUnusable(p, /Không tìm thấy danh sách hộ gia đình hoặc danh sách khen thưởng/);
  });
});

describe('hostile but valid workbooks do not crash', () => {
  test('30,000-character cells and hundreds of merged regions are read and validated', async () => {
    const p = await workbook('hostile.xlsx', (wb) => {
      const ws = wb.addWorksheet('DS');
      ws.addRow(['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Ghi chú']);
      for (let i = 1; i <= 400; i++) ws.addRow([i, `Nguyễn Văn ${i}`, i % 2 ? 'An Lạc' : 'An Phú', 3, i === 5 ? 'x'.repeat(30000) : null]);
      for (let r = 500; r < 800; r++) ws.mergeCells(r, 1, r, 3);
    });
    const r = await run(['summary', '--json', p]);
    expect(JSON.parse(r.out).households).toMatchObject({ total: 400, persons: 1200 });
  });
});

describe('baocao report', () => {
  test('-o writes a .docx whose sections sit in content controls tagged baocao:<id>, in report order', async () => {
    const out = join(dir, 'report.docx');
    const r = await run(['report', sample('households-flat'), sample('awards-flat'), '--sections', 'bang-thon,van-hoa,cap-tren', '-o', out]);
    expect(r.code).toBe(0);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string');
    const tags = [...(xml ?? '').matchAll(/<w:tag w:val="(baocao:[a-z-]+)"\/>/g)].map((m) => m[1]);
    expect(tags).toEqual(['baocao:van-hoa', 'baocao:cap-tren', 'baocao:bang-thon']);
    const h = keyHouseholds('households-flat');
    expect(xml).toContain(`${viNumber(h.culturalFamily.achieved)}/${viNumber(h.culturalFamily.registered)} hộ gia đình`);
  });

  test('--text prints the sections and says why a section was left out', async () => {
    const r = await run(['report', sample('awards-sectioned'), '--text']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[Gia đình văn hóa, Thôn văn hóa: Chưa có số liệu hộ gia đình');
    expect(r.out).toContain(`+ Trường Tiểu học ${sampleKey('awards-sectioned').profile.commune} được Chủ tịch UBND tỉnh tặng Cờ thi đua`);
  });

  test('sub-headings carry no letter unless the clerk asks for one with --letter', async () => {
    const plain = await run(['report', sample('awards-sectioned'), '--text']);
    expect(plain.out).toMatch(/^Về công tác khen thưởng$/m);
    expect(plain.out).not.toMatch(/^[a-zđ]\) Về công tác khen thưởng/m);
    const lettered = await run(['report', sample('awards-sectioned'), '--letter', 'c)', '--text']);
    expect(lettered.code).toBe(0);
    expect(lettered.out).toMatch(/^c\) Về công tác khen thưởng$/m);
    expect(lettered.out).toMatch(/^d\) Thành tích được cấp trên khen thưởng/m);
    const bad = await run(['report', sample('awards-sectioned'), '--letter', '7', '--text']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--letter "7"');
  });

  test('an unknown section id is refused with the list of ids', async () => {
    const r = await run(['report', sample('awards-sectioned'), '--sections', 'van-hoa,tong-ket', '--text']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tong-ket');
  });
});
