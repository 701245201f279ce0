// Where a finding is: the heading path of the document's outline and the body paragraph's number (table cells and
// empty paragraphs not counted), or the table.
import { checkReport } from '../../../src/core/check';

const REPORT = [
  'UỶ BAN NHÂN DÂN XÃ AN HÒA',
  'Số: 12/BC-UBND',
  'BÁO CÁO',
  'I. KẾT QUẢ NĂM 2023',
  '1. Đặc điểm tình hình',
  'Toàn xã có 1.412 hộ với 5.146 nhân khẩu.',
  '',
  '2. Kết quả các phong trào',
  'a) Phong trào văn hóa',
  'Có 1.139/1.216 hộ đạt danh hiệu Gia đình văn hóa (đạt 95,7%).',
  'b) Phong trào giảm nghèo',
  'Số hộ nghèo 31 hộ; Quyết định số 14/QĐ-UBND ngày 31/11/2023.',
  'Thôn',
  'Số hộ',
  '2.1. Một mục con',
  'Kết quả được báo cáo báo cáo đầy đủ.',
  'II. PHƯƠNG HƯỚNG NĂM 2024',
  'Tiếp tục ngày 30/02/2024 triển khai.',
  'Trên đây là báo cáo của UBND xã An Hòa./.',
  'Nơi nhận: ngày 32/12/2023',
];
const layout = { table: REPORT.map((t) => (t === 'Thôn' || t === 'Số hộ' ? 0 : null)) };

describe('finding locations', () => {
  const found = checkReport(REPORT, { layout });
  const at = (needle: string) => found.find((f) => f.excerpt.includes(needle));

  test('a finding under headings names the path and the body paragraph counted without blanks and table cells', () => {
    expect(at('95,7%')).toMatchObject({ paragraph: 9, location: 'Mục I.2.a, đoạn 9', locationEn: 'Section I.2.a, paragraph 9' });
    expect(at('31/11/2023')).toMatchObject({ paragraph: 11, location: 'Mục I.2.b, đoạn 11' });
    // "2.1." under "2." continues its path; the table cells before it are not counted.
    expect(at('báo cáo báo cáo')).toMatchObject({ paragraph: 15, location: 'Mục I.2.1, đoạn 13' });
    expect(at('30/02/2024')).toMatchObject({ location: 'Mục II, đoạn 15' });
  });

  test('the closing and the title block are outside the outline: a paragraph number alone', () => {
    expect(at('32/12/2023')).toMatchObject({ location: 'Đoạn 17', locationEn: 'Paragraph 17' });
  });

  test('a finding in a table names the table', () => {
    const f = checkReport(['I. KẾT QUẢ', 'Nội dung.', 'Ngày 31/11/2023', 'Cộng'], { layout: { table: [null, null, 0, 0] } });
    expect(f.find((x) => x.code === 'report.date')).toMatchObject({ location: 'Mục I, biểu 1', locationEn: 'Section I, table 1' });
  });

  test('without layout every paragraph counts as body', () => {
    expect(checkReport(['Ngày 31/11/2023'])[0]).toMatchObject({ paragraph: 0, location: 'Đoạn 1' });
  });
});

describe('locations from the tables read with their cells', () => {
  test('without a layout, the paragraphs of the tables given are table cells: not counted, never headings', () => {
    const paragraphs = ['I. KẾT QUẢ', 'Nội dung.', '1. Có', '2. Không', 'Ngày 31/11/2023', 'Sau bảng: ngày 31/11/2023'];
    const slot = (p: number) => ({ text: paragraphs[p], paragraph: p, row: 0, column: 0 });
    const tables = [{ grid: [[slot(2), slot(3)], [slot(4), slot(4)]], start: 2, end: 5 }];
    const found = checkReport(paragraphs, { tables }).filter((f) => f.code === 'report.date');
    expect(found.map((f) => f.location)).toEqual(['Mục I, biểu 1', 'Mục I, đoạn 3']);
  });
});
