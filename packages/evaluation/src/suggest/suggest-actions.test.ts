import type { RegionProfile, Score } from '@regin/indicators';
import { describe, expect, it } from 'vitest';
import { type PracticeLike, suggestActions } from './suggest-actions.js';

const score = (value: number | null): Score => ({
  value,
  answered: 1,
  notApplicable: 0,
  missing: 0,
  total: 1,
});

function profile(regionCode: string, areas: Record<string, number | null>, round = 2024): RegionProfile {
  return {
    regionCode,
    round,
    overall: score(50),
    byAxis: {
      policy_area: Object.fromEntries(Object.entries(areas).map(([area, value]) => [area, score(value)])),
      policy_cycle: { implementation: score(0) },
    },
  };
}

// 4 regions × 3 policy areas (illustrative scores):
//          labour_market  education  health
// ES51          30            60        50      ← the region we suggest for
// ITF3          70            50        40
// SE22          50            80        90
// PT20          60            40        45
//
// ES51 against the average of the other three:
//   labour_market 30 − (70 + 50 + 60) / 3 = 30 − 60     = −30      weakness
//   education     60 − (50 + 80 + 40) / 3 = 60 − 56.667 = +3.333   strength
//   health        50 − (40 + 90 + 45) / 3 = 50 − 58.333 = −8.333   weakness
// Peers scoring higher: labour_market ITF3 70, PT20 60, SE22 50; health SE22 90 only (45 and 40 < 50).
const profiles = [
  profile('ES51', { labour_market: 30, education: 60, health: 50 }),
  profile('ITF3', { labour_market: 70, education: 50, health: 40 }),
  profile('SE22', { labour_market: 50, education: 80, health: 90 }),
  profile('PT20', { labour_market: 60, education: 40, health: 45 }),
];

const practice = (
  id: string,
  regionCodes: string[],
  policyAreas: string[],
  result: PracticeLike['result'],
  ratings?: Record<string, number>,
): PracticeLike => ({ id, title: `Practice ${id}`, regionCodes, policyAreas, result, ratings });

const practices = [
  practice('P1', ['ITF3'], ['labour_market'], 'successful', { effectiveness: 4 }),
  practice('P2', ['SE22'], ['labour_market'], 'successful', { effectiveness: 5 }),
  practice('P3', ['PT20'], ['labour_market'], 'mixed'),
  practice('P4', ['ITF3'], ['labour_market'], 'failed'),
  practice('P5', ['FRL0'], ['labour_market', 'education'], 'successful'),
  practice('P6', ['ES51'], ['labour_market'], 'successful'), // the region's own: left out
  practice('P7', ['SE22'], ['health'], 'successful'),
  practice('P8', ['SE22'], ['education'], 'successful'), // not a weak area
  practice('P9', ['SE22', 'ITF3'], ['labour_market'], 'successful', { effectiveness: 3, inclusion: 3 }),
];

