// The same household in two years' registers: by household code, else by the head's CCCD, else by the head's
// name + birth year + village, in that order, each match saying how it was made. A key shared by more than one row
// on either side matches nothing (two candidates are not a match): those rows are listed as ambiguous, never guessed.
import type { HouseholdRecord } from '../registers/households/schema';
import { matchKey } from '../text/normalize';
import { villageKey } from '../villages';
import type { VillageRename } from './figures';

/** A household row of one year: where it is, and its record. */
export interface HouseholdRow {
  file: string;
  record: HouseholdRecord;
}

/** Where a row is, without the name or CCCD it holds (messages and outputs never carry them). */
export interface RowRef {
  file: string;
  sheet: string;
  row: number;
  village: string | null;
}

export type MatchKey = 'householdId' | 'cccd' | 'nameBirthVillage';
export const MATCH_KEYS: readonly MatchKey[] = ['householdId', 'cccd', 'nameBirthVillage'];

export interface HouseholdMatch {
  current: RowRef;
  previous: RowRef;
  by: MatchKey;
}

/** A row left unmatched because its key is shared: how many rows of each year have it. */
export interface AmbiguousRow {
  ref: RowRef;
  year: 'current' | 'previous';
  by: MatchKey;
  currentRows: number;
  previousRows: number;
}

/** Matched households that changed class or title, by row pair; counts null when a year has no column for it. */
export interface Movements {
  /** Poor last year, not poor this year (thoát nghèo). */
  leftPoverty: HouseholdMatch[] | null;
  /** Not poor last year, poor this year (hộ nghèo phát sinh). */
  fellIntoPoverty: HouseholdMatch[] | null;
  leftNearPoor: HouseholdMatch[] | null;
  fellIntoNearPoor: HouseholdMatch[] | null;
  /** Recognised as Gia đình văn hóa both years (giữ vững), last year only (không còn đạt), this year only. */
  culturalFamilyKept: HouseholdMatch[] | null;
  culturalFamilyLost: HouseholdMatch[] | null;
  culturalFamilyGained: HouseholdMatch[] | null;
}

export interface HouseholdMatching {
  matched: number;
  matchedBy: Record<MatchKey, number>;
  movements: Movements;
  /** This year's households with no row last year, and last year's with no row this year (not ambiguous). */
  newHouseholds: RowRef[];
  removedHouseholds: RowRef[];
  /** Of those, the poor ones (null when a year has no poverty column). */
  newPoor: number | null;
  removedPoor: number | null;
  ambiguous: AmbiguousRow[];
}

/** Which figures each year's registers give: a movement needs the column in both years. */
export interface MatchMeasures {
  poverty: boolean;
  culturalFamily: boolean;
}

const byPlace = (a: AmbiguousRow, b: AmbiguousRow) =>
  (a.year === b.year ? 0 : a.year === 'current' ? -1 : 1) || a.ref.file.localeCompare(b.ref.file) || a.ref.sheet.localeCompare(b.ref.sheet) || a.ref.row - b.ref.row;

const refOf = (r: HouseholdRow): RowRef => ({ file: r.file, sheet: r.record.sheet, row: r.record.row, village: r.record.village ?? r.record.villageText });

/** A CCCD as a key: digits only; a number that lost its leading zeros (province codes start 0) gets them back. */
function cccdKey(cccd: string | null): string | null {
  if (!cccd) return null;
  const d = cccd.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(d)) return null;
  if (d.length === 10 || d.length === 11) return d.padStart(12, '0');
  return d.length === 12 || d.length === 9 ? d : null;
}

const codeKey = (id: string | null): string | null => (id && id.trim() ? id.replace(/\s+/g, '').toUpperCase() : null);

type KeyOf = (r: HouseholdRow) => string | null;

function keys(renames: VillageRename[]): { current: Record<MatchKey, KeyOf>; previous: Record<MatchKey, KeyOf> } {
  const renamed = new Map(renames.map((r) => [villageKey(r.from), villageKey(r.to)]));
  const village = (r: HouseholdRecord, old: boolean): string | null => {
    const text = r.village ?? r.villageText;
    if (!text) return null;
    const k = villageKey(text);
    return old ? renamed.get(k) ?? k : k;
  };
  const nameKey = (old: boolean): KeyOf => ({ record: r }) => {
    const v = village(r, old);
    return r.headName && r.birthYear && v !== null ? `${matchKey(r.headName)}|${r.birthYear}|${v}` : null;
  };
  const base = { householdId: (r: HouseholdRow) => codeKey(r.record.householdId), cccd: (r: HouseholdRow) => cccdKey(r.record.cccd) };
  return { current: { ...base, nameBirthVillage: nameKey(false) }, previous: { ...base, nameBirthVillage: nameKey(true) } };
}

/** Open rows by key: one row's index, or the indexes of every row sharing the key (arrays only where needed). */
interface Groups {
  one: Map<string, number>;
  many: Map<string, number[]>;
}

