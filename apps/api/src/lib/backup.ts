import type { ExportBundle } from '@regin/api-contract';
import {
  actionEvaluators,
  answers,
  assessments,
  auditEvents,
  type Database,
  evaluations,
  expertPractices,
  experts,
  frameworks,
  integrationActions,
  outcomeObservations,
  practiceRegions,
  practices,
  practiceVersions,
  regions,
  toolkitModules,
  users,
} from '@regin/db';
import { count, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { HttpProblem } from './problem.js';

/**
 * Tables in foreign-key order. Sessions are left out (they are secrets and expire); search vectors and the
 * word list are left out because the search trigger rebuilds them on insert.
 */
const TABLES: { name: string; table: PgTable; skip?: readonly string[]; key?: readonly string[] }[] = [
  { name: 'regions', table: regions, key: ['code'] },
  { name: 'users', table: users, key: ['id'] },
  { name: 'frameworks', table: frameworks },
  { name: 'assessments', table: assessments },
  { name: 'answers', table: answers },
  { name: 'outcome_observations', table: outcomeObservations, skip: ['id'] },
  {
    name: 'practices',
    table: practices,
    skip: ['searchSource', 'searchEnglish', 'searchSimple', 'titlePlain'],
  },
  { name: 'practice_regions', table: practiceRegions },
  { name: 'practice_versions', table: practiceVersions },
  { name: 'experts', table: experts },
  { name: 'expert_practices', table: expertPractices },
  { name: 'integration_actions', table: integrationActions },
  { name: 'action_evaluators', table: actionEvaluators },
  { name: 'evaluations', table: evaluations },
  { name: 'toolkit_modules', table: toolkitModules },
  { name: 'audit_events', table: auditEvents, skip: ['id'] },
];

/** Content tables that must be empty before a restore: regions and users may already hold rows. */
const MUST_BE_EMPTY = TABLES.filter((entry) => !['regions', 'users', 'audit_events'].includes(entry.name));

export async function exportBundle(db: Database): Promise<ExportBundle> {
  const tables: ExportBundle['tables'] = {};
  for (const { name, table, skip = [] } of TABLES) {
    const rows = (await db.select().from(table)) as Record<string, unknown>[];
    tables[name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !skip.includes(key))),
    );
  }
  return { format: 'regin-lab-export', version: 1, exportedAt: new Date().toISOString(), tables };
}

export interface ImportReport {
  tables: Record<string, number>;
}

/**
 * Restores a bundle into an instance without content (regions and users may exist: rows with the same key
 * are kept as they are). All or nothing: one transaction.
 */
export async function importBundle(
  db: Database,
  bundle: ExportBundle,
  actorId: string | null,
): Promise<ImportReport> {
  const unknown = Object.keys(bundle.tables).filter((name) => !TABLES.some((entry) => entry.name === name));
  if (unknown.length) {
    throw new HttpProblem('validation', `Unknown tables in the bundle: ${unknown.join(', ')}`, [
      { in: 'body', field: 'tables', pointer: '/tables', detail: `unknown: ${unknown.join(', ')}` },
    ]);
  }
  return db.transaction(async (tx) => {
    for (const { name, table } of MUST_BE_EMPTY) {
      const [row] = await tx.select({ value: count() }).from(table);
      if ((row?.value ?? 0) > 0) {
        throw new HttpProblem(
          'conflict',
          `This instance already holds ${name}; restore into an empty instance (start it with REGIN_SEED=false)`,
        );
      }
    }
    const report: Record<string, number> = {};
    for (const { name, table, skip = [], key } of TABLES) {
      const rows = bundle.tables[name] ?? [];
      const columns = getTableColumns(table);
      const cleaned = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).filter(([column]) => column in columns && !skip.includes(column)),
        ),
      );
      let inserted = 0;
      for (let start = 0; start < cleaned.length; start += 500) {
        const chunk = cleaned.slice(start, start + 500);
        const query = tx.insert(table).values(chunk as never);
        const result = key ? await query.onConflictDoNothing().returning() : await query.returning();
        inserted += (result as unknown[]).length;
      }
      report[name] = inserted;
    }
    // Identity columns continue after the restored rows.
    await tx.execute(
      sql.raw(
        `select setval(pg_get_serial_sequence('${getTableName(auditEvents)}', 'id'), coalesce((select max(id) from audit_events), 0) + 1, false)`,
      ),
    );
    await tx.insert(auditEvents).values({
      actorId,
      action: 'import',
      entityType: 'backup',
      entityId: bundle.exportedAt,
      after: report,
    });
    return { tables: report };
  });
}
