import { z } from 'zod';
import { yearSchema } from './common.js';
import { indicatorCodeSchema } from './framework.js';
import { regionCodeSchema } from './region.js';

/**
 * One figure of a region's outcome dataset: region × outcome indicator × year × population group.
 * Gaps between groups (native-born vs non-EU-born, women vs men) are derived, never stored.
 * The groups follow Eurostat's breakdowns for the Zaragoza indicators (LFS, EU-SILC at NUTS 2).
 */

/** Country of birth, as in Eurostat's `c_birth`: native-born, born in another EU country, outside the EU, abroad. */
export const BIRTH_GROUPS = ['native', 'eu', 'non_eu', 'foreign', 'total'] as const;
export const birthGroupSchema = z.enum(BIRTH_GROUPS);
export type BirthGroup = z.infer<typeof birthGroupSchema>;

/** Citizenship, as in Eurostat's `citizen`: nationals, other EU citizens, non-EU citizens, all foreigners. */
export const CITIZENSHIP_GROUPS = ['national', 'eu', 'non_eu', 'foreign', 'total'] as const;
export const citizenshipGroupSchema = z.enum(CITIZENSHIP_GROUPS);
export type CitizenshipGroup = z.infer<typeof citizenshipGroupSchema>;

/** Eurostat's sex codes: F, M, and T for both. */
export const SEXES = ['F', 'M', 'T'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

export const populationGroupSchema = z
  .object({
    birth: birthGroupSchema,
    citizenship: citizenshipGroupSchema.optional(),
    sex: sexSchema,
    /** Age band as Eurostat writes it, e.g. `20-64`, `15-24`, `65+` (omit for all ages). */
    age: z
      .string()
      .regex(/^(?:\d{1,3}-\d{1,3}|\d{1,3}\+)$/, 'must be an age band such as "20-64" or "65+"')
      .optional(),
  })
  .strict();
export type PopulationGroup = z.infer<typeof populationGroupSchema>;

export const outcomeSourceSchema = z
  .object({
    /** Dataset code or name, e.g. `lfst_r_lfe2emprc` or "Regional statistics office, 2023 survey". */
    dataset: z.string().trim().min(1).max(200),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** Eurostat observation flags, e.g. `u` (low reliability), `b` (break in series), `p` (provisional). */
    flags: z
      .string()
      .regex(/^[a-z]{1,5}$/, 'must be Eurostat flag letters such as "u" or "bp"')
      .optional(),
  })
  .strict();
export type OutcomeSource = z.infer<typeof outcomeSourceSchema>;

export const outcomeObservationSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** Code of an indicator of kind `outcome` in a framework. */
    indicatorCode: indicatorCodeSchema,
    year: yearSchema,
    group: populationGroupSchema,
    value: z.number(),
    unit: z.string().trim().min(1).max(32),
    source: outcomeSourceSchema,
    /** True for demo figures: labelled illustrative wherever they show. */
    illustrative: z.boolean(),
  })
  .strict()
  .superRefine((observation, ctx) => {
    if (observation.unit === '%' && (observation.value < 0 || observation.value > 100)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage must be between 0 and 100' });
    }
  });
export type OutcomeObservation = z.infer<typeof outcomeObservationSchema>;

/** A stable key for one observation, for de-duplication and joins: region|indicator|year|birth|citizenship|sex|age. */
export function observationKey(
  observation: Omit<OutcomeObservation, 'value' | 'unit' | 'source' | 'illustrative'>,
): string {
  const { group } = observation;
  return [
    observation.regionCode,
    observation.indicatorCode,
    observation.year,
    group.birth,
    group.citizenship ?? '',
    group.sex,
    group.age ?? '',
  ].join('|');
}
