// The commune profile (DOMAIN.md §7): name, year and villages, checked by zod; inferred from the data without one.
import { z } from 'zod';

const period = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), value: z.number().positive() });

export const profileSchema = z.object({
  commune: z.string().min(1),
  district: z.string().optional(),
  province: z.string().optional(),
  year: z.number().int().min(1990).max(2100),
  villages: z.array(z.string().min(1)).min(1),
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

/** Parses a profile from JSON text; the error lists every problem in one line each. */
export function parseProfile(json: unknown): { ok: true; profile: CommuneProfile } | { ok: false; problems: string[] } {
  const r = profileSchema.safeParse(json);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`) };
}
