import type { PracticeFacet, PracticeFilter, PracticeSearchQuery } from '@regin/api-contract';
import { type Executor, queryRows } from '@regin/db';
import { type SQL, sql } from 'drizzle-orm';
import { HttpProblem } from '../../lib/problem.js';
import {
  type IndexedPractice,
  type ParsedTextQuery,
  PracticeSearchIndex,
  type Sort,
} from './search-index.js';
import { parseTsQuery } from './tsquery.js';

/**
 * Practice search. PostgreSQL stems, unaccents and parses: triggers store three vectors per practice (its own
 * language stemmed, English, unaccented simple words across its languages) and `websearch_to_tsquery` turns
 * the user's text into one tsquery per vector. The matching, ranking, facet counts and paging run on the
 * API's in-memory index of those vectors (search-index.ts), kept in step with the table through
 * practice_search_changes; PostgreSQL then returns the page's rows with their highlighted snippets.
 * Timings at 100,000 practices: apps/api/README.md (`pnpm bench`).
 */

export const PUBLISHED = sql`p.moderation_status = 'published' and p.deleted_at is null`;

/** A text[] literal built from parameters (drizzle would otherwise spread a JS array into a list). */
export function sqlArray(values: readonly string[], type: 'text' | 'uuid' = 'text'): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}

