import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

/** created_at / updated_at pair every mutable table carries. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

export const emptyTextArray = sql`'{}'::text[]`;

/** PostgreSQL full-text vector; written by triggers, read in SQL only. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
