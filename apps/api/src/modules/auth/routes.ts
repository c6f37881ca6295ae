import {
  loginBodySchema,
  passwordChangeBodySchema,
  problemSchema,
  SESSION_COOKIE,
  sessionResponseSchema,
} from '@regin/api-contract';
import { sessions, users } from '@regin/db';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { fieldError, HttpProblem } from '../../lib/problem.js';
import { findUserByEmail, toUser } from '../../lib/users.js';
import { hashToken, newToken } from '../../plugins/auth.js';

export async function authRoutes(app: App, { config }: { config: Config }) {
  const secureCookie =
    config.REGIN_COOKIE_SECURE === 'auto'
      ? config.NODE_ENV === 'production'
      : config.REGIN_COOKIE_SECURE === 'true';
  const ttlMs = config.REGIN_SESSION_TTL_HOURS * 3_600_000;

  app.post(
    '/api/v1/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: config.REGIN_LOGIN_RATE_LIMIT, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the httpOnly session cookie',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const row = await findUserByEmail(app.db, email);
      const valid = row
        ? await verifyPassword(row.passwordHash, password)
        : await verifyPassword(await decoyPasswordHash(), password);
      if (!row || !valid || row.disabled) throw new HttpProblem('invalid-credentials');
      await app.purgeExpiredSessions();
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(Date.now() + ttlMs).toISOString();
      const user = toUser(row);
      await app.db.transaction(async (tx) => {
        await tx.insert(sessions).values({
          tokenHash: hashToken(token),
          userId: row.id,
          csrfToken,
          expiresAt,
          ip: request.ip,
          userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        });
        await recordAudit(tx, { actorId: row.id, action: 'login', entityType: 'session', entityId: row.id });
      });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookie,
        path: '/',
        expires: new Date(expiresAt),
      });
      return { user, csrfToken, expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        security: [{ session: [], csrf: [] }],
        response: { 204: z.null(), 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const session = request.session!;
      await app.db.transaction(async (tx) => {
        await tx.delete(sessions).where(eq(sessions.tokenHash, session.tokenHash));
        await recordAudit(tx, {
          actorId: session.user.id,
          action: 'logout',
          entityType: 'session',
          entityId: session.user.id,
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their roles and regions, and the CSRF token',
        security: [{ session: [] }],
        response: { 200: sessionResponseSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const session = request.session!;
      return { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: {
        access: 'authenticated',
        // Guessing the current password here is as sensitive as guessing it at login.
        rateLimit: { max: config.REGIN_LOGIN_RATE_LIMIT, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (the current one is asked again); your other sessions end',
        security: [{ session: [], csrf: [] }],
        body: passwordChangeBodySchema,
        response: {
          204: z.null(),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const session = request.session!;
      const { currentPassword, newPassword } = request.body;
      const [row] = await app.db.select().from(users).where(eq(users.id, session.user.id));
      if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
        throw new HttpProblem('validation', 'The current password is not right', [
          fieldError('body', ['currentPassword'], 'does not match your current password'),
        ]);
      }
      const passwordHash = await hashPassword(newPassword);
      await app.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, updatedAt: new Date().toISOString() })
          .where(eq(users.id, row.id));
        // A session someone else may hold (a shared computer, a stolen cookie) ends with the old password.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, row.id), ne(sessions.tokenHash, session.tokenHash)));
        await recordAudit(tx, {
          actorId: row.id,
          action: 'update',
          entityType: 'user',
          entityId: row.id,
          after: { password: 'changed' },
        });
      });
      return reply.code(204).send(null);
    },
  );
}
