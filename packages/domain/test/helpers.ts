import type { z } from 'zod';

/** A parse issue reduced to what tests compare: the dotted path and the message. */
export interface FoundIssue {
  path: string;
  message: string;
}

/** Parses `value` and returns its issues (empty when it parses), each with a dotted path such as `indicators.1.code`. */
export function issuesOf(schema: z.ZodType, value: unknown): FoundIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The raw zod issues, for tests that check the issue code or extra fields such as `keys`. */
export function rawIssuesOf(schema: z.ZodType, value: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues;
}

/** Deep copy of a fixture, so each test mutates its own. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
