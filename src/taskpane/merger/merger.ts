// A merged commune's former communes as a clerk types them in a pane, one former commune a line:
//   Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2
//   Gia Thịnh: Thôn 1, Thôn 3 → Thôn 2
// (the old village, and after an arrow its new name when it was renamed). Parsed into the profile's formerCommunes
// and renamedVillages, checked with the profile's own rules, and written back the same way for editing.
import { parseProfile, type CommuneProfile } from '../../core/profile';
import { newVillagesOfMerger, type FormerCommuneSummary } from '../../core/formerCommunes';
import { villageKey } from '../../core/villages';
import { fold } from '../../core/text/normalize';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';

export interface Merger {
  formerCommunes: NonNullable<CommuneProfile['formerCommunes']>;
  renamedVillages?: CommuneProfile['renamedVillages'];
}

const ARROW = /\s*(?:→|->|=>|⇒)\s*/;

/** The former communes as lines (renames written after an arrow). */
export function mergerText(m: Merger): string {
  return m.formerCommunes
    .map((c) => {
      const villages = c.villages.map((v) => {
        const r = (m.renamedVillages ?? []).find((x) => villageKey(x.from) === villageKey(v) && (x.formerCommune === undefined || fold(x.formerCommune) === fold(c.name)));
        return r && r.to !== v ? `${v} → ${r.to}` : v;
      });
      return `${c.name}: ${villages.join(', ')}`;
    })
    .join('\n');
}

export type MergerParse = { ok: true; merger: Merger; villages: string[] } | { ok: false; problems: string[] };

/**
 * The clerk's lines as former communes and renames, or what is wrong (one sentence each, naming the line). `kept` is
 * the merger saved before: which files and sheets belong to a former commune stay with it when its line is edited.
 */
export function parseMergerText(text: string, lang: Lang, kept?: Merger): MergerParse {
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const problems: string[] = [];
  const formerCommunes: Merger['formerCommunes'] = [];
  const renamedVillages: NonNullable<Merger['renamedVillages']> = [];
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const n = i + 1;
    const colon = line.indexOf(':');
    if (colon < 0) return void problems.push(t('mergerNoColon', { n }));
    const name = line.slice(0, colon).trim().replace(/^xã\s+/i, '').replace(/\s*\(cũ\)$/i, '').trim();
    if (!name) return void problems.push(t('mergerNoName', { n }));
    if (lineOf.has(fold(name))) return void problems.push(t('mergerTwice', { n, name, first: lineOf.get(fold(name)) as number }));
    lineOf.set(fold(name), n);
    const villages: string[] = [];
    let unread = false;
    for (const item of line.slice(colon + 1).split(/[,;]/).map((x) => x.trim()).filter(Boolean)) {
      const [from, to, ...more] = item.split(ARROW).map((x) => x.trim());
      if (!from || more.length || to === '') {
        problems.push(t('mergerBadVillage', { n, item }));
        unread = true;
        continue;
      }
      if (villages.some((v) => villageKey(v) === villageKey(from))) continue;
      villages.push(from);
      if (to && to !== from) renamedVillages.push({ from, to, formerCommune: name });
    }
    if (!villages.length) return void (unread || problems.push(t('mergerNoVillages', { n, name })));
    const before = kept?.formerCommunes.find((c) => fold(c.name) === fold(name));
    formerCommunes.push({ name, villages, ...(before?.files?.length ? { files: before.files } : {}), ...(before?.sheets?.length ? { sheets: before.sheets } : {}) });
  });
  if (problems.length) return { ok: false, problems };
  if (formerCommunes.length < 2) return { ok: false, problems: [t('mergerFew')] };
  // A village name two former communes keep is two villages under one name: the clerk says the new names.
  const keptBy = new Map<string, string[]>();
  for (const c of formerCommunes) for (const v of c.villages) {
    if (renamedVillages.some((r) => r.formerCommune === c.name && villageKey(r.from) === villageKey(v))) continue;
    keptBy.set(villageKey(v), [...(keptBy.get(villageKey(v)) ?? []), c.name]);
  }
  for (const [key, communes] of keptBy) {
    if (communes.length < 2) continue;
    const village = formerCommunes.flatMap((c) => c.villages).find((v) => villageKey(v) === key) as string;
    problems.push(t('mergerShared', { village, communes: communes.join(', ') }));
  }
  if (problems.length) return { ok: false, problems };
  const merger: Merger = { formerCommunes, ...(renamedVillages.length ? { renamedVillages } : {}) };
  const villages = newVillagesOfMerger(merger);
  // The profile's own rules and limits, as a last check (its sentences name the profile's keys).
  const checked = parseProfile({ commune: formerCommunes[0].name, year: 2000, villages, ...merger });
  return checked.ok ? { ok: true, merger, villages } : { ok: false, problems: checked.problems };
}

/** A file, or a sheet of it, whose former commune the clerk is asked. */
export interface FormerQuestion {
  file: string;
  sheet?: string;
}

/**
 * What to ask: the sheets whose former commune is not known (`perSheet`: the Excel pane's one workbook), or the files
 * none of whose sheets is known and the unknown sheets of files partly known (the Word pane's picked workbooks).
 */
export function formerQuestions(by: FormerCommuneSummary[] | undefined, perSheet: boolean): FormerQuestion[] {
  const unknown = by?.find((c) => c.name === null);
  if (!unknown) return [];
  if (perSheet) return unknown.sheets.map((x) => ({ file: x.file, sheet: x.sheet }));
  return unknown.files.flatMap((file) => {
    const known = (by ?? []).some((c) => c.name !== null && c.files.includes(file));
    return known ? unknown.sheets.filter((x) => x.file === file).map((x) => ({ file, sheet: x.sheet })) : [{ file }];
  });
}

/** The merger with a file or a sheet told to be one former commune's (and no longer any other's). */
export function assignTo(m: Merger, q: FormerQuestion, name: string): Merger {
  const same = (a: string, b: string) => fold(a.trim()) === fold(b.trim());
  return {
    ...m,
    formerCommunes: m.formerCommunes.map((c) => {
      const mine = same(c.name, name);
      const files = (c.files ?? []).filter((f) => q.sheet !== undefined || !same(f, q.file));
      const sheets = (c.sheets ?? []).filter((x) => q.sheet === undefined || !same(x, q.sheet));
      if (mine && q.sheet === undefined) files.push(q.file);
      if (mine && q.sheet !== undefined) sheets.push(q.sheet);
      return { name: c.name, villages: c.villages, ...(files.length ? { files } : {}), ...(sheets.length ? { sheets } : {}) };
    }),
  };
}

/** A confirmed profile with the former communes saved (the new villages kept when the confirmed ones hold them all),
 *  or removed (null). */
export function withMerger<P extends { villages?: string[]; formerCommunes?: Merger['formerCommunes']; renamedVillages?: Merger['renamedVillages'] }>(profile: P, m: Merger | null, villages: string[]): P {
  const rest = { ...profile };
  delete rest.formerCommunes;
  delete rest.renamedVillages;
  if (!m) return rest;
  const held = profile.villages !== undefined && villages.every((v) => profile.villages?.some((x) => villageKey(x) === villageKey(v)));
  return { ...rest, villages: held ? profile.villages : villages, formerCommunes: m.formerCommunes, ...(m.renamedVillages ? { renamedVillages: m.renamedVillages } : {}) } as P;
}
