// Award statistics: by recipient kind, form and level; money in total, by level and from the commune fund.
import type { AwardRecord } from '../registers/awards/schema';
import type { Level } from '../registers/awards/authorities';
import { countedAmount } from '../registers/awards/law';

type ByLevel = Record<Level, number>;
const zeroLevels = (): ByLevel => ({ xa: 0, huyen: 0, tinh: 0, trung_uong: 0 });

export interface AwardSummary {
  total: number;
  collective: number;
  individual: number;
  household: number;
  byForm: Record<string, number>;
  byLevel: ByLevel & { unknown?: number };
  amount: { total: number; byLevel: ByLevel; communeChair: number; rowsWithAmount: number };
  /** Awards decided at the commune level (state, not Party), to collectives and to individuals. */
  commune: { collective: number; individual: number; household: number; amount: number };
  /** Awards from higher levels (district and above), received by the commune's units and people. */
  higher: { collective: number; individual: number; household: number };
  /** Party committee awards. */
  party: { collective: number; individual: number; household: number };
  /** Of the Party committee awards, those from a committee above the commune (Huyện ủy, Tỉnh ủy): the report
   *  says them among the awards from higher levels. Absent in summaries saved before it was counted. */
  partyHigher?: { collective: number; individual: number; household: number };
  /** Rows whose form could not be read, counted under "Khác" in byForm. */
  unknownForm: number;
}

/** The level an award counts at: its authority's, else its level block's ("B. CẤP TRÊN" stays unknown). */
export function awardLevel(r: AwardRecord): Level | null {
  if (r.level) return r.level;
  return r.levelBlock && r.levelBlock !== 'higher' ? r.levelBlock : null;
}

function tallyKind(t: { collective: number; individual: number; household: number }, r: AwardRecord): void {
  if (r.recipientKind) t[r.recipientKind]++;
}

/** Statistics over award records. A record counts wherever the counted field is readable. */
export function summariseAwards(records: AwardRecord[]): AwardSummary {
  const s: AwardSummary = {
    total: 0, collective: 0, individual: 0, household: 0, byForm: {}, byLevel: zeroLevels(),
    amount: { total: 0, byLevel: zeroLevels(), communeChair: 0, rowsWithAmount: 0 },
    commune: { collective: 0, individual: 0, household: 0, amount: 0 },
    higher: { collective: 0, individual: 0, household: 0 },
    party: { collective: 0, individual: 0, household: 0 },
    partyHigher: { collective: 0, individual: 0, household: 0 },
    unknownForm: 0,
  };
  for (const r of records) {
    s.total++;
    if (r.recipientKind) s[r.recipientKind]++;
    const form = r.form ?? (r.formText ? 'Khác' : null);
    if (form) s.byForm[form] = (s.byForm[form] ?? 0) + 1;
    if (!r.form && r.formText) s.unknownForm++;
    const level = awardLevel(r);
    if (level) s.byLevel[level]++;
    else s.byLevel.unknown = (s.byLevel.unknown ?? 0) + 1;
    // An amount no award can pay is flagged in validation and left out of every total.
    const money = countedAmount(r.amount);
    if (money > 0) s.amount.rowsWithAmount++;
    s.amount.total += money;
    if (level) s.amount.byLevel[level] += money;
    if (r.authorityKind === 'chair_xa' || (!r.authorityText && r.levelBlock === 'xa' && !r.party)) s.amount.communeChair += money;
    if (r.party) {
      tallyKind(s.party, r);
      if ((level !== null && level !== 'xa') || (level === null && r.levelBlock === 'higher')) tallyKind(s.partyHigher ??= { collective: 0, individual: 0, household: 0 }, r);
    }
    else if (level === 'xa') {
      tallyKind(s.commune, r);
      s.commune.amount += money;
    } else if (level || r.levelBlock === 'higher') tallyKind(s.higher, r);
  }
  return s;
}


type Kinds = { collective: number; individual: number; household: number };

/** The sets a report speaks of: the commune's own awards, those from higher levels (a Party committee above the
 *  commune included) and the commune Party committee's. The report writes them and the report check reads them. */
export function reportedAwardCounts(a: AwardSummary): { commune: Kinds; higher: Kinds; party: Kinds } {
  const up = a.partyHigher ?? { collective: 0, individual: 0, household: 0 };
  const plus = (x: Kinds, sign: 1 | -1): Kinds => ({ collective: x.collective + sign * up.collective, individual: x.individual + sign * up.individual, household: x.household + sign * up.household });
  return { commune: a.commune, higher: plus(a.higher, 1), party: plus(a.party, -1) };
}