/** One SQL condition per filter (OR within a facet, AND across), for the exports' SQL. */
export function facetConditions(filter: PracticeFilter): Partial<Record<PracticeFacet | 'bbox', SQL>> {
  const arr = sqlArray;
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

const INDEX_COLUMNS = sql`p.id, p.published_at, p.region_codes, p.region_scope, p.countries, p.policy_areas,
  p.target_groups, p.result, p.status, p.authority_role, p.strong_criteria, p.year, p.languages, p.lat, p.lon,
  p.search_source::text as source, p.search_english::text as english, p.search_simple::text as simple`;

interface IndexRow {
  id: string;
  published_at: string | Date | null;
  region_codes: string[];
  region_scope: string[];
  countries: string[];
  policy_areas: string[];
  target_groups: string[];
  result: string | null;
  status: string | null;
  authority_role: string | null;
  strong_criteria: string[];
  year: number | null;
  languages: string[];
  lat: number | null;
  lon: number | null;
  source: string | null;
  english: string | null;
  simple: string | null;
}

function toIndexed(row: IndexRow): IndexedPractice {
  return {
    id: row.id,
    publishedAt: row.published_at === null ? null : new Date(row.published_at).getTime(),
    regionCodes: row.region_codes ?? [],
    regionScope: row.region_scope ?? [],
    countries: row.countries ?? [],
    policyAreas: row.policy_areas ?? [],
    targetGroups: row.target_groups ?? [],
    result: row.result,
    status: row.status,
    authorityRole: row.authority_role,
    criteria: row.strong_criteria ?? [],
    year: row.year === null ? null : Number(row.year),
    languages: row.languages ?? [],
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    vectors: { source: row.source ?? '', english: row.english ?? '', simple: row.simple ?? '' },
  };
}

/** Rows per statement when the index reads practices (a full build reads them all in id order). */
const READ_CHUNK = 5000;
/** Change-log rows older than this are deleted at each full build; an index idle for half of it rebuilds. */
const CHANGE_LOG_DAYS = 1;
const MAX_IDLE_MS = (CHANGE_LOG_DAYS * 24 * 3600 * 1000) / 2;

interface IndexState {
  index: PracticeSearchIndex;
  /** The oldest transaction that was still running when the index last looked at the change log. */
  horizon: number;
  /** Change-log rows already applied from transactions at or after the horizon. */
  applied: Set<number>;
  syncedAt: number;
}

interface SyncRow {
  xmin: string;
  changes: [number, number, string | null][] | null;
  source: string | null;
  english: string | null;
  simple: string | null;
}

/**
 * One index per database the API talks to, shared by the process's requests; each replica of the API keeps
 * its own and catches up from practice_search_changes before every search.
 */
class IndexKeeper {
  private state: IndexState | null = null;
  private pending: Promise<IndexState> | null = null;

  constructor(private readonly db: Executor) {}

  /** Brings the index up to date and returns it with the search text parsed in the same statement. */
  async ready(text: { q: string; lang: string } | undefined) {
    const state = this.state;
    // Once built, one statement both reads what changed and parses the query.
    if (!state || Date.now() - state.syncedAt > MAX_IDLE_MS) {
      this.state = await this.once(() => this.build());
      return { index: this.state.index, text: text ? await this.parse(text) : undefined };
    }
    const [row] = await queryRows<SyncRow>(
      this.db,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
            (select json_agg(json_build_array(c.seq, c.txid, c.practice_id) order by c.seq)
             from practice_search_changes c where c.txid >= ${state.horizon}) as changes,
            ${text ? queryTexts(text) : sql`null as source, null as english, null as simple`}`,
    );
    if (!row) throw new Error('the change log query returned no row');
    const fresh = (row.changes ?? []).filter(([seq]) => !state.applied.has(seq));
    if (fresh.length > 0) this.state = await this.once(() => this.apply(state, row, fresh));
    else {
      state.horizon = Number(row.xmin);
      state.applied = new Set(
        (row.changes ?? []).filter(([, txid]) => txid >= state.horizon).map(([seq]) => seq),
      );
      state.syncedAt = Date.now();
    }
    const current = this.state ?? state;
    return { index: current.index, text: text ? parsedTexts(row) : undefined };
  }

  /** Concurrent searches share one build or catch-up instead of each running their own. */
  private async once(work: () => Promise<IndexState>): Promise<IndexState> {
    if (!this.pending) this.pending = work().finally(() => (this.pending = null));
    return this.pending;
  }

  private async parse(text: { q: string; lang: string }) {
    const [row] = await queryRows<SyncRow>(this.db, sql`select ${queryTexts(text)}`);
    if (!row) throw new Error('the query parse returned no row');
    return parsedTexts(row);
  }

  private async build(): Promise<IndexState> {
    // The horizon is read before the rows: whatever changes while they are read is applied again later.
    const [row] = await queryRows<{ xmin: string }>(
      this.db,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`,
    );
    await this.db.execute(
      sql`delete from practice_search_changes where changed_at < now() - make_interval(days => ${CHANGE_LOG_DAYS})`,
    );
    const index = new PracticeSearchIndex();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await queryRows<IndexRow>(
        this.db,
        sql`select ${INDEX_COLUMNS} from practices p where ${PUBLISHED} and p.id > ${after}::uuid
            order by p.id limit ${READ_CHUNK}`,
      );
      for (const practice of rows) index.upsert(toIndexed(practice));
      const last = rows.at(-1);
      if (rows.length < READ_CHUNK || !last) break;
      after = last.id;
    }
    return { index, horizon: Number(row?.xmin ?? 0), applied: new Set(), syncedAt: Date.now() };
  }

  private async apply(state: IndexState, row: SyncRow, fresh: [number, number, string | null][]) {
    const ids = [...new Set(fresh.map(([, , id]) => id))];
    // A truncation, or more changes than a rebuild would read, rebuilds.
    if (ids.includes(null) || ids.length > READ_CHUNK || state.index.compactionDue) return this.build();
    const changed = ids.filter((id): id is string => id !== null);
    const rows = await queryRows<IndexRow>(
      this.db,
      sql`select ${INDEX_COLUMNS} from practices p where ${PUBLISHED} and p.id = any(${sqlArray(changed, 'uuid')})`,
    );
    for (const id of changed) state.index.remove(id);
    for (const practice of rows) state.index.upsert(toIndexed(practice));
    const horizon = Number(row.xmin);
    return {
      index: state.index,
      horizon,
      applied: new Set((row.changes ?? []).filter(([, txid]) => txid >= horizon).map(([seq]) => seq)),
      syncedAt: Date.now(),
    };
  }
}

