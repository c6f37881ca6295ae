import { type PracticeSearchQuery, practiceSearchQuerySchema } from '@regin/api-contract';
import { type Executor, queryRows } from '@regin/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPractices } from '../src/modules/practices/search.js';
import { createTestApp, type TestContext } from './helpers.js';

/**
 * The search index lives in each API process; these tests prove every process sees every committed change
 * to practices, whoever wrote it, through practice_search_changes.
 */
const housing = practiceSearchQuerySchema.parse({ q: 'housing', limit: 100 }) as PracticeSearchQuery;
const everything = practiceSearchQuerySchema.parse({ limit: 100 }) as PracticeSearchQuery;

async function hits(db: Executor, query: PracticeSearchQuery) {
  const result = await searchPractices(db, query);
  return { total: result.total, ids: result.items.map((item) => item.id) };
}

describe('search index kept in step with the database', () => {
  let ctx: TestContext;
  let primary: Executor;
  /** A second "replica": the same database through another object, so it builds an index of its own. */
  let replica: Executor;

  beforeAll(async () => {
    ctx = await createTestApp();
    primary = ctx.database.db;
    replica = Object.create(primary) as Executor;
  });
  afterAll(async () => ctx?.close());

  it('shows a change made behind its back (SQL, another process) to every replica', async () => {
    const before = await hits(primary, housing);
    expect(before.total).toBeGreaterThan(3);
    expect(await hits(replica, housing)).toEqual(before);
    const gone = before.ids[0] as string;

    await primary.execute(sql`update practices set deleted_at = now() where id = ${gone}::uuid`);
    for (const db of [primary, replica]) {
      const after = await hits(db, housing);
      expect(after.total).toBe(before.total - 1);
      expect(after.ids).not.toContain(gone);
    }

    await primary.execute(sql`update practices set deleted_at = null where id = ${gone}::uuid`);
    expect(await hits(replica, housing)).toEqual(before);
    expect(await hits(primary, housing)).toEqual(before);
  });

  it('updates facet counts and the landing page when a practice changes its policy areas', async () => {
    const before = await searchPractices(replica, everything);
    const [target] = await queryRows<{ id: string; policy_areas: string[] }>(
      primary,
      sql`select id, policy_areas from practices where moderation_status = 'published' and deleted_at is null
          and not ('probe_area' = any(policy_areas)) order by id limit 1`,
    );
    if (!target) throw new Error('no practice to change');
    const probe = (result: typeof before) =>
      result.facets.policyArea?.find((entry) => entry.value === 'probe_area')?.count ?? 0;

    await primary.execute(
      sql`update practices set policy_areas = array_append(policy_areas, 'probe_area') where id = ${target.id}::uuid`,
    );
    const after = await searchPractices(replica, everything);
    expect(after.total).toBe(before.total);
    expect(probe(after)).toBe(probe(before) + 1);

    await primary.execute(
      sql`update practices set policy_areas = array_remove(policy_areas, 'probe_area') where id = ${target.id}::uuid`,
    );
    expect(probe(await searchPractices(replica, everything))).toBe(probe(before));
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))(
  'search index and concurrent transactions (PostgreSQL)',
  () => {
    let ctx: TestContext;

    beforeAll(async () => {
      ctx = await createTestApp();
    });
    afterAll(async () => ctx?.close());

    it('applies a change whose transaction commits after a later one was already seen', async () => {
      const { db } = ctx.database;
      const before = await hits(db, housing);
      const [first, second] = before.ids as [string, string];

      await db.transaction(async (tx) => {
        // Written first, committed last.
        await tx.execute(sql`update practices set deleted_at = now() where id = ${first}::uuid`);
        // Another connection: written and committed while the transaction above is still open.
        await db.execute(sql`update practices set deleted_at = now() where id = ${second}::uuid`);
        const during = await hits(db, housing);
        expect(during.ids).toContain(first);
        expect(during.ids).not.toContain(second);
      });

      const after = await hits(db, housing);
      expect(after.ids).not.toContain(first);
      expect(after.ids).not.toContain(second);
      expect(after.total).toBe(before.total - 2);
    });
  },
);
