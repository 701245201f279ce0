// Last year's workbooks of the same former communes, beside this year's: both years read into the new villages
// through the profile's merger renames, so villages pair by their new names (no "only in one year").
import { analyse } from '../../../src/core/analyse';
import { analysePrevious, previousProfile } from '../../../src/core/compare/previous';
import { figure } from '../../../src/core/compare';
import { GIA_HOA, GIA_PHU, GIA_THINH, PROFILE, WORKBOOKS, workbook } from './threeCommunes';

const today = new Date(2026, 0, 10);
// 2024: Gia Hòa's GH4 was not there yet; Gia Phú's GP1 was not poor.
const LAST_YEAR = [
  workbook('so-ho-2024.xlsx', ['UBND XÃ GIA HÒA', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], GIA_HOA.slice(0, 3)),
  workbook('gia-thinh-2024.xlsx', ['UBND XÃ GIA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], GIA_THINH),
  workbook('gia-phu-2024.xlsx', ['UBND XÃ GIA PHÚ', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'], GIA_PHU.map((r) => ({ ...r, poor: false }))),
];
const profile = { ...PROFILE, formerCommunes: PROFILE.formerCommunes!.map((c) => (c.name === 'Gia Hòa' ? { ...c, files: ['so-ho-2024.xlsx', 'so-ho-2025.xlsx'] } : c)) };

test('the merger renames stay in last year\'s profile; a rename since last year would move back', () => {
  const last = previousProfile({ ...profile, renamedVillages: [...profile.renamedVillages!, { from: 'Phú Lợi Cũ', to: 'Thôn Phú Lợi' }] });
  expect(last.year).toBe(2024);
  expect(last.renamedVillages).toEqual(profile.renamedVillages);
  expect(last.villages).toEqual(['Thôn Hòa Bình', 'Thôn 1', 'Thôn 2', 'Thôn Phú An', 'Phú Lợi Cũ']);
});

test('both years by new village, the change in the new commune', () => {
  const current = analyse(WORKBOOKS, { profile, today });
  const out = analysePrevious(LAST_YEAR, current, { profile, today });
  if (!out.ok) throw new Error(out.problem);
  expect(out.previous.formerCommunes!.map((c) => [c.name, c.files, c.households!.total])).toEqual([
    ['Gia Hòa', ['so-ho-2024.xlsx'], 3], ['Gia Thịnh', ['gia-thinh-2024.xlsx'], 5], ['Gia Phú', ['gia-phu-2024.xlsx'], 4],
  ]);
  const s = out.comparison.summary;
  expect([figure(s.households!, 'households')!.change, figure(s.households!, 'poor')!.change]).toEqual([1, 2]); // 12 → 13; 2 → 4
  expect(s.villages!.map((v) => [v.village, v.matchedBy, figure(v.figures, 'households')!.previous, figure(v.figures, 'households')!.current])).toEqual([
    ['Thôn Hòa Bình', 'name', 2, 2], ['Thôn 1', 'name', 2, 2], ['Thôn 2', 'name', 4, 5], ['Thôn Phú An', 'name', 3, 3], ['Thôn Phú Lợi', 'name', 1, 1],
  ]);
});
