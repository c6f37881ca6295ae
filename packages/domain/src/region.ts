import { z } from 'zod';
import { networkRoleSchema, policyAreaSchema } from './enums.js';
import { languageCodeSchema, localizedTextSchema } from './localized-text.js';

/** NUTS 2021 ids (`ES51`, `SE224`) or ISO 3166-2 subdivision codes for regions outside NUTS (`MA-02`). */
export const regionCodeSchema = z
  .string()
  .regex(
    /^(?:[A-Z]{2}[A-Z0-9]{0,3}|[A-Z]{2}-[A-Z0-9]{1,3})$/,
    'must be a NUTS id such as "ES51" or an ISO 3166-2 code such as "MA-02"',
  );
export type RegionCode = z.infer<typeof regionCodeSchema>;

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code');

/** 0 = country, 1–3 = NUTS levels; non-NUTS regions use the level they sit at (usually 2). */
export const regionLevelSchema = z.number().int().min(0).max(3);

export const regionCompetenceSchema = z
  .object({
    policyArea: policyAreaSchema,
    /** full: the region legislates and delivers; shared: with the state; none: no regional competence. */
    level: z.enum(['full', 'shared', 'none']),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type RegionCompetence = z.infer<typeof regionCompetenceSchema>;

/** Context figures shown in a region's panel (population, non-EU residents, …), each with year and source. */
export const regionContextFigureSchema = z
  .object({
    key: z.string().min(1).max(64),
    value: z.number(),
    unit: z.string().max(32).optional(),
    year: z.number().int().min(1900).max(2100),
    source: z.string().max(300).optional(),
  })
  .strict();

export const regionProfileSchema = z
  .object({
    description: localizedTextSchema.optional(),
    website: z.url().optional(),
    languages: z.array(languageCodeSchema).max(20).optional(),
    context: z.array(regionContextFigureSchema).max(50).optional(),
  })
  .strict();
export type RegionProfile = z.infer<typeof regionProfileSchema>;

export const regionSchema = z
  .object({
    code: regionCodeSchema,
    /** Latin-script name (NUTS `NAME_LATN`). */
    name: z.string().min(1).max(200),
    /** Name in the national language(s) (NUTS `NUTS_NAME`). */
    nativeName: z.string().min(1).max(200),
    country: countryCodeSchema,
    level: regionLevelSchema,
    parent: regionCodeSchema.nullable(),
    /** `nuts` for NUTS 2021 regions, `iso3166-2` for regions registered outside NUTS. */
    scheme: z.enum(['nuts', 'iso3166-2']),
    networkRole: networkRoleSchema.nullable(),
    joined: z.iso.date().nullable(),
    competences: z.array(regionCompetenceSchema),
    profile: regionProfileSchema,
    /** True when the region's presence in the network or its profile is demo data. */
    illustrative: z.boolean(),
  })
  .strict();
export type Region = z.infer<typeof regionSchema>;

/** What admins, coordinators and the region's own editors may change. */
export const regionPatchSchema = z
  .object({
    profile: regionProfileSchema.optional(),
    competences: z
      .array(regionCompetenceSchema)
      .max(8)
      .refine((list) => new Set(list.map((c) => c.policyArea)).size === list.length, {
        message: 'each policy area may appear only once',
      })
      .optional(),
    networkRole: networkRoleSchema.nullable().optional(),
    joined: z.iso.date().nullable().optional(),
  })
  .strict()
  // Count defined values, not keys: `{ profile: undefined }` (what JSON forms often send) changes nothing.
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  });
export type RegionPatch = z.infer<typeof regionPatchSchema>;
