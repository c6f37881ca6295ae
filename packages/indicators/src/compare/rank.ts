import type { RankedEntry } from '../types.js';

export type RankDirection = 'higher_is_better' | 'lower_is_better';

export interface RankOptions {
  /** Default `higher_is_better` (policy scores). */
  direction?: RankDirection | undefined;
}

/** A value to rank; `null` (and any non-finite number) is left out. */
export interface RankInput {
  regionCode: string;
  value: number | null;
}

/**
 * Two values tie when they differ by at most one part in 10⁹ (relative, and absolute below 1), so that
 * floating-point noise in two equal means does not split a tie.
 */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks (1, 2, 2, 4) of `count` values: `order` receives the indices best first, `ranks[i]`
 * the rank of value `i`. Scratch arrays are the caller's so Monte-Carlo loops allocate nothing.
 * Returns, in `worse[i]`, how many values are strictly worse than value `i` (when `worse` is given).
 */
export function rankValues(
  values: Float64Array,
  count: number,
  higherIsBetter: boolean,
  order: Int32Array,
  ranks: Int32Array,
  worse?: Int32Array,
): void {
  for (let i = 0; i < count; i += 1) order[i] = i;
  const sorted = order.subarray(0, count);
  sorted.sort(higherIsBetter ? (a, b) => values[b]! - values[a]! : (a, b) => values[a]! - values[b]!);
  let start = 0;
  while (start < count) {
    const first = values[sorted[start]!]!;
    let end = start + 1;
    while (end < count && sameValue(values[sorted[end]!]!, first)) end += 1;
    for (let k = start; k < end; k += 1) {
      ranks[sorted[k]!] = start + 1;
      if (worse !== undefined) worse[sorted[k]!] = count - end;
    }
    start = end;
  }
}

/**
 * Ranks regions by value: entries with a `null` value are left out; ties share the best rank
 * (competition ranking: 1, 2, 2, 4); `percentile` is the share of the other ranked regions with a strictly
 * worse value × 100 (100 for a region ranked alone). Sorted best first, ties by region code.
 */
export function rank(entries: readonly RankInput[], options?: RankOptions): RankedEntry[] {
  const kept = entries.filter(
    (entry): entry is { regionCode: string; value: number } =>
      entry.value !== null && Number.isFinite(entry.value),
  );
  const count = kept.length;
  const values = Float64Array.from(kept, (entry) => entry.value);
  const order = new Int32Array(count);
  const ranks = new Int32Array(count);
  const worse = new Int32Array(count);
  rankValues(values, count, options?.direction !== 'lower_is_better', order, ranks, worse);
  const ranked = kept.map(
    (entry, i): RankedEntry => ({
      regionCode: entry.regionCode,
      value: entry.value,
      rank: ranks[i]!,
      percentile: count === 1 ? 100 : (worse[i]! / (count - 1)) * 100,
    }),
  );
  return ranked.sort(
    (a, b) => a.rank - b.rank || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0),
  );
}

/**
 * Change between two values: `absolute` = next − previous; `relative` = absolute / |previous| as a
 * fraction (0.25 = +25 %), `null` when previous is 0. `null` when either value is missing.
 */
export function change(
  previous: number | null,
  next: number | null,
): { absolute: number; relative: number | null } | null {
  if (previous === null || next === null || !Number.isFinite(previous) || !Number.isFinite(next)) return null;
  const absolute = next - previous;
  return { absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}
