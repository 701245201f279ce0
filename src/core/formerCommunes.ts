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

/** The new commune's figures over the registers of one former commune (`name` null: those whose former commune is not known). */
export interface FormerCommuneSummary {
  name: string | null;
  /** The files of its registers (a file may also hold other former communes' sheets). */
  files: string[];
  /** The sheets of its registers. */
  sheets: Array<{ file: string; sheet: string }>;
  /** How its registers were told to be this former commune's: the profile (`files`, `sheets`), or a file name, sheet
   *  name or title naming it. */
  from: AssignedFrom[];
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

/** What the former communes are read with: the profile's, or what the clerk gave in a pane (no full profile). */
export type MergerProfile = Pick<CommuneProfile, 'renamedVillages' | 'formerCommunes'> & { commune?: string };

export type AssignedFrom = 'profile' | 'fileName' | 'sheetName' | 'title';

export interface FileAssignment {
  /** The former commune of each register, null when not known (a doubt says so). */
  communeOf: Map<Register, { name: string; from: AssignedFrom } | null>;
  doubts: Doubt[];
  /** The villages as a register reads them: its former commune's old names lead to the new villages. */
  villagesOf(reg: Register, base: VillageCatalogue): VillageCatalogue;
}

/**
 * Which former commune each register is. A whole file: the profile's `files`, else the file name naming one former
 * commune. Else each sheet (one workbook may hold a sheet per former commune): the profile's `sheets`, the sheet name
 * naming one, the sheet's title rows naming one, the file's title rows naming one. Otherwise the clerk is asked (a
 * doubt, for the file or for each sheet not known): never a guess.
 */
export function assignFiles(files: Array<{ file: string; registers: Register[] }>, profile: MergerProfile): FileAssignment {
  const former = profile.formerCommunes ?? [];
  // A former commune whose name the new commune took: "XÃ GIA HÒA" in a name or title may be the new commune.
  const telling = former.filter((c) => profile.commune === undefined || words(c.name) !== words(profile.commune));
  const communeOf: FileAssignment['communeOf'] = new Map();
  const doubts: Doubt[] = [];
  const one = (hits: Former[], from: AssignedFrom) => (hits.length === 1 ? { name: hits[0].name, from } : null);
  for (const f of files) {
    const listed = former.filter((c) => (c.files ?? []).some((x) => withoutExtension(x) === withoutExtension(f.file)));
    const byName = named(f.file, telling);
    const whole = one(listed, 'profile') ?? one(byName, 'fileName');
    const fileTitles = named(f.registers.flatMap((r) => r.layout.titleText).join(' | '), telling);
    // A file name naming several former communes leaves the choice among them to the sheet or its title.
    const among = (hits: Former[]) => (byName.length ? hits.filter((c) => byName.includes(c)) : hits);
    for (const reg of f.registers) {
      const sheet = reg.grid.sheet;
      const bySheet = former.filter((c) => (c.sheets ?? []).some((x) => fold(x.trim()) === fold(sheet.trim())));
      communeOf.set(reg, whole ?? one(bySheet, 'profile') ?? one(among(named(sheet, telling)), 'sheetName') ?? one(among(named(reg.layout.titleText.join(' | '), telling)), 'title'));
    }
    // A sheet with no word of its own (a member list under the household list) is its file's, when the file's
    // titles name one former commune and no sheet of it is told to be another's.
    const told = new Set(f.registers.map((r) => communeOf.get(r)?.name).filter((n) => n !== undefined));
    const fallback = !byName.length && told.size <= 1 ? one(fileTitles, 'title') : null;
    if (fallback && (!told.size || told.has(fallback.name))) for (const reg of f.registers) if (!communeOf.get(reg)) communeOf.set(reg, fallback);
    const unknown = f.registers.filter((r) => communeOf.get(r) === null);
    if (!unknown.length) continue;
    const candidates = (byName.length ? byName : fileTitles).map((c) => c.name).join(', ');
    const communes = former.map((c) => c.name).join(', ');
    // One question for a file none of whose sheets is known; one a sheet where its other sheets are.
    if (unknown.length === f.registers.length) doubts.push({ code: 'formerCommune.unknown', file: f.file, sheet: unknown[0].grid.sheet, params: { file: f.file, communes, candidates } });
    else for (const reg of unknown) doubts.push({ code: 'formerCommune.unknown', file: f.file, sheet: reg.grid.sheet, params: { file: f.file, communes, candidates: '', sheetOnly: reg.grid.sheet } });
  }
  const catalogues = new Map<string, VillageCatalogue>();
  return {
    communeOf,
    doubts,
    villagesOf(reg, base) {
      const key = communeOf.get(reg)?.name ?? '';
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
function renamesOf(profile: MergerProfile, formerCommune: string | null): Map<string, string | null> {
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

/** The new commune's villages as the former communes' villages became (renamed or kept), in the order given. */
export function newVillagesOfMerger(p: MergerProfile): string[] {
  const out: string[] = [];
  for (const c of p.formerCommunes ?? []) for (const v of c.villages) {
    const to = renameOf(p, c.name, v) ?? v;
    if (!out.some((x) => villageKey(x) === villageKey(to))) out.push(to);
  }
  return out;
}

/** The new villages a former commune's villages became, in the new commune's order. */
function newVillagesOf(profile: MergerProfile & { villages: string[] }, c: Former): string[] {
  const keys = new Set(c.villages.map((v) => villageKey(renameOf(profile, c.name, v) ?? v)));
  return profile.villages.filter((v) => keys.has(villageKey(v)));
}

/** The new commune's household and award figures over the registers of each former commune (and of those not known). */
export function summariseFormerCommunes(
  profile: MergerProfile & { villages: string[] },
  assignment: FileAssignment,
  registers: Register[],
  plan: JoinPlan,
  rates: RateOptions,
  year: number,
): FormerCommuneSummary[] {
  const groups: Array<{ name: string | null; villages: string[] }> = (profile.formerCommunes ?? []).map((c) => ({ name: c.name, villages: newVillagesOf(profile, c) }));
  if ([...assignment.communeOf.values()].some((x) => x === null)) groups.push({ name: null, villages: profile.villages });
  return groups.map((g) => {
    const mine = registers.filter((r) => (assignment.communeOf.get(r)?.name ?? null) === g.name);
    const lists = mine.filter((r): r is HouseholdRegister => r.kind === 'households');
    const members = mine.filter((r): r is PersonRegister => r.kind === 'persons');
    const awards = mine.filter((r): r is AwardRegister => r.kind === 'awards');
    const from = [...new Set(mine.flatMap((r) => assignment.communeOf.get(r)?.from ?? []))];
    const files = [...new Set(mine.map((r) => r.file))];
    const sheets = mine.map((r) => ({ file: r.file, sheet: r.grid.sheet }));
    const out: FormerCommuneSummary = { name: g.name, files, sheets, from };
    if (lists.length || members.length) out.households = summariseHouseholdRegisters(lists, members, plan, g.villages, rates).summary;
    const a = summariseAwardRegisters(awards, year).awards;
    if (a) out.awards = a;
    return out;
  });
}
