// The add-in's own report passes its own check: for every register in samples/ and for registers written here in
// other shapes (a village rate over 100%, awards without a name or a form, Party and mass-organisation awards, a
// Party committee above the commune), `baocao report` writes a .docx and `baocao check-report --data` finds nothing,
// or only the add-in's own "[Cần kiểm tra: …]" note, once, where the registers hold a figure that cannot be true.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../cli/runCli';
import { SAMPLES } from '../../samples';
import { readDocxParagraphs } from '../../../src/io/docxFile';

const dir = mkdtempSync(join(tmpdir(), 'baocao-own-'));

interface Finding {
  code: string;
  location?: string;
  message: string;
  excerpt: string;
}

async function ownCheck(registers: string[], name: string): Promise<Finding[]> {
  const out = join(dir, `${name}.docx`);
  const made = await runCli(['report', ...registers, '-o', out, '--force']);
  expect(made.err).toContain('Đã ghi');
  const r = await runCli(['check-report', out, '--data', ...registers, '--json']);
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as { findings: Finding[] }).findings;
}

const HH_HEAD = ['STT', 'Họ tên chủ hộ', 'Giới tính', 'Năm sinh', 'Thôn', 'Nhân khẩu', 'Phân loại hộ', 'ĐK GĐVH', 'Đạt GĐVH', 'GĐ học tập'];
const AW_HEAD = ['STT', 'Tên tập thể, cá nhân', 'Tập thể/Cá nhân', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Cơ quan quyết định', 'Số QĐ', 'Ngày QĐ', 'Số tiền (đồng)'];
const GIVEN = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Văn Đức', 'Thị Hoa', 'Văn Hùng', 'Thị Lan', 'Văn Minh', 'Thị Nga'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const person = (i: number) => `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]}`;

async function workbook(name: string, title: string, head: string[], rows: Array<Array<string | number | Date | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow(head);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A commune of three villages; `over` gives one village more households achieving GĐVH than registered. */
async function households(name: string, year: number, over: boolean): Promise<string> {
  const rows: Array<Array<string | number | null>> = [];
  const villages = ['Đông Hải', 'Tây Sơn', 'Nam Thắng'];
  for (let i = 0; i < 60; i++) {
    const v = villages[i % 3];
    const kind = i % 17 === 0 ? 'Hộ nghèo' : i % 11 === 0 ? 'Hộ cận nghèo' : null;
    const registered = over && v === 'Nam Thắng' ? i % 2 === 0 : i % 5 !== 0;
    const achieved = over && v === 'Nam Thắng' ? true : registered && i % 7 !== 0;
    rows.push([person(i), i % 2 ? 'Nữ' : 'Nam', 1950 + (i % 45), v, 1 + (i % 6), kind, registered ? 'x' : null, achieved ? 'Đạt' : registered ? 'Không đạt' : null, i % 3 === 0 ? 'x' : null]);
  }
  return workbook(name, `DANH SÁCH HỘ GIA ĐÌNH XÃ HÒA BÌNH NĂM ${year}`, HH_HEAD, rows);
}

/** Awards of every origin: the chairman, MTTQ (when `mass`), the Party committee, the district and province, a
 *  district Party committee (when `higherParty`), a row without a name and one without a form. */
async function awards(name: string, year: number, o: { mass: boolean; higherParty: boolean; gaps: boolean }): Promise<string> {
  const d = (m: number) => new Date(Date.UTC(year, m, 12));
  const rows: Array<Array<string | number | Date | null>> = [
    ['Chi hội Nông dân thôn Đông Hải', 'Tập thể', null, 'Giấy khen', 'Chủ tịch UBND xã Hòa Bình', '45/QĐ-UBND', d(5), 540000],
    [person(1), 'Cá nhân', 'Trưởng thôn Tây Sơn', 'Giấy khen', 'Chủ tịch UBND xã Hòa Bình', '45/QĐ-UBND', d(5), 270000],
    [person(2), 'Cá nhân', 'Công an viên thôn Nam Thắng', 'Giấy khen', 'Chủ tịch UBND xã Hòa Bình', '45/QĐ-UBND', d(5), 270000],
    ['Chi bộ thôn Tây Sơn', 'Tập thể', null, 'Giấy khen', 'Đảng ủy xã Hòa Bình', '12-QĐ/ĐU', d(1), null],
    [person(3), 'Cá nhân', 'Bí thư chi bộ thôn Đông Hải', 'Giấy khen', 'Đảng ủy xã Hòa Bình', '12-QĐ/ĐU', d(1), null],
    ['Trường Mầm non Hòa Bình', 'Tập thể', null, 'Giấy khen', 'Chủ tịch UBND huyện Tiền Hải', '2101/QĐ-UBND', d(7), 1420000],
    [person(4), 'Cá nhân', 'Chủ tịch UBND xã Hòa Bình', 'Chiến sĩ thi đua cơ sở', 'Chủ tịch UBND huyện Tiền Hải', '2230/QĐ-UBND', d(10), 1000000],
    ['Công an xã Hòa Bình', 'Tập thể', null, 'Bằng khen', 'Chủ tịch UBND tỉnh Thái Bình', '301/QĐ-UBND', d(9), 2000000],
  ];
  if (o.mass) rows.push([person(5), 'Cá nhân', 'Hội viên Hội Phụ nữ thôn Nam Thắng', 'Giấy khen', 'Ủy ban MTTQ Việt Nam xã Hòa Bình', '07/QĐ-MTTQ', d(10), null]);
  if (o.higherParty) rows.push(['Đảng bộ xã Hòa Bình', 'Tập thể', null, 'Giấy khen', 'Ban Thường vụ Huyện ủy Tiền Hải', '155-QĐ/HU', d(11), null]);
  if (o.gaps) {
    rows.push([null, 'Tập thể', null, 'Giấy khen', 'Chủ tịch UBND huyện Tiền Hải', '2101/QĐ-UBND', d(7), 1420000]);
    rows.push([person(6), 'Cá nhân', 'Trưởng thôn Đông Hải', null, 'Chủ tịch UBND xã Hòa Bình', '45/QĐ-UBND', d(5), null]);
  }
  return workbook(name, `DANH SÁCH KHEN THƯỞNG NĂM ${year}`, AW_HEAD, rows);
}

describe('the add-in\'s own report passes its own check', () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

  test.each(samples)('sample %s', async (file) => {
    expect(await ownCheck([join(SAMPLES, file)], file.replace('.xlsx', ''))).toEqual([]);
  });

  test('every sample register together (households and awards in one report)', async () => {
    expect(await ownCheck([join(SAMPLES, 'households-merged.xlsx'), join(SAMPLES, 'awards-sectioned.xlsx')], 'both')).toEqual([]);
  });

  test.each([
    ['households and awards of the chairman, the Party committee and higher levels', false, { mass: false, higherParty: false, gaps: false }],
    ['awards of MTTQ too, a row without a name, one without a form', false, { mass: true, higherParty: false, gaps: true }],
    ['a Party committee above the commune', false, { mass: false, higherParty: true, gaps: false }],
  ])('own registers: %s', async (label, over, aw) => {
    const name = label.replace(/\W+/g, '-').slice(0, 30);
    const files = [await households(`${name}-ho.xlsx`, 2023, over), await awards(`${name}-kt.xlsx`, 2023, aw)];
    expect(await ownCheck(files, name)).toEqual([]);
  });

  test('a village rate over 100% in the registers: each of the report\'s own notes is one finding, and nothing else is', async () => {
    const files = [await households('over-ho.xlsx', 2024, true)];
    const found = await ownCheck(files, 'over');
    const notes = (await readDocxParagraphs(join(dir, 'over.docx'))).filter((p) => p.includes('[Cần kiểm tra:'));
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(found).toHaveLength(notes.length);
    for (const f of found) expect(f).toMatchObject({ code: 'report.placeholder', message: expect.stringContaining('Còn ghi chú "Cần kiểm tra" của phần mềm'), excerpt: expect.stringContaining('[Cần kiểm tra:') });
  });
});
