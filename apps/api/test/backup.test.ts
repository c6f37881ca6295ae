import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

/** The public views a restore must reproduce. */
const PUBLIC_VIEWS = [
  '/api/v1/regions?networkRole=any&limit=100',
  '/api/v1/scores?by=policy_area',
  '/api/v1/regions/ES51/scores',
  '/api/v1/practices?limit=100&sort=region',
  '/api/v1/experts?limit=100',
  '/api/v1/actions',
  '/api/v1/outcomes?indicator=OUT-EMP&limit=500',
  '/api/v1/frameworks',
];

describe('export and restore', () => {
  let source: TestContext;
  let target: TestContext;
  let sourceAdmin: SignedIn;
  let targetAdmin: SignedIn;
  beforeAll(async () => {
    source = await createTestApp();
    target = await createTestApp({ seed: false });
    sourceAdmin = await signIn(source, ['admin']);
    targetAdmin = await signIn(target, ['admin']);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const views = async (context: TestContext) =>
    Promise.all(
      PUBLIC_VIEWS.map(async (url) => {
        const response = await context.app.inject({ method: 'GET', url });
        return { url, status: response.statusCode, body: response.json() as unknown };
      }),
    );

  it('is for admins only', async () => {
    expectProblem(await source.app.inject({ method: 'GET', url: '/api/v1/export' }), 401);
    const coordinator = await signIn(source, ['coordinator']);
    expectProblem(
      await source.app.inject({
        method: 'GET',
        url: '/api/v1/export',
        headers: { cookie: coordinator.cookie },
      }),
      403,
    );
  });

  it('restores a full export into an empty instance with identical public data', async () => {
    const exported = await source.app.inject({
      method: 'GET',
      url: '/api/v1/export',
      headers: { cookie: sourceAdmin.cookie },
    });
    expect(exported.statusCode).toBe(200);
    const bundle = exported.json<{ tables: Record<string, unknown[]> }>();
    expect(bundle.tables.practices?.length).toBeGreaterThanOrEqual(160);
    expect(bundle.tables.sessions).toBeUndefined();
    const restored = await target.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: targetAdmin.headers,
      payload: bundle,
    });
    expect(restored.statusCode, restored.body).toBe(201);
    const [after, before] = [await views(target), await views(source)];
    for (const [index, view] of before.entries()) expect(after[index], view.url).toEqual(view);
    const search = await target.app.inject({ method: 'GET', url: '/api/v1/practices?q=housing' });
    const original = await source.app.inject({ method: 'GET', url: '/api/v1/practices?q=housing' });
    expect(search.json()).toEqual(original.json());
  });

  it('refuses to restore over existing content, changing nothing', async () => {
    const exported = await source.app.inject({
      method: 'GET',
      url: '/api/v1/export',
      headers: { cookie: sourceAdmin.cookie },
    });
    const again = await target.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: targetAdmin.headers,
      payload: exported.json(),
    });
    expect(expectProblem(again, 409).detail).toMatch(/empty instance/);
    const bad = await target.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: targetAdmin.headers,
      payload: { format: 'other' },
    });
    expectProblem(bad, 400);
  });
});

describe('export and import on the command line', () => {
  it('writes a bundle and restores it into another data folder', async () => {
    const env = { ...process.env };
    const from = mkdtempSync(join(tmpdir(), 'regin-export-'));
    const to = mkdtempSync(join(tmpdir(), 'regin-import-'));
    const file = join(from, 'bundle.json');
    try {
      delete process.env.DATABASE_URL;
      process.env.REGIN_DATA_DIR = from;
      expect(await runCli(['seed'])).toBe(0);
      expect(await runCli(['export', file])).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('regin-lab-export');
      process.env.REGIN_DATA_DIR = to;
      expect(await runCli(['import', file])).toBe(0);
      expect(await runCli(['import', file])).toBe(1);
    } finally {
      process.env = env;
    }
  });
});

describe('users and roles', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp({ seed: 'regions' });
  });
  afterAll(async () => {
    await context.close();
  });

  it('lets admins create users, change roles and disable them; others may not', async () => {
    const admin = await signIn(context, ['admin']);
    const coordinator = await signIn(context, ['coordinator']);
    const body = {
      email: 'new.editor@example.org',
      name: 'New Editor',
      password: 'a long enough password',
      roles: ['regional_editor'],
      regions: ['ES51'],
    };
    expectProblem(
      await context.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: coordinator.headers,
        payload: body,
      }),
      403,
    );
    const noRegion = await context.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { ...body, regions: [] },
    });
    expect(expectProblem(noRegion, 400).errors?.[0]?.field).toBe('regions');
    const created = await context.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expectProblem(
      await context.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.headers,
        payload: body,
      }),
      409,
    );
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: body.email, password: body.password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'regin_session')!;
    const disabled = await context.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disabled.json()).toMatchObject({ disabled: true });
    // Their session ends at once.
    expectProblem(
      await context.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `regin_session=${cookie.value}` },
      }),
      401,
    );
    expectProblem(
      await context.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.userId}`,
        headers: admin.headers,
        payload: { roles: ['coordinator'] },
      }),
      409,
    );
    const list = (
      await context.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } })
    ).json<{ items: { email: string; passwordHash?: string }[] }>();
    expect(list.items.map((u) => u.email)).toContain(body.email);
    expect(list.items.every((u) => u.passwordHash === undefined)).toBe(true);
  });
});
