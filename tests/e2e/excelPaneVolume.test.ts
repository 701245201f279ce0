// The Excel pane at a real volume, end to end in headless Chromium over the fake Excel: a register of 2,262
// households with 303 issues (one error among 302 encoding and spacing warnings), in a 400 × 800 pane. The first
// screen shows the status and the summary; the error comes before any warning; with every group open the pane stays
// under two screens (rows are windowed and scroll inside the pane); the guessed year and the villages are asked and
// the answer kept in the workbook; a notice goes when the next action starts; fix and undo are one write each, with
// no new read of the workbook. Screenshots go to .e2e/excel-volume-*.png.
import type { Browser, Page } from 'playwright-core';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import type { Issue } from '../../src/core/rules/issue';
import { reportYearOf } from '../../src/core/year';
import { ruleTitle } from '../../src/i18n/rules';
import { fieldLabel } from '../../src/i18n/fields';
import { launchChromium, panesClosedAfterEach, serveDist, settled, waitIdle, waitNotice, notice, writesIn, ensurePaneBuilt, SHOTS, type PaneWindow, type StaticServer } from './harness';
import { UNKNOWN_VILLAGE_ROW, VOLUME_ROWS, VOLUME_VILLAGES, volumeGrid } from './volumeRegister';
import fs from 'node:fs';
import path from 'node:path';

jest.setTimeout(180_000);

const WIDTH = 400;
const HEIGHT = 800;
const SHEET = 'Danh sach ho';

let server: StaticServer;
let browser: Browser;
const grid = volumeGrid();
const expected = analyse([{ file: 'So-ho-xa.xlsx', sheets: [grid] }], { today: new Date() });
const issues: Issue[] = expected.files.flatMap((f) => f.registers.flatMap((r) => r.issues));
const errors = issues.filter((i) => i.severity === 'error');
const fixable = issues.filter((i) => i.safeFix && i.suggestion !== undefined);

beforeAll(async () => {
  ensurePaneBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const calls = (page: Page) => page.evaluate(() => [...(window as unknown as PaneWindow).__baocaoFake.calls]);
const settings = (page: Page) => page.evaluate(() => structuredClone((window as unknown as PaneWindow).__baocaoFake.settings));
/** The whole viewport, as the clerk sees the 400 × 800 pane. */
const screen = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `excel-volume-${name}.png`), animations: 'disabled' });
/** The pane from top to bottom. */
const whole = (page: Page, name: string) => page.locator('main').screenshot({ path: path.join(SHOTS, `excel-volume-${name}-whole.png`), animations: 'disabled' });
/** Where an element's box lies in page coordinates. */
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
const paneBottom = (page: Page) => page.locator('main').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

async function openVolume(panes: ReturnType<typeof panesClosedAfterEach>, g: Grid = grid): Promise<Page> {
  const pane = await panes.open(browser, server.url, { workbook: { name: 'So-ho-xa.xlsx', grids: [g] }, width: WIDTH, height: HEIGHT });
  await pane.page.getByTestId('status').waitFor({ timeout: 60_000 });
  await waitIdle(pane.page);
  return pane.page;
}

