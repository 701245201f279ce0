// The part of the commune profile a clerk confirms in a pane with one click: the report year and the villages,
// when the analysis inferred them. Kept in the document's settings (key `baocao`, field `profile`) beside what
// else the pane stores; both panes read it with this parser (a full profile saved by the Word pane reads too).
import { z } from 'zod';
import { profileSchema } from '../core/profile';
import { isRecord } from './officeShared';

export interface ConfirmedProfile {
  year?: number;
  villages?: string[];
}

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
  return out.year === undefined && out.villages === undefined ? undefined : out;
}
