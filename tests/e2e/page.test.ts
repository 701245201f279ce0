// The pane outside Office as a web page, served by the documented command (`npm run serve`, scripts/serve.js) in
// headless Chromium: open the sample workbooks with the file picker, check the issue count and the summary figures
// against the samples' keys, download the report .docx and read it back, open a report in the Word view and list
// its findings; and record that the page asked for nothing outside its own origin. Screenshots for the clerks'
// guide (docs/huong-dan.md) are saved in .e2e/ under the names docs/images/ uses.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, OFFICE_TELEMETRY_BLOCKED, ROOT, SHOTS } from './harness';
import { SAMPLES, sampleKey } from '../samples';
import { readWorkbookFile } from '../../src/io/xlsx';
import { analyse } from '../../src/core/analyse';
import { toPaneAnalysis } from '../../src/taskpane/excel/paneAnalysis';
import { docxParagraphsOfBytes } from '../../src/io/docxParagraphs';
import { reportToDocx } from '../../src/io/docx';
import { text } from '../../src/core/report/model';
import { viNumber } from '../../src/core/text/numbers';

jest.setTimeout(240_000);

const FILES = ['households-merged.xlsx', 'awards-sectioned.xlsx'].map((f) => path.join(SAMPLES, f));

interface Served {
  url: string;
  child: ChildProcess;
}

