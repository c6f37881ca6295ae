import { frameworks } from '@regin/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

const en = (text: string) => ({ source: 'en', text: { en: text } });

function smallFramework(overrides: Record<string, unknown> = {}) {
  return {
    id: 'partner-framework',
    version: '2.0.0',
    name: en('Partner framework'),
    illustrative: false,
    axes: [
      {
        id: 'area',
        name: en('Area'),
        values: [
          { id: 'housing', label: en('Housing') },
          { id: 'health', label: en('Health') },
        ],
      },
    ],
    indicators: [
      {
        code: 'H-1',
        kind: 'policy',
        question: en('Is there a housing strategy?'),
        options: [
          { id: 'yes', label: en('Yes'), score: 100 },
          { id: 'no', label: en('No'), score: 0 },
        ],
        tags: { area: 'housing' },
      },
      {
        code: 'H-2',
        kind: 'policy',
        question: en('Are health services interpreted?'),
        options: [
          { id: 'yes', label: en('Yes'), score: 100 },
          { id: 'partly', label: en('Partly'), score: 50 },
          { id: 'no', label: en('No'), score: 0 },
        ],
        tags: { area: 'health' },
      },
    ],
    ...overrides,
  };
}

describe('frameworks', () => {
  let context: TestContext;
  let coordinator: SignedIn;
  beforeAll(async () => {
    context = await createTestApp();
    coordinator = await signIn(context, ['coordinator']);
  });
  afterAll(async () => {
    await context.close();
  });

  const importFramework = (framework: unknown, who: SignedIn | null = coordinator) =>
    context.app.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      ...(who ? { headers: who.headers } : {}),
      payload: { format: 'json', framework },
    });

  it('lists the seeded REGIN Lab framework and says what it is modelled on', async () => {
    const list = (await context.app.inject({ method: 'GET', url: '/api/v1/frameworks' })).json<{
      items: { id: string; indicatorCount: number }[];
    }>();
    expect(list.items.find((f) => f.id === 'regin-lab-mipex-r')?.indicatorCount).toBeGreaterThanOrEqual(60);
    const one = (
      await context.app.inject({ method: 'GET', url: '/api/v1/frameworks/regin-lab-mipex-r' })
    ).json<{
      framework: { modelledOn: string; axes: { id: string }[] };
    }>();
    expect(one.framework.modelledOn).toMatch(/MIPEX-R/);
    expect(one.framework.modelledOn).toMatch(/not the official/i);
    expect(one.framework.axes.map((a) => a.id).sort()).toEqual([
      'governance_element',
      'policy_area',
      'policy_cycle',
      'target_group',
    ]);
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/v1/frameworks/unknown-one' }), 404);
  });

  it('imports a valid framework for coordinators only', async () => {
    expectProblem(await importFramework(smallFramework(), null), 401);
    const editor = await signIn(context, ['regional_editor'], ['ES51']);
    expectProblem(await importFramework(smallFramework(), editor), 403);
    const created = await importFramework(smallFramework());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      summary: { id: 'partner-framework', version: '2.0.0', indicatorCount: 2 },
    });
    const again = expectProblem(await importFramework(smallFramework()), 409);
    expect(again.errors?.[0]?.field).toBe('version');
  });

  it('refuses a broken framework naming each indicator and field, and stores nothing', async () => {
    const broken = smallFramework({ id: 'broken-framework' }) as { indicators: Record<string, unknown>[] };
    broken.indicators.push({ ...broken.indicators[0], question: en('Duplicate') });
    (broken.indicators[1] as { options: { score: number }[] }).options[0]!.score = 140;
    broken.indicators.push({
      code: 'X-1',
      kind: 'policy',
      question: en('Tagged on an unknown axis'),
      options: [
        { id: 'a', label: en('A'), score: 100 },
        { id: 'b', label: en('B'), score: 0 },
      ],
      tags: { colour: 'blue' },
    });
    const before = await context.database.db.select().from(frameworks);
    const problem = expectProblem(await importFramework(broken), 400);
    const details = (problem.errors ?? []).map((e) => `${e.field}: ${e.detail}`).join('\n');
    expect(details).toMatch(/H-1/);
    expect(details).toMatch(/H-2.*(100|140)/s);
    expect(details).toMatch(/X-1.*colour/s);
    expect(problem.errors?.some((e) => e.field.includes('options.0.score'))).toBe(true);
    expect(await context.database.db.select().from(frameworks)).toHaveLength(before.length);
  });
});
