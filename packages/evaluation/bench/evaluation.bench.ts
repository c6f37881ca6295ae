import { mulberry32, type RegionProfile } from '@regin/indicators';
import { bench, describe } from 'vitest';
import { kpiProgress } from '../src/kpi/progress.js';
import { type PracticeLike, suggestActions } from '../src/suggest/suggest-actions.js';

/**
 * Sizes above what the platform holds (a region has a handful of actions with a few KPIs; the network
 * a few hundred practices), so a dashboard recomputing everything on each request stays cheap:
 * - 1,000 KPIs with 60 monthly measurements each;
 * - suggestions for one region among 300, 8 policy areas, 5,000 practices.
 */

const random = mulberry32(7);
const AREAS = [
  'labour_market',
  'education',
  'health',
  'housing',
  'language',
  'culture_religion',
  'social_security',
  'anti_discrimination',
];

const kpis = Array.from({ length: 1000 }, (_, k) => ({
  id: `K${k}`,
  direction: 'higher_is_better' as const,
  baseline: { value: 40, year: 2020 },
  target: { value: 60, year: 2025 },
  measurements: Array.from({ length: 60 }, (_, m) => ({
    date: `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`,
    value: 40 + m / 3 + random() * 4,
  })),
}));
const timeline = { start: '2021-01-01', end: '2025-12-31', asOf: '2024-06-30' };

const score = (value: number) => ({ value, answered: 1, notApplicable: 0, missing: 0, total: 1 });
const profiles: RegionProfile[] = Array.from({ length: 300 }, (_, r) => ({
  regionCode: `R${String(r).padStart(3, '0')}`,
  round: 2024,
  overall: score(50),
  byAxis: { policy_area: Object.fromEntries(AREAS.map((area) => [area, score(random() * 100)])) },
}));
const results = ['successful', 'mixed', 'failed'] as const;
const practices: PracticeLike[] = Array.from({ length: 5000 }, (_, p) => ({
  id: `P${p}`,
  title: `Practice ${p}`,
  regionCodes: [profiles[Math.floor(random() * profiles.length)]!.regionCode],
  policyAreas: [AREAS[Math.floor(random() * AREAS.length)]!],
  result: results[Math.floor(random() * 3)]!,
  ratings: { effectiveness: 1 + Math.floor(random() * 5) },
}));

describe('evaluation engine', () => {
  bench('kpiProgress × 1,000 KPIs of 60 measurements', () => {
    for (const kpi of kpis) kpiProgress(kpi, timeline);
  });

  bench('suggestActions: 300 regions × 8 areas, 5,000 practices', () => {
    suggestActions({ profiles, regionCode: 'R000', practices });
  });
});