/** The query text as each vector's configuration parses it (`websearch_to_tsquery` syntax). */
function queryTexts({ q, lang }: { q: string; lang: string }): SQL {
  return sql`websearch_to_tsquery(regin_ts_config(${lang}), ${q})::text as source,
    websearch_to_tsquery('public.regin_en', ${q})::text as english,
    websearch_to_tsquery('public.regin_simple', ${q})::text as simple`;
}

function parsedTexts(row: Pick<SyncRow, 'source' | 'english' | 'simple'>): ParsedTextQuery {
  return {
    source: parseTsQuery(row.source ?? ''),
    english: parseTsQuery(row.english ?? ''),
    simple: parseTsQuery(row.simple ?? ''),
  };
}

const keepers = new WeakMap<object, IndexKeeper>();

function keeperFor(db: Executor): IndexKeeper {
  let keeper = keepers.get(db);
  if (!keeper) {
    keeper = new IndexKeeper(db);
    keepers.set(db, keeper);
  }
  return keeper;
}

/** Builds (or brings up to date) the search index of this database; resolves to the number of practices in it. */
export async function warmSearchIndex(db: Executor): Promise<number> {
  const { index } = await keeperFor(db).ready(undefined);
  return index.size;
}

/** One search: the page, the total, every facet's counts and, when it finds fewer than three, "did you mean". */
export async function searchPractices(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  const result = await runSearch(db, query);
  if (!query.q || result.total >= 3) return result;
  const corrected = await correctQuery(db, query.q);
  if (!corrected) return result;
  if (result.total > 0) return { ...result, didYouMean: corrected };
  const fuzzy = await runSearch(db, { ...query, q: corrected });
  return { ...fuzzy, didYouMean: corrected, fuzzy: fuzzy.total > 0 };
}

const HIT_COLUMNS = sql`p.id, p.slug, p.title, p.summary, p.region_codes, p.countries, p.policy_areas, p.target_groups,
  p.result, p.status, p.year, p.languages, p.lat, p.lon, p.published_at, p.illustrative`;

function snippetOf(q: string | undefined, lang: string): SQL {
  if (!q) return sql`null::text`;
  return sql`ts_headline(regin_ts_config(p.source_language), coalesce(p.summary -> 'text' ->> ${lang}, p.summary -> 'text' ->> p.source_language, ''),
    websearch_to_tsquery(regin_ts_config(p.source_language), ${q}),
    ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`})`;
}

async function runSearch(db: Executor, query: PracticeSearchQuery): Promise<SearchResult> {
  const q = query.q?.trim() || undefined;
  const sort: Sort = query.sort ?? (q ? 'relevance' : 'newest');
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const { index, text } = await keeperFor(db).ready(q ? { q, lang: query.lang } : undefined);
  const found = index.search({
    filter: query,
    sort,
    limit: query.limit + 1,
    ...(text ? { text } : {}),
    ...(cursor ? { cursor } : {}),
  });
  const page = found.page.slice(0, query.limit);
  const rows = page.length
    ? await queryRows<HitRow>(
        db,
        sql`select ${HIT_COLUMNS}, ${snippetOf(q, query.lang)} as snippet
            from practices p where ${PUBLISHED} and p.id = any(${sqlArray(
              page.map((hit) => hit.id),
              'uuid',
            )})`,
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const last = page.at(-1);
  return {
    // A practice unpublished since the index last looked is left out rather than shown.
    items: page.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [toHit(row)] : [];
    }),
    total: found.total,
    facets: found.facets,
    next:
      found.page.length > query.limit && last
        ? encodeCursor({ s: sort, k: last.sortKey, id: last.id })
        : null,
    didYouMean: null,
    fuzzy: false,
  };
}
