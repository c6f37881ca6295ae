CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "region_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "region_scope" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "countries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "strong_criteria" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "year" smallint;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "search_source" "tsvector";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "search_english" "tsvector";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "search_simple" "tsvector";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "title_plain" text;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practices_search_source_idx" ON "practices" USING gin ("search_source");--> statement-breakpoint
CREATE INDEX "practices_search_english_idx" ON "practices" USING gin ("search_english");--> statement-breakpoint
CREATE INDEX "practices_search_simple_idx" ON "practices" USING gin ("search_simple");--> statement-breakpoint
CREATE INDEX "practices_region_scope_idx" ON "practices" USING gin ("region_scope");--> statement-breakpoint
CREATE INDEX "practices_policy_areas_idx" ON "practices" USING gin ("policy_areas");--> statement-breakpoint
CREATE INDEX "practices_title_trgm_idx" ON "practices" USING gin ("title_plain" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practices_published_idx" ON "practices" USING btree ("published_at");