// Sync counts of the Office.js adapters on large documents, against the fake object models the adapter tests use.
// Compiled by bench/run.js (tsconfig in bench/) and printed by `npm run bench`: counts, not times.
/// <reference types="office-js" />
import { OfficeExcel, countSyncs } from '../src/hosts/excel/officeExcel';
import { MockSheet, MockWorkbook, type Raw } from '../tests/hosts/mockExcelModel';

function installOffice(): void {
  const store = new Map<string, unknown>();
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      document: { settings: { get: (k: string) => store.get(k) ?? null, set: (k: string, v: unknown) => void store.set(k, v), saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }) } },
      requirements: { isSetSupported: (name: string) => name === 'ExcelApi' },
    },
  };
}

function register(rows: number): MockWorkbook {
  const wb = new MockWorkbook();
  const sheet = wb.add(new MockSheet('Danh sách hộ'));
  const data: Raw[][] = [['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Năm sinh', 'Số CCCD', 'Hộ nghèo', 'Hộ cận nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH', 'Gia đình học tập', 'Giới tính', 'Ghi chú']];
  for (let i = 1; i <= rows; i++) data.push([i, `Nguyễn Văn ${i}`, `Thôn ${i % 9}`, 1 + (i % 6), 1950 + (i % 50), `0370${String(i).padStart(8, '0')}`, i % 40 ? '' : 'x', '', 'x', i % 9 ? 'x' : '', 'x', i % 2 ? 'Nam' : 'Nữ', '']);
  sheet.put(1, 1, data);
  return wb;
}

export async function excelSyncCounts(rows: number): Promise<Record<string, number>> {
  installOffice();
  const wb = register(rows);
  const counted = countSyncs(wb.run);
  const excel = new OfficeExcel(counted.run);
  const out: Record<string, number> = {};
  const measure = async (name: string, work: () => Promise<unknown>) => {
    counted.reset();
    await work();
    out[name] = counted.count();
  };
  await measure('readWorkbook', () => excel.readWorkbook());
  const cells = Array.from({ length: Math.min(rows, 20000) }, (_, i) => `B${i * 5 + 2}`).filter((_, i) => i * 5 + 2 <= rows + 1);
  await measure('highlight', () => excel.highlight([{ sheet: 'Danh sách hộ', severity: 'error', cells }]));
  await measure('clearHighlight', () => excel.clearHighlight());
  await measure('applyFixes', () => excel.applyFixes(cells.slice(0, 2000).map((cell) => ({ sheet: 'Danh sách hộ', cell, value: 'Nguyễn Văn A', code: 'text.whitespace' }))));
  await measure('undoFixes', () => excel.undoFixes());
  return out;
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100000);
  void excelSyncCounts(rows).then((r) => process.stdout.write(`${JSON.stringify({ rows, excel: r })}\n`));
}
