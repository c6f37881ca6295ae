import { describe, expect, it } from 'vitest';
import { framework } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { axisSchema, frameworkSchema, indicatorSchema, tagValues } from './framework.js';
import { localized } from './localized-text.js';

describe('frameworkSchema', () => {
  it('accepts a valid framework and fills in defaults', () => {
    const parsed = frameworkSchema.parse(framework());
    expect(parsed.scoring).toEqual({
      aggregation: 'arithmetic',
      missing: 'exclude',
      notApplicable: 'exclude',
    });
    expect(parsed.axes[0]?.nested).toBe(false);
    expect(parsed.indicators[0]?.weight).toBe(1);
    expect(parsed.indicators[1]?.options).toEqual([]);
  });

  it('names the second indicator when a code repeats', () => {
    const value = framework();
    const first = value.indicators[0]!;
    value.indicators.push({ ...first });
    expect(issuesOf(frameworkSchema, value)).toEqual([
      { path: 'indicators.2.code', message: 'duplicate indicator code "LM-1" (first at index 0)' },
    ]);
  });

  it('rejects an option score above 100 at the option', () => {
    const value = framework();
    value.indicators[0]!.options![2]!.score = 101;
    expect(issuesOf(frameworkSchema, value)).toEqual([
      { path: 'indicators.0.options.2.score', message: 'must be between 0 and 100' },
    ]);
  });

  it('rejects a negative option score', () => {
    const value = framework();
    value.indicators[0]!.options![0]!.score = -1;
    expect(issuesOf(frameworkSchema, value)).toEqual([
      { path: 'indicators.0.options.0.score', message: 'must be between 0 and 100' },
    ]);
  });

  it('rejects a tag on an axis the framework does not declare', () => {
    const value = framework();
    value.indicators[1]!.tags = { policy_area: 'labour_market', target_group: 'tcn' };
    expect(issuesOf(frameworkSchema, value)).toEqual([
      {
        path: 'indicators.1.tags.target_group',
        message:
          'indicator "EMP-RATE" is tagged on axis "target_group", which the framework does not declare',
      },
    ]);
  });

  it('rejects a tag value that is not on its axis', () => {
    const value = framework();
    value.indicators[0]!.tags = { policy_area: 'health' };
    expect(issuesOf(frameworkSchema, value)).toEqual([
      {
        path: 'indicators.0.tags.policy_area',
        message: 'indicator "LM-1": "health" is not a value of axis "policy_area"',
      },
    ]);
  });

  it('points at the position inside a list of tag values', () => {
    const value = framework();
    value.indicators[0]!.tags = { policy_cycle: ['formulation', 'evaluation'] };
    expect(issuesOf(frameworkSchema, value)).toEqual([
      {
        path: 'indicators.0.tags.policy_cycle.1',
        message: 'indicator "LM-1": "evaluation" is not a value of axis "policy_cycle"',
      },
    ]);
  });

  it('rejects a repeated tag value', () => {
    const value = framework();
    value.indicators[0]!.tags = { policy_cycle: ['formulation', 'formulation'] };
    expect(issuesOf(frameworkSchema, value)).toEqual([
      {
        path: 'indicators.0.tags.policy_cycle',
        message: 'indicator "LM-1" repeats a value on axis "policy_cycle"',
      },
    ]);
  });

  it('rejects two axes with the same id', () => {
    const value = framework();
    value.axes.push({ ...value.axes[0]! });
    expect(issuesOf(frameworkSchema, value)).toEqual([
      { path: 'axes.2.id', message: 'duplicate axis id "policy_area" (first at index 0)' },
    ]);
  });

  it('rejects a negative weight', () => {
    const value = framework();
    value.indicators[0]!.weight = -0.5;
    expect(issuesOf(frameworkSchema, value).map((issue) => issue.path)).toEqual(['indicators.0.weight']);
  });

  it('rejects a version that is not semver and an id that is not a slug', () => {
    const value = { ...framework(), id: 'Regin Lab', version: '1.0' };
    expect(issuesOf(frameworkSchema, value)).toEqual([
      {
        path: 'id',
        message: 'must be lower-case letters and digits separated by single "-" or "_", such as "regin-r"',
      },
      { path: 'version', message: 'must be a semantic version such as "1.0.0"' },
    ]);
  });

  it('rejects unknown scoring rules', () => {
    const value = { ...framework(), scoring: { aggregation: 'median' } };
    expect(issuesOf(frameworkSchema, value).map((issue) => issue.path)).toEqual(['scoring.aggregation']);
  });
});

