import { describe, expect, it } from 'vitest';
import * as evaluation from './index.js';

describe('public API', () => {
  it('exports the documented names and nothing else', () => {
    expect(Object.keys(evaluation).sort()).toEqual([
      'BREAKDOWN_RELATIVE_TOLERANCE',
      'DAC_CRITERIA_SET',
      'DEFAULT_CRITERIA_SETS',
      'EVALUATION_SCALE',
      'KPI_STATUSES',
      'KPI_STATUS_THRESHOLDS',
      'KPI_TRENDS',
      'KPI_TREND_DEFAULTS',
      'KpiProgressError',
      'LOGIC_MODEL_STAGES',
      'REGIN_ASPECTS_SET',
      'checkBreakdown',
      'criteriaSetSchema',
      'criterionLevelSchema',
      'criterionSchema',
      'kpiProgress',
      'rubricAggregate',
      'scaleLevelSchema',
      'suggestActions',
      'sumBreakdown',
      'summariseEvaluation',
      'validateCriteriaSet',
      'validateKpi',
      'validateLogicModel',
    ]);
  });
});
