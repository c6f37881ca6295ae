import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { testConfig } from '../src/config.js';
import { type RunningServer, startServer } from '../src/server.js';

/** Each test gets its own PGlite folder, or its own database on the PostgreSQL server when DATABASE_URL is set. */
function isolatedConfig(overrides: Parameters<typeof testConfig>[0] = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'regin-server-'));
  return testConfig({
    PORT: 0,
    HOST: '127.0.0.1',
    REGIN_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    ...overrides,
  });
}

describe('startServer', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('migrates, seeds an empty database, creates the first admin and listens', async () => {
    server = await startServer(
      isolatedConfig({
        REGIN_SEED: true,
        REGIN_ADMIN_EMAIL: 'first@example.org',
        REGIN_ADMIN_PASSWORD: 'first admin password',
      }),
    );
    const regions = await fetch(`${server.url}/api/v1/regions?networkRole=any`);
    expect(((await regions.json()) as { total: number }).total).toBe(26);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'first admin password' }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin']);
  });

  it('keeps data across restarts of the same data folder, without a second seed or a password reset', async () => {
    const config = isolatedConfig({
      REGIN_SEED: true,
      REGIN_ADMIN_EMAIL: 'keep@example.org',
      REGIN_ADMIN_PASSWORD: 'first admin password',
    });
    server = await startServer(config);
    await server.close();
    server = await startServer({ ...config, REGIN_ADMIN_PASSWORD: 'a different password' });
    const audit = await server.app.inject({ method: 'GET', url: '/api/v1/regions?networkRole=any' });
    expect(audit.json().total).toBe(26);
    const oldPassword = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'keep@example.org', password: 'first admin password' },
    });
    expect(oldPassword.statusCode).toBe(200);
  });

  it('shuts down gracefully: in-flight requests finish, new ones are refused, then the database closes', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => {};
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // A slow request: it waits until the test has started closing.
    server = await startServer(isolatedConfig(), {
      beforeListen: (app) => {
        app.addHook('onRequest', async (request) => {
          if (request.url === '/api/health?slow=1') {
            arrived();
            await gate;
          }
        });
      },
    });
    const { app } = server;
    const url = server.url;
    const inFlight = fetch(`${url}/api/health?slow=1`);
    await arrival;
    const closing = server.close();
    server = undefined;
    // Give close() a moment to stop the listener, then let the slow request go on.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { database: { status: string } }).database.status).toBe('ok');
    await closing;
    await expect(app.database.ping()).rejects.toThrow();
  });
});

describe('regin CLI', () => {
  it('creates an admin from stdin-free env, refuses short passwords and duplicates', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'regin-cli-'));
    const env = { ...process.env };
    process.env.REGIN_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    try {
      process.env.REGIN_ADMIN_PASSWORD = 'short';
      expect(await runCli(['create-admin', '--email', 'ops@example.org'])).toBe(64);
      process.env.REGIN_ADMIN_PASSWORD = 'a long operator password';
      expect(await runCli(['create-admin', '--email', 'not-an-email'])).toBe(64);
      expect(await runCli(['create-admin', '--email', 'ops@example.org', '--name', 'Ops'])).toBe(0);
      expect(await runCli(['create-admin', '--email', 'OPS@example.org'])).toBe(1);
      expect(await runCli(['frobnicate'])).toBe(64);

      const server = await startServer(
        testConfig({ PORT: 0, HOST: '127.0.0.1', REGIN_DATA_DIR: dataDir, DATABASE_URL: undefined }),
      );
      try {
        const login = await server.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'ops@example.org', password: 'a long operator password' },
        });
        expect(login.statusCode).toBe(200);
        expect(login.json().user).toMatchObject({ name: 'Ops', roles: ['admin'] });
      } finally {
        await server.close();
      }
    } finally {
      process.env = env;
    }
  });
});
