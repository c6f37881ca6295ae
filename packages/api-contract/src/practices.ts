import {
  AUTHORITY_ROLE_NAMES,
  EVALUATION_CRITERIA,
  languageCodeSchema,
  moderationStatusSchema,
  POLICY_AREAS,
  PRACTICE_RESULTS,
  PRACTICE_STATUSES,
  PRACTICE_TARGET_GROUPS,
  practiceContentSchema,
  practicePatchSchema,
  practiceSubmissionSchema,
} from '@regin/domain';
import { z } from 'zod';

/** Comma-separated values of one facet: OR within the facet. */
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(2000)
    .transform((value, ctx) => {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      for (const item of items) {
        if (!(values as readonly string[]).includes(item)) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not one of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      return items as T[number][];
    });
}

const codeList = (pattern: RegExp, what: string) =>
  z
    .string()
    .max(2000)
    .transform((value, ctx) => {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      for (const item of items) {
        if (!pattern.test(item)) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not ${what}` });
          return z.NEVER;
        }
      }
      return items;
    });

export const PRACTICE_FACETS = [
  'policyArea',
  'country',
  'region',
  'targetGroup',
  'result',
  'status',
  'authorityRole',
  'criteria',
  'year',
  'language',
] as const;
export type PracticeFacet = (typeof PRACTICE_FACETS)[number];

export const practiceFilterSchema = z.object({
  /** websearch syntax: "exact phrase", OR, -excluded. */
  q: z.string().max(1000, 'must be at most 1,000 characters').optional(),
  /** The language the query is written in (stemming); defaults to English. */
  lang: languageCodeSchema.default('en'),
  policyArea: listOf(POLICY_AREAS).optional(),
  country: codeList(/^[A-Z]{2}$/, 'a two-letter country code').optional(),
  /** A region includes its NUTS sub-regions. */
  region: codeList(/^(?:[A-Z]{2}[A-Z0-9]{0,3}|[A-Z]{2}-[A-Z0-9]{1,3})$/, 'a region code').optional(),
  targetGroup: listOf(PRACTICE_TARGET_GROUPS).optional(),
  result: listOf(PRACTICE_RESULTS).optional(),
  status: listOf(PRACTICE_STATUSES).optional(),
  authorityRole: listOf(AUTHORITY_ROLE_NAMES).optional(),
  /** Criteria the practice is rated 4 or 5 on. */
  criteria: listOf(EVALUATION_CRITERIA as unknown as [string, ...string[]]).optional(),
  year: codeList(/^\d{4}$/, 'a year').optional(),
  language: codeList(/^[a-z]{2,3}$/, 'a language code').optional(),
  /** minLon,minLat,maxLon,maxLat */
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'must be minLon,minLat,maxLon,maxLat')
    .transform((value) => value.split(',').map(Number) as [number, number, number, number])
    .refine(
      ([minLon, minLat, maxLon, maxLat]) =>
        minLon <= maxLon && minLat <= maxLat && minLat >= -90 && maxLat <= 90,
      {
        message: 'min must not exceed max, latitudes within ±90',
      },
    )
    .optional(),
});
export type PracticeFilter = z.infer<typeof practiceFilterSchema>;

export const practiceSearchQuerySchema = practiceFilterSchema
  .extend({
    sort: z.enum(['relevance', 'newest', 'region']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type PracticeSearchQuery = z.infer<typeof practiceSearchQuerySchema>;

export const practiceExportQuerySchema = practiceFilterSchema.strict();

const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const practiceHitSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.record(z.string(), z.unknown()),
  summary: z.record(z.string(), z.unknown()),
  /** Summary excerpt with matches in <mark>…</mark>; everything else HTML-escaped. */
  snippet: z.string().nullable(),
  regionCodes: z.array(z.string()),
  countries: z.array(z.string()),
  policyAreas: z.array(z.string()),
  targetGroups: z.array(z.string()),
  result: z.string().nullable(),
  status: z.string().nullable(),
  year: z.number().int().nullable(),
  languages: z.array(z.string()),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  publishedAt: z.string().nullable(),
  illustrative: z.boolean(),
});

export const practiceSearchResponseSchema = z.object({
  items: z.array(practiceHitSchema),
  total: z.number().int(),
  facets: z.record(z.string(), facetCountsSchema),
  next: z.string().nullable(),
  /** The query with its words corrected, when the original finds little. */
  didYouMean: z.string().nullable(),
  /** True when `items` come from the corrected query because the original found nothing. */
  fuzzy: z.boolean(),
});

export const practiceIdParamsSchema = z.object({ id: z.string().min(1).max(120) }).strict();

/** What editors send to create a practice: the record without identity, version and moderation. */
export const practiceCreateBodySchema = practiceContentSchema;
/** A change: any content fields, plus the version it was made from (409 when someone saved in between). */
export const practicePatchBodySchema = practicePatchSchema;

export const practiceResponseSchema = z.record(z.string(), z.unknown());

export const practiceSubmissionBodySchema = practiceSubmissionSchema
  .omit({ website2: true })
  .extend({ website2: z.string().max(10_000).optional() });

export const moderationQuerySchema = z
  .object({
    status: moderationStatusSchema.default('submitted'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export const rejectBodySchema = z.object({ reason: z.string().trim().min(3).max(4000) }).strict();
export const requestChangesBodySchema = z.object({ note: z.string().trim().min(3).max(4000) }).strict();
export const moderationActionParamsSchema = z
  .object({ id: z.uuid(), action: z.enum(['approve', 'reject', 'request-changes']) })
  .strict();

export const autocompleteQuerySchema = z
  .object({
    q: z.string().min(1).max(100),
    lang: languageCodeSchema.default('en'),
    limit: z.coerce.number().int().min(1).max(20).default(6),
  })
  .strict();
