// What the Word pane keeps in the document: its settings and the content-control fingerprints, both in the
// document's own settings store (Office.context.document.settings), parsed defensively since a document may come
// from an older version or another tool.
import { profileSchema } from '../../core/profile';
import { SECTION_IDS, type SectionId } from '../../core/report/model';
import type { WordSettings } from './port';
import { FINGERPRINT_KEY, parseFingerprints, type FingerprintBook } from './fingerprint';
import { persistSettings, storedObject, type SettingsStore } from '../officeShared';
import { parseConfirmedProfile } from '../confirmedProfile';

/** The key of the pane's settings (the Excel pane uses the same key in workbooks). */
export const WORD_SETTINGS_KEY = 'baocao';

export type { SettingsStore };

/** Settings as stored (an object, or its JSON from older saves); what cannot be read is left out. */
export function parseWordSettings(raw: unknown): WordSettings {
  const v = storedObject(raw);
  const out: WordSettings = {};
  if (!v) return out;
  const profile = profileSchema.safeParse(v.profile);
  if (profile.success) out.profile = profile.data;
  // Confirmed without a full profile: kept as `confirmed`, or as a partial profile (what the Excel pane stores).
  const confirmed = parseConfirmedProfile(v.confirmed) ?? (profile.success ? undefined : parseConfirmedProfile(v.profile));
  if (confirmed) out.confirmed = confirmed;
  if (Array.isArray(v.sections)) {
    const chosen = new Set(v.sections.filter((s): s is SectionId => typeof s === 'string' && (SECTION_IDS as readonly string[]).includes(s)));
    out.sections = SECTION_IDS.filter((id) => chosen.has(id));
  }
  if (typeof v.showOmitted === 'boolean') out.showOmitted = v.showOmitted;
  if (typeof v.byFormerCommune === 'boolean') out.byFormerCommune = v.byFormerCommune;
  return out;
}

/** Persists the store in the document (settings live in memory until saveAsync). */
export const persist = persistSettings;

export function readFingerprints(store: SettingsStore | undefined): FingerprintBook {
  return store ? parseFingerprints(store.get(FINGERPRINT_KEY)) : {};
}

/** Keeps the book in the document. A failed save is not the clerk's problem (the text is already in place): the
 *  book stays in the session's settings and is saved with the next successful save. */
export async function writeFingerprints(store: SettingsStore | undefined, book: FingerprintBook): Promise<void> {
  if (!store) return;
  store.set(FINGERPRINT_KEY, book);
  await persist(store).catch(() => undefined);
}
