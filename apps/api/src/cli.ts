import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportBundleSchema } from '@regin/api-contract';
import { createDatabase, seedDatabase } from '@regin/db';
import { emailSchema, passwordSchema } from '@regin/domain';
import { loadConfig } from './config.js';
import { exportBundle, importBundle } from './lib/backup.js';
import { HttpProblem } from './lib/problem.js';
import { ensureAdmin } from './lib/users.js';

const USAGE = `Usage: regin <command> [options]

Commands:
  create-admin --email <email> [--name <name>]
      Creates an admin account. The password is read from REGIN_ADMIN_PASSWORD or, when that is unset,
      from the first line of standard input (so it never shows in the process list or shell history).
  migrate     Applies pending database migrations.
  seed        Loads the demo data into the database (idempotent).
  export [file]
      Writes the whole database as a JSON bundle to the file (or standard output).
  import <file>
      Restores a bundle into an empty instance (all or nothing).

The database is chosen as the server chooses it: DATABASE_URL, else PGlite in REGIN_DATA_DIR (default ./data).`;

async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (min. 12 characters): ');
  let buffer = '';
  for await (const chunk of process.stdin) {
    buffer += chunk;
    const newline = buffer.indexOf('\n');
    if (newline >= 0) return buffer.slice(0, newline).replace(/\r$/, '');
  }
  return buffer;
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.info(USAGE);
    return command ? 0 : 64;
  }
  // The admin variables are this command's input here, not the server's start-up pair.
  const config = loadConfig({
    ...process.env,
    REGIN_ADMIN_EMAIL: undefined,
    REGIN_ADMIN_PASSWORD: undefined,
  });
  const database = await createDatabase({ url: config.DATABASE_URL, dataDir: config.REGIN_DATA_DIR });
  try {
    await database.migrate();
    switch (command) {
      case 'migrate':
        console.info(`Migrations applied (${database.driver}, ${database.location}).`);
        return 0;
      case 'seed': {
        const report = await seedDatabase(database.db);
        console.info(`Seed done: ${report.regionsInserted} regions inserted.`);
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: 'string' }, name: { type: 'string' } },
        });
        const email = emailSchema.safeParse(values.email);
        if (!email.success) {
          console.error('create-admin: --email must be a valid email address');
          return 64;
        }
        const password = passwordSchema.safeParse(
          process.env.REGIN_ADMIN_PASSWORD || (await readFirstLine()),
        );
        if (!password.success) {
          console.error(`create-admin: password ${password.error.issues[0]?.message ?? 'is invalid'}`);
          return 64;
        }
        const result = await ensureAdmin(database.db, email.data, password.data, values.name);
        console.info(
          result.created
            ? `Admin ${result.user.email} created.`
            : `A user with email ${result.user.email} already exists; nothing changed.`,
        );
        return result.created ? 0 : 1;
      }
      case 'export': {
        const bundle = JSON.stringify(await exportBundle(database.db));
        if (rest[0]) {
          await writeFile(rest[0], bundle);
          console.info(`Exported to ${rest[0]}.`);
        } else process.stdout.write(bundle);
        return 0;
      }
      case 'import': {
        if (!rest[0]) {
          console.error('import: give the bundle file');
          return 64;
        }
        const parsed = exportBundleSchema.safeParse(JSON.parse(await readFile(rest[0], 'utf8')));
        if (!parsed.success) {
          console.error(
            `import: ${rest[0]} is not a REGIN Lab export bundle: ${parsed.error.issues[0]?.message}`,
          );
          return 65;
        }
        try {
          const report = await importBundle(database.db, parsed.data, null);
          console.info(
            `Imported: ${Object.entries(report.tables)
              .map(([name, n]) => `${name} ${n}`)
              .join(', ')}.`,
          );
          return 0;
        } catch (error) {
          if (error instanceof HttpProblem) {
            console.error(`import: ${error.detail ?? error.message}`);
            return 1;
          }
          throw error;
        }
      }
      default:
        console.error(`Unknown command "${command}".\n\n${USAGE}`);
        return 64;
    }
  } finally {
    await database.close();
  }
}
