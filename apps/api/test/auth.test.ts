import { CSRF_HEADER } from '@regin/api-contract';
import { sessions, users } from '@regin/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, PASSWORD, signIn, type TestContext } from './helpers.js';

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
});
