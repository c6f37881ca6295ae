import type { z } from 'zod';
import { type auditListQuerySchema, auditListResponseSchema } from './audit.js';
import {
  CSRF_HEADER,
  type loginBodySchema,
  type passwordChangeBodySchema,
  type SessionResponse,
  sessionResponseSchema,
} from './auth.js';
import { type HealthResponse, healthResponseSchema } from './health.js';
import { type Problem, type ProblemSlug, problemSchema, problemTypeUri } from './problem.js';
import {
  type RegionListQuery,
  regionListResponseSchema,
  type regionPatchBodySchema,
  regionResponseSchema,
} from './regions.js';

// ---------------------------------------------------------------------------------------------------------
// The slice of `fetch` the client uses. Declared here so the package needs neither the DOM lib nor Node's
// types: the global `fetch` of browsers and Node ≥ 18 satisfies it, and so does any test double.
// ---------------------------------------------------------------------------------------------------------

export interface FetchRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  credentials?: 'include' | 'same-origin' | 'omit';
}

export interface FetchResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly headers: {
    get(name: string): string | null;
    /** Every `Set-Cookie` line, unmerged (Node ≥ 19.7 and current browsers; browsers return none). */
    getSetCookie?(): string[];
  };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchRequestInit) => Promise<FetchResponseLike>;

// ---------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------

/** Thrown for every non-2xx answer; `problem` is the RFC 9457 document the API sent (or one made up for it). */
export class ApiProblemError extends Error {
  readonly problem: Problem;
  /** False when the body was not problem+json and `problem` was synthesised from the status line. */
  readonly fromServer: boolean;

  constructor(problem: Problem, fromServer = true) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblemError';
    this.problem = problem;
    this.fromServer = fromServer;
  }

  get status(): number {
    return this.problem.status;
  }

  get type(): string {
    return this.problem.type;
  }

  /** True when the problem has the stable type of `slug`, e.g. `error.is('csrf')`. */
  is(slug: ProblemSlug): boolean {
    return this.problem.type === problemTypeUri(slug);
  }
}

/**
 * The invalid fields of a failed request as `{ 'profile.website': 'Invalid URL', … }`, ready to show beside
 * form inputs. Keys are dotted paths (`''` means the whole body or query); the first message per field wins.
 * Anything that is not an ApiProblemError gives `{}`, so it can be called on whatever a `catch` received.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiProblemError)) return result;
  for (const item of error.problem.errors ?? []) {
    if (!(item.field in result)) result[item.field] = item.detail;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------------------------

export type LoginBody = z.input<typeof loginBodySchema>;
export type PasswordChangeBody = z.input<typeof passwordChangeBodySchema>;
export type RegionPatchBody = z.input<typeof regionPatchBodySchema>;
export type RegionResponse = z.output<typeof regionResponseSchema>;
export type RegionListResponse = z.output<typeof regionListResponseSchema>;
/** Every filter is optional; `limit` and `offset` default on the server (50 and 0). */
export type RegionListParams = Partial<RegionListQuery>;
export type AuditListParams = Partial<z.output<typeof auditListQuerySchema>>;
export type AuditListResponse = z.output<typeof auditListResponseSchema>;

export interface ApiClientOptions {
  /** Origin (and path prefix) of the API, e.g. `http://localhost:3000`; `''` (default) means same origin. */
  baseUrl?: string;
  /** Defaults to the global `fetch`; inject one for tests, retries or instrumentation. */
  fetch?: FetchLike;
  /** Passed to `fetch`; `include` (default) lets the browser send the httpOnly session cookie. */
  credentials?: 'include' | 'same-origin' | 'omit';
  /**
   * Node and other runtimes without a cookie jar: remember the cookies the API sets (the session cookie)
   * and send them back. A jar for this one API only: it ignores Domain, Path, Secure and Expires except to
   * drop cookies the server clears. Leave it off in browsers, which refuse a script-set `Cookie` header.
   */
  keepCookies?: boolean;
}

export interface ApiClient {
  /** `GET /api/health`. Resolves for a 503 too when the body is a health report (`status: 'degraded'`). */
  health(): Promise<HealthResponse>;
  /** `POST /api/v1/auth/login`; remembers the CSRF token for later writes. */
  login(body: LoginBody): Promise<SessionResponse>;
  /** `POST /api/v1/auth/logout`; forgets the CSRF token, even when the request fails. */
  logout(): Promise<void>;
  /** `GET /api/v1/auth/me`; refreshes the remembered CSRF token (call it on page load). */
  me(): Promise<SessionResponse>;
  /** `POST /api/v1/auth/password`: change your own password; your other sessions end, this one stays. */
  changePassword(body: PasswordChangeBody): Promise<void>;
  /** `GET /api/v1/regions`, sorted by code. */
  listRegions(query?: RegionListParams): Promise<RegionListResponse>;
  /** `GET /api/v1/regions/{code}`. */
  getRegion(code: string): Promise<RegionResponse>;
  /** `PATCH /api/v1/regions/{code}`; needs a session and the CSRF token. */
  patchRegion(code: string, patch: RegionPatchBody): Promise<RegionResponse>;
  /** `GET /api/v1/audit`, newest first (admins and coordinators). */
  listAudit(query?: AuditListParams): Promise<AuditListResponse>;
}