function group(rows: HouseholdRow[], open: Uint8Array, key: KeyOf): Groups {
  const one = new Map<string, number>();
  const many = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (!open[i]) continue;
    const k = key(rows[i]);
    if (k === null) continue;
    const list = many.get(k);
    if (list) list.push(i);
    else {
      const first = one.get(k);
      if (first === undefined) one.set(k, i);
      else {
        one.delete(k);
        many.set(k, [first, i]);
      }
    }
  }
  return { one, many };
}

const indexes = (g: Groups, key: string): number[] | null => {
  const i = g.one.get(key);
  return i !== undefined ? [i] : g.many.get(key) ?? null;
};

/** Matches this year's household rows with last year's, key by key; lists what changed and what stays unmatched. */
export function matchHouseholds(current: HouseholdRow[], previous: HouseholdRow[], measures: MatchMeasures, renames: VillageRename[] = []): HouseholdMatching {
  // Rows are worked on by index: open (not yet matched) flags and the first ambiguity of each row.
  const openCur = new Uint8Array(current.length).fill(1);
  const openPrev = new Uint8Array(previous.length).fill(1);
  const k = keys(renames);
  const pairs: Array<{ cur: HouseholdRow; prev: HouseholdRow; by: MatchKey }> = [];
  const ambiguousCur = new Map<number, AmbiguousRow>();
  const ambiguousPrev = new Map<number, AmbiguousRow>();
  const matchedBy: Record<MatchKey, number> = { householdId: 0, cccd: 0, nameBirthVillage: 0 };
  for (const by of MATCH_KEYS) {
    const prevGroups = group(previous, openPrev, k.previous[by]);
    const curGroups = group(current, openCur, k.current[by]);
    for (const [key, c] of curGroups.one) {
      const p = prevGroups.one.get(key);
      if (p === undefined) continue;
      pairs.push({ cur: current[c], prev: previous[p], by });
      openCur[c] = 0;
      openPrev[p] = 0;
      ambiguousCur.delete(c);
      ambiguousPrev.delete(p);
      matchedBy[by]++;
    }
    // Two candidates: no match by this key; a later key may still tell them apart. The first ambiguity is kept.
    const flag = (curs: number[], prevs: number[]) => {
      for (const i of curs) if (!ambiguousCur.has(i)) ambiguousCur.set(i, { ref: refOf(current[i]), year: 'current', by, currentRows: curs.length, previousRows: prevs.length });
      for (const i of prevs) if (!ambiguousPrev.has(i)) ambiguousPrev.set(i, { ref: refOf(previous[i]), year: 'previous', by, currentRows: curs.length, previousRows: prevs.length });
    };
    for (const [key, curs] of curGroups.many) {
      const prevs = indexes(prevGroups, key);
      if (prevs) flag(curs, prevs);
    }
    for (const [key, prevs] of prevGroups.many) {
      const c = curGroups.one.get(key);
      if (c !== undefined) flag([c], prevs);
    }
  }
  const match = (p: (typeof pairs)[number]): HouseholdMatch => ({ current: refOf(p.cur), previous: refOf(p.prev), by: p.by });
  const where = (test: (c: HouseholdRecord, p: HouseholdRecord) => boolean) => pairs.filter((p) => test(p.cur.record, p.prev.record)).map(match);
  const achieved = (r: HouseholdRecord) => r.culturalFamilyAchieved === true;
  const movements: Movements = {
    leftPoverty: measures.poverty ? where((c, p) => p.poor && !c.poor) : null,
    fellIntoPoverty: measures.poverty ? where((c, p) => !p.poor && c.poor) : null,
    leftNearPoor: measures.poverty ? where((c, p) => p.nearPoor && !c.nearPoor) : null,
    fellIntoNearPoor: measures.poverty ? where((c, p) => !p.nearPoor && c.nearPoor) : null,
    culturalFamilyKept: measures.culturalFamily ? where((c, p) => achieved(p) && achieved(c)) : null,
    culturalFamilyLost: measures.culturalFamily ? where((c, p) => achieved(p) && !achieved(c)) : null,
    culturalFamilyGained: measures.culturalFamily ? where((c, p) => !achieved(p) && achieved(c)) : null,
  };
  const fresh = current.filter((_, i) => openCur[i] && !ambiguousCur.has(i));
  const gone = previous.filter((_, i) => openPrev[i] && !ambiguousPrev.has(i));
  return {
    matched: pairs.length,
    matchedBy,
    movements,
    newHouseholds: fresh.map(refOf),
    removedHouseholds: gone.map(refOf),
    newPoor: measures.poverty ? fresh.filter((r) => r.record.poor).length : null,
    removedPoor: measures.poverty ? gone.filter((r) => r.record.poor).length : null,
    // Rows a later key matched are no longer ambiguous; the rest are listed this year's first, in reading order.
    ambiguous: [...ambiguousCur.values(), ...ambiguousPrev.values()].sort(byPlace),
  };
}
