import {
  answerSourceSchema,
  assessmentStatusSchema,
  frameworkSchema,
  indicatorCodeSchema,
  localIdSchema,
  regionCodeSchema,
  reviewerCommentSchema,
  semverSchema,
  slugSchema,
} from '@regin/domain';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

// ---------- frameworks ----------

export const frameworkSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  name: z.record(z.string(), z.unknown()),
  indicatorCount: z.number().int(),
  illustrative: z.boolean(),
  createdAt: z.string(),
});
export const frameworkListResponseSchema = z.object({ items: z.array(frameworkSummarySchema) });
export const frameworkParamsSchema = z.object({ id: slugSchema }).strict();
export const frameworkQuerySchema = z.object({ version: semverSchema.optional() }).strict();
export const frameworkResponseSchema = z.object({
  framework: z.record(z.string(), z.unknown()),
  summary: frameworkSummarySchema,
});

/** Import as the JSON framework itself, or as the documented CSV indicator list with its metadata. */
export const frameworkImportBodySchema = z.union([
  z.object({ format: z.literal('json'), framework: z.unknown() }).strict(),
  z
    .object({
      format: z.literal('csv'),
      content: z.string().min(1).max(5_000_000),
      /** The framework fields a CSV of indicators cannot hold: id, version, name, axes, scoring…; checked with the framework. */
      meta: z
        .object({ id: slugSchema, version: semverSchema, axes: z.array(z.unknown()).min(1) })
        .catchall(z.unknown()),
    })
    .strict(),
]);
export type FrameworkImportBody = z.infer<typeof frameworkImportBodySchema>;
export { frameworkSchema };

// ---------- assessments ----------

export const assessmentCreateBodySchema = z
  .object({
    regionCode: regionCodeSchema,
    frameworkId: slugSchema,
    /** Defaults to the framework's newest version. */
    frameworkVersion: semverSchema.optional(),
    round: z.number().int().min(1990).max(2100),
  })
  .strict();

export const assessmentListQuerySchema = pageQuerySchema
  .extend({
    region: regionCodeSchema.optional(),
    framework: slugSchema.optional(),
    round: z.coerce.number().int().optional(),
    status: assessmentStatusSchema.optional(),
  })
  .strict();

export const assessmentParamsSchema = z.object({ id: z.uuid() }).strict();
export const answerParamsSchema = z.object({ id: z.uuid(), indicatorCode: indicatorCodeSchema }).strict();

export const answerBodySchema = z
  .object({
    optionId: localIdSchema.nullable().optional(),
    notApplicable: z.boolean().default(false),
    justification: z.string().trim().max(10_000).nullable().optional(),
    sources: z.array(answerSourceSchema).max(30).default([]),
  })
  .strict()
  .superRefine((answer, ctx) => {
    if (answer.optionId && answer.notApplicable) {
      ctx.addIssue({
        code: 'custom',
        path: ['notApplicable'],
        message: 'an answer is either an option or not applicable, not both',
      });
    }
  });
export type AnswerBody = z.input<typeof answerBodySchema>;

export const answerResponseSchema = z.object({
  indicatorCode: z.string(),
  optionId: z.string().nullable(),
  notApplicable: z.boolean(),
  justification: z.string().nullable(),
  sources: z.array(answerSourceSchema),
  comments: z.array(reviewerCommentSchema),
  answeredBy: z.string().nullable(),
  validatedBy: z.string().nullable(),
  validatedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const assessmentSummarySchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  round: z.number().int(),
  status: assessmentStatusSchema,
  illustrative: z.boolean(),
  submittedAt: z.string().nullable(),
  validatedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  progress: z.object({
    answered: z.number().int(),
    notApplicable: z.number().int(),
    total: z.number().int(),
  }),
});
export const assessmentResponseSchema = assessmentSummarySchema.extend({
  answers: z.array(answerResponseSchema),
});
export const assessmentListResponseSchema = pageOf(assessmentSummarySchema);

/** An answer sheet (CSV documented in @regin/indicators) for one assessment; all rows or none are stored. */
export const answerSheetBodySchema = z.object({ content: z.string().min(1).max(5_000_000) }).strict();
export const answerSheetResponseSchema = z.object({
  imported: z.number().int(),
  assessment: z.record(z.string(), z.unknown()),
});

export const commentBodySchema = z.object({ text: z.string().trim().min(1).max(5000) }).strict();
export const transitionBodySchema = z.object({ reason: z.string().trim().max(5000).optional() }).strict();

/** The workflow: who moves an assessment from which status to which. */
export const ASSESSMENT_TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  review: { from: ['submitted'], to: 'in_review' },
  return: { from: ['submitted', 'in_review', 'validated'], to: 'draft' },
  validate: { from: ['submitted', 'in_review'], to: 'validated' },
  publish: { from: ['validated'], to: 'published' },
  unpublish: { from: ['published'], to: 'validated' },
} as const;
export type AssessmentTransition = keyof typeof ASSESSMENT_TRANSITIONS;
export const transitionParamsSchema = z
  .object({
    id: z.uuid(),
    transition: z.enum(
      Object.keys(ASSESSMENT_TRANSITIONS) as [AssessmentTransition, ...AssessmentTransition[]],
    ),
  })
  .strict();