describe('the Excel pane at 2,262 rows and 303 issues, 400 × 800', () => {
  const panes = panesClosedAfterEach();

  test('the register is what the issue describes: ≥ 2,000 rows, ≥ 300 issues, one error among the warnings', () => {
    expect(grid.values.length - 1).toBe(VOLUME_ROWS);
    expect(issues.length).toBeGreaterThanOrEqual(300);
    expect(errors).toHaveLength(1);
    expect(issues.filter((i) => i.code === 'text.encoding').length).toBeGreaterThan(200);
  });

  test('the first screen shows the status and the summary; the error comes before any warning', async () => {
    const page = await openVolume(panes);
    await screen(page, '01-first-screen');
    await whole(page, '01');
    const status = await page.getByTestId('status').innerText();
    expect(status).toContain(`"${SHEET}" (2.262 dòng)`);
    expect(status).toContain(`1 lỗi cần sửa, ${(issues.length - 1).toLocaleString('vi-VN')} điểm nên xem.`);
    const statusBox = await box(page, '[data-testid="status"]');
    expect(statusBox.bottom).toBeLessThanOrEqual(HEIGHT);
    // The summary's figures and its buttons are on the first screen.
    const summaryButton = await box(page, 'main button:has-text("Ghi trang \\"Tổng hợp\\"")');
    expect(summaryButton.bottom).toBeLessThanOrEqual(HEIGHT);
    // The error's group is the first group, open, and its row comes before any warning group.
    const error = errors[0];
    expect(error.cell).toBe(`E${UNKNOWN_VILLAGE_ROW + 1}`);
    const errorRow = await box(page, `[data-severity="error"] li button[title="${SHEET}!${error.cell}"]`);
    const firstWarning = await box(page, '[data-severity="warning"]');
    expect(errorRow.bottom).toBeLessThanOrEqual(firstWarning.top);
    const order = await page.locator('[data-testid="issue-groups"] [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(order[0]).toBe(error.code);
    // The error is seen when the issue list is scrolled to: no warning above it to scroll past.
    await page.locator(`li button[title="${SHEET}!${error.cell}"]`).scrollIntoViewIfNeeded();
    await screen(page, '02-error-first');
  });

  test('every group open: the pane stays under two screens, rows are windowed and scroll inside their group', async () => {
    const page = await openVolume(panes);
    const headers = page.locator('[data-testid="issue-groups"] button[aria-expanded="false"]');
    while ((await headers.count()) > 0) await headers.first().click();
    await settled(page);
    const groups = await page.locator('[data-testid="issue-groups"] [data-code]').count();
    expect(groups).toBe(new Set(issues.map((i) => i.code)).size);
    expect(await paneBottom(page)).toBeLessThan(2 * HEIGHT);
    // Rows in the page: a window of each group, not 303.
    const rendered = await page.locator('[data-testid="issue-groups"] li').count();
    expect(rendered).toBeLessThan(60);
    await whole(page, '03-all-open');
    // The encoding group: scrolled to its end inside its own box, the page does not move.
    const encoding = page.locator('[data-code="text.encoding"] [data-testid="virtual-list"]');
    await encoding.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await encoding.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = issues.filter((i) => i.code === 'text.encoding').at(-1) as Issue;
    await page.locator(`[data-code="text.encoding"] li button[title="${SHEET}!${last.cell}"]`).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await screen(page, '04-group-scrolled');
    // Group titles are words, and each carries a one-line meaning.
    const titles = await page.locator('[data-group-title]').allInnerTexts();
    expect(titles).toContain(`${ruleTitle('value.enum.village', 'vi')} · ${fieldLabel('village', 'vi')}`);
    expect(titles.join(' ')).not.toMatch(/[a-z]+\.[a-z]+/);
    expect(await page.locator('[data-meaning]').count()).toBe(groups);
  });

  test('the guessed year and the villages are asked once, confirmed with one click, kept in the workbook', async () => {
    const page = await openVolume(panes);
    const guessed = reportYearOf(new Date());
    const ask = page.getByTestId('ask-year');
    expect(await ask.innerText()).toContain(`Năm báo cáo: ${guessed}`);
    expect(await ask.innerText()).toContain('chỉ đoán từ ngày hôm nay');
    // One message per fact: the guess is not told again as a doubt.
    expect(await page.getByTestId('doubt').filter({ hasText: 'đoán' }).count()).toBe(0);
    const villages = page.getByTestId('ask-villages');
    expect(await villages.innerText()).toMatch(/Các thôn \(9\): [^,]+, [^,]+, [^,]+ và 6 thôn khác/);
    await screen(page, '05-ask');

    await ask.getByRole('combobox').selectOption('2023');
    expect(await waitNotice(page, 'Đã lưu vào hồ sơ xã')).toContain('năm báo cáo 2023');
    await waitIdle(page);
    expect((await settings(page)).profile).toEqual({ year: 2023 });
    expect(await page.getByTestId('ask-year').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Tổng hợp 2023');

    await villages.getByRole('button', { name: 'Đúng' }).click();
    await waitNotice(page, 'Đã lưu vào hồ sơ xã');
    await waitIdle(page);
    expect((await settings(page)).profile?.villages?.slice().sort()).toEqual([...VOLUME_VILLAGES].sort());
    expect(await page.getByTestId('ask-villages').count()).toBe(0);
    // Saving the profile is not a read of the workbook: one read since the pane opened.
    expect((await calls(page)).filter((c) => c === 'readWorkbook')).toHaveLength(1);
    await screen(page, '06-confirmed');

    // Looked at again, the workbook's profile answers: nothing is asked.
    await page.getByRole('button', { name: 'Tìm lại' }).click();
    await waitIdle(page);
    expect(await page.getByTestId('ask-year').count()).toBe(0);
    expect(await page.getByTestId('ask-villages').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Tổng hợp 2023');
  });

  test('the villages changed by hand: the one village that was not the commune\'s becomes one, and its error goes', async () => {
    const page = await openVolume(panes);
    const villages = page.getByTestId('ask-villages');
    await villages.getByRole('button', { name: 'Sửa danh sách thôn' }).click();
    const box = villages.getByRole('textbox');
    expect((await box.inputValue()).split('\n').sort()).toEqual([...VOLUME_VILLAGES].sort());
    await box.fill(`${VOLUME_VILLAGES.join('\n')}\nXóm Mới`);
    await screen(page, '05b-villages-edit');
    await villages.getByRole('button', { name: 'Lưu danh sách thôn' }).click();
    expect(await waitNotice(page, 'Đã lưu vào hồ sơ xã')).toContain('các thôn (10): An Lạc, An Phú, Đông Hải và 7 thôn khác');
    await waitIdle(page);
    expect((await settings(page)).profile).toEqual({ villages: [...VOLUME_VILLAGES, 'Xóm Mới'] });
    expect(await page.getByTestId('status-issues').innerText()).toBe(`0 lỗi cần sửa, ${(issues.length - 1).toLocaleString('vi-VN')} điểm nên xem.`);
    expect(await page.locator('[data-severity="error"]').count()).toBe(0);
  });

  test('a year outside the registers\' own dates is said, even once confirmed', async () => {
    const awards: Grid = {
      sheet: 'Khen thuong',
      originRow: 1,
      originColumn: 1,
      merges: [],
      values: [
        ['STT', 'Tên tập thể/cá nhân', 'Hình thức khen thưởng', 'Cơ quan quyết định', 'Số quyết định', 'Ngày quyết định', 'Số tiền'],
        ...Array.from({ length: 30 }, (_, i) => [i + 1, `Thôn ${VOLUME_VILLAGES[i % 9]}`, 'Giấy khen', 'Chủ tịch UBND xã', `${100 + i}/QĐ-UBND`, `${10 + (i % 15)}/12/2023`, 300000]),
      ],
    };
    const page = await openVolume(panes, awards);
    const ask = page.getByTestId('ask-year');
    expect(await ask.innerText()).toContain('Năm báo cáo: 2023');
    await ask.getByRole('combobox').selectOption('2025');
    await waitNotice(page, 'Đã lưu vào hồ sơ xã');
    await waitIdle(page);
    const text = await page.getByTestId('ask-year').innerText();
    expect(text).toContain('Năm báo cáo: 2025');
    // One message per fact: the awards of 2023 left out are told in the year's bar, not again as a doubt.
    expect(text).toContain('ghi khen thưởng của nhiều năm (2023): chỉ tính 0 khen thưởng của năm 2025');
    expect(await page.getByTestId('doubt').filter({ hasText: 'nhiều năm' }).count()).toBe(0);
    await screen(page, '07-year-outside');
  });

  test('a notice goes when the next action starts; fix and undo are one write each, with no new read', async () => {
    const page = await openVolume(panes);
    await page.getByRole('button', { name: 'Tô màu ô lỗi' }).click();
    await waitNotice(page, 'Đã tô màu');
    await screen(page, '08-highlighted');
    // The next action (a click on the error) starts: the highlight's notice is gone.
    await page.locator(`li button[title="${SHEET}!${errors[0].cell}"]`).click();
    await page.waitForFunction(() => (window as unknown as PaneWindow).__baocaoFake.selection !== null);
    await waitIdle(page);
    expect(await notice(page)).toBeNull();

    const before = await calls(page);
    const encoding = fixable.filter((i) => i.code === 'text.encoding');
    await page.locator('[data-code="text.encoding"] button[aria-expanded]').click();
    await page.getByRole('button', { name: `Sửa cả nhóm (${encoding.length} ô)` }).click();
    expect(await waitNotice(page, 'Đã sửa')).toContain(`Đã sửa ${encoding.length} ô`);
    await waitIdle(page);
    const afterFix = (await calls(page)).slice(before.length);
    expect(afterFix).toEqual([`applyFixes ${encoding.length}`]);
    expect(await page.locator('[data-code="text.encoding"]').count()).toBe(0);
    expect(await page.getByTestId('issue-count').innerText()).toBe(String(issues.length - encoding.length));
    // The colours put on before the fix no longer match: said once, with a way to redo them.
    await page.getByTestId('highlight-stale').waitFor();
    expect(await page.getByRole('button', { name: 'Tô màu lại' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Bỏ tô màu' }).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screen(page, '09-group-fixed');

    await page.getByRole('button', { name: 'Sửa tự động' }).click();
    await page.getByRole('button', { name: `Hoàn tác sửa (${encoding.length} ô)` }).click();
    expect(await waitNotice(page, 'Đã trả lại')).toContain(`Đã trả lại ${encoding.length} ô`);
    await waitIdle(page);
    expect((await calls(page)).slice(before.length)).toEqual([`applyFixes ${encoding.length}`, 'undoFixes']);
    expect(await page.getByTestId('issue-count').innerText()).toBe(issues.length.toLocaleString('vi-VN'));
    // Undone, the issues are those the colours were put on for: no longer stale.
    expect(await page.getByTestId('highlight-stale').count()).toBe(0);
    const name = await page.evaluate(([s, c]) => (window as unknown as PaneWindow).__baocaoFake.valueAt(s, c), [SHEET, encoding[0].cell] as const);
    expect(name).toBe(encoding[0].value);

    // "Tìm lại" starts afresh: the undo's notice goes.
    await page.getByRole('button', { name: 'Tìm lại' }).click();
    await waitIdle(page);
    expect(await notice(page)).toBeNull();
    expect(writesIn(await calls(page))).toEqual(['highlight', `applyFixes ${encoding.length}`, 'undoFixes']);
  });
});
