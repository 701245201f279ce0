// The award record, schema first: the TypeScript type is inferred from it.
import { z } from 'zod';

const dayDate = z.object({ y: z.number().int(), m: z.number().int().min(1).max(12), d: z.number().int().min(1).max(31) });

/** Money in đồng: a non-negative whole number. */
export const awardAmount = z.number().int().min(0);

export const awardRecordSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  recipientName: z.string().nullable(),
  recipientKind: z.enum(['collective', 'individual', 'household']).nullable(),
  position: z.string().nullable(),
  /** Canonical form name (FORMS), or null when missing or unknown. */
  form: z.string().nullable(),
  formText: z.string().nullable(),
  primeMinister: z.boolean(),
  authorityText: z.string().nullable(),
  level: z.enum(['xa', 'huyen', 'tinh', 'trung_uong']).nullable(),
  authorityKind: z.string(),
  /** Level block from section rows ("A. … CHỦ TỊCH UBND XÃ", "B. CẤP TRÊN"), used when no authority is written. */
  levelBlock: z.enum(['xa', 'huyen', 'tinh', 'trung_uong', 'higher']).nullable(),
  party: z.boolean(),
  decisionNo: z.string().nullable(),
  decisionDate: dayDate.nullable(),
  /** Where the decision number and date were read: their own columns or one combined column. */
  decisionFrom: z.enum(['columns', 'combined']),
  amount: z.number().nullable(),
});

export type AwardRecord = z.infer<typeof awardRecordSchema>;
