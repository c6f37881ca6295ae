import { describe, expect, it } from 'vitest';
import {
  DAC_CRITERIA,
  EVALUATION_CRITERIA,
  evaluationCriterionSchema,
  MIPEX_R_AXES,
  REGIN_ASPECTS,
} from './enums.js';

describe('evaluation criteria', () => {
  it('join the DAC criteria and the REGIN aspects once each', () => {
    expect(EVALUATION_CRITERIA).toHaveLength(DAC_CRITERIA.length + REGIN_ASPECTS.length - 1);
    expect(new Set(EVALUATION_CRITERIA).size).toBe(EVALUATION_CRITERIA.length);
    expect([...evaluationCriterionSchema.options].sort()).toEqual([...EVALUATION_CRITERIA].sort());
  });
});

describe('MIPEX_R_AXES', () => {
  it('holds the four axes', () => {
    expect(Object.keys(MIPEX_R_AXES)).toEqual([
      'policy_area',
      'governance_element',
      'policy_cycle',
      'target_group',
    ]);
    expect(MIPEX_R_AXES.target_group).toEqual(['tcn', 'bip']);
  });
});
