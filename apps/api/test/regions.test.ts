import { auditEvents, regions } from '@regin/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

describe('regions module', () => {
  let context: TestContext;
  let admin: SignedIn;
  beforeAll(async () => {
    context = await createTestApp();
    admin = await signIn(context, ['admin']);
  });
  afterAll(async () => {
    await context.close();
  });

  const get = (url: string) => context.app.inject({ method: 'GET', url });

  it('lists the network regions, filtered by role and country', async () => {
    const pilots = (await get('/api/v1/regions?networkRole=pilot')).json<{
      items: { code: string }[];
      total: number;
    }>();
    expect(pilots.items.map((r) => r.code)).toEqual(['ES51', 'ES62', 'ITF3', 'ITF4', 'PT20', 'SE224']);
    expect(pilots.total).toBe(6);
    const network = (await get('/api/v1/regions?networkRole=any&limit=100')).json<{ total: number }>();
    expect(network.total).toBe(26);
    const spanish = (await get('/api/v1/regions?country=ES&networkRole=any')).json<{
      items: { code: string }[];
    }>();
    expect(spanish.items.map((r) => r.code)).toEqual(['ES21', 'ES22', 'ES30', 'ES51', 'ES61', 'ES62']);
  });

  it('filters by level and parent, and paginates with a stable order', async () => {
    const children = (await get('/api/v1/regions?parent=ES5')).json<{
      items: { code: string; level: number }[];
    }>();
    expect(children.items.map((r) => r.code)).toEqual(['ES51', 'ES52', 'ES53']);
    const swedishLevel2 = (await get('/api/v1/regions?country=SE&level=2')).json<{ total: number }>();
    expect(swedishLevel2.total).toBe(8);
    const firstPage = (await get('/api/v1/regions?country=SE&level=2&limit=3')).json<{
      items: { code: string }[];
    }>();
    const secondPage = (await get('/api/v1/regions?country=SE&level=2&limit=3&offset=3')).json<{
      items: { code: string }[];
      limit: number;
      offset: number;
    }>();
    expect(firstPage.items).toHaveLength(3);
    expect(secondPage).toMatchObject({ limit: 3, offset: 3 });
    expect(secondPage.items.map((r) => r.code)).not.toContain(firstPage.items[0]?.code);
  });

  it('names the bad query parameter', async () => {
    const problem = expectProblem(await get('/api/v1/regions?level=9&limit=abc'), 400);
    expect(problem.errors?.map((e) => [e.in, e.field]).sort()).toEqual([
      ['querystring', 'level'],
      ['querystring', 'limit'],
    ]);
    const unknown = expectProblem(await get('/api/v1/regions?colour=red'), 400);
    expect(unknown.errors?.[0]).toMatchObject({ in: 'querystring', field: 'colour' });
  });

  it('returns one region, 404 for an unknown code and 400 for a malformed one', async () => {
    const oriental = (await get('/api/v1/regions/MA-02')).json();
    expect(oriental).toMatchObject({
      code: 'MA-02',
      scheme: 'iso3166-2',
      country: 'MA',
      networkRole: 'associate',
      illustrative: true,
    });
    expect(expectProblem(await get('/api/v1/regions/ZZ99'), 404).detail).toContain('ZZ99');
    const malformed = expectProblem(await get('/api/v1/regions/not-a-code'), 400);
    expect(malformed.errors?.[0]).toMatchObject({ in: 'params', field: 'code' });
  });

  it('patches a region and records before and after in the audit log', async () => {
    const body = {
      profile: { website: 'https://catalonia.example', languages: ['ca', 'es'] },
      competences: [{ policyArea: 'housing', level: 'full' }],
    };
    const response = await context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ES51',
      headers: admin.headers,
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: 'ES51', ...body });
    const [stored] = await context.database.db.select().from(regions).where(eq(regions.code, 'ES51'));
    expect(stored?.competences).toEqual(body.competences);
    const [event] = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'region'), eq(auditEvents.entityId, 'ES51')))
      .orderBy(auditEvents.id);
    expect(event).toMatchObject({ action: 'update', actorId: admin.userId });
    expect(event?.before).toMatchObject({ competences: expect.any(Array) });
    expect((event?.before as { competences: unknown[] } | undefined)?.competences).toHaveLength(8);
    expect(event?.after).toMatchObject({ profile: body.profile });
  });

  it('rejects bad patches with the field at fault and writes nothing', async () => {
    const cases: [unknown, string][] = [
      [
        {
          competences: [
            { policyArea: 'housing', level: 'full' },
            { policyArea: 'housing', level: 'none' },
          ],
        },
        'competences',
      ],
      [{ competences: [{ policyArea: 'sports', level: 'full' }] }, 'competences.0.policyArea'],
      [{ profile: { website: 'not a url' } }, 'profile.website'],
      [{ profile: { colour: 'blue' } }, 'profile.colour'],
      [{ networkRole: 'founder' }, 'networkRole'],
      [{ joined: '2021-13-01' }, 'joined'],
      [{}, ''],
    ];
    const before = await context.database.db.select().from(auditEvents).orderBy(auditEvents.id);
    for (const [payload, field] of cases) {
      const response = await context.app.inject({
        method: 'PATCH',
        url: '/api/v1/regions/ITF4',
        headers: admin.headers,
        payload: payload as object,
      });
      const problem = expectProblem(response, 400);
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(payload),
      ).toContain(field);
    }
    const after = await context.database.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(after).toHaveLength(before.length);
  });

  it('answers 404 when patching a region that does not exist', async () => {
    const response = await context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ZZ99',
      headers: admin.headers,
      payload: { profile: {} },
    });
    expectProblem(response, 404);
  });
});