// ---------- scores ----------

export const scoreSchema = z.object({
  value: z.number().nullable(),
  answered: z.number().int(),
  notApplicable: z.number().int(),
  missing: z.number().int(),
  total: z.number().int(),
  reason: z.string().optional(),
});

const aggregationQuery = {
  framework: slugSchema.optional(),
  version: semverSchema.optional(),
  round: z.coerce.number().int().min(1990).max(2100).optional(),
  aggregation: z.enum(['arithmetic', 'geometric']).optional(),
  missing: z.enum(['exclude', 'zero', 'refuse']).optional(),
};

/** `by=policy_area` or `by=policy_area,policy_cycle` (a cross of two axes). */
export const scoreMatrixQuerySchema = z
  .object({
    ...aggregationQuery,
    by: z
      .string()
      .regex(/^[a-z0-9_-]+(,[a-z0-9_-]+)?$/, 'must be one axis id or two separated by a comma')
      .optional(),
    regions: z.string().optional(),
  })
  .strict();

/** A selector in query form: `policy_area=housing&policy_cycle=implementation`. */
export const selectorQuerySchema = z
  .object({
    ...aggregationQuery,
    region: regionCodeSchema,
    select: z
      .string()
      .regex(
        /^([a-z0-9_-]+:[a-z0-9_-]+)(,[a-z0-9_-]+:[a-z0-9_-]+)*$/,
        'must be axis:value pairs separated by commas',
      )
      .optional(),
  })
  .strict();

export const rankingQuerySchema = z
  .object({
    ...aggregationQuery,
    select: selectorQuerySchema.shape.select,
  })
  .strict();

export const sensitivityQuerySchema = z
  .object({
    ...aggregationQuery,
    select: selectorQuerySchema.shape.select,
    draws: z.coerce.number().int().min(10).max(5000).default(1000),
    seed: z.coerce.number().int().min(0).default(1),
    weightSpread: z.coerce.number().min(0).max(1).default(0.5),
  })
  .strict();

export const regionScoresQuerySchema = z
  .object({ ...aggregationQuery, peers: z.enum(['country', 'network']).optional() })
  .strict();

export const scoreContextSchema = z.object({
  framework: z.object({ id: z.string(), version: z.string() }),
  round: z.number().int().nullable(),
  rounds: z.array(z.number().int()),
  illustrative: z.boolean(),
});

// ---------- outcomes ----------

export const outcomeImportBodySchema = z
  .object({
    format: z.enum(['json-stat', 'sdmx-csv']),
    /** JSON-stat as an object or text; SDMX-CSV as text. */
    content: z.union([z.string().min(1).max(20_000_000), z.record(z.string(), z.unknown())]),
    mapping: z
      .object({
        indicatorCode: indicatorCodeSchema,
        unit: z.string().max(32).optional(),
        dataset: z.string().max(100).optional(),
        regionCodes: z.array(regionCodeSchema).optional(),
        dimensions: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
        fixed: z.record(z.string(), z.string()).optional(),
        illustrative: z.boolean().optional(),
      })
      .strict(),
    /** Parse and check, answer what would be stored, store nothing. */
    dryRun: z.boolean().default(false),
  })
  .strict();

export const outcomeListQuerySchema = pageQuerySchema
  .extend({
    indicator: indicatorCodeSchema.optional(),
    year: z.coerce.number().int().optional(),
    region: regionCodeSchema.optional(),
    birth: z.string().max(20).optional(),
    sex: z.enum(['F', 'M', 'T']).optional(),
  })
  .strict();

export const outcomeObservationResponseSchema = z.object({
  regionCode: z.string(),
  indicatorCode: z.string(),
  year: z.number().int(),
  group: z.object({
    birth: z.string(),
    citizenship: z.string().optional(),
    sex: z.string(),
    age: z.string().optional(),
  }),
  value: z.number(),
  unit: z.string(),
  source: z.record(z.string(), z.unknown()),
  illustrative: z.boolean(),
});
export const outcomeListResponseSchema = pageOf(outcomeObservationResponseSchema);

export const gapQuerySchema = z
  .object({
    indicator: indicatorCodeSchema,
    year: z.coerce.number().int(),
    a: z.string().max(20).default('non_eu'),
    b: z.string().max(20).default('native'),
    sex: z.enum(['F', 'M', 'T']).default('T'),
    /** Needed when a region holds several age bands for the indicator, e.g. `20-64`. */
    age: z.string().max(10).optional(),
    relative: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export const correlationQuerySchema = z
  .object({
    ...aggregationQuery,
    select: selectorQuerySchema.shape.select,
    indicator: indicatorCodeSchema,
    year: z.coerce.number().int(),
    a: z.string().max(20).default('non_eu'),
    b: z.string().max(20).default('native'),
    sex: z.enum(['F', 'M', 'T']).default('T'),
    age: z.string().max(10).optional(),
  })
  .strict();
