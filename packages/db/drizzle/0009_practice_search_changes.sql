CREATE TABLE "practice_search_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"txid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"practice_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "practice_search_changes_txid_idx" ON "practice_search_changes" USING btree ("txid");--> statement-breakpoint
-- One statement-level trigger per event (transition tables allow one event each): every written practice
-- is logged with the writing transaction's id, which the default of txid fills.
CREATE OR REPLACE FUNCTION practice_search_changes_log() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO practice_search_changes (practice_id) VALUES (NULL);
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO practice_search_changes (practice_id) SELECT n.id FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO practice_search_changes (practice_id) SELECT o.id FROM old_rows o;
  ELSE
    INSERT INTO practice_search_changes (practice_id) SELECT n.id FROM new_rows n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER practice_search_changes_insert AFTER INSERT ON practices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_search_changes_log();
--> statement-breakpoint
CREATE TRIGGER practice_search_changes_update AFTER UPDATE ON practices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_search_changes_log();
--> statement-breakpoint
CREATE TRIGGER practice_search_changes_delete AFTER DELETE ON practices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_search_changes_log();
--> statement-breakpoint
CREATE TRIGGER practice_search_changes_truncate AFTER TRUNCATE ON practices
  FOR EACH STATEMENT EXECUTE FUNCTION practice_search_changes_log();
