import { PROBLEM_TYPES, type ProblemFieldError, type ProblemSlug, problemTypeUri } from '@regin/api-contract';

/** Throw from any handler or hook; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  readonly status: number;
  constructor(
    readonly slug: ProblemSlug,
    readonly detail?: string,
    readonly errors?: ProblemFieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? PROBLEM_TYPES[slug].title);
    this.name = 'HttpProblem';
    this.status = PROBLEM_TYPES[slug].status;
  }
}

export function problemBody(
  slug: ProblemSlug,
  instance: string,
  detail?: string,
  errors?: ProblemFieldError[],
  extra?: Record<string, unknown>,
) {
  const { status, title } = PROBLEM_TYPES[slug];
  return {
    type: problemTypeUri(slug),
    title,
    status,
    ...(detail ? { detail } : {}),
    instance,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extra,
  };
}

/** `['competences', 0, 'policyArea']` → field `competences.0.policyArea`, pointer `/competences/0/policyArea`. */
export function fieldError(
  location: string,
  path: readonly PropertyKey[],
  detail: string,
): ProblemFieldError {
  const segments = path.map((segment) => String(segment));
  return {
    in: location,
    field: segments.join('.'),
    pointer: segments.length
      ? `/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
      : '',
    detail,
  };
}
