ALTER TABLE "kpi_measurements" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "kpis" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "kpi_measurements" CASCADE;--> statement-breakpoint
DROP TABLE "kpis" CASCADE;--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "evaluator_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "findings" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "findings" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "recommendations" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "recommendations" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "evaluator_kind" text DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE "integration_actions" ADD COLUMN "kpis" jsonb DEFAULT '[]'::jsonb NOT NULL;