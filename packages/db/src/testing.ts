import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle } from './client.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by `DATABASE_URL` (created here, dropped on close) so suites run on both drivers.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const name = `regin_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await createDatabase({ url: url.toString(), poolSize: 4 });
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    };
  } else {
    handle = await createDatabase({ dataDir: 'memory://' });
  }
  if (options.migrate !== false) await handle.migrate();
  const close = handle.close;
  return {
    ...handle,
    close: async () => {
      await close();
      await dropDatabase?.();
    },
  };
}
