import { describe, expect, it } from 'vitest';
import { averageRanks, correlation, policyOutcomeCorrelation } from './correlation.js';

describe('correlation', () => {
  it('computes Pearson and Spearman by hand, with tied values sharing their average rank', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5. Means 3 and 4.
    // dx = −2, −1, 0, 1, 2; dy = −2, 0, 1, 0, 1.
    // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6; Σdx² = 10; Σdy² = 4 + 0 + 1 + 0 + 1 = 6; r = 6 / √60 = 0.774597.
    // Ranks of y: 2 → 1; the two 4s share (2 + 3) / 2 = 2.5; the two 5s share (4 + 5) / 2 = 4.5.
    // ry = 1, 2.5, 4.5, 2.5, 4.5 (mean 3); dry = −2, −0.5, 1.5, −0.5, 1.5.
    // Σdx·dry = 4 + 0.5 + 0 − 0.5 + 3 = 7; Σdry² = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9; ρ = 7 / √90 = 0.737865.
    const result = correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(result.n).toBe(5);
    expect(result.pearson).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(result.pearson).toBeCloseTo(0.774597, 6);
    expect(result.spearman).toBeCloseTo(7 / Math.sqrt(90), 12);
    expect(result.spearman).toBeCloseTo(0.737865, 6);
  });

  it('tells a monotone curve (Spearman 1) from a straight line (Pearson below 1)', () => {
    // x = 1..4, y = x²: means 2.5 and 7.5; dx = ±1.5, ±0.5; dy = −6.5, −3.5, 1.5, 8.5.
    // Σdx·dy = 9.75 + 1.75 + 0.75 + 12.75 = 25; Σdx² = 5; Σdy² = 42.25 + 12.25 + 2.25 + 72.25 = 129.
    // r = 25 / √645 = 0.984374.
    const result = correlation([1, 2, 3, 4], [1, 4, 9, 16]);
    expect(result.pearson).toBeCloseTo(0.984374, 6);
    expect(result.spearman).toBe(1);
  });

  it('gives −1 for a perfectly falling line', () => {
    expect(correlation([1, 2, 3], [30, 20, 10])).toEqual({ pearson: -1, spearman: -1, n: 3 });
  });

  it('returns null below three pairs and without variance', () => {
    expect(correlation([1, 2], [3, 4])).toEqual({ pearson: null, spearman: null, n: 2 });
    expect(correlation([], [])).toEqual({ pearson: null, spearman: null, n: 0 });
    expect(correlation([1, 1, 1], [1, 2, 3])).toEqual({ pearson: null, spearman: null, n: 3 });
    expect(correlation([1, 2, 3], [7, 7, 7])).toEqual({ pearson: null, spearman: null, n: 3 });
  });

  it('drops pairs with a non-finite value on either side', () => {
    // Kept: (1, 1), (2, 2), (3, 3).
    expect(correlation([1, Number.NaN, 2, 3, Number.POSITIVE_INFINITY], [1, 5, 2, 3, 4])).toEqual({
      pearson: 1,
      spearman: 1,
      n: 3,
    });
    // Only two pairs left: null.
    expect(correlation([1, 2, Number.NaN], [1, 2, 3]).pearson).toBeNull();
  });

  it('refuses series of different lengths', () => {
    expect(() => correlation([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('averageRanks', () => {
  it('ranks from 1 with ties averaged, whatever the input order', () => {
    expect(averageRanks([10, 30, 20, 30, 30])).toEqual([1, 4, 2, 4, 4]);
    expect(averageRanks([2, 1, 2, 3])).toEqual([2.5, 1, 2.5, 4]);
  });
});

describe('policyOutcomeCorrelation', () => {
  it('pairs the regions present with a value on both sides', () => {
    // Regions ES51, ITF4, PT20, SE22 (AT13 has no policy score, DE11 no policy entry, FR10 no outcome).
    // x = 1, 2, 3, 4 (mean 2.5), y = 2, 4, 5, 4 (mean 3.75).
    // Σdx·dy = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(1.25) + (1.5)(0.25) = 2.625 − 0.125 + 0.625 + 0.375 = 3.5.
    // Σdx² = 5; Σdy² = 3.0625 + 0.0625 + 1.5625 + 0.0625 = 4.75; r = 3.5 / √23.75 = 0.718185.
    // Ranks: x 1, 2, 3, 4; y 1, 2.5, 4, 2.5 (mean 2.5): Σ = (−1.5)(−1.5) + (−0.5)(0) + (0.5)(1.5) + (1.5)(0) = 3;
    // Σdry² = 2.25 + 0 + 2.25 + 0 = 4.5; ρ = 3 / √22.5 = 0.632456.
    const result = policyOutcomeCorrelation(
      { SE22: 4, ES51: 1, ITF4: 2, PT20: 3, AT13: null, FR10: 5 },
      { ES51: 2, ITF4: 4, PT20: 5, SE22: 4, DE11: 7, AT13: 3 },
    );
    expect(result.regions).toEqual(['ES51', 'ITF4', 'PT20', 'SE22']);
    expect(result.n).toBe(4);
    expect(result.pearson).toBeCloseTo(0.718185, 6);
    expect(result.spearman).toBeCloseTo(0.632456, 6);
  });
});
