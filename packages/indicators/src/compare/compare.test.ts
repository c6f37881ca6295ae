import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegionProfile, Score } from '../types.js';
import { change, rank } from './rank.js';
import { compareRegion, peersByCountry, strengthsAndWeaknesses } from './region.js';

describe('rank', () => {
  const entries = [
    { regionCode: 'D', value: 40 },
    { regionCode: 'C', value: 60 },
    { regionCode: 'E', value: null },
    { regionCode: 'A', value: 80 },
    { regionCode: 'B', value: 60 },
  ];

  it('uses competition ranking and leaves null values out', () => {
    // 4 ranked regions; percentile = regions strictly worse / 3 × 100
    expect(rank(entries)).toEqual([
      { regionCode: 'A', value: 80, rank: 1, percentile: 100 }, // 3/3
      { regionCode: 'B', value: 60, rank: 2, percentile: (1 / 3) * 100 }, // D only
      { regionCode: 'C', value: 60, rank: 2, percentile: (1 / 3) * 100 },
      { regionCode: 'D', value: 40, rank: 4, percentile: 0 },
    ]);
  });

  it('ranks the lowest first when lower is better', () => {
    expect(
      rank(entries, { direction: 'lower_is_better' }).map((entry) => [entry.regionCode, entry.rank]),
    ).toEqual([
      ['D', 1],
      ['B', 2],
      ['C', 2],
      ['A', 4],
    ]);
  });

  it('handles one region, no regions, and ties within floating-point noise', () => {
    expect(rank([{ regionCode: 'A', value: 5 }])).toEqual([
      { regionCode: 'A', value: 5, rank: 1, percentile: 100 },
    ]);
    expect(rank([{ regionCode: 'A', value: null }])).toEqual([]);
    // 0.1 + 0.2 ≠ 0.3 in floating point, yet both are the same score
    const ranked = rank([
      { regionCode: 'A', value: 0.1 + 0.2 },
      { regionCode: 'B', value: 0.3 },
      { regionCode: 'C', value: 0.2 },
    ]);
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 3]);
    expect(ranked[0]!.percentile).toBe(50); // only C (1 of 2 others) is worse
  });

  it('has ranks and percentiles consistent with the values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 }),
        (values) => {
          const ranked = rank(values.map((value, i) => ({ regionCode: `R${i}`, value })));
          const present = values.filter((value): value is number => value !== null);
          expect(ranked).toHaveLength(present.length);
          for (const entry of ranked) {
            expect(entry.rank).toBe(1 + present.filter((value) => value > entry.value).length);
            const worse = present.filter((value) => value < entry.value).length;
            expect(entry.percentile).toBeCloseTo(
              present.length === 1 ? 100 : (worse / (present.length - 1)) * 100,
              9,
            );
          }
        },
      ),
    );
  });
});

describe('change', () => {
  it('gives the absolute and relative change', () => {
    expect(change(50, 60)).toEqual({ absolute: 10, relative: 0.2 }); // 10/50
    expect(change(80, 60)).toEqual({ absolute: -20, relative: -0.25 }); // −20/80
    expect(change(0, 10)).toEqual({ absolute: 10, relative: null });
    expect(change(null, 10)).toBeNull();
    expect(change(10, null)).toBeNull();
  });
});

