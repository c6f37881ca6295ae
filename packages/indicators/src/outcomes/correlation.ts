/**
 * Correlation between two series, for "do regions with stronger policies show smaller outcome gaps?".
 * With a couple of dozen regions these are descriptive, not causal: the result carries `n` so that the
 * caller can show it beside the coefficient.
 */

export interface Correlation {
  /** Pearson's r on the values; null when n < 3 or either series has no variance. */
  pearson: number | null;
  /** Spearman's ρ: Pearson's r on ranks, tied values sharing their average rank. */
  spearman: number | null;
  /** Pairs used (both values finite). */
  n: number;
}

function pearsonOf(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const meanX = x.reduce((sum, value) => sum + value, 0) / n;
  const meanY = y.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let index = 0; index < n; index += 1) {
    const dx = (x[index] as number) - meanX;
    const dy = (y[index] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push |r| a hair past 1 on perfectly linear data.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Ranks 1..n, ties getting the mean of the ranks they span (1, 2.5, 2.5, 4). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (
      end + 1 < order.length &&
      (order[end + 1] as { value: number }).value === (order[start] as { value: number }).value
    ) {
      end += 1;
    }
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1)
      ranks[(order[position] as { index: number }).index] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson and Spearman correlation of paired values; pairs with a non-finite value on either side are dropped. */
export function correlation(x: readonly number[], y: readonly number[]): Correlation {
  if (x.length !== y.length) {
    throw new RangeError(`correlation needs paired series: x has ${x.length} values, y has ${y.length}`);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((value, index) => {
    const other = y[index] as number;
    if (Number.isFinite(value) && Number.isFinite(other)) {
      xs.push(value);
      ys.push(other);
    }
  });
  const pearson = pearsonOf(xs, ys);
  return {
    pearson,
    spearman: pearson === null ? null : pearsonOf(averageRanks(xs), averageRanks(ys)),
    n: xs.length,
  };
}

export interface PolicyOutcomeCorrelation extends Correlation {
  /** Regions with a finite value on both sides, sorted: the pairs the coefficients rest on. */
  regions: string[];
}

/**
 * Correlation between a policy score and an outcome (e.g. a gap) across the regions present in both,
 * each keyed by region code.
 */
export function policyOutcomeCorrelation(
  policy: Readonly<Record<string, number | null>>,
  outcome: Readonly<Record<string, number | null>>,
): PolicyOutcomeCorrelation {
  const regions = Object.keys(policy)
    .filter((region) => {
      const a = policy[region];
      const b = Object.hasOwn(outcome, region) ? outcome[region] : undefined;
      return typeof a === 'number' && Number.isFinite(a) && typeof b === 'number' && Number.isFinite(b);
    })
    .sort();
  const result = correlation(
    regions.map((region) => policy[region] as number),
    regions.map((region) => outcome[region] as number),
  );
  return { ...result, regions };
}
