// Section so-sanh: the year's figures against last year's, in the report's own words, with two tables.
import { analyse } from '../../../src/core/analyse';
import { compareAnalyses, compareSummaries, reportComparison } from '../../../src/core/compare';
import { reportInputOf, type ReportInput } from '../../../src/core/report/input';
import { buildReport } from '../../../src/core/report/sections';
import { reportText } from '../../../src/core/report/plainText';
import { checkReport } from '../../../src/core/check';
import { summariseHouseholds } from '../../../src/core/summary/households';
import type { HouseholdRecord } from '../../../src/core/registers/households/schema';
import JSZip from 'jszip';
import { reportToDocx } from '../../../src/io/docx';
import { PROFILE_2022, PROFILE_2023, register, Y2022, Y2023 } from '../compare/twoYears';

function anHoa(renames = PROFILE_2023.renamedVillages ?? []): ReportInput {
  const cur = analyse([register('2023.xlsx', 2023, Y2023)], { profile: PROFILE_2023 });
  const prev = analyse([register('2022.xlsx', 2022, Y2022)], { profile: PROFILE_2022 });
  return { ...reportInputOf(cur), comparison: reportComparison(compareAnalyses(cur, prev, renames)) };
}

const lines = (input: ReportInput) => reportText(buildReport(input, ['so-sanh'])).split('\n');

/** `n` households of village "An Lạc", the first `poor` of them poor. */
function households(n: number, poor: number): HouseholdRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    sheet: 'DS', row: i + 5, headName: null, householdId: null, gender: null, birthYear: null, cccd: null, phone: null,
    villageText: 'An Lạc', villageFrom: 'column' as const, village: 'An Lạc', size: 4, poor: i < poor, nearPoor: false, average: false,
    culturalFamilyRegistered: null, culturalFamilyAchieved: null, learningFamily: null,
  }));
}

