import { auditEvents, regions } from '@regin/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { assertAccess, regionWithinScope } from '../src/plugins/auth.js';
import { createTestApp, expectProblem, signIn, type TestContext } from './helpers.js';

const patch = { profile: { website: 'https://example.org/region' } };

describe('the write guard', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp();
  });
  afterAll(async () => {
    await context.close();
  });

  const patchRegion = (code: string, headers: Record<string, string> = {}, payload: unknown = patch) =>
    context.app.inject({
      method: 'PATCH',
      url: `/api/v1/regions/${code}`,
      headers,
      payload: payload as object,
    });

  it('answers 401 to anonymous writes, before looking at the body', async () => {
    expect(expectProblem(await patchRegion('ES51'), 401).type).toBe('/api/problems/unauthenticated');
    expectProblem(await patchRegion('ES51', {}, { nonsense: true }), 401);
  });

  it('answers 403 to a role that may not write regions', async () => {
    for (const role of ['evaluator', 'moderator'] as const) {
      const user = await signIn(context, [role]);
      expect(expectProblem(await patchRegion('ES51', user.headers), 403).type).toBe(
        '/api/problems/forbidden',
      );
    }
  });

  it('lets an editor of ES51 write ES51 and its sub-regions, and refuses ITF4 (Puglia)', async () => {
    const editor = await signIn(context, ['regional_editor'], ['ES51']);
    expect((await patchRegion('ES51', editor.headers)).statusCode).toBe(200);
    expect((await patchRegion('ES511', editor.headers)).statusCode).toBe(200);
    const refused = expectProblem(await patchRegion('ITF4', editor.headers), 403);
    expect(refused.detail).toContain('ITF4');
    // Nothing was written for the refused request.
    const [puglia] = await context.database.db.select().from(regions).where(eq(regions.code, 'ITF4'));
    expect(puglia?.profile).toEqual({ description: expect.any(Object) });
    const audited = await context.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, 'ITF4'))
      .orderBy(auditEvents.id);
    expect(audited).toHaveLength(0);
  });

  it('does not let an editor change a network role, but lets a coordinator', async () => {
    const editor = await signIn(context, ['regional_editor'], ['ES51']);
    const refused = expectProblem(await patchRegion('ES51', editor.headers, { networkRole: 'member' }), 403);
    expect(refused.errors?.[0]?.field).toBe('networkRole');
    const coordinator = await signIn(context, ['coordinator']);
    const done = await patchRegion('ITF4', coordinator.headers, { networkRole: 'member' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ code: 'ITF4', networkRole: 'member' });
  });

  it('lets an admin write any region', async () => {
    const admin = await signIn(context, ['admin']);
    expect((await patchRegion('SE224', admin.headers)).statusCode).toBe(200);
    expect((await patchRegion('MA-02', admin.headers)).statusCode).toBe(200);
  });

  it('a wider role lifts the region scope of an editor who also holds it', () => {
    const session = { user: { roles: ['regional_editor', 'coordinator'], regions: ['ES51'] } } as never;
    expect(() => assertAccess(session, ['coordinator', 'regional_editor'], ['ITF4'])).not.toThrow();
  });

  it('scopes NUTS regions by prefix but ISO codes exactly', () => {
    expect(regionWithinScope('ES511', ['ES51'])).toBe(true);
    expect(regionWithinScope('ES52', ['ES51'])).toBe(false);
    expect(regionWithinScope('MA-021', ['MA-02'])).toBe(false);
    expect(regionWithinScope('MA-02', ['MA-02'])).toBe(true);
  });

  it('covers every write route: each refuses anonymous callers unless it is declared public', async () => {
    const spec = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const publicWrites = new Set(['POST /api/v1/auth/login', 'POST /api/v1/submissions']);
    const writes: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const method of Object.keys(operations)) {
        if (['get', 'head', 'options'].includes(method)) continue;
        const key = `${method.toUpperCase()} ${path}`;
        writes.push(key);
        if (publicWrites.has(key)) continue;
        const url = path.replace(/\{[^}]+\}/g, 'ES51');
        const response = await context.app.inject({
          method: method.toUpperCase() as 'POST',
          url,
          payload: {},
        });
        expect(response.statusCode, key).toBe(401);
      }
    }
    expect(writes.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses at start-up a write route that declares no access', async () => {
    const app = await buildApp({ config: testConfig(), database: context.database, closeDatabase: false });
    try {
      expect(() => app.post('/api/v1/unguarded', async () => ({}))).toThrow(/declares no config.access/);
      expect(() =>
        app.post('/api/v1/guarded', { config: { access: { roles: ['admin'] } } }, async () => ({})),
      ).not.toThrow();
    } finally {
      await app.close();
    }
  });
});
