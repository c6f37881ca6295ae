import { describe, expect, it } from 'vitest';
import { answer, buildFramework } from '../../bench/fixtures.js';
import type { EngineAnswer } from '../types.js';
import { compileFramework } from './compile.js';
import {
  crossKey,
  dimensionTree,
  regionProfile,
  score,
  scoreAll,
  scoreIndicator,
  scoreMatrix,
} from './score.js';

/**
 * Two flat axes (area, cycle). Option scores: no 0, partly 50, yes 100.
 *   L1 labour  formulation             w1
 *   L2 labour  implementation          w2
 *   H1 housing implementation          w1
 *   H2 housing formulation+implementation w1
 *   H3 housing implementation          w0
 *   E1 health  formulation             w1
 *   O1 outcome indicator (labour): never part of a policy score
 */
const framework = buildFramework({
  axes: {
    area: ['labour', 'housing', 'health'],
    cycle: ['formulation', 'implementation'],
  },
  indicators: [
    { code: 'L1', tags: { area: 'labour', cycle: 'formulation' } },
    { code: 'L2', tags: { area: 'labour', cycle: 'implementation' }, weight: 2 },
    { code: 'H1', tags: { area: 'housing', cycle: 'implementation' } },
    { code: 'H2', tags: { area: 'housing', cycle: ['formulation', 'implementation'] } },
    { code: 'H3', tags: { area: 'housing', cycle: 'implementation' }, weight: 0 },
    { code: 'E1', tags: { area: 'health', cycle: 'formulation' } },
    { code: 'O1', kind: 'outcome', tags: { area: 'labour' } },
  ],
});

/** L1 yes (100), L2 partly (50), H1 partly (50), H2 N/A, H3 yes (100, weight 0), E1 missing. */
const answers: EngineAnswer[] = [
  answer('L1', 'yes'),
  answer('L2', 'partly'),
  answer('H1', 'partly'),
  answer('H2', 'na'),
  answer('H3', 'yes'),
  { ...answer('O1', undefined), optionId: 'yes' },
  answer('UNKNOWN', 'yes'),
];

const housingImplementation = [
  { axis: 'area', value: 'housing' },
  { axis: 'cycle', value: 'implementation' },
] as const;

describe('scoreIndicator', () => {
  it('reads option scores, N/A and unknowns', () => {
    expect(scoreIndicator(framework, answer('L1', 'yes'))).toBe(100);
    expect(scoreIndicator(framework, answer('L1', 'partly'))).toBe(50);
    expect(scoreIndicator(framework, answer('L1', 'no'))).toBe(0);
    expect(scoreIndicator(framework, answer('L1', 'na'))).toBe('na');
    expect(scoreIndicator(framework, answer('L1', 'maybe'))).toBeNull();
    expect(scoreIndicator(framework, answer('L1', undefined))).toBeNull();
    expect(scoreIndicator(framework, answer('NOPE', 'yes'))).toBeNull();
    const compiled = compileFramework(framework);
    expect(scoreIndicator(compiled, answer('L2', 'yes'))).toBe(100);
    // N/A wins over an option id.
    expect(scoreIndicator(compiled, { ...answer('L2', 'yes'), notApplicable: true })).toBe('na');
  });

  it('reads a direct score for an indicator without options', () => {
    expect(scoreIndicator(framework, { ...answer('O1', undefined), score: 72.5 })).toBe(72.5);
    expect(scoreIndicator(framework, { ...answer('O1', undefined), score: 140 })).toBe(100);
    expect(scoreIndicator(framework, answer('O1', undefined))).toBeNull();
  });
});

