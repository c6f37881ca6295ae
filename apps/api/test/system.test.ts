import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_REDACT } from '../src/app.js';
import { createTestApp, expectProblem, PASSWORD, signIn, type TestContext } from './helpers.js';

describe('health, docs and headers', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await context.close();
  });

  it('reports the database in /api/health', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { driver: process.env.DATABASE_URL ? 'postgres' : 'pglite', status: 'ok' },
    });
  });

  it('serves OpenAPI 3.1 generated from the zod schemas', async () => {
    const spec = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>>;
    }>();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/auth/login',
        '/api/v1/regions',
        '/api/v1/regions/{code}',
        '/api/v1/audit',
      ]),
    );
    const listParams = spec.paths['/api/v1/regions']?.get?.parameters?.map((p) => p.name);
    expect(listParams).toEqual(
      expect.arrayContaining(['country', 'level', 'networkRole', 'limit', 'offset']),
    );
    expect(spec.paths['/api/v1/regions/{code}']?.patch?.requestBody).toBeDefined();
  });

  it('serves interactive docs from local files only', async () => {
    const page = await context.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    const bundle = await context.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('keeps CORS closed when no origin is configured', async () => {
    const response = await context.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/regions',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('configured CORS and served web apps', () => {
  let context: TestContext;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'regin-web-'));
    for (const name of ['map', 'admin']) {
      mkdirSync(join(webDir, name, 'assets'), { recursive: true });
      writeFileSync(
        join(webDir, name, 'index.html'),
        `<!doctype html><title>${name}</title><script type="module" src="/assets/app.js"></script>`,
      );
      writeFileSync(join(webDir, name, 'assets', 'app.js'), `console.log('${name}')`);
    }
    context = await createTestApp({
      seed: false,
      config: { REGIN_CORS_ORIGINS: ['https://partner.example'], REGIN_WEB_DIR: webDir },
    });
  });
  afterAll(async () => {
    await context.close();
  });

  it('allows only the configured origin, with credentials', async () => {
    const allowed = await context.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://partner.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const other = await context.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the map at / and the admin app at /admin, with client-side routes', async () => {
    expect((await context.app.inject({ method: 'GET', url: '/' })).body).toContain('<title>map</title>');
    expect((await context.app.inject({ method: 'GET', url: '/regions/ES51?lang=ca' })).body).toContain(
      '<title>map</title>',
    );
    expect((await context.app.inject({ method: 'GET', url: '/admin/' })).body).toContain(
      '<title>admin</title>',
    );
    expect((await context.app.inject({ method: 'GET', url: '/admin' })).body).toContain(
      '<title>admin</title>',
    );
    expect((await context.app.inject({ method: 'GET', url: '/admin/assessments/1' })).body).toContain(
      '<title>admin</title>',
    );
    expect((await context.app.inject({ method: 'GET', url: '/assets/app.js' })).body).toContain(
      "console.log('map')",
    );
    expectProblem(await context.app.inject({ method: 'GET', url: '/assets/missing.js' }), 404);
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/v1/unknown' }), 404);
  });
});

describe('logs', () => {
  it('are structured JSON and never contain passwords, cookies or CSRF tokens', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, sink);
    const context = await createTestApp({ seed: false, logger });
    try {
      const user = await signIn(context, ['admin'], [], { email: 'logged@example.org' });
      await context.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers });
      const output = lines.join('');
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(user.cookie.split('=')[1]);
      expect(output).not.toContain(user.csrfToken);
    } finally {
      await context.close();
    }
  });
});

describe('audit log route', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp();
  });
  afterAll(async () => {
    await context.close();
  });

  it('lets admins filter by entity and refuses editors', async () => {
    const admin = await signIn(context, ['admin']);
    await context.app.inject({
      method: 'PATCH',
      url: '/api/v1/regions/ES62',
      headers: admin.headers,
      payload: { profile: { website: 'https://murcia.example' } },
    });
    const list = await context.app.inject({
      method: 'GET',
      url: '/api/v1/audit?entityType=region&entityId=ES62',
      headers: { cookie: admin.cookie },
    });
    expect(list.statusCode).toBe(200);
    const body = list.json<{
      items: { action: string; actorId: string; after: { profile: unknown } }[];
      total: number;
    }>();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      action: 'update',
      actorId: admin.userId,
      after: { profile: { website: 'https://murcia.example' } },
    });
    const editor = await signIn(context, ['regional_editor'], ['ES62']);
    expectProblem(
      await context.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie: editor.cookie } }),
      403,
    );
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/v1/audit' }), 401);
  });
});
