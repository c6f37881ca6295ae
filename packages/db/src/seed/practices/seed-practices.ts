import { createHash } from 'node:crypto';
import { type Expert, expertSchema, type Practice, practiceSchema } from '@regin/domain';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { type PracticeContent, practiceRowValues } from '../../practice-rows.js';
import {
  expertPractices,
  experts,
  practiceRegions,
  practices,
  practiceVersions,
} from '../../schema/practices.js';
import {
  EXPERTS,
  type ExpertSeed,
  MODERATION_QUEUE,
  type PracticeSeed,
  PUBLISHED_PRACTICES,
} from './data.js';

/**
 * Seeds the Integration Lab's ILLUSTRATIVE practices (published ones plus a small moderation queue) and
 * experts. Deterministic: ids are name-based UUIDs (v5) and every date derives from the data, so two
 * databases seeded apart hold the same rows. Idempotent: practices conflict on their slug (or id) and
 * experts on their id, and rows that exist are left as they are; regions, versions and expert links
 * are written only for rows this call inserted, so re-running never re-adds what an editor removed.
 * Needs the regions table filled first (`seedDatabase` does it).
 */

export interface PracticeSeedReport {
  practicesInserted: number;
  expertsInserted: number;
}

/** Fixed namespace of the seed's name-based ids; changing it would duplicate every seeded row. */
export const ILLUSTRATIVE_ID_NAMESPACE = '3f0c5b6e-8d1a-4f2b-9c47-5e2a1d6b7c80';

/** RFC 9562 version-5 UUID (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = ILLUSTRATIVE_ID_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const illustrativePracticeId = (slug: string) => uuidV5(`practice:${slug}`);
export const illustrativeExpertId = (name: string) => uuidV5(`expert:${name}`);

const DAY = 86_400_000;
/** The Integration Lab's illustrative launch: nothing is published before it. */
const LAB_OPENED = Date.parse('2021-02-01T10:00:00Z');

/**
 * When a seeded practice was published: four months after it started, at 10:00 UTC, but not before the
 * lab opened (older practices spread over the lab's first year, by a hash of their slug).
 */
