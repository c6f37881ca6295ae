import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, migrationsFolder, queryRows } from './client.js';
import { auditEvents } from './schema/index.js';
import { createTestDatabase } from './testing.js';

describe('migrations from an empty database', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('creates every table, the extensions and the unaccent wrapper', async () => {
    await handle.migrate();
    const tables = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = tables.map((row) => row.table_name);
    for (const expected of [
      'regions',
      'users',
      'sessions',
      'rate_limit_hits',
      'audit_events',
      'frameworks',
      'assessments',
      'answers',
      'outcome_observations',
      'practices',
      'practice_regions',
      'practice_versions',
      'experts',
      'integration_actions',
      'evaluations',
      'action_evaluators',
      'search_words',
      'toolkit_modules',
    ]) {
      expect(names).toContain(expected);
    }
    const folded = await queryRows<{ v: string }>(
      handle.db,
      sql`select immutable_unaccent('Skåne Cataluña') as v`,
    );
    expect(folded[0]?.v).toBe('Skane Cataluna');
    const similarity = await queryRows<{ s: number }>(
      handle.db,
      sql`select similarity('housing', 'housign') as s`,
    );
    expect(Number(similarity[0]?.s)).toBeGreaterThan(0.3);
  });

  it('is a no-op when run again', async () => {
    await handle.migrate();
    const applied = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const files = readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql'));
    expect(applied[0]?.n).toBe(files.length);
  });

  it("searches accent-insensitively with each language's stemmer", async () => {
    const match = async (config: string, text: string, query: string) => {
      const [row] = await queryRows<{ m: boolean }>(
        handle.db,
        sql`select to_tsvector(${config}::regconfig, ${text}) @@ websearch_to_tsquery(${config}::regconfig, ${query}) as m`,
      );
      return row?.m;
    };
    expect(await match('regin_ca', 'Habitatge per a famílies a Catalunya', 'families')).toBe(true);
    expect(await match('regin_es', 'Programas de vivienda en Andalucía', 'programa andalucia')).toBe(true);
    expect(await match('regin_en', 'Housing programmes for refugees', '"housing programme"')).toBe(true);
    expect(await match('regin_en', 'Housing programmes for refugees', 'housing -refugee')).toBe(false);
    expect(await match('regin_sv', 'Hälsokommunikatörer i Skåne', 'skane')).toBe(true);
  });

  it('keeps the audit log append-only', async () => {
    await handle.db.insert(auditEvents).values({ action: 'create', entityType: 'region', entityId: 'ES51' });
    await expect(handle.db.update(auditEvents).set({ action: 'delete' })).rejects.toThrow();
    await expect(handle.db.delete(auditEvents)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const rows = await handle.db.select().from(auditEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.action).toBe('create');
  });
});
