// A merged commune's former communes in the Word pane: kept in the document's full profile when there is one (checked
// by its own rules), else beside the year and villages the clerk confirmed without one.
import type { WordSettings } from '../../hosts/word/port';
import { parseProfile } from '../../core/profile';
import { assignTo, withMerger, type FormerQuestion, type Merger } from '../merger/merger';

/** The former communes the document holds (its profile's, else the confirmed ones), or undefined. */
export function mergerOf(settings: WordSettings): Merger | undefined {
  const holder = settings.profile ?? settings.confirmed;
  return holder?.formerCommunes ? { formerCommunes: holder.formerCommunes, renamedVillages: holder.renamedVillages } : undefined;
}

/** The settings with the former communes saved (null: removed), or the profile's problems when it would not hold. */
export function settingsWithMerger(settings: WordSettings, m: Merger | null, villages: string[]): { ok: true; settings: WordSettings } | { ok: false; problems: string[] } {
  if (!settings.profile) return { ok: true, settings: { ...settings, confirmed: withMerger(settings.confirmed ?? {}, m, villages) } };
  const p = parseProfile(withMerger(settings.profile, m, villages));
  return p.ok ? { ok: true, settings: { ...settings, profile: p.profile } } : { ok: false, problems: p.problems };
}

/** The settings with a file or a sheet told to be one former commune's. */
export function settingsWithAssignment(settings: WordSettings, q: FormerQuestion, name: string): WordSettings {
  const m = mergerOf(settings);
  if (!m) return settings;
  const { formerCommunes } = assignTo(m, q, name);
  if (settings.profile) return { ...settings, profile: { ...settings.profile, formerCommunes } };
  return { ...settings, confirmed: { ...settings.confirmed, formerCommunes } };
}
