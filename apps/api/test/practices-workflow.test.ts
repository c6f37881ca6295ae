import { auditEvents, practices, practiceVersions } from '@regin/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

const en = (text: string) => ({ source: 'en', text: { en: text } });

function content(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    title: en(`Practice ${slug}`),
    summary: en('Mentoring for newcomers looking for work.'),
    description: en('A longer description of the mentoring.'),
    lessons: en('Employers must be involved from the start.'),
    transferability: en('Works where volunteer networks exist.'),
    regionCodes: ['ES51'],
    location: { lat: 41.4, lon: 2.2 },
    policyAreas: ['labour_market'],
    targetGroups: ['tcn'],
    authorityRole: { kind: 'indirect', role: 'funding' },
    period: { start: '2021-01-01', end: '2023-12-31' },
    status: 'ended',
    result: 'mixed',
    contacts: [
      { name: 'Consenting Person', email: 'yes@example.org', consent: true },
      { name: 'Private Person', email: 'no@example.org', consent: false },
    ],
    illustrative: true,
    ...overrides,
  };
}

function submission(overrides: Record<string, unknown> = {}) {
  const { slug: _slug, contacts: _c, illustrative: _i, location: _l, ...fields } = content('x');
  return {
    ...fields,
    title: en('Community sponsorship in Murcia'),
    regionCodes: ['ES62'],
    submitter: { name: 'Ana', email: 'ana@example.org' },
    consent: true,
    ...overrides,
  };
}

