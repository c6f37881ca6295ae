import { users } from '@regin/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import type { App } from '../src/lib/app-types.js';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

describe('bad input answers problem+json, never 500', () => {
  let context: TestContext;
  let admin: SignedIn;
  beforeAll(async () => {
    context = await createTestApp({ config: { REGIN_BODY_LIMIT_BYTES: 4096 } });
    admin = await signIn(context, ['admin']);
  });
  afterAll(async () => {
    await context.close();
  });

  const patchRaw = (body: string, contentType = 'application/json') =>
    context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ES51',
      headers: { ...admin.headers, 'content-type': contentType },
      body,
    });

  it('malformed JSON → 400 malformed-json', async () => {
    const problem = expectProblem(await patchRaw('{"profile": {'), 400);
    expect(problem).toMatchObject({ type: '/api/problems/malformed-json', instance: '/api/v1/regions/ES51' });
    expect(problem.errors?.[0]?.in).toBe('body');
  });

  it('prototype pollution attempts are refused', async () => {
    expectProblem(await patchRaw('{"__proto__": {"admin": true}, "profile": {}}'), 400);
  });

  it('oversized body → 413', async () => {
    const huge = JSON.stringify({ profile: { website: `https://example.org/${'a'.repeat(5000)}` } });
    expect(expectProblem(await patchRaw(huge), 413).type).toBe('/api/problems/payload-too-large');
  });

  it('a body that is not JSON → 415', async () => {
    expect(expectProblem(await patchRaw('profile=x', 'application/x-www-form-urlencoded'), 415).type).toBe(
      '/api/problems/unsupported-media-type',
    );
  });

  it('unknown and mistyped fields are named', async () => {
    const problem = expectProblem(await patchRaw(JSON.stringify({ profil: {}, joined: 2021 })), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['joined', 'profil']);
    expect(problem.errors?.find((e) => e.field === 'joined')?.pointer).toBe('/joined');
  });

  it('unknown routes → 404 problem', async () => {
    const response = await context.app.inject({ method: 'DELETE', url: '/api/v1/nowhere' });
    expect(expectProblem(response, 404).detail).toContain('/api/v1/nowhere');
  });

  it('every problem type resolves to its description', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/problems/csrf' });
    expect(response.json()).toMatchObject({
      type: '/api/problems/csrf',
      status: 403,
      description: expect.stringContaining('X-CSRF-Token'),
    });
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/problems/nonsense' }), 404);
  });
});

describe('database errors become 4xx with the field, unexpected errors a bare 500', () => {
  let context: TestContext;
  let app: App;
  beforeAll(async () => {
    context = await createTestApp({ seed: false });
    app = await buildApp({ config: testConfig(), database: context.database, closeDatabase: false });
    const user = { email: 'twice@example.org', name: 'Twice', passwordHash: 'x' };
    app.post('/api/v1/test/duplicate', { config: { access: 'public' } }, async () => {
      await app.db.transaction(async (tx) => {
        await tx.insert(users).values(user);
        await tx.insert(users).values(user);
      });
      return {};
    });
    app.get('/api/v1/test/boom', async () => {
      throw new Error('secret internal detail');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await context.close();
  });

  it('a unique violation → 409 conflict and the transaction leaves nothing behind', async () => {
    const problem = expectProblem(await app.inject({ method: 'POST', url: '/api/v1/test/duplicate' }), 409);
    expect(problem.type).toBe('/api/problems/conflict');
    expect(await context.database.db.select().from(users)).toHaveLength(0);
  });

  it('an unexpected error → 500 problem without internals', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    const problem = expectProblem(response, 500);
    expect(response.body).not.toContain('secret internal detail');
    expect(problem.detail).toMatch(/Request id/);
  });
});
