// The part of the commune profile a clerk confirms in a pane: the report year and the villages when the analysis
// inferred them (one click), and a merged commune's former communes (typed in the pane). Kept in the document's
// settings (key `baocao`, field `profile`) beside what else the pane stores; both panes read it with this parser (a full profile saved by the Word pane reads too).
import { z } from 'zod';
import { parseProfile, profileSchema } from '../core/profile';
import type { ConfirmedAnswers } from '../core/analyse';
import { newVillagesOfMerger } from '../core/formerCommunes';
import { isRecord } from './officeShared';

export type ConfirmedProfile = ConfirmedAnswers;

// The two fields' own schemas (the profile's whole-object checks, e.g. former communes, do not apply to them).
const confirmedSchema = z.object({ year: profileSchema.shape.year, villages: profileSchema.shape.villages }).partial();

/** What a stored profile confirms: a year and villages that pass the profile's own checks; the rest is left out. */
export function parseConfirmedProfile(raw: unknown): ConfirmedProfile | undefined {
  if (!isRecord(raw)) return undefined;
  const out: ConfirmedProfile = {};
  const year = confirmedSchema.shape.year.safeParse(raw.year);
  if (year.success && year.data !== undefined) out.year = year.data;
  const villages = confirmedSchema.shape.villages.safeParse(raw.villages);
  if (villages.success && villages.data !== undefined) out.villages = villages.data;
  // A merged commune's former communes entered in the pane: kept when they pass the profile's own checks.
  if (raw.formerCommunes !== undefined) {
    const merger = { formerCommunes: raw.formerCommunes, renamedVillages: raw.renamedVillages } as Pick<ConfirmedAnswers, 'formerCommunes' | 'renamedVillages'>;
    const checked = parseProfile({ commune: 'x', year: 2000, villages: out.villages ?? safeVillages(merger), ...merger });
    if (checked.ok && checked.profile.formerCommunes) {
      out.formerCommunes = checked.profile.formerCommunes;
      if (checked.profile.renamedVillages) out.renamedVillages = checked.profile.renamedVillages;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The new villages of a stored merger not yet checked (a damaged one gives none, and fails the check). */
function safeVillages(m: Pick<ConfirmedAnswers, 'formerCommunes' | 'renamedVillages'>): string[] {
  try {
    return newVillagesOfMerger(m);
  } catch {
    return [];
  }
}
