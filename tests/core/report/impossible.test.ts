// No impossible figure goes out: a Gia đình văn hóa rate over 100% is never written as a rate; a note says what to check.
import { buildReport } from '../../../src/core/report/sections';
import { reportText } from '../../../src/core/report/plainText';
import { checkReport, paragraphsFromText } from '../../../src/core/check';
import type { HouseholdSummary, VillageHouseholds } from '../../../src/core/summary/households';
import { percent } from '../../../src/core/summary/rates';
import type { ReportInput } from '../../../src/core/report/input';

function village(name: string, total: number, registered: number, achieved: number): VillageHouseholds {
  return {
    village: name, known: true, total, persons: total * 4, poverty: { poor: 1, nearPoor: 1, average: 0 },
    culturalFamily: { registered, achieved }, learningFamily: 0,
    rates: { poor: percent(1, total, 2), nearPoor: percent(1, total, 2), average: 0, culturalFamilyAchieved: percent(achieved, registered, 1) },
  };
}

function input(villages: VillageHouseholds[]): ReportInput {
  const sum = (f: (v: VillageHouseholds) => number) => villages.reduce((a, v) => a + f(v), 0);
  const registered = sum((v) => v.culturalFamily.registered);
  const achieved = sum((v) => v.culturalFamily.achieved);
  const total = sum((v) => v.total);
  const households: HouseholdSummary = {
    total, persons: total * 4, poverty: { poor: villages.length, nearPoor: villages.length, average: 0 }, culturalFamily: { registered, achieved }, learningFamily: 0,
    rates: { poor: null, nearPoor: null, average: null, culturalFamilyAchieved: percent(achieved, registered, 1) },
    rateBases: { poverty: 'households', culturalFamilyAchieved: 'registered' }, byVillage: villages, withoutVillage: 0,
  };
  return { year: 2024, commune: 'An Hòa', villages: villages.map((v) => v.village), households, awardItems: [] };
}

const textOf = (i: ReportInput) => reportText(buildReport(i, ['van-hoa', 'bang-thon']), false);
const overHundred = (t: string) => [...t.matchAll(/(\d+(?:,\d+)?)%/g)].map((m) => Number(m[1].replace(',', '.'))).filter((x) => x > 100);

describe('a rate over 100% is never written as a figure', () => {
  test('one village with more households achieved than registered: no rate for it, a note naming it, the others ranked', () => {
    const t = textOf(input([village('An Lạc', 100, 90, 80), village('Đông Hải', 120, 110, 120), village('Bắc Hà', 90, 80, 60)]));
    expect(overHundred(t)).toEqual([]);
    expect(t).toContain('[Cần kiểm tra: thôn Đông Hải có 120 hộ đạt, nhiều hơn 110 hộ đăng ký');
    expect(t).toContain('cao nhất: An Lạc (88,9%); thấp nhất: Bắc Hà (75,0%)');
    // The table: "(*)" in the rate cell and the note under the table.
    expect(t).toMatch(/\(\*\) thôn Đông Hải: số hộ đạt Gia đình văn hóa nhiều hơn số hộ đăng ký/);
    expect(t).not.toMatch(/109,1/);
  });

  test('the whole commune over 100%: counts without a rate and a note; the report check raises no false figure', () => {
    const t = textOf(input([village('An Lạc', 100, 50, 80), village('Bắc Hà', 90, 40, 60)]));
    expect(overHundred(t)).toEqual([]);
    expect(t).toContain('kết quả có 140 hộ gia đình đạt danh hiệu Gia đình văn hóa. [Cần kiểm tra: số hộ đạt (140) nhiều hơn số hộ đăng ký (90)');
    expect(t).not.toContain('140/90');
    expect(checkReport(paragraphsFromText(t)).filter((f) => f.code === 'report.ratio')).toEqual([]);
  });

  test('plausible figures carry no note', () => {
    const t = textOf(input([village('An Lạc', 100, 90, 80), village('Bắc Hà', 90, 80, 60)]));
    expect(t).not.toContain('Cần kiểm tra');
    expect(t).toContain('140/170 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 82,4% số hộ đăng ký)');
  });
});

describe('an award amount no award can pay', () => {
  const award = (amount: number | null): ReportInput['awardItems'][number] => ({
    recipientName: 'Nguyễn Văn An', recipientKind: 'individual', position: null, form: 'Giấy khen', authority: 'Chủ tịch UBND xã', level: 'xa',
    communeChair: true, party: false, higher: false, decisionNo: '12/QĐ-UBND', decisionDate: { y: 2024, m: 12, d: 20 }, amount,
  });
  const base: ReportInput = { year: 2024, commune: 'An Hòa', villages: [], awardItems: [award(300_000), award(3_000_000_000), award(200_000)], awards: undefined };

  test('is left out of the money in the sentence and the table, with a note in both', async () => {
    const { summariseAwards } = await import('../../../src/core/summary/awards');
    const input = { ...base, awards: summariseAwards([]) };
    const t = reportText(buildReport(input, ['khen-thuong', 'bang-khen-thuong']), false);
    expect(t).toContain('với tổng số tiền 500.000 đồng. [Cần kiểm tra: 1 khen thưởng ghi số tiền lớn hơn mức thưởng cao nhất có thể');
    expect(t).toContain('3.000.000.000 (*)');
    expect(t).toMatch(/Tổng cộng: 3 lượt khen thưởng \| 500\.000/);
    expect(t).toContain('[Cần kiểm tra: (*) 1 khen thưởng ghi số tiền lớn hơn mức thưởng cao nhất có thể, không được cộng vào tổng');
  });

  test('amounts within the law carry no note', () => {
    const input = { ...base, awardItems: [award(300_000), award(200_000)], awards: { total: 2 } as ReportInput['awards'] };
    expect(reportText(buildReport(input, ['khen-thuong', 'bang-khen-thuong']), false)).not.toContain('Cần kiểm tra');
  });
});

describe('validation of an amount no award can pay', () => {
  test('is a value.range error at its cell, and the summary leaves it out of the money', async () => {
    const { analyse } = await import('../../../src/core/analyse');
    const { gridOf } = await import('../../../src/core/grid');
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Cơ quan quyết định', 'Số quyết định', 'Ngày quyết định', 'Số tiền (đồng)'],
      [1, 'Nguyễn Văn An', 'Trưởng thôn An Lạc', 'Giấy khen', 'Chủ tịch UBND xã', '12/QĐ-UBND', '20/12/2024', 300000],
      [2, 'Lê Thị Bình', 'Chi hội phụ nữ', 'Giấy khen', 'Chủ tịch UBND xã', '12/QĐ-UBND', '20/12/2024', 3000000000],
      [3, 'Trần Văn Cường', 'Công an xã', 'Giấy khen', 'Chủ tịch UBND xã', '12/QĐ-UBND', '20/12/2024', 200000],
    ];
    const a = analyse([{ file: 'kt.xlsx', sheets: [gridOf('Khen thưởng', rows)] }], { profile: { commune: 'An Hòa', year: 2024, villages: ['An Lạc'] } });
    const issues = a.files[0].registers[0].issues.filter((i) => i.key === 'amount.absurd');
    expect(issues.map((i) => [i.cell, i.severity, i.code])).toEqual([['H3', 'error', 'value.range']]);
    expect(a.summary.awards?.amount.total).toBe(500_000);
  });
});
