DROP INDEX "practices_search_source_idx";--> statement-breakpoint
DROP INDEX "practices_search_english_idx";--> statement-breakpoint
DROP INDEX "practices_search_simple_idx";--> statement-breakpoint
DROP INDEX "practices_region_scope_idx";--> statement-breakpoint
DROP INDEX "practices_policy_areas_idx";--> statement-breakpoint
DROP INDEX "practices_title_trgm_idx";--> statement-breakpoint
DROP INDEX "search_words_trgm_idx";--> statement-breakpoint
CREATE INDEX "practices_search_source_idx" ON "practices" USING gin ("search_source") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "practices_search_english_idx" ON "practices" USING gin ("search_english") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "practices_search_simple_idx" ON "practices" USING gin ("search_simple") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "practices_region_scope_idx" ON "practices" USING gin ("region_scope") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "practices_policy_areas_idx" ON "practices" USING gin ("policy_areas") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "practices_title_trgm_idx" ON "practices" USING gin ("title_plain" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);