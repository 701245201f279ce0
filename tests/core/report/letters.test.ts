// The add-in's own sub-headings carry no fixed letter: none by default, or the letters the clerk asks for, or those
// that follow the heading before the cursor in the document.
import { buildReport, letterAfter } from '../../../src/core/report/sections';
import { runsText } from '../../../src/core/report/model';
import { checkReport } from '../../../src/core/check';
import { reportText } from '../../../src/core/report/plainText';
import { sampleInput } from './fixtures';

const headings = (doc: ReturnType<typeof buildReport>) => doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'heading' ? [runsText(b.runs)] : [])));

describe('sub-heading letters', () => {
  test('by default the award sections\' headings carry no letter', async () => {
    const doc = buildReport(await sampleInput('awards-flat'), ['khen-thuong', 'cap-tren']);
    expect(headings(doc)).toEqual(['Về công tác khen thưởng', 'Thành tích được cấp trên khen thưởng']);
  });

  test('asked for, the letters follow each other from the one given, in its punctuation', async () => {
    const input = await sampleInput('awards-flat');
    expect(headings(buildReport(input, ['khen-thuong', 'cap-tren'], { firstLetter: 'b)' }))).toEqual(['b) Về công tác khen thưởng', 'c) Thành tích được cấp trên khen thưởng']);
    expect(headings(buildReport(input, ['cap-tren'], { firstLetter: 'd.' }))).toEqual(['d. Thành tích được cấp trên khen thưởng']);
    expect(headings(buildReport(input, ['khen-thuong', 'cap-tren'], { firstLetter: 'd)' }))).toEqual(['d) Về công tác khen thưởng', 'đ) Thành tích được cấp trên khen thưởng']);
    // Not a letter: no letter.
    expect(headings(buildReport(input, ['khen-thuong'], { firstLetter: '2.' }))).toEqual(['Về công tác khen thưởng']);
  });

  test('the letter after the heading before the cursor: the next in Vietnamese order, same punctuation', () => {
    expect(letterAfter('a) Về phong trào thi đua')).toBe('b)');
    expect(letterAfter('d. Phong trào xây dựng nông thôn mới')).toBe('đ.');
    expect(letterAfter('đ) Cải cách hành chính')).toBe('e)');
    expect(letterAfter('2. Kết quả các phong trào thi đua')).toBeNull();
    expect(letterAfter('Nội dung báo cáo')).toBeNull();
  });

  test('inserted after "a) …" with the letter it gives, the sections keep the report\'s numbering whole', async () => {
    const input = await sampleInput('awards-flat');
    const before = ['BÁO CÁO', 'I. KẾT QUẢ NĂM 2024', '1. Đặc điểm tình hình', 'Xã có 8 thôn.', '2. Kết quả các phong trào thi đua', 'a) Về phong trào thi đua', 'Các phong trào được phát động sâu rộng.'];
    const inserted = reportText(buildReport(input, ['khen-thuong', 'cap-tren'], { firstLetter: letterAfter(before[before.length - 2]) ?? undefined }), false).split('\n').filter((l) => l.trim());
    const numbering = checkReport([...before, ...inserted, '3. Đánh giá chung', 'Tốt.']).filter((f) => f.code === 'report.numbering');
    expect(numbering).toEqual([]);
    // With a letter out of place the check says so: the letters are real headings to it.
    const wrong = reportText(buildReport(input, ['khen-thuong', 'cap-tren'], { firstLetter: 'c)' }), false).split('\n').filter((l) => l.trim());
    expect(checkReport([...before, ...wrong, '3. Đánh giá chung', 'Tốt.']).filter((f) => f.code === 'report.numbering')).toHaveLength(1);
  });
});
