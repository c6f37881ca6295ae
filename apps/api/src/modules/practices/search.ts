import type { PracticeFacet, PracticeFilter, PracticeSearchQuery } from '@regin/api-contract';
import { type Executor, queryRows } from '@regin/db';
import { type SQL, sql } from 'drizzle-orm';
import { HttpProblem } from '../../lib/problem.js';

/**
 * Practice search on PostgreSQL full-text search: three vectors per practice (its own language stemmed,
 * English, unaccented simple words across its languages), facets as real columns counted with GROUP BY,
 * keyset (cursor) pagination, ts_headline only for the page, and "did you mean" from the indexed word list.
 *
 * Statements per search (timings at 100,000 practices in apps/api/README.md, `pnpm bench`): with a text
 * query, one statement reads and ranks the matches once and answers page and facets from them; without
 * one, the page walks an index and the facets come from practice_facet_counts (no other filter) or from
 * one GROUPING SETS pass over the filtered rows.
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

/** Each facet's column; practice_facet_values() (migration 0007) lists the same for the stored counts. */
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
    // The sort key's type: a rank (relevance), a timestamp or null (newest), a region code (region).
    const key =
      sort === 'relevance'
        ? typeof cursor.k === 'number'
        : sort === 'newest'
          ? cursor.k === null || (typeof cursor.k === 'string' && !Number.isNaN(Date.parse(cursor.k)))
          : typeof cursor.k === 'string';
    if (cursor.s === sort && key && typeof cursor.id === 'string' && /^[0-9a-f-]{36}$/.test(cursor.id))
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

/**
 * One search: the page, the total, every facet's counts and, when the query finds fewer than three
 * practices, "did you mean". Runs in one transaction whose planner assumes cached data (random_page_cost
 * 1.1, the usual value for SSDs and PGlite's memory): with the default of 4 it scans every practice and
 * unpacks all three tsvectors of each row instead of reading the matches from the GIN indexes, which is
 * 20-40 times slower at 100,000 practices. The setting ends with the transaction.
 */
