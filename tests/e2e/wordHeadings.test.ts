// The Word pane and the report's headings, in headless Chromium over the in-memory Word: sections inserted after a
// clerk's lettered heading continue its letters and keep them on "Cập nhật tất cả"; the report check reads heading
// styles as check-report reads them in a .docx. What the pane should show is computed here with the core.
import { analyse } from '../../src/core/analyse';
import { checkReport } from '../../src/core/check';
import { reportInputOf } from '../../src/core/report/input';
import { buildReport } from '../../src/core/report/sections';
import { clerkParagraph } from '../../src/hosts/word/fakeWord';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { awardWorkbook, householdWorkbook } from '../hosts/handoverRegisters';
import { expand, panesClosedAfterEach, paneSession, shot, wordIdle, type PaneWindow } from './harness';

jest.setTimeout(240_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const session = paneSession();
const panes = panesClosedAfterEach();

/** The first paragraph of each of the add-in's controls in the fake document. */
const headings = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.controls().map((c) => {
    const first = c.children[0];
    return first?.kind === 'paragraph' ? first.runs.map((r) => r.text).join('') : '';
  }));

test('a section inserted after "a) …" is lettered "b)", keeps it on "Cập nhật tất cả", and keeps a letter the clerk changed', async () => {
  const today = new Date('2025-01-10T03:00:00Z');
  const input = reportInputOf(analyse([householdWorkbook({ year: 2024, villages: ['Thôn Đông', 'Thôn Tây'], perVillage: 4 }), awardWorkbook({ year: 2024, count: 5 })], { today }));
  const handover = { at: today.toISOString(), workbook: 'So-lieu.xlsx', input };
  const script = `if (location.protocol.startsWith('http')) localStorage.setItem('baocao:handover', ${JSON.stringify(JSON.stringify(handover))});`;
  const document = ['BÁO CÁO', 'I. KẾT QUẢ NĂM 2024', 'a) Về phong trào thi đua', 'Phong trào được phát động rộng khắp.', 'II. PHƯƠNG HƯỚNG', ''];
  const { page } = await panes.open(session.browser, session.server.url, { host: 'word', document, script, width: 1200, height: 900 });
  await page.locator('main').getByText(/^Số liệu gửi từ Excel:/).waitFor();
  await wordIdle(page);
  await page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.moveCursorAfterParagraph(3));
  // The section with a sub-heading (these awards have none from higher levels: "Thành tích được cấp trên" is not
  // insertable), and the awards table after it.
  for (const section of buildReport(input).sections) {
    const box = page.getByRole('checkbox', { name: section.title, exact: true });
    if (!(await box.count()) || (await box.isDisabled())) continue;
    await box.setChecked(section.id === 'khen-thuong' || section.id === 'bang-khen-thuong');
  }
  const calls = (prefix: string) => page.evaluate((p) => (window as unknown as PaneWindow).__baocaoFakeWord.calls.filter((c) => c.startsWith(p)).length, prefix);
  await page.getByRole('button', { name: vi('insert') }).click();
  await page.waitForFunction(() => (window as unknown as PaneWindow).__baocaoFakeWord.controls().length === 2);
  await wordIdle(page);
  const heading = async () => (await headings(page))[0];
  expect(await heading()).toBe('b) Về công tác khen thưởng');

  await page.getByRole('button', { name: vi('updateAll') }).click();
  await page.waitForFunction(() => (window as unknown as PaneWindow).__baocaoFakeWord.calls.some((c) => c.startsWith('updateSections')));
  await wordIdle(page);
  expect(await heading()).toBe('b) Về công tác khen thưởng');
  expect(await calls('updateSections ask')).toBe(1);

  // The clerk re-letters the heading by hand: the pane asks, and overwriting keeps the clerk's letter.
  await page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.editControl('baocao:khen-thuong', 'd) Về công tác khen thưởng\nSửa tay.'));
  await page.getByRole('button', { name: vi('updateAll') }).click();
  const overwrite = page.getByRole('button', { name: vi('overwrite') });
  await overwrite.waitFor();
  await overwrite.click();
  await page.waitForFunction(() => (window as unknown as PaneWindow).__baocaoFakeWord.calls.some((c) => c.startsWith('updateSections overwrite')));
  await wordIdle(page);
  expect(await heading()).toBe('d) Về công tác khen thưởng');
  expect((await headings(page)).join('\n')).not.toContain('Sửa tay');
  await shot(page, 'chu-cai-muc', { prefix: 'word', page: true });
});

test('the check reads heading styles: two styled headings "1." and "3." in a row are headings, and the skip is found', async () => {
  const { page } = await panes.open(session.browser, session.server.url, { host: 'word', document: ['Đầu văn bản'], width: 1200, height: 900 });
  const blocks = [
    clerkParagraph('BÁO CÁO Kết quả công tác năm 2024'),
    clerkParagraph('I. KẾT QUẢ NĂM 2024', 0),
    clerkParagraph('1. Công tác văn hóa', 1),
    clerkParagraph('3. Công tác xã hội', 1),
    clerkParagraph('Năm 2024 toàn xã có 1.216 hộ.'),
    clerkParagraph('Trên đây là báo cáo kết quả năm 2024./.'),
  ];
  await page.evaluate((b) => (window as unknown as PaneWindow).__baocaoFakeWord.open(b), blocks);
  const paragraphs = blocks.map((b) => b.runs.map((r) => r.text).join(''));
  const expected = checkReport(paragraphs, { layout: { outlineLevel: blocks.map((b) => b.outlineLevel ?? null) } });
  expect(expected.map((f) => [f.code, f.paragraph])).toEqual([['report.numbering', 3]]);
  // By the text alone the two would be a list, and nothing would be found.
  expect(checkReport(paragraphs)).toEqual([]);

  await expand(page, 'Kiểm tra báo cáo');
  await page.locator('main button:not([aria-expanded])', { hasText: vi('checkReport') }).click();
  const items = page.locator('[data-testid="findings"] li button');
  await items.first().waitFor({ timeout: 30_000 });
  const shown = await items.evaluateAll((els) => els.map((e) => e.children[0]?.textContent ?? ''));
  expect(shown).toHaveLength(1);
  expect(shown[0]).toContain(expected[0].message);
});