describe('score: arithmetic mean', () => {
  it('weights indicators, leaves N/A and missing out, counts weight 0 only in the counts', () => {
    // Counted: L1 100·1, L2 50·2, H1 50·1, H3 weight 0 → (100·1 + 50·2 + 50·1) / (1 + 2 + 1) = 250/4 = 62.5
    expect(score(framework, answers, [])).toEqual({
      value: 62.5,
      answered: 4, // L1, L2, H1, H3
      notApplicable: 1, // H2
      missing: 1, // E1
      total: 6, // O1 is an outcome indicator, UNKNOWN is not in the framework
    });
  });

  it('scores one axis value', () => {
    // labour: (100·1 + 50·2) / 3 = 200/3
    expect(score(framework, answers, [{ axis: 'area', value: 'labour' }]).value).toBeCloseTo(200 / 3, 12);
    // formulation: L1 100, H2 N/A, E1 missing → 100/1 = 100
    expect(score(framework, answers, [{ axis: 'cycle', value: 'formulation' }])).toEqual({
      value: 100,
      answered: 1,
      notApplicable: 1,
      missing: 1,
      total: 3,
    });
  });

  it('scores a cross of two axes (housing × implementation)', () => {
    // H1 50·1, H2 N/A, H3 100·0 → 50/1 = 50
    expect(score(framework, answers, housingImplementation)).toEqual({
      value: 50,
      answered: 2,
      notApplicable: 1,
      missing: 0,
      total: 3,
    });
    // N/A as zero: (50·1 + 0·1 + 100·0) / 2 = 25
    expect(score(framework, answers, housingImplementation, { notApplicable: 'zero' }).value).toBe(25);
  });

  it('counts N/A as 0 under notApplicable: zero', () => {
    // (100·1 + 50·2 + 50·1 + 0·1 [H2]) / 5 = 250/5 = 50
    expect(score(framework, answers, [], { notApplicable: 'zero' })).toEqual({
      value: 50,
      answered: 5, // N/A counted as an answer of 0
      notApplicable: 1,
      missing: 1,
      total: 6,
    });
  });

  it('applies the missing-answer rules', () => {
    // zero: (100·1 + 50·2 + 50·1 + 0·1 [E1]) / 5 = 50
    expect(score(framework, answers, [], { missing: 'zero' })).toEqual({
      value: 50,
      answered: 4,
      notApplicable: 1,
      missing: 1,
      total: 6,
    });
    expect(score(framework, answers, [], { missing: 'refuse' })).toEqual({
      value: null,
      answered: 4,
      notApplicable: 1,
      missing: 1,
      total: 6,
      reason: 'missing-answers',
    });
    // Housing has no missing answer, so refuse still scores it: (50·1) / 1 = 50
    expect(score(framework, answers, [{ axis: 'area', value: 'housing' }], { missing: 'refuse' }).value).toBe(
      50,
    );
  });

  it('counts an answer with an unknown option as missing', () => {
    const withTypo = [...answers, answer('E1', 'perhaps')];
    expect(score(framework, withTypo, [])).toMatchObject({ value: 62.5, missing: 1 });
  });

  it('uses the weights option instead of the framework weights', () => {
    // L2 weight 1: (100 + 50 + 50) / 3 = 200/3
    expect(score(framework, answers, [], { weights: { L2: 1 } }).value).toBeCloseTo(200 / 3, 12);
    // H3 weight 1: (100·1 + 50·2 + 50·1 + 100·1) / 5 = 350/5 = 70
    expect(score(framework, answers, [], { weights: { H3: 1 } }).value).toBe(70);
    expect(() => score(framework, answers, [], { weights: { H3: -1 } })).toThrow(RangeError);
  });

  it('reports why a value is null', () => {
    // housing × formulation is H2 only, and H2 is N/A
    expect(
      score(framework, answers, [
        { axis: 'area', value: 'housing' },
        { axis: 'cycle', value: 'formulation' },
      ]),
    ).toEqual({ value: null, answered: 0, notApplicable: 1, missing: 0, total: 1, reason: 'no-answers' });
    // health × implementation: nothing is tagged so
    expect(
      score(framework, answers, [
        { axis: 'area', value: 'health' },
        { axis: 'cycle', value: 'implementation' },
      ]),
    ).toEqual({ value: null, answered: 0, notApplicable: 0, missing: 0, total: 0, reason: 'no-indicators' });
    expect(score(framework, answers, [{ axis: 'nope', value: 'x' }]).reason).toBe('no-indicators');
    // Only weight-0 indicators answered: H3 alone → nothing to average
    expect(score(framework, [answer('H3', 'yes')], [{ axis: 'area', value: 'housing' }])).toEqual({
      value: null,
      answered: 1,
      notApplicable: 0,
      missing: 2,
      total: 3,
      reason: 'no-answers',
    });
  });

  it('does not refuse for a missing weight-0 indicator', () => {
    // housing without H3: H1 50, H2 N/A → 50/1 = 50 even though H3 (weight 0) is missing
    const noH3 = answers.filter((item) => item.indicatorCode !== 'H3');
    expect(score(framework, noH3, [{ axis: 'area', value: 'housing' }], { missing: 'refuse' })).toMatchObject(
      {
        value: 50,
        missing: 1,
      },
    );
  });

  it('lets a later answer replace an earlier one', () => {
    // L1 no then yes → as before, 62.5
    expect(score(framework, [answer('L1', 'no'), ...answers], []).value).toBe(62.5);
  });

  it('scores outcome indicators from direct scores with kind: outcome', () => {
    expect(score(framework, [{ ...answer('O1', undefined), score: 70 }], [], { kind: 'outcome' })).toEqual({
      value: 70,
      answered: 1,
      notApplicable: 0,
      missing: 0,
      total: 1,
    });
    // A compiled policy framework recompiles for the other kind.
    expect(
      score(compileFramework(framework), [{ ...answer('O1', undefined), score: 70 }], [], { kind: 'outcome' })
        .value,
    ).toBe(70);
  });
});

