// The Excel pane on registers as communes keep them: a list of persons beside a household list whose "village"
// column holds places abroad. The built pane in headless Chromium over the fake Excel; screenshots go to .e2e/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { gridOf, type CellValue, type Grid } from '../../src/core/grid';
import { uiText } from '../../src/i18n/ui';
import { expand, openPane, panesClosedAfterEach, paneShot, paneSession } from './harness';

jest.setTimeout(120_000);

const vi = (k: Parameters<typeof uiText>[1]) => uiText('vi', k);

/** Three households of seven persons in two villages, the village inside the permanent-residence address. */
function personList(): Grid {
  const rows: CellValue[][] = [
    ['DANH SÁCH NHÂN KHẨU THEO HỘ GIA ĐÌNH NĂM 2024'],
    ['TT hộ', 'TT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Nơi thường trú', 'Nơi ở hiện nay', 'Hộ nghèo'],
    [1, 1, 'Nguyễn Văn An', 'Chủ hộ', 1970, 'Thôn Đông Phong, xã Yên Lâm', 'Thôn Đông Phong, xã Yên Lâm', 'x'],
    [null, 2, 'Trần Thị Bình', 'Vợ', 1972, 'Thôn Đông Phong, xã Yên Lâm', 'Hàn Quốc', null],
    [null, 3, 'Nguyễn Văn Cường', 'Con', 2001, 'Thôn Đông Phong, xã Yên Lâm', 'Hà Nội', null],
    [2, 4, 'Lê Văn Dũng', 'Chủ hộ', 1965, 'Thôn Tây Phong, xã Yên Lâm', 'Thôn Tây Phong, xã Yên Lâm', null],
    [null, 5, 'Phạm Thị Em', 'Vợ', 1968, 'Thôn Tây Phong, xã Yên Lâm', 'Đài Loan', null],
    [3, 6, 'Hoàng Văn Giang', 'Chủ hộ', 1980, 'Thôn Tây Phong, xã Yên Lâm', 'Thôn Tây Phong, xã Yên Lâm', null],
    [null, 7, 'Đỗ Thị Hoa', 'Vợ', 1982, 'Thôn Tây Phong, xã Yên Lâm', 'Bình Dương', null],
  ];
  return gridOf('Nhân khẩu', rows);
}

/** A household list whose address column is where people live now: cities and countries. */
function abroadList(): Grid {
  const places = ['Hà Nội', 'Đài Loan', 'Hàn Quốc', 'Nhật Bản', 'Bình Dương'];
  const rows: CellValue[][] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Địa chỉ', 'Số nhân khẩu']];
  places.forEach((p, i) => rows.push([i * 2 + 1, `Nguyễn Văn Hộ ${i}`, 1970, p, 3], [i * 2 + 2, `Trần Thị Hộ ${i}`, 1971, p, 2]));
  return gridOf('Lao động', rows);
}

const session = paneSession();
const panes = panesClosedAfterEach();

async function open(grids: Grid[]): Promise<Page> {
  const pane = await panes.open(session.browser, session.server.url, { workbook: { name: 'Nhan-khau.xlsx', grids }, width: 400, height: 1100 });
  await pane.page.locator('main button[aria-expanded]').filter({ hasText: /^Đã tìm thấy: \d+$/ }).waitFor({ timeout: 60_000 });
  return pane.page;
}

test('a list of persons is found as such, summarised by household, and the doubt about a column of places comes first', async () => {
  const page = await open([personList(), abroadList()]);
  const doubts = page.locator('[data-testid="doubt"]');
  await doubts.first().waitFor();
  // The column of places, and the poverty column only the list of persons has (its rate would mix counts and blanks).
  const said = await doubts.allInnerTexts();
  expect(said).toHaveLength(2);
  expect(said[0]).toMatch(/Trang "Lao động": cột D có 5 giá trị khác nhau/);
  expect(said[1]).toMatch(/trang "Lao động" không có/);
  await expand(page, /^Đã tìm thấy: 2$/);
  const main = await page.locator('main').innerText();
  expect(main).toContain(`${vi('personList')} · "Nhân khẩu"`);
  expect(main).toContain('3 hộ, 7 người');
  expect(main).toContain(`${vi('households')} · "Lao động"`);
  // 3 households of 7 persons, plus 10 households of 25 persons: 13 households, 32 persons.
  expect(main).toContain('13 hộ');
  expect(main).toContain('32 nhân khẩu');
  await paneShot(page, 'excel-real-registers');
});