/** Starts `node scripts/serve.js` (what `npm run serve` runs) on a free port, over http, and reads its address line. */
function serve(): Promise<Served> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.js'), '--port', '0', '--http', '--no-build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.js said nothing useful: ${out}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Báo cáo xã: (http:\/\/localhost:\d+)\/taskpane\.html/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve.js exited ${code}: ${out}`)));
  });
}

let served: Served;
let browser: Browser;
let context: BrowserContext;
const outside: string[] = [];
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !OFFICE_TELEMETRY_BLOCKED.test(m.text())) problems.push(`console.error: ${m.text()}`);
  });
  // The page calls no server but its own: every request is recorded; data: and blob: URLs stay in the page.
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(data|blob):/.test(u) && new URL(u).origin !== new URL(served.url).origin) outside.push(u);
  });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  served = await serve();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (served) {
    const exited = new Promise((r) => served.child.once('exit', r));
    served.child.kill('SIGTERM');
    await exited;
  }
});

afterEach(() => {
  expect(problems).toEqual([]);
  expect(outside).toEqual([]);
});

test('the Excel view opens the sample workbooks, counts their issues, sums them up as the keys say, and downloads the report', async () => {
  const page = await newPage();
  await page.goto(`${served.url}/taskpane.html`);
  await page.getByText('Mở sổ của xã', { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByText('không tải lên đâu cả').waitFor();
  await shot(page, 'trang-mo-so');

  await page.setInputFiles('[data-testid=file-input]', FILES);
  await page.waitForSelector('[data-testid=issue-count]', { timeout: 90_000 });
  // The same core in Node, on the same files: the page shows every issue it finds.
  const books = await Promise.all(FILES.map((f) => readWorkbookFile(f)));
  const expected = toPaneAnalysis(analyse(books, { today: new Date() }), 'vi').registers.flatMap((r) => r.issues).length;
  expect(await page.textContent('[data-testid=issue-count]')).toBe(viNumber(expected));
  await page.getByText('Đang xem: households-merged.xlsx, awards-sectioned.xlsx').waitFor();
  await shot(page, 'excel-loi');

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const summary = page.locator('[data-testid=summary]');
  await summary.waitFor();
  const h = sampleKey('households-merged').summary.households as { total: number; persons: number; poverty: { poor: number; nearPoor: number }; culturalFamily: { registered: number; achieved: number } };
  const w = sampleKey('awards-sectioned').summary.awards as { total: number };
  const totalRow = (await summary.locator('tr', { hasText: 'Toàn xã' }).first().locator('td').allTextContents()).map((t) => t.trim());
  expect(totalRow.slice(0, 5)).toEqual(['Toàn xã', viNumber(h.total), viNumber(h.persons), viNumber(h.poverty.poor), viNumber(h.poverty.nearPoor)]);
  expect(totalRow.slice(6, 8)).toEqual([viNumber(h.culturalFamily.registered), viNumber(h.culturalFamily.achieved)]);
  const awardsTotal = (await summary.locator('section[aria-label="Khen thưởng theo cấp"] tr', { hasText: 'Tổng cộng' }).locator('td').allTextContents()).map((t) => t.trim());
  expect(awardsTotal[1]).toBe(viNumber(w.total));
  await expect(summary.locator('[data-testid=chart-column] rect').count()).resolves.toBeGreaterThan(1);
  await expect(summary.locator('[data-testid=chart-pie] path').count()).resolves.toBeGreaterThan(1);
  await page.screenshot({ path: path.join(SHOTS, 'trang-tong-hop.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Báo cáo' }).click();
  await page.locator('[data-testid=report-preview]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-docx]')]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-\d{4}(-xa-[a-z0-9-]+)?\.docx$/);
  const file = path.join(SHOTS, 'page-report.docx');
  await download.saveAs(file);
  const paragraphs = await docxParagraphsOfBytes(new Uint8Array(fs.readFileSync(file)), 'page-report.docx');
  const all = paragraphs.join('\n');
  expect(paragraphs[0]).toMatch(/^SỐ LIỆU BÁO CÁO TỔNG KẾT NĂM \d{4}/);
  expect(all).toContain(`${viNumber(h.culturalFamily.achieved)}/${viNumber(h.culturalFamily.registered)} hộ gia đình đạt danh hiệu Gia đình văn hóa`);
  expect(all).toContain(`số hộ nghèo ${viNumber(h.poverty.poor)} hộ`);
  await page.locator('[data-testid=download-notice]').getByText(download.suggestedFilename()).waitFor();
  await shot(page, 'trang-bao-cao');
  await page.getByRole('tab', { name: 'Sổ' }).click();
  // What was found, and the panel that corrects a column the reader took wrongly.
  await page.getByRole('button', { name: /^Đã tìm thấy/ }).click();
  await page.getByRole('button', { name: 'Sửa cột' }).first().click();
  await shot(page, 'excel-sua-cot');
  await page.close();
});

test('the Word view opens a report .docx, checks it and lists what to look at', async () => {
  const report = await reportToDocx({
    sections: [{
      id: 'van-hoa',
      title: 'Báo cáo',
      blocks: [
        { type: 'heading', level: 1, runs: text('I. KẾT QUẢ NĂM 2023') },
        { type: 'paragraph', runs: text('Năm 2023, toàn xã có 120 hộ nghèo trên tổng số 100 hộ, tỷ lệ 120%.') },
        { type: 'heading', level: 1, runs: text('III. PHƯƠNG HƯỚNG NĂM 2024') },
        { type: 'paragraph', runs: text('An Hòa, ngày    tháng    năm 2023') },
      ],
    }],
  });
  const file = path.join(SHOTS, 'bao-cao-can-xem.docx');
  fs.writeFileSync(file, report);

  const page = await newPage();
  await page.goto(`${served.url}/taskpane.html?host=word`);
  // The figures from the sample workbooks, through the page's file input: sections to choose, and their preview.
  await page.setInputFiles('[data-testid=file-input]', FILES);
  await page.getByText('Đã đọc: households-merged.xlsx, awards-sectioned.xlsx.').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.locator('[data-testid=download-docx]').isEnabled()).resolves.toBe(true);
  await shot(page, 'word-muc-bao-cao');
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(page.locator('[data-testid=summary] [data-testid=summary-table]').count()).resolves.toBeGreaterThan(1);
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  // The check's panel opens from its header; the report is opened through its picker.
  await page.getByRole('button', { name: 'Kiểm tra báo cáo' }).first().click({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Mở báo cáo (.docx)…' }).waitFor();
  await page.setInputFiles('[data-testid=open-report]', file);
  const findings = page.locator('[data-testid=findings] li');
  await findings.first().waitFor({ timeout: 30_000 });
  const texts = await findings.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(2);
  expect(texts.join('\n')).toMatch(/II\b|số thứ tự|đánh số/i); // "III" follows "I": numbering skips II
  expect(texts.join('\n')).toMatch(/ngày|tháng|để trống/i); // the blank date
  await page.getByText('Đã mở báo cáo "bao-cao-can-xem.docx"').waitFor();
  // A click on a finding puts the cursor on its paragraph in the document beside the pane.
  await findings.first().locator('button').click();
  await shot(page, 'word-kiem-tra');
  await page.close();
});
