import type { NetworkRole, RegionCompetence, RegionProfile } from '@regin/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { timestamps } from './common.js';

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    nativeName: text('native_name').notNull(),
    country: text('country').notNull(),
    level: smallint('level').notNull(),
    parent: text('parent'),
    scheme: text('scheme', { enum: ['nuts', 'iso3166-2'] }).notNull(),
    networkRole: text('network_role').$type<NetworkRole>(),
    joined: date('joined', { mode: 'string' }),
    competences: jsonb('competences').$type<RegionCompetence[]>().notNull().default([]),
    profile: jsonb('profile').$type<RegionProfile>().notNull().default({}),
    /** Geometry for regions outside NUTS (NUTS shapes come from @regin/geo). */
    shape: jsonb('shape').$type<unknown>(),
    illustrative: boolean('illustrative').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('regions_country_level_idx').on(t.country, t.level),
    index('regions_network_role_idx').on(t.networkRole),
    check('regions_level_check', sql`${t.level} between 0 and 3`),
    check(
      'regions_network_role_check',
      sql`${t.networkRole} is null or ${t.networkRole} in ('pilot', 'associate', 'member', 'other')`,
    ),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type NewRegionRow = typeof regions.$inferInsert;
