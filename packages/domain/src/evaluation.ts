import { z } from 'zod';
import { checkUnique, isoDateSchema } from './common.js';
import { evaluationCriterionSchema } from './enums.js';
import { localizedTextOf } from './localized-text.js';

/**
 * An evaluation of an integration action against the DAC criteria and REGIN's seven aspects.
 *
 * Ratings use a four-level rubric, 1 to 4 (see {@link EVALUATION_RATING_LEVELS}). Four levels and no
 * midpoint, as in common DAC rubrics, make the evaluator say whether the criterion is on the whole met
 * or not. Practice ratings (`practice.ts`) stay 1–5 because they are quick filter scores, not judgements
 * backed by evidence.
 */

/** The rubric levels, from 1 to 4. */
export const EVALUATION_RATING_LEVELS = [
  { rating: 1, key: 'not_met' },
  { rating: 2, key: 'partly_met' },
  { rating: 3, key: 'largely_met' },
  { rating: 4, key: 'fully_met' },
] as const;
export const EVALUATION_RATING_MIN = 1;
export const EVALUATION_RATING_MAX = 4;

export const evaluationRatingSchema = z
  .number()
  .int()
  .min(EVALUATION_RATING_MIN, 'must be from 1 to 4')
  .max(EVALUATION_RATING_MAX, 'must be from 1 to 4');
export type EvaluationRating = z.infer<typeof evaluationRatingSchema>;

export const criterionRatingSchema = z
  .object({
    criterion: evaluationCriterionSchema,
    rating: evaluationRatingSchema,
    /** What the rating rests on: data, interviews, documents. A rating without evidence is not accepted. */
    evidence: z.string().trim().min(1, 'a rating needs its evidence').max(10_000),
  })
  .strict();
export type CriterionRating = z.infer<typeof criterionRatingSchema>;

export const EVALUATION_STATUSES = ['draft', 'submitted', 'final'] as const;
export const evaluationStatusSchema = z.enum(EVALUATION_STATUSES);
export type EvaluationStatus = z.infer<typeof evaluationStatusSchema>;

/** Who evaluates: the region itself, a peer region, or an external body (as Skåne's university evaluation). */
export const EVALUATOR_KINDS = ['self', 'peer', 'external'] as const;
export const evaluatorKindSchema = z.enum(EVALUATOR_KINDS);

export const evaluationSchema = z
  .object({
    id: z.uuid(),
    actionId: z.uuid(),
    ratings: z.array(criterionRatingSchema).max(20).default([]),
    findings: z
      .array(localizedTextOf({ maxLength: 10_000 }))
      .max(50)
      .default([]),
    recommendations: z
      .array(localizedTextOf({ maxLength: 10_000 }))
      .max(50)
      .default([]),
    evaluatorId: z.uuid(),
    evaluatorKind: z.enum(EVALUATOR_KINDS).default('self'),
    date: isoDateSchema,
    status: evaluationStatusSchema,
  })
  .strict()
  .superRefine((evaluation, ctx) => {
    checkUnique(
      ctx,
      evaluation.ratings,
      (rating) => rating.criterion,
      (index) => ['ratings', index, 'criterion'],
      'criterion',
    );
    if (evaluation.status !== 'draft' && evaluation.ratings.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratings'],
        message: `a ${evaluation.status} evaluation rates at least one criterion`,
      });
    }
  });
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationInput = z.input<typeof evaluationSchema>;
