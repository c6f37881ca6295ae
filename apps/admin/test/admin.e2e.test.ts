import type { RunningServer } from '@regin/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSession,
  buildApp,
  createUser,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
  signIn,
  startApi,
} from './harness.js';

const EDITOR = 'editor.es51@example.org';
const COORDINATOR = 'coordinator@example.org';
const MODERATOR = 'moderator@example.org';
const ADMIN = 'admin@example.org';
const ROUND = 2027;
const FRAMEWORK = 'regin-lab-mipex-r';

let server: RunningServer;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];
let assessmentId = '';
let pugliaId = '';
let previewOverall = '';
let approvedId = '';

async function pageFor(email: string, bypassCSP = true): Promise<Page> {
  const context = await newContext(browser, bypassCSP);
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, base, email);
  return page;
}

async function expectAccessible(page: Page, name: string) {
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('the partners’ workspace in a real browser against the real API', () => {
  beforeAll(async () => {
    buildApp();
    server = await startApi();
    base = server.url;
    await createUser(server, EDITOR, 'Núria Editor', ['regional_editor'], ['ES51']);
    await createUser(server, COORDINATOR, 'Carla Coordinator', ['coordinator']);
    await createUser(server, MODERATOR, 'Marc Moderator', ['moderator']);
    // A draft of Puglia's that Catalonia's editor must neither see nor change.
    const admin = await apiSession(base, ADMIN);
    const created = await admin('POST', '/api/v1/assessments', {
      regionCode: 'ITF4',
      frameworkId: FRAMEWORK,
      round: ROUND,
    });
    expect(created.status).toBe(201);
    pugliaId = String(created.body.id);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('serves the app at /admin under the API’s CSP (no inline script) and signs in', async () => {
    const context = await newContext(browser, false);
    contexts.push(context);
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.goto(`${base}/admin/`);
    await page.getByRole('heading', { name: 'REGIN Lab workspace' }).waitFor();
    await screenshot(page, '01-login');
    await page.getByLabel('Email').fill('not an email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.field-error').first().textContent()).resolves.toMatch(/email/i);
    await page.getByLabel('Email').fill(EDITOR);
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/email or password is wrong/i);
    // Keyboard only: Enter in the password field signs in; Tab reaches the skip link first, which moves focus to main.
    await page.getByLabel('Password').fill('a long test password');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { name: 'What waits for you' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(cspErrors).toEqual([]);
    // Regional editors see no moderation or audit screens.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Moderation' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
  });

  it('an editor of Catalonia opens an assessment, answers an indicator with a source (autosaved) and submits', async () => {
    const page = await pageFor(EDITOR);
    await expectAccessible(page, '02-dashboard-editor');
    await page.getByRole('link', { name: 'Assessments' }).click();
    await page.getByText('Open a new assessment').click();
    await page.getByLabel('Round').fill(String(ROUND));
    await page.getByRole('button', { name: 'Open assessment' }).click();
    await page.waitForURL(/\/admin\/assessments\/[0-9a-f-]{36}/);
    assessmentId = page.url().split('/').pop()?.split('?')[0] ?? '';
    const question = page.locator('article.question').first();
    await question.waitFor();
    await question.locator('input[type=radio]').first().check();
    await question
      .getByLabel('Justification')
      .fill('The regional integration plan sets this out (illustrative test).');
    await question.getByRole('button', { name: 'Add a source' }).click();
    await question.getByLabel('Title').fill('Pla de ciutadania i migracions');
    await question.getByLabel('URL', { exact: true }).fill('https://example.org/pla');
    await question.getByLabel('Date').fill('2026-03-01');
    const editor = await apiSession(base, EDITOR);
    await expect
      .poll(
        async () => {
          const { body } = await editor('GET', `/api/v1/assessments/${assessmentId}`);
          const answers = (body.answers as { optionId: string | null; sources: unknown[] }[]) ?? [];
          return answers.filter((answer) => answer.optionId && answer.sources.length === 1).length;
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await question.getByText('Saved').waitFor();
    await expectAccessible(page, '03-questionnaire');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('h1 .badge', { hasText: 'Submitted' }).waitFor();
    await screenshot(page, '04-submitted');
  });

  it('an editor of Catalonia cannot open or change Puglia’s draft: the UI hides it and the API refuses', async () => {
    const page = await pageFor(EDITOR);
    await page.goto(`${base}/admin/assessments?status=draft`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').textContent()).not.toContain('ITF4');
    await page.goto(`${base}/admin/assessments/${pugliaId}`);
    await page.getByText('This assessment does not exist or you may not open it.').waitFor();
    await screenshot(page, '05-puglia-refused');
    const editor = await apiSession(base, EDITOR);
    const read = await editor('GET', `/api/v1/assessments/${pugliaId}`);
    expect([403, 404]).toContain(read.status);
    const framework = await (await fetch(`${base}/api/v1/frameworks/${FRAMEWORK}`)).json();
    const indicator = (
      framework.framework.indicators as { code: string; kind: string; options: { id: string }[] }[]
    ).find((item) => item.kind === 'policy');
    const write = await editor('PUT', `/api/v1/assessments/${pugliaId}/answers/${indicator?.code}`, {
      optionId: indicator?.options[0]?.id,
    });
    expect([403, 404]).toContain(write.status);
  });

  it('a coordinator comments, previews the scores, validates and publishes; the public scores show the value', async () => {
    const page = await pageFor(COORDINATOR);
    await expectAccessible(page, '06-dashboard-coordinator');
    await page.goto(`${base}/admin/assessments/${assessmentId}`);
    const question = page.locator('article.question').first();
    await question.getByLabel('Comment', { exact: true }).fill('Please also cite the 2025 budget line.');
    await question.getByRole('button', { name: 'Add comment' }).click();
    await question.getByText('Please also cite the 2025 budget line.').waitFor();
    previewOverall = (await page.getByTestId('preview-overall').textContent()) ?? '';
    expect(previewOverall).toMatch(/^\d+\.\d$/);
    await expectAccessible(page, '07-review');
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.locator('h1 .badge', { hasText: 'Validated' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('h1 .badge', { hasText: 'Published' }).waitFor();
    await screenshot(page, '08-published');
    const scores = await (await fetch(`${base}/api/v1/regions/ES51/scores?round=${ROUND}`)).json();
    expect(scores.overall.score.answered).toBe(1);
    expect(scores.overall.score.value.toFixed(1)).toBe(previewOverall);
  });

  it('a moderator approves a submitted practice and it appears in the public search', async () => {
    const page = await pageFor(MODERATOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click();
    const card = page.locator('main article.card').first();
    await card.waitFor();
    await expectAccessible(page, '09-moderation');
    approvedId = ((await card.getAttribute('id')) ?? '').replace(/^p-/, '');
    const before = await fetch(`${base}/api/v1/practices/${approvedId}`);
    expect(before.status).toBe(404);
    await card.getByRole('button', { name: 'Approve' }).click();
    await page.locator(`#p-${approvedId}`).waitFor({ state: 'detached' });
    const practice = await (await fetch(`${base}/api/v1/practices/${approvedId}`)).json();
    expect(practice.moderationStatus).toBe('published');
    const title = practice.title as { source: string; text: Record<string, string> };
    const search = await fetch(
      `${base}/api/v1/practices?lang=${title.source}&q=${encodeURIComponent(`"${title.text[title.source]}"`)}`,
    );
    const found = (await search.json()) as { items: { id: string }[] };
    expect(found.items.map((item) => item.id)).toContain(approvedId);
  });

  it('a moderator edits the practice with the languages side by side; the history shows what changed', async () => {
    const page = await pageFor(MODERATOR);
    await page.goto(`${base}/admin/practices/${approvedId}`);
    await page.getByRole('heading', { name: 'Version history' }).waitFor();
    await page.getByLabel('ca', { exact: true }).check();
    await page.getByLabel('Title (ca)').fill('Horts escolars amb famílies');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved (version 2)').waitFor();
    const latest = page.locator('details', { hasText: 'Version 2' });
    await latest.waitFor();
    expect(await latest.textContent()).toContain('title');
    const titleRow = latest.locator('tr', { has: page.locator('th', { hasText: /^title$/ }) });
    expect(await titleRow.locator('td.ins').textContent()).toContain('Horts escolars amb famílies');
    expect(await titleRow.locator('td.del').textContent()).not.toContain('Horts escolars amb famílies');
    await expectAccessible(page, '18b-practice-versions');
    const practice = await (await fetch(`${base}/api/v1/practices/${approvedId}`)).json();
    expect(practice.title.text.ca).toBe('Horts escolars amb famílies');
  });

  it('asks for a reason before rejecting, shown next to the field', async () => {
    const page = await pageFor(MODERATOR);
    await page.goto(`${base}/admin/moderation`);
    const card = page.locator('main article.card').first();
    await card.getByRole('button', { name: 'Reject' }).click();
    await card.locator('.field-error').waitFor();
    expect(await card.locator('textarea').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows validation errors next to the field (zod in the form, problem+json from the API)', async () => {
    const page = await pageFor(ADMIN);
    await page.goto(`${base}/admin/regions/ES51`);
    await page.getByLabel('Website').fill('not a url');
    await page.getByRole('button', { name: 'Save region' }).click();
    await page.locator('.field-invalid .field-error').first().waitFor();
    await screenshot(page, '10-region-invalid');
    await page.getByLabel('Website').fill('https://web.gencat.cat/');
    await page.getByRole('button', { name: 'Save region' }).click();
    await page.getByText('Region saved').waitFor();
    await page.goto(`${base}/admin/practices/new`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.locator('.field-error').count()).toBeGreaterThan(2);
    await screenshot(page, '11-practice-invalid');
  });

  it('imports a framework file and lists the errors per indicator', async () => {
    const page = await pageFor(ADMIN);
    await page.goto(`${base}/admin/frameworks`);
    await page.locator('summary', { hasText: 'Import a framework' }).click();
    const broken = {
      id: 'broken-test',
      version: '1.0.0',
      name: { source: 'en', text: { en: 'Broken' } },
      illustrative: false,
      axes: [
        {
          id: 'policy_area',
          name: { source: 'en', text: { en: 'Area' } },
          values: [{ id: 'health', label: { source: 'en', text: { en: 'Health' } } }],
        },
      ],
      indicators: [
        {
          code: 'B1',
          kind: 'policy',
          question: { source: 'en', text: { en: 'Only one option?' } },
          options: [{ id: 'a', label: { source: 'en', text: { en: 'A' } }, score: 100 }],
          tags: { policy_area: 'health' },
        },
      ],
    };
    await page.getByLabel('File (JSON or CSV)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole('button', { name: 'Import a framework' }).click();
    await page.locator('.error-box li').first().waitFor();
    expect(await page.locator('.error-box').textContent()).toMatch(/B1|indicators/);
    await screenshot(page, '12-framework-import-errors');
  });

  it('imports Eurostat SDMX-CSV: a preview first, then stores it', async () => {
    const page = await pageFor(ADMIN);
    await page.goto(`${base}/admin/outcomes`);
    const csv = [
      'DATAFLOW,LAST UPDATE,freq,unit,sex,age,c_birth,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
      'ESTAT:LFST_R_LFE2EMPRC(1.0),25/04/24 23:00:00,A,PC,T,Y20-64,NAT,ES51,2022,73.0,',
      'ESTAT:LFST_R_LFE2EMPRC(1.0),25/04/24 23:00:00,A,PC,T,Y20-64,NEU27_2020_FOR,ES51,2022,58.5,',
    ].join('\n');
    await page.getByLabel('File (JSON or CSV)').setInputFiles({
      name: 'lfst_r_lfe2emprc.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    expect(await page.getByLabel('Format').inputValue()).toBe('sdmx-csv');
    await page.getByLabel('Outcome indicator code').fill('OUT-EMP');
    await page.getByLabel('Unit').fill('%');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('cell', { name: '58.5 %' }).waitFor();
    await expectAccessible(page, '19b-outcomes-preview');
    await page.getByRole('button', { name: 'Store' }).click();
    await page.getByText('Stored.').waitFor();
    const stored = await (
      await fetch(`${base}/api/v1/outcomes?indicator=OUT-EMP&year=2022&region=ES51`)
    ).json();
    expect((stored.items as { value: number }[]).map((item) => item.value)).toContain(58.5);
  });

  it('every page renders, in English and Catalan, with no serious or critical axe violation', async () => {
    const page = await pageFor(ADMIN);
    const pages: [string, string, string][] = [
      ['13-dashboard-admin', '/admin/', 'What waits for you'],
      ['14-assessments', '/admin/assessments', 'Assessments'],
      ['15-frameworks', '/admin/frameworks', 'Frameworks'],
      ['16-framework', `/admin/frameworks/${FRAMEWORK}`, 'Axes'],
      ['17-practices', '/admin/practices', 'Practices'],
      ['18-practice-edit', `/admin/practices/${approvedId}`, 'Version history'],
      ['19-outcomes', '/admin/outcomes', 'Import Eurostat data'],
      ['20-experts', '/admin/experts', 'Experts'],
      ['21-regions', '/admin/regions', 'Regions'],
      ['22-region', '/admin/regions/ES51', 'Competences'],
      ['23-audit', '/admin/audit', 'Audit log'],
      ['24-dashboard-ca', '/admin/?lang=ca', 'Què us espera'],
      ['25-assessment-ca', `/admin/assessments/${assessmentId}?lang=ca`, 'Previsualització de puntuacions'],
    ];
    for (const [name, path, text] of pages) {
      await page.goto(`${base}${path}`);
      await page.getByText(text, { exact: true }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, name);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ca');
  });
});
