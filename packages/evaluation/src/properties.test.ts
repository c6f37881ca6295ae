import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBreakdown, sumBreakdown } from './kpi/breakdown.js';
import { KPI_STATUSES, kpiProgress } from './kpi/progress.js';
import { rubricAggregate } from './summary/aggregate.js';

const timeline = { start: '2021-03-01', end: '2023-03-01', asOf: '2022-03-01' };

describe('properties', () => {
  it('kpiProgress: a better latest value never gives a worse status', () => {
    // status rank: achieved 0, on_track 1, at_risk 2, off_track 3
    const rankOf = (status: string) => KPI_STATUSES.indexOf(status as (typeof KPI_STATUSES)[number]);
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.boolean(),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        (baseline, distance, higherIsBetter, value, improvement) => {
          const target = higherIsBetter ? baseline + distance : baseline - distance;
          const better = higherIsBetter ? value + improvement : value - improvement;
          const kpi = (latest: number) => ({
            id: 'K',
            direction: higherIsBetter ? ('higher_is_better' as const) : ('lower_is_better' as const),
            baseline: { value: baseline, year: 2020 },
            target: { value: target, year: 2023 },
            measurements: [{ date: '2022-01-01', value: latest }],
          });
          const a = kpiProgress(kpi(value), timeline);
          const b = kpiProgress(kpi(better), timeline);
          expect(a.progress).toBeCloseTo((value - baseline) / (target - baseline), 9);
          expect(b.progress!).toBeGreaterThanOrEqual(a.progress! - 1e-12);
          expect(rankOf(b.status)).toBeLessThanOrEqual(rankOf(a.status));
        },
      ),
    );
  });

  it('checkBreakdown: a total split into parts passes, and its sum is the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const categories = Object.fromEntries(parts.map((value, i) => [`c${i}`, value]));
        const total = parts.reduce((sum, value) => sum + value, 0);
        expect(sumBreakdown({ group: categories })).toEqual({ group: total });
        expect(checkBreakdown({ value: total, breakdown: { group: categories } })).toEqual([]);
      }),
    );
  });

  it('rubricAggregate: median and mean lie within the range, whatever the order of the sheets', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 9 }), (ratings) => {
        const sheets = ratings.map((rating) => [{ criterion: 'impact', rating }]);
        const [forward] = rubricAggregate(sheets);
        const [backward] = rubricAggregate([...sheets].reverse());
        expect(backward).toEqual(forward);
        expect(forward!.median).toBeGreaterThanOrEqual(forward!.min);
        expect(forward!.median).toBeLessThanOrEqual(forward!.max);
        expect(forward!.mean).toBeGreaterThanOrEqual(forward!.min);
        expect(forward!.mean).toBeLessThanOrEqual(forward!.max);
        expect(forward!.spread).toBe(forward!.max - forward!.min);
      }),
    );
  });
});