describe('score: geometric mean', () => {
  it('takes the weighted geometric mean', () => {
    // exp((1·ln 100 + 2·ln 50 + 1·ln 50) / 4) = 100^(1/4) · 50^(3/4) ≈ 59.46
    const expected = 100 ** (1 / 4) * 50 ** (3 / 4);
    expect(score(framework, answers, [], { aggregation: 'geometric' }).value).toBeCloseTo(expected, 10);
    // labour: 100^(1/3) · 50^(2/3) ≈ 62.996
    expect(
      score(framework, answers, [{ axis: 'area', value: 'labour' }], { aggregation: 'geometric' }).value,
    ).toBeCloseTo(100 ** (1 / 3) * 50 ** (2 / 3), 10);
  });

  it('is 0 as soon as one counted indicator scores 0', () => {
    // H1 no (0): 100^(1/4) · 50^(2/4) · 0^(1/4) = 0
    const withZero = [...answers, answer('H1', 'no')];
    expect(score(framework, withZero, [], { aggregation: 'geometric' }).value).toBe(0);
    // N/A as zero makes housing 0 too
    expect(
      score(framework, answers, [{ axis: 'area', value: 'housing' }], {
        aggregation: 'geometric',
        notApplicable: 'zero',
      }).value,
    ).toBe(0);
    // …but a 0 of weight 0 does not count
    expect(
      score(framework, [answer('H1', 'yes'), answer('H3', 'no')], [{ axis: 'area', value: 'housing' }], {
        aggregation: 'geometric',
      }).value,
    ).toBe(100);
  });

  it('follows the framework rules when no option overrides them', () => {
    const geometric = buildFramework({
      axes: { area: ['a'] },
      indicators: [
        { code: 'A', tags: { area: 'a' } },
        { code: 'B', tags: { area: 'a' } },
      ],
      scoring: { aggregation: 'geometric' },
    });
    // √(100 · 25)… with options 0/50/100: √(100 · 50) = 70.71
    expect(score(geometric, [answer('A', 'yes'), answer('B', 'partly')], []).value).toBeCloseTo(
      Math.sqrt(100 * 50),
      10,
    );
    expect(
      score(geometric, [answer('A', 'yes'), answer('B', 'partly')], [], { aggregation: 'arithmetic' }).value,
    ).toBe(75);
  });
});

describe('regionProfile', () => {
  it('scores overall and every value of every axis', () => {
    const profile = regionProfile(framework, answers);
    expect(profile.regionCode).toBe('R1');
    expect(profile.round).toBe(2024);
    expect(profile.overall).toEqual(score(framework, answers, []));
    expect(Object.keys(profile.byAxis)).toEqual(['area', 'cycle']);
    expect(Object.keys(profile.byAxis.area!)).toEqual(['labour', 'housing', 'health']);
    // health: E1 missing only
    expect(profile.byAxis.area!.health).toEqual({
      value: null,
      answered: 0,
      notApplicable: 0,
      missing: 1,
      total: 1,
      reason: 'no-answers',
    });
    // implementation: L2 50·2, H1 50·1, H2 N/A, H3 w0 → 150/3 = 50
    expect(profile.byAxis.cycle!.implementation!.value).toBe(50);
  });

  it('takes the region and round from options when there are no answers', () => {
    const profile = regionProfile(framework, [], { regionCode: 'ES51', round: 2023 });
    expect(profile).toMatchObject({ regionCode: 'ES51', round: 2023, overall: { value: null, missing: 6 } });
  });
});