type QueryValue = string | number | boolean | null | undefined;

/** `{ a: 1, b: undefined, c: 'x y' }` → `?a=1&c=x%20y`; undefined and null are skipped. */
function toQueryString(query: Readonly<Record<string, QueryValue>> = {}): string {
  const pairs = Object.entries(query)
    .filter(
      (entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null,
    )
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Splits a merged `Set-Cookie` header (runtimes without `getSetCookie`) at commas that start a new cookie. */
function splitSetCookie(merged: string): string[] {
  return merged.split(/,(?=\s*[^;,=\s]+=)/).map((line) => line.trim());
}

function createCookieStore() {
  const cookies = new Map<string, string>();
  return {
    header(): string | undefined {
      if (cookies.size === 0) return undefined;
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    store(response: FetchResponseLike) {
      const lines =
        response.headers.getSetCookie?.() ??
        splitSetCookie(response.headers.get('set-cookie') ?? '').filter(Boolean);
      for (const line of lines) {
        const [pair = '', ...attributes] = line.split(';');
        const eq = pair.indexOf('=');
        if (eq <= 0) continue;
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const cleared = attributes.some((attribute) => {
          const [key = '', raw = ''] = attribute.split('=').map((part) => part.trim());
          if (key.toLowerCase() === 'max-age') return Number(raw) <= 0;
          if (key.toLowerCase() === 'expires') return Date.parse(raw) <= Date.now();
          return false;
        });
        if (cleared || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
    },
  };
}

const isSuccess = (response: FetchResponseLike) => response.status >= 200 && response.status <= 299;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toProblemError(response: FetchResponseLike, text: string): ApiProblemError {
  const parsed = problemSchema.safeParse(parseJson(text));
  if (parsed.success) return new ApiProblemError(parsed.data, true);
  const detail = text.trim().slice(0, 500);
  return new ApiProblemError(
    {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      ...(detail ? { detail } : {}),
    },
    false,
  );
}

function defaultFetch(): FetchLike {
  const globalFetch = (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof globalFetch !== 'function') {
    throw new Error('No global fetch: pass one as createApiClient({ fetch })');
  }
  // Bound, so browsers do not throw "Illegal invocation" when it is called off `window`.
  return globalFetch.bind(globalThis);
}

/**
 * A typed client for the REGIN Lab API: bodies are sent as JSON, answers are validated with the response
 * schemas, and every non-2xx answer throws an {@link ApiProblemError}.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? defaultFetch();
  const credentials = options.credentials ?? 'include';
  const jar = options.keepCookies ? createCookieStore() : undefined;
  let csrfToken: string | undefined;

  async function send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ response: FetchResponseLike; text: string }> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    const cookie = jar?.header();
    if (cookie) headers.cookie = cookie;
    const init: FetchRequestInit = { method, headers, credentials };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetchImpl(`${baseUrl}${path}`, init);
    jar?.store(response);
    return { response, text: await response.text() };
  }

  async function request<T extends z.ZodType>(
    schema: T,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.output<T>> {
    const { response, text } = await send(method, path, body);
    if (!isSuccess(response)) throw toProblemError(response, text);
    return schema.parse(parseJson(text));
  }

  const remember = (session: SessionResponse) => {
    csrfToken = session.csrfToken;
    return session;
  };

  return {
    async health() {
      const { response, text } = await send('GET', '/api/health');
      if (isSuccess(response)) return healthResponseSchema.parse(parseJson(text));
      const degraded = response.status === 503 ? healthResponseSchema.safeParse(parseJson(text)) : undefined;
      if (degraded?.success) return degraded.data;
      throw toProblemError(response, text);
    },
    async login(body) {
      return remember(await request(sessionResponseSchema, 'POST', '/api/v1/auth/login', body));
    },
    async logout() {
      try {
        const { response, text } = await send('POST', '/api/v1/auth/logout');
        if (!isSuccess(response)) throw toProblemError(response, text);
      } finally {
        csrfToken = undefined;
      }
    },
    async me() {
      return remember(await request(sessionResponseSchema, 'GET', '/api/v1/auth/me'));
    },
    async changePassword(body) {
      const { response, text } = await send('POST', '/api/v1/auth/password', body);
      if (!isSuccess(response)) throw toProblemError(response, text);
    },
    listRegions(query = {}) {
      return request(regionListResponseSchema, 'GET', `/api/v1/regions${toQueryString(query)}`);
    },
    getRegion(code) {
      return request(regionResponseSchema, 'GET', `/api/v1/regions/${encodeURIComponent(code)}`);
    },
    patchRegion(code, patch) {
      return request(regionResponseSchema, 'PATCH', `/api/v1/regions/${encodeURIComponent(code)}`, patch);
    },
    listAudit(query = {}) {
      return request(auditListResponseSchema, 'GET', `/api/v1/audit${toQueryString(query)}`);
    },
  };
}
