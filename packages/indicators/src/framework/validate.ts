import { type Framework, frameworkSchema, tagValues } from '@regin/domain';

/**
 * One problem with a framework, worded for the person who wrote the file: which indicator (by code, not by
 * position), which field inside it, and the line when the framework came from a file.
 */
export interface FrameworkIssue {
  /** The path inside the framework object, e.g. `['indicators', 3, 'options', 1, 'score']`. */
  path: (string | number)[];
  /**
   * Dotted field: relative to the indicator when `indicator` is set (`options.1.score`), else from the
   * root (`axes.0.values.2.id`). CSV imports name the spreadsheet column instead (`option2.score`).
   */
  field: string;
  /** The code of the indicator the issue sits in, read from the input. */
  indicator?: string;
  /** Line in the imported file (JSON or CSV), when known. */
  line?: number;
  message: string;
}

export type FrameworkValidation =
  | {
      ok: true;
      framework: Framework;
      /** Valid but probably unintended: unused axis values, untagged policy indicators. */
      warnings: FrameworkIssue[];
    }
  | { ok: false; issues: FrameworkIssue[]; warnings: FrameworkIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The code of `input.indicators[index]` when the input has one, whatever else is wrong with it. */
export function indicatorCodeAt(input: unknown, index: number): string | undefined {
  if (!isRecord(input) || !Array.isArray(input.indicators)) return undefined;
  const indicator: unknown = input.indicators[index];
  if (!isRecord(indicator)) return undefined;
  return typeof indicator.code === 'string' && indicator.code !== '' ? indicator.code : undefined;
}

/** Turns a schema path into an issue: indicator code resolved from the input, field relative to it. */
export function issueAt(input: unknown, rawPath: readonly PropertyKey[], message: string): FrameworkIssue {
  const path = rawPath.map((part) => (typeof part === 'number' ? part : String(part)));
  const issue: FrameworkIssue = { path, field: path.join('.'), message };
  const [root, index] = path;
  if (root === 'indicators' && typeof index === 'number') {
    const code = indicatorCodeAt(input, index);
    if (code !== undefined) {
      issue.indicator = code;
      issue.field = path.slice(2).join('.') || 'indicator';
    }
  }
  return issue;
}

/**
 * Checks a framework file's content against the domain schema and returns either the parsed framework
 * (defaults filled in) or every issue at once, each naming the indicator code and field.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => issueAt(input, issue.path, issue.message)),
      warnings: [],
    };
  }
  return { ok: true, framework: parsed.data, warnings: frameworkWarnings(parsed.data) };
}

/**
 * What the schema allows but an author rarely means: an axis value that no policy indicator carries
 * (its score would always be empty; on a nested axis a value counts as used when a descendant is) and a
 * policy indicator with no tag on some axis (it drops out of every average along that axis).
 */
export function frameworkWarnings(framework: Framework): FrameworkIssue[] {
  const warnings: FrameworkIssue[] = [];
  const policy = framework.indicators
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => indicator.kind === 'policy');
  framework.axes.forEach((axis, axisIndex) => {
    const used = new Set(policy.flatMap(({ indicator }) => tagValues(indicator, axis.id)));
    const parents = new Map(axis.values.map((value) => [value.id, value.parent]));
    for (const valueId of [...used]) {
      let parent = parents.get(valueId);
      for (let steps = 0; parent !== undefined && steps < axis.values.length; steps += 1) {
        used.add(parent);
        parent = parents.get(parent);
      }
    }
    axis.values.forEach((value, valueIndex) => {
      if (used.has(value.id)) return;
      warnings.push({
        path: ['axes', axisIndex, 'values', valueIndex],
        field: `axes.${axisIndex}.values.${valueIndex}`,
        message: `value "${value.id}" of axis "${axis.id}" is not carried by any policy indicator: its score will always be empty`,
      });
    });
    for (const { indicator, index } of policy) {
      if (tagValues(indicator, axis.id).length > 0) continue;
      warnings.push({
        path: ['indicators', index, 'tags', axis.id],
        field: `tags.${axis.id}`,
        indicator: indicator.code,
        message: `indicator "${indicator.code}" has no tag on axis "${axis.id}": it counts in the overall score but in no "${axis.id}" average`,
      });
    }
  });
  return warnings;
}