export async function searchPractices(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('random_page_cost', '1.1', true)`);
    const result = await runSearch(tx, query);
    if (!query.q || result.total >= 3) return result;
    const corrected = await correctQuery(tx, query.q);
    if (!corrected) return result;
    if (result.total > 0) return { ...result, didYouMean: corrected };
    const fuzzy = await runSearch(tx, { ...query, q: corrected });
    return { ...fuzzy, didYouMean: corrected, fuzzy: fuzzy.total > 0 };
  });
}

const FACETS = Object.keys(FACET_COLUMNS) as PracticeFacet[];
type Conditions = ReturnType<typeof facetConditions>;
type Sort = 'relevance' | 'newest' | 'region';
type FacetRow = { facet: string; value: string; count: number };

/** The filter conditions a facet's counts apply: every one but the facet's own (the bounding box always). */
function conditionsFor(conditions: Conditions, facet: PracticeFacet | undefined): SQL[] {
  return Object.entries(conditions)
    .filter(([name]) => name !== facet)
    .map(([, condition]) => condition);
}

const REGION_KEY = sql`coalesce(p.region_codes[1], '')`;
const HIT_COLUMNS = sql`p.id, p.slug, p.title, p.summary, p.region_codes, p.countries, p.policy_areas, p.target_groups,
  p.result, p.status, p.year, p.languages, p.lat, p.lon, p.published_at, p.illustrative, p.source_language`;

/** The value a page is ordered by (then id), as a column of `practices p`. */
function sortKey(sort: Sort, rank: SQL | undefined): SQL {
  if (sort === 'newest') return sql`p.published_at::text`;
  if (sort === 'region') return REGION_KEY;
  return rank ?? sql`0::real`;
}

/** Order and keyset on a relation `r` with columns sort_key, published_at (newest) and id. */
function pageOrder(sort: Sort, r: string): SQL {
  const t = sql.raw(r);
  if (sort === 'newest') return sql`${t}.published_at desc nulls last, ${t}.id asc`;
  if (sort === 'region') return sql`${t}.sort_key asc, ${t}.id asc`;
  return sql`${t}.sort_key desc, ${t}.id asc`;
}

function keysetAfter(sort: Sort, cursor: Cursor, r: string): SQL {
  const t = sql.raw(r);
  const { k, id } = cursor;
  if (sort === 'newest') {
    if (k === null) return sql`${t}.published_at is null and ${t}.id > ${id}::uuid`;
    // The first clause repeats the bound so an index scan starts at the cursor.
    return sql`(${t}.published_at <= ${k}::timestamptz or ${t}.published_at is null)
      and (${t}.published_at < ${k}::timestamptz or ${t}.published_at is null or ${t}.id > ${id}::uuid)`;
  }
  if (sort === 'region')
    return sql`${t}.sort_key >= ${k} and (${t}.sort_key > ${k} or ${t}.id > ${id}::uuid)`;
  return sql`(${t}.sort_key < ${k}::real or (${t}.sort_key = ${k}::real and ${t}.id > ${id}::uuid))`;
}

function snippetOf(q: string | undefined, lang: string): SQL {
  if (!q) return sql`null::text`;
  return sql`ts_headline(regin_ts_config(p.source_language), coalesce(p.summary -> 'text' ->> ${lang}, p.summary -> 'text' ->> p.source_language, ''),
    websearch_to_tsquery(regin_ts_config(p.source_language), ${q}),
    ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`})`;
}

/**
 * Facet counts in one pass: each live facet's value list and whether the row passes that facet's filters
 * (all but its own), grouped by GROUPING SETS — a few hundred distinct lists per facet — then unnested and
 * summed. `m` must hold the rows any count needs (`columns` and `needed` say which).
 */
function facetPass(conditions: Conditions, live: PracticeFacet[]) {
  const all = Object.values(conditions);
  const okOf = (facet: PracticeFacet) => (conditions[facet] !== undefined ? `ok_${facet}` : 'ok_all');
  const columns: SQL[] = [sql`${and(all)} as ok_all`];
  for (const [index, facet] of live.entries()) {
    columns.push(sql`${FACET_COLUMNS[facet].expr} as ${sql.raw(`k${index}`)}`);
    if (conditions[facet] !== undefined)
      columns.push(sql`${and(conditionsFor(conditions, facet))} as ${sql.raw(okOf(facet))}`);
  }
  // The rows a count needs: all filters, or all but the own filter of a filtered live facet.
  const widened = live.filter((facet) => conditions[facet] !== undefined);
  const needed =
    all.length === 0 || widened.some((facet) => conditionsFor(conditions, facet).length === 0)
      ? undefined
      : sql`(${sql.join(
          [and(all), ...widened.map((facet) => and(conditionsFor(conditions, facet)))],
          sql` or `,
        )})`;
  const branch = (pick: (facet: PracticeFacet, k: SQL) => SQL, otherwise: SQL) =>
    sql`case ${sql.join(
      live.map((facet, index) => {
        const k = sql.raw(`m.k${index}`);
        return sql`when grouping(${k}) = 0 then ${pick(facet, k)}`;
      }),
      sql` `,
    )} else ${otherwise} end`;
  const sets = [...live.map((facet, index) => `(m.k${index}, m.${okOf(facet)})`), '(m.ok_all)'];
  // g: (facet, value list, passes, rows); counts: (facet, value, count), '*' being the total.
  const grouped = sql`select ${branch((facet) => sql`${facet}`, sql`'*'`)} as facet,
      ${branch(
        (facet, k) =>
          FACET_COLUMNS[facet].array ? k : sql`case when ${k} is null then '{}'::text[] else array[${k}] end`,
        sql`'{}'::text[]`,
      )} as key,
      ${branch((facet) => sql.raw(`m.${okOf(facet)}`), sql`m.ok_all`)} as ok,
      count(*)::int as n
    from m group by grouping sets (${sql.raw(sets.join(', '))})`;
  const counts = sql`select g.facet, v.value, sum(g.n)::int as count from g, unnest(g.key) as v(value)
      where g.ok and g.facet <> '*' group by g.facet, v.value
    union all
    select '*', '', coalesce(sum(g.n), 0)::int from g where g.ok and g.facet = '*'`;
  return { columns, needed, grouped, counts };
}

function collectFacets(rows: FacetRow[]) {
  const facets: Record<string, { value: string; count: number }[]> = Object.fromEntries(
    FACETS.map((facet) => [facet, []]),
  );
  let total = 0;
  for (const row of rows) {
    if (row.facet === '*') total = row.count;
    else facets[row.facet]?.push({ value: row.value, count: row.count });
  }
  return { total, facets };
}

function finish(
  rows: HitRow[],
  limit: number,
  sort: Sort,
  counted: { total: number; facets: Record<string, { value: string; count: number }[]> },
): SearchResult {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toHit),
    total: counted.total,
    facets: counted.facets,
    next: rows.length > limit && last ? encodeCursor({ s: sort, k: last.sort_key, id: last.id }) : null,
    didYouMean: null,
    fuzzy: false,
  };
}

