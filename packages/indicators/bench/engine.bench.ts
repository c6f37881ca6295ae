import { bench, describe } from 'vitest';
import { rankIntervals } from '../src/robustness/rank-intervals.js';
import { compileFramework } from '../src/scoring/compile.js';
import { regionProfile, scoreAll } from '../src/scoring/score.js';
import { generateEngineData } from './fixtures.js';

/**
 * The three targets, on data from a seeded generator (MIPEX-R axes, options 0/50/100, ~5 % N/A,
 * ~3 % unanswered):
 * - full recompute: 1,500 regions × 500 indicators × 10 rounds (≈ 7.3 M answers) under 1 s;
 * - one region's recompute (500 indicators) under 1 ms;
 * - 1,000 Monte-Carlo draws over 300 regions × 100 indicators under 2 s.
 */

const full = generateEngineData({ regions: 1500, indicators: 500, rounds: 10, seed: 1 });
const fullCompiled = compileFramework(full.framework);
const oneRegion = full.answers.filter(
  (answer) => answer.regionCode === full.regionCodes[0] && answer.round === 2024,
);
const monteCarlo = generateEngineData({ regions: 300, indicators: 100, rounds: 1, seed: 2 });
const monteCarloCompiled = compileFramework(monteCarlo.framework);

describe('full recompute: 1,500 regions × 500 indicators × 10 rounds', () => {
  bench(
    'scoreAll (compiled framework)',
    () => {
      scoreAll(fullCompiled, full.answers);
    },
    { time: 0, iterations: 10, warmupIterations: 3, warmupTime: 0 },
  );
  bench(
    'scoreAll (plain framework, compiles inside)',
    () => {
      scoreAll(full.framework, full.answers);
    },
    { time: 0, iterations: 10, warmupIterations: 3, warmupTime: 0 },
  );
});

describe("one region's recompute: 500 indicators", () => {
  bench('regionProfile (compiled framework)', () => {
    regionProfile(fullCompiled, oneRegion);
  });
  bench('regionProfile (plain framework, compiles inside)', () => {
    regionProfile(full.framework, oneRegion);
  });
});

describe('Monte-Carlo: 1,000 draws over 300 regions × 100 indicators', () => {
  bench(
    'rankIntervals',
    () => {
      rankIntervals(monteCarloCompiled, monteCarlo.answers, { draws: 1000, seed: 1 });
    },
    { time: 0, iterations: 10, warmupIterations: 1, warmupTime: 0 },
  );
});
