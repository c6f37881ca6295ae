import { PROBLEM_TYPES, type ProblemFieldError, type ProblemSlug } from '@regin/api-contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { fieldError, HttpProblem, problemBody } from '../lib/problem.js';

const DESCRIPTIONS: Record<ProblemSlug, string> = {
  validation:
    'One or more fields are invalid; `errors` lists each field, where it was (body, querystring, params) and why.',
  'malformed-json': 'The body could not be parsed as JSON. Check quoting and commas.',
  unauthenticated: 'This route needs a session: sign in with POST /api/v1/auth/login.',
  'invalid-credentials': 'No active account matches this email and password.',
  forbidden: 'Your roles or regions do not allow this action.',
  csrf: "Writes made with the session cookie must echo the session's CSRF token in the X-CSRF-Token header.",
  'not-found': 'No resource exists at this address.',
  'method-not-allowed': 'The resource exists but does not accept this method.',
  conflict: 'The change would duplicate or contradict existing data.',
  'payload-too-large': 'The body is larger than the server accepts.',
  'unsupported-media-type': 'Send JSON with Content-Type: application/json.',
  unprocessable: 'The request is well-formed but breaks a rule of the data (a reference or constraint).',
  'rate-limited': 'Too many requests in a short time; wait and retry (see Retry-After).',
  internal: 'An unexpected error; it has been logged with the request id.',
  unavailable: 'The service is starting or shutting down, or its database is unreachable.',
};

// PostgreSQL error codes → problem, with the field taken from the constraint's column where possible.
const PG_ERRORS: Record<string, ProblemSlug> = {
  '23505': 'conflict',
  '23503': 'unprocessable',
  '23514': 'unprocessable',
  '23502': 'unprocessable',
  '22P02': 'validation',
  '22001': 'validation',
  '22003': 'validation',
  '22007': 'validation',
  '22008': 'validation',
};

interface PgLikeError {
  code?: string;
  column?: string;
  constraint?: string;
  detail?: string;
  cause?: unknown;
}

function findPgError(error: unknown): PgLikeError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgLikeError;
    if (typeof candidate.code === 'string' && candidate.code in PG_ERRORS) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  slug: ProblemSlug,
  detail?: string,
  errors?: ProblemFieldError[],
  extra?: Record<string, unknown>,
) {
  return reply
    .code(PROBLEM_TYPES[slug].status)
    .type('application/problem+json')
    .send(problemBody(slug, request.url, detail, errors, extra));
}

function slugForFastifyCode(error: FastifyError): ProblemSlug | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed-json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload-too-large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported-media-type' : 'validation';
    default:
      return undefined;
  }
}

/** Every error leaves as RFC 9457 problem+json; 5xx details are logged, never sent. */
export const problemsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(reply, request, error.slug, error.detail, error.errors, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext ?? 'body';
      const errors = error.validation.flatMap((issue) => {
        // The zod issue's path and keys come through as instancePath and params.
        const path = issue.instancePath.split('/').filter(Boolean);
        const keys = (issue.params as { keys?: unknown }).keys;
        if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          return keys.map((key) => fieldError(location, [...path, String(key)], 'is not a known field'));
        }
        return [fieldError(location, path, issue.message ?? 'is invalid')];
      });
      return sendProblem(
        reply,
        request,
        'validation',
        `${errors.length} invalid field(s) in ${location}`,
        errors,
      );
    }
    const fastifySlug = slugForFastifyCode(error);
    if (fastifySlug) {
      const errors =
        fastifySlug === 'malformed-json' || fastifySlug === 'payload-too-large'
          ? [fieldError('body', [], error.message)]
          : undefined;
      return sendProblem(reply, request, fastifySlug, error.message, errors);
    }
    const pgError = findPgError(error);
    if (pgError?.code) {
      const slug = PG_ERRORS[pgError.code] as ProblemSlug;
      const column = pgError.column ?? /\((?<column>[a-z_]+)\)=/.exec(pgError.detail ?? '')?.groups?.column;
      const field = column
        ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
        : (pgError.constraint ?? '');
      request.log.info({ code: pgError.code, constraint: pgError.constraint }, 'database rejected a write');
      return sendProblem(
        reply,
        request,
        slug,
        pgError.detail ?? `violates ${pgError.constraint ?? 'a constraint'}`,
        [fieldError('body', field ? [field] : [], pgError.detail ?? 'violates a constraint')],
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, request, 'rate-limited', error.message);
    if (status === 405) return sendProblem(reply, request, 'method-not-allowed', error.message);
    if (status === 503) return sendProblem(reply, request, 'unavailable', error.message);
    if (status >= 400 && status < 500) {
      return reply
        .code(status)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: error.message, status, instance: request.url });
    }
    if (isResponseSerializationError(error))
      request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'internal', `Request id ${request.id}`);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 'not-found', `No route for ${request.method} ${request.url.split('?')[0]}`),
  );

  app.get('/api/problems/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    if (!(slug in PROBLEM_TYPES)) throw new HttpProblem('not-found', `No problem type "${slug}"`);
    const known = slug as ProblemSlug;
    return reply.send({
      type: `/api/problems/${known}`,
      ...PROBLEM_TYPES[known],
      description: DESCRIPTIONS[known],
    });
  });
});