describe('indicatorSchema', () => {
  const policy = framework().indicators[0]!;
  const outcome = framework().indicators[1]!;

  it('needs two options on a policy indicator', () => {
    expect(issuesOf(indicatorSchema, { ...policy, options: policy.options!.slice(0, 1) })).toEqual([
      { path: 'options', message: 'a policy indicator needs at least two answer options' },
    ]);
  });

  it('rejects repeated option ids', () => {
    const options = [policy.options![0]!, { ...policy.options![1]!, id: 'no' }];
    expect(issuesOf(indicatorSchema, { ...policy, options })).toEqual([
      { path: 'options.1.id', message: 'duplicate option id "no" (first at index 0)' },
    ]);
  });

  it('keeps unit and direction to outcome indicators', () => {
    expect(issuesOf(indicatorSchema, { ...policy, unit: '%' })).toEqual([
      { path: 'unit', message: 'only outcome indicators have a unit' },
    ]);
  });

  it('refuses answer options on an outcome indicator', () => {
    expect(issuesOf(indicatorSchema, { ...outcome, options: policy.options })).toEqual([
      {
        path: 'options',
        message: 'an outcome indicator is observed, not answered: it has no answer options',
      },
    ]);
  });

  it('rejects an unknown direction', () => {
    expect(issuesOf(indicatorSchema, { ...outcome, direction: 'up' }).map((issue) => issue.path)).toEqual([
      'direction',
    ]);
  });
});

describe('axisSchema', () => {
  const area = (id: string, parent?: string) => ({
    id,
    label: localized('en', id),
    ...(parent === undefined ? {} : { parent }),
  });

  it('accepts a MIPEX-style tree on a nested axis', () => {
    const axis = axisSchema.parse({
      id: 'tree',
      name: localized('en', 'Areas and dimensions'),
      nested: true,
      values: [area('labour'), area('labour.access', 'labour'), area('labour.access.1', 'labour.access')],
    });
    expect(axis.values.map((value) => value.parent)).toEqual([undefined, 'labour', 'labour.access']);
  });

  it('rejects a parent on a flat axis', () => {
    const axis = { id: 'flat', name: localized('en', 'Flat'), values: [area('a'), area('b', 'a')] };
    expect(issuesOf(axisSchema, axis)).toEqual([
      {
        path: 'values.1.parent',
        message: 'only values of a nested axis may have a parent; set "nested": true on axis "flat"',
      },
    ]);
  });

  it('rejects a parent that is not on the axis', () => {
    const axis = { id: 'tree', name: localized('en', 'Tree'), nested: true, values: [area('a', 'x')] };
    expect(issuesOf(axisSchema, axis)).toEqual([
      { path: 'values.0.parent', message: 'parent "x" is not a value of axis "tree"' },
    ]);
  });

  it('rejects a cycle', () => {
    const axis = {
      id: 'tree',
      name: localized('en', 'Tree'),
      nested: true,
      values: [area('a', 'b'), area('b', 'a')],
    };
    expect(issuesOf(axisSchema, axis)).toEqual([
      { path: 'values.0.parent', message: 'value "a" is its own ancestor' },
      { path: 'values.1.parent', message: 'value "b" is its own ancestor' },
    ]);
  });

  it('rejects repeated value ids', () => {
    const axis = { id: 'flat', name: localized('en', 'Flat'), values: [area('a'), area('a')] };
    expect(issuesOf(axisSchema, axis)).toEqual([
      { path: 'values.1.id', message: 'duplicate value id "a" (first at index 0)' },
    ]);
  });
});

describe('tagValues', () => {
  it('returns the tag values of an axis as a list', () => {
    const parsed = frameworkSchema.parse(framework());
    const indicator = parsed.indicators[0]!;
    expect(tagValues(indicator, 'policy_area')).toEqual(['labour_market']);
    expect(tagValues(indicator, 'policy_cycle')).toEqual(['formulation', 'implementation']);
    expect(tagValues(indicator, 'target_group')).toEqual([]);
    expect(tagValues(indicator, 'constructor')).toEqual([]);
  });
});
