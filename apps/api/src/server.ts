import { createDatabase, seedDatabase } from '@regin/db';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import type { App } from './lib/app-types.js';
import { ensureAdmin } from './lib/users.js';
import { warmSearchIndex } from './modules/practices/search.js';

export interface RunningServer {
  app: App;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

export interface StartServerOptions {
  /** Runs after the app is built and before it listens: add routes, hooks or plugins of your own. */
  beforeListen?: (app: App) => void | Promise<void>;
}

/** Opens the database, migrates, seeds an empty one, creates the first admin, and listens on PORT. */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  const database = await createDatabase({ url: config.DATABASE_URL, dataDir: config.REGIN_DATA_DIR });
  let app: App | undefined;
  try {
    await database.migrate();
    if (config.REGIN_SEED) await seedDatabase(database.db);
    if (config.REGIN_ADMIN_EMAIL && config.REGIN_ADMIN_PASSWORD) {
      await ensureAdmin(database.db, config.REGIN_ADMIN_EMAIL, config.REGIN_ADMIN_PASSWORD);
    }
    app = await buildApp({ config, database, closeDatabase: true });
    await options.beforeListen?.(app);
    const url = await app.listen({ port: config.PORT, host: config.HOST });
    app.log.info({ database: database.driver, location: database.location }, `REGIN Lab listening on ${url}`);
    const listening = app;
    // The practice search index builds in the background (seconds at 100,000 practices), not on a visitor's
    // first search.
    const started = performance.now();
    warmSearchIndex(database.db).then(
      (size) =>
        listening.log.info(
          { practices: size, ms: Math.round(performance.now() - started) },
          'search index ready',
        ),
      (error: unknown) =>
        listening.log.warn({ err: error }, 'search index warm-up failed; the first search retries'),
    );
    return { app: listening, url, close: () => listening.close() };
  } catch (error) {
    if (app) await app.close();
    else await database.close();
    throw error;
  }
}
