// The commune's villages: matching what clerks write ("Thôn An Lạc", "An Lac", "an lạc") to one canonical name.
import { cleanSpaces, fold, matchKey, nfc } from './text/normalize';
import { memoByText } from './text/memo';

const PREFIX = /^(?:thôn|xóm|làng|bản|ấp|tổ dân phố|tổ|khu dân cư|khu phố|tdp|buôn|thon|xom|lang|ban|ap|to dan pho|khu dan cu|khu pho)\s+(?:số\s+|so\s+)?/iu;

/** The "Thôn "/"Xóm " prefix a village is written with ('' when none), as written. */
export function villagePrefixOf(text: string): string {
  return PREFIX.exec(text)?.[0] ?? '';
}

/** The village name without its "Thôn"/"Xóm" prefix, spaces cleaned, NFC. */
export function stripVillagePrefix(text: string): string {
  return cleanSpaces(nfc(text)).replace(PREFIX, '').trim();
}

/** Key for matching villages: prefix, case, diacritics and spacing ignored. */
export const villageKey = memoByText((text: string): string => fold(stripVillagePrefix(text)));

export interface VillageMatch {
  name: string;
  /** Written exactly as the canonical name. */
  exact: boolean;
  /** Differs only by case or tone-placement style (hòa/hoà): worth a note, not a warning. */
  styleOnly: boolean;
  /** An old name of a former commune's village, read as the new village it was renamed (profile's renaming table). */
  renamed?: boolean;
}

/** The canonical village names of a commune, in the order the commune lists them. */
export class VillageCatalogue {
  private readonly byKey = new Map<string, string>();
  constructor(readonly names: string[], readonly inferred: boolean) {
    for (const n of names) this.byKey.set(villageKey(n), n);
  }
  /** The village a text names, or null when it names none of the commune's villages. */
  private byInitials(text: string): string | undefined {
    const t = stripVillagePrefix(text);
    if (!/^[A-Za-zĐđ]{2,4}$/u.test(t)) return undefined;
    const hits = this.names.filter((n) => initials(n) === fold(t));
    return hits.length === 1 ? hits[0] : undefined;
  }

  readonly match = memoByText((text: string): VillageMatch | null => this.matchText(text));

  protected matchText(text: string): VillageMatch | null {
    const name = this.byKey.get(villageKey(text)) ?? this.byInitials(text);
    if (name === undefined) return null;
    const exact = text === name;
    const styleOnly = !exact && cleanSpaces(text) === text && !PREFIX.test(text) && matchKey(text) === matchKey(name);
    return { name, exact, styleOnly };
  }
}

/** "AL" for "An Lạc": the initials clerks use for sheet names, when they name exactly one village. */
function initials(name: string): string {
  return villageKey(name).split(' ').map((w) => w[0] ?? '').join('');
}

/** A village as seen in the data: from a column (weight = rows), or named by a heading or sheet (authoritative). */
export interface VillageSighting {
  text: string;
  authoritative: boolean;
}

/**
 * Infers the villages from the data when no profile names them: every village a heading or sheet names, and the
 * names that many rows use (at least 2 rows and a fifth of a typical village's rows), spelled as most rows spell them.
 */
export function inferVillages(sightings: VillageSighting[]): string[] {
  const groups = new Map<string, { count: number; authoritative: boolean; spellings: Map<string, number>; full: Map<string, number>; first: number }>();
  sightings.forEach((s, i) => {
    const key = villageKey(s.text);
    if (!key) return;
    let g = groups.get(key);
    if (!g) {
      g = { count: 0, authoritative: false, spellings: new Map(), full: new Map(), first: i };
      groups.set(key, g);
    }
    g.count++;
    g.authoritative ||= s.authoritative;
    const spelling = stripVillagePrefix(s.text);
    g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + 1);
    const full = cleanSpaces(nfc(s.text));
    g.full.set(full, (g.full.get(full) ?? 0) + 1);
  });
  const all = [...groups.values()];
  if (all.some((g) => g.authoritative)) return pick(all.filter((g) => g.authoritative));
  const counts = all.map((g) => g.count).sort((a, b) => a - b);
  const median = counts.length ? counts[Math.floor(counts.length / 2)] : 0;
  // A stray spelling needs a register with villages of some size to stand out; in a short or filtered list (a few
  // poor households per village) every name written is taken as a village.
  const threshold = median >= 5 ? Math.max(2, Math.ceil(median * 0.2)) : 1;
  return pick(all.filter((g) => g.count >= threshold));
}

function pick(groups: Array<{ first: number; spellings: Map<string, number>; full: Map<string, number> }>): string[] {
  return groups
    .sort((a, b) => a.first - b.first)
    .map((g) => {
      // Most used spelling; on a tie, the one with diacritics, then the one in title case.
      const ranked = [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || diacritics(b[0]) - diacritics(a[0]) || titleScore(b[0]) - titleScore(a[0]));
      // A village named by a number ("Thôn 1", "Tổ dân phố số 2") keeps its prefix: "1" alone names nothing.
      if (/^\d+$/.test(ranked[0][0])) return [...g.full.entries()].sort((a, b) => b[1] - a[1])[0][0];
      return ranked[0][0];
    });
}

const diacritics = (s: string) => s.normalize('NFD').length - s.length + (/[đĐ]/.test(s) ? 1 : 0);
const titleScore = (s: string) => s.split(' ').filter((w) => /^\p{Lu}\p{Ll}*$/u.test(w)).length;
