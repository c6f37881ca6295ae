import { auditEvents, expertPractices, experts, practiceRowValues, practices } from '@regin/db';
import { localized } from '@regin/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

interface ExpertBody {
  id: string;
  name: string;
  organisation?: string;
  regionCode: string | null;
  expertise: { policyAreas: string[]; targetGroups: string[]; methods: string[] };
  languages: string[];
  contact: { email?: string; phone?: string };
  contactConsent: boolean;
  practiceIds: string[];
  practices?: { id: string; slug: string; title: unknown; regionCodes: string[]; result: string | null }[];
}
interface ListBody {
  items: ExpertBody[];
  total: number;
  limit: number;
  offset: number;
  facets: Record<string, { value: string; count: number }[]>;
}

const jose = {
  name: 'José García Puig',
  organisation: 'Universitat de Barcelona',
  regionCode: 'ES51',
  expertise: {
    policyAreas: ['education', 'labour_market'],
    targetGroups: ['youth'],
    methods: ['SWOT facilitation', 'MIPEX-R assessment'],
  },
  languages: ['ca', 'es', 'en'],
  contact: { email: 'jose.garcia@example.org', phone: '+34 934 000 001' },
  contactConsent: false,
};
const anna = {
  name: 'Anna Svensson',
  organisation: 'Region Skåne',
  regionCode: 'SE224',
  expertise: { policyAreas: ['health'], targetGroups: ['refugees'], methods: ['participatory evaluation'] },
  languages: ['sv', 'en'],
  contact: { email: 'anna.svensson@example.org', phone: '+46 40 000 000' },
  contactConsent: true,
  bio: localized('en', 'Trains civic and health communicators.'),
};
const maria = {
  name: 'Maria Rossi',
  organisation: 'Regione Puglia',
  regionCode: 'ITF4',
  expertise: { policyAreas: ['education', 'language'], targetGroups: ['children'] },
  languages: ['it'],
  contact: { email: 'maria.rossi@example.org' },
  contactConsent: false,
};
const marta = {
  name: 'Marta Puig',
  regionCode: 'ES511',
  expertise: { policyAreas: ['housing'] },
  languages: ['ca'],
  contact: { email: 'marta.puig@example.org' },
  contactConsent: false,
  bio: localized('ca', 'Especialista en acollida i habitatge a la Diputació.'),
};
const PERSONAL_STRINGS = [
  'José',
  'Garc',
  'Svensson',
  'Rossi',
  'Marta',
  '@example.org',
  '+34 934',
  '+46 40',
  'Universitat',
  'Regione Puglia',
  'acollida',
  'communicators',
];

function practiceContent(slug: string, title: string) {
  return {
    slug,
    title: localized('en', title),
    summary: localized('en', `${title}: a short summary.`),
    description: localized('en', `${title}: what was done and how it went.`),
    regionCodes: ['ES51'],
    policyAreas: ['education' as const],
    targetGroups: ['youth' as const],
    authorityRole: { kind: 'direct' as const, role: 'leader' as const },
    stakeholders: [],
    period: { start: '2021-09-01', end: '2022-06-30' },
    status: 'ended' as const,
    result: 'successful' as const,
    ratings: {},
    fundingSources: [],
    links: [],
    contacts: [],
    languages: [],
    illustrative: true,
  };
}

