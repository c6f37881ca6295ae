import { z } from 'zod';
import {
  checkUnique,
  closedPeriodSchema,
  directionSchema,
  isoDateSchema,
  localIdSchema,
  moneySchema,
  stakeholderSchema,
  yearSchema,
} from './common.js';
import { indicatorCodeSchema } from './framework.js';
import { localizedTextOf } from './localized-text.js';
import { regionCodeSchema } from './region.js';

/**
 * A region's tailor-made integration action, chosen from its indicator gaps, with a logic model and KPIs
 * in the manner of the IATI results standard (baseline, target, actual values over time, breakdowns).
 * Evaluations refer to an action by id (see `evaluation.ts`).
 */

/** A gap the action addresses: a value on a framework axis (e.g. policy_area = labour_market), optionally narrowed to indicators. */
export const addressedGapSchema = z
  .object({
    axis: localIdSchema,
    value: localIdSchema,
    indicatorCodes: z.array(indicatorCodeSchema).max(50).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type AddressedGap = z.infer<typeof addressedGapSchema>;

/** A step of a logic model or an objective: a local id other parts refer to, and its text. */
export const logicStepSchema = z
  .object({
    id: localIdSchema,
    text: localizedTextOf({ maxLength: 2000 }),
  })
  .strict();
export type LogicStep = z.infer<typeof logicStepSchema>;

/** An output is produced by one activity, so progress can be traced back to what was done. */
export const logicOutputSchema = logicStepSchema.extend({ activityId: localIdSchema }).strict();
export type LogicOutput = z.infer<typeof logicOutputSchema>;

export const logicModelSchema = z
  .object({
    inputs: z.array(logicStepSchema).max(50).default([]),
    activities: z.array(logicStepSchema).max(50).default([]),
    outputs: z.array(logicOutputSchema).max(50).default([]),
    outcomes: z.array(logicStepSchema).max(50).default([]),
    impact: z.array(logicStepSchema).max(20).default([]),
  })
  .strict()
  .superRefine((model, ctx) => {
    // Ids are unique across the whole model so a reference never has to say which column it means.
    const seen = new Map<string, string>();
    for (const column of ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const) {
      model[column].forEach((step, index) => {
        const first = seen.get(step.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [column, index, 'id'],
            message: `duplicate logic-model id "${step.id}" (already used in ${first})`,
          });
        } else {
          seen.set(step.id, column);
        }
      });
    }
    const activities = new Set(model.activities.map((activity) => activity.id));
    model.outputs.forEach((output, index) => {
      if (!activities.has(output.activityId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outputs', index, 'activityId'],
          message: `output "${output.id}" refers to activity "${output.activityId}", which the logic model does not list`,
        });
      }
    });
  });
export type LogicModel = z.infer<typeof logicModelSchema>;
export type LogicModelInput = z.input<typeof logicModelSchema>;

/** A value at a point in time (IATI's baseline and target). */
export const kpiReferenceValueSchema = z.object({ value: z.number(), year: yearSchema }).strict();
export type KpiReferenceValue = z.infer<typeof kpiReferenceValueSchema>;

const breakdownKeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be a short key such as "sex" or "age_15_24"');

/**
 * Disaggregation of a measurement: dimension → category → value, e.g. `{ sex: { F: 31, M: 24 } }`.
 * Only aggregates: categories must describe groups, never a single person.
 */
export const kpiBreakdownSchema = z.record(breakdownKeySchema, z.record(breakdownKeySchema, z.number()));
export type KpiBreakdown = z.infer<typeof kpiBreakdownSchema>;

export const kpiMeasurementSchema = z
  .object({
    date: isoDateSchema,
    value: z.number(),
    breakdown: kpiBreakdownSchema.optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type KpiMeasurement = z.infer<typeof kpiMeasurementSchema>;

export const kpiSchema = z
  .object({
    id: localIdSchema,
    name: localizedTextOf({ maxLength: 300 }),
    unit: z.string().trim().min(1).max(32),
    direction: directionSchema,
    baseline: kpiReferenceValueSchema,
    target: kpiReferenceValueSchema,
    measurements: z.array(kpiMeasurementSchema).max(500).default([]),
    /** The logic-model outcome this KPI measures. */
    outcomeId: localIdSchema.optional(),
    /** An outcome indicator of the framework this KPI mirrors, when there is one. */
    indicatorCode: indicatorCodeSchema.optional(),
  })
  .strict()
  .superRefine((kpi, ctx) => {
    if (kpi.target.year < kpi.baseline.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'year'],
        message: `the target year must not be before the baseline year (${kpi.baseline.year})`,
      });
    }
    checkUnique(
      ctx,
      kpi.measurements,
      (measurement) => measurement.date,
      (index) => ['measurements', index, 'date'],
      'measurement date',
    );
  });
export type Kpi = z.infer<typeof kpiSchema>;
export type KpiInput = z.input<typeof kpiSchema>;

export const ACTION_STATUSES = ['planned', 'ongoing', 'completed', 'discontinued'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

const integrationActionFields = {
  regionCode: regionCodeSchema,
  title: localizedTextOf({ maxLength: 200 }),
  summary: localizedTextOf({ maxLength: 2000 }).optional(),
  addressedGaps: z.array(addressedGapSchema).max(20).default([]),
  objectives: z.array(logicStepSchema).max(20).default([]),
  logicModel: logicModelSchema,
  kpis: z.array(kpiSchema).max(50).default([]),
  stakeholders: z.array(stakeholderSchema).max(50).default([]),
  timeline: closedPeriodSchema,
  budget: moneySchema.optional(),
  status: actionStatusSchema,
  /** True for demo actions: labelled illustrative wherever they show. */
  illustrative: z.boolean(),
};

const checkAction = (action: z.infer<z.ZodObject<typeof integrationActionFields>>, ctx: z.RefinementCtx) => {
  checkUnique(
    ctx,
    action.objectives,
    (objective) => objective.id,
    (index) => ['objectives', index, 'id'],
    'objective id',
  );
  checkUnique(
    ctx,
    action.kpis,
    (kpi) => kpi.id,
    (index) => ['kpis', index, 'id'],
    'KPI id',
  );
  const outcomes = new Set(action.logicModel.outcomes.map((outcome) => outcome.id));
  action.kpis.forEach((kpi, index) => {
    if (kpi.outcomeId !== undefined && !outcomes.has(kpi.outcomeId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kpis', index, 'outcomeId'],
        message: `KPI "${kpi.id}" refers to outcome "${kpi.outcomeId}", which the logic model does not list`,
      });
    }
  });
};

/** An action as editors write it: everything but its id. */
export const integrationActionContentSchema = z
  .object(integrationActionFields)
  .strict()
  .superRefine(checkAction);
export type IntegrationActionContent = z.infer<typeof integrationActionContentSchema>;

export const integrationActionSchema = z
  .object({ id: z.uuid(), ...integrationActionFields })
  .strict()
  .superRefine(checkAction);
export type IntegrationAction = z.infer<typeof integrationActionSchema>;
export type IntegrationActionInput = z.input<typeof integrationActionSchema>;
