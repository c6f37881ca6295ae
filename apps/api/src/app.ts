import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { DatabaseHandle } from '@regin/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { App } from './lib/app-types.js';
import { databaseRateLimitStore } from './lib/rate-limit-store.js';
import { actionRoutes } from './modules/actions/routes.js';
import { assessmentRoutes } from './modules/assessments/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { backupRoutes } from './modules/backup/routes.js';
import { documentRoutes } from './modules/documents/routes.js';
import { expertRoutes } from './modules/experts/routes.js';
import { frameworkRoutes } from './modules/frameworks/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { outcomeRoutes } from './modules/outcomes/routes.js';
import { practiceRoutes } from './modules/practices/routes.js';
import { regionRoutes } from './modules/regions/routes.js';
import { scoreRoutes } from './modules/scores/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { authPlugin } from './plugins/auth.js';
import { databasePlugin } from './plugins/database.js';
import { openapiPlugin } from './plugins/openapi.js';
import { problemsPlugin } from './plugins/problems.js';
import { securityPlugin } from './plugins/security.js';
import { webAppsPlugin } from './plugins/web-apps.js';

export interface BuildAppOptions {
  config: Config;
  /** An open, migrated database. */
  database: DatabaseHandle;
  /** Close the database when the app closes (true for the server, false when a test owns the database). */
  closeDatabase?: boolean;
  /** Pino options or a logger instance; defaults to JSON logs at LOG_LEVEL. */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
}

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
export const API_VERSION = packageJson.version;

/** Paths of secrets that must never reach a log line. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body.password',
  'password',
  'passwordHash',
];

/** Builds the API without listening: tests call `inject`, `server.ts` calls `listen`. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger;
  const loggerOptions =
    logger && typeof logger === 'object' && 'info' in logger && typeof logger.info === 'function'
      ? { loggerInstance: logger as FastifyServerOptions['loggerInstance'] }
      : {
          logger: logger ?? { level: config.LOG_LEVEL, redact: { paths: LOG_REDACT, censor: '[redacted]' } },
        };
  const app = Fastify({
    ...loggerOptions,
    bodyLimit: config.REGIN_BODY_LIMIT_BYTES,
    requestTimeout: config.REGIN_REQUEST_TIMEOUT_MS,
    connectionTimeout: config.REGIN_REQUEST_TIMEOUT_MS * 2,
    trustProxy: config.REGIN_TRUST_PROXY,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  // While closing, answer in-flight requests with `Connection: close` so keep-alive sockets end with them
  // and close() does not wait for clients to hang up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemsPlugin);
  await app.register(databasePlugin, {
    database: options.database,
    closeOnShutdown: options.closeDatabase ?? true,
  });
  await app.register(securityPlugin, { config });
  await app.register(cookie);
  // Counted in the database, so that every replica shares the count.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(app.db) });
  await app.register(authPlugin);
  await app.register(openapiPlugin, { version: API_VERSION });

  await app.register(healthRoutes, { version: API_VERSION });
  await app.register(authRoutes, { config });
  await app.register(regionRoutes);
  await app.register(auditRoutes);
  await app.register(frameworkRoutes);
  await app.register(assessmentRoutes);
  await app.register(scoreRoutes);
  await app.register(outcomeRoutes);
  await app.register(practiceRoutes);
  await app.register(actionRoutes);
  await app.register(documentRoutes);
  await app.register(expertRoutes);
  await app.register(userRoutes);
  await app.register(backupRoutes);

  await app.register(webAppsPlugin, { webDir: config.REGIN_WEB_DIR });
  return app;
}
