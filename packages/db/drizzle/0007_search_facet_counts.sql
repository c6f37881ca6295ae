-- Facet counts over all published practices, kept exact by statement-level triggers: the search shows them
-- with no query and no filter (and for a facet whose own filter is the only one) without counting 100,000 rows.
-- The facets and their columns are those of FACET_COLUMNS in apps/api/src/modules/practices/search.ts.
CREATE OR REPLACE FUNCTION practice_facet_values(
  policy_areas text[], countries text[], region_codes text[], target_groups text[], result text, status text,
  authority_role text, strong_criteria text[], year smallint, languages text[]
) RETURNS TABLE (facet text, value text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '*', ''
  UNION ALL SELECT 'policyArea', v FROM unnest(policy_areas) AS v
  UNION ALL SELECT 'country', v FROM unnest(countries) AS v
  UNION ALL SELECT 'region', v FROM unnest(region_codes) AS v
  UNION ALL SELECT 'targetGroup', v FROM unnest(target_groups) AS v
  UNION ALL SELECT 'result', result WHERE result IS NOT NULL
  UNION ALL SELECT 'status', status WHERE status IS NOT NULL
  UNION ALL SELECT 'authorityRole', authority_role WHERE authority_role IS NOT NULL
  UNION ALL SELECT 'criteria', v FROM unnest(strong_criteria) AS v
  UNION ALL SELECT 'year', year::text WHERE year IS NOT NULL
  UNION ALL SELECT 'language', v FROM unnest(languages) AS v
$$;
--> statement-breakpoint
-- Rows leaving the published set count -1, rows entering it +1; one upsert per statement, in key order so
-- concurrent writers lock the count rows in the same order.
CREATE OR REPLACE FUNCTION practice_facet_counts_apply() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM practice_facet_counts;
    RETURN NULL;
  END IF;
  EXECUTE format(
    'INSERT INTO practice_facet_counts AS c (facet, value, count)
       SELECT f.facet, f.value, sum(d.sign)::int
       FROM (%s) AS d,
            practice_facet_values(d.policy_areas, d.countries, d.region_codes, d.target_groups, d.result,
              d.status, d.authority_role, d.strong_criteria, d.year, d.languages) AS f
       WHERE d.moderation_status = ''published'' AND d.deleted_at IS NULL
       GROUP BY f.facet, f.value
       HAVING sum(d.sign) <> 0
       ORDER BY f.facet, f.value
       ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count',
    CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
      WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
      ELSE 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1 AS sign, o.* FROM old_rows o'
    END);
  -- Only updates and deletes lower counts; a value no published practice has any more disappears.
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM practice_facet_counts WHERE count = 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER practice_facet_counts_insert AFTER INSERT ON practices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER practice_facet_counts_update AFTER UPDATE ON practices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER practice_facet_counts_delete AFTER DELETE ON practices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION practice_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER practice_facet_counts_truncate AFTER TRUNCATE ON practices
  FOR EACH STATEMENT EXECUTE FUNCTION practice_facet_counts_apply();
--> statement-breakpoint
INSERT INTO practice_facet_counts (facet, value, count)
  SELECT f.facet, f.value, count(*)::int
  FROM practices p,
       practice_facet_values(p.policy_areas, p.countries, p.region_codes, p.target_groups, p.result, p.status,
         p.authority_role, p.strong_criteria, p.year, p.languages) AS f
  WHERE p.moderation_status = 'published' AND p.deleted_at IS NULL
  GROUP BY f.facet, f.value;