describe('experts module', () => {
  let context: TestContext;
  let admin: SignedIn;
  let moderator: SignedIn;
  let coordinator: SignedIn;
  let evaluator: SignedIn;
  let editorES51: SignedIn;
  const ids: Record<string, string> = {};
  let publishedPracticeId: string;
  let draftPracticeId: string;
  let deletedPracticeId: string;

  const get = (url: string, user?: SignedIn) =>
    context.app.inject({ method: 'GET', url, headers: user ? { cookie: user.cookie } : {} });
  const write = (
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    user: SignedIn | null,
    payload?: unknown,
  ) =>
    context.app.inject({
      method,
      url,
      headers: user?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const list = async (query: string, user?: SignedIn) => {
    const response = await get(`/api/v1/experts${query}`, user);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ListBody>();
  };
  const names = (body: ListBody) => body.items.map((item) => item.name);
  const expertAudit = () =>
    context.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'expert'))
      .orderBy(auditEvents.id);

  beforeAll(async () => {
    context = await createTestApp({ seed: 'regions' });
    admin = await signIn(context, ['admin']);
    moderator = await signIn(context, ['moderator']);
    coordinator = await signIn(context, ['coordinator']);
    evaluator = await signIn(context, ['evaluator']);
    editorES51 = await signIn(context, ['regional_editor'], ['ES51']);
    for (const [key, body, user] of [
      ['jose', jose, moderator],
      ['anna', anna, coordinator],
      ['maria', maria, admin],
      ['marta', marta, editorES51],
    ] as const) {
      const response = await write('POST', '/api/v1/experts', user, body);
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json<ExpertBody>().id;
    }
    const now = new Date().toISOString();
    const [published, draft, deleted] = await context.database.db
      .insert(practices)
      .values([
        {
          ...practiceRowValues(practiceContent('robotics-workshops', 'Robotics workshops')),
          moderationStatus: 'published',
          publishedAt: now,
        },
        {
          ...practiceRowValues(practiceContent('draft-practice', 'Draft practice')),
          moderationStatus: 'draft',
        },
        {
          ...practiceRowValues(practiceContent('deleted-practice', 'Deleted practice')),
          moderationStatus: 'published',
          publishedAt: now,
          deletedAt: now,
        },
      ])
      .returning({ id: practices.id });
    publishedPracticeId = published!.id;
    draftPracticeId = draft!.id;
    deletedPracticeId = deleted!.id;
  });
  afterAll(async () => {
    await context.close();
  });

  it('creates experts with a Location, a create audit event and no personal data in it', async () => {
    const response = await write('POST', '/api/v1/experts', moderator, {
      ...anna,
      name: 'Temporary Person',
      contact: { email: 'temporary@example.org' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<ExpertBody>();
    expect(response.headers.location).toBe(`/api/v1/experts/${body.id}`);
    expect(body).toMatchObject({ name: 'Temporary Person', regionCode: 'SE224', practices: [] });
    const [event] = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'expert'), eq(auditEvents.entityId, body.id)))
      .orderBy(auditEvents.id);
    expect(event).toMatchObject({ action: 'create', actorId: moderator.userId, before: null });
    expect(event?.after).toEqual({
      id: body.id,
      regionCode: 'SE224',
      expertise: anna.expertise,
      contactConsent: true,
      illustrative: false,
      deleted: false,
      practiceIds: [],
    });
    await write('DELETE', `/api/v1/experts/${body.id}`, moderator);
  });

  it('finds names without accents: "Jose" finds "José", case-insensitive, every word', async () => {
    expect(names(await list('?q=Jose'))).toEqual(['José García Puig']);
    expect(names(await list('?q=jose%20GARCIA'))).toEqual(['José García Puig']);
    expect(names(await list('?q=garc%C3%ADa'))).toEqual(['José García Puig']);
    expect(names(await list('?q=jose%20rossi'))).toEqual([]);
    // Organisation and bio, in any of its languages.
    expect(names(await list('?q=skane'))).toEqual(['Anna Svensson']);
    expect(names(await list('?q=diputacio'))).toEqual(['Marta Puig']);
    expect(names(await list('?q=puig'))).toEqual(['José García Puig', 'Marta Puig']);
    // LIKE wildcards in the query match literally.
    expect(names(await list('?q=%25'))).toEqual([]);
    expect(names(await list('?q=_'))).toEqual([]);
  });

  it('filters by expertise, method, language, and by region including NUTS sub-regions', async () => {
    expect(names(await list('?policyArea=health'))).toEqual(['Anna Svensson']);
    expect(names(await list('?policyArea=education'))).toEqual(['José García Puig', 'Maria Rossi']);
    expect(names(await list('?policyArea=health,housing'))).toEqual(['Anna Svensson', 'Marta Puig']);
    expect(names(await list('?targetGroup=children'))).toEqual(['Maria Rossi']);
    expect(names(await list('?method=swot'))).toEqual(['José García Puig']);
    expect(names(await list('?method=mipex-r'))).toEqual(['José García Puig']);
    expect(names(await list('?language=sv'))).toEqual(['Anna Svensson']);
    expect(names(await list('?language=ca'))).toEqual(['José García Puig', 'Marta Puig']);
    expect(names(await list('?region=ES51'))).toEqual(['José García Puig', 'Marta Puig']);
    expect(names(await list('?region=ES511'))).toEqual(['Marta Puig']);
    expect(names(await list('?region=ES'))).toEqual(['José García Puig', 'Marta Puig']);
    expect(names(await list('?region=SE22,ITF4'))).toEqual(['Anna Svensson', 'Maria Rossi']);
    expect(names(await list('?region=ES51&policyArea=education&language=en'))).toEqual(['José García Puig']);
  });

  it('counts facets under every filter but their own', async () => {
    const all = await list('');
    expect(all.total).toBe(4);
    expect(all.facets.policyArea).toEqual([
      { value: 'education', count: 2 },
      { value: 'health', count: 1 },
      { value: 'housing', count: 1 },
      { value: 'labour_market', count: 1 },
      { value: 'language', count: 1 },
    ]);
    expect(all.facets.language?.[0]).toEqual({ value: 'ca', count: 2 });
    const catalan = await list('?region=ES51');
    expect(catalan.total).toBe(2);
    // The region facet ignores the region filter, so other regions stay selectable.
    expect(catalan.facets.region).toEqual([
      { value: 'ES51', count: 1 },
      { value: 'ES511', count: 1 },
      { value: 'ITF4', count: 1 },
      { value: 'SE224', count: 1 },
    ]);
    expect(catalan.facets.policyArea?.map((f) => f.value)).toEqual(['education', 'housing', 'labour_market']);
  });

  it('paginates in a stable order by name then id', async () => {
    const first = await list('?limit=2');
    const second = await list('?limit=2&offset=2');
    expect(names(first)).toEqual(['Anna Svensson', 'José García Puig']);
    expect(names(second)).toEqual(['Maria Rossi', 'Marta Puig']);
    expect(second).toMatchObject({ total: 4, limit: 2, offset: 2 });
  });

  it('names the bad query parameter', async () => {
    const problem = expectProblem(await get('/api/v1/experts?policyArea=sports&limit=0'), 400);
    expect(problem.errors?.map((e) => [e.in, e.field]).sort()).toEqual([
      ['querystring', 'limit'],
      ['querystring', 'policyArea'],
    ]);
    expect(expectProblem(await get('/api/v1/experts?region=es51'), 400).errors?.[0]?.field).toBe('region');
    expect(expectProblem(await get('/api/v1/experts?colour=red'), 400).errors?.[0]?.field).toBe('colour');
    expect(expectProblem(await get('/api/v1/experts/not-a-uuid'), 400).errors?.[0]).toMatchObject({
      in: 'params',
      field: 'id',
    });
    expectProblem(await get('/api/v1/experts/00000000-0000-4000-8000-000000000000'), 404);
  });

  it('shows contact details to the public only with consent; staff who may edit see them', async () => {
    const publicList = await list('');
    const byName = new Map(publicList.items.map((item) => [item.name, item]));
    expect(byName.get('Anna Svensson')?.contact).toEqual(anna.contact);
    expect(byName.get('José García Puig')?.contact).toEqual({});
    expect(byName.get('Maria Rossi')?.contact).toEqual({});
    expect(JSON.stringify(publicList)).not.toContain('jose.garcia@');

    const anonymous = await get(`/api/v1/experts/${ids.jose}`);
    expect(anonymous.json<ExpertBody>().contact).toEqual({});
    expect(anonymous.json<ExpertBody>().contactConsent).toBe(false);
    expect(anonymous.headers['cache-control']).toBeUndefined();

    const staff = await get(`/api/v1/experts/${ids.jose}`, moderator);
    expect(staff.json<ExpertBody>().contact).toEqual(jose.contact);
    expect(staff.headers['cache-control']).toBe('private, no-store');
    // An editor of ES51 sees contacts in ES51 and its sub-regions, not in Puglia; evaluators never.
    expect((await get(`/api/v1/experts/${ids.marta}`, editorES51)).json<ExpertBody>().contact).toEqual(
      marta.contact,
    );
    expect((await get(`/api/v1/experts/${ids.maria}`, editorES51)).json<ExpertBody>().contact).toEqual({});
    expect((await get(`/api/v1/experts/${ids.jose}`, evaluator)).json<ExpertBody>().contact).toEqual({});
  });

  it('links practices: the public sees published ones only; unknown or deleted ids are 422', async () => {
    const url = `/api/v1/experts/${ids.jose}/practices`;
    const linked = await write('PUT', url, moderator, {
      practiceIds: [publishedPracticeId, draftPracticeId],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<ExpertBody>().practiceIds.sort()).toEqual(
      [publishedPracticeId, draftPracticeId].sort(),
    );

    const detail = (await get(`/api/v1/experts/${ids.jose}`)).json<ExpertBody>();
    expect(detail.practiceIds).toEqual([publishedPracticeId]);
    expect(detail.practices).toEqual([
      {
        id: publishedPracticeId,
        slug: 'robotics-workshops',
        title: localized('en', 'Robotics workshops'),
        regionCodes: ['ES51'],
        result: 'successful',
      },
    ]);
    const [listed] = (await list('?q=jose')).items;
    expect(listed?.practiceIds).toEqual([publishedPracticeId]);

    const unknownId = '00000000-0000-4000-8000-000000000001';
    const unknown = expectProblem(
      await write('PUT', url, moderator, {
        practiceIds: [publishedPracticeId, unknownId, deletedPracticeId],
      }),
      422,
    );
    expect(unknown.errors?.map((e) => e.field)).toEqual(['practiceIds.1', 'practiceIds.2']);
    expect(unknown.detail).toContain(unknownId);
    const twice = expectProblem(
      await write('PUT', url, moderator, { practiceIds: [publishedPracticeId, publishedPracticeId] }),
      400,
    );
    expect(twice.errors?.map((e) => e.field)).toEqual(['practiceIds.1']);
    expectProblem(await write('PUT', url, moderator, { practiceIds: ['nope'] }), 400);
    expect(expectProblem(await write('PUT', url, moderator, {}), 400).errors?.[0]?.field).toBe('practiceIds');
    // Linking at creation goes through the same check.
    const atCreation = expectProblem(
      await write('POST', '/api/v1/experts', moderator, { ...maria, practiceIds: [unknownId] }),
      422,
    );
    expect(atCreation.errors?.[0]?.field).toBe('practiceIds.0');

    const stored = await context.database.db
      .select()
      .from(expertPractices)
      .where(eq(expertPractices.expertId, ids.jose!));
    expect(stored).toHaveLength(2);
    const events = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'expert'), eq(auditEvents.entityId, ids.jose!)))
      .orderBy(auditEvents.id);
    const linkEvent = events.find((event) => (event.after as { practiceIds?: string[] }).practiceIds?.length);
    expect(linkEvent).toMatchObject({ action: 'update', before: { practiceIds: [] } });
  });

  it('refuses anonymous writes (401), other roles (403) and regions outside an editor’s scope (403)', async () => {
    const expertUrl = `/api/v1/experts/${ids.maria}`;
    for (const [method, url] of [
      ['POST', '/api/v1/experts'],
      ['PATCH', expertUrl],
      ['DELETE', expertUrl],
      ['PUT', `${expertUrl}/practices`],
      ['POST', `${expertUrl}/erase`],
    ] as const) {
      expect(expectProblem(await write(method, url, null, {}), 401).type).toBe(
        '/api/problems/unauthenticated',
      );
      expect(expectProblem(await write(method, url, evaluator, {}), 403).type).toBe(
        '/api/problems/forbidden',
      );
    }
    expectProblem(await get(`${expertUrl}/personal-data`), 401);
    for (const user of [coordinator, moderator, editorES51]) {
      expectProblem(await get(`${expertUrl}/personal-data`, user), 403);
      expectProblem(await write('POST', `${expertUrl}/erase`, user), 403);
    }

    // An editor of ES51 may not create an expert for Puglia (ITF4), nor touch Puglia's experts, even
    // with a body that would fail validation: the region check comes first.
    const refused = expectProblem(await write('POST', '/api/v1/experts', editorES51, maria), 403);
    expect(refused.detail).toContain('ITF4');
    expectProblem(await write('PATCH', expertUrl, editorES51, { name: 'X' }), 403);
    expectProblem(await write('PATCH', expertUrl, editorES51, { colour: 'red' }), 403);
    expectProblem(await write('DELETE', expertUrl, editorES51), 403);
    expectProblem(await write('PUT', `${expertUrl}/practices`, editorES51, { practiceIds: [] }), 403);
    // Nor move their own expert to Puglia.
    const moved = expectProblem(
      await write('PATCH', `/api/v1/experts/${ids.marta}`, editorES51, { regionCode: 'ITF4' }),
      403,
    );
    expect(moved.detail).toContain('ITF4');
    // Within scope: allowed.
    const renamed = await write('PATCH', `/api/v1/experts/${ids.marta}`, editorES51, {
      organisation: 'Diputació de Barcelona',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);

    // The cookie alone is not enough.
    const noCsrf = await context.app.inject({
      method: 'POST',
      url: '/api/v1/experts',
      headers: { cookie: moderator.cookie },
      payload: maria,
    });
    expect(expectProblem(noCsrf, 403).type).toBe('/api/problems/csrf');

    const allowed = await write('POST', '/api/v1/experts', moderator, { ...maria, name: 'Another Expert' });
    expect(allowed.statusCode).toBe(201);
    await write('DELETE', `/api/v1/experts/${allowed.json<ExpertBody>().id}`, moderator);
  });

  it('names the invalid fields and writes nothing', async () => {
    const before = await expertAudit();
    const cases: [unknown, string[]][] = [
      [{ ...jose, contact: { email: 'nobody' } }, ['contact.email']],
      [{ ...jose, languages: [] }, ['languages']],
      [{ ...jose, expertise: { policyAreas: ['sports'] } }, ['expertise.policyAreas.0']],
      [{ ...jose, colour: 'blue' }, ['colour']],
      [{ ...jose, name: '' }, ['name']],
      [{ ...jose, regionCode: 'catalonia' }, ['regionCode']],
      [{ ...jose, contact: { phone: 'call me' } }, ['contact.phone']],
    ];
    for (const [payload, fields] of cases) {
      const problem = expectProblem(await write('POST', '/api/v1/experts', admin, payload), 400);
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(payload),
      ).toEqual(fields);
      expect(problem.errors?.[0]?.in).toBe('body');
    }
    const unknownRegion = expectProblem(
      await write('POST', '/api/v1/experts', admin, { ...jose, regionCode: 'ZZ99' }),
      422,
    );
    expect(unknownRegion.errors?.[0]).toMatchObject({ field: 'regionCode', pointer: '/regionCode' });
    const url = `/api/v1/experts/${ids.anna}`;
    expect(expectProblem(await write('PATCH', url, admin, {}), 400).errors?.map((e) => e.field)).toEqual([
      '',
    ]);
    expect(
      expectProblem(await write('PATCH', url, admin, { regionCode: 'ZZ99' }), 422).errors?.[0]?.field,
    ).toBe('regionCode');
    expect(expectProblem(await write('PATCH', url, admin, { practiceIds: [] }), 400).errors?.[0]?.field).toBe(
      'practiceIds',
    );
    expectProblem(
      await write('PATCH', '/api/v1/experts/00000000-0000-4000-8000-000000000000', admin, { name: 'X' }),
      404,
    );
    expect(await expertAudit()).toHaveLength(before.length);
  });

  it('patches fields, keeps expertise lists left out, and audits field names only', async () => {
    const response = await write('PATCH', `/api/v1/experts/${ids.anna}`, coordinator, {
      expertise: { methods: ['peer groups'] },
      contact: { email: 'anna.new@example.org' },
      organisation: null,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<ExpertBody>();
    expect(body.expertise).toEqual({ ...anna.expertise, methods: ['peer groups'] });
    expect(body.contact).toEqual({ email: 'anna.new@example.org' });
    expect(body.organisation).toBeUndefined();
    const events = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'expert'), eq(auditEvents.entityId, ids.anna!)))
      .orderBy(auditEvents.id);
    const update = events.at(-1);
    expect(update).toMatchObject({ action: 'update', actorId: coordinator.userId });
    expect(update?.after).toMatchObject({ changedFields: ['contact', 'expertise', 'organisation'] });
    expect(JSON.stringify(update)).not.toContain('anna.new@');
  });

  it('soft-deletes: the expert disappears from the directory but the row stays', async () => {
    const created = await write('POST', '/api/v1/experts', editorES51, {
      ...marta,
      name: 'Short Lived',
      regionCode: 'ES51',
    });
    const id = created.json<ExpertBody>().id;
    expect((await list('?q=short')).total).toBe(1);
    const removed = await write('DELETE', `/api/v1/experts/${id}`, editorES51);
    expect(removed.statusCode).toBe(204);
    expect((await list('?q=short')).total).toBe(0);
    expectProblem(await get(`/api/v1/experts/${id}`), 404);
    expectProblem(await write('DELETE', `/api/v1/experts/${id}`, editorES51), 404);
    expectProblem(await write('PATCH', `/api/v1/experts/${id}`, admin, { name: 'Back' }), 404);
    const [row] = await context.database.db.select().from(experts).where(eq(experts.id, id));
    expect(row?.deletedAt).not.toBeNull();
    const events = await context.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'expert'), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.id);
    expect(events.map((event) => event.action)).toEqual(['create', 'delete']);
    expect(events[1]?.after).toMatchObject({ deleted: true });
  });

  it('exports everything stored about an expert and erases it in place (GDPR, admins only)', async () => {
    const exported = await get(`/api/v1/experts/${ids.jose}/personal-data`, admin);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['cache-control']).toBe('private, no-store');
    const data = exported.json<{
      expert: Record<string, unknown>;
      practices: { id: string; moderationStatus: string }[];
      auditEvents: { action: string }[];
    }>();
    expect(data.expert).toMatchObject({
      id: ids.jose,
      name: jose.name,
      organisation: jose.organisation,
      email: jose.contact.email,
      phone: jose.contact.phone,
      regionCode: 'ES51',
      languages: jose.languages,
      contactConsent: false,
      deletedAt: null,
    });
    expect(data.practices.map((p) => p.id).sort()).toEqual([publishedPracticeId, draftPracticeId].sort());
    expect(data.auditEvents.map((e) => e.action)).toEqual(['create', 'update']);

    const erased = await write('POST', `/api/v1/experts/${ids.jose}/erase`, admin);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ id: ids.jose, erased: true });

    const [row] = await context.database.db.select().from(experts).where(eq(experts.id, ids.jose!));
    expect(row).toMatchObject({
      name: 'Erased expert',
      organisation: null,
      email: null,
      phone: null,
      bio: null,
      contactConsent: false,
      regionCode: 'ES51',
    });
    expect(row?.deletedAt).not.toBeNull();
    expect(
      await context.database.db.select().from(expertPractices).where(eq(expertPractices.expertId, ids.jose!)),
    ).toHaveLength(0);
    expectProblem(await get(`/api/v1/experts/${ids.jose}`), 404);
    expect((await list('?q=jose')).total).toBe(0);

    const after = (await get(`/api/v1/experts/${ids.jose}/personal-data`, admin)).json<typeof data>();
    expect(after.expert).toMatchObject({ name: 'Erased expert', email: null, phone: null });
    expect(after.practices).toEqual([]);
    expect(after.auditEvents.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    // Erasing again is harmless; an unknown id is 404.
    expect((await write('POST', `/api/v1/experts/${ids.jose}/erase`, admin)).statusCode).toBe(200);
    expectProblem(
      await write('POST', '/api/v1/experts/00000000-0000-4000-8000-000000000000/erase', admin),
      404,
    );
  });

  it('never writes personal data into the audit log', async () => {
    const events = await expertAudit();
    expect(events.length).toBeGreaterThan(10);
    const text = JSON.stringify(events.map((event) => [event.before, event.after]));
    for (const personal of PERSONAL_STRINGS) expect(text, personal).not.toContain(personal);
  });

  it('documents the routes in OpenAPI under the experts tag', async () => {
    const spec = (await get('/api/openapi.json')).json<{
      tags: { name: string }[];
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(spec.tags.map((tag) => tag.name)).toContain('experts');
    expect(Object.keys(spec.paths['/api/v1/experts/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(spec.paths['/api/v1/experts/{id}/erase']?.post?.tags).toEqual(['experts']);
    expect(spec.paths['/api/v1/experts/{id}/personal-data']?.get).toBeDefined();
    expect(spec.paths['/api/v1/experts/{id}/practices']?.put).toBeDefined();
  });
});
