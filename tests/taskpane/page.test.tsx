// The page outside Office, its parts that run without a browser: the summary tables and charts rendered to static
// markup, the sheets of several files in one workbook, the report file's name and bytes, the worker's "read"
// request, and a report .docx opened into the in-memory document.
import { renderToStaticMarkup } from 'react-dom/server';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { SummaryView } from '../../src/taskpane/page/SummaryView';
import { ColumnChart, PieChart } from '../../src/taskpane/page/Charts';
import { combinedGrids } from '../../src/taskpane/page/combinedGrids';
import { reportFileName } from '../../src/taskpane/page/DownloadReport';
import { runRequest } from '../../src/taskpane/worker/runAnalysis';
import type { WorkerMessage } from '../../src/taskpane/worker/protocol';
import { summarySheetModel } from '../../src/hosts/excel/summarySheet';
import { FakeWord } from '../../src/hosts/word/fakeWord';
import { reportToDocx } from '../../src/io/docx';
import { docxParagraphsOfBytes } from '../../src/io/docxParagraphs';
import { buildReport, reportFileTitle } from '../../src/core/report/sections';
import { reportInputOf } from '../../src/core/report/input';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { isReportFile } from '../../src/taskpane/fileTypes';
import { ReportView } from '../../src/taskpane/page/ReportView';
import { PROFILE, WORKBOOKS } from '../core/merged/threeCommunes';

const render = (el: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function grid(sheet: string, values: Grid['values']): Grid {
  return { sheet, values, merges: [], originRow: 1, originColumn: 1 } as Grid;
}

/** A small household register: 3 villages, poor and cultural-family marks, written by hand here. */
function register(): Grid {
  const rows: Grid['values'] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH']];
  const villages = ['Đông', 'Tây', 'Nam'];
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];
  for (let i = 0; i < 30; i++) rows.push([i + 1, `${names[i % 6]} ${i}`, 1950 + i, villages[i % 3], 2 + (i % 4), i % 10 === 0 ? 'x' : null, 'x', i % 5 === 4 ? null : 'x']);
  return grid('Sổ hộ', rows);
}

describe('the summary tab', () => {
  const a = analyse([{ file: 'so.xlsx', sheets: [register()] }], { today: new Date('2024-12-01T00:00:00Z') });
  const model = summarySheetModel(a, 'so.xlsx', new Date('2024-12-01T08:00:00Z'));

  it('shows every table of the summary sheet with Vietnamese numbers, the totals and both charts', () => {
    const html = render(<SummaryView model={model} lang="vi" />);
    const text = textOf(html);
    expect(html).toContain('data-testid="summary"');
    expect(html.match(/data-testid="summary-table"/g)).toHaveLength(model.tables.length);
    // 30 households, 3 poor (rows 1, 11, 21), 24 of 30 achieved: 80,0%.
    expect(text).toContain('Toàn xã 30');
    expect(text).toMatch(/Toàn xã 30 \d+ 3 .* 30 24 80,0/);
    expect(html).toContain('data-testid="chart-column"');
    expect(html).toContain('data-testid="chart-pie"');
    for (const v of ['Đông', 'Tây', 'Nam']) expect(text).toContain(v);
  });

  it('says there is nothing to summarise rather than drawing empty tables', () => {
    expect(textOf(render(<SummaryView model={null} lang="vi" />))).toContain('Chưa có số liệu để tổng hợp.');
    expect(textOf(render(<SummaryView model={{ ...model, tables: [] }} lang="en" />))).toContain('No figures to summarise yet.');
  });
});

