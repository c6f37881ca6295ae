import type { Database, DatabaseHandle } from '@regin/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    database: DatabaseHandle;
  }
}

/** Decorates the app with the database; closes it after in-flight requests finish on shutdown. */
export const databasePlugin = fp<{ database: DatabaseHandle; closeOnShutdown: boolean }>(
  async (app: FastifyInstance, options) => {
    app.decorate('database', options.database);
    app.decorate('db', options.database.db);
    if (options.closeOnShutdown) {
      app.addHook('onClose', async () => {
        await options.database.close();
      });
    }
  },
);
