// A new commune formed from several former communes (2025 reorganisation), one workbook per former commune: which
// former commune each file is, its villages under their new names, and the new commune's figures by former commune.
import type { CommuneProfile } from './profile';
import { renameOf } from './profile';
import { VillageCatalogue, villageKey, type VillageMatch } from './villages';
import { fold } from './text/normalize';
import type { Doubt } from './doubts';
import type { AwardRegister, HouseholdRegister, PersonRegister, Register } from './registers/kind';
import type { HouseholdSummary, RateOptions } from './summary/households';
import type { AwardSummary } from './summary/awards';
import { summariseHouseholdRegisters } from './summary/householdRegisters';
import { summariseAwardRegisters } from './summary/awardRegisters';
import type { JoinPlan } from './registers/persons/join';

type Former = NonNullable<CommuneProfile['formerCommunes']>[number];

/** The new commune's figures over the files of one former commune (`name` null: files whose former commune is not known). */
export interface FormerCommuneSummary {
  name: string | null;
  files: string[];
  /** How the files were told to be this former commune's: the profile's `files`, or the file name or title naming it. */
  from: Array<'profile' | 'fileName' | 'title'>;
  households?: HouseholdSummary;
  awards?: AwardSummary;
}

/** A catalogue of the new commune's villages that also knows one former commune's old names (renamed villages). */
class FormerVillages extends VillageCatalogue {
  constructor(names: string[], private readonly renames: Map<string, string | null>) {
    super(names, false);
  }
  override readonly match = (text: string): VillageMatch | null => {
    const to = this.renames.get(villageKey(text));
    // An old name two former communes share, in a file whose former commune is not known: not read, not guessed.
    if (to === null) return null;
    // A renamed village is the new village, written under its old name: right in its former commune's file.
    if (to !== undefined && villageKey(to) !== villageKey(text)) return { name: this.baseMatch(to)?.name ?? to, exact: true, styleOnly: false, renamed: true };
    return this.baseMatch(text);
  };
  private baseMatch(text: string): VillageMatch | null {
    return super.matchText(text);
  }
}

/** Words of a file name or title, folded, with separators as spaces: "so-ho_GIA-HOA.xlsx" → " so ho gia hoa xlsx ". */
const words = (text: string) => ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The former communes a text names (a longer name wins over one it contains: "Gia Hòa Bắc" over "Gia Hòa"). */
function named(text: string, former: Former[]): Former[] {
  const t = words(text);
  const hits = former.filter((c) => t.includes(words(c.name)));
  return hits.filter((c) => !hits.some((o) => o !== c && words(o.name).includes(words(c.name))));
}

/** A file name as compared: no folder (a profile may hold a path), case, accents or extension. */
const withoutExtension = (f: string) => fold(f.split(/[\\/]/).pop() ?? f).replace(/\.[a-z0-9]{2,4}$/, '');

export interface FileAssignment {
  /** The former commune of each file, null when not known (a doubt says so). */
  communeOf: Map<string, { name: string; from: 'profile' | 'fileName' | 'title' } | null>;
  doubts: Doubt[];
  /** The villages as a file reads them: its former commune's old names lead to the new villages. */
  villagesOf(file: string, base: VillageCatalogue): VillageCatalogue;
}

/**
 * Which former commune each file is: the profile's `files`, else the file name naming one former commune, else the
 * title rows of its registers naming one. Otherwise the clerk is asked (a doubt): never a guess.
 */
