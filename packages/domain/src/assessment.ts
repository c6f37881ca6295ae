import { z } from 'zod';
import {
  checkUnique,
  isoDateSchema,
  isoDateTimeSchema,
  localIdSchema,
  semverSchema,
  slugSchema,
  yearSchema,
} from './common.js';
import { indicatorCodeSchema } from './framework.js';
import { regionCodeSchema } from './region.js';

/**
 * One region's answers to one framework version in one round (year), and the review workflow
 * draft → submitted → in_review → validated → published that makes each score explainable.
 */

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'in_review', 'validated', 'published'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const ANSWER_SOURCE_KINDS = ['url', 'document'] as const;

/** Evidence for an answer: a web page, or a document (law, plan, budget) that may or may not be online. */
export const answerSourceSchema = z
  .object({
    kind: z.enum(ANSWER_SOURCE_KINDS),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    title: z.string().trim().min(1).max(500),
    /** Date of the document or of the page as consulted. */
    date: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.kind === 'url' && source.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source of kind "url" needs its url' });
    }
  });
export type AnswerSource = z.infer<typeof answerSourceSchema>;

export const reviewerCommentSchema = z
  .object({
    authorId: z.uuid(),
    text: z.string().trim().min(1).max(4000),
    at: isoDateTimeSchema,
  })
  .strict();
export type ReviewerComment = z.infer<typeof reviewerCommentSchema>;

/**
 * One indicator's answer. `optionId` and `notApplicable: true` exclude each other; a draft may hold
 * neither (work in progress), any later status needs one (checked by {@link assessmentSchema}).
 * Not applicable means the region has no competence, which scoring treats apart from a 0.
 */
export const answerSchema = z
  .object({
    indicatorCode: indicatorCodeSchema,
    optionId: localIdSchema.optional(),
    notApplicable: z.boolean().default(false),
    justification: z.string().trim().max(10_000).optional(),
    sources: z.array(answerSourceSchema).max(30).default([]),
    comments: z.array(reviewerCommentSchema).max(200).default([]),
    /** Who validated the answer and when: both or neither. */
    validatedBy: z.uuid().optional(),
    validatedAt: isoDateTimeSchema.optional(),
  })
  .strict()
  .superRefine((answer, ctx) => {
    if (answer.optionId !== undefined && answer.notApplicable) {
      ctx.addIssue({
        code: 'custom',
        path: ['notApplicable'],
        message: 'an answer is either an option or not applicable, not both',
      });
    }
    if ((answer.validatedBy === undefined) !== (answer.validatedAt === undefined)) {
      const missing = answer.validatedBy === undefined ? 'validatedBy' : 'validatedAt';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'validatedBy and validatedAt are given together',
      });
    }
    if (answer.validatedBy !== undefined && !isAnswered(answer)) {
      ctx.addIssue({
        code: 'custom',
        path: ['validatedBy'],
        message: 'an answer without an option or not-applicable mark cannot be validated',
      });
    }
  });
export type Answer = z.infer<typeof answerSchema>;
export type AnswerInput = z.input<typeof answerSchema>;

/** True when the answer picks an option or says not applicable. */
export function isAnswered(answer: Pick<Answer, 'optionId' | 'notApplicable'>): boolean {
  return answer.optionId !== undefined || answer.notApplicable === true;
}

/** Statuses in which every answer must carry a validation. */
const VALIDATED_STATUSES: readonly AssessmentStatus[] = ['validated', 'published'];

export const assessmentSchema = z
  .object({
    id: z.uuid(),
    regionCode: regionCodeSchema,
    frameworkId: slugSchema,
    /** The framework version answered; a new version means a new assessment, never silently re-scored answers. */
    frameworkVersion: semverSchema,
    /** The round: the year the answers describe. */
    round: yearSchema,
    status: assessmentStatusSchema,
    /** True for demo data: scores from it are labelled illustrative wherever they show. */
    illustrative: z.boolean(),
    answers: z.array(answerSchema).max(5000),
    updatedAt: isoDateTimeSchema.optional(),
  })
  .strict()
  .superRefine((assessment, ctx) => {
    checkUnique(
      ctx,
      assessment.answers,
      (answer) => answer.indicatorCode,
      (index) => ['answers', index, 'indicatorCode'],
      'answer for indicator',
    );
    if (assessment.status === 'draft') return;
    assessment.answers.forEach((answer, index) => {
      if (!isAnswered(answer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', index, 'optionId'],
          message: `indicator "${answer.indicatorCode}" needs an option or "not applicable" once the assessment is ${assessment.status}`,
        });
      } else if (VALIDATED_STATUSES.includes(assessment.status) && answer.validatedBy === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', index, 'validatedBy'],
          message: `indicator "${answer.indicatorCode}" must be validated before the assessment is ${assessment.status}`,
        });
      }
    });
  });
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
