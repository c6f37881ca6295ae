import { describe, expect, it } from 'vitest';
import { ACTION_ID, USER_ID } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { EVALUATION_RATING_LEVELS, evaluationSchema } from './evaluation.js';
import { localized } from './localized-text.js';

const evaluation = () => ({
  id: '6b4f7c9e-0a8d-4ec5-9a7b-8c9d0e1f2a3b',
  actionId: ACTION_ID,
  ratings: [
    { criterion: 'effectiveness', rating: 3, evidence: 'External university evaluation, 2022.' },
    {
      criterion: 'multi_stakeholder_approach',
      rating: 4,
      evidence: 'Round tables with twelve organisations.',
    },
  ],
  findings: [localized('en', 'Participants gained health knowledge and social contacts.')],
  recommendations: [localized('en', 'Extend the advice service to rural municipalities.')],
  evaluatorId: USER_ID,
  evaluatorKind: 'external',
  date: '2022-11-15',
  status: 'final',
});

describe('evaluationSchema', () => {
  it('accepts a final evaluation', () => {
    expect(evaluationSchema.parse(evaluation()).ratings).toHaveLength(2);
  });

  it('uses a four-level scale', () => {
    expect(EVALUATION_RATING_LEVELS.map((level) => level.rating)).toEqual([1, 2, 3, 4]);
    const value = evaluation();
    value.ratings[0]!.rating = 5;
    expect(issuesOf(evaluationSchema, value)).toEqual([
      { path: 'ratings.0.rating', message: 'must be from 1 to 4' },
    ]);
  });

  it('needs evidence for a rating', () => {
    const value = evaluation();
    value.ratings[1]!.evidence = ' ';
    expect(issuesOf(evaluationSchema, value)).toEqual([
      { path: 'ratings.1.evidence', message: 'a rating needs its evidence' },
    ]);
  });

  it('rates each criterion once', () => {
    const value = evaluation();
    value.ratings[1]!.criterion = 'effectiveness';
    expect(issuesOf(evaluationSchema, value)).toEqual([
      { path: 'ratings.1.criterion', message: 'duplicate criterion "effectiveness" (first at index 0)' },
    ]);
  });

  it('rejects a criterion outside the DAC criteria and REGIN aspects', () => {
    const value = evaluation();
    value.ratings[0]!.criterion = 'popularity';
    expect(issuesOf(evaluationSchema, value).map((issue) => issue.path)).toEqual(['ratings.0.criterion']);
  });

  it('needs a rating before it is submitted or final, not in draft', () => {
    expect(issuesOf(evaluationSchema, { ...evaluation(), ratings: [] })).toEqual([
      { path: 'ratings', message: 'a final evaluation rates at least one criterion' },
    ]);
    expect(evaluationSchema.safeParse({ ...evaluation(), ratings: [], status: 'draft' }).success).toBe(true);
  });
});