test('the Word pane opens a legacy .xls and a .csv, reads both, and previews their figures', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-e2e-'));
  const xls = path.join(dir, 'ho-gia-dinh.xls');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(personList().values), 'Nhân khẩu');
  fs.writeFileSync(xls, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
  const csv = path.join(dir, 'khen-thuong.csv');
  fs.writeFileSync(csv, '\uFEFFSTT;Họ và tên;Đối tượng;Hình thức khen thưởng;Cấp quyết định;Số quyết định;Ngày quyết định\n1;Trường THCS Yên Lâm;Tập thể;Giấy khen;Chủ tịch UBND xã;215/QĐ-UBND;20/12/2024\n2;Nguyễn Văn Hùng;Cá nhân;Giấy khen;Chủ tịch UBND xã;215/QĐ-UBND;20/12/2024\n');
  const pane = panes.track(await openPane(session.browser, session.server.url, { host: 'word', document: ['BÁO CÁO', 'Tổng kết năm 2024', ''], width: 1200, height: 900 }));
  const { page } = pane;
  const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
  await page.getByRole('button', { name: vi('openWorkbook') }).click();
  await chooser;
  await page.locator('input[data-testid="open-workbook"]').setInputFiles([xls, csv]);
  await page.locator('main').getByText(/^Đã đọc: /).waitFor({ timeout: 60_000 });
  expect(await page.locator('main').getByText(/^Đã đọc: /).innerText()).toContain('ho-gia-dinh.xls');
  await expand(page, vi('preview'));
  const preview = await page.locator('main').innerText();
  // 3 households in the person list, 1 of them poor; 1 collective and 1 individual award from the commune.
  expect(preview).toContain('toàn xã có 3 hộ');
  expect(preview).toContain('Chủ tịch UBND xã khen thưởng cho 01 tập thể và 01 cá nhân');
  // No amount column: the table's total money cell stays empty rather than saying 0.
  expect(preview).toMatch(/Tổng cộng: 2 lượt khen thưởng\s*$/m);
});

test('the Word pane says, before anything is inserted, that a list of poor households has no base for a rate', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-e2e-'));
  const csv = path.join(dir, 'ho-ngheo.csv');
  fs.writeFileSync(csv, '\uFEFFDANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024\nSTT;Họ và tên chủ hộ;Thôn;Số khẩu;Phân loại hộ\n1;Lê Văn An;Đông Phong;3;Hộ nghèo\n2;Trần Văn Dũng;Đông Phong;2;Hộ nghèo\n3;Phạm Thị Hoa;Tây Phong;4;Hộ cận nghèo\n');
  const pane = panes.track(await openPane(session.browser, session.server.url, { host: 'word', document: ['BÁO CÁO', 'Tổng kết năm 2024', ''], width: 1200, height: 900 }));
  const { page } = pane;
  const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
  await page.getByRole('button', { name: vi('openWorkbook') }).click();
  await chooser;
  await page.locator('input[data-testid="open-workbook"]').setInputFiles([csv]);
  const doubt = page.locator('[data-testid="doubt"]');
  await doubt.first().waitFor({ timeout: 60_000 });
  expect(await doubt.allInnerTexts()).toEqual([expect.stringMatching(/Mọi hộ trong danh sách \(3 hộ\) đều thuộc diện nghèo/)]);
  await expand(page, vi('preview'));
  expect(await page.locator('main').innerText()).toContain('số hộ nghèo 2 hộ; hộ cận nghèo 1 hộ.');
  await paneShot(page, 'word-real-registers-doubt');
});
