import {
  expertContactSchema,
  expertiseSchema,
  expertSchema,
  localizedTextOf,
  POLICY_AREAS,
  PRACTICE_TARGET_GROUPS,
} from '@regin/domain';
import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * The experts directory of the Integration Lab. Request bodies reuse the field schemas of the domain's
 * `expertSchema`; the API adds an optional `bio` (stored beside the expert) and timestamps.
 */

const REGION_CODE = /^(?:[A-Z]{2}[A-Z0-9]{0,3}|[A-Z]{2}-[A-Z0-9]{1,3})$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Comma-separated values of one filter, each checked: OR within the filter, AND across filters. */
function commaList(check: (item: string) => boolean, what: string) {
  return z
    .string()
    .max(2000)
    .transform((value, ctx) => {
      const items = [
        ...new Set(
          value
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
        ),
      ];
      for (const item of items) {
        if (!check(item)) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not ${what}` });
          return z.NEVER;
        }
      }
      return items;
    });
}

const oneOf = (values: readonly string[]) => (item: string) => values.includes(item);

export const EXPERT_FACETS = ['policyArea', 'targetGroup', 'region', 'language'] as const;
export type ExpertFacet = (typeof EXPERT_FACETS)[number];

export const expertListQuerySchema = pageQuerySchema
  .extend({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    /** Words matched accent- and case-insensitively in name, organisation and bio; every word must match. */
    q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
    policyArea: commaList(oneOf(POLICY_AREAS), `one of ${POLICY_AREAS.join(', ')}`).optional(),
    targetGroup: commaList(
      oneOf(PRACTICE_TARGET_GROUPS),
      `one of ${PRACTICE_TARGET_GROUPS.join(', ')}`,
    ).optional(),
    /** Part of a method, accent- and case-insensitive ("swot" finds "SWOT facilitation"). */
    method: z.string().trim().min(1).max(100).optional(),
    /** A region includes its NUTS sub-regions (`ES5` finds experts of ES51 and ES511); a country code its regions. */
    region: commaList((item) => REGION_CODE.test(item), 'a region code such as "ES51" or "MA-02"').optional(),
    language: commaList((item) => LANGUAGE_CODE.test(item), 'a language code such as "en"').optional(),
  })
  .strict();
export type ExpertListQuery = z.infer<typeof expertListQuerySchema>;

export const expertParamsSchema = z.object({ id: z.uuid() }).strict();

/** A short presentation of the expert, in one or more languages. */
export const expertBioSchema = localizedTextOf({ maxLength: 4000, maxLanguages: 10 });

const uniquePracticeIds = (ids: readonly string[] | undefined, ctx: z.RefinementCtx) => {
  ids?.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['practiceIds', index],
        message: 'each practice may be linked only once',
      });
    }
  });
};

const fields = expertSchema.shape;

export const expertCreateBodySchema = z
  .object({
    name: fields.name,
    organisation: fields.organisation,
    regionCode: fields.regionCode,
    expertise: fields.expertise,
    languages: fields.languages,
    contact: fields.contact,
    contactConsent: fields.contactConsent,
    practiceIds: fields.practiceIds,
    illustrative: fields.illustrative.default(false),
    bio: expertBioSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => uniquePracticeIds(body.practiceIds, ctx));
export type ExpertCreateBody = z.infer<typeof expertCreateBodySchema>;

/** Expertise lists given in a patch replace the stored ones; lists left out are kept. */
export const expertisePatchSchema = z
  .object({
    policyAreas: expertiseSchema.shape.policyAreas.unwrap().optional(),
    targetGroups: expertiseSchema.shape.targetGroups.unwrap().optional(),
    methods: expertiseSchema.shape.methods.unwrap().optional(),
  })
  .strict();

export const expertPatchBodySchema = z
  .object({
    name: fields.name.optional(),
    /** `null` removes it. */
    organisation: fields.organisation.unwrap().nullable().optional(),
    regionCode: fields.regionCode.optional(),
    expertise: expertisePatchSchema.optional(),
    languages: fields.languages.optional(),
    /** Replaces the stored contact details; `{}` removes them. */
    contact: expertContactSchema.optional(),
    contactConsent: fields.contactConsent.optional(),
    illustrative: fields.illustrative.optional(),
    /** `null` removes it. */
    bio: expertBioSchema.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'change at least one field' });
export type ExpertPatchBody = z.infer<typeof expertPatchBodySchema>;

export const expertPracticesBodySchema = z
  .object({ practiceIds: fields.practiceIds.unwrap() })
  .strict()
  .superRefine((body, ctx) => uniquePracticeIds(body.practiceIds, ctx));
export type ExpertPracticesBody = z.infer<typeof expertPracticesBodySchema>;

const localizedOut = z.record(z.string(), z.unknown());

/**
 * An expert as the API returns it. Contact details are `{}` unless the expert consented to their
 * publication or the reader is staff who may edit this expert.
 */
export const expertResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organisation: z.string().optional(),
  regionCode: z.string().nullable(),
  expertise: z.object({
    policyAreas: z.array(z.string()),
    targetGroups: z.array(z.string()),
    methods: z.array(z.string()),
  }),
  languages: z.array(z.string()),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
  contactConsent: z.boolean(),
  /** Linked practices the reader may see (the public: published ones). */
  practiceIds: z.array(z.uuid()),
  bio: localizedOut.optional(),
  illustrative: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExpertResponse = z.infer<typeof expertResponseSchema>;

export const expertPracticeSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: localizedOut,
  regionCodes: z.array(z.string()),
  result: z.string().nullable(),
});
export type ExpertPracticeSummary = z.infer<typeof expertPracticeSummarySchema>;

export const expertDetailResponseSchema = expertResponseSchema.extend({
  /** Linked practices that are published and not deleted. */
  practices: z.array(expertPracticeSummarySchema),
});
export type ExpertDetailResponse = z.infer<typeof expertDetailResponseSchema>;

const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const expertListResponseSchema = z.object({
  items: z.array(expertResponseSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  /** Counts per value for each facet, under every filter except that facet's own. */
  facets: z.object({
    policyArea: facetCountsSchema,
    targetGroup: facetCountsSchema,
    region: facetCountsSchema,
    language: facetCountsSchema,
  }),
});
export type ExpertListResponse = z.infer<typeof expertListResponseSchema>;

/** GDPR access request (Art. 15): everything stored about one expert. */
export const expertPersonalDataResponseSchema = z.object({
  exportedAt: z.string(),
  expert: z.object({
    id: z.uuid(),
    name: z.string(),
    organisation: z.string().nullable(),
    regionCode: z.string().nullable(),
    policyAreas: z.array(z.string()),
    targetGroups: z.array(z.string()),
    methods: z.array(z.string()),
    languages: z.array(z.string()),
    bio: localizedOut.nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    contactConsent: z.boolean(),
    illustrative: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  }),
  /** Every practice linked to the expert, whatever its moderation status. */
  practices: z.array(
    z.object({
      id: z.uuid(),
      slug: z.string(),
      title: localizedOut,
      moderationStatus: z.string(),
      deleted: z.boolean(),
    }),
  ),
  /** The audit events about the expert (they hold no contact details; see the experts module). */
  auditEvents: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actorId: z.string().nullable(),
      action: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
export type ExpertPersonalDataResponse = z.infer<typeof expertPersonalDataResponseSchema>;

export const expertEraseResponseSchema = z.object({
  id: z.uuid(),
  erased: z.literal(true),
  erasedAt: z.string(),
});