describe('suggestActions', () => {
  const result = suggestActions({ profiles, regionCode: 'ES51', practices });

  it('picks the weak policy areas, most below average first', () => {
    expect(result.regionCode).toBe('ES51');
    expect(result.round).toBe(2024);
    expect(result.basis).toBe('weaknesses');
    expect(result.areas.map((area) => [area.policyArea, area.score])).toEqual([
      ['labour_market', 30],
      ['health', 50],
    ]);
    expect(result.areas[0]!.average).toBe(60);
    expect(result.areas[1]!.average).toBeCloseTo(175 / 3, 12);
    expect(result.areas[1]!.difference).toBeCloseTo(50 - 175 / 3, 12);
  });

  it('names the peers scoring best in each area', () => {
    expect(result.areas[0]!.peers).toEqual([
      { regionCode: 'ITF3', score: 70 },
      { regionCode: 'PT20', score: 60 },
      { regionCode: 'SE22', score: 50 },
    ]);
    expect(result.areas[1]!.peers).toEqual([{ regionCode: 'SE22', score: 90 }]);
    expect(result.areas[0]!.reason).toBe(
      "labour_market scores 30.0, 30.0 points below the other regions' average (60.0); best: ITF3 (70.0), PT20 (60.0), SE22 (50.0)",
    );
    expect(result.areas[1]!.reason).toBe(
      "health scores 50.0, 8.3 points below the other regions' average (58.3); best: SE22 (90.0)",
    );
  });

  it('orders practices: successful before mixed, then by peer rank, then by rating, then by id', () => {
    // successful: P1 (ITF3, rank 0, rating 4), P9 (ITF3 via its second region, rank 0, rating 3),
    //             P2 (SE22, rank 2), P5 (not a peer region); then mixed: P3 (PT20, rank 1)
    const labour = result.areas[0]!;
    expect(labour.practices.map((p) => [p.practice.id, p.peerRegion])).toEqual([
      ['P1', 'ITF3'],
      ['P9', 'ITF3'],
      ['P2', 'SE22'],
      ['P5', null],
      ['P3', 'PT20'],
    ]);
    expect(labour.practices[0]!.reason).toBe(
      'successful practice in labour_market from ITF3, which scores 70.0 in labour_market',
    );
    expect(labour.practices[3]!.reason).toBe('successful practice in labour_market in FRL0');
    expect(labour.lessons.map((p) => p.practice.id)).toEqual(['P4']);
    expect(labour.lessons[0]!.reason).toBe(
      'failed practice in labour_market from ITF3, which scores 70.0 in labour_market: a lesson to heed before trying something similar',
    );
    expect(result.areas[1]!.practices.map((p) => p.practice.id)).toEqual(['P7']);
    expect(result.areas[1]!.lessons).toEqual([]);
    // the practice objects are handed back as given
    expect(labour.practices[0]!.practice).toBe(practices[0]);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled = suggestActions({
      profiles: [...profiles].reverse(),
      regionCode: 'ES51',
      practices: [...practices].reverse(),
    });
    expect(shuffled).toEqual(result);
  });

  it('honours count, peers and practicesPerArea', () => {
    const narrow = suggestActions({
      profiles,
      regionCode: 'ES51',
      practices,
      count: 1,
      peers: 1,
      practicesPerArea: 2,
    });
    expect(narrow.areas).toHaveLength(1);
    expect(narrow.areas[0]!.peers).toEqual([{ regionCode: 'ITF3', score: 70 }]);
    // with one peer (ITF3), P2 from SE22 is no longer a peer's: P1, P9 from ITF3 come first
    expect(narrow.areas[0]!.practices.map((p) => p.practice.id)).toEqual(['P1', 'P9']);
  });

  it("falls back to the region's lowest scores when it is below average nowhere", () => {
    // TOP scores above LOW in every area, so it has no weakness: its two lowest scores are taken,
    // health 70 then labour_market 80, and no region scores higher in either.
    const top = suggestActions({
      profiles: [
        profile('TOP', { labour_market: 80, education: 90, health: 70 }),
        profile('LOW', { labour_market: 60, education: 50, health: 40 }),
      ],
      regionCode: 'TOP',
      count: 2,
    });
    expect(top.basis).toBe('lowest_scores');
    expect(top.areas.map((area) => [area.policyArea, area.score, area.peers])).toEqual([
      ['health', 70, []],
      ['labour_market', 80, []],
    ]);
    expect(top.areas[0]!.reason).toBe(
      "health scores 70.0, one of the region's lowest policy-area scores (it is below the other regions' average in none); no region scores higher",
    );
  });

  it('refuses profiles of several rounds and an unknown region', () => {
    expect(() =>
      suggestActions({ profiles: [...profiles, profile('AT13', { health: 10 }, 2022)], regionCode: 'ES51' }),
    ).toThrow('the profiles span rounds 2022, 2024; pass the profiles of one round');
    expect(() => suggestActions({ profiles, regionCode: 'XX99' })).toThrow('no profile for region XX99');
  });
});
