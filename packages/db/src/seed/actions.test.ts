import { integrationActionContentSchema } from '@regin/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { evaluations, integrationActions } from '../schema/actions.js';
import { users } from '../schema/users.js';
import { createTestDatabase } from '../testing.js';
import { DEMO_ACTIONS, DEMO_EVALUATOR } from './actions.js';
import { seedDatabase } from './seed.js';

describe('demo integration actions', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('seeds one action per pilot region with KPIs, measurements and a final evaluation, once', async () => {
    const first = await seedDatabase(handle.db);
    expect(first).toMatchObject({ actionsInserted: 6, evaluationsInserted: 6 });
    const rows = await handle.db.select().from(integrationActions);
    expect(rows.map((row) => row.regionCode).sort()).toEqual([
      'ES51',
      'ES62',
      'ITF3',
      'ITF4',
      'PT20',
      'SE224',
    ]);
    expect(rows.every((row) => row.illustrative)).toBe(true);
    const skane = rows.find((row) => row.regionCode === 'SE224');
    expect(skane?.title.text.en).toMatch(/health/i);
    const finals = await handle.db.select().from(evaluations).where(eq(evaluations.status, 'final'));
    expect(finals).toHaveLength(6);
    const [evaluator] = await handle.db.select().from(users).where(eq(users.id, DEMO_EVALUATOR.id));
    expect(evaluator).toMatchObject({ disabled: true, roles: ['evaluator'] });
    const second = await seedDatabase(handle.db);
    expect(second).toMatchObject({ actionsInserted: 0, evaluationsInserted: 0 });
    expect(await handle.db.select().from(integrationActions)).toHaveLength(6);
  });

  it('holds actions that the domain schema accepts, each KPI tied to an outcome with measurements', () => {
    for (const { content } of DEMO_ACTIONS) {
      expect(integrationActionContentSchema.safeParse(content).success).toBe(true);
      for (const kpi of content.kpis) {
        expect(kpi.outcomeId).toBe('OC1');
        expect(kpi.measurements.length).toBeGreaterThan(0);
        expect(kpi.target.value).not.toBe(kpi.baseline.value);
      }
    }
  });
});
