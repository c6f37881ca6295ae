import { z } from 'zod';
import {
  checkUnique,
  isoDateTimeSchema,
  linkSchema,
  moneySchema,
  openPeriodSchema,
  stakeholderSchema,
} from './common.js';
import { evaluationCriterionSchema, POLICY_AREAS, policyAreaSchema, TARGET_GROUPS } from './enums.js';
import { languageCodeSchema, localizedTextOf } from './localized-text.js';
import { regionCodeSchema } from './region.js';

/**
 * A regional integration practice of the Integration Lab: what was done, where, by whom, how it went
 * (successful, mixed or failed: failures teach too), the lessons learnt and tips for transferring it.
 */

/**
 * Who a practice serves: the two MIPEX-R target groups plus the wider groups practices name.
 * `host_community` covers practices aimed at receiving communities, as in REGIN's toolkit.
 */
export const PRACTICE_TARGET_GROUPS = [
  ...TARGET_GROUPS,
  'all_migrants',
  'refugees',
  'asylum_seekers',
  'women',
  'youth',
  'children',
  'unaccompanied_minors',
  'families',
  'older_people',
  'host_community',
] as const;
export const practiceTargetGroupSchema = z.enum(PRACTICE_TARGET_GROUPS);
export type PracticeTargetGroup = z.infer<typeof practiceTargetGroupSchema>;

/** REGIN's split of the regional authority's role: direct (it runs the practice) or indirect (it enables it). */
export const AUTHORITY_ROLES = {
  direct: ['leader', 'partner', 'coordinator'],
  indirect: ['funding', 'support'],
} as const;
export const AUTHORITY_ROLE_KINDS = ['direct', 'indirect'] as const;
export const AUTHORITY_ROLE_NAMES = [...AUTHORITY_ROLES.direct, ...AUTHORITY_ROLES.indirect] as const;

export const authorityRoleSchema = z
  .object({
    kind: z.enum(AUTHORITY_ROLE_KINDS),
    role: z.enum(AUTHORITY_ROLE_NAMES),
  })
  .strict()
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = AUTHORITY_ROLES[value.kind];
    if (!allowed.includes(value.role)) {
      ctx.addIssue({
        code: 'custom',
        path: ['role'],
        message: `${value.kind === 'direct' ? 'a direct' : 'an indirect'} role is one of ${allowed.join(', ')}; "${value.role}" is not`,
      });
    }
  });
export type AuthorityRole = z.infer<typeof authorityRoleSchema>;

export const PRACTICE_STATUSES = ['ongoing', 'ended', 'discontinued'] as const;
export const practiceStatusSchema = z.enum(PRACTICE_STATUSES);
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;

export const PRACTICE_RESULTS = ['successful', 'mixed', 'failed'] as const;
export const practiceResultSchema = z.enum(PRACTICE_RESULTS);
export type PracticeResult = z.infer<typeof practiceResultSchema>;

/** Moderation: submitted practices are screened, sent back for changes or published. */
export const MODERATION_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'rejected',
] as const;
export const moderationStatusSchema = z.enum(MODERATION_STATUSES);
export type ModerationStatus = z.infer<typeof moderationStatusSchema>;

/**
 * Ratings 1 (weak) … 5 (strong) on any of the evaluation criteria (DAC criteria and REGIN aspects);
 * criteria left out are not rated. They drive the Integration Lab's filters.
 */
export const practiceRatingsSchema = z.partialRecord(
  evaluationCriterionSchema,
  z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
);
export type PracticeRatings = z.infer<typeof practiceRatingsSchema>;

export const FUNDING_SOURCE_KINDS = ['eu', 'national', 'regional', 'local', 'private', 'other'] as const;
export const fundingSourceSchema = z
  .object({
    kind: z.enum(FUNDING_SOURCE_KINDS),
    /** Funder or programme, e.g. "AMIF", "ESF+", "Generalitat de Catalunya". */
    name: z.string().trim().min(1).max(200),
  })
  .strict();
export type FundingSource = z.infer<typeof fundingSourceSchema>;

/**
 * A contact person. Details are personal data: they are shown to the public only when `consent` is true.
 */
export const practiceContactSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organisation: z.string().trim().max(200).optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number such as "+34 934 000 000"')
      .optional(),
    consent: z.boolean(),
  })
  .strict();
export type PracticeContact = z.infer<typeof practiceContactSchema>;

export const locationSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();
export type Location = z.infer<typeof locationSchema>;

/** Size limits shared by the full record and the public submission form. */
const LIMITS = {
  title: 200,
  summary: 1500,
  description: 20_000,
  lessons: 10_000,
  transferability: 10_000,
} as const;

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: `each ${what} may appear only once` });

const regionCodesSchema = uniqueList(regionCodeSchema, 50, 'region').min(1, 'name at least one region');
const policyAreasSchema = uniqueList(policyAreaSchema, POLICY_AREAS.length, 'policy area');
const targetGroupsSchema = uniqueList(
  practiceTargetGroupSchema,
  PRACTICE_TARGET_GROUPS.length,
  'target group',
);

const practiceIdentity = {
  id: z.uuid(),
};

