// One person of a list of persons, schema first: the TypeScript type is inferred from it.
import { z } from 'zod';

export const personRecordSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  /** Index of the person's household in the register's household records. */
  household: z.number().int().min(0),
  name: z.string().nullable(),
  /** The head of the household, another member, or not said. */
  relation: z.enum(['head', 'member']).nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  birthYear: z.number().int().nullable(),
  cccd: z.string().nullable(),
  villageText: z.string().nullable(),
});

export type PersonRecord = z.infer<typeof personRecordSchema>;
