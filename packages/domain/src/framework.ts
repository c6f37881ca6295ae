import { z } from 'zod';
import {
  checkUnique,
  directionSchema,
  isoDateSchema,
  localIdSchema,
  semverSchema,
  slugSchema,
} from './common.js';
import { localizedTextOf } from './localized-text.js';

/**
 * An indicator framework: named axes with their values, indicators tagged along those axes, and the
 * rules that turn answers into scores. MIPEX-R is one framework (four flat axes); a MIPEX-style tree is
 * a framework with one `nested` axis. Structural rules live here so that an imported file is checked
 * the same way in the browser, the API and the scoring engine.
 */

/** Indicator code as printed in questionnaires and exports, e.g. `LM-1`, `A1.2`, `EMP_RATE`. */
export const indicatorCodeSchema = z
  .string()
  .max(40)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'must start with a letter or digit and hold only letters, digits, "_", "." or "-"',
  );
export type IndicatorCode = z.infer<typeof indicatorCodeSchema>;

export const INDICATOR_KINDS = ['policy', 'outcome'] as const;
/** `policy`: a questionnaire item scored from its options; `outcome`: a statistic observed per group. */
export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const axisValueSchema = z
  .object({
    id: localIdSchema,
    label: localizedTextOf({ maxLength: 200 }),
    description: localizedTextOf({ maxLength: 2000 }).optional(),
    /** Only on `nested` axes: the value this one sits under (area → dimension → …). */
    parent: localIdSchema.optional(),
  })
  .strict();
export type AxisValue = z.infer<typeof axisValueSchema>;

export const axisSchema = z
  .object({
    id: localIdSchema,
    name: localizedTextOf({ maxLength: 200 }),
    /**
     * A nested axis is a tree: values may name a parent and each level is aggregated from the one below.
     * Flat axes (all four MIPEX-R axes) leave it false.
     */
    nested: z.boolean().default(false),
    values: z.array(axisValueSchema).min(1).max(1000),
  })
  .strict()
  .superRefine((axis, ctx) => {
    checkUnique(
      ctx,
      axis.values,
      (value) => value.id,
      (index) => ['values', index, 'id'],
      'value id',
    );
    const parents = new Map(axis.values.map((value) => [value.id, value.parent]));
    axis.values.forEach((value, index) => {
      if (value.parent === undefined) return;
      if (!axis.nested) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'parent'],
          message: `only values of a nested axis may have a parent; set "nested": true on axis "${axis.id}"`,
        });
        return;
      }
      if (!parents.has(value.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'parent'],
          message: `parent "${value.parent}" is not a value of axis "${axis.id}"`,
        });
        return;
      }
      // Walk up; meeting the start again means a cycle (a tree needs a root).
      let current: string | undefined = value.parent;
      for (let steps = 0; current !== undefined && steps <= axis.values.length; steps += 1) {
        if (current === value.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['values', index, 'parent'],
            message: `value "${value.id}" is its own ancestor`,
          });
          return;
        }
        current = parents.get(current);
      }
    });
  });
export type Axis = z.infer<typeof axisSchema>;
export type AxisInput = z.input<typeof axisSchema>;

export const answerOptionSchema = z
  .object({
    id: localIdSchema,
    label: localizedTextOf({ maxLength: 1000 }),
    /** Score on MIPEX's 0–100 scale (MIPEX uses 0, 50, 100; other steps are allowed). */
    score: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
  })
  .strict();
export type AnswerOption = z.infer<typeof answerOptionSchema>;

/** One value id, or several when an indicator belongs to more than one value of an axis. */
export const tagValueSchema = z.union([localIdSchema, z.array(localIdSchema).min(1).max(50)]);

export const indicatorSchema = z
  .object({
    code: indicatorCodeSchema,
    kind: indicatorKindSchema,
    question: localizedTextOf({ maxLength: 2000 }),
    /** Help for the person answering: what counts, where to look. */
    guidance: localizedTextOf({ maxLength: 10_000 }).optional(),
    /** Policy indicators need at least two; outcome indicators have none (they are observed, not answered). */
    options: z.array(answerOptionSchema).max(20).default([]),
    /** Axis id → value id(s). Read them with {@link tagValues}. */
    tags: z.record(localIdSchema, tagValueSchema),
    /** Relative weight inside any aggregate; 0 keeps an indicator visible but out of the scores. */
    weight: z.number().min(0).max(1000).default(1),
    /** Outcome indicators only: unit of the observed value, e.g. `%`, `EUR`, `per 1000`. */
    unit: z.string().trim().min(1).max(32).optional(),
    /** Outcome indicators only: whether a higher value is better (employment) or worse (poverty risk). */
    direction: directionSchema.optional(),
  })
  .strict()
  .superRefine((indicator, ctx) => {
    checkUnique(
      ctx,
      indicator.options,
      (option) => option.id,
      (index) => ['options', index, 'id'],
      'option id',
    );
    if (indicator.kind === 'policy') {
      if (indicator.options.length < 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'a policy indicator needs at least two answer options',
        });
      }
      for (const field of ['unit', 'direction'] as const) {
        if (indicator[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `only outcome indicators have a ${field}`,
          });
        }
      }
    } else if (indicator.options.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'an outcome indicator is observed, not answered: it has no answer options',
      });
    }
  });
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;

