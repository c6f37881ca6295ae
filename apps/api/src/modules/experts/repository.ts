import type {
  ExpertCreateBody,
  ExpertFacet,
  ExpertListQuery,
  ExpertPatchBody,
  ExpertPersonalDataResponse,
  ExpertPracticeSummary,
  ExpertResponse,
} from '@regin/api-contract';
import {
  auditEvents,
  type Executor,
  expertPractices,
  experts,
  practices,
  queryRows,
  regions,
} from '@regin/db';
import { type Expert, expertForPublic } from '@regin/domain';
import { and, arrayOverlaps, asc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';

export type ExpertRow = typeof experts.$inferSelect;

/** What an erased expert's name becomes. */
export const ERASED_NAME = 'Erased expert';

const iso = (value: string) => new Date(value).toISOString();

/** Lists keep their first occurrence only, so facets count an expert once per value. */
const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** The stored row as the API shows it to staff (contact details included). */
export function toExpertResponse(row: ExpertRow, practiceIds: readonly string[]): ExpertResponse {
  return {
    id: row.id,
    name: row.name,
    ...(row.organisation ? { organisation: row.organisation } : {}),
    regionCode: row.regionCode,
    expertise: { policyAreas: row.policyAreas, targetGroups: row.targetGroups, methods: row.methods },
    languages: row.languages,
    contact: {
      ...(row.email ? { email: row.email } : {}),
      ...(row.phone ? { phone: row.phone } : {}),
    },
    contactConsent: row.contactConsent,
    practiceIds: [...practiceIds],
    ...(row.bio ? { bio: row.bio } : {}),
    illustrative: row.illustrative,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The same expert as the public may see them: the domain's rule, contact details only with consent. */
export function toPublicExpert(expert: ExpertResponse): ExpertResponse {
  const { contact } = expertForPublic({
    ...expert,
    regionCode: expert.regionCode ?? '',
    practiceIds: expert.practiceIds,
  } as Expert);
  return { ...expert, contact };
}

/**
 * The only view of an expert the audit log may hold: no name, organisation, bio, languages or contact
 * details, because audit events are append-only and could never be erased.
 */
export function auditSnapshot(row: ExpertRow) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    expertise: { policyAreas: row.policyAreas, targetGroups: row.targetGroups, methods: row.methods },
    contactConsent: row.contactConsent,
    illustrative: row.illustrative,
    deleted: row.deletedAt !== null,
  };
}

// ---------- search ----------

/** `%`, `_` and `\` match literally inside a LIKE pattern. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Lower-case and unaccented, on the database side, so both sides of a match fold the same way. */
const folded = (value: SQL | string) => sql`lower(immutable_unaccent(${value}))`;

function containsFolded(haystack: SQL, needle: string): SQL {
  return sql`${folded(haystack)} like '%' || ${folded(likeLiteral(needle))} || '%'`;
}

/** A region and its NUTS sub-regions (prefix); ISO 3166-2 codes match exactly; a country code its regions. */
function regionFilter(codes: readonly string[]): SQL | undefined {
  return or(
    ...codes.map((code) =>
      code.includes('-') ? eq(experts.regionCode, code) : like(experts.regionCode, `${code}%`),
    ),
  );
}

function filtersOf(query: ExpertListQuery, except?: ExpertFacet): SQL[] {
  const filters: SQL[] = [isNull(experts.deletedAt)];
  const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  const searchable = sql`concat_ws(' ', ${experts.name}, ${experts.organisation}, localized_all(${experts.bio}))`;
  for (const word of words) filters.push(containsFolded(searchable, word));
  if (query.method) {
    filters.push(
      sql`exists (select 1 from unnest(${experts.methods}) as method where ${containsFolded(sql`method`, query.method)})`,
    );
  }
  if (query.policyArea?.length && except !== 'policyArea') {
    filters.push(arrayOverlaps(experts.policyAreas, query.policyArea));
  }
  if (query.targetGroup?.length && except !== 'targetGroup') {
    filters.push(arrayOverlaps(experts.targetGroups, query.targetGroup));
  }
  if (query.language?.length && except !== 'language') {
    filters.push(arrayOverlaps(experts.languages, query.language));
  }
  if (query.region?.length && except !== 'region') {
    const region = regionFilter(query.region);
    if (region) filters.push(region);
  }
  return filters;
}

async function facetCounts(executor: Executor, query: ExpertListQuery, facet: ExpertFacet) {
  const where = and(...filtersOf(query, facet));
  const value = {
    policyArea: sql`unnest(${experts.policyAreas})`,
    targetGroup: sql`unnest(${experts.targetGroups})`,
    language: sql`unnest(${experts.languages})`,
    region: sql`${experts.regionCode}`,
  }[facet];
  const rows = await queryRows<{ value: string | null; count: number }>(
    executor,
    sql`select facet.value, count(*)::int as count
        from (select ${value} as value from ${experts} where ${where}) as facet
        where facet.value is not null
        group by facet.value
        order by count desc, facet.value collate "C"`,
  );
  return rows.map((row) => ({ value: String(row.value), count: Number(row.count) }));
}

/** Linked, not deleted practices per expert (slug order), each with whether it is published. */
export async function linkedPracticeIds(
  executor: Executor,
  expertIds: readonly string[],
): Promise<Map<string, { id: string; published: boolean }[]>> {
  const byExpert = new Map<string, { id: string; published: boolean }[]>(expertIds.map((id) => [id, []]));
  if (expertIds.length === 0) return byExpert;
  const rows = await executor
    .select({
      expertId: expertPractices.expertId,
      practiceId: practices.id,
      moderationStatus: practices.moderationStatus,
    })
    .from(expertPractices)
    .innerJoin(practices, eq(practices.id, expertPractices.practiceId))
    .where(and(inArray(expertPractices.expertId, [...expertIds]), isNull(practices.deletedAt)))
    .orderBy(asc(practices.slug));
  for (const row of rows) {
    byExpert.get(row.expertId)?.push({ id: row.practiceId, published: row.moderationStatus === 'published' });
  }
  return byExpert;
}

/** Published, not deleted practices linked to the expert. */
export async function publishedPractices(
  executor: Executor,
  expertId: string,
): Promise<ExpertPracticeSummary[]> {
  const rows = await executor
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      regionCodes: practices.regionCodes,
      result: practices.result,
    })
    .from(expertPractices)
    .innerJoin(practices, eq(practices.id, expertPractices.practiceId))
    .where(
      and(
        eq(expertPractices.expertId, expertId),
        eq(practices.moderationStatus, 'published'),
        isNull(practices.deletedAt),
      ),
    )
    .orderBy(asc(practices.slug));
  return rows.map((row) => ({ ...row, title: row.title as unknown as Record<string, unknown> }));
}

