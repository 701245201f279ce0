// Small helpers for the per-check tests: the findings of one code, and a short report skeleton to embed lines in.
import { checkReport, type CheckOptions, type Finding, type FindingCode } from '../../../src/core/check';

export function findingsOf(code: FindingCode, paragraphs: string[], options?: CheckOptions): Finding[] {
  return checkReport(paragraphs, options).filter((f) => f.code === code);
}

/** Each line checked on its own, as a one-paragraph document: the indexes of the lines with a finding. */
export function flagged(code: FindingCode, lines: string[], options?: CheckOptions): string[] {
  return lines.filter((l) => findingsOf(code, [l], options).length > 0);
}

/** A minimal yearly report for year `n` around the given results and plans paragraphs. */
export function skeleton(n: number, results: string[], plans: string[] = [], title: string[] = []): string[] {
  return [
    'UỶ BAN NHÂN DÂN XÃ AN HÒA',
    `Số: 12/BC-UBND`,
    `An Hòa, ngày 05 tháng 01 năm ${n + 1}`,
    'BÁO CÁO',
    ...(title.length ? title : [`Tổng kết công tác thi đua, khen thưởng năm ${n}, phương hướng, nhiệm vụ năm ${n + 1}`]),
    `I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${n}`,
    `Năm ${n}, UBND xã tổ chức các phong trào thi đua; kết quả năm ${n} được đánh giá tốt.`,
    ...results,
    `II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${n + 1}`,
    ...plans,
    `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm ${n} và phương hướng, nhiệm vụ năm ${n + 1} của UBND xã An Hòa./.`,
    'Nơi nhận:',
    '- Lưu: VT.',
  ];
}
