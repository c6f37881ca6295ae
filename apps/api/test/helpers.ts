import { CSRF_HEADER, SESSION_COOKIE } from '@regin/api-contract';
import { type DatabaseHandle, seedDatabase } from '@regin/db';
import { createTestDatabase } from '@regin/db/testing';
import type { NewUser, Role } from '@regin/domain';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, testConfig } from '../src/config.js';
import type { App } from '../src/lib/app-types.js';
import { createUser } from '../src/lib/users.js';

export interface TestContext {
  app: App;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** A fresh migrated database, seeded with all demo data by default (`'regions'`: the region registry only), with an app on top. */
export async function createTestApp(
  options: {
    seed?: boolean | 'regions';
    config?: Partial<Config>;
    logger?: Parameters<typeof buildApp>[0]['logger'];
  } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  if (options.seed !== false) await seedDatabase(database.db, { demoContent: options.seed !== 'regions' });
  const app = await buildApp({
    // Tests sign in many times from one address; the rate-limit test sets its own limit.
    config: testConfig({ REGIN_LOGIN_RATE_LIMIT: 10_000, ...options.config }),
    database,
    closeDatabase: false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export const PASSWORD = 'a long enough test password';

export interface SignedIn {
  userId: string;
  cookie: string;
  csrfToken: string;
  /** Headers for a cookie-authenticated write. */
  headers: Record<string, string>;
}

let counter = 0;

export async function signIn(
  context: TestContext,
  roles: Role[],
  regions: string[] = [],
  overrides: Partial<NewUser> = {},
): Promise<SignedIn> {
  counter += 1;
  const email = overrides.email ?? `user${counter}-${roles.join('-')}@example.org`;
  const user = await createUser(
    context.database.db,
    { email, name: `Test ${roles.join(' ')}`, password: PASSWORD, roles, regions, ...overrides },
    null,
  );
  const response = await context.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = sessionCookie(response);
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return { userId: user.id, cookie, csrfToken, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Asserts the RFC 9457 shape every error shares and returns the body. */
export function expectProblem(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${response.headers['content-type']}`);
  }
  const body = response.json<{
    type: string;
    title: string;
    status: number;
    detail?: string;
    instance?: string;
    errors?: { in: string; field: string; pointer: string; detail: string }[];
  }>();
  if (body.status !== status || typeof body.type !== 'string' || typeof body.title !== 'string') {
    throw new Error(`not a problem document: ${response.body}`);
  }
  return body;
}
