// The CLI's words on registers as they come: a list of persons, a proposal list, an empty template, a doubt.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'baocao-real-'));

async function book(name: string, sheets: Array<[string, unknown[][]]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of sheets) wb.addWorksheet(sheet).addRows(rows);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('baocao on registers as communes keep them', () => {
  test('a list of persons is summarised by household, and validate names it as such', async () => {
    const f = await book('nhan-khau.xlsx', [['NK', [
      ['DANH SÁCH NHÂN KHẨU THEO HỘ NĂM 2024'],
      ['TT hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Nơi thường trú', 'Hộ nghèo'],
      [1, 'Nguyễn Văn An', 'Chủ hộ', 1970, 'Thôn Đông Phong, xã Yên Lâm', 'x'],
      [null, 'Trần Thị Bình', 'Vợ', 1972, 'Thôn Đông Phong, xã Yên Lâm'],
      [2, 'Lê Văn Dũng', 'Chủ hộ', 1965, 'Thôn Tây Phong, xã Yên Lâm'],
    ]]]);
    const s = JSON.parse((await runCli(['summary', '--json', f])).out);
    expect(s.households).toMatchObject({ total: 2, persons: 3, poverty: { poor: 1 } });
    expect(s.households.byVillage.map((v: { village: string }) => v.village)).toEqual(['Đông Phong', 'Tây Phong']);
    const text = (await runCli(['validate', f])).out;
    expect(text).toContain('danh sách nhân khẩu theo hộ (2 hộ, 3 người)');
  });

  test('an empty template says "chưa có dữ liệu" instead of printing a table of zeros', async () => {
    const f = await book('mau.xlsx', [['Mẫu DS hộ', [['DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo'], [1], [2], [3]]]]);
    const r = await runCli(['summary', f]);
    expect(r.out).toContain('Sổ hộ gia đình chưa có dữ liệu');
    expect(r.out).not.toContain('Toàn xã');
    expect((await runCli(['validate', f])).out).toContain('chưa có dữ liệu');
  });

  test('a proposal list is counted as proposed, and its year comes from the date under it', async () => {
    const f = await book('de-nghi.xlsx', [['DS', [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Phân loại khen thưởng', 'Hình thức đề nghị'],
      [1, 'Trường THCS Yên Lâm', null, 'Tập thể', 'Giấy khen'],
      [2, 'Nguyễn Văn Hùng', 'Trưởng thôn Đông Phong', 'Cá nhân', 'Giấy khen'],
      [],
      ['Yên Lâm, ngày 12 tháng 12 năm 2024'],
      ['NGƯỜI LẬP BIỂU'],
    ]]]);
    const r = await runCli(['summary', f]);
    expect(r.out).toContain('ĐỀ NGHỊ KHEN THƯỞNG (chưa phải khen thưởng đã quyết định): 2 lượt (1 tập thể, 1 cá nhân)');
    expect(r.out).toContain('năm báo cáo 2024 được suy ra từ ngày ghi ở đầu hoặc cuối danh sách');
    expect(r.out).not.toContain('KHEN THƯỞNG NĂM');
  });

  test('a village column of countries is a doubt the clerk reads, with the column to confirm', async () => {
    const rows: unknown[][] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Địa chỉ', 'Số nhân khẩu']];
    ['Hà Nội', 'Đài Loan', 'Hàn Quốc', 'Nhật Bản', 'Bình Dương'].forEach((p, i) => rows.push([i + 1, `Nguyễn Văn Hộ ${i}`, 1970, p, 3], [i + 6, `Trần Thị Hộ ${i}`, 1971, p, 2]));
    const f = await book('noi-o.xlsx', [['DS', rows]]);
    const r = await runCli(['summary', f]);
    expect(r.out).toMatch(/Cần xác nhận: Trang "DS": cột D có 5 giá trị khác nhau/);
    expect(r.out).toContain('--map "DS!village=D"');
    expect(r.out).not.toContain('Đài Loan  ');
  });
});
