import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestContext } from './helpers.js';

describe('the Integration Lab demo data through the API', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp();
  });
  afterAll(async () => {
    await context.close();
  });

  const get = async <T>(url: string, headers: Record<string, string> = {}) => {
    const response = await context.app.inject({ method: 'GET', url, headers });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };

  it('publishes 160+ illustrative practices in five or more languages, a fair share failed or mixed', async () => {
    const all = await get<{ total: number; facets: Record<string, { value: string; count: number }[]> }>(
      '/api/v1/practices?limit=1',
    );
    expect(all.total).toBeGreaterThanOrEqual(160);
    const results = Object.fromEntries((all.facets.result ?? []).map((f) => [f.value, f.count]));
    expect(((results.failed ?? 0) + (results.mixed ?? 0)) / all.total).toBeGreaterThan(0.25);
    expect(all.facets.country?.length).toBeGreaterThanOrEqual(7);
    const json = await get<{ items: { title: { source: string }; illustrative: boolean }[] }>(
      '/api/v1/practices.json',
    );
    expect(new Set(json.items.map((p) => p.title.source)).size).toBeGreaterThanOrEqual(5);
    expect(json.items.every((p) => p.illustrative)).toBe(true);
  });

  it('finds housing practices in several languages from one English word, and Catalan ones in Catalan', async () => {
    const housing = await get<{ total: number; items: { title: { source: string } }[] }>(
      '/api/v1/practices?q=housing&limit=100',
    );
    expect(housing.total).toBeGreaterThan(5);
    expect(new Set(housing.items.map((item) => item.title.source)).size).toBeGreaterThan(2);
    const catalan = await get<{ total: number }>('/api/v1/practices?q=habitatge&lang=ca');
    expect(catalan.total).toBeGreaterThan(0);
  });

  it('lists 40 experts and a non-empty moderation queue', async () => {
    const experts = await get<{ total: number }>('/api/v1/experts?limit=1');
    expect(experts.total).toBe(40);
    const moderator = await signIn(context, ['moderator']);
    const queue = await get<{ total: number }>('/api/v1/moderation/practices', { cookie: moderator.cookie });
    expect(queue.total).toBeGreaterThanOrEqual(3);
  });

  it("lists practices to learn from in a region's policy brief", async () => {
    const brief = await context.app.inject({ method: 'GET', url: '/api/v1/regions/ITF4/brief?lang=en' });
    expect(brief.body).toMatch(/Practices to learn from<\/h2><ul><li>/);
  });
});
