import { describe, expect, it } from 'vitest';
import { answer, buildFramework, generateEngineData } from '../../bench/fixtures.js';
import { rank } from '../compare/rank.js';
import { compileFramework } from '../scoring/compile.js';
import { scoreAll } from '../scoring/score.js';
import type { EngineAnswer } from '../types.js';
import { mulberry32 } from './prng.js';
import { rankIntervals } from './rank-intervals.js';

describe('mulberry32', () => {
  it('is deterministic and uniform-looking in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, value) => sum + value, 0) / draws.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('rankIntervals', () => {
  const data = generateEngineData({ regions: 30, indicators: 20, rounds: 2, seed: 3 });

  it('is deterministic for a seed', () => {
    const first = rankIntervals(data.framework, data.answers, { draws: 200, seed: 11 });
    expect(rankIntervals(compileFramework(data.framework), data.answers, { draws: 200, seed: 11 })).toEqual(
      first,
    );
    expect(first).toHaveLength(30);
    const other = rankIntervals(data.framework, data.answers, { draws: 200, seed: 12 });
    expect(other.map((item) => item.baseRank)).toEqual(first.map((item) => item.baseRank));
    for (const item of first) {
      expect(item.min).toBeLessThanOrEqual(item.p05);
      expect(item.p05).toBeLessThanOrEqual(item.median);
      expect(item.median).toBeLessThanOrEqual(item.p95);
      expect(item.p95).toBeLessThanOrEqual(item.max);
    }
    // Perturbing weights by ±50 % and switching means moves some ranks.
    expect(first.some((item) => item.min !== item.max)).toBe(true);
  });

  it('takes its base rank from the framework’s own weights and rules, in the latest round', () => {
    const latest = Math.max(...data.rounds);
    const profiles = scoreAll(data.framework, data.answers).filter((profile) => profile.round === latest);
    const expected = rank(
      profiles.map((profile) => ({ regionCode: profile.regionCode, value: profile.overall.value })),
    );
    const intervals = rankIntervals(data.framework, data.answers, { draws: 10 });
    expect(intervals.map((item) => [item.regionCode, item.baseRank])).toEqual(
      expected.map((entry) => [entry.regionCode, entry.rank]),
    );
  });

  it('keeps every draw at the base rank without any perturbation', () => {
    const intervals = rankIntervals(data.framework, data.answers, {
      draws: 50,
      weightSpread: 0,
      aggregations: ['arithmetic'],
    });
    for (const item of intervals) {
      expect([item.min, item.p05, item.median, item.p95, item.max]).toEqual(Array(5).fill(item.baseRank));
    }
    // With no draws, the interval is the base rank.
    expect(rankIntervals(data.framework, data.answers, { draws: 0 })[0]).toMatchObject({ min: 1, max: 1 });
  });

  it('keeps a region that dominates on every indicator at rank 1 in every draw', () => {
    const codes = data.framework.indicators.map((indicator) => indicator.code);
    const round = Math.max(...data.rounds);
    // Everyone else: at most "partly" (50) everywhere; TOP: "yes" (100) everywhere.
    const capped = data.answers
      .filter((item) => item.round === round)
      .map((item) => (item.optionId === 'yes' ? { ...item, optionId: 'partly' } : item));
    const top = codes.map((code): EngineAnswer => answer(code, 'yes', 'TOP', round));
    const intervals = rankIntervals(data.framework, [...capped, ...top], {
      draws: 500,
      seed: 5,
      weightSpread: 0.9,
    });
    expect(intervals[0]).toEqual({
      regionCode: 'TOP',
      baseRank: 1,
      median: 1,
      p05: 1,
      p95: 1,
      min: 1,
      max: 1,
    });
  });

  it('ranks one aggregate, leaves out regions without a score, and picks percentiles by nearest rank', () => {
    const framework = buildFramework({
      axes: { area: ['x', 'y'] },
      indicators: [
        { code: 'X1', tags: { area: 'x' } },
        { code: 'X2', tags: { area: 'x' } },
        { code: 'Y1', tags: { area: 'y' } },
      ],
    });
    // On x: A (100, 0) and B (50, 50) tie at 50 arithmetically; geometric makes A 0.
    const answers = [
      answer('X1', 'yes', 'A'),
      answer('X2', 'no', 'A'),
      answer('X1', 'partly', 'B'),
      answer('X2', 'partly', 'B'),
      answer('Y1', 'yes', 'C'), // nothing on x
    ];
    const intervals = rankIntervals(framework, answers, {
      draws: 100,
      weightSpread: 0,
      aggregations: ['geometric'],
      selector: [{ axis: 'area', value: 'x' }],
    });
    expect(intervals).toEqual([
      { regionCode: 'A', baseRank: 1, median: 2, p05: 2, p95: 2, min: 2, max: 2 },
      { regionCode: 'B', baseRank: 1, median: 1, p05: 1, p95: 1, min: 1, max: 1 },
    ]);
    // Both methods: B is 1st in every draw; A is 1st in the arithmetic draws (tie) and 2nd in the others.
    const mixed = rankIntervals(framework, answers, {
      draws: 1000,
      weightSpread: 0,
      selector: [{ axis: 'area', value: 'x' }],
    });
    expect(mixed[0]).toMatchObject({ regionCode: 'A', min: 1, p05: 1, p95: 2, max: 2 });
    expect(mixed[1]).toMatchObject({ regionCode: 'B', min: 1, max: 1 });
  });

  it('rejects bad options', () => {
    expect(() => rankIntervals(data.framework, data.answers, { draws: -1 })).toThrow(RangeError);
    expect(() => rankIntervals(data.framework, data.answers, { weightSpread: 1.5 })).toThrow(RangeError);
    expect(() => rankIntervals(data.framework, data.answers, { aggregations: [] })).toThrow(RangeError);
    expect(rankIntervals(data.framework, [])).toEqual([]);
  });
});
