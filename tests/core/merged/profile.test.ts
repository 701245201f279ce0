// The profile's former communes and renaming table: a right one is kept, and each wrong one says, in Vietnamese, which
// entry and what it must be.
import { parseProfile, PROFILE_LIMITS, renameOf } from '../../../src/core/profile';
import { PROFILE } from './threeCommunes';

const problems = (p: unknown) => {
  const r = parseProfile(p);
  if (r.ok) throw new Error('the profile should have been refused');
  return r.problems;
};
const base = { commune: 'Hòa Thịnh', year: 2025, villages: ['Thôn Hòa Bình', 'Thôn 1', 'Thôn 2'] };
const twoCommunes = [{ name: 'Gia Hòa', villages: ['Thôn 1', 'Thôn 2'] }, { name: 'Gia Thịnh', villages: ['Thôn 1'] }];

describe('former communes in the profile', () => {
  test('the three-commune profile is right, and each old village reaches its new one', () => {
    expect(parseProfile(PROFILE)).toEqual({ ok: true, profile: PROFILE });
    expect(renameOf(PROFILE, 'Gia Hòa', 'Thôn 1')).toBe('Thôn Hòa Bình');
    expect(renameOf(PROFILE, 'Gia Thịnh', 'Thôn 1')).toBeUndefined(); // kept its name
    expect(renameOf(PROFILE, 'Gia Thịnh', 'thôn 3')).toBe('Thôn 2'); // unqualified: only Gia Thịnh had a Thôn 3
    expect(renameOf(PROFILE, 'Gia Hòa', 'Thôn 3')).toBeUndefined();
  });

  test('a name two former communes share and neither renamed is refused: two villages cannot be one name', () => {
    expect(problems({ ...base, formerCommunes: twoCommunes })).toEqual([
      'Các xã cũ (formerCommunes): thôn "Thôn 1" có ở cả các xã cũ "Gia Hòa", "Gia Thịnh" mà chưa đổi tên: là hai thôn khác nhau, nên hãy ghi tên mới của từng thôn trong Thôn đổi tên (renamedVillages, với "formerCommune"); nếu đã nhập làm một, cũng ghi cho từng xã cũ với cùng tên mới.',
    ]);
    // Renamed into one: both say so.
    const intoOne = [{ from: 'Thôn 1', formerCommune: 'Gia Hòa', to: 'Thôn 1' }, { from: 'Thôn 1', formerCommune: 'Gia Thịnh', to: 'Thôn 1' }];
    expect(parseProfile({ ...base, formerCommunes: twoCommunes, renamedVillages: intoOne }).ok).toBe(true);
  });

  test('a rename of a shared name must say whose; its former commune, old and new village must exist', () => {
    expect(problems({ ...base, formerCommunes: twoCommunes, renamedVillages: [{ from: 'Thôn 1', to: 'Thôn Hòa Bình' }] })).toEqual([
      'Thôn đổi tên (renamedVillages) › thứ 1 › from: thôn "Thôn 1" có ở cả các xã cũ "Gia Hòa", "Gia Thịnh": hãy ghi "formerCommune" là xã cũ của thôn này.',
      'Các xã cũ (formerCommunes): thôn "Thôn 1" có ở cả các xã cũ "Gia Hòa", "Gia Thịnh" mà chưa đổi tên: là hai thôn khác nhau, nên hãy ghi tên mới của từng thôn trong Thôn đổi tên (renamedVillages, với "formerCommune"); nếu đã nhập làm một, cũng ghi cho từng xã cũ với cùng tên mới.',
    ]);
    expect(problems({ ...base, formerCommunes: twoCommunes, renamedVillages: [
      { from: 'Thôn 1', formerCommune: 'Gia Hòa', to: 'Thôn Hòa Bình' },
      { from: 'Thôn 1', formerCommune: 'Gia Phú', to: 'Thôn 1' },
      { from: 'Thôn 9', formerCommune: 'Gia Thịnh', to: 'Thôn Mới' },
    ] })).toEqual([
      'Thôn đổi tên (renamedVillages) › thứ 2 › Xã cũ (formerCommune): không có xã cũ "Gia Phú" trong danh sách xã cũ (formerCommunes).',
      'Thôn đổi tên (renamedVillages) › thứ 3 › from: thôn "Thôn 9" không có trong các thôn của xã cũ "Gia Thịnh".',
      'Thôn đổi tên (renamedVillages) › thứ 3 › to: thôn mới "Thôn Mới" không có trong Các thôn (villages) của xã.',
    ]);
  });

  test('an old village that is neither renamed nor a village of the new commune is named, with the line to write', () => {
    expect(problems({ ...base, formerCommunes: [{ name: 'Gia Hòa', villages: ['Thôn 2', 'Đồng Lạc'] }, { name: 'Gia Thịnh', villages: ['Thôn 1'] }] })).toEqual([
      'Các xã cũ (formerCommunes) › thứ 1 › Các thôn (villages) › thứ 2: thôn "Đồng Lạc" của xã cũ "Gia Hòa" không có trong Các thôn (villages) của xã mới: nếu đã đổi tên, ghi vào Thôn đổi tên (renamedVillages) { "from": "Đồng Lạc", "formerCommune": "Gia Hòa", "to": "tên mới" }.',
    ]);
  });

  test('a former commune twice, a file under two former communes, formerCommune without former communes', () => {
    expect(problems({ ...base, formerCommunes: [{ name: 'Gia Hòa', villages: ['Thôn 2'], files: ['a.xlsx'] }, { name: 'gia hoà', villages: ['Thôn 1'], files: ['A.xlsx'] }] })).toEqual([
      'Các xã cũ (formerCommunes) › thứ 2 › Tên xã cũ (name): xã cũ "gia hoà" đã ghi ở trên.',
      'Các xã cũ (formerCommunes) › thứ 2 › Tệp (files) › thứ 1: tệp "A.xlsx" đã ghi cho xã cũ "Gia Hòa": một tệp chỉ thuộc một xã cũ.',
    ]);
    expect(problems({ ...base, renamedVillages: [{ from: 'Thôn 1', formerCommune: 'Gia Hòa', to: 'Thôn 2' }] })).toEqual([
      'Thôn đổi tên (renamedVillages) › thứ 1 › Xã cũ (formerCommune): chỉ dùng khi hồ sơ có danh sách xã cũ (formerCommunes).',
    ]);
  });

  test('shapes and limits: at least two former communes, each with villages; bounded counts', () => {
    expect(problems({ ...base, formerCommunes: [{ name: 'Gia Hòa', villages: ['Thôn 1'] }] })).toEqual(['Các xã cũ (formerCommunes): cần ít nhất 2 mục.']);
    expect(problems({ ...base, formerCommunes: [{ name: 'Gia Hòa', villages: [] }, { name: '', villages: ['Thôn 1'] }] })).toEqual([
      'Các xã cũ (formerCommunes) › thứ 1 › Các thôn (villages): cần ít nhất 1 mục.',
      'Các xã cũ (formerCommunes) › thứ 2 › Tên xã cũ (name): không được để trống.',
    ]);
    const many = Array.from({ length: PROFILE_LIMITS.formerCommunes + 1 }, (_, i) => ({ name: `Xã ${i}`, villages: ['Thôn 1'] }));
    expect(problems({ ...base, formerCommunes: many })).toEqual([`Các xã cũ (formerCommunes): nhiều quá ${PROFILE_LIMITS.formerCommunes} mục.`]);
  });
});
