import type { PracticeFacet, PracticeFilter, PracticeSearchQuery } from '@regin/api-contract';
import { type Executor, queryRows } from '@regin/db';
import { type SQL, sql } from 'drizzle-orm';
import { HttpProblem } from '../../lib/problem.js';

/**
 * Practice search on PostgreSQL full-text search: three vectors per practice (its own language stemmed,
 * English, unaccented simple words across its languages), facets as real columns counted with GROUP BY,
 * keyset (cursor) pagination, ts_headline only for the page, and "did you mean" from the indexed word list.
 */

export const PUBLISHED = sql`p.moderation_status = 'published' and p.deleted_at is null`;

interface TextQuery {
  q: string;
  lang: string;
}

/** The three tsqueries of one search text (`websearch_to_tsquery` syntax: phrases, OR, -exclusion). */
function textMatch({ q, lang }: TextQuery): { where: SQL; rank: SQL } {
  const source = sql`websearch_to_tsquery(regin_ts_config(${lang}), ${q})`;
  const english = sql`websearch_to_tsquery('public.regin_en', ${q})`;
  const simple = sql`websearch_to_tsquery('public.regin_simple', ${q})`;
  return {
    where: sql`(p.search_source @@ ${source} or p.search_english @@ ${english} or p.search_simple @@ ${simple})`,
    rank: sql`(ts_rank_cd(p.search_source, ${source}) + ts_rank_cd(p.search_english, ${english}) + 0.5 * ts_rank_cd(p.search_simple, ${simple}))::real`,
  };
}

/** One SQL condition per facet so each facet's counts can leave out its own filter (OR within, AND across). */
/** A text[] literal built from parameters (drizzle would otherwise spread a JS array into a list). */
export function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

export function facetConditions(filter: PracticeFilter): Partial<Record<PracticeFacet | 'bbox', SQL>> {
  const arr = textArray;
  const conditions: Partial<Record<PracticeFacet | 'bbox', SQL>> = {};
  if (filter.policyArea?.length) conditions.policyArea = sql`p.policy_areas && ${arr(filter.policyArea)}`;
  if (filter.country?.length) conditions.country = sql`p.countries && ${arr(filter.country)}`;
  if (filter.region?.length) conditions.region = sql`p.region_scope && ${arr(filter.region)}`;
  if (filter.targetGroup?.length) conditions.targetGroup = sql`p.target_groups && ${arr(filter.targetGroup)}`;
  if (filter.result?.length) conditions.result = sql`p.result = any(${arr(filter.result)})`;
  if (filter.status?.length) conditions.status = sql`p.status = any(${arr(filter.status)})`;
  if (filter.authorityRole?.length)
    conditions.authorityRole = sql`p.authority_role = any(${arr(filter.authorityRole)})`;
  if (filter.criteria?.length) conditions.criteria = sql`p.strong_criteria && ${arr(filter.criteria)}`;
  if (filter.year?.length) conditions.year = sql`p.year::text = any(${arr(filter.year)})`;
  if (filter.language?.length) conditions.language = sql`p.languages && ${arr(filter.language)}`;
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    conditions.bbox = sql`p.lon between ${minLon} and ${maxLon} and p.lat between ${minLat} and ${maxLat}`;
  }
  return conditions;
}

const FACET_COLUMNS: Record<PracticeFacet, { expr: SQL; array: boolean }> = {
  policyArea: { expr: sql`p.policy_areas`, array: true },
  country: { expr: sql`p.countries`, array: true },
  region: { expr: sql`p.region_codes`, array: true },
  targetGroup: { expr: sql`p.target_groups`, array: true },
  result: { expr: sql`p.result`, array: false },
  status: { expr: sql`p.status`, array: false },
  authorityRole: { expr: sql`p.authority_role`, array: false },
  criteria: { expr: sql`p.strong_criteria`, array: true },
  year: { expr: sql`p.year::text`, array: false },
  language: { expr: sql`p.languages`, array: true },
};

function and(parts: (SQL | undefined)[]): SQL {
  const present = parts.filter((part): part is SQL => part !== undefined);
  return present.length ? sql.join(present, sql` and `) : sql`true`;
}

interface Cursor {
  s: string;
  k: number | string | null;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string, sort: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Cursor;
    if (cursor.s === sort && typeof cursor.id === 'string' && /^[0-9a-f-]{36}$/.test(cursor.id))
      return cursor;
  } catch {
    // fall through to the problem below
  }
  throw new HttpProblem('validation', 'The cursor is not one this search returned', [
    {
      in: 'querystring',
      field: 'cursor',
      pointer: '/cursor',
      detail: 'use the `next` value of the previous page with the same sort',
    },
  ]);
}

interface HitRow {
  id: string;
  slug: string;
  title: Record<string, unknown>;
  summary: Record<string, unknown>;
  region_codes: string[];
  countries: string[];
  policy_areas: string[];
  target_groups: string[];
  result: string | null;
  status: string | null;
  year: number | null;
  languages: string[];
  lat: number | null;
  lon: number | null;
  published_at: string | null;
  illustrative: boolean;
  rank: number;
  sort_key: string | number | null;
  snippet: string | null;
}

const HIGHLIGHT_START = '\u0001';
const HIGHLIGHT_STOP = '\u0002';

/** Escapes the excerpt, then turns the highlight markers into <mark>: text from users never becomes markup. */
export function safeSnippet(raw: string | null): string | null {
  if (!raw) return null;
  const escaped = raw.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
  return escaped.replaceAll(HIGHLIGHT_START, '<mark>').replaceAll(HIGHLIGHT_STOP, '</mark>');
}

