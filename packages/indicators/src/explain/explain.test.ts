import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, buildFramework } from '../../bench/fixtures.js';
import { compileFramework } from '../scoring/compile.js';
import { score } from '../scoring/score.js';
import type { EngineAnswer, GroupSelector } from '../types.js';
import { explain } from './explain.js';

const framework = buildFramework({
  axes: { area: ['labour', 'housing'], cycle: ['formulation', 'implementation'] },
  indicators: [
    { code: 'L1', tags: { area: 'labour', cycle: 'formulation' } },
    { code: 'L2', tags: { area: 'labour', cycle: 'implementation' }, weight: 2 },
    { code: 'H1', tags: { area: 'housing', cycle: 'implementation' } },
    { code: 'H2', tags: { area: 'housing', cycle: 'formulation' } },
    { code: 'H3', tags: { area: 'housing', cycle: 'implementation' } },
  ],
});

const sources = [{ kind: 'law', title: 'Regional integration act', url: 'https://example.org/act' }];
const answers: EngineAnswer[] = [
  {
    ...answer('L1', 'yes'),
    justification: 'Open to all TCNs since 2021',
    sources,
    validatedBy: 'expert-1',
    validatedAt: '2024-03-01',
  },
  answer('L2', 'partly'),
  { ...answer('H1', 'na'), justification: 'Housing is a municipal competence' },
  { ...answer('H2', 'perhaps'), justification: 'unclear' },
];

describe('explain', () => {
  it('lists every indicator of the aggregate with its status, option and evidence', () => {
    const result = explain(framework, answers, []);
    // (100·1 + 50·2) / 3 = 200/3
    expect(result.score).toEqual(score(framework, answers, []));
    expect(result.score.value).toBeCloseTo(200 / 3, 12);
    expect(result.answers).toEqual([
      {
        indicatorCode: 'L1',
        question: framework.indicators[0]!.question,
        weight: 1,
        status: 'answered',
        optionId: 'yes',
        optionLabel: framework.indicators[0]!.options[2]!.label,
        score: 100,
        justification: 'Open to all TCNs since 2021',
        sources,
        validatedBy: 'expert-1',
        validatedAt: '2024-03-01',
      },
      {
        indicatorCode: 'L2',
        question: framework.indicators[1]!.question,
        weight: 2,
        status: 'answered',
        optionId: 'partly',
        optionLabel: framework.indicators[1]!.options[1]!.label,
        score: 50,
        sources: [],
      },
      {
        indicatorCode: 'H1',
        question: framework.indicators[2]!.question,
        weight: 1,
        status: 'not_applicable',
        justification: 'Housing is a municipal competence',
        sources: [],
      },
      {
        indicatorCode: 'H2',
        question: framework.indicators[3]!.question,
        weight: 1,
        status: 'missing', // "perhaps" is not an option
        justification: 'unclear',
        sources: [],
      },
      {
        indicatorCode: 'H3',
        question: framework.indicators[4]!.question,
        weight: 1,
        status: 'missing',
        sources: [],
      },
    ]);
  });

  it('covers only the selected indicators and uses the effective weights', () => {
    const result = explain(
      compileFramework(framework),
      answers,
      [
        { axis: 'area', value: 'labour' },
        { axis: 'cycle', value: 'implementation' },
      ],
      { weights: { L2: 5 } },
    );
    expect(result.answers.map((line) => [line.indicatorCode, line.weight])).toEqual([['L2', 5]]);
    expect(result.score.value).toBe(50);
  });

  it('always matches score() (property)', () => {
    const selectors: GroupSelector[] = [
      [],
      [{ axis: 'area', value: 'housing' }],
      [
        { axis: 'area', value: 'housing' },
        { axis: 'cycle', value: 'implementation' },
      ],
    ];
    const codes = framework.indicators.map((indicator) => indicator.code);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('no', 'partly', 'yes', 'na', 'missing', 'typo'), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        fc.constantFrom(...selectors),
        fc.record({
          aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
          missing: fc.constantFrom('exclude' as const, 'zero' as const, 'refuse' as const),
          notApplicable: fc.constantFrom('exclude' as const, 'zero' as const),
        }),
        (choices, selector, rules) => {
          const generated = choices.flatMap((choice, i) =>
            choice === 'missing' ? [] : [answer(codes[i]!, choice === 'typo' ? 'typo' : choice)],
          );
          const result = explain(framework, generated, selector, rules);
          expect(result.score).toEqual(score(framework, generated, selector, rules));
          expect(result.answers).toHaveLength(result.score.total);
          expect(result.answers.filter((line) => line.status === 'missing')).toHaveLength(
            result.score.missing,
          );
          expect(result.answers.filter((line) => line.status === 'not_applicable')).toHaveLength(
            result.score.notApplicable,
          );
        },
      ),
    );
  });
});
