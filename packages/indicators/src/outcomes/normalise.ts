import type { Direction } from '@regin/domain';

/**
 * Puts outcome values on a common scale so that they can be compared, averaged or set beside policy
 * scores. Formulas (v a value, d = +1 for higher_is_better and −1 for lower_is_better):
 *
 * - `minmax`:    100 · (v − min) / (max − min) over the values given; lower_is_better uses (max − v).
 *                All values equal: 50 for each (no spread, so every region sits in the middle).
 * - `goalposts`: 100 · (v − lo) / (hi − lo) with fixed goalposts, clamped to 0–100; lower_is_better
 *                uses (hi − v). Goalposts keep scores comparable across years, unlike minmax.
 * - `zscore`:    d · (v − mean) / sd, with the population standard deviation (divide by n).
 *                All values equal: 0 for each.
 * - `target`:    share of a target reached, 0–100. higher_is_better: 100 · v / target;
 *                lower_is_better: 100 − 100 · (v − target) / target, i.e. each percent above the target
 *                costs one point (100 when at or below it). Capped to 0–100. The target must be > 0.
 *
 * Null and non-finite values stay null and do not enter min, max, mean or sd. Order and keys are kept.
 */
export type NormalisationMethod = 'minmax' | 'zscore' | 'goalposts' | 'target';

export interface NormaliseOptions {
  /** Default `higher_is_better`. */
  direction?: Direction;
  /** Required for `goalposts`: the values that map to 0 and 100 (for higher_is_better). */
  goalposts?: { min: number; max: number };
  /** Required for `target`. */
  target?: number;
}

export interface KeyedValue {
  key: string;
  value: number | null;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function normalise(
  values: readonly KeyedValue[],
  method: NormalisationMethod,
  options: NormaliseOptions = {},
): KeyedValue[] {
  const lowerIsBetter = options.direction === 'lower_is_better';
  const finite = values.flatMap((entry) =>
    entry.value !== null && Number.isFinite(entry.value) ? [entry.value] : [],
  );
  let transform: (value: number) => number;
  switch (method) {
    case 'minmax': {
      const min = Math.min(...finite);
      const max = Math.max(...finite);
      const range = max - min;
      transform = (value) => {
        if (range === 0) return 50;
        return (100 * (lowerIsBetter ? max - value : value - min)) / range;
      };
      break;
    }
    case 'goalposts': {
      const goalposts = options.goalposts;
      if (goalposts === undefined || !(goalposts.max > goalposts.min)) {
        throw new RangeError('goalposts normalisation needs goalposts { min, max } with max > min');
      }
      const range = goalposts.max - goalposts.min;
      transform = (value) =>
        clamp((100 * (lowerIsBetter ? goalposts.max - value : value - goalposts.min)) / range);
      break;
    }
    case 'zscore': {
      const n = finite.length;
      const mean = finite.reduce((sum, value) => sum + value, 0) / n;
      const sd = Math.sqrt(finite.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n);
      transform = (value) => {
        if (!(sd > 0)) return 0;
        const z = (value - mean) / sd;
        return lowerIsBetter ? -z : z;
      };
      break;
    }
    case 'target': {
      const target = options.target;
      if (target === undefined || !(target > 0) || !Number.isFinite(target)) {
        throw new RangeError('target normalisation needs a finite target > 0');
      }
      transform = (value) =>
        clamp(lowerIsBetter ? 100 - (100 * (value - target)) / target : (100 * value) / target);
      break;
    }
    default:
      throw new RangeError(`unknown normalisation method "${String(method)}"`);
  }
  return values.map(({ key, value }) => ({
    key,
    value: value !== null && Number.isFinite(value) ? normaliseZero(transform(value)) : null,
  }));
}

/** -0 reads badly in JSON and tests; it means 0. */
const normaliseZero = (value: number) => (Object.is(value, -0) ? 0 : value);
