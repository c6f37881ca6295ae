import { describe, expect, it } from 'vitest';
import { checkBreakdown, sumBreakdown } from './breakdown.js';

describe('sumBreakdown', () => {
  it('sums each dimension', () => {
    // sex: 31 + 24 = 55; age: 20 + 25 + 10 = 55
    expect(sumBreakdown({ sex: { F: 31, M: 24 }, age: { '15_24': 20, '25_54': 25, '55_64': 10 } })).toEqual({
      sex: 55,
      age: 55,
    });
    expect(sumBreakdown({})).toEqual({});
  });
});

describe('checkBreakdown', () => {
  it('accepts a breakdown that sums to the total', () => {
    expect(checkBreakdown({ value: 55, breakdown: { sex: { F: 31, M: 24 } } })).toEqual([]);
    expect(checkBreakdown({ value: 55 })).toEqual([]);
  });

  it('flags categories that fall short of the total as partial', () => {
    // 31 + 23 = 54, one short of 55
    expect(checkBreakdown({ date: '2022-03-01', value: 55, breakdown: { sex: { F: 31, M: 23 } } })).toEqual([
      {
        path: ['breakdown', 'sex'],
        item: 'sex',
        dimension: 'sex',
        severity: 'error',
        kind: 'partial',
        sum: 54,
        total: 55,
        message:
          'the breakdown by sex of 2022-03-01 sums to 54 (F 31 + M 23), 1 short of the total 55: a category is missing or partial',
      },
    ]);
  });

  it('flags categories that exceed the total', () => {
    // 31 + 25 = 56, one more than 55
    const [issue] = checkBreakdown({ value: 55, breakdown: { sex: { F: 31, M: 25 } } });
    expect(issue).toMatchObject({ kind: 'excess', sum: 56, total: 55 });
    expect(issue?.message).toBe(
      'the breakdown by sex sums to 56 (F 31 + M 25), 1 more than the total 55: categories overlap or the total is wrong',
    );
  });

  it('applies a tolerance: 0.1 % of the total by default, or the one given', () => {
    // 31.2 + 23.9 = 55.1; |55.1 − 55| = 0.1 > 0.055 (0.1 % of 55) → flagged
    const issues = checkBreakdown({ value: 55, breakdown: { sex: { F: 31.2, M: 23.9 } } });
    expect(issues.map((issue) => issue.kind)).toEqual(['excess']);
    expect(issues[0]?.message).toContain('sums to 55.1 (F 31.2 + M 23.9), 0.1 more than the total 55');
    // rounded figures: a tolerance of 0.5 accepts it
    expect(
      checkBreakdown({ value: 55, breakdown: { sex: { F: 31.2, M: 23.9 } } }, { tolerance: 0.5 }),
    ).toEqual([]);
    // 10 000: 0.1 % is 10, so 4 995 + 4 999 = 9 994 (6 short) passes and 9 989 (11 short) does not
    expect(checkBreakdown({ value: 10_000, breakdown: { sex: { F: 4995, M: 4999 } } })).toEqual([]);
    expect(checkBreakdown({ value: 10_000, breakdown: { sex: { F: 4990, M: 4999 } } })).toHaveLength(1);
  });

  it('flags a breakdown lacking an expected category even when the sum matches', () => {
    const issues = checkBreakdown(
      { value: 55, breakdown: { sex: { F: 31, M: 24 } } },
      { categories: { sex: ['F', 'M', 'X'] } },
    );
    expect(issues).toEqual([
      {
        path: ['breakdown', 'sex'],
        item: 'sex',
        dimension: 'sex',
        severity: 'error',
        kind: 'missing_category',
        message: 'the breakdown by sex is partial: it lacks X (expected F, M, X)',
      },
    ]);
    const unknown = checkBreakdown(
      { value: 55, breakdown: { sex: { F: 31, U: 24 } } },
      { categories: { sex: ['F', 'M'] } },
    );
    expect(unknown.map((issue) => [issue.kind, issue.severity, issue.path])).toEqual([
      ['missing_category', 'error', ['breakdown', 'sex']],
      ['unknown_category', 'warning', ['breakdown', 'sex', 'U']],
    ]);
  });

  it('checks each dimension on its own', () => {
    // sex sums to 55; age to 20 + 25 = 45, 10 short
    const issues = checkBreakdown({
      value: 55,
      breakdown: { sex: { F: 31, M: 24 }, age: { '15_24': 20, '25_54': 25 } },
    });
    expect(issues.map((issue) => [issue.dimension, issue.kind, issue.sum])).toEqual([['age', 'partial', 45]]);
  });

  it('flags a dimension without categories', () => {
    expect(checkBreakdown({ value: 55, breakdown: { sex: {} } })[0]).toMatchObject({
      kind: 'empty',
      message: 'the breakdown by sex has no categories',
    });
  });
});
