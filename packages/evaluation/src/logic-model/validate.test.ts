import type { LogicModelInput } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { validateLogicModel } from './validate.js';

const step = (id: string) => ({ id, text: { source: 'en', text: { en: `step ${id}` } } });

/** Catalonia's robotics workshops, reduced to their logic model. */
function model(): LogicModelInput {
  return {
    inputs: [step('I1')],
    activities: [step('A1'), step('A2')],
    outputs: [
      { ...step('O1'), activityId: 'A1' },
      { ...step('O2'), activityId: 'A2' },
    ],
    outcomes: [step('OC1'), step('OC2')],
    impact: [step('IM1')],
  };
}
const kpis = [
  { id: 'K1', outcomeId: 'OC1' },
  { id: 'K2', outcomeId: 'OC2' },
];

describe('validateLogicModel', () => {
  it('accepts a complete model whose outcomes each have a KPI', () => {
    expect(validateLogicModel(model(), kpis)).toEqual([]);
  });

  it('names an output tied to a missing activity (the domain rule, through its schema)', () => {
    const value = model();
    value.outputs![1]!.activityId = 'A9';
    expect(validateLogicModel(value, kpis)).toEqual([
      {
        path: ['logicModel', 'outputs', 1, 'activityId'],
        item: 'O2',
        severity: 'error',
        message: 'output "O2" refers to activity "A9", which the logic model does not list',
      },
      // A2 now produces nothing
      {
        path: ['logicModel', 'activities', 1],
        item: 'A2',
        severity: 'warning',
        message: 'activity "A2" produces no output',
      },
    ]);
  });

  it('names an outcome no KPI measures and a KPI pointing to a missing outcome', () => {
    const issues = validateLogicModel(model(), [
      { id: 'K1', outcomeId: 'OC1' },
      { id: 'K2', outcomeId: 'OC7' },
    ]);
    expect(issues).toEqual([
      {
        path: ['logicModel', 'outcomes', 1],
        item: 'OC2',
        severity: 'error',
        message: 'outcome "OC2" is measured by no KPI',
      },
      {
        path: ['kpis', 1, 'outcomeId'],
        item: 'K2',
        severity: 'error',
        message: 'KPI "K2" refers to outcome "OC7", which the logic model does not list',
      },
    ]);
  });

  it('names duplicate ids across the model and among KPIs', () => {
    const value = model();
    value.outcomes![1]!.id = 'A1';
    const issues = validateLogicModel(value, [
      { id: 'K1', outcomeId: 'OC1' },
      { id: 'K1', outcomeId: 'A1' },
    ]);
    expect(issues.map((issue) => [issue.item, issue.message])).toEqual([
      ['A1', 'duplicate logic-model id "A1" (already used in activities)'],
      ['K1', 'duplicate KPI id "K1" (first at index 0)'],
    ]);
  });

  it('flags empty stages, a missing column counting as empty', () => {
    const value = model();
    delete value.inputs;
    value.impact = [];
    expect(validateLogicModel(value, kpis)).toEqual([
      {
        path: ['logicModel', 'inputs'],
        item: 'inputs',
        severity: 'error',
        message: 'the logic model lists no inputs',
      },
      {
        path: ['logicModel', 'impact'],
        item: 'impact',
        severity: 'error',
        message: 'the logic model lists no impact',
      },
    ]);
  });

  it('warns about a KPI tied to no outcome, and errs when there are no KPIs at all', () => {
    expect(validateLogicModel(model(), [...kpis, { id: 'K3' }])).toEqual([
      {
        path: ['kpis', 2, 'outcomeId'],
        item: 'K3',
        severity: 'warning',
        message: 'KPI "K3" is tied to no outcome',
      },
    ]);
    expect(validateLogicModel(model()).map((issue) => issue.item)).toEqual(['OC1', 'OC2']);
  });
});
