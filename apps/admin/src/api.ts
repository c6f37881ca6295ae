import {
  ApiProblemError,
  CSRF_HEADER,
  createApiClient,
  problemSchema,
  type SessionResponse,
} from '@regin/api-contract';

/** The typed client of @regin/api-contract (auth, regions, audit) against the same origin. */
export const client = createApiClient();

let csrfToken: string | undefined;

/** Remembers the CSRF token of a session so the writes below can echo it. */
export function rememberSession(session: SessionResponse): SessionResponse {
  csrfToken = session.csrfToken;
  return session;
}

export function forgetSession(): void {
  csrfToken = undefined;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * For the routes the typed client does not cover yet: JSON in, JSON out, the CSRF header on writes, and an
 * ApiProblemError (the API's problem+json) for every non-2xx answer.
 */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return parsed as T;
  const problem = problemSchema.safeParse(parsed);
  if (problem.success) throw new ApiProblemError(problem.data, true);
  throw new ApiProblemError(
    { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status },
    false,
  );
}

export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblemError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
