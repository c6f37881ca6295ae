CREATE TABLE "practice_facet_counts" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "practice_facet_counts_facet_value_pk" PRIMARY KEY("facet","value")
);
--> statement-breakpoint
CREATE INDEX "practices_newest_idx" ON "practices" USING btree ("published_at" DESC NULLS LAST,"id") WHERE "practices"."moderation_status" = 'published' and "practices"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "practices_region_order_idx" ON "practices" USING btree (coalesce("region_codes"[1], ''),"id") WHERE "practices"."moderation_status" = 'published' and "practices"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "practices_location_idx" ON "practices" USING btree ("lon","lat") WHERE "practices"."moderation_status" = 'published' and "practices"."deleted_at" is null;