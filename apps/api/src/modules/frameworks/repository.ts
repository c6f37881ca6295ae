import { type Executor, frameworks } from '@regin/db';
import type { Framework } from '@regin/domain';
import { and, desc, eq } from 'drizzle-orm';

export interface FrameworkSummary {
  id: string;
  version: string;
  name: Framework['name'];
  indicatorCount: number;
  illustrative: boolean;
  createdAt: string;
}

type FrameworkRow = typeof frameworks.$inferSelect;

export function toSummary(row: FrameworkRow): FrameworkSummary {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    indicatorCount: row.indicatorCount,
    illustrative: row.illustrative,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** Semver order, newest first, so "latest" does not depend on import order. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export async function listFrameworks(executor: Executor): Promise<FrameworkSummary[]> {
  const rows = await executor.select().from(frameworks).orderBy(frameworks.id, desc(frameworks.createdAt));
  return rows
    .map(toSummary)
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

export interface StoredFramework {
  framework: Framework;
  summary: FrameworkSummary;
}

/**
 * Frameworks are immutable once imported (a change is a new version), so parsed definitions are cached
 * per process without invalidation.
 */
const cache = new Map<string, StoredFramework>();

export async function findFramework(
  executor: Executor,
  id: string,
  version?: string,
): Promise<StoredFramework | undefined> {
  if (version) {
    const hit = cache.get(`${id}@${version}`);
    if (hit) return hit;
  }
  const rows = await executor
    .select()
    .from(frameworks)
    .where(version ? and(eq(frameworks.id, id), eq(frameworks.version, version)) : eq(frameworks.id, id));
  const row = rows.sort((a, b) => compareVersions(a.version, b.version))[0];
  if (!row) return undefined;
  const key = `${row.id}@${row.version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const stored = { framework: row.definition as Framework, summary: toSummary(row) };
  cache.set(key, stored);
  return stored;
}

/** The framework scores default to: the one with the most assessments' id, newest version. */
export async function defaultFrameworkId(executor: Executor): Promise<string | undefined> {
  const all = await listFrameworks(executor);
  return all.find((f) => f.id === 'regin-lab-mipex-r')?.id ?? all[0]?.id;
}
