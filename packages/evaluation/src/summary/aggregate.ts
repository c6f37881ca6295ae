import { EVALUATION_CRITERIA } from '@regin/domain';
import { mean, median } from '../stats.js';

/** One evaluator's rating of one criterion. */
export interface RatingLike {
  criterion: string;
  rating: number;
}

/** One evaluator's ratings: a list, or an object holding them (an `Evaluation`). */
export type RatingSheet = readonly RatingLike[] | { readonly ratings: readonly RatingLike[] };

export interface CriterionAggregate {
  criterion: string;
  /** How many evaluators rated it. */
  n: number;
  /** The ratings, lowest first. */
  ratings: number[];
  median: number;
  mean: number;
  min: number;
  max: number;
  /** max − min. */
  spread: number;
  /** `consensus` when all agree (spread 0), `close` within one level (spread ≤ 1), else `divergent`. */
  agreement: 'consensus' | 'close' | 'divergent';
}

const CANONICAL_ORDER = new Map<string, number>(
  EVALUATION_CRITERIA.map((criterion, index) => [criterion, index]),
);

/**
 * Aggregates several evaluators' ratings per criterion: median (the mean of the two middle ratings for
 * an even count, so [2, 3, 4, 4] gives 3.5), mean, range and agreement. A criterion appears when at
 * least one evaluator rated it; `n` says how many did. Criteria come in the domain's order (DAC criteria,
 * then REGIN aspects), then any others by id. Throws `RangeError` for a rating that is not a finite
 * number or a sheet rating one criterion twice.
 */
export function rubricAggregate(sheets: readonly RatingSheet[]): CriterionAggregate[] {
  const byCriterion = new Map<string, number[]>();
  sheets.forEach((sheet, sheetIndex) => {
    const ratings: readonly RatingLike[] = Array.isArray(sheet)
      ? sheet
      : (sheet as { ratings: readonly RatingLike[] }).ratings;
    const seen = new Set<string>();
    for (const { criterion, rating } of ratings) {
      if (!Number.isFinite(rating)) {
        throw new RangeError(`sheet ${sheetIndex + 1} rates "${criterion}" with ${rating}, not a number`);
      }
      if (seen.has(criterion)) throw new RangeError(`sheet ${sheetIndex + 1} rates "${criterion}" twice`);
      seen.add(criterion);
      const list = byCriterion.get(criterion);
      if (list === undefined) byCriterion.set(criterion, [rating]);
      else list.push(rating);
    }
  });
  const order = (criterion: string) => CANONICAL_ORDER.get(criterion) ?? Number.POSITIVE_INFINITY;
  return [...byCriterion.entries()]
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([criterion, values]) => {
      const ratings = [...values].sort((a, b) => a - b);
      const min = ratings[0]!;
      const max = ratings.at(-1)!;
      const spread = max - min;
      return {
        criterion,
        n: ratings.length,
        ratings,
        median: median(ratings)!,
        mean: mean(ratings)!,
        min,
        max,
        spread,
        agreement: spread === 0 ? 'consensus' : spread <= 1 ? 'close' : 'divergent',
      };
    });
}
