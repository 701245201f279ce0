// What the report is built from: the summary plus the award list, as plain JSON that can travel between panes.
import type { Analysis } from '../analyse';
import type { HouseholdSummary } from '../summary/households';
import type { AwardSummary } from '../summary/awards';
import { awardLevel } from '../summary/awards';
import type { DayDate } from '../values/dates';
import type { Level } from '../registers/awards/authorities';
import type { ReportComparison } from '../compare';

/** One award as the report tables and "cấp trên" lines need it. */
export interface AwardItem {
  recipientName: string;
  recipientKind: 'collective' | 'individual' | 'household' | null;
  position: string | null;
  form: string;
  authority: string | null;
  level: Level | null;
  /** Decided by the commune chairman (UBND xã): paid from the commune fund. */
  communeChair: boolean;
  party: boolean;
  /** From a higher level than the commune (district and above, or a "cấp trên" block). */
  higher: boolean;
  decisionNo: string | null;
  decisionDate: DayDate | null;
  amount: number | null;
}

export interface ReportInput {
  year: number;
  commune?: string;
  district?: string;
  province?: string;
  villages: string[];
  households?: HouseholdSummary;
  awards?: AwardSummary;
  awardItems: AwardItem[];
  /** A new commune formed from former communes: each one's household counts (name null: files of no known one). */
  formerCommunes?: Array<{ name: string | null; households?: { total: number; filtered?: boolean; poverty?: { poor: number; nearPoor: number } } }>;
  /** Last year's figures beside this year's, when last year's registers are loaded (section so-sanh). */
  comparison?: ReportComparison;
}

/** The report input of an analysis (and the profile's names when there is one). */
export function reportInputOf(a: Analysis, names: { commune?: string; district?: string; province?: string } = {}): ReportInput {
  const awardItems: AwardItem[] = [];
  for (const f of a.files) for (const reg of f.registers) {
    // Proposals are not awards given: the report counts only what was decided.
    if (reg.kind !== 'awards' || reg.proposal) continue;
    for (const r of reg.records) {
      if (!r.recipientName || !(r.form ?? r.formText)) continue;
      const level = awardLevel(r);
      awardItems.push({
        recipientName: r.recipientName,
        recipientKind: r.recipientKind,
        position: r.position,
        form: r.form ?? r.formText ?? '',
        authority: r.authorityText,
        level,
        communeChair: r.authorityKind === 'chair_xa' || (!r.authorityText && r.levelBlock === 'xa' && !r.party),
        party: r.party,
        higher: (level !== null && level !== 'xa') || (level === null && r.levelBlock === 'higher'),
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        amount: r.amount,
      });
    }
  }
  const formerCommunes = a.formerCommunes?.map((c) => ({ name: c.name, ...(c.households ? { households: formerHouseholds(c.households) } : {}) }));
  return { year: a.year, commune: names.commune ?? a.commune, district: names.district, province: names.province, villages: a.villages, households: a.summary.households, awards: a.summary.awards, awardItems, ...(formerCommunes ? { formerCommunes } : {}) };
}

/** A former commune's household counts as the report needs them (no class column: no poverty figures). */
function formerHouseholds(h: HouseholdSummary): NonNullable<NonNullable<ReportInput['formerCommunes']>[number]['households']> {
  return { total: h.total, ...(h.filtered ? { filtered: true } : {}), ...(h.measured && !h.measured.poverty ? {} : { poverty: { poor: h.poverty.poor, nearPoor: h.poverty.nearPoor } }) };
}
