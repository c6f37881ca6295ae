import { describe, expect, it } from 'vitest';
import { action } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { integrationActionSchema, kpiSchema } from './action.js';

describe('integrationActionSchema', () => {
  it('accepts an action with its logic model, KPIs and breakdowns', () => {
    const parsed = integrationActionSchema.parse(action());
    expect(parsed.kpis[0]?.measurements[0]?.breakdown).toEqual({ sex: { F: 48, M: 41 } });
  });

  it('rejects an output whose activity is not listed', () => {
    const value = action();
    value.logicModel.outputs![0]!.activityId = 'a9';
    expect(issuesOf(integrationActionSchema, value)).toEqual([
      {
        path: 'logicModel.outputs.0.activityId',
        message: 'output "out1" refers to activity "a9", which the logic model does not list',
      },
    ]);
  });

  it('rejects a logic-model id used in two columns', () => {
    const value = action();
    value.logicModel.outcomes![0]!.id = 'a1';
    value.kpis![0]!.outcomeId = 'a1';
    expect(issuesOf(integrationActionSchema, value)).toEqual([
      {
        path: 'logicModel.outcomes.0.id',
        message: 'duplicate logic-model id "a1" (already used in activities)',
      },
    ]);
  });

  it('rejects a KPI linked to an outcome the logic model does not list', () => {
    const value = action();
    value.kpis![0]!.outcomeId = 'oc9';
    expect(issuesOf(integrationActionSchema, value)).toEqual([
      {
        path: 'kpis.0.outcomeId',
        message: 'KPI "k1" refers to outcome "oc9", which the logic model does not list',
      },
    ]);
  });

  it('rejects a timeline that ends before it starts', () => {
    const value = { ...action(), timeline: { start: '2022-01-01', end: '2021-01-01' } };
    expect(issuesOf(integrationActionSchema, value)).toEqual([
      { path: 'timeline.end', message: 'must not be before the start (2022-01-01)' },
    ]);
  });

  it('requires both ends of the timeline', () => {
    const value = { ...action(), timeline: { start: '2022-01-01' } };
    expect(issuesOf(integrationActionSchema, value).map((issue) => issue.path)).toEqual(['timeline.end']);
  });

  it('rejects two KPIs with one id', () => {
    const value = action();
    value.kpis!.push({ ...value.kpis![0]! });
    expect(issuesOf(integrationActionSchema, value)).toEqual([
      { path: 'kpis.1.id', message: 'duplicate KPI id "k1" (first at index 0)' },
    ]);
  });
});

describe('kpiSchema', () => {
  const kpi = () => action().kpis![0]!;

  it('rejects a target year before the baseline year', () => {
    expect(issuesOf(kpiSchema, { ...kpi(), target: { value: 60, year: 2019 } })).toEqual([
      { path: 'target.year', message: 'the target year must not be before the baseline year (2020)' },
    ]);
  });

  it('rejects two measurements on one date', () => {
    const measurement = { date: '2021-12-31', value: 45 };
    expect(issuesOf(kpiSchema, { ...kpi(), measurements: [measurement, measurement] })).toEqual([
      { path: 'measurements.1.date', message: 'duplicate measurement date "2021-12-31" (first at index 0)' },
    ]);
  });

  it('rejects a breakdown value that is not a number, at its category', () => {
    const value = {
      ...kpi(),
      measurements: [{ date: '2021-12-31', value: 45, breakdown: { sex: { F: 'many' } } }],
    };
    expect(issuesOf(kpiSchema, value).map((issue) => issue.path)).toEqual(['measurements.0.breakdown.sex.F']);
  });

  it('rejects an invalid calendar date', () => {
    const value = { ...kpi(), measurements: [{ date: '2021-02-30', value: 1 }] };
    expect(issuesOf(kpiSchema, value).map((issue) => issue.path)).toEqual(['measurements.0.date']);
  });
});