export interface SearchResult {
  items: ReturnType<typeof toHit>[];
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
  next: string | null;
  didYouMean: string | null;
  fuzzy: boolean;
}

function toHit(row: HitRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    snippet: safeSnippet(row.snippet),
    regionCodes: row.region_codes,
    countries: row.countries,
    policyAreas: row.policy_areas,
    targetGroups: row.target_groups,
    result: row.result,
    status: row.status,
    year: row.year,
    languages: row.languages,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    illustrative: row.illustrative,
  };
}

/** Words of the query that the index does not know, replaced by their closest indexed word. */
async function correctQuery(db: Executor, q: string): Promise<string | null> {
  const words = [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].slice(0, 8);
  if (words.length === 0) return null;
  let corrected = q;
  let changed = false;
  for (const word of words) {
    const rows = await queryRows<{ word: string; known: boolean }>(
      db,
      sql`select w.word, w.word = immutable_unaccent(${word}) as known
          from search_words w
          where w.word % immutable_unaccent(${word})
          order by (w.word = immutable_unaccent(${word})) desc, similarity(w.word, immutable_unaccent(${word})) desc, w.word
          limit 1`,
    );
    const best = rows[0];
    if (best && !best.known) {
      corrected = corrected.replace(
        new RegExp(
          `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'giu',
        ),
        best.word,
      );
      changed = true;
    }
  }
  return changed ? corrected : null;
}

export async function searchPractices(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  const result = await runSearch(db, query);
  if (!query.q || result.total >= 3) return result;
  const corrected = await correctQuery(db, query.q);
  if (!corrected) return result;
  if (result.total > 0) return { ...result, didYouMean: corrected };
  const fuzzy = await runSearch(db, { ...query, q: corrected });
  return { ...fuzzy, didYouMean: corrected, fuzzy: fuzzy.total > 0 };
}

async function runSearch(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  const text = query.q?.trim() ? textMatch({ q: query.q.trim(), lang: query.lang }) : undefined;
  const sort = query.sort ?? (text ? 'relevance' : 'newest');
  const facets = facetConditions(query);
  const base = and([PUBLISHED, text?.where]);
  const allFilters = and([base, ...Object.values(facets)]);

  const sortKey =
    sort === 'relevance'
      ? (text?.rank ?? sql`0::real`)
      : sort === 'newest'
        ? sql`coalesce(extract(epoch from p.published_at), 0)::float8`
        : sql`coalesce(p.region_codes[1], '')`;
  const direction = sort === 'region' ? sql`asc` : sql`desc`;
  let keyset: SQL | undefined;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, sort);
    keyset =
      sort === 'region'
        ? sql`(m.sort_key > ${cursor.k} or (m.sort_key = ${cursor.k} and m.id > ${cursor.id}::uuid))`
        : sort === 'relevance'
          ? sql`(m.sort_key < ${cursor.k}::real or (m.sort_key = ${cursor.k}::real and m.id > ${cursor.id}::uuid))`
          : sql`(m.sort_key < ${cursor.k}::float8 or (m.sort_key = ${cursor.k}::float8 and m.id > ${cursor.id}::uuid))`;
  }
  const headlineQuery = text
    ? sql`websearch_to_tsquery(regin_ts_config(m.source_language), ${query.q?.trim() ?? ''})`
    : undefined;
  const snippet = headlineQuery
    ? sql`ts_headline(regin_ts_config(m.source_language), coalesce(m.summary -> 'text' ->> ${query.lang}, m.summary -> 'text' ->> m.source_language, ''), ${headlineQuery},
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql`null::text`;

  const rows = await queryRows<HitRow & { source_language: string }>(
    db,
    sql`with m as (
          select p.id, p.slug, p.title, p.summary, p.region_codes, p.countries, p.policy_areas, p.target_groups,
                 p.result, p.status, p.year, p.languages, p.lat, p.lon, p.published_at, p.illustrative, p.source_language,
                 ${text?.rank ?? sql`0::real`} as rank, ${sortKey} as sort_key
          from practices p
          where ${allFilters}
        ), page as (
          select * from m where ${keyset ?? sql`true`}
          order by m.sort_key ${direction}, m.id asc
          limit ${query.limit + 1}
        )
        select m.*, ${snippet} as snippet from page m order by m.sort_key ${direction}, m.id asc`,
  );
  const hasMore = rows.length > query.limit;
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows.at(-1);
  const next = hasMore && last ? encodeCursor({ s: sort, k: last.sort_key, id: last.id }) : null;

  const [totalRow] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from practices p where ${allFilters}`,
  );
  const facetCounts: Record<string, { value: string; count: number }[]> = {};
  for (const [facet, column] of Object.entries(FACET_COLUMNS) as [
    PracticeFacet,
    (typeof FACET_COLUMNS)[PracticeFacet],
  ][]) {
    const others = Object.entries(facets)
      .filter(([name]) => name !== facet)
      .map(([, condition]) => condition);
    const where = and([base, ...others]);
    const counts = column.array
      ? await queryRows<{ value: string; count: number }>(
          db,
          sql`select v as value, count(*)::int as count from practices p, unnest(${column.expr}) as v where ${where} group by v order by count(*) desc, v`,
        )
      : await queryRows<{ value: string; count: number }>(
          db,
          sql`select ${column.expr} as value, count(*)::int as count from practices p where ${where} and ${column.expr} is not null group by 1 order by 2 desc, 1`,
        );
    facetCounts[facet] = counts;
  }
  return {
    items: pageRows.map(toHit),
    total: totalRow?.total ?? 0,
    facets: facetCounts,
    next,
    didYouMean: null,
    fuzzy: false,
  };
}
