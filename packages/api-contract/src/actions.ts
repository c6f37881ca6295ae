import {
  criterionRatingSchema,
  evaluationStatusSchema,
  evaluatorKindSchema,
  integrationActionContentSchema,
  isoDateSchema,
  kpiMeasurementSchema,
  localIdSchema,
  localizedTextSchema,
  regionCodeSchema,
} from '@regin/domain';
import { z } from 'zod';

export const actionListQuerySchema = z.object({ region: regionCodeSchema.optional() }).strict();
export const actionParamsSchema = z.object({ id: z.uuid() }).strict();
export const kpiParamsSchema = z.object({ id: z.uuid(), kpiId: localIdSchema }).strict();
/** A KPI has at most one measurement per date, so the date names it. */
export const measurementParamsSchema = z
  .object({ id: z.uuid(), kpiId: localIdSchema, date: isoDateSchema })
  .strict();
export const actionBodySchema = integrationActionContentSchema;
export const measurementBodySchema = kpiMeasurementSchema;
export const evaluatorsBodySchema = z.object({ userIds: z.array(z.uuid()).max(20) }).strict();

const evaluationFields = {
  ratings: z.array(criterionRatingSchema).max(20),
  findings: z.array(localizedTextSchema).max(50),
  recommendations: z.array(localizedTextSchema).max(50),
  evaluatorKind: evaluatorKindSchema,
  date: isoDateSchema,
  status: evaluationStatusSchema,
};
export const evaluationBodySchema = z
  .object({
    ...evaluationFields,
    ratings: evaluationFields.ratings.default([]),
    findings: evaluationFields.findings.default([]),
    recommendations: evaluationFields.recommendations.default([]),
    evaluatorKind: evaluationFields.evaluatorKind.default('external'),
    status: evaluationFields.status.default('draft'),
  })
  .strict();
/** Only the fields sent change (no defaults here, so a field left out keeps its value). */
export const evaluationPatchBodySchema = z.object(evaluationFields).partial().strict();
export const evaluationParamsSchema = z.object({ id: z.uuid() }).strict();

export const documentQuerySchema = z.object({ lang: z.enum(['en', 'ca']).default('en') }).strict();
export const looseRecordSchema = z.record(z.string(), z.unknown());

export const toolkitListQuerySchema = z
  .object({
    track: z.enum(['stakeholders', 'regional_staff']).optional(),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en'),
  })
  .strict();
export const toolkitModuleParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) }).strict();
export const toolkitModuleQuerySchema = z
  .object({
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en'),
  })
  .strict();
