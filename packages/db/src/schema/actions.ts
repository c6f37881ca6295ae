import type { LocalizedText } from '@regin/domain';
import {
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './common.js';
import { regions } from './regions.js';
import { users } from './users.js';

export const integrationActions = pgTable('integration_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  summary: jsonb('summary').$type<LocalizedText>(),
  addressedGaps: jsonb('addressed_gaps').notNull().default([]),
  objectives: jsonb('objectives').notNull().default([]),
  logicModel: jsonb('logic_model').notNull().default({}),
  /** KPIs with their baseline, target and dated measurements (IATI-style), validated by @regin/domain. */
  kpis: jsonb('kpis').notNull().default([]),
  stakeholders: jsonb('stakeholders').notNull().default([]),
  startDate: date('start_date', { mode: 'string' }),
  endDate: date('end_date', { mode: 'string' }),
  budgetAmount: numeric('budget_amount', { precision: 14, scale: 2 }),
  budgetCurrency: text('budget_currency'),
  status: text('status').notNull().default('planned'),
  illustrative: boolean('illustrative').notNull().default(false),
  ...timestamps,
});

export const actionEvaluators = pgTable(
  'action_evaluators',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => integrationActions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.userId] })],
);

export const evaluations = pgTable('evaluations', {
  id: uuid('id').primaryKey().defaultRandom(),
  actionId: uuid('action_id')
    .notNull()
    .references(() => integrationActions.id, { onDelete: 'cascade' }),
  evaluatorId: uuid('evaluator_id')
    .notNull()
    .references(() => users.id),
  criteriaSet: text('criteria_set').notNull().default('dac+regin'),
  ratings: jsonb('ratings').notNull().default([]),
  findings: jsonb('findings').$type<LocalizedText[]>().notNull().default([]),
  recommendations: jsonb('recommendations').$type<LocalizedText[]>().notNull().default([]),
  evaluatorKind: text('evaluator_kind').notNull().default('self'),
  date: date('date', { mode: 'string' }),
  status: text('status').notNull().default('draft'),
  illustrative: boolean('illustrative').notNull().default(false),
  ...timestamps,
});

export const toolkitModules = pgTable(
  'toolkit_modules',
  {
    slug: text('slug').notNull(),
    language: text('language').notNull(),
    version: text('version').notNull(),
    track: text('track').notNull(),
    title: text('title').notNull(),
    content: jsonb('content').notNull(),
    position: integer('position').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.slug, t.language, t.version] })],
);
