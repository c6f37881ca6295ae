import type { Framework } from '@regin/domain';
import { rankValues } from '../compare/rank.js';
import { clampScore, compareCodes, latestRound, mapSlots } from '../scoring/aggregate.js';
import {
  type CompiledFramework,
  resolveGroup,
  type ScorableAnswer,
  withOptions,
} from '../scoring/compile.js';
import type { GroupSelector, RankInterval } from '../types.js';
import { mulberry32 } from './prng.js';

export interface RankIntervalOptions {
  /** Number of Monte-Carlo draws (default 1000). */
  draws?: number | undefined;
  /** Seed of the PRNG (default 1): the same seed gives the same intervals. */
  seed?: number | undefined;
  /** Each weight is multiplied by a factor uniform in [1 − spread, 1 + spread] (default 0.5, at most 1). */
  weightSpread?: number | undefined;
  /** Aggregation methods a draw picks from, uniformly (default both). */
  aggregations?: readonly ('arithmetic' | 'geometric')[] | undefined;
  /** The aggregate to rank (default overall). */
  selector?: GroupSelector | undefined;
  /** The round to rank (default: the latest round in the answers). */
  round?: number | undefined;
}

const DEFAULT_AGGREGATIONS = ['arithmetic', 'geometric'] as const;

/** Nearest-rank percentile of ascending values: the ⌈q·n⌉-th smallest. */
function nearestRank(sorted: Int32Array, q: number): number {
  const position = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[position - 1]!;
}

/**
 * Monte-Carlo sensitivity of the ranks (competition ranking, as {@link rank}) of many regions in one
 * round: each draw multiplies every weight by its own random factor and picks an aggregation method; the
 * missing and N/A rules stay the framework's. Regions without a base score (or refused for missing
 * answers) are left out. A draw in which a region has no score (possible only with a spread of 1) is left
 * out of that region's interval. Deterministic for a given seed; sorted by base rank, then region code.
 */
export function rankIntervals(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  options?: RankIntervalOptions,
): RankInterval[] {
  const draws = options?.draws ?? 1000;
  const spread = options?.weightSpread ?? 0.5;
  const aggregations = options?.aggregations ?? DEFAULT_AGGREGATIONS;
  if (!Number.isInteger(draws) || draws < 0)
    throw new RangeError(`draws must be an integer ≥ 0, got ${draws}`);
  if (!(spread >= 0 && spread <= 1))
    throw new RangeError(`weightSpread must be within [0, 1], got ${spread}`);
  if (aggregations.length === 0) throw new RangeError('aggregations must name at least one method');

  const compiled = withOptions(framework);
  const { rules } = compiled;
  const group = resolveGroup(compiled, options?.selector ?? []);
  const m = group.length;
  const baseWeights = new Float64Array(m);
  for (let k = 0; k < m; k += 1) baseWeights[k] = compiled.weights[group[k]!]!;

  // Dense matrix of the counted scores: NaN where an indicator is left out of the mean.
  const round = options?.round ?? latestRound(answers);
  if (round === undefined) return [];
  const slots = mapSlots(
    compiled,
    answers,
    (regionCode, _round, row) => {
      const values = new Float64Array(m);
      for (let k = 0; k < m; k += 1) {
        let x = row[group[k]!]!;
        if (Number.isNaN(x)) {
          if (rules.missing === 'zero') x = 0;
          else if (rules.missing === 'refuse' && baseWeights[k]! > 0) return null;
        } else if (x < 0) {
          x = rules.notApplicable === 'zero' ? 0 : Number.NaN;
        }
        values[k] = x;
      }
      return { regionCode, values };
    },
    round,
  ).filter((slot) => slot !== null);
  const codes = slots.map((slot) => slot.regionCode);
  const rows = slots.map((slot) => slot.values);

  const all = codes.length;
  const matrix = new Float64Array(all * m);
  const logs = new Float64Array(all * m);
  rows.forEach((values, r) => {
    matrix.set(values, r * m);
    for (let k = 0; k < m; k += 1) logs[r * m + k] = Math.log(values[k]!);
  });

  const scoreOf = (r: number, weights: Float64Array, geometric: boolean): number => {
    const offset = r * m;
    let sumW = 0;
    let sum = 0;
    let zero = false;
    for (let k = 0; k < m; k += 1) {
      const x = matrix[offset + k]!;
      const w = weights[k]!;
      if (Number.isNaN(x) || !(w > 0)) continue;
      sumW += w;
      if (!geometric) sum += w * x;
      else if (x === 0) zero = true;
      else sum += w * logs[offset + k]!;
    }
    if (sumW === 0) return Number.NaN;
    return clampScore(geometric ? (zero ? 0 : Math.exp(sum / sumW)) : sum / sumW);
  };

  // Base ranks; regions without a base score drop out.
  const baseValues = new Float64Array(all);
  const kept: number[] = [];
  for (let r = 0; r < all; r += 1) {
    baseValues[r] = scoreOf(r, baseWeights, rules.aggregation === 'geometric');
    if (!Number.isNaN(baseValues[r]!)) kept.push(r);
  }
  const n = kept.length;
  const order = new Int32Array(n);
  const ranks = new Int32Array(n);
  const values = new Float64Array(n);
  kept.forEach((r, i) => {
    values[i] = baseValues[r]!;
  });
  rankValues(values, n, true, order, ranks);
  const baseRanks = Int32Array.from(ranks);

  // Draws: ranks of region i in draw d at drawn[i * draws + valid[i]].
  const random = mulberry32(options?.seed ?? 1);
  const weights = new Float64Array(m);
  const drawn = new Int32Array(n * draws);
  const valid = new Int32Array(n);
  const present = new Int32Array(n);
  const compactValues = new Float64Array(n);
  for (let d = 0; d < draws; d += 1) {
    for (let k = 0; k < m; k += 1) weights[k] = baseWeights[k]! * (1 - spread + 2 * spread * random());
    const geometric = aggregations[Math.floor(random() * aggregations.length)] === 'geometric';
    let count = 0;
    for (let i = 0; i < n; i += 1) {
      const value = scoreOf(kept[i]!, weights, geometric);
      if (Number.isNaN(value)) continue;
      present[count] = i;
      compactValues[count] = value;
      count += 1;
    }
    rankValues(compactValues, count, true, order, ranks);
    for (let c = 0; c < count; c += 1) {
      const i = present[c]!;
      drawn[i * draws + valid[i]!] = ranks[c]!;
      valid[i] = valid[i]! + 1;
    }
  }

  const intervals: RankInterval[] = kept.map((r, i) => {
    const baseRank = baseRanks[i]!;
    const sorted = drawn.subarray(i * draws, i * draws + valid[i]!).sort();
    if (sorted.length === 0) {
      return {
        regionCode: codes[r]!,
        baseRank,
        median: baseRank,
        p05: baseRank,
        p95: baseRank,
        min: baseRank,
        max: baseRank,
      };
    }
    return {
      regionCode: codes[r]!,
      baseRank,
      median: nearestRank(sorted, 0.5),
      p05: nearestRank(sorted, 0.05),
      p95: nearestRank(sorted, 0.95),
      min: sorted[0]!,
      max: sorted[sorted.length - 1]!,
    };
  });
  return intervals.sort((a, b) => a.baseRank - b.baseRank || compareCodes(a.regionCode, b.regionCode));
}
