import { findingsOf } from './helpers';

const numbering = (lines: string[]) => findingsOf('report.numbering', lines).map((f) => ({ p: f.paragraph, m: f.message }));

const body = (h: string) => [h, 'Nội dung của mục này được trình bày ngắn gọn.'];
/** Headings each followed by a line of text, as in a report: heading k is paragraph 2k. */
const outline = (headings: string[]) => headings.flatMap(body);

describe('report.numbering', () => {
  test('nested sequences that restart under each parent are silent: I, 1, a), 1.1., Vietnamese and Latin letters', () => {
    const doc = [
      'BÁO CÁO', ...body('I. KẾT QUẢ'), ...body('1. Đặc điểm'), ...body('2. Kết quả'), ...body('a) Về phong trào'), ...body('b) Về khen thưởng'),
      ...body('c) Về cấp trên'), ...body('d) Khác'), ...body('đ) Thêm'), ...body('e) Cuối'), ...body('3. Đánh giá'), ...body('3.1. Ưu điểm'), ...body('3.2. Hạn chế'),
      ...body('II. PHƯƠNG HƯỚNG'), ...body('1. Mục tiêu'), ...body('a. Một'), ...body('b. Hai'), ...body('c. Ba'), ...body('d. Bốn'), ...body('e. Năm'), ...body('f. Sáu'),
      ...body('2. Nhiệm vụ'), ...body('a) Lại từ đầu'), ...body('III. KIẾN NGHỊ'), '1', '2', '- Như trên;',
    ];
    expect(numbering(doc)).toEqual([]);
  });

  test('a sub-sequence that carries on across parents (I: 1, 2; II: 3, 4) is taken as deliberate', () => {
    expect(numbering(outline(['I. A', '1. Một', '2. Hai', 'II. B', '3. Ba', '4. Bốn']))).toEqual([]);
  });

  test('a skipped number is reported once, at the heading that skips', () => {
    expect(numbering(outline(['I. A', '1. Một', '2. Hai', '4. Bốn', 'II. B']))).toEqual([{ p: 6, m: 'Đề mục "4." bị nhảy số: sau "2." phải là "3.".' }]);
  });

  test('a repeated number is reported, and the sequence goes on from it', () => {
    expect(numbering(outline(['I. A', 'a) Một', 'b) Hai', 'b) Hai nữa', 'c) Ba']))).toEqual([{ p: 6, m: 'Đề mục "b)" bị lặp lại (đoạn 5 cũng là "b)"); sau "b)" phải là "c)".' }]);
  });

  test('one mislabelled heading is one finding, not two, when the next one carries on as if it were right', () => {
    expect(numbering(outline(['I. A', '1. Một', '2. Hai', '4. Ba', '4. Bốn', '5. Năm'])).map((f) => f.p)).toEqual([6]);
    expect(numbering(outline(['I. A', 'II. B', 'IV. C', 'IV. D'])).map((f) => f.p)).toEqual([4]);
  });

  test('a sequence that does not restart under a new parent is reported', () => {
    expect(numbering(outline(['I. A', '1. Một', '2. Hai', '3. Ba', 'II. B', '2. Hai', '3. Ba']))).toEqual([{ p: 10, m: 'Đề mục đầu tiên dưới "II." phải là "1." (đang là "2.").' }]);
  });

  test('a Roman sequence out of order and a 1.1. heading under the wrong parent are reported', () => {
    expect(numbering(outline(['II. A', 'I. B'])).map((f) => f.p)).toEqual([0, 2]);
    expect(numbering(outline(['I. A', '1. Một', '2. Hai', '1.1. Sai', '1.2. Sai']))).toHaveLength(2);
  });

  test('long body paragraphs and lines that only look numbered ("1.412 hộ", "2 thôn") are not headings', () => {
    expect(numbering(['I. A', '1. Một', '1.412 hộ tham gia.', '2 thôn đạt chuẩn.', '2. Hai'])).toEqual([]);
  });
});
