CREATE TABLE "action_evaluators" (
	"action_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "action_evaluators_action_id_user_id_pk" PRIMARY KEY("action_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"evaluator_id" uuid,
	"criteria_set" text DEFAULT 'dac+regin' NOT NULL,
	"ratings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" jsonb,
	"recommendations" jsonb,
	"date" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"addressed_gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"logic_model" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stakeholders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"budget_amount" numeric(14, 2),
	"budget_currency" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_measurements" (
	"kpi_id" uuid NOT NULL,
	"date" date NOT NULL,
	"value" double precision NOT NULL,
	"breakdown" jsonb,
	CONSTRAINT "kpi_measurements_kpi_id_date_pk" PRIMARY KEY("kpi_id","date")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"unit" text,
	"direction" text DEFAULT 'higher_is_better' NOT NULL,
	"baseline_value" double precision,
	"baseline_year" smallint,
	"target_value" double precision,
	"target_year" smallint,
	"outcome_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toolkit_modules" (
	"slug" text NOT NULL,
	"language" text NOT NULL,
	"version" text NOT NULL,
	"track" text NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "toolkit_modules_slug_language_version_pk" PRIMARY KEY("slug","language","version")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"assessment_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"option_id" text,
	"not_applicable" boolean DEFAULT false NOT NULL,
	"justification" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answered_by" uuid,
	"validated_by" uuid,
	"validated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_assessment_id_indicator_code_pk" PRIMARY KEY("assessment_id","indicator_code"),
	CONSTRAINT "answers_option_or_na_check" CHECK (not ("answers"."not_applicable" and "answers"."option_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"framework_id" text NOT NULL,
	"framework_version" text NOT NULL,
	"round" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"validated_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_region_framework_round_key" UNIQUE("region_code","framework_id","round"),
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'submitted', 'in_review', 'validated', 'published'))
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" text NOT NULL,
	"version" text NOT NULL,
	"name" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"indicator_count" integer DEFAULT 0 NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "outcome_observations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outcome_observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"year" smallint NOT NULL,
	"birth" text DEFAULT 'total' NOT NULL,
	"citizenship" text,
	"sex" text DEFAULT 'T' NOT NULL,
	"age" text,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"source" jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_observation_key" UNIQUE NULLS NOT DISTINCT("region_code","indicator_code","year","birth","citizenship","sex","age")
);
--> statement-breakpoint
CREATE TABLE "expert_practices" (
	"expert_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "expert_practices_expert_id_practice_id_pk" PRIMARY KEY("expert_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"region_code" text,
	"policy_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"bio" jsonb,
	"email" text,
	"phone" text,
	"contact_consent" boolean DEFAULT false NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_regions" (
	"practice_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "practice_regions_practice_id_region_code_pk" PRIMARY KEY("practice_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "practice_versions" (
	"practice_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"author_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_versions_practice_id_version_pk" PRIMARY KEY("practice_id","version")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"description" jsonb,
	"lessons_learnt" jsonb,
	"transferability" jsonb,
	"source_language" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"policy_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"authority_kind" text,
	"authority_role" text,
	"stakeholders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" text,
	"result" text,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"funding" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget_amount" numeric(14, 2),
	"budget_currency" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moderation_status" text DEFAULT 'draft' NOT NULL,
	"moderation_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by" jsonb,
	"published_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug"),
	CONSTRAINT "practices_period_check" CHECK ("practices"."period_end" is null or "practices"."period_start" is null or "practices"."period_end" >= "practices"."period_start")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"native_name" text NOT NULL,
	"country" text NOT NULL,
	"level" smallint NOT NULL,
	"parent" text,
	"scheme" text NOT NULL,
	"network_role" text,
	"joined" date,
	"competences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"shape" jsonb,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_level_check" CHECK ("regions"."level" between 0 and 3),
	CONSTRAINT "regions_network_role_check" CHECK ("regions"."network_role" is null or "regions"."network_role" in ('pilot', 'associate', 'member', 'other'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" "inet",
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_evaluators" ADD CONSTRAINT "action_evaluators_action_id_integration_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."integration_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_evaluators" ADD CONSTRAINT "action_evaluators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_action_id_integration_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."integration_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_actions" ADD CONSTRAINT "integration_actions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_action_id_integration_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."integration_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_validated_by_users_id_fk" FOREIGN KEY ("validated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_validated_by_users_id_fk" FOREIGN KEY ("validated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_framework_fk" FOREIGN KEY ("framework_id","framework_version") REFERENCES "public"."frameworks"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_observations" ADD CONSTRAINT "outcome_observations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_practices" ADD CONSTRAINT "expert_practices_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_practices" ADD CONSTRAINT "expert_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_regions" ADD CONSTRAINT "practice_regions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_regions" ADD CONSTRAINT "practice_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "assessments_framework_round_status_idx" ON "assessments" USING btree ("framework_id","round","status");--> statement-breakpoint
CREATE INDEX "outcome_indicator_year_idx" ON "outcome_observations" USING btree ("indicator_code","year");--> statement-breakpoint
CREATE INDEX "practice_regions_region_idx" ON "practice_regions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "practices_moderation_idx" ON "practices" USING btree ("moderation_status");--> statement-breakpoint
CREATE INDEX "regions_country_level_idx" ON "regions" USING btree ("country","level");--> statement-breakpoint
CREATE INDEX "regions_network_role_idx" ON "regions" USING btree ("network_role");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree (lower("email"));