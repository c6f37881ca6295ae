import { CSRF_HEADER } from '@regin/api-contract';
import { auditEvents, queryRows, sessions, users } from '@regin/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import {
  createTestApp,
  expectProblem,
  PASSWORD,
  sessionCookie,
  signIn,
  type TestContext,
} from './helpers.js';

describe('accounts and sessions', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await context.close();
  });

  it('stores argon2id hashes, never the password', async () => {
    const admin = await signIn(context, ['admin']);
    const [row] = await context.database.db.select().from(users).where(eq(users.id, admin.userId));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    await signIn(context, ['admin'], [], { email: 'known@example.org' });
    const wrong = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'known@example.org', password: 'not the password' },
    });
    const unknown = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.org', password: PASSWORD },
    });
    expect(expectProblem(wrong, 401).type).toBe('/api/problems/invalid-credentials');
    expect(expectProblem(unknown, 401).type).toBe('/api/problems/invalid-credentials');
    expect(wrong.cookies).toHaveLength(0);
  });

  it('matches the email case-insensitively and sets an httpOnly session cookie', async () => {
    await signIn(context, ['coordinator'], [], { email: 'Mixed.Case@example.org' });
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'MIXED.case@EXAMPLE.org', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'regin_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json<{ user: { email: string; roles: string[] }; csrfToken: string }>();
    expect(body.user).toMatchObject({ email: 'mixed.case@example.org', roles: ['coordinator'] });
    expect(body).not.toHaveProperty('user.passwordHash');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('answers /me with the session and 401 without one', async () => {
    const editor = await signIn(context, ['regional_editor'], ['ES51']);
    const me = await context.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: editor.cookie },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { roles: ['regional_editor'], regions: ['ES51'] },
      csrfToken: editor.csrfToken,
    });
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/v1/auth/me' }), 401);
    expectProblem(
      await context.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: 'regin_session=forged' },
      }),
      401,
    );
  });

  it('logs out: the session row is deleted and the cookie stops working', async () => {
    const user = await signIn(context, ['moderator']);
    const withoutCsrf = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: user.cookie },
    });
    expect(expectProblem(withoutCsrf, 403).type).toBe('/api/problems/csrf');
    const logout = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: user.headers,
    });
    expect(logout.statusCode).toBe(204);
    const left = await context.database.db.select().from(sessions).where(eq(sessions.userId, user.userId));
    expect(left).toHaveLength(0);
    expectProblem(
      await context.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: user.cookie } }),
      401,
    );
  });

  it('rejects an expired session and removes it', async () => {
    const user = await signIn(context, ['evaluator']);
    await context.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(sessions.userId, user.userId));
    const me = await context.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: user.cookie },
    });
    expectProblem(me, 401);
    expect(me.cookies.find((c) => c.name === 'regin_session')?.value).toBe('');
    const left = await context.database.db.select().from(sessions).where(eq(sessions.userId, user.userId));
    expect(left).toHaveLength(0);
  });

  it('refuses disabled accounts', async () => {
    const user = await signIn(context, ['coordinator'], [], { email: 'soon-disabled@example.org' });
    await context.database.db.update(users).set({ disabled: true }).where(eq(users.id, user.userId));
    expectProblem(
      await context.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: user.cookie } }),
      401,
    );
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'soon-disabled@example.org', password: PASSWORD },
    });
    expectProblem(login, 401);
  });

  it('checks the CSRF token on cookie-authenticated writes', async () => {
    const admin = await signIn(context, ['admin']);
    const payload = { profile: { website: 'https://example.org' } };
    const missing = await context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ES51',
      headers: { cookie: admin.cookie },
      payload,
    });
    expect(expectProblem(missing, 403).type).toBe('/api/problems/csrf');
    const other = await signIn(context, ['admin']);
    const wrong = await context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ES51',
      headers: { cookie: admin.cookie, [CSRF_HEADER]: other.csrfToken },
      payload,
    });
    expect(expectProblem(wrong, 403).type).toBe('/api/problems/csrf');
  });

  it('changes your own password: the current one is checked, other sessions end, this one stays', async () => {
    const email = 'changer@example.org';
    const here = await signIn(context, ['coordinator'], [], { email });
    const elsewhere = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const elsewhereCookie = sessionCookie(elsewhere);
    const change = (payload: Record<string, unknown>, headers = here.headers) =>
      context.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload });

    const wrongCurrent = expectProblem(
      await change({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' }),
      400,
    );
    expect(wrongCurrent.errors?.[0]).toMatchObject({ field: 'currentPassword' });
    const tooShort = expectProblem(await change({ currentPassword: PASSWORD, newPassword: 'short' }), 400);
    expect(tooShort.errors?.[0]).toMatchObject({ field: 'newPassword' });
    const same = expectProblem(await change({ currentPassword: PASSWORD, newPassword: PASSWORD }), 400);
    expect(same.errors?.[0]).toMatchObject({
      field: 'newPassword',
      detail: 'must differ from the current password',
    });
    expectProblem(
      await change(
        { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
        { cookie: here.cookie },
      ),
      403,
    );
    expectProblem(
      await context.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
      }),
      401,
    );
    // None of the refusals changed anything: the old password still signs in.
    const stillOld = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(stillOld.statusCode).toBe(200);

    expect(
      (await change({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })).statusCode,
    ).toBe(204);
    const me = (cookie: string) =>
      context.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect((await me(here.cookie)).statusCode).toBe(200);
    expectProblem(await me(elsewhereCookie), 401);
    expectProblem(await me(sessionCookie(stillOld)), 401);
    const login = (password: string) =>
      context.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    expectProblem(await login(PASSWORD), 401);
    expect((await login('a brand new passphrase')).statusCode).toBe(200);

    const [row] = await context.database.db.select().from(users).where(eq(users.id, here.userId));
    expect(row?.passwordHash).not.toContain('a brand new passphrase');
    const audit = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, here.userId), eq(auditEvents.action, 'update')));
    expect(audit.map((event) => event.after)).toEqual([{ password: 'changed' }]);
  });

  it("lets an admin reset another user's password, ending their sessions; not their own", async () => {
    const admin = await signIn(context, ['admin']);
    const email = 'forgetful@example.org';
    const user = await signIn(context, ['moderator'], [], { email });
    const reset = await context.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.userId}`,
      headers: admin.headers,
      payload: { password: 'set by the admin today' },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).not.toHaveProperty('password');
    expectProblem(
      await context.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: user.cookie } }),
      401,
    );
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'set by the admin today' },
    });
    expect(login.statusCode).toBe(200);
    const [event] = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.userId), eq(auditEvents.action, 'update')));
    expect(event?.after).toMatchObject({ email, password: 'reset' });
    expect(JSON.stringify(event)).not.toContain('set by the admin today');

    const own = expectProblem(
      await context.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.userId}`,
        headers: admin.headers,
        payload: { password: 'my own new passphrase' },
      }),
      409,
    );
    expect(own.errors?.[0]).toMatchObject({ field: 'password' });
    const short = expectProblem(
      await context.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${user.userId}`,
        headers: admin.headers,
        payload: { password: 'short' },
      }),
      400,
    );
    expect(short.errors?.[0]).toMatchObject({ field: 'password' });
  });
});

describe('login rate limit', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp({ seed: false, config: { REGIN_LOGIN_RATE_LIMIT: 3 } });
  });
  afterAll(async () => {
    await context.close();
  });

  it('answers 429 problem+json after the limit, even with the right password', async () => {
    const attempt = (password: string) =>
      context.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@example.org', password },
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    const limited = await attempt(PASSWORD);
    const problem = expectProblem(limited, 429);
    expect(problem.type).toBe('/api/problems/rate-limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('shares the count between replicas on one database, per route and address', async () => {
    const replica = await buildApp({
      config: testConfig({ REGIN_LOGIN_RATE_LIMIT: 3 }),
      database: context.database,
      closeDatabase: false,
    });
    await replica.ready();
    try {
      const attempt = (app: typeof replica, remoteAddress: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress,
          payload: { email: 'y@example.org', password: 'wrong password' },
        });
      // Two attempts here, one there: the fourth is refused wherever it lands.
      expect((await attempt(context.app, '203.0.113.7')).statusCode).toBe(401);
      expect((await attempt(replica, '203.0.113.7')).statusCode).toBe(401);
      expect((await attempt(context.app, '203.0.113.7')).statusCode).toBe(401);
      expectProblem(await attempt(replica, '203.0.113.7'), 429);
      // Another address has its own count, and so has another route for the same address.
      expect((await attempt(replica, '203.0.113.8')).statusCode).toBe(401);
      const passwordChange = await replica.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        remoteAddress: '203.0.113.7',
        payload: { currentPassword: 'x', newPassword: 'y' },
      });
      expect(passwordChange.statusCode).toBe(401);
      const [row] = await queryRows<{ hits: number }>(
        context.database.db,
        sql`select hits from rate_limit_hits where key like ${'%/api/v1/auth/login|203.0.113.7'}`,
      );
      expect(row?.hits).toBe(4);
    } finally {
      await replica.close();
    }
  });
});