describe('scoreAll and scoreMatrix', () => {
  const r2 = [answer('L1', 'no', 'R2'), answer('L2', 'yes', 'R2'), answer('E1', 'partly', 'R2')];
  const r1Old = answers.map((item) => ({ ...item, round: 2023, optionId: item.optionId && 'no' }));

  it('profiles every region × round, sorted, sorted input or not', () => {
    const sorted = [...r1Old, ...answers, ...r2];
    // Interleaved: every slot split into several runs.
    const interleaved = sorted.flatMap((_, k) =>
      k % 2 === 0 ? [sorted[k / 2]!] : [sorted[sorted.length - 1 - (k - 1) / 2]!],
    );
    const expected = [
      regionProfile(framework, r1Old),
      regionProfile(framework, answers),
      regionProfile(framework, r2),
    ];
    expect(scoreAll(framework, sorted)).toEqual(expected);
    expect(scoreAll(framework, [...r2, ...answers, ...r1Old])).toEqual(expected);
    expect(scoreAll(compileFramework(framework), interleaved)).toEqual(expected);
    // R2: (0·1 + 100·2 + 50·1) / 4 = 62.5
    expect(expected[2]!.overall.value).toBe(62.5);
    expect(expected[0]!.overall.value).toBe(0);
  });

  it('crosses two axes with × keys, latest round by default', () => {
    const matrix = scoreMatrix(framework, [...r2, ...answers, ...r1Old], ['area', 'cycle']);
    expect(matrix.round).toBe(2024);
    expect(matrix.by).toEqual(['area', 'cycle']);
    expect(matrix.regions).toEqual(['R1', 'R2']);
    expect(matrix.groups.map((group) => group.key)).toEqual([
      'labour×formulation',
      'labour×implementation',
      'housing×formulation',
      'housing×implementation',
      'health×formulation',
      'health×implementation',
    ]);
    expect(crossKey('housing', 'implementation')).toBe('housing×implementation');
    expect(matrix.cells.R1!['housing×implementation']).toEqual(
      score(framework, answers, housingImplementation),
    );
    // R2 labour × implementation: L2 yes → 100
    expect(matrix.cells.R2!['labour×implementation']!.value).toBe(100);
    // Round 2023 holds only R1, every option "no"
    const old = scoreMatrix(framework, [...r2, ...answers, ...r1Old], ['area'], { round: 2023 });
    expect(old.regions).toEqual(['R1']);
    expect(old.groups.map((group) => group.key)).toEqual(['labour', 'housing', 'health']);
    expect(old.cells.R1!.labour!.value).toBe(0);
  });

  it('rejects a bad axis list', () => {
    expect(() => scoreMatrix(framework, answers, [])).toThrow(RangeError);
    expect(() => scoreMatrix(framework, answers, ['area', 'cycle', 'area'])).toThrow(RangeError);
    expect(() => scoreMatrix(framework, answers, ['nope'])).toThrow(RangeError);
  });
});

