// What the profile form saves: the profile loaded before, with the five fields the form shows written over it. The
// fields it does not show (former communes, renamed villages, overrides) are kept as they were: saving the form
// never drops them.
import type { CommuneProfile } from '../../core/profile';

/** The form's fields as typed (villages one per line). */
export interface ProfileFields {
  commune: string;
  district: string;
  province: string;
  year: string;
  villages: string;
}

/** The profile to check and save (parseProfile): `existing` with the form's fields; a district or province left
 *  blank is removed. */
export function profileOfForm(existing: CommuneProfile | undefined, f: ProfileFields): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...existing };
  delete kept.district;
  delete kept.province;
  return {
    ...kept,
    commune: f.commune.trim(),
    ...(f.district.trim() ? { district: f.district.trim() } : {}),
    ...(f.province.trim() ? { province: f.province.trim() } : {}),
    year: Number(f.year),
    villages: f.villages.split('\n').map((v) => v.trim()).filter(Boolean),
  };
}
