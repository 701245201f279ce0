// Sync counts of the Office.js adapters on large documents, against the fake object models the adapter tests use.
// Compiled by bench/run.js (tsconfig in bench/) and printed by `npm run bench`: counts, not times.
/// <reference types="office-js" />
import { OfficeExcel, countSyncs } from '../src/hosts/excel/officeExcel';
import { OfficeWord, countWordSyncs } from '../src/hosts/word/officeWord';
import { MockSheet, MockWorkbook, type Raw } from '../tests/hosts/mockExcelModel';
import { Doc, MParagraph, plainRun } from '../tests/hosts/mockWordModel';
import { buildReport } from '../src/core/report/sections';
import type { ReportInput } from '../src/core/report/input';

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

/** A report input with `awards` award rows (for the awards table) and households in nine villages. */
function reportInput(awards: number): ReportInput {
  const villages = ['An Lạc', 'An Phú', 'Đông Hải', 'Tây Sơn', 'Bắc Hà', 'Nam Thịnh', 'Phú Lộc', 'Vĩnh Khang', 'Hòa Bình'];
  const counts = { total: 150, persons: 540, poverty: { poor: 4, nearPoor: 5, average: 15 }, culturalFamily: { registered: 130, achieved: 120 }, learningFamily: 100, rates: { poor: 2.67, nearPoor: 3.33, average: 10, culturalFamilyAchieved: 92.3 } };
  const n = villages.length;
  return {
    year: 2023, commune: 'An Hòa', villages,
    households: { ...counts, total: counts.total * n, persons: counts.persons * n, rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' }, byVillage: villages.map((village) => ({ village, known: true, ...counts })), withoutVillage: 0 },
    awardItems: Array.from({ length: awards }, (_, i) => ({
      recipientName: `Người nhận ${i + 1}`, recipientKind: i % 3 ? 'individual' : 'collective', position: 'Giáo viên Trường Tiểu học An Hòa', form: 'Giấy khen',
      authority: i % 2 ? 'Chủ tịch UBND xã An Hòa' : 'Chủ tịch UBND huyện Gia Viễn', level: i % 2 ? 'xa' : 'huyen', communeChair: i % 2 === 1, party: false, higher: i % 2 === 0,
      decisionNo: '215/QĐ-UBND', decisionDate: { y: 2023, m: 12, d: 20 }, amount: 300000,
    })),
  } as ReportInput;
}

export async function wordSyncCounts(awards: number): Promise<Record<string, number>> {
  const doc = new Doc();
  doc.body = ['Kính gửi: UBND huyện', 'Cuối văn bản'].map((t) => new MParagraph(doc, t));
  doc.cursor = doc.body[0] as MParagraph;
  const counted = countWordSyncs(plainRun(doc));
  const store = new Map<string, unknown>();
  const settings = { get: (k: string) => store.get(k), set: (k: string, v: unknown) => void store.set(k, v), saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }) };
  const word = new OfficeWord(counted.run, { settings, mergeCells: false });
  const sections = buildReport(reportInput(awards)).sections.filter((s) => !s.omitted);
  const out: Record<string, number> = {};
  const measure = async (name: string, work: () => Promise<unknown>) => {
    counted.reset();
    await work();
    out[name] = counted.count();
  };
  await measure('insertAllSections', () => word.insertSections(sections));
  // "Cập nhật tất cả" as the pane runs it: list, compare the fingerprints and refill, in one Word.run.
  await measure('updateAll', () => word.updateSections(sections, 'overwrite'));
  await measure('readParagraphs', () => word.readParagraphs());
  return out;
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100000);
  const awards = Number(process.argv[3] ?? 500);
  void (async () => {
    const excel = await excelSyncCounts(rows);
    const word = await wordSyncCounts(awards);
    process.stdout.write(`${JSON.stringify({ rows, awards, excel, word })}\n`);
  })();
}
