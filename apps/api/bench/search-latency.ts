/**
 * Practice search latency: 100,000 generated practices, p50/p95/max of `searchPractices` (results, total,
 * facet counts, snippets, did-you-mean) for a fixed mix of queries, on PGlite and on a PostgreSQL server.
 *
 *   pnpm bench                                   # PGlite; also PostgreSQL when DATABASE_URL is set
 *   pnpm bench --postgres                        # PGlite and PostgreSQL (DATABASE_URL or 127.0.0.1:5432/test)
 *   pnpm bench --only=postgres --rows=20000 --rounds=10 --warmup=2
 *   pnpm bench --postgres --pglite-dir=/tmp/b --postgres-url=postgres://…/bench   # keep the data, measure again
 *
 * Targets (issue): p95 under 50 ms on PGlite and under 20 ms on PostgreSQL.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { type PracticeSearchQuery, practiceSearchQuerySchema } from '@regin/api-contract';
import {
  createDatabase,
  type DatabaseHandle,
  type Executor,
  practices,
  queryRows,
  seedDatabase,
} from '@regin/db';
import { createTestDatabase } from '@regin/db/testing';
import { getTableColumns, sql } from 'drizzle-orm';
import { searchPractices } from '../src/modules/practices/search.js';
import { createPracticeGenerator, type GeneratedPractice } from './practice-generator.js';

const { values: args } = parseArgs({
  // `pnpm bench -- --x` passes the `--` on: drop it so the options after it still count.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    postgres: { type: 'boolean', default: false },
    /** Keep the generated data to measure again without inserting: a PGlite folder and a server database. */
    'pglite-dir': { type: 'string' },
    'postgres-url': { type: 'string' },
    only: { type: 'string' },
    rows: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    chunk: { type: 'string', default: '1000' },
  },
  allowPositionals: true,
});
const ROWS = Number(args.rows);
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);
const CHUNK = Number(args.chunk);
const TRANSACTION_ROWS = 10_000;
const TARGETS = { pglite: 50, postgres: 20 } as const;
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

type Raw = Record<string, string | undefined>;
interface Variant {
  raw: Raw;
  /** Measure the second page: run the query once, then time it again with the returned cursor. */
  page2?: boolean;
}

/** The mix: each kind has a few variants; a round runs every variant once. */
const MIX: Record<string, Variant[]> = {
  'no query + facets': [{ raw: {} }, { raw: { sort: 'region' } }],
  'one word': [
    { raw: { q: 'housing' } },
    { raw: { q: 'volunteers' } },
    { raw: { q: 'habitatges', lang: 'ca' } },
  ],
  'two words': [
    { raw: { q: 'language cafés' } },
    { raw: { q: 'mentoring refugees' } },
    { raw: { q: 'escuela familias', lang: 'es' } },
  ],
  phrase: [{ raw: { q: '"social housing"' } }, { raw: { q: '"intercultural mediators"' } }],
  OR: [{ raw: { q: 'mediators OR tutoring' } }, { raw: { q: 'hospital OR doctors OR vaccination' } }],
  exclusion: [{ raw: { q: 'housing -refugees' } }, { raw: { q: 'school -children' } }],
  'one facet filter': [{ raw: { policyArea: 'housing' } }, { raw: { q: 'volunteers', country: 'ES' } }],
  'three facet filters': [
    { raw: { policyArea: 'housing,health', country: 'ES,IT', result: 'successful' } },
    { raw: { q: 'training', targetGroup: 'refugees,women', year: '2019,2020,2021', status: 'ongoing' } },
  ],
  'region + sub-regions': [{ raw: { region: 'ES5' } }, { raw: { region: 'ITF', q: 'school' } }],
  bbox: [{ raw: { bbox: '0.1,40.5,3.4,42.9' } }, { raw: { bbox: '10,40,20,46', q: 'health' } }],
  'typo → did you mean': [
    { raw: { q: 'hosuing' } },
    { raw: { q: 'mediatros', lang: 'en' } },
    { raw: { q: 'voluntaris biblioteqes', lang: 'ca' } },
  ],
  'page 2 (cursor)': [
    { raw: { q: 'housing' }, page2: true },
    { raw: {}, page2: true },
  ],
};

function parseQuery(raw: Raw): PracticeSearchQuery {
  return practiceSearchQuerySchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const ms = (value: number) => value.toFixed(1);

/** Column names of the generated fields, so rows go in as one JSON parameter per chunk. */
const columns = getTableColumns(practices);
function toRecord(practice: GeneratedPractice): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: practice.id,
    moderation_status: practice.moderationStatus,
    published_at: practice.publishedAt,
    deleted_at: practice.deletedAt,
    version: 1,
  };
  for (const [key, value] of Object.entries(practice.row)) {
    const column = columns[key as keyof typeof columns];
    if (!column) throw new Error(`no column for ${key}`);
    record[column.name] = value;
  }
  return record;
}