describe('practice workflow', () => {
  let context: TestContext;
  let editor: SignedIn;
  let moderator: SignedIn;
  beforeAll(async () => {
    context = await createTestApp({ seed: 'regions' });
    editor = await signIn(context, ['regional_editor'], ['ES51']);
    moderator = await signIn(context, ['moderator']);
  });
  afterAll(async () => {
    await context.close();
  });

  const inject = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who?: SignedIn | null,
    payload?: object,
  ) =>
    context.app.inject({
      method,
      url,
      ...(who ? { headers: who.headers } : {}),
      ...(payload ? { payload } : {}),
    });

  it('a regional editor creates practices in their region only; the public never sees private contacts', async () => {
    expectProblem(await inject('POST', '/api/v1/practices', null, content('anon')), 401);
    expectProblem(
      await inject('POST', '/api/v1/practices', editor, content('puglia', { regionCodes: ['ITF4'] })),
      403,
    );
    const evaluator = await signIn(context, ['evaluator']);
    expectProblem(await inject('POST', '/api/v1/practices', evaluator, content('eval')), 403);
    const created = await inject('POST', '/api/v1/practices', editor, content('mentoring-bcn'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'mentoring-bcn',
      version: 1,
      moderationStatus: 'published',
    });
    const publicView = (await inject('GET', '/api/v1/practices/mentoring-bcn')).json<{
      contacts: { name: string }[];
    }>();
    expect(publicView.contacts.map((c) => c.name)).toEqual(['Consenting Person']);
    expectProblem(await inject('POST', '/api/v1/practices', editor, content('mentoring-bcn')), 409);
  });

  it('rejects bad content naming the field, and unknown regions', async () => {
    const badPeriod = expectProblem(
      await inject(
        'POST',
        '/api/v1/practices',
        editor,
        content('bad-period', { period: { start: '2023-01-01', end: '2021-01-01' } }),
      ),
      400,
    );
    expect(badPeriod.errors?.[0]?.field).toBe('period.end');
    const badRole = expectProblem(
      await inject(
        'POST',
        '/api/v1/practices',
        editor,
        content('bad-role', { authorityRole: { kind: 'direct', role: 'funding' } }),
      ),
      400,
    );
    expect(badRole.errors?.[0]?.field).toBe('authorityRole.role');
    const admin = await signIn(context, ['admin']);
    const unknown = expectProblem(
      await inject('POST', '/api/v1/practices', admin, content('nowhere', { regionCodes: ['ZZ9'] })),
      422,
    );
    expect(unknown.errors?.[0]?.field).toBe('regionCodes');
  });

  it('keeps every version and refuses stale edits', async () => {
    const [row] = await context.database.db
      .select()
      .from(practices)
      .where(eq(practices.slug, 'mentoring-bcn'));
    const id = row!.id;
    const updated = await inject('PATCH', `/api/v1/practices/${id}`, editor, {
      version: 1,
      result: 'successful',
      summary: en('Mentoring that led to jobs.'),
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      version: 2,
      result: 'successful',
      lessons: { text: { en: 'Employers must be involved from the start.' } },
    });
    const stale = expectProblem(
      await inject('PATCH', `/api/v1/practices/${id}`, editor, { version: 1, result: 'failed' }),
      409,
    );
    expect(stale.errors?.[0]?.field).toBe('version');
    expectProblem(
      await inject('PATCH', `/api/v1/practices/${id}`, editor, { version: 2, regionCodes: ['ITF4'] }),
      403,
    );
    const versions = (await inject('GET', `/api/v1/practices/${id}/versions`, editor)).json<{
      items: { version: number; data: { result: string } }[];
    }>();
    expect(versions.items.map((v) => [v.version, v.data.result])).toEqual([
      [2, 'successful'],
      [1, 'mixed'],
    ]);
    const other = await signIn(context, ['regional_editor'], ['ITF4']);
    expectProblem(
      await inject('PATCH', `/api/v1/practices/${id}`, other, { version: 2, result: 'failed' }),
      403,
    );
    const audit = await context.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id))
      .orderBy(auditEvents.id);
    expect(audit.map((event) => event.action)).toEqual(['create', 'update']);
  });

  it('takes public submissions into moderation; a moderator approves and it appears in search', async () => {
    const submitted = await inject('POST', '/api/v1/submissions', null, submission());
    expect(submitted.statusCode, submitted.body).toBe(202);
    const { id } = submitted.json<{ id: string }>();
    expectProblem(await inject('GET', `/api/v1/practices/${id}`), 404);
    const before = (await inject('GET', '/api/v1/practices?q=sponsorship')).json<{ total: number }>();
    expect(before.total).toBe(0);
    const queue = (await inject('GET', '/api/v1/moderation/practices', moderator)).json<{
      items: { id: string; submittedBy: { email: string } }[];
    }>();
    expect(queue.items.find((item) => item.id === id)?.submittedBy.email).toBe('ana@example.org');
    expectProblem(await inject('GET', '/api/v1/moderation/practices', editor), 403);
    expectProblem(await inject('POST', `/api/v1/practices/${id}/reject`, moderator, {}), 400);
    expect(
      (
        await inject('POST', `/api/v1/practices/${id}/request-changes`, moderator, {
          note: 'Add the budget.',
        })
      ).json(),
    ).toMatchObject({ moderationStatus: 'changes_requested', moderationNote: 'Add the budget.' });
    expect((await inject('POST', `/api/v1/practices/${id}/approve`, moderator)).json()).toMatchObject({
      moderationStatus: 'published',
    });
    const after = (await inject('GET', '/api/v1/practices?q=sponsorship')).json<{
      items: { id: string }[];
    }>();
    expect(after.items.map((item) => item.id)).toEqual([id]);
    expectProblem(await inject('POST', `/api/v1/practices/${id}/approve`, moderator), 409);
  });

  it('defends submissions: honeypot, size limit, consent, unknown fields', async () => {
    const count = async () => (await context.database.db.select().from(practices)).length;
    const before = await count();
    const bot = await inject(
      'POST',
      '/api/v1/submissions',
      null,
      submission({ website2: 'http://spam.example' }),
    );
    expect(bot.statusCode).toBe(202);
    expect(await count()).toBe(before);
    expectProblem(
      await inject('POST', '/api/v1/submissions', null, submission({ description: en('x'.repeat(70_000)) })),
      413,
    );
    expect(
      expectProblem(await inject('POST', '/api/v1/submissions', null, submission({ consent: false })), 400)
        .errors?.[0]?.field,
    ).toBe('consent');
    expect(
      expectProblem(await inject('POST', '/api/v1/submissions', null, submission({ admin: true })), 400)
        .errors?.[0]?.field,
    ).toBe('admin');
    expect(await count()).toBe(before);
  });

  it('never lets text become markup: snippets, feed and CSV escape it', async () => {
    const admin = await signIn(context, ['admin']);
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> housing';
    await inject(
      'POST',
      '/api/v1/practices',
      admin,
      content('evil-one', { title: en(`=HYPERLINK("x") ${evil}`), summary: en(evil) }),
    );
    const result = (await inject('GET', '/api/v1/practices?q=housing')).json<{
      items: { slug: string; snippet: string }[];
    }>();
    const snippet = result.items.find((item) => item.slug === 'evil-one')?.snippet ?? '';
    expect(snippet).toContain('&gt;');
    expect(snippet).not.toMatch(/<(script|img)/);
    expect(snippet).toMatch(/<mark>housing<\/mark>/);
    const feed = (await inject('GET', '/api/v1/feeds/practices.atom')).body;
    expect(feed).toContain('&lt;script&gt;');
    expect(feed).not.toContain('<script>');
    const csv = (await inject('GET', '/api/v1/practices.csv?q=housing')).body;
    expect(csv).toContain(`"'=HYPERLINK(""x"")`);
  });

  it('exports what the search shows as CSV, JSON and GeoJSON, and lists new practices in an Atom feed', async () => {
    const csv = await inject('GET', '/api/v1/practices.csv?region=ES51');
    expect(csv.headers['content-type']).toContain('text/csv');
    // A byte-order mark, so spreadsheets open the UTF-8 file with its accents intact.
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,slug,title,summary,regions/);
    const json = (await inject('GET', '/api/v1/practices.json?region=ES51')).json<{
      total: number;
      items: { contacts: { consent: boolean }[] }[];
    }>();
    expect(lines).toHaveLength(json.total + 1);
    expect(json.items.every((item) => item.contacts.every((c) => c.consent))).toBe(true);
    const geo = (await inject('GET', '/api/v1/practices.geojson?region=ES51')).json<{
      type: string;
      features: { geometry: { coordinates: number[] } }[];
    }>();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]?.geometry.coordinates).toEqual([2.2, 41.4]);
    const feed = await inject('GET', '/api/v1/feeds/practices.atom?lang=en');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed.body).toContain('mentoring-bcn');
  });

  it('withdraws a practice softly: hidden everywhere, versions kept', async () => {
    const [row] = await context.database.db
      .select()
      .from(practices)
      .where(eq(practices.slug, 'mentoring-bcn'));
    expectProblem(await inject('DELETE', `/api/v1/practices/${row!.id}`, editor), 403);
    expect((await inject('DELETE', `/api/v1/practices/${row!.id}`, moderator)).statusCode).toBe(204);
    expectProblem(await inject('GET', '/api/v1/practices/mentoring-bcn'), 404);
    const versions = await context.database.db
      .select()
      .from(practiceVersions)
      .where(eq(practiceVersions.practiceId, row!.id));
    expect(versions).toHaveLength(2);
  });
});
