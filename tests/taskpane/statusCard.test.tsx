// The Excel pane's first lines, rendered without a browser: registers (a long list shortened), figures, and
// "n lỗi cần sửa, m điểm nên xem".
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { StatusCard } from '../../src/taskpane/excel/StatusCard';
import { toPaneAnalysis } from '../../src/taskpane/excel/paneAnalysis';

const textOf = (html: string) => html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

/** One household sheet per village (a common layout), `bad` rows with an unreadable household size. */
function villageSheet(village: string, rows: number, bad = 0): Grid {
  const values: Grid['values'] = [['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu']];
  for (let i = 1; i <= rows; i++) values.push([i, `Chủ hộ ${village} ${i}`, 1950 + i, village, i <= bad ? 'ba' : 1 + (i % 5)]);
  return { sheet: `Thôn ${village}`, originRow: 1, originColumn: 1, values, merges: [] };
}

function status(grids: Grid[], lang: 'vi' | 'en' = 'vi'): string {
  const a = toPaneAnalysis(analyse([{ file: 'So.xlsx', sheets: grids }], { today: new Date(Date.UTC(2026, 0, 5)) }), lang);
  return textOf(renderToStaticMarkup(<FluentProvider theme={webLightTheme}><StatusCard analysis={a} lang={lang} /></FluentProvider>));
}

describe('the status', () => {
  test('six village sheets: three named, "và 3 trang khác"; households and persons; errors and points to review', () => {
    const text = status(['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng'].map((v, i) => villageSheet(v, 20 + i, i === 0 ? 2 : 0)));
    expect(text).toContain('Đã tìm thấy sổ hộ gia đình "Thôn Đông" (20 dòng), sổ hộ gia đình "Thôn Tây" (21 dòng), sổ hộ gia đình "Thôn Nam" (22 dòng) và 3 trang khác.');
    expect(text).toMatch(/^Đã tìm thấy .* 135 hộ, [\d.]+ nhân khẩu /);
    expect(text).toMatch(/ 2 lỗi cần sửa, 0 điểm nên xem\.$/);
  });

  test('a clean register says so; English too', () => {
    expect(status([villageSheet('Đông', 12)])).toMatch(/Không có lỗi nào cần sửa\.$/);
    expect(status([villageSheet('Đông', 12)], 'en')).toMatch(/^Found household register "Thôn Đông" \(12 rows\)\. 12 households, [\d,]+ persons No error to fix\.$/);
  });
});

describe('the status with last year', () => {
  test('one line of main changes, with last year\'s file and year', async () => {
    const { comparePrevious } = await import('../../src/taskpane/worker/analysisRun');
    const { register, Y2022, Y2023 } = await import('../core/compare/twoYears');
    const today = new Date(Date.UTC(2026, 0, 5));
    const current = analyse([register('so-ho-2023.xlsx', 2023, Y2023)], { today });
    const a = { ...toPaneAnalysis(current, 'vi'), previous: comparePrevious([register('so-ho-2022.xlsx', 2022, Y2022)], current, { overrides: {}, lang: 'vi', today: today.toISOString() }) };
    const text = textOf(renderToStaticMarkup(<FluentProvider theme={webLightTheme}><StatusCard analysis={a} lang="vi" /></FluentProvider>));
    expect(text).toContain('So với năm 2022 ("so-ho-2022.xlsx"): Số hộ: 11 → 10 (\u22121) · Hộ nghèo: 4 → 3 (\u22121) · Hộ cận nghèo: 2 → 1 (\u22121) · Đạt Gia đình văn hóa: 5 → 4 (\u22121)');
    // Without last year, no such line.
    expect(status([villageSheet('Đông', 12)])).not.toContain('So với năm');
  });
});
