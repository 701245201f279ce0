// The Word pane's profile form shows five fields (commune, district, province, year, villages); saving it keeps every
// other field of the profile loaded before (former communes, renamed villages, overrides): nothing the clerk wrote
// in the profile file is lost by correcting the commune's name in the pane.
import { parseProfile, type CommuneProfile } from '../../src/core/profile';
import { profileOfForm, type ProfileFields } from '../../src/taskpane/word/profileDraft';
import { PROFILE } from '../core/merged/threeCommunes';

/** The form as the pane fills it from a profile (ProfileForm's effect), before the clerk types. */
const fieldsOf = (p: CommuneProfile): ProfileFields => ({
  commune: p.commune, district: p.district ?? '', province: p.province ?? '', year: String(p.year), villages: p.villages.join('\n'),
});

function saved(existing: CommuneProfile | undefined, fields: ProfileFields): CommuneProfile {
  const p = parseProfile(profileOfForm(existing, fields));
  if (!p.ok) throw new Error(p.problems.join('; '));
  return p.profile;
}

describe('saving the profile form keeps what it does not show', () => {
  test('a merged commune: a new name, district and province; former communes and renamed villages stay as they were', () => {
    const merged: CommuneProfile = { ...PROFILE, overrides: { culturalFamilyBase: 'all', rateDecimals: { poverty: 1 } } };
    const p = saved(merged, { ...fieldsOf(merged), commune: '  Hòa Thịnh Mới ', district: 'Gia Viễn', province: 'Ninh Bình' });
    expect(p).toEqual({ ...merged, commune: 'Hòa Thịnh Mới', district: 'Gia Viễn', province: 'Ninh Bình' });
    expect(p.formerCommunes?.map((c) => c.name)).toEqual(['Gia Hòa', 'Gia Thịnh', 'Gia Phú']);
    expect(p.formerCommunes?.[0].files).toEqual(['so-ho-2025.xlsx']);
    expect(p.renamedVillages).toEqual(PROFILE.renamedVillages);
    expect(p.overrides).toEqual({ culturalFamilyBase: 'all', rateDecimals: { poverty: 1 } });
  });

  test('a plain commune with a rename since last year and base-salary periods: both kept when the year changes', () => {
    const plain: CommuneProfile = {
      commune: 'Yên Lạc', district: 'Yên Định', year: 2024, villages: ['Thôn Đông', 'Thôn Tây'],
      renamedVillages: [{ from: 'Xóm Đông', to: 'Thôn Đông' }],
      overrides: { baseSalary: [{ from: '2024-07-01', value: 2_340_000 }] },
    };
    const p = saved(plain, { ...fieldsOf(plain), year: '2025' });
    expect(p).toEqual({ ...plain, year: 2025 });
  });

  test('a district or province emptied in the form is removed; villages are read one per line, blanks dropped', () => {
    const withPlaces: CommuneProfile = { commune: 'Xuân Phong', district: 'Thọ Xuân', province: 'Thanh Hóa', year: 2023, villages: ['Làng Một'] };
    const p = saved(withPlaces, { ...fieldsOf(withPlaces), district: '   ', province: '', villages: ' Làng Một \n\nLàng Hai\n' });
    expect(p).toEqual({ commune: 'Xuân Phong', year: 2023, villages: ['Làng Một', 'Làng Hai'] });
  });

  test('no profile loaded before: the five fields only', () => {
    const p = saved(undefined, { commune: 'An Hòa', district: '', province: 'Quảng Nam', year: '2024', villages: 'Thôn 1\nThôn 2' });
    expect(p).toEqual({ commune: 'An Hòa', province: 'Quảng Nam', year: 2024, villages: ['Thôn 1', 'Thôn 2'] });
  });

  test('villages edited so a former commune\'s renamed village has nowhere to go: refused with the reason, not saved without the former communes', () => {
    const fields = { ...fieldsOf(PROFILE), villages: PROFILE.villages.filter((v) => v !== 'Thôn Hòa Bình').join('\n') };
    const p = parseProfile(profileOfForm(PROFILE, fields));
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems.join(' ')).toContain('Thôn Hòa Bình');
    // The raw profile still holds the former communes: the clerk's data is not dropped on the way.
    expect(profileOfForm(PROFILE, fields).formerCommunes).toEqual(PROFILE.formerCommunes);
  });

  test('the profile passed in is not changed', () => {
    const before = structuredClone(PROFILE);
    profileOfForm(PROFILE, { ...fieldsOf(PROFILE), commune: 'Khác', district: '' });
    expect(PROFILE).toEqual(before);
  });
});