async function runSearch(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  const q = query.q?.trim() || undefined;
  const text = q ? textMatch({ q, lang: query.lang }) : undefined;
  const sort: Sort = query.sort ?? (text ? 'relevance' : 'newest');
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const conditions = facetConditions(query);
  const all = Object.values(conditions);
  const limit = query.limit + 1;

  if (text) {
    // One statement: the matches are read once (GIN indexes, then their rows), ranked once, and both the
    // page and the facet counts come from that materialised set; snippets for the page only.
    const pass = facetPass(conditions, FACETS);
    const rank = all.length ? sql`case when ${and(all)} then ${text.rank} end` : text.rank;
    const [row] = await queryRows<{ items: HitRow[] | null; facets: FacetRow[] | null }>(
      db,
      sql`with m as materialized (
            select p.id, p.published_at, ${sort === 'relevance' ? rank : sortKey(sort, undefined)} as sort_key,
                   ${sql.join(pass.columns, sql`, `)}
            from practices p
            where ${and([PUBLISHED, text.where, pass.needed])}
          ), g as (${pass.grouped}), counts as (${pass.counts}),
          page as (
            select m.id, m.sort_key, m.published_at from m
            where ${and([sql`m.ok_all`, cursor ? keysetAfter(sort, cursor, 'm') : undefined])}
            order by ${pageOrder(sort, 'm')} limit ${limit}
          )
          select
            (select json_agg(c order by c.facet, c.count desc, c.value) from counts c) as facets,
            (select json_agg(h order by ${pageOrder(sort, 'h')}) from (
               select ${HIT_COLUMNS}, page.sort_key, ${snippetOf(q, query.lang)} as snippet
               from page join practices p on p.id = page.id
             ) h) as items`,
    );
    return finish(row?.items ?? [], query.limit, sort, collectFacets(row?.facets ?? []));
  }

  // Without text: newest and region walk their partial index (practices_newest_idx,
  // practices_region_order_idx), reading about one page of rows.
  const page = await queryRows<HitRow>(
    db,
    sql`select * from (
          select ${HIT_COLUMNS}, ${sortKey(sort, undefined)} as sort_key
          from practices p where ${and([PUBLISHED, ...all])}
        ) r
        where ${cursor ? keysetAfter(sort, cursor, 'r') : sql`true`}
        order by ${pageOrder(sort, 'r')} limit ${limit}`,
  );
  // A facet no other filter narrows shows the counts over all published practices, which
  // practice_facet_counts keeps (migration 0007); the rest are counted live.
  const stored = FACETS.filter((facet) => conditionsFor(conditions, facet).length === 0);
  const live = FACETS.filter((facet) => !stored.includes(facet));
  const rows: FacetRow[] = [];
  if (stored.length > 0) {
    rows.push(
      ...(await queryRows<FacetRow>(
        db,
        sql`select facet, value, count from practice_facet_counts
            where facet = any(${textArray(all.length === 0 ? [...stored, '*'] : stored)}) and count > 0
            order by facet, count desc, value`,
      )),
    );
  }
  if (live.length > 0) {
    const pass = facetPass(conditions, live);
    rows.push(
      ...(await queryRows<FacetRow>(
        db,
        sql`with m as (
              select ${sql.join(pass.columns, sql`, `)} from practices p where ${and([PUBLISHED, pass.needed])}
            ), g as (${pass.grouped})
            ${pass.counts}
            order by 1, 3 desc, 2`,
      )),
    );
  }
  return finish(page, query.limit, sort, collectFacets(rows));
}
