import { flagged, findingsOf } from './helpers';

describe('report.repeat', () => {
  test('Vietnamese reduplication, names, numbers and repeats across punctuation are silent', () => {
    const good = [
      'Nhân dân luôn luôn đoàn kết; phong trào được nhà nhà, người người hưởng ứng.',
      'Các hoạt động dần dần đi vào nền nếp, từng bước nâng cao chất lượng; ngày ngày tập luyện.',
      'Đảng viên Lê Hồng Hồng được tặng Giấy khen.',
      'Kết quả theo thứ tự 1, 1, 2; mã số 12 12 theo bảng.',
      'Một số phong trào còn chung chung; đi đi lại lại nhiều lần; năm năm qua xã luôn hoàn thành.',
      'Phong trào được ngành ngành, cấp cấp hưởng ứng; đêm đêm vang tiếng hát.',
    ];
    expect(flagged('report.repeat', good)).toEqual([]);
  });

  test('a word typed twice is reported with the word', () => {
    expect(findingsOf('report.repeat', ['UBND xã đã đã ban hành kế hoạch.'])[0].message).toBe('Từ "đã" bị lặp hai lần liền nhau.');
    expect(flagged('report.repeat', ['Các các thôn tham gia.', 'UBND UBND xã chỉ đạo.', 'Trong năm năm 2023, xã đạt.', 'Báo cáo và và kiến nghị.'])).toHaveLength(4);
  });

  test('a phrase typed twice is reported once, with the whole phrase, even a reduplicative one', () => {
    const f = findingsOf('report.repeat', ['Theo chỉ đạo của UBND huyện của UBND huyện, xã triển khai; báo cáo báo cáo kết quả.']);
    expect(f.map((x) => x.message)).toEqual(['Cụm từ "của UBND huyện" bị lặp hai lần liền nhau.', 'Cụm từ "báo cáo" bị lặp hai lần liền nhau.']);
  });

  test('a repeat across a line break inside a paragraph is still a repeat', () => {
    expect(findingsOf('report.repeat', ['kết quả thi đua của\ncủa các thôn'])).toHaveLength(1);
  });
});
