-- Accent-insensitive text-search configurations: each language's stemmer after unaccent, so "Cataluña" and
-- "Cataluna" meet. PGlite and PostgreSQL ship the same dictionaries, so search behaves the same on both.
DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['regin_en', 'english'], ['regin_ca', 'catalan'], ['regin_es', 'spanish'], ['regin_it', 'italian'],
    ['regin_pt', 'portuguese'], ['regin_sv', 'swedish'], ['regin_fr', 'french'], ['regin_de', 'german'],
    ['regin_el', 'greek'], ['regin_nl', 'dutch'], ['regin_ar', 'arabic'], ['regin_simple', 'simple']
  ] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = pair[1]) THEN
      EXECUTE format('CREATE TEXT SEARCH CONFIGURATION public.%I (COPY = pg_catalog.%I)', pair[1], pair[2]);
      EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION public.%I ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, %s',
        pair[1],
        CASE WHEN pair[2] = 'simple' THEN 'simple' ELSE pair[2] || '_stem' END
      );
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- The configuration for a practice's language; languages without a stemmer fall back to unaccented simple.
CREATE OR REPLACE FUNCTION regin_ts_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'en' THEN 'public.regin_en'::regconfig WHEN 'ca' THEN 'public.regin_ca'::regconfig
    WHEN 'es' THEN 'public.regin_es'::regconfig WHEN 'it' THEN 'public.regin_it'::regconfig
    WHEN 'pt' THEN 'public.regin_pt'::regconfig WHEN 'sv' THEN 'public.regin_sv'::regconfig
    WHEN 'fr' THEN 'public.regin_fr'::regconfig WHEN 'de' THEN 'public.regin_de'::regconfig
    WHEN 'el' THEN 'public.regin_el'::regconfig WHEN 'nl' THEN 'public.regin_nl'::regconfig
    WHEN 'ar' THEN 'public.regin_ar'::regconfig
    ELSE 'public.regin_simple'::regconfig END
$$;
--> statement-breakpoint
-- All the texts of a LocalizedText value, every language, space-separated.
CREATE OR REPLACE FUNCTION localized_all(doc jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(value, ' '), '') FROM jsonb_each_text(coalesce(doc -> 'text', '{}'::jsonb))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION localized_in(doc jsonb, lang text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(doc -> 'text' ->> lang, '') $$;
--> statement-breakpoint
-- Title > summary > body (weights A, B, C) in three vectors: the practice's own language (stemmed), English
-- (every practice is found by its English summary) and unaccented simple words across all its languages
-- (a Spanish query finds a Catalan practice where the words match).
CREATE OR REPLACE FUNCTION practices_search_refresh() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := regin_ts_config(NEW.source_language);
BEGIN
  NEW.search_source :=
    setweight(to_tsvector(cfg, localized_in(NEW.title, NEW.source_language)), 'A') ||
    setweight(to_tsvector(cfg, localized_in(NEW.summary, NEW.source_language)), 'B') ||
    setweight(to_tsvector(cfg, concat_ws(' ', localized_in(NEW.description, NEW.source_language),
      localized_in(NEW.lessons_learnt, NEW.source_language), localized_in(NEW.transferability, NEW.source_language))), 'C');
  NEW.search_english :=
    setweight(to_tsvector('public.regin_en', localized_in(NEW.title, 'en')), 'A') ||
    setweight(to_tsvector('public.regin_en', localized_in(NEW.summary, 'en')), 'B') ||
    setweight(to_tsvector('public.regin_en', concat_ws(' ', localized_in(NEW.description, 'en'),
      localized_in(NEW.lessons_learnt, 'en'), localized_in(NEW.transferability, 'en'))), 'C');
  NEW.search_simple :=
    setweight(to_tsvector('public.regin_simple', localized_all(NEW.title)), 'A') ||
    setweight(to_tsvector('public.regin_simple', localized_all(NEW.summary)), 'B') ||
    setweight(to_tsvector('public.regin_simple', concat_ws(' ', localized_all(NEW.description),
      localized_all(NEW.lessons_learnt), localized_all(NEW.transferability))), 'C');
  NEW.title_plain := lower(immutable_unaccent(localized_all(NEW.title)));
  INSERT INTO search_words (word)
    SELECT lexeme FROM unnest(tsvector_to_array(NEW.search_simple)) AS lexeme
    WHERE length(lexeme) >= 3 AND lexeme !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER practices_search
  BEFORE INSERT OR UPDATE OF title, summary, description, lessons_learnt, transferability, source_language
  ON practices FOR EACH ROW EXECUTE FUNCTION practices_search_refresh();
