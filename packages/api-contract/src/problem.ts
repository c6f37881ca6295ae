import { z } from 'zod';

/** Where an invalid value was found in the request. */
export const problemFieldErrorSchema = z.object({
  /** `body`, `querystring`, `params` or `headers`. */
  in: z.string(),
  /** Dotted path of the field, e.g. `competences.0.policyArea`; empty for the whole part. */
  field: z.string(),
  /** RFC 6901 JSON pointer into that part, e.g. `/competences/0/policyArea`. */
  pointer: z.string(),
  detail: z.string(),
  /** Where the source is a file: the line, and for frameworks the indicator code at fault. */
  line: z.number().int().optional(),
  indicator: z.string().optional(),
});
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

/** RFC 9457 problem details, served as `application/problem+json` for every error. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(problemFieldErrorSchema).optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;

/** Stable problem types; each resolves to a description at `/api/problems/{slug}`. */
export const PROBLEM_TYPES = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  unauthenticated: { status: 401, title: 'You need to sign in' },
  'invalid-credentials': { status: 401, title: 'The email or password is wrong' },
  forbidden: { status: 403, title: 'You may not do this' },
  csrf: { status: 403, title: 'The CSRF token is missing or wrong' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'The request breaks a rule of the data' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'The service is unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;
export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(slug: ProblemSlug): string {
  return `/api/problems/${slug}`;
}