export function illustrativePublishedAt(seed: PracticeSeed): string {
  const start = new Date(`${seed.period.start}T10:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() + 4);
  if (start.getTime() >= LAB_OPENED) return start.toISOString();
  const spread = createHash('sha1').update(seed.slug).digest().readUInt16BE(0) % 365;
  return new Date(LAB_OPENED + spread * DAY).toISOString();
}

/** A published seed practice as the domain record (parsed, so defaults are filled in). */
export function illustrativePractice(seed: PracticeSeed): Practice {
  return practiceSchema.parse({
    ...seed,
    id: illustrativePracticeId(seed.slug),
    moderationStatus: 'published',
    version: 1,
    illustrative: true,
  });
}

/** The seed's expert as the domain record, its practices resolved to the seeded practice ids. */
export function illustrativeExpert(seed: ExpertSeed): Expert {
  const { bio: _bio, practiceSlugs, ...rest } = seed;
  return expertSchema.parse({
    ...rest,
    id: illustrativeExpertId(seed.name),
    practiceIds: practiceSlugs.map(illustrativePracticeId),
    illustrative: true,
  });
}

function contentOf(record: Practice): PracticeContent {
  const {
    id: _id,
    version: _version,
    moderationStatus: _status,
    moderationNote: _note,
    createdAt: _created,
    updatedAt: _updated,
    ...content
  } = record;
  return content;
}

const minus = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString();

interface PlannedPractice {
  record: Practice;
  row: typeof practices.$inferInsert;
  /** When version 1 was saved. */
  savedAt: string;
}

function plan(): PlannedPractice[] {
  const published = PUBLISHED_PRACTICES.map((seed): PlannedPractice => {
    const record = illustrativePractice(seed);
    const publishedAt = illustrativePublishedAt(seed);
    return {
      record,
      savedAt: publishedAt,
      row: {
        id: record.id,
        ...practiceRowValues(contentOf(record)),
        moderationStatus: 'published',
        version: 1,
        publishedAt,
        createdAt: minus(publishedAt, 12),
        updatedAt: publishedAt,
      },
    };
  });
  const queued = MODERATION_QUEUE.map((entry): PlannedPractice => {
    const record = practiceSchema.parse({
      ...entry.practice,
      id: illustrativePracticeId(entry.practice.slug),
      moderationStatus: entry.moderationStatus,
      ...(entry.moderationNote ? { moderationNote: entry.moderationNote } : {}),
      version: 1,
      illustrative: true,
    });
    return {
      record,
      savedAt: entry.submittedAt,
      row: {
        id: record.id,
        ...practiceRowValues(contentOf(record)),
        moderationStatus: entry.moderationStatus,
        moderationNote: entry.moderationNote ?? null,
        version: 1,
        submittedBy: entry.submittedBy,
        publishedAt: null,
        createdAt: entry.submittedAt,
        updatedAt:
          entry.moderationStatus === 'changes_requested' ? minus(entry.submittedAt, -9) : entry.submittedAt,
      },
    };
  });
  return [...published, ...queued];
}

const CHUNK = 100;

async function inChunks<T, R>(items: readonly T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += CHUNK)
    out.push(...(await run(items.slice(start, start + CHUNK))));
  return out;
}

/**
 * Inserts the illustrative practices (published, with their regions and first version; plus the
 * moderation queue) and experts with their practice links. Call it inside the seed's transaction.
 */
export async function seedPractices(tx: Executor): Promise<PracticeSeedReport> {
  const planned = plan();
  const inserted = await inChunks(planned, (chunk) =>
    tx
      .insert(practices)
      .values(chunk.map((entry) => entry.row))
      .onConflictDoNothing()
      .returning({ id: practices.id }),
  );
  const insertedIds = new Set(inserted.map((row) => row.id));
  const fresh = planned.filter((entry) => insertedIds.has(entry.record.id));

  const regionRows = fresh.flatMap((entry) =>
    entry.record.regionCodes.map((regionCode) => ({ practiceId: entry.record.id, regionCode })),
  );
  await inChunks(regionRows, (chunk) =>
    tx
      .insert(practiceRegions)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: practiceRegions.practiceId }),
  );
  await inChunks(fresh, (chunk) =>
    tx
      .insert(practiceVersions)
      .values(
        chunk.map((entry) => ({
          practiceId: entry.record.id,
          version: 1,
          data: entry.record,
          authorId: null,
          at: entry.savedAt,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: practiceVersions.practiceId }),
  );

  const expertRows = EXPERTS.map((seed) => {
    const record = illustrativeExpert(seed);
    return {
      id: record.id,
      name: record.name,
      organisation: record.organisation ?? null,
      regionCode: record.regionCode,
      policyAreas: record.expertise.policyAreas,
      targetGroups: record.expertise.targetGroups,
      methods: record.expertise.methods,
      languages: record.languages,
      bio: seed.bio,
      email: record.contact.email ?? null,
      phone: record.contact.phone ?? null,
      contactConsent: record.contactConsent,
      illustrative: true,
    };
  });
  const insertedExperts = await inChunks(expertRows, (chunk) =>
    tx.insert(experts).values(chunk).onConflictDoNothing().returning({ id: experts.id }),
  );

  // Link new experts to the practices as they exist in the database (found by slug, whoever created them).
  const newExperts = new Set(insertedExperts.map((row) => row.id));
  const slugs = [...new Set(EXPERTS.flatMap((seed) => seed.practiceSlugs))];
  const existing = slugs.length
    ? await tx
        .select({ id: practices.id, slug: practices.slug })
        .from(practices)
        .where(inArray(practices.slug, slugs))
    : [];
  const idBySlug = new Map(existing.map((row) => [row.slug, row.id]));
  const linkRows = EXPERTS.filter((seed) => newExperts.has(illustrativeExpertId(seed.name))).flatMap((seed) =>
    seed.practiceSlugs.flatMap((slug) => {
      const practiceId = idBySlug.get(slug);
      return practiceId ? [{ expertId: illustrativeExpertId(seed.name), practiceId }] : [];
    }),
  );
  await inChunks(linkRows, (chunk) =>
    tx
      .insert(expertPractices)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: expertPractices.expertId }),
  );

  return { practicesInserted: inserted.length, expertsInserted: insertedExperts.length };
}
