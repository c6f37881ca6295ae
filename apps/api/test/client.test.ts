import { ApiProblemError, createApiClient, fieldErrors } from '@regin/api-contract';
import type { Role } from '@regin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/lib/users.js';
import { createTestApp, PASSWORD, type TestContext } from './helpers.js';

/** Resolves with the ApiProblemError a call throws, failing the test when it resolves or throws anything else. */
async function problemOf(call: Promise<unknown>): Promise<ApiProblemError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiProblemError);
  return error as ApiProblemError;
}

describe('the typed client against a listening API', () => {
  let context: TestContext;
  let baseUrl: string;
  let counter = 0;

  beforeAll(async () => {
    context = await createTestApp();
    baseUrl = await context.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function newUser(roles: Role[], regions: string[] = []) {
    counter += 1;
    const email = `client${counter}@example.org`;
    await createUser(
      context.database.db,
      { email, name: `Client ${counter}`, password: PASSWORD, roles, regions },
      null,
    );
    return { email, password: PASSWORD };
  }

  /** Node has no cookie jar: keepCookies stands in for the browser's. */
  const newClient = () => createApiClient({ baseUrl, keepCookies: true });

  it('reads health', async () => {
    const health = await newClient().health();
    expect(health).toMatchObject({
      status: 'ok',
      database: { driver: process.env.DATABASE_URL ? 'postgres' : 'pglite', status: 'ok' },
    });
  });

  it('signs in, reads the session, signs out', async () => {
    const client = newClient();
    const credentials = await newUser(['coordinator']);
    const session = await client.login(credentials);
    expect(session.user).toMatchObject({ email: credentials.email, roles: ['coordinator'] });
    const me = await client.me();
    expect(me.user.id).toBe(session.user.id);
    expect(me.csrfToken).toBe(session.csrfToken);

    await client.logout();
    const problem = await problemOf(client.me());
    expect(problem.status).toBe(401);
    expect(problem.is('unauthenticated')).toBe(true);
    expect(problem.fromServer).toBe(true);
  });

  it('changes the password, with the field at fault when the current one is wrong', async () => {
    const client = newClient();
    const credentials = await newUser(['moderator']);
    await client.login(credentials);
    const wrong = await problemOf(
      client.changePassword({ currentPassword: 'not it at all', newPassword: 'another long passphrase' }),
    );
    expect(wrong.status).toBe(400);
    expect(fieldErrors(wrong)).toHaveProperty('currentPassword');
    await client.changePassword({
      currentPassword: credentials.password,
      newPassword: 'another long passphrase',
    });
    expect((await client.me()).user.email).toBe(credentials.email);
    const fresh = newClient();
    expect((await problemOf(fresh.login(credentials))).status).toBe(401);
    await fresh.login({ email: credentials.email, password: 'another long passphrase' });
  });

  it('lists the six pilots sorted by code', async () => {
    const page = await newClient().listRegions({ networkRole: 'pilot', limit: 100, country: undefined });
    expect(page.items.map((region) => region.code)).toEqual([
      'ES51',
      'ES62',
      'ITF3',
      'ITF4',
      'PT20',
      'SE224',
    ]);
    expect(page.total).toBe(6);
  });

  it('reads one region and answers 404 for an unknown one', async () => {
    const client = newClient();
    expect((await client.getRegion('ES51')).name).toBe('Cataluña');
    const problem = await problemOf(client.getRegion('ZZ99'));
    expect(problem.status).toBe(404);
    expect(problem.type).toBe('/api/problems/not-found');
  });

  it('turns a bad query into a 400 problem with field errors', async () => {
    const problem = await problemOf(newClient().listRegions({ limit: 0 }));
    expect(problem.status).toBe(400);
    expect(fieldErrors(problem)).toHaveProperty('limit');
  });

  it('lets a regional editor patch their own region only, sending the CSRF token', async () => {
    const client = newClient();
    await client.login(await newUser(['regional_editor'], ['ES51']));
    const website = 'https://web.gencat.cat/';
    const updated = await client.patchRegion('ES51', { profile: { website } });
    expect(updated.code).toBe('ES51');
    expect(updated.profile.website).toBe(website);

    const forbidden = await problemOf(client.patchRegion('ITF4', { profile: { website } }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.is('forbidden')).toBe(true);

    const invalid = await problemOf(client.patchRegion('ES51', { profile: { website: 'not a url' } }));
    expect(invalid.status).toBe(400);
    expect(invalid.problem.errors?.[0]).toMatchObject({
      in: 'body',
      field: 'profile.website',
      pointer: '/profile/website',
    });
    expect(fieldErrors(invalid)).toHaveProperty(['profile.website']);
  });

  it('is refused writes without a session, and after logout', async () => {
    const client = newClient();
    expect(
      (await problemOf(client.patchRegion('ES51', { profile: { website: 'https://example.org' } }))).status,
    ).toBe(401);
    await client.login(await newUser(['admin']));
    await client.logout();
    expect(
      (await problemOf(client.patchRegion('ES51', { profile: { website: 'https://example.org' } }))).status,
    ).toBe(401);
  });

  it('reads the audit log as an admin, filtered', async () => {
    const client = newClient();
    const { user } = await client.login(await newUser(['admin']));
    await client.patchRegion('ES62', { profile: { languages: ['es'] } });
    const page = await client.listAudit({
      actorId: user.id,
      entityType: 'region',
      action: 'update',
      to: undefined,
    });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ entityId: 'ES62', action: 'update', actorId: user.id });
  });

  it('keeps the session per client: without kept cookies Node sends none', async () => {
    // Passing Node's own fetch also proves its type fits FetchLike.
    const client = createApiClient({ baseUrl, fetch });
    await client.login(await newUser(['admin']));
    expect((await problemOf(client.me())).status).toBe(401);
  });
});

describe('the typed client without a server', () => {
  it('makes up a problem when the body is not problem+json', async () => {
    const client = createApiClient({
      baseUrl: 'http://api.invalid/',
      fetch: async () => ({
        status: 502,
        statusText: 'Bad Gateway',
        headers: { get: () => 'text/html' },
        text: async () => '<html>upstream down</html>',
      }),
    });
    const problem = await problemOf(client.getRegion('ES51'));
    expect(problem.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: '<html>upstream down</html>',
    });
    expect(problem.fromServer).toBe(false);
    expect(fieldErrors(problem)).toEqual({});
  });

  it('serialises queries, skipping undefined, and sends the CSRF token only on writes', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const session = {
      user: {
        id: '00000000-0000-4000-8000-000000000000',
        email: 'a@example.org',
        name: 'A',
        roles: ['admin'],
        regions: [],
        disabled: false,
        createdAt: '2024-01-01T00:00:00.000Z',
      },
      csrfToken: 'token-1',
      expiresAt: '2024-01-01T12:00:00.000Z',
    };
    const client = createApiClient({
      baseUrl: 'http://api.invalid',
      fetch: async (url, init) => {
        calls.push({ url, headers: init.headers });
        const body = url.endsWith('/login') ? session : { items: [], total: 0, limit: 50, offset: 0 };
        return {
          status: url.endsWith('/logout') ? 204 : 200,
          statusText: 'OK',
          headers: { get: () => null },
          text: async () => (url.endsWith('/logout') ? '' : JSON.stringify(body)),
        };
      },
    });
    await client.listRegions({ country: 'ES', level: 2, parent: undefined });
    await client.login({ email: 'a@example.org', password: PASSWORD });
    await client.listRegions({});
    await client.logout();
    await client.logout();
    expect(calls.map((call) => call.url)).toEqual([
      'http://api.invalid/api/v1/regions?country=ES&level=2',
      'http://api.invalid/api/v1/auth/login',
      'http://api.invalid/api/v1/regions',
      'http://api.invalid/api/v1/auth/logout',
      'http://api.invalid/api/v1/auth/logout',
    ]);
    expect(calls.map((call) => call.headers['x-csrf-token'])).toEqual([
      undefined,
      undefined,
      undefined,
      'token-1',
      undefined,
    ]);
  });
});
