import { actionEvaluators, users } from '@regin/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

const t = (en: string) => ({ source: 'en', text: { en } });

function action(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: 'ES51',
    title: t('Mentoring for young newcomers'),
    addressedGaps: [{ axis: 'policy_area', value: 'labour_market' }],
    objectives: [{ id: 'OB1', text: t('More young newcomers in work') }],
    logicModel: {
      inputs: [{ id: 'I1', text: t('Budget') }],
      activities: [{ id: 'A1', text: t('Match mentors') }],
      outputs: [{ id: 'O1', activityId: 'A1', text: t('Pairs formed') }],
      outcomes: [{ id: 'OC1', text: t('Jobs found') }],
      impact: [{ id: 'IM1', text: t('Inclusion') }],
    },
    kpis: [
      {
        id: 'K1',
        name: t('Young people in work'),
        unit: 'people',
        direction: 'higher_is_better',
        baseline: { value: 10, year: 2024 },
        target: { value: 110, year: 2026 },
        measurements: [],
        outcomeId: 'OC1',
      },
    ],
    timeline: { start: '2024-01-01', end: '2026-12-31' },
    status: 'ongoing',
    illustrative: false,
    ...overrides,
  };
}

describe('integration actions and evaluations', () => {
  let context: TestContext;
  let editor: SignedIn;
  let coordinator: SignedIn;
  let evaluator: SignedIn;
  let actionId: string;
  beforeAll(async () => {
    context = await createTestApp();
    editor = await signIn(context, ['regional_editor'], ['ES51']);
    coordinator = await signIn(context, ['coordinator']);
    evaluator = await signIn(context, ['evaluator']);
  });
  afterAll(async () => {
    await context.close();
  });

  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
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

  it('lists the six illustrative pilot actions with KPI progress; Skåne runs the health-communication testbed', async () => {
    const list = (await inject('GET', '/api/v1/actions')).json<{
      items: { regionCode: string; title: { text: { en: string } }; progress: { status: string }[] }[];
    }>();
    expect(list.items.map((item) => item.regionCode).sort()).toEqual([
      'ES51',
      'ES62',
      'ITF3',
      'ITF4',
      'PT20',
      'SE224',
    ]);
    const skane = list.items.find((item) => item.regionCode === 'SE224');
    expect(skane?.title.text.en).toMatch(/health communicators/i);
    expect(skane?.progress.map((p) => p.status)).toEqual(['achieved', 'achieved']);
  });

  it('refuses a dangling output, an unmeasured outcome, a target equal to its baseline and a measurement before the start, naming the item', async () => {
    const dangling = action({
      logicModel: { ...action().logicModel, outputs: [{ id: 'O1', activityId: 'A9', text: t('Pairs') }] },
    });
    const problem = expectProblem(await inject('POST', '/api/v1/actions', editor, dangling), 400);
    expect(problem.errors?.map((e) => e.field)).toContain('logicModel.outputs.0.activityId');
    expect(problem.errors?.map((e) => e.detail).join(' ')).toMatch(/A9/);
    const unmeasured = action({ kpis: [] });
    expect(expectProblem(await inject('POST', '/api/v1/actions', editor, unmeasured), 400).detail).toMatch(
      /problem/,
    );
    const flat = action({ kpis: [{ ...action().kpis[0], target: { value: 10, year: 2026 } }] });
    expect(
      JSON.stringify(expectProblem(await inject('POST', '/api/v1/actions', editor, flat), 400).errors),
    ).toMatch(/target equals baseline/);
    const early = action({
      kpis: [{ ...action().kpis[0], measurements: [{ date: '2023-05-01', value: 12 }] }],
    });
    expect(
      JSON.stringify(expectProblem(await inject('POST', '/api/v1/actions', editor, early), 400).errors),
    ).toMatch(/before the action started/);
  });

  it("lets regional editors write only their own region's actions", async () => {
    expectProblem(await inject('POST', '/api/v1/actions', null, action()), 401);
    expectProblem(await inject('POST', '/api/v1/actions', editor, action({ regionCode: 'ITF4' })), 403);
    expectProblem(await inject('POST', '/api/v1/actions', evaluator, action()), 403);
    const created = await inject('POST', '/api/v1/actions', editor, action());
    expect(created.statusCode, created.body).toBe(201);
    actionId = created.json<{ id: string }>().id;
    const other = await signIn(context, ['regional_editor'], ['ITF4']);
    expectProblem(await inject('PUT', `/api/v1/actions/${actionId}`, other, action()), 403);
    expectProblem(
      await inject('PUT', `/api/v1/actions/${actionId}`, editor, action({ regionCode: 'ITF4' })),
      403,
    );
  });

  it('records measurements and computes progress; breakdowns must add up', async () => {
    // Baseline 10, target 110: a measurement of 60 is (60 − 10) / (110 − 10) = 50 % of the way.
    const saved = await inject('POST', `/api/v1/actions/${actionId}/kpis/K1/measurements`, editor, {
      date: '2025-06-30',
      value: 60,
      breakdown: { sex: { F: 31, M: 29 } },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(
      saved.json<{ progress: { progress: number; latest: { value: number } } }>().progress,
    ).toMatchObject({ progress: 0.5, latest: { value: 60 } });
    const wrongSum = await inject('POST', `/api/v1/actions/${actionId}/kpis/K1/measurements`, editor, {
      date: '2025-12-31',
      value: 70,
      breakdown: { sex: { F: 31, M: 29 } },
    });
    expect(expectProblem(wrongSum, 400).detail).toMatch(/sex/);
    expectProblem(
      await inject('POST', `/api/v1/actions/${actionId}/kpis/K1/measurements`, editor, {
        date: '2025-06-30',
        value: 61,
      }),
      409,
    );
    expectProblem(
      await inject('POST', `/api/v1/actions/${actionId}/kpis/K9/measurements`, editor, {
        date: '2025-07-30',
        value: 61,
      }),
      404,
    );
  });

  it('corrects and removes a measurement, in the editor’s own region only, keeping one per date', async () => {
    const url = (date: string) => `/api/v1/actions/${actionId}/kpis/K1/measurements/${date}`;
    const other = await signIn(context, ['regional_editor'], ['ITF4']);
    const add = await inject('POST', `/api/v1/actions/${actionId}/kpis/K1/measurements`, editor, {
      date: '2025-09-30',
      value: 75,
    });
    expect(add.statusCode, add.body).toBe(201);
    const correction = { date: '2025-09-30', value: 85, note: 'Two late registrations counted' };
    expectProblem(await inject('PUT', url('2025-09-30'), null, correction), 401);
    expectProblem(await inject('PUT', url('2025-09-30'), other, correction), 403);
    expectProblem(await inject('PUT', url('2025-09-30'), evaluator, correction), 403);
    expectProblem(await inject('DELETE', url('2025-09-30'), other), 403);
    expectProblem(await inject('DELETE', url('2025-09-30'), null), 401);

    // Baseline 10, target 110: the corrected 85 is (85 − 10) / 100 = 75 % of the way.
    const corrected = await inject('PUT', url('2025-09-30'), editor, correction);
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({
      kpi: { measurements: [{ date: '2025-06-30', value: 60 }, correction] },
      progress: { progress: 0.75, latest: { value: 85 } },
    });
    // Moving it onto another measurement's date, or before the start, is refused and changes nothing.
    const taken = expectProblem(
      await inject('PUT', url('2025-09-30'), editor, { date: '2025-06-30', value: 1 }),
      409,
    );
    expect(taken.errors?.[0]).toMatchObject({ field: 'date' });
    expect(
      expectProblem(await inject('PUT', url('2025-09-30'), editor, { date: '2023-12-31', value: 85 }), 400)
        .detail,
    ).toMatch(/before the action started/);
    expect(
      expectProblem(
        await inject('PUT', url('2025-09-30'), editor, {
          date: '2025-09-30',
          value: 85,
          breakdown: { sex: { F: 1 } },
        }),
        400,
      ).detail,
    ).toMatch(/sex/);
    expectProblem(await inject('PUT', url('2025-10-01'), editor, correction), 404);
    expectProblem(await inject('PUT', url('not-a-date'), editor, correction), 400);

    // The date can be corrected too.
    const moved = await inject('PUT', url('2025-09-30'), editor, { ...correction, date: '2025-10-15' });
    expect(moved.statusCode, moved.body).toBe(200);
    const removed = await inject('DELETE', url('2025-10-15'), editor);
    expect(removed.statusCode, removed.body).toBe(204);
    expectProblem(await inject('DELETE', url('2025-10-15'), editor), 404);
    const after = (await inject('GET', `/api/v1/actions/${actionId}`)).json<{
      kpis: { measurements: { date: string; value: number }[] }[];
    }>();
    expect(after.kpis[0]?.measurements).toEqual([
      { date: '2025-06-30', value: 60, breakdown: { sex: { F: 31, M: 29 } } },
    ]);
    // A coordinator may correct any region's figures.
    const byCoordinator = await inject('PUT', url('2025-06-30'), coordinator, {
      date: '2025-06-30',
      value: 62,
    });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
  });

  it('lists the enabled evaluators to admins and coordinators, who assign them', async () => {
    const retired = await signIn(context, ['evaluator'], [], { email: 'retired.evaluator@example.org' });
    await context.database.db.update(users).set({ disabled: true }).where(eq(users.id, retired.userId));
    expectProblem(await inject('GET', '/api/v1/evaluators', null), 401);
    expectProblem(await inject('GET', '/api/v1/evaluators', editor), 403);
    expectProblem(await inject('GET', '/api/v1/evaluators', evaluator), 403);
    const listed = await inject('GET', '/api/v1/evaluators', coordinator);
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json<{ items: { id: string; name: string; email: string }[] }>().items;
    expect(items.map((item) => item.id)).toContain(evaluator.userId);
    expect(items.map((item) => item.id)).not.toContain(retired.userId);
    expect(items.map((item) => item.id)).not.toContain(editor.userId);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['email', 'id', 'name']);
  });

  it('only assigned evaluators evaluate; drafts stay private until final', async () => {
    expectProblem(
      await inject('POST', `/api/v1/actions/${actionId}/evaluations`, evaluator, { date: '2026-01-15' }),
      403,
    );
    expectProblem(
      await inject('PUT', `/api/v1/actions/${actionId}/evaluators`, editor, { userIds: [evaluator.userId] }),
      403,
    );
    expectProblem(
      await inject('PUT', `/api/v1/actions/${actionId}/evaluators`, coordinator, {
        userIds: [editor.userId],
      }),
      422,
    );
    expect(
      (
        await inject('PUT', `/api/v1/actions/${actionId}/evaluators`, coordinator, {
          userIds: [evaluator.userId],
        })
      ).statusCode,
    ).toBe(200);
    const draft = await inject('POST', `/api/v1/actions/${actionId}/evaluations`, evaluator, {
      date: '2026-01-15',
      ratings: [{ criterion: 'relevance', rating: 4, evidence: 'Interviews with 12 participants.' }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const evaluationId = draft.json<{ id: string }>().id;
    const publicView = (await inject('GET', `/api/v1/actions/${actionId}`)).json<{
      evaluations: unknown[];
    }>();
    expect(publicView.evaluations).toHaveLength(0);
    const badRating = await inject('PATCH', `/api/v1/evaluations/${evaluationId}`, evaluator, {
      ratings: [{ criterion: 'relevance', rating: 5, evidence: 'x' }],
    });
    expect(expectProblem(badRating, 400).errors?.[0]?.field).toBe('ratings.0.rating');
    const final = await inject('PATCH', `/api/v1/evaluations/${evaluationId}`, evaluator, {
      status: 'final',
      findings: [t('Mentors matter.')],
    });
    expect(final.statusCode, final.body).toBe(200);
    expect(final.json()).toMatchObject({ status: 'final', summary: { mean: 4 } });
    expectProblem(
      await inject('PATCH', `/api/v1/evaluations/${evaluationId}`, evaluator, { status: 'draft' }),
      409,
    );
    const after = (await inject('GET', `/api/v1/actions/${actionId}`)).json<{ evaluations: unknown[] }>();
    expect(after.evaluations).toHaveLength(1);
    const assigned = await context.database.db.select().from(actionEvaluators);
    expect(assigned.some((row) => row.userId === evaluator.userId)).toBe(true);
  });

  it('prints an evaluation report and a regional policy brief in English and Catalan', async () => {
    const skane = (await inject('GET', '/api/v1/actions?region=SE224')).json<{ items: { id: string }[] }>()
      .items[0]!;
    const report = await inject('GET', `/api/v1/actions/${skane.id}/report?lang=ca`);
    expect(report.headers['content-type']).toContain('text/html');
    expect(report.body).toContain('<html lang="ca">');
    expect(report.body).toContain('Informe d&#39;avaluació');
    expect(report.body).toContain('Dades il·lustratives');
    expect(report.body).not.toMatch(/<script/i);
    const brief = await inject('GET', '/api/v1/regions/ES51/brief?lang=en');
    expect(brief.statusCode).toBe(200);
    expect(brief.body).toContain('Regional policy brief: Cataluña');
    expect(brief.body).toMatch(/Labour market/);
    expect(brief.body).toMatch(/Robotics and programming workshops/);
    expect(brief.body).toContain('Illustrative data');
    const briefCa = await inject('GET', '/api/v1/regions/ES51/brief?lang=ca');
    expect(briefCa.body).toContain('Informe de política regional');
    expect(briefCa.body).toContain('Mercat de treball');
    expectProblem(await inject('GET', '/api/v1/regions/ES51/brief?lang=fr'), 400);
    expectProblem(await inject('GET', '/api/v1/regions/ZZ9/brief'), 404);
  });

  it('suggests policy areas to act on, with peer regions and practices', async () => {
    const response = await inject('GET', '/api/v1/regions/ITF4/action-suggestions');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      areas: { policyArea: string; peers: { regionCode: string; score: number }[]; score: number }[];
    }>();
    expect(body.areas.length).toBeGreaterThan(0);
    for (const area of body.areas)
      for (const peer of area.peers) expect(peer.score).toBeGreaterThan(area.score);
  });
});

describe('toolkit', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await context.close();
  });

  it("lists both tracks' modules and serves a module in Catalan, falling back to English", async () => {
    const list = (await context.app.inject({ method: 'GET', url: '/api/v1/toolkit/modules?lang=ca' })).json<{
      items: { slug: string; track: string; language: string }[];
    }>();
    const tracks = new Set(list.items.map((item) => item.track));
    expect(tracks).toEqual(new Set(['stakeholders', 'regional_staff']));
    expect(list.items.filter((item) => item.track === 'stakeholders').length).toBeGreaterThanOrEqual(4);
    expect(list.items.filter((item) => item.track === 'regional_staff').length).toBeGreaterThanOrEqual(4);
    const slug = list.items[0]!.slug;
    const ca = (
      await context.app.inject({ method: 'GET', url: `/api/v1/toolkit/modules/${slug}?lang=ca` })
    ).json<{ language: string; isFallback: boolean }>();
    expect(ca).toMatchObject({ language: 'ca', isFallback: false });
    const es = (
      await context.app.inject({ method: 'GET', url: `/api/v1/toolkit/modules/${slug}?lang=es` })
    ).json<{ language: string; isFallback: boolean }>();
    expect(es).toMatchObject({ language: 'en', isFallback: true });
    expectProblem(
      await context.app.inject({ method: 'GET', url: '/api/v1/toolkit/modules/no-such-module' }),
      404,
    );
    const pack = await context.app.inject({
      method: 'GET',
      url: '/api/v1/toolkit/tracks/regional_staff/pack?lang=ca',
    });
    expect(pack.headers['content-type']).toContain('text/html');
    expect(pack.body).not.toMatch(/<script/i);
  });
});
