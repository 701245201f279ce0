// The commune profile (DOMAIN.md §7): name, year and villages, checked by zod; inferred from the data without one.
import { z } from 'zod';
import { plainOutputText } from './text/display';
import { villageKey } from './villages';
import { fold } from './text/normalize';

const period = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), value: z.number().positive() });

/** Bounds that no real commune reaches: a profile beyond them is a wrong file, refused before any work. */
export const PROFILE_LIMITS = { name: 100, villages: 500, formerCommunes: 20, files: 50, fileName: 255 } as const;

// Hidden direction and control characters are dropped: a name is written into every report heading.
const name = z.string().transform(plainOutputText).pipe(z.string().trim().min(1).max(PROFILE_LIMITS.name));
const fileName = z.string().transform(plainOutputText).pipe(z.string().trim().min(1).max(PROFILE_LIMITS.fileName));

export const profileSchema = z.object({
  commune: name,
  district: name.optional(),
  province: name.optional(),
  year: z.number().int().min(1990).max(2100),
  villages: z.array(name).min(1).max(PROFILE_LIMITS.villages),
  /**
   * The renaming table (old name → new name): villages renamed since last year (year-over-year figures pair them), and
   * the villages of former communes under their new names (`formerCommune` says whose "Thôn 1" it is).
   */
  renamedVillages: z.array(z.object({ from: name, to: name, formerCommune: name.optional() })).max(PROFILE_LIMITS.villages).optional(),
  /** The communes this one was formed from (2025 reorganisation), each with its villages, its workbooks (`files`) and
   *  its sheets of a workbook that holds several former communes' registers (`sheets`). */
  formerCommunes: z
    .array(z.object({ name, villages: z.array(name).min(1).max(PROFILE_LIMITS.villages), files: z.array(fileName).max(PROFILE_LIMITS.files).optional(), sheets: z.array(name).max(PROFILE_LIMITS.files).optional() }))
    .min(2)
    .max(PROFILE_LIMITS.formerCommunes)
    .optional(),
  overrides: z
    .object({
      /** Base salary periods (đồng/month), replacing the built-in table. */
      baseSalary: z.array(period).optional(),
      /** Base of the Gia đình văn hóa rate: registered households (default) or all households. */
      culturalFamilyBase: z.enum(['registered', 'all']).optional(),
      /** Decimals of each rate in the summary. */
      rateDecimals: z.object({ poverty: z.number().int().min(0).max(4).optional(), culturalFamily: z.number().int().min(0).max(4).optional() }).optional(),
    })
    .optional(),
}).superRefine((p, ctx) => {
  for (const problem of mergerProblems(p)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

export type CommuneProfile = z.infer<typeof profileSchema>;

type Problem = { path: Array<string | number>; message: string };

/**
 * What the former communes and the renaming table must agree on: every old village reaches one new village (by a
 * rename or by keeping its name), a name two former communes share is said whose it is, and a file belongs to one.
 */
function mergerProblems(p: Pick<CommuneProfile, 'villages' | 'renamedVillages' | 'formerCommunes'>): Problem[] {
  const out: Problem[] = [];
  const former = p.formerCommunes ?? [];
  const renames = p.renamedVillages ?? [];
  const newVillages = new Set(p.villages.map(villageKey));
  const communeIndex = new Map<string, number>();
  former.forEach((c, i) => {
    if (communeIndex.has(fold(c.name))) out.push({ path: ['formerCommunes', i, 'name'], message: `xã cũ "${c.name}" đã ghi ở trên.` });
    else communeIndex.set(fold(c.name), i);
  });
  const fileOwner = new Map<string, string>();
  former.forEach((c, i) => (c.files ?? []).forEach((f, j) => {
    const owner = fileOwner.get(fold(f));
    if (owner !== undefined && owner !== c.name) out.push({ path: ['formerCommunes', i, 'files', j], message: `tệp "${f}" đã ghi cho xã cũ "${owner}": một tệp chỉ thuộc một xã cũ.` });
    else fileOwner.set(fold(f), c.name);
  }));
  const sheetOwner = new Map<string, string>();
  former.forEach((c, i) => (c.sheets ?? []).forEach((sh, j) => {
    const owner = sheetOwner.get(fold(sh));
    if (owner !== undefined && owner !== c.name) out.push({ path: ['formerCommunes', i, 'sheets', j], message: `trang "${sh}" đã ghi cho xã cũ "${owner}": một trang chỉ thuộc một xã cũ.` });
    else sheetOwner.set(fold(sh), c.name);
  }));
  // Which former communes hold each old village name.
  const holders = new Map<string, string[]>();
  for (const c of former) for (const v of c.villages) holders.set(villageKey(v), [...(holders.get(villageKey(v)) ?? []), c.name]);
  renames.forEach((r, i) => {
    const at = ['renamedVillages', i];
    if (r.formerCommune === undefined) {
      const h = holders.get(villageKey(r.from)) ?? [];
      if (h.length > 1) out.push({ path: [...at, 'from'], message: `thôn "${r.from}" có ở cả các xã cũ ${h.map((x) => `"${x}"`).join(', ')}: hãy ghi "formerCommune" là xã cũ của thôn này.` });
      return;
    }
    if (!former.length) {
      out.push({ path: [...at, 'formerCommune'], message: 'chỉ dùng khi hồ sơ có danh sách xã cũ (formerCommunes).' });
      return;
    }
    const ci = communeIndex.get(fold(r.formerCommune));
    if (ci === undefined) out.push({ path: [...at, 'formerCommune'], message: `không có xã cũ "${r.formerCommune}" trong danh sách xã cũ (formerCommunes).` });
    else if (!former[ci].villages.some((v) => villageKey(v) === villageKey(r.from))) out.push({ path: [...at, 'from'], message: `thôn "${r.from}" không có trong các thôn của xã cũ "${former[ci].name}".` });
    if (!newVillages.has(villageKey(r.to))) out.push({ path: [...at, 'to'], message: `thôn mới "${r.to}" không có trong Các thôn (villages) của xã.` });
  });
  // Each old village: renamed, or kept under its name (then a village of the new commune, and kept by one former commune only).
  const keptBy = new Map<string, string[]>();
  former.forEach((c, i) => c.villages.forEach((v, j) => {
    if (renameOf(p, c.name, v) !== undefined) return;
    if (!newVillages.has(villageKey(v))) {
      out.push({ path: ['formerCommunes', i, 'villages', j], message: `thôn "${v}" của xã cũ "${c.name}" không có trong Các thôn (villages) của xã mới: nếu đã đổi tên, ghi vào Thôn đổi tên (renamedVillages) { "from": "${v}", "formerCommune": "${c.name}", "to": "tên mới" }.` });
      return;
    }
    keptBy.set(villageKey(v), [...(keptBy.get(villageKey(v)) ?? []), c.name]);
  }));
  for (const [key, communes] of keptBy) {
    if (communes.length < 2) continue;
    const v = p.villages.find((x) => villageKey(x) === key) ?? key;
    out.push({ path: ['formerCommunes'], message: `thôn "${v}" có ở cả các xã cũ ${communes.map((x) => `"${x}"`).join(', ')} mà chưa đổi tên: là hai thôn khác nhau, nên hãy ghi tên mới của từng thôn trong Thôn đổi tên (renamedVillages, với "formerCommune"); nếu đã nhập làm một, cũng ghi cho từng xã cũ với cùng tên mới.` });
  }
  return out;
}

/**
 * The new name of an old village of a former commune, by the renaming table: a rename that names this former commune,
 * or one that names none when the old name is this former commune's (not another's too); undefined when not renamed.
 */
export function renameOf(p: Pick<CommuneProfile, 'renamedVillages' | 'formerCommunes'>, formerCommune: string, village: string): string | undefined {
  const key = villageKey(village);
  const renames = (p.renamedVillages ?? []).filter((r) => villageKey(r.from) === key);
  const own = renames.find((r) => r.formerCommune !== undefined && fold(r.formerCommune) === fold(formerCommune));
  if (own) return own.to;
  const holders = (p.formerCommunes ?? []).filter((c) => c.villages.some((v) => villageKey(v) === key));
  const mine = holders.length === 1 && fold(holders[0].name) === fold(formerCommune);
  return mine ? renames.find((r) => r.formerCommune === undefined)?.to : undefined;
}

/** A rename of the merger (a former commune's village), not a rename since last year. */
export function isMergerRename(p: Pick<CommuneProfile, 'formerCommunes'>, r: NonNullable<CommuneProfile['renamedVillages']>[number]): boolean {
  return r.formerCommune !== undefined || (p.formerCommunes ?? []).some((c) => c.villages.some((v) => villageKey(v) === villageKey(r.from)));
}

/** The profile's keys as a clerk reads them. */
const KEY_WORDS: Record<string, string> = {
  commune: 'Tên xã (commune)', district: 'Huyện (district)', province: 'Tỉnh (province)', year: 'Năm báo cáo (year)',
  villages: 'Các thôn (villages)', renamedVillages: 'Thôn đổi tên (renamedVillages)', formerCommunes: 'Các xã cũ (formerCommunes)',
  formerCommune: 'Xã cũ (formerCommune)', name: 'Tên xã cũ (name)', files: 'Tệp (files)', sheets: 'Trang (sheets)', overrides: 'overrides', baseSalary: 'Lương cơ sở (baseSalary)',
  culturalFamilyBase: 'Cơ sở tính tỷ lệ Gia đình văn hóa (culturalFamilyBase)', rateDecimals: 'Số chữ số thập phân (rateDecimals)',
};

const TYPE_WORDS: Record<string, string> = { string: 'chữ', number: 'số', array: 'danh sách', object: 'nhóm giá trị { … }', int: 'số nguyên' };

/** One problem of a profile, in Vietnamese: which key, and what it must be. */
function problemText(i: z.core.$ZodIssue): string {
  const where = i.path.map((p) => (typeof p === 'number' ? `thứ ${p + 1}` : KEY_WORDS[String(p)] ?? String(p))).join(' › ') || 'Hồ sơ';
  const limit = (n: unknown) => (typeof n === 'bigint' || typeof n === 'number' ? String(n) : '');
  switch (i.code) {
    case 'invalid_type':
      return /received undefined/.test(i.message) ? `${where}: còn thiếu.` : `${where}: phải là ${TYPE_WORDS[i.expected] ?? i.expected}.`;
    case 'too_small':
      if (i.origin === 'string') return `${where}: không được để trống.`;
      if (i.origin === 'array') return `${where}: cần ít nhất ${limit(i.minimum)} mục.`;
      return `${where}: phải từ ${limit(i.minimum)} trở lên.`;
    case 'too_big':
      if (i.origin === 'string') return `${where}: dài quá ${limit(i.maximum)} ký tự.`;
      if (i.origin === 'array') return `${where}: nhiều quá ${limit(i.maximum)} mục.`;
      return `${where}: không được quá ${limit(i.maximum)}.`;
    case 'invalid_format':
      return `${where}: phải là ngày dạng NNNN-TT-NN (ví dụ 2024-07-01).`;
    case 'invalid_value':
      return `${where}: chỉ được là ${i.values.map((v) => `"${String(v)}"`).join(' hoặc ')}.`;
    case 'custom':
      return `${where}: ${i.message}`;
    default:
      return `${where}: không hợp lệ.`;
  }
}

/** Parses a profile from JSON text; the error lists every problem in one Vietnamese line each. */
export function parseProfile(json: unknown): { ok: true; profile: CommuneProfile } | { ok: false; problems: string[] } {
  const r = profileSchema.safeParse(json);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, problems: r.error.issues.slice(0, 10).map(problemText) };
}
