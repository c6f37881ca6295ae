import { languageCodeSchema, localIdSchema, localizedTextOf } from '@regin/domain';
import { z } from 'zod';

/**
 * A criteria set: a rating scale and the criteria rated on it, each with a definition, guiding questions
 * and a descriptor for every level of the scale. The built-in sets (`DAC_CRITERIA_SET`,
 * `REGIN_ASPECTS_SET`) are written in this format, and custom sets (a funder's criteria, Kirkpatrick's
 * levels for a training) are defined and checked the same way.
 */

const textOf = (maxLength: number) => localizedTextOf({ maxLength });

/** One level of the rating scale, e.g. `{ rating: 3, key: 'largely_met', label: { … 'Largely met' } }`. */
export const scaleLevelSchema = z
  .object({
    rating: z.number().int('must be a whole number'),
    key: localIdSchema,
    label: textOf(100),
  })
  .strict();
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

/** What a given rating means for one criterion. */
export const criterionLevelSchema = z
  .object({
    rating: z.number().int('must be a whole number'),
    descriptor: textOf(2000),
  })
  .strict();
export type CriterionLevel = z.infer<typeof criterionLevelSchema>;

export const criterionSchema = z
  .object({
    /** The key ratings refer to; for the built-in sets, a domain `EvaluationCriterion`. */
    id: localIdSchema,
    name: textOf(200),
    definition: textOf(4000),
    /** Questions an evaluator asks to rate the criterion. */
    questions: z.array(textOf(1000)).min(1, 'a criterion needs at least one guiding question').max(12),
    /** One descriptor per level of the set's scale. */
    levels: z.array(criterionLevelSchema).min(1, 'a criterion describes every level of the scale').max(12),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

export const criteriaSetSchema = z
  .object({
    id: localIdSchema,
    name: textOf(200),
    description: textOf(4000).optional(),
    /** Where the criteria come from, e.g. "OECD DAC (2019), adapted by REGIN Lab". */
    source: z.string().trim().min(1).max(500).optional(),
    /** Languages every text of the set must have (the built-in sets: `['en', 'ca']`). */
    languages: z.array(languageCodeSchema).max(30).optional(),
    /** The rating scale: whole numbers without gaps (the evaluation scale is 1–4). */
    scale: z.array(scaleLevelSchema).min(2, 'a scale has at least two levels').max(12),
    criteria: z.array(criterionSchema).min(1, 'a criteria set has at least one criterion').max(50),
  })
  .strict()
  .superRefine((set, ctx) => {
    checkScale(set.scale, ctx);
    const scaleRatings = new Set(set.scale.map((level) => level.rating));
    const firstIndex = new Map<string, number>();
    set.criteria.forEach((criterion, index) => {
      const first = firstIndex.get(criterion.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'id'],
          message: `duplicate criterion id (first at index ${first})`,
        });
      } else {
        firstIndex.set(criterion.id, index);
      }
      checkCriterionLevels(criterion, index, set.scale, scaleRatings, ctx);
    });
    if (set.languages !== undefined) checkLanguages(set, set.languages, ctx);
  });
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;
export type CriteriaSetInput = z.input<typeof criteriaSetSchema>;

function checkScale(scale: readonly ScaleLevel[], ctx: z.RefinementCtx): void {
  const seen = new Map<number, number>();
  const keys = new Map<string, number>();
  scale.forEach((level, index) => {
    const first = seen.get(level.rating);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale', index, 'rating'],
        message: `level ${level.rating} is listed twice (first at index ${first})`,
      });
    } else {
      seen.set(level.rating, index);
    }
    const firstKey = keys.get(level.key);
    if (firstKey !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale', index, 'key'],
        message: `level key "${level.key}" is used twice (first at index ${firstKey})`,
      });
    } else {
      keys.set(level.key, index);
    }
  });
  const ratings = [...seen.keys()].sort((a, b) => a - b);
  for (let i = 1; i < ratings.length; i += 1) {
    const [low, high] = [ratings[i - 1]!, ratings[i]!];
    if (high - low > 1) {
      const missing = Array.from({ length: high - low - 1 }, (_, k) => low + 1 + k);
      ctx.addIssue({
        code: 'custom',
        path: ['scale'],
        message: `levels must be contiguous: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing between ${low} and ${high}`,
      });
    }
  }
}

function checkCriterionLevels(
  criterion: Criterion,
  criterionIndex: number,
  scale: readonly ScaleLevel[],
  scaleRatings: ReadonlySet<number>,
  ctx: z.RefinementCtx,
): void {
  const described = new Map<number, number>();
  criterion.levels.forEach((level, index) => {
    const path = ['criteria', criterionIndex, 'levels', index, 'rating'];
    if (!scaleRatings.has(level.rating)) {
      ctx.addIssue({ code: 'custom', path, message: `level ${level.rating} is not on the scale` });
      return;
    }
    const first = described.get(level.rating);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `level ${level.rating} is described twice (first at index ${first})`,
      });
    } else {
      described.set(level.rating, index);
    }
  });
  for (const level of scale) {
    if (!described.has(level.rating)) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', criterionIndex, 'levels'],
        message: `level ${level.rating} (${level.key}) has no descriptor`,
      });
    }
  }
}

type Text = CriteriaSet['name'];

/** Every LocalizedText of the set with its path. */
function textsOf(set: CriteriaSet): { path: (string | number)[]; text: Text }[] {
  const texts: { path: (string | number)[]; text: Text }[] = [{ path: ['name'], text: set.name }];
  if (set.description !== undefined) texts.push({ path: ['description'], text: set.description });
  set.scale.forEach((level, i) => {
    texts.push({ path: ['scale', i, 'label'], text: level.label });
  });
  set.criteria.forEach((criterion, c) => {
    texts.push({ path: ['criteria', c, 'name'], text: criterion.name });
    texts.push({ path: ['criteria', c, 'definition'], text: criterion.definition });
    criterion.questions.forEach((question, q) => {
      texts.push({ path: ['criteria', c, 'questions', q], text: question });
    });
    criterion.levels.forEach((level, l) => {
      texts.push({ path: ['criteria', c, 'levels', l, 'descriptor'], text: level.descriptor });
    });
  });
  return texts;
}

function checkLanguages(set: CriteriaSet, languages: readonly string[], ctx: z.RefinementCtx): void {
  for (const { path, text } of textsOf(set)) {
    const missing = languages.filter((lang) => !Object.hasOwn(text.text, lang));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'text'],
        message: `missing the set's ${missing.length === 1 ? 'language' : 'languages'} ${missing.join(', ')}`,
      });
    }
  }
}