describe('so-sanh', () => {
  test('says the change of the poor as the issue words it: 48 → 42 households, 3,20% → 2,92%', () => {
    const cur = summariseHouseholds(households(1440, 42), ['An Lạc']);
    const prev = summariseHouseholds(households(1500, 48), ['An Lạc']);
    const input: ReportInput = { year: 2023, villages: ['An Lạc'], households: cur, awardItems: [], comparison: compareSummaries({ year: 2023, households: cur }, { year: 2022, households: prev }) };
    expect(lines(input)).toContain('- Số hộ nghèo giảm 6 hộ so với năm 2022 (từ 48 xuống 42 hộ; tỷ lệ giảm 0,28 điểm %).');
    expect(lines(input)).toContain('- Tổng số hộ toàn xã giảm 60 hộ so với năm 2022 (từ 1.500 xuống 1.440 hộ).');
  });

  test('the An Hòa registers of 2022 and 2023: every sentence, the movements and the unmatched rows', () => {
    const text = lines(anHoa());
    expect(text.slice(0, 6)).toEqual([
      '- Tổng số hộ toàn xã giảm 1 hộ so với năm 2022 (từ 11 xuống 10 hộ).',
      '- Số hộ nghèo giảm 1 hộ so với năm 2022 (từ 4 xuống 3 hộ; tỷ lệ giảm 6,36 điểm %).',
      '- Số hộ cận nghèo giảm 1 hộ so với năm 2022 (từ 2 xuống 1 hộ; tỷ lệ giảm 8,18 điểm %).',
      '- Số hộ có mức sống trung bình không thay đổi so với năm 2022 (1 hộ; tỷ lệ tăng 0,91 điểm %).',
      '- Số hộ đạt danh hiệu Gia đình văn hóa giảm 1 hộ so với năm 2022 (từ 5 xuống 4 hộ; tỷ lệ đạt giảm 16,6 điểm %).',
      'Qua đối chiếu sổ hộ gia đình năm 2023 với năm 2022: 1 hộ thoát nghèo, 1 hộ nghèo phát sinh; 1 hộ mới có tên trong sổ (trong đó 1 hộ thuộc diện nghèo); 1 hộ không còn trong sổ; 3 hộ giữ vững danh hiệu Gia đình văn hóa, 2 hộ không còn đạt. [Cần kiểm tra: 3 dòng không ghép được giữa hai năm vì có hơn một hộ cùng mã hộ, số CCCD hoặc cùng họ tên, năm sinh, thôn; các dòng này không được tính là hộ mới hay hộ không còn trong sổ.]',
    ]);
  });

  test('the comparison table: both years, the change with its sign, rates with their decimals; no column, no row', () => {
    const text = lines(anHoa());
    expect(text).toContain('Bảng: So sánh số liệu năm 2023 với năm 2022');
    expect(text).toContain('STT | Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Tăng (+), giảm (-)');
    expect(text).toContain('1 | Tổng số hộ | hộ | 11 | 10 | -1');
    expect(text).toContain('4 | Tỷ lệ hộ nghèo | % | 36,36 | 30,00 | -6,36');
    expect(text).toContain('8 | Tỷ lệ hộ có mức sống trung bình | % | 9,09 | 10,00 | +0,91');
    expect(text).toContain('11 | Tỷ lệ đạt Gia đình văn hóa | % | 83,3 | 66,7 | -16,6');
    expect(text.some((l) => l.includes('Gia đình học tập'))).toBe(false);
  });

  test('by village: a renamed village shows its old name; without the rename it is two rows and a note, never a guess', () => {
    expect(lines(anHoa())).toContain('3 | Bắc Hà (năm 2022: Nam Hà) | 3 | 3 | 0 | 0 | 0 | 0 | 2 | 2 | 0');
    const alone = lines(anHoa([]));
    expect(alone).toContain('3 | Bắc Hà (chỉ có năm 2023) | – | 3 | – | – | 0 | – | – | 2 | –');
    expect(alone).toContain('4 | Nam Hà (chỉ có năm 2022) | 3 | – | – | 0 | – | – | 2 | – | –');
    expect(alone.at(-1)).toBe('[Cần kiểm tra: thôn Bắc Hà chỉ có trong sổ năm 2023, thôn Nam Hà chỉ có trong sổ năm 2022; nếu thôn đã đổi tên, cần ghi vào hồ sơ xã (mục "Thôn đổi tên") để so sánh theo thôn.]');
  });

  test('without last year\'s registers the section is left out, saying why', () => {
    const doc = buildReport({ ...anHoa(), comparison: undefined }, ['so-sanh']);
    expect(doc.sections[0].omitted).toMatch(/năm trước/);
  });

  test('the section\'s own text passes the report check with both years loaded', () => {
    const input = anHoa();
    const cur = analyse([register('2023.xlsx', 2023, Y2023)], { profile: PROFILE_2023 });
    const prev = analyse([register('2022.xlsx', 2022, Y2022)], { profile: PROFILE_2022 });
    const paragraphs = ['BÁO CÁO', 'I. KẾT QUẢ', ...lines(input)];
    // The section's own "[Cần kiểm tra: …]" notes are each one point to settle before signing; nothing else is found.
    const found = checkReport(paragraphs, { summary: cur.summary, year: 2023, previous: { year: 2022, ...prev.summary } });
    expect(found.map((f) => f.excerpt)).toEqual(paragraphs.filter((p) => p.includes('[Cần kiểm tra:')).map(() => expect.stringContaining('[Cần kiểm tra:')));
    expect(found.every((f) => f.code === 'report.placeholder')).toBe(true);
  });

  test('in the .docx the section is one content control tagged baocao:so-sanh, holding its two tables', async () => {
    const bytes = await reportToDocx(buildReport(anHoa(), ['so-sanh']));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string') ?? '';
    expect(xml.match(/<w:tag w:val="baocao:[^"]+"\/>/g)).toEqual(['<w:tag w:val="baocao:so-sanh"/>']);
    const inside = xml.slice(xml.indexOf('baocao:so-sanh'), xml.lastIndexOf('</w:sdtContent>'));
    expect(inside.match(/<w:tbl>/g)).toHaveLength(2);
    expect(inside).toContain('tỷ lệ giảm 6,36 điểm %');
  });
});
