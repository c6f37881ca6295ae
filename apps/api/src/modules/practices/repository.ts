import {
  type Executor,
  type PracticeContent,
  type PracticeRow,
  practiceFromRow,
  practiceRegions,
  practiceRowValues,
  practices,
  practiceVersions,
  regions,
} from '@regin/db';
import type { Practice } from '@regin/domain';
import { eq, inArray, or } from 'drizzle-orm';
import { HttpProblem } from '../../lib/problem.js';

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** By id or slug; deleted practices are gone for everyone. */
export async function findPractice(
  db: Executor,
  idOrSlug: string,
  forUpdate = false,
): Promise<PracticeRow | undefined> {
  const where = isUuid(idOrSlug)
    ? or(eq(practices.id, idOrSlug), eq(practices.slug, idOrSlug))
    : eq(practices.slug, idOrSlug);
  const query = db.select().from(practices).where(where).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row && !row.deletedAt ? row : undefined;
}

/** Contacts appear publicly only with their consent; the submitter never does. */
export function publicPractice(practice: Practice): Practice {
  return { ...practice, contacts: practice.contacts.filter((contact) => contact.consent) };
}

export async function assertRegionsExist(db: Executor, codes: readonly string[], field = 'regionCodes') {
  const found = await db
    .select({ code: regions.code })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  const known = new Set(found.map((row) => row.code));
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length) {
    throw new HttpProblem('unprocessable', `Unknown region ${missing.join(', ')}`, [
      { in: 'body', field, pointer: `/${field}`, detail: `unknown region code(s): ${missing.join(', ')}` },
    ]);
  }
}

/** Writes content as a new version: the row, its region links and the kept copy in practice_versions. */
export async function saveVersion(
  tx: Executor,
  content: PracticeContent,
  options: {
    id?: string;
    version: number;
    moderationStatus: string;
    moderationNote?: string | null;
    authorId: string | null;
    publishedAt?: string | null;
    submittedBy?: unknown;
  },
): Promise<PracticeRow> {
  const values = {
    ...practiceRowValues(content),
    version: options.version,
    moderationStatus: options.moderationStatus,
    moderationNote: options.moderationNote ?? null,
    updatedAt: new Date().toISOString(),
    ...(options.publishedAt !== undefined ? { publishedAt: options.publishedAt } : {}),
    ...(options.submittedBy !== undefined ? { submittedBy: options.submittedBy } : {}),
  };
  const [row] = options.id
    ? await tx.update(practices).set(values).where(eq(practices.id, options.id)).returning()
    : await tx.insert(practices).values(values).returning();
  if (!row) throw new Error('practice write returned no row');
  await tx.delete(practiceRegions).where(eq(practiceRegions.practiceId, row.id));
  await tx
    .insert(practiceRegions)
    .values(content.regionCodes.map((regionCode) => ({ practiceId: row.id, regionCode })));
  await tx
    .insert(practiceVersions)
    .values({ practiceId: row.id, version: row.version, data: content, authorId: options.authorId });
  return row;
}

export function contentOf(practice: Practice): PracticeContent {
  const {
    id: _id,
    version: _version,
    moderationStatus: _m,
    moderationNote: _n,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = practice;
  return content;
}

export { practiceFromRow };
