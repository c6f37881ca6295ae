import type { LocalizedText } from '@regin/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './common.js';
import { regions } from './regions.js';
import { users } from './users.js';

/** A framework version; its axes, indicators and scoring rules live in `definition` (validated by @regin/domain). */
export const frameworks = pgTable(
  'frameworks',
  {
    id: text('id').notNull(),
    version: text('version').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    definition: jsonb('definition').notNull(),
    indicatorCount: integer('indicator_count').notNull().default(0),
    illustrative: boolean('illustrative').notNull().default(false),
    importedBy: uuid('imported_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'in_review', 'validated', 'published'] as const;

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    frameworkId: text('framework_id').notNull(),
    frameworkVersion: text('framework_version').notNull(),
    round: smallint('round').notNull(),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    illustrative: boolean('illustrative').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    validatedAt: timestamp('validated_at', { withTimezone: true, mode: 'string' }),
    validatedBy: uuid('validated_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    publishedBy: uuid('published_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      name: 'assessments_framework_fk',
      columns: [t.frameworkId, t.frameworkVersion],
      foreignColumns: [frameworks.id, frameworks.version],
    }),
    unique('assessments_region_framework_round_key').on(t.regionCode, t.frameworkId, t.round),
    index('assessments_framework_round_status_idx').on(t.frameworkId, t.round, t.status),
    check(
      'assessments_status_check',
      sql`${t.status} in ('draft', 'submitted', 'in_review', 'validated', 'published')`,
    ),
  ],
);

export const answers = pgTable(
  'answers',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    optionId: text('option_id'),
    notApplicable: boolean('not_applicable').notNull().default(false),
    justification: text('justification'),
    sources: jsonb('sources').notNull().default([]),
    comments: jsonb('comments').notNull().default([]),
    answeredBy: uuid('answered_by').references(() => users.id),
    validatedBy: uuid('validated_by').references(() => users.id),
    validatedAt: timestamp('validated_at', { withTimezone: true, mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.indicatorCode] }),
    check('answers_option_or_na_check', sql`not (${t.notApplicable} and ${t.optionId} is not null)`),
  ],
);

export const outcomeObservations = pgTable(
  'outcome_observations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    indicatorCode: text('indicator_code').notNull(),
    year: smallint('year').notNull(),
    /** Country-of-birth group: native, eu, non_eu, foreign, total. */
    birth: text('birth').notNull().default('total'),
    citizenship: text('citizenship'),
    sex: text('sex').notNull().default('T'),
    /** Age band as Eurostat writes it (`20-64`); null for all ages. */
    age: text('age'),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    /** Dataset, URL and retrieval date the value came from. */
    source: jsonb('source').notNull(),
    illustrative: boolean('illustrative').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    unique('outcome_observation_key')
      .on(t.regionCode, t.indicatorCode, t.year, t.birth, t.citizenship, t.sex, t.age)
      .nullsNotDistinct(),
    index('outcome_indicator_year_idx').on(t.indicatorCode, t.year),
  ],
);
