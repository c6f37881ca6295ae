import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '@node-rs/argon2';
import { type RunningServer, startServer, testConfig } from '@regin/api';
import { users } from '@regin/db';
import type { Role } from '@regin/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const SHOTS = '/tmp/admin-shots';
export const PASSWORD = 'a long test password';

/** Builds the app with Vite into apps/admin/dist (the folder the API serves at /admin). */
export function buildApp(): void {
  const vite = join(appDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: appDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The real API on a free port with a fresh PGlite folder, the seed (unless `seed: false`, an empty instance
 * for restores), a first admin and this app at /admin.
 */
export async function startApi({ seed = true }: { seed?: boolean } = {}): Promise<RunningServer> {
  const webDir = mkdtempSync(join(tmpdir(), 'regin-admin-web-'));
  symlinkSync(join(appDir, 'dist'), join(webDir, 'admin'), 'dir');
  return startServer(
    testConfig({
      PORT: 0,
      HOST: '127.0.0.1',
      REGIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'regin-admin-data-')),
      DATABASE_URL: undefined,
      REGIN_SEED: seed,
      REGIN_ADMIN_EMAIL: 'admin@example.org',
      REGIN_ADMIN_PASSWORD: PASSWORD,
      REGIN_WEB_DIR: webDir,
      REGIN_LOGIN_RATE_LIMIT: 1000,
    }),
  );
}

/** Users straight into the database (argon2id with the API's options), for setting up scenarios quickly. */
export async function createUser(
  server: RunningServer,
  email: string,
  name: string,
  roles: Role[],
  regions: string[] = [],
): Promise<void> {
  const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await server.app.db.insert(users).values({ email, name, passwordHash, roles, regions });
}

/** A signed-in HTTP session for checks outside the browser: the cookie and CSRF token the API gave. */
export async function apiSession(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  const cookie = (login.headers.getSetCookie?.() ?? []).map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A browser context for one person. `bypassCSP` lets the test inject axe-core as a script tag; one context
 * in the suite runs without it to prove the app itself needs no inline script.
 */
export async function newContext(browser: Browser, bypassCSP = true): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP, viewport: { width: 1280, height: 900 } });
}

export async function signIn(page: Page, baseUrl: string, email: string, path = '/admin/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: the serious and critical violations (an empty list is a pass). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!existsSync(SHOTS)) mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
