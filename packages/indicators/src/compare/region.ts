import type { RegionProfile } from '../types.js';
import { type RankDirection, type RankInput, rank } from './rank.js';

export interface CompareRegionOptions {
  /** Region codes to average as the region's peers (the region itself and unranked codes are dropped). */
  peers?: readonly string[] | undefined;
  direction?: RankDirection | undefined;
}

/**
 * Where one region stands among the entries. Every `distanceTo…` is the region's value minus the
 * reference (so, when higher is better, `distanceToBest` ≤ 0 and a positive `distanceToMean` is above it).
 */
export interface RegionComparison {
  value: number;
  rank: number;
  /** How many regions were ranked (entries with a value). */
  of: number;
  percentile: number;
  /** The first-ranked region (the lowest code among tied leaders). */
  best: { regionCode: string; value: number };
  distanceToBest: number;
  /** Mean of all ranked values, the region's own included. */
  mean: number;
  distanceToMean: number;
  /** Mean of the peers' values; `null` without peers. */
  peerMean: number | null;
  distanceToPeerMean: number | null;
  /** The peers that were averaged, in the order given. */
  peers: string[];
}

/** Compares one region with the others (`null` when the region has no value among the entries). */
export function compareRegion(
  entries: readonly RankInput[],
  regionCode: string,
  options?: CompareRegionOptions,
): RegionComparison | null {
  const ranked = rank(entries, { direction: options?.direction });
  const own = ranked.find((entry) => entry.regionCode === regionCode);
  if (own === undefined) return null;
  const best = ranked[0]!;
  let sum = 0;
  for (const entry of ranked) sum += entry.value;
  const mean = sum / ranked.length;
  const valueByRegion = new Map(ranked.map((entry) => [entry.regionCode, entry.value]));
  const peers: string[] = [];
  let peerSum = 0;
  for (const code of options?.peers ?? []) {
    const value = valueByRegion.get(code);
    if (code === regionCode || value === undefined || peers.includes(code)) continue;
    peers.push(code);
    peerSum += value;
  }
  const peerMean = peers.length === 0 ? null : peerSum / peers.length;
  return {
    value: own.value,
    rank: own.rank,
    of: ranked.length,
    percentile: own.percentile,
    best: { regionCode: best.regionCode, value: best.value },
    distanceToBest: own.value - best.value,
    mean,
    distanceToMean: own.value - mean,
    peerMean,
    distanceToPeerMean: peerMean === null ? null : own.value - peerMean,
    peers,
  };
}

/** The other regions of the same country, in the order of `regionCodes` (the region itself left out). */
export function peersByCountry(
  regionCode: string,
  regionCodes: readonly string[],
  countryOf: (code: string) => string,
): string[] {
  const country = countryOf(regionCode);
  return regionCodes.filter(
    (code, index) =>
      code !== regionCode && countryOf(code) === country && regionCodes.indexOf(code) === index,
  );
}

/** One axis value where a region stands out from the others. */
export interface ProfileDifference {
  axis: string;
  value: string;
  /** The region's score. */
  score: number;
  /** Mean score of the other regions that have one. */
  average: number;
  /** score − average. */
  difference: number;
}

export interface StrengthsAndWeaknessesOptions {
  /** Only this axis (default: every axis). */
  axis?: string | undefined;
  /** How many of each (default 3). */
  count?: number | undefined;
}

/**
 * A region's axis values furthest above (strengths, difference descending) and below (weaknesses,
 * difference ascending) the average of the other regions. `profiles` hold one round; only values where
 * the region and at least one other region have a score count, and only strictly positive (negative)
 * differences make a strength (weakness). Ties are ordered by axis, then value id.
 */
export function strengthsAndWeaknesses(
  profiles: readonly RegionProfile[],
  regionCode: string,
  options?: StrengthsAndWeaknessesOptions,
): { strengths: ProfileDifference[]; weaknesses: ProfileDifference[] } {
  const count = Math.max(0, Math.floor(options?.count ?? 3));
  const own = profiles.find((profile) => profile.regionCode === regionCode);
  if (own === undefined) return { strengths: [], weaknesses: [] };
  const others = profiles.filter((profile) => profile.regionCode !== regionCode);
  const items: ProfileDifference[] = [];
  for (const [axis, values] of Object.entries(own.byAxis)) {
    if (options?.axis !== undefined && axis !== options.axis) continue;
    for (const [value, ownScore] of Object.entries(values)) {
      if (ownScore.value === null) continue;
      let sum = 0;
      let n = 0;
      for (const other of others) {
        const otherValue = other.byAxis[axis]?.[value]?.value;
        if (otherValue === null || otherValue === undefined) continue;
        sum += otherValue;
        n += 1;
      }
      if (n === 0) continue;
      const average = sum / n;
      items.push({ axis, value, score: ownScore.value, average, difference: ownScore.value - average });
    }
  }
  const byKey = (a: ProfileDifference, b: ProfileDifference) =>
    a.axis < b.axis ? -1 : a.axis > b.axis ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  const strengths = items
    .filter((item) => item.difference > 0)
    .sort((a, b) => b.difference - a.difference || byKey(a, b))
    .slice(0, count);
  const weaknesses = items
    .filter((item) => item.difference < 0)
    .sort((a, b) => a.difference - b.difference || byKey(a, b))
    .slice(0, count);
  return { strengths, weaknesses };
}
