import type { Framework } from '@regin/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFramework, type IndicatorSpec } from '../../bench/fixtures.js';
import { mulberry32 } from '../robustness/prng.js';
import type { EngineAnswer, RegionProfile, Score, ScoreOptions } from '../types.js';
import { regionProfile, score, scoreAll } from './score.js';

/** A random small framework (two flat axes), one region's answers to it, and random rules. */
const caseArb = fc.record({
  indicators: fc.array(
    fc.record({
      area: fc.constantFrom('a', 'b', 'c'),
      cycle: fc.subarray(['f', 'i'], { minLength: 1 }),
      weight: fc.constantFrom(0, 0.5, 1, 2, 3),
      scores: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 4 }),
      answer: fc.oneof(
        fc.nat({ max: 3 }),
        fc.constant('na' as const),
        fc.constant('missing' as const),
        fc.constant('typo' as const),
      ),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  rules: fc.record({
    aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
    missing: fc.constantFrom('exclude' as const, 'zero' as const, 'refuse' as const),
    notApplicable: fc.constantFrom('exclude' as const, 'zero' as const),
  }),
  seed: fc.integer(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function specsOf(generated: Case): IndicatorSpec[] {
  return generated.indicators.map((item, i) => ({
    code: `I${i}`,
    tags: { area: item.area, cycle: item.cycle },
    weight: item.weight,
    options: Object.fromEntries(item.scores.map((value, k) => [`o${k}`, value])),
  }));
}

function frameworkOf(specs: readonly IndicatorSpec[]): Framework {
  return buildFramework({ axes: { area: ['a', 'b', 'c'], cycle: ['f', 'i'] }, indicators: specs });
}

function answersOf(generated: Case): EngineAnswer[] {
  const answers: EngineAnswer[] = [];
  generated.indicators.forEach((item, i) => {
    const base = { regionCode: 'R1', round: 1, indicatorCode: `I${i}` };
    if (item.answer === 'na') answers.push({ ...base, notApplicable: true });
    else if (item.answer === 'typo') answers.push({ ...base, optionId: 'typo' });
    else if (item.answer !== 'missing')
      answers.push({ ...base, optionId: `o${item.answer % item.scores.length}` });
  });
  return answers;
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function scoresOf(profile: RegionProfile): [string, Score][] {
  return [
    ['overall', profile.overall],
    ...Object.entries(profile.byAxis).flatMap(([axis, values]) =>
      Object.entries(values).map(([value, item]): [string, Score] => [`${axis}=${value}`, item]),
    ),
  ];
}

/** Same values (to 1e-9) everywhere; same reasons too unless told (an added N/A indicator may turn "no-indicators" into "no-answers"). */
function expectSameValues(a: RegionProfile, b: RegionProfile, reasons = true): void {
  const left = scoresOf(a);
  const right = new Map(scoresOf(b));
  for (const [key, item] of left) {
    const other = right.get(key)!;
    if (item.value === null) expect(other.value, key).toBeNull();
    else expect(other.value, key).toBeCloseTo(item.value, 9);
    if (reasons) expect(other.reason, key).toBe(item.reason);
  }
}

describe('scoring properties', () => {
  it('keeps every score within 0–100 and the counts consistent', () => {
    fc.assert(
      fc.property(caseArb, (generated) => {
        const framework = frameworkOf(specsOf(generated));
        const answers = answersOf(generated);
        const crossed = score(
          framework,
          answers,
          [
            { axis: 'area', value: 'a' },
            { axis: 'cycle', value: 'i' },
          ],
          generated.rules,
        );
        for (const [key, item] of [
          ...scoresOf(regionProfile(framework, answers, generated.rules)),
          ['x', crossed] as const,
        ]) {
          if (item.value !== null) {
            expect(item.value, key).toBeGreaterThanOrEqual(0);
            expect(item.value, key).toBeLessThanOrEqual(100);
          }
          const naCounted = generated.rules.notApplicable === 'zero' ? item.notApplicable : 0;
          expect(item.answered - naCounted + item.notApplicable + item.missing, key).toBe(item.total);
        }
      }),
    );
  });

  it('does not depend on the order of answers or of indicators in the framework', () => {
    fc.assert(
      fc.property(caseArb, (generated) => {
        const specs = specsOf(generated);
        const answers = answersOf(generated);
        const base = regionProfile(frameworkOf(specs), answers, generated.rules);
        const reordered = regionProfile(
          frameworkOf(shuffled(specs, generated.seed)),
          shuffled(answers, generated.seed + 1),
          generated.rules,
        );
        expectSameValues(base, reordered);
        expect(
          scoresOf(reordered).map(([key, item]) => [key, item.answered, item.missing, item.total]),
        ).toEqual(scoresOf(base).map(([key, item]) => [key, item.answered, item.missing, item.total]));
      }),
    );
  });

  it('changes no mean when an N/A answer is added under notApplicable: exclude', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom('a', 'b', 'c'),
        fc.subarray(['f', 'i'], { minLength: 1 }),
        (generated, area, cycle) => {
          const rules = { ...generated.rules, notApplicable: 'exclude' as const };
          const specs = specsOf(generated);
          const answers = answersOf(generated);
          const base = regionProfile(frameworkOf(specs), answers, rules);
          // A new indicator answered N/A…
          const extra = frameworkOf([...specs, { code: 'EXTRA', tags: { area, cycle } }]);
          const withExtra = regionProfile(
            extra,
            [...answers, { regionCode: 'R1', round: 1, indicatorCode: 'EXTRA', notApplicable: true }],
            rules,
          );
          expectSameValues(base, withExtra, false);
          expect(withExtra.overall.notApplicable).toBe(base.overall.notApplicable + 1);
          expect(withExtra.overall.total).toBe(base.overall.total + 1);
          // …and, when missing answers are excluded, an unanswered indicator marked N/A.
          if (rules.missing === 'exclude') {
            const answered = new Set(answers.map((item) => item.indicatorCode));
            const filled = [
              ...answers,
              ...specs
                .filter((spec) => !answered.has(spec.code))
                .map((spec) => ({
                  regionCode: 'R1',
                  round: 1,
                  indicatorCode: spec.code,
                  notApplicable: true,
                })),
            ];
            expectSameValues(base, regionProfile(frameworkOf(specs), filled, rules), false);
          }
        },
      ),
    );
  });

  it('is unchanged when every weight is scaled by the same constant', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (generated, factor) => {
        const specs = specsOf(generated);
        const framework = frameworkOf(specs);
        const answers = answersOf(generated);
        const weights = Object.fromEntries(specs.map((spec) => [spec.code, (spec.weight ?? 1) * factor]));
        const options: ScoreOptions = { ...generated.rules, weights };
        expectSameValues(
          regionProfile(framework, answers, generated.rules),
          regionProfile(framework, answers, options),
        );
      }),
    );
  });

  it('gives regionProfile exactly the scores score() gives per axis value', () => {
    fc.assert(
      fc.property(caseArb, (generated) => {
        const framework = frameworkOf(specsOf(generated));
        const answers = answersOf(generated);
        const profile = regionProfile(framework, answers, generated.rules);
        expect(profile.overall).toEqual(score(framework, answers, [], generated.rules));
        for (const [axis, values] of Object.entries(profile.byAxis)) {
          for (const [value, item] of Object.entries(values)) {
            expect(item).toEqual(score(framework, answers, [{ axis, value }], generated.rules));
          }
        }
      }),
    );
  });

  it('gives scoreAll the same profiles as regionProfile per region and round', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 4 }), fc.integer(), (cases, seed) => {
        const specs = specsOf(cases[0]!);
        const framework = frameworkOf(specs);
        // Every case answers the first case's framework as another region (codes beyond it are ignored).
        const perRegion = cases.map((generated, r) =>
          answersOf(generated).map((item) => ({ ...item, regionCode: `R${r}` })),
        );
        const all = scoreAll(framework, shuffled(perRegion.flat(), seed));
        expect(all.map((profile) => profile.regionCode)).toEqual(
          perRegion.flatMap((answers, r) => (answers.length === 0 ? [] : [`R${r}`])).sort(),
        );
        for (const profile of all) {
          const answers = perRegion[Number(profile.regionCode.slice(1))]!;
          expect(profile).toEqual(regionProfile(framework, answers));
        }
      }),
    );
  });
});