/** What a practice says: everything but identity, version and moderation bookkeeping. */
const practiceContentFields = {
  /** URL segment, unique across practices. */
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
  title: localizedTextOf({ maxLength: LIMITS.title }),
  summary: localizedTextOf({ maxLength: LIMITS.summary }),
  description: localizedTextOf({ maxLength: LIMITS.description }),
  /** Lessons learnt, failures included. */
  lessons: localizedTextOf({ maxLength: LIMITS.lessons }).optional(),
  /** Tips for transferring the practice to another region. */
  transferability: localizedTextOf({ maxLength: LIMITS.transferability }).optional(),
  regionCodes: regionCodesSchema,
  /** A point for the map when the practice is local; otherwise the map uses its regions. */
  location: locationSchema.optional(),
  policyAreas: policyAreasSchema,
  targetGroups: targetGroupsSchema,
  authorityRole: authorityRoleSchema,
  stakeholders: z.array(stakeholderSchema).max(50).default([]),
  period: openPeriodSchema,
  status: practiceStatusSchema,
  result: practiceResultSchema,
  ratings: practiceRatingsSchema.default({}),
  fundingSources: z.array(fundingSourceSchema).max(20).default([]),
  budget: moneySchema.optional(),
  links: z.array(linkSchema).max(30).default([]),
  contacts: z.array(practiceContactSchema).max(10).default([]),
  /** Languages the practice's materials or services are offered in (not the languages of this record). */
  languages: uniqueList(languageCodeSchema, 40, 'language').default([]),
  /** True for demo practices: labelled illustrative wherever they show. */
  illustrative: z.boolean(),
};

const practiceBookkeeping = {
  moderationStatus: moderationStatusSchema,
  /** Note from the moderator, e.g. what to change. */
  moderationNote: z.string().trim().max(4000).optional(),
  /** Increases by one on each published edit; earlier versions live in the audit log. */
  version: z.number().int().min(1),
  createdAt: isoDateTimeSchema.optional(),
  updatedAt: isoDateTimeSchema.optional(),
};

const uniqueLinks = (practice: { links: { url: string }[] }, ctx: z.RefinementCtx) =>
  checkUnique(
    ctx,
    practice.links,
    (link) => link.url,
    (index) => ['links', index, 'url'],
    'link',
  );

/** The content editors write; the API adds identity, version and moderation status. */
export const practiceContentSchema = z.object(practiceContentFields).strict().superRefine(uniqueLinks);
export type PracticeContentInput = z.input<typeof practiceContentSchema>;

/**
 * A change to a practice: any content field, defaults removed so a field left out stays as it was, plus the
 * version the change was made from (optimistic concurrency).
 */
export const practicePatchSchema = z
  .object({
    ...(Object.fromEntries(
      Object.entries(practiceContentFields).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ) as unknown as {
      [K in keyof typeof practiceContentFields]: z.ZodOptional<
        z.ZodType<z.output<(typeof practiceContentFields)[K]>>
      >;
    }),
    version: z.number().int().min(1),
  })
  .strict();
export type PracticePatch = z.infer<typeof practicePatchSchema>;

export const practiceSchema = z
  .object({ ...practiceIdentity, ...practiceContentFields, ...practiceBookkeeping })
  .strict()
  .superRefine(uniqueLinks);
export type Practice = z.infer<typeof practiceSchema>;
export type PracticeInput = z.input<typeof practiceSchema>;

/**
 * What the public submission form sends: the first questionnaire of REGIN's Integration Lab.
 * Moderators complete the rest. Texts are capped lower and to three languages, and `website2` is a
 * honeypot: a field hidden from people that bots fill in, so any content in it rejects the submission.
 */
export const practiceSubmissionSchema = z
  .object({
    title: localizedTextOf({ maxLength: LIMITS.title, maxLanguages: 3 }),
    summary: localizedTextOf({ maxLength: LIMITS.summary, maxLanguages: 3 }),
    description: localizedTextOf({ maxLength: 8000, maxLanguages: 3 }),
    lessons: localizedTextOf({ maxLength: 4000, maxLanguages: 3 }).optional(),
    transferability: localizedTextOf({ maxLength: 4000, maxLanguages: 3 }).optional(),
    regionCodes: uniqueList(regionCodeSchema, 10, 'region').min(1, 'name at least one region'),
    policyAreas: policyAreasSchema.min(1, 'choose at least one policy area'),
    targetGroups: targetGroupsSchema.min(1, 'choose at least one target group'),
    authorityRole: authorityRoleSchema,
    period: openPeriodSchema,
    status: practiceStatusSchema,
    result: practiceResultSchema,
    links: z.array(linkSchema).max(5).default([]),
    /** The person submitting; kept for moderation, published only if they also appear as a consenting contact. */
    submitter: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: z.email().max(254),
        organisation: z.string().trim().max(200).optional(),
      })
      .strict(),
    /** Explicit agreement to the processing of the submitter's data and publication of the practice. */
    consent: z.literal(true, { error: 'consent is required to submit a practice' }),
    /** Honeypot: hidden in the form, must stay empty. */
    website2: z.string().max(0, 'must be empty').optional(),
  })
  .strict();
export type PracticeSubmission = z.infer<typeof practiceSubmissionSchema>;
export type PracticeSubmissionInput = z.input<typeof practiceSubmissionSchema>;
