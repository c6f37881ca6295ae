import type { z } from 'zod';
import type { ContentIssue } from './types.js';

/** `content/stakeholders/mipex-r-results/ca.md: quiz.2.answerIndex must point at one of the 3 options (0 to 2)`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return issue.field
    ? `${where}: ${prefix}${issue.field} ${issue.message}`
    : `${where}: ${prefix}${issue.message}`;
}

/** Dotted path for messages: `['quiz', 2, 'answerIndex']` → `quiz.2.answerIndex`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describeType(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'int':
      return 'a whole number';
    default:
      return `a ${expected}`;
  }
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? '' : 's'}`;
}

/**
 * Error map for parsing files: short messages that read after the field name
 * (`title is required`, `objectives must have at least 1 item`, `sessions.0.activities.1.kind must be one of …`).
 */
export const fileErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${describeType(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`;
      return issue.inclusive === false
        ? `must be above ${issue.minimum}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return issue.inclusive === false
        ? `must be below ${issue.maximum}`
        : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' || issue.format === 'url'
        ? undefined
        : `must be a valid ${issue.format}`;
    default:
      return undefined;
  }
};
