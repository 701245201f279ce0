// The commune profile (DOMAIN.md §7): name, year and villages, checked by zod; inferred from the data without one.
import { z } from 'zod';
import { plainOutputText } from './text/display';

const period = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), value: z.number().positive() });

/** Bounds that no real commune reaches: a profile beyond them is a wrong file, refused before any work. */
export const PROFILE_LIMITS = { name: 100, villages: 500 } as const;

// Hidden direction and control characters are dropped: a name is written into every report heading.
const name = z.string().transform(plainOutputText).pipe(z.string().trim().min(1).max(PROFILE_LIMITS.name));

export const profileSchema = z.object({
  commune: name,
  district: name.optional(),
  province: name.optional(),
  year: z.number().int().min(1990).max(2100),
  villages: z.array(name).min(1).max(PROFILE_LIMITS.villages),
  /** Villages renamed since last year (old name → new name): year-over-year figures pair them. */
  renamedVillages: z.array(z.object({ from: name, to: name })).max(PROFILE_LIMITS.villages).optional(),
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
});

export type CommuneProfile = z.infer<typeof profileSchema>;

/** The profile's keys as a clerk reads them. */
const KEY_WORDS: Record<string, string> = {
  commune: 'Tên xã (commune)', district: 'Huyện (district)', province: 'Tỉnh (province)', year: 'Năm báo cáo (year)',
  villages: 'Các thôn (villages)', renamedVillages: 'Thôn đổi tên (renamedVillages)', overrides: 'overrides', baseSalary: 'Lương cơ sở (baseSalary)',
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