describe('dimensionTree (nested axis)', () => {
  /**
   * dim:  A ─┬─ A1 (X1, X2, X3)
   *          └─ A2 (Y1)
   *       B (Z1)
   */
  const tree = buildFramework({
    axes: {
      dim: { nested: true, values: [['A'], ['A1', 'A'], ['A2', 'A'], ['B']] },
      cycle: ['formulation'],
    },
    indicators: [
      { code: 'X1', tags: { dim: 'A1', cycle: 'formulation' } },
      { code: 'X2', tags: { dim: 'A1' } },
      { code: 'X3', tags: { dim: 'A1' } },
      { code: 'Y1', tags: { dim: 'A2' } },
      { code: 'Z1', tags: { dim: 'B' } },
    ],
  });
  const treeAnswers = [
    answer('X1', 'yes'),
    answer('X2', 'yes'),
    answer('X3', 'yes'),
    answer('Y1', 'no'),
    answer('Z1', 'partly'),
  ];

  it('makes each parent the mean of its children, not of all the indicators below', () => {
    const [a, b] = dimensionTree(tree, treeAnswers, 'dim');
    // A1 = (100 + 100 + 100)/3 = 100; A2 = 0/1 = 0; A = (100 + 0)/2 = 50 (not (3·100 + 0)/4 = 75)
    expect(a!.value).toBe('A');
    expect(a!.score).toEqual({ value: 50, answered: 4, notApplicable: 0, missing: 0, total: 4 });
    expect(a!.children.map((child) => [child.value, child.score.value])).toEqual([
      ['A1', 100],
      ['A2', 0],
    ]);
    expect(b).toEqual({
      value: 'B',
      score: { value: 50, answered: 1, notApplicable: 0, missing: 0, total: 1 },
      children: [],
    });
    // score() on the parent value is the flat mean over its descendants' indicators: (3·100 + 0)/4 = 75
    expect(score(tree, treeAnswers, [{ axis: 'dim', value: 'A' }]).value).toBe(75);
    expect(regionProfile(tree, treeAnswers).byAxis.dim!.A!.value).toBe(75);
  });

  it('uses the geometric mean at every level when the rules say so', () => {
    // A1 = 100, A2 = partly 50 → A = √(100 · 50) ≈ 70.71
    const [a] = dimensionTree(tree, [...treeAnswers, answer('Y1', 'partly')], 'dim', {
      aggregation: 'geometric',
    });
    expect(a!.score.value).toBeCloseTo(Math.sqrt(100 * 50), 10);
    // A2 = 0 → A = 0
    expect(dimensionTree(tree, treeAnswers, 'dim', { aggregation: 'geometric' })[0]!.score.value).toBe(0);
  });

  it('leaves out children without a score, and refuses when a child is refused', () => {
    // Y1 missing: A2 has no score → A = A1 = 100
    const noY1 = treeAnswers.filter((item) => item.indicatorCode !== 'Y1');
    expect(dimensionTree(tree, noY1, 'dim')[0]!.score).toEqual({
      value: 100,
      answered: 3,
      notApplicable: 0,
      missing: 1,
      total: 4,
    });
    expect(dimensionTree(tree, noY1, 'dim', { missing: 'refuse' })[0]!.score).toMatchObject({
      value: null,
      reason: 'missing-answers',
    });
    // missing as zero: A2 = 0 → A = (100 + 0)/2 = 50
    expect(dimensionTree(tree, noY1, 'dim', { missing: 'zero' })[0]!.score.value).toBe(50);
    expect(dimensionTree(tree, [], 'dim')[0]!.score).toMatchObject({ value: null, reason: 'no-answers' });
  });

  it('counts indicators tagged on a parent as one more child, at any depth', () => {
    const deep = buildFramework({
      axes: {
        dim: { nested: true, values: [['A'], ['A1', 'A'], ['A1a', 'A1'], ['A1b', 'A1'], ['A2', 'A']] },
      },
      indicators: [
        { code: 'P', tags: { dim: 'A' } },
        { code: 'Q1', tags: { dim: 'A1a' } },
        { code: 'Q2', tags: { dim: 'A1a' } },
        { code: 'R1', tags: { dim: 'A1b' } },
        { code: 'S1', tags: { dim: 'A2' } },
      ],
    });
    const [a] = dimensionTree(
      deep,
      [
        answer('P', 'yes'),
        answer('Q1', 'yes'),
        answer('Q2', 'no'),
        answer('R1', 'no'),
        answer('S1', 'partly'),
      ],
      'dim',
    );
    // A1a = (100 + 0)/2 = 50; A1b = 0; A1 = (50 + 0)/2 = 25; A2 = 50; direct on A: P = 100
    // A = (A1 25 + A2 50 + direct 100) / 3 = 175/3
    expect(a!.children[0]!.children.map((node) => node.score.value)).toEqual([50, 0]);
    expect(a!.children.map((node) => node.score.value)).toEqual([25, 50]);
    expect(a!.score.value).toBeCloseTo(175 / 3, 12);
    expect(a!.score.total).toBe(5);
  });

  it('gives one leaf per value of a flat axis, and rejects an unknown axis', () => {
    expect(dimensionTree(tree, treeAnswers, 'cycle')).toEqual([
      {
        value: 'formulation',
        score: { value: 100, answered: 1, notApplicable: 0, missing: 0, total: 1 },
        children: [],
      },
    ]);
    expect(() => dimensionTree(tree, treeAnswers, 'nope')).toThrow(RangeError);
  });
});
