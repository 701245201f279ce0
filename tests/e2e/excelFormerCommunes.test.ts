// A merged commune in the Excel pane, end to end in headless Chromium over the fake Excel: one workbook holding the
// three former communes' household lists (tests/core/merged/threeCommunes.ts), one sheet each — "Gia Hòa" named
// after its former commune, "DS 3" titled "… XÃ GIA PHÚ (CŨ)", and "Trang 2" told by nothing. The clerk types the
// former communes, is asked which former commune "Trang 2" is, answers, and sees the figures by former commune; the
// hand-over to Word carries them. Screenshots at 400 × 800 go to .e2e/former-excel-*.png. Expectations come from
// the core run here on the same sheets with the same answers.
import type { Page } from 'playwright-core';
import { analyse, type WorkbookInput } from '../../src/core/analyse';
import { HANDOVER_KEY } from '../../src/hosts/handover';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { parseMergerText } from '../../src/taskpane/merger/merger';
import type { ReportInput } from '../../src/core/report/input';
import { GIA_HOA, GIA_PHU, GIA_THINH, workbook, type Row } from '../core/merged/threeCommunes';
import { expand, overflowingElements, panesClosedAfterEach, paneShot, plainGrids, waitIdle, waitNotice, paneSession } from './harness';

jest.setTimeout(120_000);

const vi = (k: UiKey, p?: Record<string, string | number>) => uiText('vi', k, p);
const sheet = (name: string, titles: [string, string], rows: Row[]) => ({ ...workbook('x', titles, rows).sheets[0], sheet: name });
const WORKBOOK: WorkbookInput = {
  file: 'so-ho-hoa-thinh-2025.xlsx',
  sheets: [
    sheet('Gia Hòa', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], GIA_HOA),
    sheet('Trang 2', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], GIA_THINH),
    sheet('DS 3', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH XÃ GIA PHÚ (CŨ) NĂM 2025'], GIA_PHU),
  ],
};
const LINES = 'Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3 → Thôn 2\nGia Phú: Phú An → Thôn Phú An, Phú Lợi → Thôn Phú Lợi';

const session = paneSession();

const { open } = panesClosedAfterEach();
const text = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).innerText();

test('former communes typed, the unknown sheet asked and answered, the figures by former commune, sent to Word', async () => {
  const parsed = parseMergerText(LINES, 'vi');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const answered = { villages: parsed.villages, ...parsed.merger, formerCommunes: parsed.merger.formerCommunes.map((c) => (c.name === 'Gia Thịnh' ? { ...c, sheets: ['Trang 2'] } : c)) };
  const expected = analyse([structuredClone(WORKBOOK)], { confirmed: answered, today: new Date() });

  const pane = await open(session.browser, session.server.url, { workbook: { name: WORKBOOK.file, grids: plainGrids(WORKBOOK.sheets) }, width: 400, height: 800 });
  const { page } = pane;
  await waitIdle(page);
  // Nothing merged yet: no question, no breakdown.
  expect(await page.locator('[data-testid="ask-former"]').count()).toBe(0);
  expect(await page.locator('[data-testid="by-former"]').count()).toBe(0);

  // A mistake first: one sentence naming the line, nothing saved.
  // The former communes are entered where the pane says how it read the workbook.
  await expand(page, /^Đã tìm thấy: \d+$/);
  const lines = page.getByRole('textbox', { name: vi('mergerLines') });
  await lines.fill('Gia Hòa: Thôn 1, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3');
  await page.getByRole('button', { name: vi('mergerSave') }).click();
  expect(await text(page, 'merger-problems')).toContain('Thôn "Thôn 1" có ở cả các xã cũ Gia Hòa, Gia Thịnh mà chưa đổi tên');
  await paneShot(page, 'former-excel-1-mistake');

  await lines.fill(LINES);
  await page.getByRole('button', { name: vi('mergerSave') }).click();
  await waitNotice(page, vi('mergerSaved', { n: 3, list: 'Thôn Hòa Bình, Thôn 2, Thôn 1 và 2 thôn khác' }));
  await waitIdle(page);

  // "Trang 2" is told by nothing: asked, with the three former communes to choose from.
  const ask = page.locator('[data-testid="ask-former"]');
  expect(await ask.count()).toBe(1);
  expect(await ask.innerText()).toContain(vi('mergerAskSheet', { sheet: 'Trang 2' }));
  expect(await page.locator('main').innerText()).not.toContain('formerCommunes › sheets');
  expect(await overflowingElements(page)).toEqual([]);
  await paneShot(page, 'former-excel-2-asked');
  await ask.getByRole('combobox').selectOption('Gia Thịnh');
  await waitNotice(page, vi('mergerAssigned', { what: vi('mergerWhatSheet', { sheet: 'Trang 2' }), name: 'Gia Thịnh' }));
  await waitIdle(page);
  expect(await page.locator('[data-testid="ask-former"]').count()).toBe(0);

  // The figures by former commune, as the core counts them with the same answers.
  const by = expected.formerCommunes!;
  expect(by.map((c) => [c.name, c.households?.total, c.households?.poverty.poor])).toEqual([['Gia Hòa', 4, 2], ['Gia Thịnh', 5, 1], ['Gia Phú', 4, 1]]);
  const shown = await text(page, 'by-former');
  for (const c of by) expect(shown).toContain(`${c.name}: ${c.households!.total} hộ · Hộ nghèo ${c.households!.poverty.poor}`);
  expect(shown).toContain('Sổ: "Trang 2" (theo hồ sơ)');
  expect(shown).toContain('Sổ: "DS 3" (theo tiêu đề)');
  expect(shown).toContain('Sổ: "Gia Hòa" (theo tên trang)');
  expect(await overflowingElements(page)).toEqual([]);
  await paneShot(page, 'former-excel-3-by-former');

  // Sent to Word: the report input carries the breakdown (the Word pane's option states it).
  await page.getByRole('button', { name: vi('sendToWord') }).click();
  await waitNotice(page, vi('sentToWord'));
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), HANDOVER_KEY)) ?? 'null') as { parts: { households: { input: ReportInput } } };
  expect(stored.parts.households.input.formerCommunes?.map((c) => [c.name, c.households?.total, c.households?.poverty?.poor])).toEqual(by.map((c) => [c.name, c.households?.total, c.households?.poverty.poor]));

  // Kept in the workbook: a new look reads the same former communes and answers.
  const saved = await page.evaluate(() => (window as unknown as { __baocaoFake: { settings: { profile?: { formerCommunes?: Array<{ name: string; sheets?: string[] }> } } } }).__baocaoFake.settings.profile?.formerCommunes);
  expect(saved?.map((c) => [c.name, c.sheets ?? []])).toEqual([['Gia Hòa', []], ['Gia Thịnh', ['Trang 2']], ['Gia Phú', []]]);
});