export function assignFiles(files: Array<{ file: string; registers: Register[] }>, profile: CommuneProfile): FileAssignment {
  const former = profile.formerCommunes ?? [];
  // A former commune whose name the new commune took: "XÃ GIA HÒA" in a name or title may be the new commune.
  const telling = former.filter((c) => words(c.name) !== words(profile.commune));
  const communeOf: FileAssignment['communeOf'] = new Map();
  const doubts: Doubt[] = [];
  for (const f of files) {
    const listed = former.filter((c) => (c.files ?? []).some((x) => withoutExtension(x) === withoutExtension(f.file)));
    const byName = named(f.file, telling);
    const byTitle = named(f.registers.flatMap((r) => r.layout.titleText).join(' | '), telling);
    const found = listed.length === 1 ? { c: listed[0], from: 'profile' as const } : byName.length === 1 ? { c: byName[0], from: 'fileName' as const } : !byName.length && byTitle.length === 1 ? { c: byTitle[0], from: 'title' as const } : null;
    communeOf.set(f.file, found ? { name: found.c.name, from: found.from } : null);
    if (!found && f.registers.length) {
      const candidates = (byName.length ? byName : byTitle).map((c) => c.name);
      doubts.push({ code: 'formerCommune.unknown', file: f.file, sheet: f.registers[0].grid.sheet, params: { file: f.file, communes: former.map((c) => c.name).join(', '), candidates: candidates.join(', ') } });
    }
  }
  const catalogues = new Map<string, VillageCatalogue>();
  return {
    communeOf,
    doubts,
    villagesOf(file, base) {
      const key = communeOf.get(file)?.name ?? '';
      let cat = catalogues.get(key);
      if (!cat) {
        cat = new FormerVillages(base.names, renamesOf(profile, key || null));
        catalogues.set(key, cat);
      }
      return cat;
    },
  };
}

/**
 * Old village → new village for the files of one former commune (a village that kept its name maps to itself). For a
 * file whose former commune is not known, an old name that former communes read as different villages maps to null.
 */
function renamesOf(profile: CommuneProfile, formerCommune: string | null): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const c of profile.formerCommunes ?? []) {
    if (formerCommune !== null && fold(c.name) !== fold(formerCommune)) continue;
    for (const v of c.villages) {
      const to = renameOf(profile, c.name, v) ?? v;
      const key = villageKey(v);
      const before = out.get(key);
      out.set(key, before === undefined || (before !== null && villageKey(before) === villageKey(to)) ? to : null);
    }
  }
  return out;
}

/** The new villages a former commune's villages became, in the new commune's order. */
function newVillagesOf(profile: CommuneProfile, c: Former): string[] {
  const keys = new Set(c.villages.map((v) => villageKey(renameOf(profile, c.name, v) ?? v)));
  return profile.villages.filter((v) => keys.has(villageKey(v)));
}

/** The new commune's household and award figures over the files of each former commune (and of files not known). */
export function summariseFormerCommunes(
  profile: CommuneProfile,
  assignment: FileAssignment,
  registers: Register[],
  plan: JoinPlan,
  rates: RateOptions,
  year: number,
): FormerCommuneSummary[] {
  const groups: Array<{ name: string | null; villages: string[] }> = (profile.formerCommunes ?? []).map((c) => ({ name: c.name, villages: newVillagesOf(profile, c) }));
  if ([...assignment.communeOf.values()].some((x) => x === null)) groups.push({ name: null, villages: profile.villages });
  return groups.map((g) => {
    const files = [...assignment.communeOf].filter(([, c]) => (c?.name ?? null) === g.name).map(([f]) => f);
    const mine = registers.filter((r) => files.includes(r.file));
    const lists = mine.filter((r): r is HouseholdRegister => r.kind === 'households');
    const members = mine.filter((r): r is PersonRegister => r.kind === 'persons');
    const awards = mine.filter((r): r is AwardRegister => r.kind === 'awards');
    const from = [...new Set(files.flatMap((f) => assignment.communeOf.get(f)?.from ?? []))];
    const out: FormerCommuneSummary = { name: g.name, files, from };
    if (lists.length || members.length) out.households = summariseHouseholdRegisters(lists, members, plan, g.villages, rates).summary;
    const a = summariseAwardRegisters(awards, year).awards;
    if (a) out.awards = a;
    return out;
  });
}
