import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER, SESSION_COOKIE } from '@regin/api-contract';
import { sessions, users } from '@regin/db';
import type { Role, User } from '@regin/domain';
import { eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problem.js';
import { toUser } from '../lib/users.js';

export interface RequestSession {
  user: User;
  tokenHash: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Who may call a route. Every route that writes must declare one: `public` (login, public submissions),
 * `authenticated` (any signed-in user), or a list of roles, optionally scoped to the regions the request touches.
 */
export type RouteAccess =
  | 'public'
  | 'authenticated'
  | {
      roles: readonly Role[];
      /** Regions the request writes; a regional editor must hold every one of them. */
      regions?: (request: FastifyRequest) => string[];
    };

declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** NUTS codes nest by prefix (ES5 ⊃ ES51 ⊃ ES511), so an editor of ES51 may also write its sub-regions. */
export function regionWithinScope(code: string, scope: readonly string[]): boolean {
  return scope.some((allowed) => code === allowed || (!allowed.includes('-') && code.startsWith(allowed)));
}

/**
 * The one guard: throws 401 without a session, 403 when no role of the user allows the route or when a
 * regional editor (holding no wider role) touches a region outside their list.
 */
export function assertAccess(
  session: RequestSession | null,
  roles: readonly Role[],
  regionCodes: readonly string[] = [],
) {
  if (!session) throw new HttpProblem('unauthenticated');
  const user = session.user;
  const granting = roles.filter((role) => user.roles.includes(role));
  if (granting.length === 0) {
    throw new HttpProblem('forbidden', `This needs one of the roles: ${roles.join(', ')}`);
  }
  const unscoped = granting.some((role) => role !== 'regional_editor');
  if (unscoped) return;
  const outside = regionCodes.filter((code) => !regionWithinScope(code, user.regions));
  if (outside.length > 0) {
    throw new HttpProblem('forbidden', `You may not edit region ${outside.join(', ')}`);
  }
}

function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const [row] = await app.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash))
      .limit(1);
    if (!row || row.user.disabled || new Date(row.session.expiresAt).getTime() <= Date.now()) {
      if (row) await app.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.session = {
      user: toUser(row.user),
      tokenHash,
      csrfToken: row.session.csrfToken,
      expiresAt: new Date(row.session.expiresAt).toISOString(),
    };
  });

  // Every write route must say who may call it; forgetting is a start-up error, not a silent hole.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const writes = methods.some((method) => !SAFE_METHODS.has(method));
    const access = route.config?.access;
    if (writes && route.url.startsWith('/api/') && access === undefined) {
      throw new Error(`Write route ${methods.join(',')} ${route.url} declares no config.access`);
    }
    if (access === undefined || access === 'public') return;
    const guard = async (request: FastifyRequest) => {
      if (access === 'authenticated') {
        if (!request.session) throw new HttpProblem('unauthenticated');
      } else {
        assertAccess(request.session, access.roles, access.regions?.(request) ?? []);
      }
      // Cookies ride along on cross-site requests; the CSRF token does not.
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !request.session || !tokensEqual(sent, request.session.csrfToken)) {
          throw new HttpProblem('csrf', `Send the session's CSRF token in the ${CSRF_HEADER} header`);
        }
      }
    };
    // preValidation: refuse strangers before telling them what is wrong with their body.
    const existing = route.preValidation;
    route.preValidation = existing ? [guard, ...(Array.isArray(existing) ? existing : [existing])] : [guard];
  });

  // Expired sessions are removed as a side effect of logins; no timer needed.
  app.decorate('purgeExpiredSessions', async () => {
    await app.db.delete(sessions).where(lt(sessions.expiresAt, new Date().toISOString()));
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    purgeExpiredSessions(): Promise<void>;
  }
}