export const AGGREGATIONS = ['arithmetic', 'geometric'] as const;
export const MISSING_ANSWER_RULES = ['exclude', 'zero', 'refuse'] as const;
export const NOT_APPLICABLE_RULES = ['exclude', 'zero'] as const;

export const scoringRulesSchema = z
  .object({
    /**
     * How scores combine. `geometric` penalises unbalanced profiles, but any 0 makes the whole aggregate 0,
     * so it suits frameworks whose lowest option scores above 0.
     */
    aggregation: z.enum(AGGREGATIONS).default('arithmetic'),
    /**
     * An indicator with no answer: `exclude` leaves it out of the average, `zero` scores it 0,
     * `refuse` makes any aggregate containing it unavailable.
     */
    missing: z.enum(MISSING_ANSWER_RULES).default('exclude'),
    /**
     * An indicator marked not applicable (the region has no competence). Distinct from a 0 by design:
     * `exclude` (the default) drops it from the average; `zero` treats the lack of competence as no policy.
     */
    notApplicable: z.enum(NOT_APPLICABLE_RULES).default('exclude'),
  })
  .strict();
export type ScoringRules = z.infer<typeof scoringRulesSchema>;
export type ScoringRulesInput = z.input<typeof scoringRulesSchema>;

export const frameworkSchema = z
  .object({
    id: slugSchema,
    /** Semantic version: assessments pin one, so a changed question or score is a new version. */
    version: semverSchema,
    name: localizedTextOf({ maxLength: 200 }),
    description: localizedTextOf({ maxLength: 20_000 }).optional(),
    /**
     * What the framework follows and how closely, e.g. "Written for REGIN Lab on the MIPEX-R axes and 0–100
     * scale; not the official MIPEX-R questionnaire". Shown next to every score.
     */
    modelledOn: z.string().trim().max(1000).optional(),
    /** True for the platform's own demonstration framework: its scores are labelled illustrative wherever shown. */
    illustrative: z.boolean(),
    publishedAt: isoDateSchema.optional(),
    axes: z.array(axisSchema).min(1).max(20),
    indicators: z.array(indicatorSchema).min(1).max(5000),
    scoring: scoringRulesSchema.default({
      aggregation: 'arithmetic',
      missing: 'exclude',
      notApplicable: 'exclude',
    }),
  })
  .strict()
  .superRefine((framework, ctx) => {
    checkUnique(
      ctx,
      framework.axes,
      (axis) => axis.id,
      (index) => ['axes', index, 'id'],
      'axis id',
    );
    checkUnique(
      ctx,
      framework.indicators,
      (indicator) => indicator.code,
      (index) => ['indicators', index, 'code'],
      'indicator code',
    );
    const axes = new Map(
      framework.axes.map((axis) => [axis.id, new Set(axis.values.map((value) => value.id))]),
    );
    framework.indicators.forEach((indicator, index) => {
      for (const [axisId, tag] of Object.entries(indicator.tags)) {
        const values = axes.get(axisId);
        if (values === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', index, 'tags', axisId],
            message: `indicator "${indicator.code}" is tagged on axis "${axisId}", which the framework does not declare`,
          });
          continue;
        }
        const list = Array.isArray(tag) ? tag : [tag];
        list.forEach((valueId, position) => {
          if (!values.has(valueId)) {
            ctx.addIssue({
              code: 'custom',
              path: Array.isArray(tag)
                ? ['indicators', index, 'tags', axisId, position]
                : ['indicators', index, 'tags', axisId],
              message: `indicator "${indicator.code}": "${valueId}" is not a value of axis "${axisId}"`,
            });
          }
        });
        if (new Set(list).size !== list.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', index, 'tags', axisId],
            message: `indicator "${indicator.code}" repeats a value on axis "${axisId}"`,
          });
        }
      }
    });
  });
export type Framework = z.infer<typeof frameworkSchema>;
/** What a framework file may contain before defaults (`nested`, `weight`, `options`, `scoring`) are filled in. */
export type FrameworkInput = z.input<typeof frameworkSchema>;

/** The value ids an indicator carries on one axis, always as a list (empty when untagged on that axis). */
export function tagValues(indicator: Pick<Indicator, 'tags'>, axisId: string): string[] {
  const tag = Object.hasOwn(indicator.tags, axisId) ? indicator.tags[axisId] : undefined;
  if (tag === undefined) return [];
  return Array.isArray(tag) ? tag : [tag];
}
