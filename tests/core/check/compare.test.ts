// report.data on "so với" claims: with both years' summaries loaded, a change written in the text is compared with
// the change between the years. Poor households: 48 of 1.500 in 2022 (3,20%), 42 of 1.440 in 2023 (2,92%).
import { checkReport } from '../../../src/core/check';
import { summariseHouseholds } from '../../../src/core/summary/households';
import type { HouseholdRecord } from '../../../src/core/registers/households/schema';

function households(n: number, poor: number): HouseholdRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    sheet: 'DS', row: i + 5, headName: null, householdId: null, gender: null, birthYear: null, cccd: null, phone: null,
    villageText: 'An Lạc', villageFrom: 'column' as const, village: 'An Lạc', size: 4, poor: i < poor, nearPoor: false, average: false,
    culturalFamilyRegistered: null, culturalFamilyAchieved: null, learningFamily: null,
  }));
}

const current = { households: summariseHouseholds(households(1440, 42), ['An Lạc']) };
const previous = { year: 2022, households: summariseHouseholds(households(1500, 48), ['An Lạc']) };

function check(sentence: string, withPrevious = true) {
  const paragraphs = ['BÁO CÁO', 'Tổng kết năm 2023', 'I. KẾT QUẢ THỰC HIỆN NĂM 2023', sentence];
  return checkReport(paragraphs, { summary: current, year: 2023, ...(withPrevious ? { previous } : {}) }).filter((f) => f.code === 'report.data');
}

describe('"so với" claims against last year\'s registers', () => {
  test.each([
    'Số hộ nghèo giảm 6 hộ so với năm 2022 (từ 48 xuống 42 hộ; tỷ lệ giảm 0,28 điểm %).',
    'So với cùng kỳ, số hộ nghèo giảm 12,5%.',
    'Tỷ lệ hộ nghèo giảm từ 3,20% xuống 2,92% so với năm trước.',
    'Tổng số hộ toàn xã giảm 60 hộ so với năm 2022.',
    'Tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm so với năm 2022.',
  ])('"%s" agrees: nothing to say', (s) => expect(check(s)).toEqual([]));

  test.each([
    ['Số hộ nghèo giảm 5 hộ so với năm 2022.', 'giảm 6 hộ: từ 48 đến 42'],
    ['Số hộ nghèo tăng 6 hộ so với năm 2022.', 'giảm 6 hộ: từ 48 đến 42'],
    ['Số hộ nghèo giảm 6 hộ so với năm 2022 (từ 50 xuống 42 hộ).', 'từ 48 đến 42'],
    ['Số hộ nghèo giảm 6 hộ so với năm 2022 (từ 48 xuống 42 hộ; tỷ lệ giảm 0,35 điểm %).', 'giảm 0,28 điểm %'],
    ['Số hộ nghèo giảm 11% so với cùng kỳ.', 'giảm 13%'],
    ['Tổng số hộ toàn xã giảm 50 hộ so với năm 2022.', 'giảm 60 hộ: từ 1.500 đến 1.440'],
  ])('"%s" disagrees; the registers give %s', (s, truth) => {
    const found = check(s);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(`(${truth})`);
    expect(found[0].message).toContain('so với năm 2022');
  });

  test.each([
    'Số hộ nghèo giảm 20 hộ so với năm 2020.',
    'Thôn An Lạc có số hộ nghèo giảm 3 hộ so với năm 2022.',
    'Số hộ nghèo giảm 2 hộ so với đầu năm.',
    'Số hộ nghèo giảm 5 hộ trong năm.',
  ])('"%s" is not a claim about last year\'s commune figures: not compared', (s) => expect(check(s)).toEqual([]));

  test('without last year\'s registers no change is checked', () => {
    expect(check('Số hộ nghèo giảm 5 hộ so với năm 2022.', false)).toEqual([]);
  });
});
