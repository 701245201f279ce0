import { findingsOf, skeleton } from './helpers';

const years = (paragraphs: string[], year?: number) => findingsOf('report.year', paragraphs, year ? { year } : undefined);

describe('report.year', () => {
  test('a correct review of 2023 with plans for 2024 is silent, whatever the wording of its headings', () => {
    const doc = skeleton(2023, [
      '1. Kết quả thực hiện nhiệm vụ năm 2023',
      'Thực hiện Luật Thi đua, khen thưởng năm 2022, UBND xã tổ chức các phong trào; so với năm 2022 có nhiều chuyển biến.',
      '2. So sánh với năm 2022',
      'Năm 2023 toàn xã có 1.412 hộ.',
    ], ['1. Mục tiêu năm 2024', '2. Tổ chức tổng kết công tác thi đua, khen thưởng năm 2024 vào tháng 12 năm 2024', 'Năm 2024 phấn đấu giữ vững danh hiệu.']);
    expect(years(doc)).toEqual([]);
  });

  test('the year the body reports on is inferred from the results part, or taken from the options', () => {
    const doc = skeleton(2023, ['Năm 2023 xã đạt nhiều kết quả.'], [], ['Tổng kết công tác thi đua, khen thưởng năm 2024']);
    expect(years(doc).map((f) => f.paragraph)).toEqual([4]);
    expect(years(doc, 2024).length).toBeGreaterThan(0);
  });

  test('a title naming the next year for the results and the year after for plans is reported', () => {
    const doc = skeleton(2023, [], [], ['Tổng kết công tác thi đua, khen thưởng năm 2024, phương hướng, nhiệm vụ năm 2025']);
    const f = years(doc);
    expect(f.map((x) => x.paragraph)).toEqual([4, 4]);
    expect(f[0].message).toBe('Năm 2024 không khớp với năm báo cáo: nội dung báo cáo là kết quả năm 2023.');
    expect(f[1].message).toContain('phương hướng, nhiệm vụ là năm 2024');
  });

  test('a plans heading left at the year under review is reported', () => {
    const doc = skeleton(2023, []).map((p) => p.replace('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023'));
    expect(years(doc).map((f) => f.excerpt)).toEqual(['II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023']);
  });

  test('a closing that names last year is reported', () => {
    const doc = skeleton(2023, []).map((p) => p.replace('khen thưởng năm 2023 và', 'khen thưởng năm 2022 và'));
    expect(years(doc)).toHaveLength(1);
  });

  test('a signing date before mid-year or two years on is reported; late in the year or early next is not', () => {
    const dated = (d: string) => skeleton(2023, []).map((p) => p.replace('ngày 05 tháng 01 năm 2024', d));
    expect(years(dated('ngày 05 tháng 01 năm 2023'))).toHaveLength(1);
    expect(years(dated('ngày 05 tháng 01 năm 2025'))).toHaveLength(1);
    expect(years(dated('ngày 15 tháng 12 năm 2023'))).toEqual([]);
    expect(years(dated('ngày 20 tháng 02 năm 2024'))).toEqual([]);
  });

  test('a half-year review signed in June of its year is not taken for a late yearly report', () => {
    const doc = skeleton(2024, [], [], ['Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024']).map((p) => p.replace('ngày 05 tháng 01 năm 2025', 'ngày 20 tháng 6 năm 2024'));
    expect(years(doc)).toEqual([]);
  });

  test('without a year anywhere in the body nothing is checked', () => {
    expect(years(['BÁO CÁO', 'Tổng kết năm 2023', 'I. KẾT QUẢ', 'Các phong trào được duy trì.'])).toEqual([]);
  });
});
