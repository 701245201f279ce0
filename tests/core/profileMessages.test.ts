// A commune profile that is not right says so in Vietnamese, one line per problem, naming the key as a clerk reads
// it; and its size is bounded (a profile of thousands of villages is a wrong file, refused before any work).
import { parseProfile, PROFILE_LIMITS } from '../../src/core/profile';

const problems = (p: unknown) => {
  const r = parseProfile(p);
  if (r.ok) throw new Error('the profile should have been refused');
  return r.problems;
};

describe('profile problems', () => {
  it('names what is missing', () => {
    expect(problems({})).toEqual(['Tên xã (commune): còn thiếu.', 'Năm báo cáo (year): còn thiếu.', 'Các thôn (villages): còn thiếu.']);
  });

  it('says what each wrong value must be, never in English', () => {
    const list = problems({ commune: ' ', year: '2024', villages: ['Đông', ''], overrides: { culturalFamilyBase: 'tất cả', baseSalary: [{ from: '1/7/2024', value: 2340000 }] } });
    expect(list).toEqual([
      'Tên xã (commune): không được để trống.',
      'Năm báo cáo (year): phải là số.',
      'Các thôn (villages) › thứ 2: không được để trống.',
      'overrides › Lương cơ sở (baseSalary) › thứ 1 › from: phải là ngày dạng NNNN-TT-NN (ví dụ 2024-07-01).',
      'overrides › Cơ sở tính tỷ lệ Gia đình văn hóa (culturalFamilyBase): chỉ được là "registered" hoặc "all".',
    ]);
    for (const line of list) expect(line).not.toMatch(/Invalid|expected|received|Too (small|big)/);
  });

  it('bounds the years, the names and the number of villages', () => {
    expect(problems({ commune: 'Tân Lập', year: 1900, villages: ['Đông'] })).toEqual(['Năm báo cáo (year): phải từ 1990 trở lên.']);
    expect(problems({ commune: 'x'.repeat(PROFILE_LIMITS.name + 1), year: 2024, villages: ['Đông'] })).toEqual([`Tên xã (commune): dài quá ${PROFILE_LIMITS.name} ký tự.`]);
    const many = Array.from({ length: 200_000 }, (_, i) => `Thôn ${i}`);
    expect(problems({ commune: 'Tân Lập', year: 2024, villages: many })).toEqual([`Các thôn (villages): nhiều quá ${PROFILE_LIMITS.villages} mục.`]);
  });

  it('keeps a right profile, with its names trimmed', () => {
    const r = parseProfile({ commune: ' Tân Lập ', year: 2024, villages: ['Đông ', 'Tây'] });
    expect(r).toEqual({ ok: true, profile: { commune: 'Tân Lập', year: 2024, villages: ['Đông', 'Tây'] } });
  });
});