describe('the charts', () => {
  it('draw a column per point, scaled to the maximum, labelled in Vietnamese', () => {
    const html = render(<ColumnChart title="Tỷ lệ" points={[{ label: 'Đông', value: 80 }, { label: 'Tây', value: 40 }]} max={100} />);
    const heights = [...html.matchAll(/<rect[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect(heights[0]).toBeCloseTo(2 * heights[1], 5);
    expect(html).toContain('80,0');
  });

  it('give each slice of the pie its share in the legend, and a single class a whole circle', () => {
    const text = textOf(render(<PieChart title="Phân loại" points={[{ label: 'Hộ nghèo', value: 1 }, { label: 'Hộ khác', value: 3 }]} />));
    expect(text).toContain('Hộ nghèo: 1 (25,0%)');
    expect(text).toContain('Hộ khác: 3 (75,0%)');
    const whole = render(<PieChart title="Một loại" points={[{ label: 'Hộ khác', value: 5 }, { label: 'Hộ nghèo', value: 0 }]} />);
    expect(whole.match(/<path/g)).toHaveLength(1);
    expect(whole).toMatch(/<path d="M [\d.]+ [\d.]+ a /);
  });
});

describe('several files in one in-memory workbook', () => {
  it('keeps sheet names, and gives a name met twice a number', () => {
    const grids = combinedGrids([
      { file: 'a.xlsx', sheets: [grid('Sheet1', [['x']]), grid('Thôn Đông', [['y']])] },
      { file: 'b.xlsx', sheets: [grid('Sheet1', [['z']]), grid('Sheet1 (2)', [['w']])] },
    ]);
    expect(grids.map((g) => g.sheet)).toEqual(['Sheet1', 'Thôn Đông', 'Sheet1 (2)', 'Sheet1 (2) (2)']);
    expect(grids[2].values).toEqual([['z']]);
  });

  it('tells a report from a register by its name', () => {
    expect(isReportFile('Báo cáo.DOCX')).toBe(true);
    expect(isReportFile('so-ho.xlsx')).toBe(false);
  });
});

describe('the report download', () => {
  it('names the file by year and commune, without accents', () => {
    expect(reportFileName({ year: 2024, commune: 'Tân Lập' })).toBe('bao-cao-2024-xa-tan-lap.docx');
    expect(reportFileName({ year: 2023, commune: 'Đồng Tâm' })).toBe('bao-cao-2023-xa-dong-tam.docx');
    expect(reportFileName({ year: 2023 })).toBe('bao-cao-2023.docx');
  });

  it('writes bytes the report reader reads back, title first (the same writer as the CLI)', async () => {
    const a = analyse([{ file: 'so.xlsx', sheets: [register()] }], { today: new Date('2024-12-01T00:00:00Z') });
    const input = reportInputOf(a, { commune: 'Tân Lập' });
    const doc = buildReport(input, ['van-hoa']);
    const bytes = await reportToDocx(doc, { title: reportFileTitle(input) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const paragraphs = await docxParagraphsOfBytes(new Uint8Array(bytes), 'bao-cao.docx');
    expect(paragraphs[0]).toBe(`SỐ LIỆU BÁO CÁO TỔNG KẾT NĂM ${a.year} – XÃ TÂN LẬP`);
    expect(paragraphs.join('\n')).toContain('24/30 hộ gia đình đạt danh hiệu Gia đình văn hóa');
  });

  it('refuses a file that is not a Word report, with the reason in Vietnamese', async () => {
    await expect(docxParagraphsOfBytes(new TextEncoder().encode('not a zip'), 'x.docx')).rejects.toMatchObject({ messageVi: expect.stringContaining('không phải là tệp Word') });
  });
});

describe("the worker's read request", () => {
  it('reads picked files into workbooks, reporting progress per file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thôn Đông').addRows([['STT', 'Họ và tên chủ hộ'], [1, 'Nguyễn Văn An']]);
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const messages: WorkerMessage[] = [];
    await runRequest({ id: 7, type: 'read', files: [{ name: 'a.xlsx', bytes }, { name: 'b.xlsx', bytes }] }, (m) => messages.push(m));
    expect(messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : -1))).toEqual([1, 2]);
    const last = messages[messages.length - 1];
    expect(last.type).toBe('workbooks');
    if (last.type !== 'workbooks') return;
    expect(last.workbooks.map((w) => w.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(last.workbooks[0].sheets[0].sheet).toBe('Thôn Đông');
    expect(last.workbooks[0].sheets[0].values[1]).toEqual([1, 'Nguyễn Văn An']);
  });

  it('answers a file it cannot read with one sentence naming it', async () => {
    const messages: WorkerMessage[] = [];
    await runRequest({ id: 8, type: 'read', files: [{ name: 'hong.xlsx', bytes: new TextEncoder().encode('PK\u0003\u0004 cut').buffer as ArrayBuffer }] }, (m) => messages.push(m));
    const last = messages[messages.length - 1];
    expect(last).toMatchObject({ id: 8, type: 'error', message: expect.stringContaining('hong.xlsx') });
  });
});

describe('a report opened into the in-memory document', () => {
  it('replaces the document, puts the cursor at its start and tells the page', () => {
    let changes = 0;
    const d = new FakeWord(['Bản nháp'], () => changes++);
    d.open(['BÁO CÁO', 'Năm 2024, toàn xã có 30 hộ.']);
    expect(d.paragraphs().map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['BÁO CÁO', 'Năm 2024, toàn xã có 30 hộ.']);
    expect(d.cursor).toBe(d.paragraphs()[0]);
    expect(changes).toBe(1);
  });
});

describe('the report tab of a merged commune', () => {
  it('offers the former communes\' lines (off) only when the figures have former communes', () => {
    const merged = reportInputOf(analyse(WORKBOOKS, { profile: PROFILE, today: new Date('2026-01-10T00:00:00Z') }), PROFILE);
    const html = render(<ReportView input={merged} lang="vi" />);
    expect(html).toContain('data-testid="by-former-commune"');
    expect(html).not.toMatch(/data-testid="by-former-commune"[^>]*checked/);
    // Off: the preview has no former commune's line.
    expect(textOf(html)).not.toContain('Địa bàn xã Gia Hòa (cũ)');
    const plain = reportInputOf(analyse([{ file: 'so.xlsx', sheets: [register()] }], { today: new Date('2024-12-01T00:00:00Z') }));
    expect(render(<ReportView input={plain} lang="vi" />)).not.toContain('by-former-commune');
  });
});
