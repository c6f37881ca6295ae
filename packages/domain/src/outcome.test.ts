import { describe, expect, it } from 'vitest';
import { observation } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { observationKey, outcomeObservationSchema } from './outcome.js';

describe('outcomeObservationSchema', () => {
  it('accepts an observation with Eurostat flags and an age band', () => {
    expect(outcomeObservationSchema.parse(observation())).toEqual(observation());
  });

  it('keeps percentages between 0 and 100', () => {
    expect(issuesOf(outcomeObservationSchema, { ...observation(), value: 120 })).toEqual([
      { path: 'value', message: 'a percentage must be between 0 and 100' },
    ]);
  });

  it('allows values outside 0–100 in other units', () => {
    expect(outcomeObservationSchema.safeParse({ ...observation(), value: 18250, unit: 'EUR' }).success).toBe(
      true,
    );
  });

  it('rejects an unknown sex code and birth group at their paths', () => {
    const value = { ...observation(), group: { birth: 'migrant', sex: 'X' } };
    expect(issuesOf(outcomeObservationSchema, value).map((issue) => issue.path)).toEqual([
      'group.birth',
      'group.sex',
    ]);
  });

  it('rejects a malformed age band', () => {
    const value = { ...observation(), group: { birth: 'total', sex: 'T', age: '20 to 64' } };
    expect(issuesOf(outcomeObservationSchema, value)).toEqual([
      { path: 'group.age', message: 'must be an age band such as "20-64" or "65+"' },
    ]);
  });

  it('rejects a missing source dataset and non-finite values', () => {
    const value = { ...observation(), value: Number.POSITIVE_INFINITY, source: { dataset: '' } };
    expect(issuesOf(outcomeObservationSchema, value).map((issue) => issue.path)).toEqual([
      'value',
      'source.dataset',
    ]);
  });
});

describe('observationKey', () => {
  it('distinguishes groups and leaves optional parts empty', () => {
    expect(observationKey(observation())).toBe('SE22|EMP-RATE|2021|non_eu||F|20-64');
  });
});
