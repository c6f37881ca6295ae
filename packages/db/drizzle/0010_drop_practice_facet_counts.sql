-- The search counts facets in the API's in-memory index (apps/api/src/modules/practices/search-index.ts), so the
-- stored counts of migration 0007 and the triggers that kept them are no longer needed.
DROP TRIGGER IF EXISTS practice_facet_counts_insert ON practices;
--> statement-breakpoint
DROP TRIGGER IF EXISTS practice_facet_counts_update ON practices;
--> statement-breakpoint
DROP TRIGGER IF EXISTS practice_facet_counts_delete ON practices;
--> statement-breakpoint
DROP TRIGGER IF EXISTS practice_facet_counts_truncate ON practices;
--> statement-breakpoint
DROP FUNCTION IF EXISTS practice_facet_counts_apply();
--> statement-breakpoint
DROP FUNCTION IF EXISTS practice_facet_values(text[], text[], text[], text[], text, text, text, text[], smallint, text[]);
--> statement-breakpoint
DROP TABLE "practice_facet_counts" CASCADE;
