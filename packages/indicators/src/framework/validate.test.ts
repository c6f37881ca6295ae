import { describe, expect, it } from 'vitest';
import { frameworkInput } from '../../test/fixtures/framework.js';
import { frameworkSummary } from './summary.js';
import { validateFramework } from './validate.js';

const issuesOf = (input: unknown) => {
  const result = validateFramework(input);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map(({ indicator, field, message }) => ({ indicator, field, message }));
};

describe('validateFramework', () => {
  it('accepts a valid framework, fills in defaults and has no warnings when every value is used', () => {
    const result = validateFramework(frameworkInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.indicators[0]?.weight).toBe(1);
    expect(result.framework.scoring.notApplicable).toBe('exclude');
    expect(result.warnings).toEqual([]);
  });

  it('names the indicator by code when its code repeats', () => {
    const input = frameworkInput();
    input.indicators[2]!.code = 'LM-1';
    expect(issuesOf(input)).toEqual([
      { indicator: 'LM-1', field: 'code', message: 'duplicate indicator code "LM-1" (first at index 0)' },
    ]);
  });

  it('names indicator and option field for a score of 140', () => {
    const input = frameworkInput();
    input.indicators[1]!.options![1]!.score = 140;
    const result = validateFramework(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: ['indicators', 1, 'options', 1, 'score'],
        field: 'options.1.score',
        indicator: 'LM-2',
        message: 'must be between 0 and 100',
      },
    ]);
  });

  it('refuses a tag on an axis the framework does not declare', () => {
    const input = frameworkInput();
    input.indicators[0]!.tags.target_group = 'tcn';
    expect(issuesOf(input)).toEqual([
      {
        indicator: 'LM-1',
        field: 'tags.target_group',
        message: 'indicator "LM-1" is tagged on axis "target_group", which the framework does not declare',
      },
    ]);
  });

  it('refuses a tag value the axis does not have, pointing into a tag list', () => {
    const input = frameworkInput();
    input.indicators[0]!.tags.policy_cycle = ['formulation', 'evaluation'];
    input.indicators[2]!.tags.policy_area = 'health';
    expect(issuesOf(input)).toEqual([
      {
        indicator: 'LM-1',
        field: 'tags.policy_cycle.1',
        message: 'indicator "LM-1": "evaluation" is not a value of axis "policy_cycle"',
      },
      {
        indicator: 'HO-1',
        field: 'tags.policy_area',
        message: 'indicator "HO-1": "health" is not a value of axis "policy_area"',
      },
    ]);
  });

  it('keeps root-level fields dotted from the root and reports every issue at once', () => {
    const input = frameworkInput() as unknown as Record<string, unknown>;
    input.version = '1.0';
    delete input.illustrative;
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.field)).toEqual(['version', 'illustrative']);
    expect(issues.every((issue) => issue.indicator === undefined)).toBe(true);
  });

  it('resolves the code even when the indicator itself is broken', () => {
    const input = frameworkInput();
    (input.indicators[3] as Record<string, unknown>).kind = 'statistic';
    expect(issuesOf(input)).toEqual([
      { indicator: 'EMP-RATE', field: 'kind', message: 'Invalid option: expected one of "policy"|"outcome"' },
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(validateFramework('framework').ok).toBe(false);
  });

  it('warns about axis values no policy indicator carries and policy indicators untagged on an axis', () => {
    const input = frameworkInput();
    input.axes[1]!.values.push({ id: 'evaluation', label: { source: 'en', text: { en: 'Evaluation' } } });
    delete input.indicators[2]!.tags.policy_cycle;
    const result = validateFramework(input);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(({ field, indicator, message }) => ({ field, indicator, message }))).toEqual([
      {
        field: 'axes.1.values.2',
        indicator: undefined,
        message:
          'value "evaluation" of axis "policy_cycle" is not carried by any policy indicator: its score will always be empty',
      },
      {
        field: 'tags.policy_cycle',
        indicator: 'HO-1',
        message:
          'indicator "HO-1" has no tag on axis "policy_cycle": it counts in the overall score but in no "policy_cycle" average',
      },
    ]);
  });

  it('counts a parent value of a nested axis as used when a child is tagged', () => {
    const input = frameworkInput();
    input.axes.push({
      id: 'tree',
      name: { source: 'en', text: { en: 'Tree' } },
      nested: true,
      values: [
        { id: 'area', label: { source: 'en', text: { en: 'Area' } } },
        { id: 'dim', parent: 'area', label: { source: 'en', text: { en: 'Dimension' } } },
      ],
    });
    for (const indicator of input.indicators) indicator.tags.tree = 'dim';
    const result = validateFramework(input);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('frameworkSummary', () => {
  it('counts indicators per kind, per axis value (with descendants on nested axes) and per language', () => {
    const input = frameworkInput();
    input.axes.push({
      id: 'tree',
      name: { source: 'en', text: { en: 'Tree' } },
      nested: true,
      values: [
        { id: 'area', label: { source: 'en', text: { en: 'Area' } } },
        { id: 'dim', parent: 'area', label: { source: 'en', text: { en: 'Dimension' } } },
      ],
    });
    input.indicators[0]!.tags.tree = 'dim';
    input.indicators[1]!.tags.tree = 'area';
    input.indicators[2]!.weight = 0;
    const result = validateFramework(input);
    if (!result.ok) throw new Error('expected a valid framework');
    const summary = frameworkSummary(result.framework);
    expect(summary.indicators).toBe(4);
    expect(summary.byKind).toEqual({ policy: 3, outcome: 1 });
    expect(summary.zeroWeight).toBe(1);
    expect(summary.questionLanguages).toEqual({ en: 4, ca: 2 });
    expect(summary.axes[0]).toEqual({
      id: 'policy_area',
      nested: false,
      untagged: 0,
      values: [
        { id: 'labour_market', indicators: 3, policy: 2, outcome: 1, direct: 3 },
        { id: 'housing', indicators: 1, policy: 1, outcome: 0, direct: 1 },
      ],
    });
    expect(summary.axes[1]?.values.map((value) => [value.id, value.indicators])).toEqual([
      ['formulation', 2],
      ['implementation', 2],
    ]);
    expect(summary.axes[1]?.untagged).toBe(1);
    expect(summary.axes[2]?.values).toEqual([
      { id: 'area', indicators: 2, policy: 2, outcome: 0, direct: 1 },
      { id: 'dim', parent: 'area', indicators: 1, policy: 1, outcome: 0, direct: 1 },
    ]);
  });
});
