import { type Executor, queryRows } from '@regin/db';
import { sql } from 'drizzle-orm';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
/** What the plugin passes to `child` at run time besides the limits: the route it is for. */
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** Windows older than this are deleted now and then: no route's window is longer. */
const KEEP_MS = 24 * 3_600_000;
const PRUNE_EVERY = 200;

/**
 * A `@fastify/rate-limit` store in the database: one atomic upsert per counted request, so that replicas of
 * the API behind a load balancer share the count (ten login attempts a minute means ten, not ten per replica).
 * Each route gets its own keys, as with the plugin's in-memory store.
 */
export function databaseRateLimitStore(db: Executor) {
  let writes = 0;
  return class DatabaseRateLimitStore {
    readonly prefix: string;

    constructor(options: object = {}) {
      const { routeInfo } = options as RouteParams;
      const method = routeInfo?.method;
      this.prefix = routeInfo?.url
        ? `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${routeInfo.url}|`
        : '';
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      writes += 1;
      const prune = writes % PRUNE_EVERY === 0;
      count(db, this.prefix + key, timeWindow)
        .then(async (result) => {
          if (prune)
            await db.execute(
              sql`delete from rate_limit_hits where window_start < now() - ${KEEP_MS} * interval '1 millisecond'`,
            );
          callback(null, result);
        })
        .catch((error: Error) => callback(error));
    }

    read(key: string, callback: Callback, timeWindow: number) {
      queryRows<{ hits: number; ttl: string }>(
        db,
        sql`select hits, ceil(extract(epoch from (window_start + ${timeWindow} * interval '1 millisecond' - now())) * 1000)::bigint as ttl
            from rate_limit_hits where key = ${this.prefix + key}
              and window_start > now() - ${timeWindow} * interval '1 millisecond'`,
      )
        .then(([row]) =>
          callback(null, row ? { current: row.hits, ttl: Number(row.ttl) } : { current: 0, ttl: 0 }),
        )
        .catch((error: Error) => callback(error));
    }

    child(routeOptions: object) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

/** Counts one hit: a new window when the last one has passed, else one more in it. */
async function count(db: Executor, key: string, timeWindow: number) {
  const window = sql`${timeWindow} * interval '1 millisecond'`;
  const [row] = await queryRows<{ hits: number; ttl: string }>(
    db,
    sql`insert into rate_limit_hits as r (key, window_start, hits) values (${key}, now(), 1)
        on conflict (key) do update set
          hits = case when r.window_start <= now() - ${window} then 1 else r.hits + 1 end,
          window_start = case when r.window_start <= now() - ${window} then now() else r.window_start end
        returning hits, greatest(0, ceil(extract(epoch from (window_start + ${window} - now())) * 1000))::bigint as ttl`,
  );
  if (!row) throw new Error('rate-limit upsert returned no row');
  return { current: row.hits, ttl: Number(row.ttl) };
}
