import type { CriterionRating } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { REGIN_ASPECTS_SET } from '../criteria/regin.js';
import { rubricAggregate } from './aggregate.js';
import { summariseEvaluation } from './summarise.js';

const text = (en: string) => ({ source: 'en', text: { en } });
const rate = (criterion: CriterionRating['criterion'], rating: number): CriterionRating => ({
  criterion,
  rating,
  evidence: `evidence for ${criterion}`,
});

/** An evaluation of the Catalan robotics workshops: 8 of the 12 distinct criteria rated. */
const evaluation = {
  ratings: [
    rate('relevance', 4),
    rate('coherence', 3),
    rate('effectiveness', 3),
    rate('efficiency', 2),
    rate('sustainability', 3),
    rate('communication', 4),
    rate('inclusion', 2),
    rate('monitoring_evaluation', 1),
  ],
  findings: [text('Girls were under-represented in the first cohort.')],
  recommendations: [text('Recruit through schools as well as NGOs.')],
};

describe('summariseEvaluation', () => {
  const summary = summariseEvaluation(evaluation);

  it('gives per-set means, counting sustainability in both sets', () => {
    const [dac, regin] = summary.sets;
    // DAC: relevance 4, coherence 3, effectiveness 3, efficiency 2, sustainability 3 → 15 / 5 = 3
    expect(dac).toMatchObject({ setId: 'dac', rated: 5, total: 6, missing: ['impact'], mean: 3 });
    // REGIN: communication 4, inclusion 2, monitoring 1, sustainability 3 → 10 / 4 = 2.5
    expect(regin).toMatchObject({
      setId: 'regin',
      rated: 4,
      total: 7,
      missing: ['innovation', 'multi_level_governance', 'multi_stakeholder_approach'],
      mean: 2.5,
    });
  });

  it('gives the overall mean over distinct criteria, sustainability once', () => {
    // 4 + 3 + 3 + 2 + 3 + 4 + 2 + 1 = 22 over 8 distinct criteria = 2.75 (not (15 + 10) / 9)
    expect(summary.mean).toBe(2.75);
    expect(summary.rated).toBe(8);
    expect(summary.total).toBe(12); // 6 + 7 − 1 shared
    expect(summary.missing).toEqual([
      'impact',
      'innovation',
      'multi_level_governance',
      'multi_stakeholder_approach',
    ]);
    expect(summary.unknown).toEqual([]);
  });

  it('gives each rating its rubric level and evidence', () => {
    const relevance = summary.criteria.find((criterion) => criterion.criterion === 'relevance');
    expect(relevance?.rating).toBe(4);
    expect(relevance?.evidence).toBe('evidence for relevance');
    expect(relevance?.level?.key).toBe('fully_met');
    expect(relevance?.level?.label.text).toEqual({ en: 'Fully met', ca: 'Plenament assolit' });
    expect(relevance?.level?.descriptor.text.en).toMatch(/^The action rests on documented gaps/);
    const impact = summary.criteria.find((criterion) => criterion.criterion === 'impact');
    expect(impact).toMatchObject({ rating: null, level: null, evidence: null });
  });

  it('profiles the strongest and weakest criteria, and passes findings through', () => {
    expect(summary.profile).toEqual({
      highest: 4,
      lowest: 1,
      strongest: ['relevance', 'communication'],
      weakest: ['monitoring_evaluation'],
    });
    expect(summary.findings).toEqual(evaluation.findings);
    expect(summary.recommendations).toEqual(evaluation.recommendations);
  });

  it('summarises against one set, listing ratings it does not hold as unknown', () => {
    const regin = summariseEvaluation(evaluation, REGIN_ASPECTS_SET);
    expect(regin.sets).toHaveLength(1);
    expect(regin.mean).toBe(2.5);
    expect(regin.unknown).toEqual(['relevance', 'coherence', 'effectiveness', 'efficiency']);
  });

  it('shows no contrast when every rating is the same, and no mean without ratings', () => {
    const flat = summariseEvaluation({ ratings: [rate('relevance', 3), rate('impact', 3)] });
    expect(flat.profile).toEqual({ highest: 3, lowest: 3, strongest: [], weakest: [] });
    const empty = summariseEvaluation({ ratings: [] });
    expect(empty.mean).toBeNull();
    expect(empty.sets.map((set) => set.mean)).toEqual([null, null]);
    expect(empty.missing).toHaveLength(12);
    expect(empty.findings).toEqual([]);
  });
});

describe('rubricAggregate', () => {
  it('gives the median, mean and spread per criterion across evaluators', () => {
    const aggregate = rubricAggregate([
      [rate('relevance', 4), rate('effectiveness', 3), rate('inclusion', 1)],
      [rate('relevance', 2), rate('effectiveness', 3), rate('inclusion', 2)],
      { ratings: [rate('relevance', 4), rate('effectiveness', 3)] },
      [rate('relevance', 3), { criterion: 'kirkpatrick_reaction', rating: 4 }],
    ]);
    expect(aggregate).toEqual([
      // [2, 3, 4, 4]: median (3 + 4) / 2 = 3.5, mean 13 / 4 = 3.25, spread 4 − 2 = 2
      {
        criterion: 'relevance',
        n: 4,
        ratings: [2, 3, 4, 4],
        median: 3.5,
        mean: 3.25,
        min: 2,
        max: 4,
        spread: 2,
        agreement: 'divergent',
      },
      // [3, 3, 3]: all agree
      {
        criterion: 'effectiveness',
        n: 3,
        ratings: [3, 3, 3],
        median: 3,
        mean: 3,
        min: 3,
        max: 3,
        spread: 0,
        agreement: 'consensus',
      },
      // [1, 2]: median 1.5, within one level
      {
        criterion: 'inclusion',
        n: 2,
        ratings: [1, 2],
        median: 1.5,
        mean: 1.5,
        min: 1,
        max: 2,
        spread: 1,
        agreement: 'close',
      },
      // a criterion outside the domain's list comes last
      {
        criterion: 'kirkpatrick_reaction',
        n: 1,
        ratings: [4],
        median: 4,
        mean: 4,
        min: 4,
        max: 4,
        spread: 0,
        agreement: 'consensus',
      },
    ]);
  });

  it('gives the middle value for an odd count', () => {
    // [1, 3, 4]: median 3, mean 8 / 3
    const [impact] = rubricAggregate([[rate('impact', 4)], [rate('impact', 1)], [rate('impact', 3)]]);
    expect(impact?.median).toBe(3);
    expect(impact?.mean).toBeCloseTo(8 / 3, 12);
  });

  it('refuses a sheet rating one criterion twice', () => {
    expect(() => rubricAggregate([[rate('impact', 4)], [rate('impact', 1), rate('impact', 2)]])).toThrow(
      'sheet 2 rates "impact" twice',
    );
    expect(rubricAggregate([])).toEqual([]);
  });
});
