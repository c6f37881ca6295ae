import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

const keyed = (...values: (number | null)[]) =>
  values.map((value, index) => ({ key: `R${index + 1}`, value }));
const valuesOf = (result: { value: number | null }[]) => result.map((entry) => entry.value);

describe('normalise', () => {
  it('minmax: 100 · (v − min) / (max − min), nulls kept apart', () => {
    // min 10, max 40, range 30: 10 → 0; 20 → 100 · 10 / 30 = 33.33…; 40 → 100.
    const result = normalise(keyed(10, 20, 40, null), 'minmax');
    expect(result.map((entry) => entry.key)).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(result[0]?.value).toBe(0);
    expect(result[1]?.value).toBeCloseTo(33.3333, 4);
    expect(result[2]?.value).toBe(100);
    expect(result[3]?.value).toBeNull();
  });

  it('minmax lower_is_better: 100 · (max − v) / (max − min)', () => {
    // 10 → 100 · 30 / 30 = 100; 20 → 100 · 20 / 30 = 66.67; 40 → 0.
    const [a, b, c] = valuesOf(normalise(keyed(10, 20, 40), 'minmax', { direction: 'lower_is_better' }));
    expect(a).toBe(100);
    expect(b).toBeCloseTo(66.6667, 4);
    expect(c).toBe(0);
  });

  it('minmax with no spread puts everyone at 50', () => {
    expect(valuesOf(normalise(keyed(5, 5, null), 'minmax'))).toEqual([50, 50, null]);
  });

  it('goalposts: fixed 0 and 100 points, clamped', () => {
    // lo 20, hi 80, range 60: 10 → −16.7 → 0; 50 → 100 · 30 / 60 = 50; 95 → 125 → 100.
    expect(valuesOf(normalise(keyed(10, 50, 95), 'goalposts', { goalposts: { min: 20, max: 80 } }))).toEqual([
      0, 50, 100,
    ]);
    // lower_is_better: 50 → 100 · (80 − 50) / 60 = 50; 30 → 100 · 50 / 60 = 83.33; 10 → 116.7 → 100; 90 → −16.7 → 0.
    const lower = valuesOf(
      normalise(keyed(50, 30, 10, 90), 'goalposts', {
        goalposts: { min: 20, max: 80 },
        direction: 'lower_is_better',
      }),
    );
    expect(lower[0]).toBe(50);
    expect(lower[1]).toBeCloseTo(83.3333, 4);
    expect(lower.slice(2)).toEqual([100, 0]);
  });

  it('goalposts need min < max', () => {
    expect(() => normalise(keyed(1), 'goalposts')).toThrow(RangeError);
    expect(() => normalise(keyed(1), 'goalposts', { goalposts: { min: 5, max: 5 } })).toThrow(RangeError);
  });

  it('zscore: population sd, direction flips the sign', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sd = √(32 / 8) = 2.
    // z: 2 → −1.5, 4 → −0.5, 5 → 0, 7 → 1, 9 → 2.
    const values = keyed(2, 4, 4, 4, 5, 5, 7, 9, null);
    expect(valuesOf(normalise(values, 'zscore'))).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2, null]);
    expect(valuesOf(normalise(values, 'zscore', { direction: 'lower_is_better' }))).toEqual([
      1.5,
      0.5,
      0.5,
      0.5,
      0,
      0,
      -1,
      -2,
      null,
    ]);
  });

  it('zscore with no spread gives 0', () => {
    expect(valuesOf(normalise(keyed(3, 3, 3), 'zscore'))).toEqual([0, 0, 0]);
  });

  it('target higher_is_better: 100 · v / target, capped to 0–100', () => {
    // target 80: 60 → 75; 100 → 125 → 100; 0 → 0; −4 → −5 → 0.
    expect(valuesOf(normalise(keyed(60, 100, 0, -4), 'target', { target: 80 }))).toEqual([75, 100, 0, 0]);
  });

  it('target lower_is_better: 100 − 100 · (v − target) / target, 100 at or below the target', () => {
    // target 10: 8 → 120 → 100; 10 → 100; 12 → 100 − 20 = 80; 25 → 100 − 150 = −50 → 0.
    expect(
      valuesOf(normalise(keyed(8, 10, 12, 25), 'target', { target: 10, direction: 'lower_is_better' })),
    ).toEqual([100, 100, 80, 0]);
  });

  it('target must be a positive number', () => {
    expect(() => normalise(keyed(1), 'target')).toThrow(RangeError);
    expect(() => normalise(keyed(1), 'target', { target: 0 })).toThrow(RangeError);
  });

  it('treats non-finite values as missing', () => {
    expect(valuesOf(normalise(keyed(0, Number.NaN, 10, Number.POSITIVE_INFINITY), 'minmax'))).toEqual([
      0,
      null,
      100,
      null,
    ]);
  });

  it('returns an empty list for no values', () => {
    expect(normalise([], 'zscore')).toEqual([]);
  });
});