/** Directory search: filters, facet counts, stable order by (unaccented) name then id. */
export async function searchExperts(executor: Executor, query: ExpertListQuery) {
  const where = and(...filtersOf(query));
  const [rows, [total], policyArea, targetGroup, region, language] = await Promise.all([
    executor
      .select()
      .from(experts)
      .where(where)
      .orderBy(sql`${folded(sql`${experts.name}`)} collate "C"`, asc(experts.id))
      .limit(query.limit)
      .offset(query.offset),
    queryRows<{ value: number }>(executor, sql`select count(*)::int as value from ${experts} where ${where}`),
    facetCounts(executor, query, 'policyArea'),
    facetCounts(executor, query, 'targetGroup'),
    facetCounts(executor, query, 'region'),
    facetCounts(executor, query, 'language'),
  ]);
  return {
    rows,
    total: Number(total?.value ?? 0),
    facets: { policyArea, targetGroup, region, language },
  };
}

// ---------- single expert ----------

export async function findExpert(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean; includeDeleted?: boolean } = {},
): Promise<ExpertRow | undefined> {
  const query = executor
    .select()
    .from(experts)
    .where(and(eq(experts.id, id), options.includeDeleted ? undefined : isNull(experts.deletedAt)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function regionExists(executor: Executor, code: string): Promise<boolean> {
  const [row] = await executor
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.code, code))
    .limit(1);
  return row !== undefined;
}

/** The ids among `ids` that name no existing, not deleted practice. */
export async function unknownPracticeIds(executor: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await executor
    .select({ id: practices.id })
    .from(practices)
    .where(and(inArray(practices.id, [...ids]), isNull(practices.deletedAt)));
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export async function insertExpert(executor: Executor, body: ExpertCreateBody): Promise<ExpertRow> {
  const [row] = await executor
    .insert(experts)
    .values({
      name: body.name,
      organisation: body.organisation ?? null,
      regionCode: body.regionCode,
      policyAreas: unique(body.expertise.policyAreas),
      targetGroups: unique(body.expertise.targetGroups),
      methods: unique(body.expertise.methods),
      languages: unique(body.languages),
      bio: body.bio ?? null,
      email: body.contact.email ?? null,
      phone: body.contact.phone ?? null,
      contactConsent: body.contactConsent,
      illustrative: body.illustrative,
    })
    .returning();
  if (!row) throw new Error('insert returned no expert');
  return row;
}

export async function updateExpert(
  executor: Executor,
  id: string,
  patch: ExpertPatchBody,
): Promise<ExpertRow> {
  const values: Partial<typeof experts.$inferInsert> = { updatedAt: new Date().toISOString() };
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.organisation !== undefined) values.organisation = patch.organisation;
  if (patch.regionCode !== undefined) values.regionCode = patch.regionCode;
  if (patch.expertise?.policyAreas) values.policyAreas = unique(patch.expertise.policyAreas);
  if (patch.expertise?.targetGroups) values.targetGroups = unique(patch.expertise.targetGroups);
  if (patch.expertise?.methods) values.methods = unique(patch.expertise.methods);
  if (patch.languages !== undefined) values.languages = unique(patch.languages);
  if (patch.contact !== undefined) {
    values.email = patch.contact.email ?? null;
    values.phone = patch.contact.phone ?? null;
  }
  if (patch.contactConsent !== undefined) values.contactConsent = patch.contactConsent;
  if (patch.illustrative !== undefined) values.illustrative = patch.illustrative;
  if (patch.bio !== undefined) values.bio = patch.bio;
  const [row] = await executor.update(experts).set(values).where(eq(experts.id, id)).returning();
  if (!row) throw new Error(`expert ${id} vanished during update`);
  return row;
}

export async function softDeleteExpert(executor: Executor, id: string): Promise<ExpertRow> {
  const now = new Date().toISOString();
  const [row] = await executor
    .update(experts)
    .set({ deletedAt: now, updatedAt: now })
    .where(eq(experts.id, id))
    .returning();
  if (!row) throw new Error(`expert ${id} vanished during delete`);
  return row;
}

/** All links of the expert, whatever the practices' status (what the link set really holds). */
export async function storedPracticeIds(executor: Executor, expertId: string): Promise<string[]> {
  const rows = await executor
    .select({ practiceId: expertPractices.practiceId })
    .from(expertPractices)
    .where(eq(expertPractices.expertId, expertId))
    .orderBy(asc(expertPractices.practiceId));
  return rows.map((row) => row.practiceId);
}

export async function replacePracticeLinks(
  executor: Executor,
  expertId: string,
  practiceIds: readonly string[],
): Promise<void> {
  await executor.delete(expertPractices).where(eq(expertPractices.expertId, expertId));
  if (practiceIds.length > 0) {
    await executor
      .insert(expertPractices)
      .values(practiceIds.map((practiceId) => ({ expertId, practiceId })))
      .onConflictDoNothing();
  }
  await executor.update(experts).set({ updatedAt: new Date().toISOString() }).where(eq(experts.id, expertId));
}

/**
 * Erases the personal data in place (GDPR Art. 17): name, organisation, bio and contact details go,
 * consent is withdrawn, links to practices are removed and the row is soft-deleted. The non-personal
 * remainder (region, expertise) stays so counts and past audit events still refer to a row.
 */
export async function eraseExpert(executor: Executor, current: ExpertRow): Promise<ExpertRow> {
  const id = current.id;
  const now = new Date().toISOString();
  await executor.delete(expertPractices).where(eq(expertPractices.expertId, id));
  const [row] = await executor
    .update(experts)
    .set({
      name: ERASED_NAME,
      organisation: null,
      bio: null,
      email: null,
      phone: null,
      contactConsent: false,
      deletedAt: current.deletedAt ?? now,
      updatedAt: now,
    })
    .where(eq(experts.id, id))
    .returning();
  if (!row) throw new Error(`expert ${id} vanished during erasure`);
  return row;
}

/** Everything stored about one expert: the row, every link, the audit events about them. */
export async function personalDataOf(
  executor: Executor,
  id: string,
): Promise<ExpertPersonalDataResponse | undefined> {
  const row = await findExpert(executor, id, { includeDeleted: true });
  if (!row) return undefined;
  const [links, events] = await Promise.all([
    executor
      .select({
        id: practices.id,
        slug: practices.slug,
        title: practices.title,
        moderationStatus: practices.moderationStatus,
        deletedAt: practices.deletedAt,
      })
      .from(expertPractices)
      .innerJoin(practices, eq(practices.id, expertPractices.practiceId))
      .where(eq(expertPractices.expertId, id))
      .orderBy(asc(practices.slug)),
    executor
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'expert'), eq(auditEvents.entityId, id)))
      .orderBy(asc(auditEvents.id)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    expert: {
      id: row.id,
      name: row.name,
      organisation: row.organisation,
      regionCode: row.regionCode,
      policyAreas: row.policyAreas,
      targetGroups: row.targetGroups,
      methods: row.methods,
      languages: row.languages,
      bio: row.bio as Record<string, unknown> | null,
      email: row.email,
      phone: row.phone,
      contactConsent: row.contactConsent,
      illustrative: row.illustrative,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
      deletedAt: row.deletedAt ? iso(row.deletedAt) : null,
    },
    practices: links.map((link) => ({
      id: link.id,
      slug: link.slug,
      title: link.title as unknown as Record<string, unknown>,
      moderationStatus: link.moderationStatus,
      deleted: link.deletedAt !== null,
    })),
    auditEvents: events.map((event) => ({
      id: event.id,
      at: iso(event.at),
      actorId: event.actorId,
      action: event.action,
      before: event.before,
      after: event.after,
    })),
  };
}
