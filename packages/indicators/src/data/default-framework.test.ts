import {
  frameworkSchema,
  GOVERNANCE_ELEMENTS,
  MIPEX_R_AXES,
  POLICY_AREAS,
  POLICY_CYCLE_PHASES,
  TARGET_GROUPS,
  tagValues,
} from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK_VERSION, defaultFramework } from './index.js';

const policy = defaultFramework.indicators.filter((indicator) => indicator.kind === 'policy');
const outcome = defaultFramework.indicators.filter((indicator) => indicator.kind === 'outcome');

describe('defaultFramework', () => {
  it('is a valid framework that survives a JSON round trip', () => {
    expect(() => frameworkSchema.parse(defaultFramework)).not.toThrow();
    expect(frameworkSchema.parse(JSON.parse(JSON.stringify(defaultFramework)))).toEqual(defaultFramework);
    expect(defaultFramework.id).toBe(DEFAULT_FRAMEWORK_ID);
    expect(defaultFramework.version).toBe(DEFAULT_FRAMEWORK_VERSION);
    expect(defaultFramework.scoring).toEqual({
      aggregation: 'arithmetic',
      missing: 'exclude',
      notApplicable: 'exclude',
    });
  });

  it('says it is modelled on MIPEX-R and is not the official questionnaire', () => {
    expect(defaultFramework.modelledOn).toMatch(/MIPEX-R/);
    expect(defaultFramework.modelledOn).toMatch(/Migration Policy Group and CIDOB/);
    expect(defaultFramework.modelledOn).toMatch(/not the official MIPEX-R questionnaire/);
    expect(defaultFramework.description?.text.en).toMatch(/not the official MIPEX-R questionnaire/);
    expect(defaultFramework.description?.text.ca).toMatch(/no és el qüestionari oficial/);
  });

  it('declares the four MIPEX-R axes with the domain enums as value ids, in English and Catalan', () => {
    expect(defaultFramework.axes.map((axis) => axis.id)).toEqual(Object.keys(MIPEX_R_AXES));
    for (const axis of defaultFramework.axes) {
      expect(axis.nested).toBe(false);
      expect(axis.values.map((value) => value.id)).toEqual([
        ...MIPEX_R_AXES[axis.id as keyof typeof MIPEX_R_AXES],
      ]);
      for (const value of [axis, ...axis.values]) {
        const label = 'label' in value ? value.label : value.name;
        expect(Object.keys(label.text).sort()).toEqual(['ca', 'en', 'es']);
      }
    }
  });

  it('has at least 64 policy questions, each bilingual, weighted 1, scored 100/50/0 and tagged on every axis', () => {
    expect(policy.length).toBeGreaterThanOrEqual(64);
    for (const indicator of policy) {
      expect(indicator.code).toMatch(/^(LM|ED|HE|HO|LA|CR|SS|AD)-\d{2}$/);
      expect(indicator.question.text.en).toMatch(/\?$/);
      expect(indicator.question.text.ca).toMatch(/\?$/);
      expect(indicator.weight).toBe(1);
      expect(indicator.options.map((option) => [option.id, option.score])).toEqual([
        ['yes', 100],
        ['partial', 50],
        ['no', 0],
      ]);
      for (const option of indicator.options) expect(option.label.text.ca).toBeTruthy();
      for (const axis of Object.keys(MIPEX_R_AXES)) expect(tagValues(indicator, axis)).not.toHaveLength(0);
    }
  });

  it('uses every axis value in several policy questions and crosses every area with every cycle phase', () => {
    const values: [string, readonly string[]][] = [
      ['policy_area', POLICY_AREAS],
      ['governance_element', GOVERNANCE_ELEMENTS],
      ['policy_cycle', POLICY_CYCLE_PHASES],
      ['target_group', TARGET_GROUPS],
    ];
    for (const [axis, ids] of values) {
      for (const id of ids) {
        const count = policy.filter((indicator) => tagValues(indicator, axis).includes(id)).length;
        expect(count, `${axis}=${id}`).toBeGreaterThanOrEqual(5);
      }
    }
    for (const area of POLICY_AREAS) {
      for (const phase of POLICY_CYCLE_PHASES) {
        const cross = policy.filter(
          (indicator) =>
            tagValues(indicator, 'policy_area').includes(area) &&
            tagValues(indicator, 'policy_cycle').includes(phase),
        );
        expect(cross.length, `${area} × ${phase}`).toBeGreaterThanOrEqual(1);
      }
      for (const element of GOVERNANCE_ELEMENTS) {
        const cross = policy.filter(
          (indicator) =>
            tagValues(indicator, 'policy_area').includes(area) &&
            tagValues(indicator, 'governance_element').includes(element),
        );
        expect(cross.length, `${area} × ${element}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has about ten outcome indicators with a unit and a direction, tagged on policy area and TCN', () => {
    expect(outcome.length).toBeGreaterThanOrEqual(8);
    for (const indicator of outcome) {
      expect(indicator.code).toMatch(/^OUT-[A-Z]+$/);
      expect(indicator.options).toEqual([]);
      expect(indicator.unit).toBe('%');
      expect(indicator.direction).toBeDefined();
      expect(tagValues(indicator, 'policy_area').length).toBeGreaterThan(0);
      expect(tagValues(indicator, 'target_group')).toEqual(['tcn']);
      expect(indicator.question.text.ca).toBeTruthy();
    }
  });
});
