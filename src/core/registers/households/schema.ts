// The household record, schema first: the TypeScript type is inferred from it.
import { z } from 'zod';

/** A household-size cell: a positive whole number of persons (a household has 1–30). */
export const householdSize = z.number().int().min(1).max(30);
/** A birth year written with four digits. */
export const fourDigitYear = z.number().int().min(1000).max(9999);
/** Age of a head of household in the report year. */
export const headAge = z.number().int().min(16).max(110);

export const householdRecordSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  headName: z.string().nullable(),
  /** The household code (Mã hộ), when the register has one: it joins a household list to its member list. */
  householdId: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  birthYear: z.number().int().nullable(),
  cccd: z.string().nullable(),
  phone: z.string().nullable(),
  /** The village as written (repaired text), before it is matched to the commune's villages. */
  villageText: z.string().nullable(),
  villageFrom: z.enum(['column', 'section', 'sheet']).nullable(),
  /** The canonical village, once matched; null when unknown or missing. */
  village: z.string().nullable(),
  size: z.number().nullable(),
  poor: z.boolean(),
  nearPoor: z.boolean(),
  average: z.boolean(),
  culturalFamilyRegistered: z.boolean().nullable(),
  culturalFamilyAchieved: z.boolean().nullable(),
  learningFamily: z.boolean().nullable(),
});

export type HouseholdRecord = z.infer<typeof householdRecordSchema>;
