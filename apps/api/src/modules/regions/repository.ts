import type { RegionListQuery } from '@regin/api-contract';
import { type Executor, type RegionRow, regions } from '@regin/db';
import type { Region, RegionPatch } from '@regin/domain';
import { and, asc, count, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';

export function toRegion(row: RegionRow): Region {
  return {
    code: row.code,
    name: row.name,
    nativeName: row.nativeName,
    country: row.country,
    level: row.level,
    parent: row.parent,
    scheme: row.scheme,
    networkRole: row.networkRole,
    joined: row.joined,
    competences: row.competences,
    profile: row.profile,
    illustrative: row.illustrative,
  };
}

export async function listRegions(executor: Executor, query: RegionListQuery) {
  const filters: SQL[] = [];
  if (query.country) filters.push(eq(regions.country, query.country));
  if (query.level !== undefined) filters.push(eq(regions.level, query.level));
  if (query.parent) filters.push(eq(regions.parent, query.parent));
  if (query.networkRole === 'any') filters.push(isNotNull(regions.networkRole));
  else if (query.networkRole === 'none') filters.push(isNull(regions.networkRole));
  else if (query.networkRole) filters.push(eq(regions.networkRole, query.networkRole));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    executor
      .select()
      .from(regions)
      .where(where)
      .orderBy(asc(regions.code))
      .limit(query.limit)
      .offset(query.offset),
    executor.select({ value: count() }).from(regions).where(where),
  ]);
  return { items: rows.map(toRegion), total: total?.value ?? 0, limit: query.limit, offset: query.offset };
}

export async function findRegion(executor: Executor, code: string): Promise<Region | undefined> {
  const [row] = await executor.select().from(regions).where(eq(regions.code, code)).limit(1);
  return row ? toRegion(row) : undefined;
}

/** Locks the row so two concurrent edits cannot record the same `before`. */
export async function findRegionForUpdate(executor: Executor, code: string): Promise<Region | undefined> {
  const [row] = await executor.select().from(regions).where(eq(regions.code, code)).limit(1).for('update');
  return row ? toRegion(row) : undefined;
}

export async function updateRegion(executor: Executor, code: string, patch: RegionPatch): Promise<Region> {
  const [row] = await executor
    .update(regions)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(eq(regions.code, code))
    .returning();
  if (!row) throw new Error(`region ${code} vanished during update`);
  return toRegion(row);
}
