// Which paragraphs are headings, for report.numbering and locations: Word heading styles, or short stand-alone
// numbered paragraphs; not answer options, task lists, enumerations inside a paragraph, questions or table cells.
import { checkReport } from '../../../src/core/check';
import { readStructure } from '../../../src/core/check/structure';

const headingTexts = (paragraphs: string[], layout?: NonNullable<Parameters<typeof readStructure>[1]>['layout']) =>
  readStructure(paragraphs, { layout }).headings.map((h) => paragraphs[h.paragraph]);
const numbering = (paragraphs: string[]) => checkReport(paragraphs).filter((f) => f.code === 'report.numbering');

describe('headings', () => {
  test('answer options that follow each other are a list, however they are numbered, even restarting or with a code 9', () => {
    const doc = ['PHIẾU', 'I. THÔNG TIN', 'Câu 1. Giới tính?', '1. Nam', '2. Nữ', 'Câu 2. Tuổi?', 'a) Dưới 30', 'b) Trên 30', 'II. Ý KIẾN', '1. Ông/bà có biết không?', '1. Có', '', '2. Không', '9. Không trả lời', '2. Đánh giá thế nào?', 'a) Tốt', 'c) Chưa tốt'];
    expect(headingTexts(doc)).toEqual(['I. THÔNG TIN', 'II. Ý KIẾN']);
    expect(numbering(doc)).toEqual([]);
  });

  test('an enumeration inside one paragraph is no heading: "1. Có 2. Không", "a) Nam; b) Nữ"', () => {
    expect(headingTexts(['I. A', 'Nghề nghiệp: 1. Nông nghiệp 2. Buôn bán', '1. Nông nghiệp   2. Buôn bán   3. Khác', 'a) Có  b) Không', 'a) Nam; b) Nữ'])).toEqual(['I. A']);
  });

  test('a numbered task list under a heading is a list; items ending in ";" and questions are never headings', () => {
    const doc = ['I. A', '1. Mục tiêu', 'Nội dung.', '2. Nhiệm vụ', '1. Phát động thi đua;', '2. Tuyên truyền;', '4. Sơ kết.', '3. Tổ chức thực hiện', 'Nội dung.', '4. Ông/bà có ý kiến gì?'];
    expect(headingTexts(doc)).toEqual(['I. A', '1. Mục tiêu', '2. Nhiệm vụ', '3. Tổ chức thực hiện']);
    expect(numbering(doc)).toEqual([]);
  });

  test('a heading followed by its text is a heading, and a slip in its numbering is still found', () => {
    const doc = ['I. A', '1. Một', 'Nội dung.', '3. Ba', 'Nội dung.'];
    expect(numbering(doc).map((f) => f.paragraph)).toEqual([3]);
  });

  test('table cells are no headings; a Word heading style makes a heading even where the text alone would not', () => {
    const doc = ['I. A', '1. Có', '2. Không', 'Nội dung.', '1. Mục một', '2. Mục hai'];
    expect(headingTexts(doc, { table: [null, 0, 0, null, null, null] })).toEqual(['I. A']);
    expect(headingTexts(doc, { table: [null, 0, 0, null, null, null], outlineLevel: [0, null, null, null, 1, 1] })).toEqual(['I. A', '1. Mục một', '2. Mục hai']);
  });

  test('a long paragraph that starts with a number is text, unless it opens with a short run-in title', () => {
    const long = `1. ${'Tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân tham gia các phong trào thi đua '.repeat(3)}`;
    expect(headingTexts(['I. A', long, 'Nội dung.'])).toEqual(['I. A']);
    const runIn = `1. Công tác tuyên truyền: ${'tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân '.repeat(4)}`;
    expect(headingTexts(['I. A', runIn, 'Nội dung.'])).toEqual(['I. A', runIn]);
  });
});

describe('parts', () => {
  test('"Phần I" / "PHẦN THỨ HAI" are above the Roman sections, which restart under each; a plans part is plans', () => {
    const doc = ['BÁO CÁO', 'Phần I', 'KẾT QUẢ NĂM 2023', 'I. TÌNH HÌNH', 'Năm 2023 xã đạt nhiều kết quả.', 'II. KẾT QUẢ', 'Nội dung năm 2023.', 'PHẦN THỨ HAI', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', 'I. MỤC TIÊU', 'Phấn đấu năm 2024 đạt 95%.', 'II. GIẢI PHÁP', 'Nội dung.', 'Trên đây là báo cáo năm 2023./.'];
    expect(checkReport(doc)).toEqual([]);
    expect(readStructure(doc).year).toBe(2023);
    const skipped = doc.map((t) => (t === 'II. GIẢI PHÁP' ? 'III. GIẢI PHÁP' : t));
    expect(checkReport(skipped).map((f) => [f.code, f.location])).toEqual([['report.numbering', 'Phần II, mục III, đoạn 12']]);
  });
});

describe('a list right under a heading of its own style', () => {
  test('"3. Kiến nghị" then "1. Đề nghị …": the heading stays, the list is a list, and the numbering goes on', () => {
    const doc = ['I. A', '1. Một', 'Nội dung.', '2. Hai', 'Nội dung.', '3. Kiến nghị', '1. Đề nghị UBND huyện hỗ trợ kinh phí.', '4. Tổ chức thực hiện', 'Nội dung.'];
    expect(headingTexts(doc)).toEqual(['I. A', '1. Một', '2. Hai', '3. Kiến nghị', '4. Tổ chức thực hiện']);
    expect(numbering(doc)).toEqual([]);
    const twoItems = ['I. A', '1. Một', 'Nội dung.', '2. Nhiệm vụ', '1. Phát động thi đua', '2. Tuyên truyền', '3. Tổ chức thực hiện', 'Nội dung.'];
    expect(numbering(twoItems)).toEqual([]);
  });
});
