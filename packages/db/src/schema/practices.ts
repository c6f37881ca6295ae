import type { LocalizedText } from '@regin/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { emptyTextArray, timestamps, tsvector } from './common.js';
import { regions } from './regions.js';
import { users } from './users.js';

/**
 * GIN indexes the search reads write new entries straight into the index (`fastupdate = off`): with the
 * default pending list every search scans up to 4 MB of unmerged entries per index until a vacuum merges
 * them, and PGlite never autovacuums. Writes cost a little more.
 */
const GIN_DIRECT = { fastupdate: false };

export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    lessonsLearnt: jsonb('lessons_learnt').$type<LocalizedText>(),
    transferability: jsonb('transferability').$type<LocalizedText>(),
    sourceLanguage: text('source_language').notNull(),
    languages: text('languages').array().notNull().default(emptyTextArray),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    policyAreas: text('policy_areas').array().notNull().default(emptyTextArray),
    targetGroups: text('target_groups').array().notNull().default(emptyTextArray),
    authorityKind: text('authority_kind'),
    authorityRole: text('authority_role'),
    stakeholders: jsonb('stakeholders').notNull().default([]),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    status: text('status'),
    result: text('result'),
    ratings: jsonb('ratings').notNull().default({}),
    funding: jsonb('funding').notNull().default([]),
    budgetAmount: numeric('budget_amount', { precision: 14, scale: 2 }),
    budgetCurrency: text('budget_currency'),
    links: jsonb('links').notNull().default([]),
    contacts: jsonb('contacts').notNull().default([]),
    /** The practice's regions, their NUTS ancestors and countries: region facets include sub-regions. */
    regionCodes: text('region_codes').array().notNull().default(emptyTextArray),
    regionScope: text('region_scope').array().notNull().default(emptyTextArray),
    countries: text('countries').array().notNull().default(emptyTextArray),
    /** Criteria rated 4 or 5 (of 5): the "rated high on" facet. */
    strongCriteria: text('strong_criteria').array().notNull().default(emptyTextArray),
    year: smallint('year'),
    /** Filled by the practices_search trigger (migration 0004): source-language, English and unaccented simple vectors. */
    searchSource: tsvector('search_source'),
    searchEnglish: tsvector('search_english'),
    searchSimple: tsvector('search_simple'),
    /** Unaccented lower-case titles in every language, for autocomplete and trigram matching. */
    titlePlain: text('title_plain'),
    moderationStatus: text('moderation_status').notNull().default('draft'),
    moderationNote: text('moderation_note'),
    version: integer('version').notNull().default(1),
    submittedBy: jsonb('submitted_by'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'string' }),
    illustrative: boolean('illustrative').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('practices_moderation_idx').on(t.moderationStatus),
    index('practices_search_source_idx').using('gin', t.searchSource).with(GIN_DIRECT),
    index('practices_search_english_idx').using('gin', t.searchEnglish).with(GIN_DIRECT),
    index('practices_search_simple_idx').using('gin', t.searchSimple).with(GIN_DIRECT),
    index('practices_region_scope_idx').using('gin', t.regionScope).with(GIN_DIRECT),
    index('practices_policy_areas_idx').using('gin', t.policyAreas).with(GIN_DIRECT),
    index('practices_title_trgm_idx').using('gin', sql`${t.titlePlain} gin_trgm_ops`).with(GIN_DIRECT),
    index('practices_published_idx').on(t.publishedAt),
    // Search pages (apps/api practices/search.ts): newest first and by region walk these instead of sorting
    // every published row; the bounding-box filter narrows by longitude.
    index('practices_newest_idx')
      .on(t.publishedAt.desc().nullsLast(), t.id)
      .where(sql`${t.moderationStatus} = 'published' and ${t.deletedAt} is null`),
    index('practices_region_order_idx')
      .on(sql`coalesce(${t.regionCodes}[1], '')`, t.id)
      .where(sql`${t.moderationStatus} = 'published' and ${t.deletedAt} is null`),
    index('practices_location_idx')
      .on(t.lon, t.lat)
      .where(sql`${t.moderationStatus} = 'published' and ${t.deletedAt} is null`),
    check(
      'practices_period_check',
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`,
    ),
  ],
);

export const practiceRegions = pgTable(
  'practice_regions',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.regionCode] }),
    index('practice_regions_region_idx').on(t.regionCode),
  ],
);

/** Every saved state of a practice, so nothing an editor wrote is lost. */
export const practiceVersions = pgTable(
  'practice_versions',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    data: jsonb('data').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.version] })],
);

export const experts = pgTable('experts', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  organisation: text('organisation'),
  regionCode: text('region_code').references(() => regions.code),
  policyAreas: text('policy_areas').array().notNull().default(emptyTextArray),
  targetGroups: text('target_groups').array().notNull().default(emptyTextArray),
  methods: text('methods').array().notNull().default(emptyTextArray),
  languages: text('languages').array().notNull().default(emptyTextArray),
  bio: jsonb('bio').$type<LocalizedText>(),
  email: text('email'),
  phone: text('phone'),
  contactConsent: boolean('contact_consent').notNull().default(false),
  illustrative: boolean('illustrative').notNull().default(false),
  deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'string' }),
  ...timestamps,
});

export const expertPractices = pgTable(
  'expert_practices',
  {
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.practiceId] })],
);

/**
 * One row per practice written, with the writing transaction's id (row triggers, migration 0009). The API's
 * in-memory search index reloads the practices of every transaction it may not have seen yet: those at or
 * after the oldest transaction still running when it last looked. `practice_id` null means all (TRUNCATE).
 */
export const practiceSearchChanges = pgTable(
  'practice_search_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    txid: bigint('txid', { mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
    practiceId: uuid('practice_id'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_search_changes_txid_idx').on(t.txid)],
);

/** Every word the search has indexed, for "did you mean" by trigram similarity (filled by trigger). */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
  },
  (t) => [index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`).with(GIN_DIRECT)],
);
