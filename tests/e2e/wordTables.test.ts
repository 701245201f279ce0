// The Word pane's report check on a document with a statistics table, in headless Chromium: the fake Word holds a
// table with merged header cells and a wrong "Tổng cộng" cell; the pane lists the finding by table, row and column,
// and a click selects that cell.
import { uiText, type UiKey } from '../../src/i18n/ui';
import { clerkParagraph } from '../../src/hosts/word/fakeWord';
import { villageTable } from '../fixtures/villageTable';
import { expand, panesClosedAfterEach, shot, type PaneWindow, paneSession } from './harness';

jest.setTimeout(240_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);

const session = paneSession();

const panes = panesClosedAfterEach();

test('a wrong total in a merged-header table is listed by its cell, and a click selects the cell', async () => {
  const { page } = await panes.open(session.browser, session.server.url, { host: 'word', document: ['Đầu văn bản'], width: 1200, height: 900 });
  // The clerk's document: a caption, then households by village with "Hộ nghèo" over two columns, "STT", "Thôn" and
  // "Tổng số hộ" over two rows, "Tổng cộng" over two columns, and a total of 257 where the villages make 247.
  const cellParagraph = await page.evaluate(({ table, caption, end }) => {
    const w = (window as unknown as PaneWindow).__baocaoFakeWord;
    w.open([caption, table, end]);
    return w.paragraphs().indexOf(table.rows[4][2]);
  }, { table: villageTable('257'), caption: clerkParagraph('Biểu số 01'), end: clerkParagraph('Cuối văn bản') });
  expect(cellParagraph).toBeGreaterThan(0);

  await expand(page, 'Kiểm tra báo cáo');
  await page.locator('main button:not([aria-expanded])', { hasText: vi('checkReport') }).click();
  const items = page.locator('[data-testid="findings"] li button');
  await items.first().waitFor({ timeout: 30_000 });
  const shown = await items.evaluateAll((els) => els.map((e) => e.children[0]?.textContent));
  expect(shown).toEqual(['Biểu số 01, dòng Tổng cộng, cột 3 (Tổng số hộ): ghi 257, cộng các dòng được 247.']);
  await items.first().click();
  await page.waitForFunction((n) => (window as unknown as PaneWindow).__baocaoFakeWord.selected === n, cellParagraph);
  const calls = await page.evaluate(() => (window as unknown as PaneWindow).__baocaoFakeWord.calls);
  expect(calls.filter((c) => c === 'readReport')).toHaveLength(1);
  await shot(page, 'word-kiem-tra-bang');
});