describe('compareRegion', () => {
  const entries = [
    { regionCode: 'A', value: 80 },
    { regionCode: 'B', value: 60 },
    { regionCode: 'C', value: 40 },
    { regionCode: 'D', value: null },
  ];

  it('gives rank, distances to the best and the mean, and the peer mean', () => {
    expect(compareRegion(entries, 'C', { peers: ['B', 'D', 'C', 'Z'] })).toEqual({
      value: 40,
      rank: 3,
      of: 3,
      percentile: 0,
      best: { regionCode: 'A', value: 80 },
      distanceToBest: -40, // 40 − 80
      mean: 60, // (80 + 60 + 40) / 3
      distanceToMean: -20, // 40 − 60
      peerMean: 60, // B only: D has no value, C is the region, Z is unknown
      distanceToPeerMean: -20,
      peers: ['B'],
    });
  });

  it('averages several peers, and reports no peer mean without peers', () => {
    // peers A, B: (80 + 60)/2 = 70; C − 70 = −30
    expect(compareRegion(entries, 'C', { peers: ['A', 'B'] })).toMatchObject({
      peerMean: 70,
      distanceToPeerMean: -30,
    });
    expect(compareRegion(entries, 'A')).toMatchObject({
      rank: 1,
      percentile: 100,
      distanceToBest: 0,
      distanceToMean: 20,
      peerMean: null,
      distanceToPeerMean: null,
      peers: [],
    });
  });

  it('follows the direction and returns null for an unranked region', () => {
    expect(compareRegion(entries, 'C', { direction: 'lower_is_better' })).toMatchObject({
      rank: 1,
      best: { regionCode: 'C', value: 40 },
      distanceToBest: 0,
    });
    expect(compareRegion(entries, 'D')).toBeNull();
    expect(compareRegion(entries, 'Z')).toBeNull();
  });
});

describe('peersByCountry', () => {
  it('lists the other regions of the same country', () => {
    const codes = ['ES51', 'ES52', 'IT31', 'ES61', 'ES52'];
    expect(peersByCountry('ES51', codes, (code) => code.slice(0, 2))).toEqual(['ES52', 'ES61']);
    expect(peersByCountry('IT31', codes, (code) => code.slice(0, 2))).toEqual([]);
  });
});

describe('strengthsAndWeaknesses', () => {
  const s = (value: number | null): Score => ({ value, answered: 1, notApplicable: 0, missing: 0, total: 1 });
  const profile = (regionCode: string, area: (number | null)[], cycle: (number | null)[]): RegionProfile => ({
    regionCode,
    round: 2024,
    overall: s(50),
    byAxis: {
      area: { labour: s(area[0]!), housing: s(area[1]!), health: s(area[2]!), education: s(area[3]!) },
      cycle: { formulation: s(cycle[0]!), implementation: s(cycle[1]!) },
    },
  });
  const profiles = [
    profile('R', [80, 20, 50, null], [70, 40]),
    profile('O1', [60, 40, 50, 30], [50, 60]),
    profile('O2', [40, 60, null, 30], [50, 40]),
  ];

  it('orders values by their difference from the other regions’ average', () => {
    // labour 80 − (60+40)/2 = +30; housing 20 − 50 = −30; health 50 − 50 (O1 only) = 0 (neither);
    // education: R has none; formulation 70 − 50 = +20; implementation 40 − (60+40)/2 = −10
    expect(strengthsAndWeaknesses(profiles, 'R')).toEqual({
      strengths: [
        { axis: 'area', value: 'labour', score: 80, average: 50, difference: 30 },
        { axis: 'cycle', value: 'formulation', score: 70, average: 50, difference: 20 },
      ],
      weaknesses: [
        { axis: 'area', value: 'housing', score: 20, average: 50, difference: -30 },
        { axis: 'cycle', value: 'implementation', score: 40, average: 50, difference: -10 },
      ],
    });
  });

  it('limits to one axis and to a count', () => {
    const cycle = strengthsAndWeaknesses(profiles, 'R', { axis: 'cycle' });
    expect(cycle.strengths.map((item) => item.value)).toEqual(['formulation']);
    expect(cycle.weaknesses.map((item) => item.value)).toEqual(['implementation']);
    const one = strengthsAndWeaknesses(profiles, 'R', { count: 1 });
    expect(one.strengths.map((item) => item.value)).toEqual(['labour']);
    expect(one.weaknesses.map((item) => item.value)).toEqual(['housing']);
    // O2: labour 40 − 70 = −30, housing 60 − 30 = +30, education 30 − 30 = 0,
    // formulation 50 − 60 = −10, implementation 40 − 50 = −10 (tie: by axis, then value)
    expect(strengthsAndWeaknesses(profiles, 'O2', { count: 5 }).weaknesses.map((item) => item.value)).toEqual(
      ['labour', 'formulation', 'implementation'],
    );
    expect(strengthsAndWeaknesses(profiles, 'NOPE')).toEqual({ strengths: [], weaknesses: [] });
  });
});