async function load(
  db: Executor,
  rows: number,
): Promise<{ seconds: number; rows: number; words: number; sizeMb: number }> {
  const next = createPracticeGenerator();
  const first = toRecord(next());
  const names = Object.keys(first);
  const list = sql.raw(names.map((name) => `"${name}"`).join(', '));
  const started = performance.now();
  let done = 0;
  let pending: Record<string, unknown>[] = [first];
  // One transaction per 10,000 rows, one INSERT … SELECT per chunk of rows sent as a single JSON parameter;
  // the practices_search trigger fills the vectors and the word list, the facet-count trigger the totals.
  while (done < rows) {
    await db.transaction(async (tx) => {
      const end = Math.min(rows, done + TRANSACTION_ROWS);
      while (done < end) {
        while (pending.length < Math.min(CHUNK, end - done)) pending.push(toRecord(next()));
        await tx.execute(
          sql`insert into practices (${list}) select ${list} from jsonb_populate_recordset(null::practices, ${JSON.stringify(pending)}::jsonb)`,
        );
        done += pending.length;
        pending = [];
      }
    });
    const elapsed = (performance.now() - started) / 1000;
    process.stdout.write(`\r  inserted ${done.toLocaleString('en')} rows in ${elapsed.toFixed(0)} s   `);
  }
  await db.execute(
    sql`insert into practice_regions (practice_id, region_code) select id, unnest(region_codes) from practices on conflict do nothing`,
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write('\n');
  await db.execute(sql`analyze`);
  return { seconds, ...(await stats(db)) };
}

async function stats(db: Executor): Promise<{ rows: number; words: number; sizeMb: number }> {
  const [row] = await queryRows<{ rows: number; words: number; bytes: string }>(
    db,
    sql`select (select count(*)::int from practices) as rows, (select count(*)::int from search_words) as words,
          pg_total_relation_size('practices')::text as bytes`,
  );
  return { rows: row?.rows ?? 0, words: row?.words ?? 0, sizeMb: Number(row?.bytes ?? 0) / 2 ** 20 };
}

interface DriverReport {
  driver: 'pglite' | 'postgres';
  rows: number;
  insertSeconds: number;
  indexSeconds: number;
  indexMb: number;
  words: number;
  sizeMb: number;
  kinds: { kind: string; p50: number; p95: number; max: number; n: number }[];
  /** The same per query of the mix (a kind mixes searches with and without text). */
  queries: { kind: string; p50: number; p95: number; max: number; n: number }[];
  overall: { p50: number; p95: number; max: number; n: number };
}

async function runDriver(driver: 'pglite' | 'postgres'): Promise<DriverReport> {
  console.info(`\n[${driver}] creating the database`);
  let handle: DatabaseHandle;
  const kept = driver === 'pglite' ? args['pglite-dir'] : args['postgres-url'];
  if (kept) {
    handle = await createDatabase(driver === 'pglite' ? { dataDir: kept } : { url: kept });
    await handle.migrate();
  } else if (driver === 'pglite') {
    handle = await createDatabase({ dataDir: 'memory://' });
    await handle.migrate();
  } else {
    process.env.DATABASE_URL ??= DEFAULT_SERVER;
    handle = await createTestDatabase();
  }
  try {
    const { db } = handle;
    // Stop cleanly on Ctrl-C: the server database createTestDatabase made is dropped on close.
    const stop = () => {
      void handle.close().finally(() => process.exit(130));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const existing = await stats(db);
    let loaded: Awaited<ReturnType<typeof load>>;
    if (kept && existing.rows === ROWS) {
      loaded = { seconds: Number.NaN, ...existing };
      console.info(`[${driver}] measuring the ${ROWS.toLocaleString('en')} practices kept in ${kept}`);
    } else {
      if (existing.rows > 0) throw new Error(`${kept} holds ${existing.rows} practices, not ${ROWS}`);
      // Regions only: the generated practices are the whole catalogue.
      await seedDatabase(db, { demoContent: false });
      console.info(`[${driver}] generating and inserting ${ROWS.toLocaleString('en')} practices`);
      loaded = await load(db, ROWS);
      console.info(
        `[${driver}] inserted in ${loaded.seconds.toFixed(1)} s (${Math.round(ROWS / loaded.seconds)} rows/s); ${loaded.words.toLocaleString('en')} indexed words; practices ${loaded.sizeMb.toFixed(0)} MB`,
      );
    }

    // The first search builds the API's in-memory index from the stored vectors.
    const heapBefore = process.memoryUsage().heapUsed;
    const buildStarted = performance.now();
    await searchPractices(db, parseQuery({}));
    const indexSeconds = (performance.now() - buildStarted) / 1000;
    const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    console.info(
      `[${driver}] search index built in ${indexSeconds.toFixed(1)} s (heap +${indexMb.toFixed(0)} MB)`,
    );

    const samples = new Map<string, number[]>(Object.keys(MIX).map((kind) => [kind, []]));
    const perQuery = new Map<string, number[]>();
    const label = (kind: string, variant: Variant) =>
      `${kind}: ${
        Object.entries(variant.raw)
          .map(([key, value]) => `${key}=${value}`)
          .join('&') || '(none)'
      }`;
    const run = async (variant: Variant) => {
      const query = parseQuery(variant.raw);
      if (!variant.page2) {
        const started = performance.now();
        const result = await searchPractices(db, query);
        return { elapsed: performance.now() - started, result };
      }
      const first = await searchPractices(db, query);
      if (!first.next) throw new Error(`no second page for ${JSON.stringify(variant.raw)}`);
      const started = performance.now();
      const result = await searchPractices(db, { ...query, cursor: first.next });
      return { elapsed: performance.now() - started, result };
    };

    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const [kind, variants] of Object.entries(MIX)) {
        for (const variant of variants) {
          const { elapsed, result } = await run(variant);
          if (round === 0) {
            const facetValues = Object.values(result.facets).reduce((sum, list) => sum + list.length, 0);
            console.info(
              `  ${kind.padEnd(22)} ${JSON.stringify(variant.raw).padEnd(92)} total ${String(result.total).padStart(6)}  items ${String(result.items.length).padStart(2)}  facet values ${String(facetValues).padStart(3)}${result.didYouMean ? `  did you mean "${result.didYouMean}"${result.fuzzy ? ' (fuzzy)' : ''}` : ''}  ${ms(elapsed)} ms`,
            );
          }
          if (round >= WARMUP) {
            samples.get(kind)?.push(elapsed);
            const key = label(kind, variant);
            perQuery.set(key, [...(perQuery.get(key) ?? []), elapsed]);
          }
        }
      }
    }

    const summarise = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted.at(-1) ?? Number.NaN,
        n: sorted.length,
      };
    };
    return {
      driver,
      rows: ROWS,
      insertSeconds: loaded.seconds,
      indexSeconds,
      indexMb,
      words: loaded.words,
      sizeMb: loaded.sizeMb,
      kinds: [...samples].map(([kind, values]) => ({ kind, ...summarise(values) })),
      queries: [...perQuery].map(([kind, values]) => ({ kind, ...summarise(values) })),
      overall: summarise([...samples.values()].flat()),
    };
  } finally {
    await handle.close();
  }
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(
  reports: DriverReport[],
  rowsOf: (report: DriverReport) => DriverReport['kinds'],
  title: string,
) {
  const header = [title, ...reports.flatMap((r) => [`${r.driver} p50`, 'p95', 'max'])];
  const out = [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:')))];
  const first = reports[0];
  for (const { kind } of first ? rowsOf(first) : []) {
    const cells = [kind];
    for (const report of reports) {
      const k = rowsOf(report).find((entry) => entry.kind === kind);
      cells.push(ms(k?.p50 ?? Number.NaN), ms(k?.p95 ?? Number.NaN), ms(k?.max ?? Number.NaN));
    }
    out.push(line(cells));
  }
  return out;
}

function printReports(reports: DriverReport[]) {
  const out = table(reports, (r) => r.kinds, 'Query kind');
  out.push(
    line([
      '**all queries**',
      ...reports.flatMap((r) => [
        `**${ms(r.overall.p50)}**`,
        `**${ms(r.overall.p95)}**`,
        `**${ms(r.overall.max)}**`,
      ]),
    ]),
  );
  console.info(
    `\nSearch latency in ms (searchPractices: page of 20, total, 10 facets, snippets, did-you-mean), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  );
  for (const r of reports) {
    console.info(
      `  ${r.driver}: ${r.rows.toLocaleString('en')} practices inserted in ${r.insertSeconds.toFixed(1)} s, search index built in ${r.indexSeconds.toFixed(1)} s (heap +${r.indexMb.toFixed(0)} MB), ${r.words.toLocaleString('en')} indexed words, practices table ${r.sizeMb.toFixed(0)} MB; ${r.overall.n} timed searches (${WARMUP} warm-up + ${ROUNDS} measured rounds)`,
    );
  }
  console.info(`\n${out.join('\n')}\n`);
  console.info(`${table(reports, (r) => r.queries, 'Query').join('\n')}\n`);
  for (const r of reports) {
    const target = TARGETS[r.driver];
    const met = r.overall.p95 < target;
    const slow = r.kinds.filter((k) => k.p95 >= target).map((k) => `${k.kind} (${ms(k.p95)} ms)`);
    console.info(
      `${r.driver}: overall p95 ${ms(r.overall.p95)} ms, target < ${target} ms: ${met ? 'met' : 'NOT met'}${slow.length ? `; kinds at or above the target: ${slow.join(', ')}` : '; every kind under the target'}`,
    );
  }
}

const drivers: ('pglite' | 'postgres')[] = args.only
  ? [args.only as 'pglite' | 'postgres']
  : args.postgres || process.env.DATABASE_URL
    ? ['pglite', 'postgres']
    : ['pglite'];
const reports: DriverReport[] = [];
for (const driver of drivers) reports.push(await runDriver(driver));
printReports(reports);
