import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer, testConfig } from '@regin/api';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const geoDir = join(appDir, '../../packages/geo');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shots = '/tmp/map-shots';

let server: RunningServer;
let browser: Browser;
let page: Page;
let base: string;
const temp: string[] = [];

function run(command: string, args: string[], cwd: string) {
  // Vitest sets NODE_ENV=test, which would give React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: false, env });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  // The topologies are generated, not committed: make them in a fresh clone, then build the app.
  if (!existsSync(join(geoDir, 'generated/topology/nuts-1-2.json'))) {
    run(
      join(geoDir, 'node_modules/.bin/tsx'),
      ['--conditions=@regin/source', 'scripts/build-data.ts'],
      geoDir,
    );
  }
  run(join(appDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], appDir);

  const webDir = mkdtempSync(join(tmpdir(), 'regin-map-web-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'regin-map-data-'));
  temp.push(webDir, dataDir);
  symlinkSync(join(appDir, 'dist'), join(webDir, 'map'), 'dir');
  server = await startServer(
    testConfig({
      PORT: 0,
      HOST: '127.0.0.1',
      REGIN_DATA_DIR: dataDir,
      DATABASE_URL: undefined,
      REGIN_SEED: true,
      REGIN_WEB_DIR: webDir,
    }),
  );
  base = server.url;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  // axe is injected with addScriptTag, an inline script the app's CSP (script-src 'self') would refuse.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  page = await context.newPage();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

const coloured = '#map-svg path.region:not([fill="url(#no-data)"])';

async function fills(): Promise<string[]> {
  return page
    .locator('#map-svg path.region')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill') ?? ''));
}

async function axe(name: string) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((item) => ({
      id: item.id,
      impact: item.impact,
      targets: item.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  const serious = violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
  expect(serious, `${name}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

describe('the public map', () => {
  it('opens with coloured regions, a legend, the attribution and the illustrative notice', async () => {
    await page.goto(`${base}/`);
    await page.locator(coloured).first().waitFor();
    expect(await page.locator(coloured).count()).toBeGreaterThan(15);
    await expect(page.getByText('© EuroGeographics for the administrative boundaries')).toBeTruthy();
    expect(await page.locator('.notice').first().textContent()).toContain('Illustrative');
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: join(shots, 'map.png') });
  });

  it('the table lists the same regions and values as the map', async () => {
    // The table renders one task after the map.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#map-table tbody tr').length >=
        document.querySelectorAll('#map-svg path.region').length,
    );
    const mapValues = await page
      .locator('#map-svg path.region')
      .evaluateAll((paths) =>
        paths.map((path) => `${path.getAttribute('data-code')}=${path.getAttribute('data-value')}`),
      );
    const tableValues = await page
      .locator('#map-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.getAttribute('data-code')}=${row.getAttribute('data-value')}`),
      );
    // Every region drawn is in the table with the same value (a region without a NUTS shape is only in the table).
    expect(mapValues.length).toBeGreaterThan(15);
    for (const entry of mapValues) expect(tableValues).toContain(entry);
    expect(tableValues.length - mapValues.length).toBeLessThanOrEqual(1);
  });

  it('opens Catalonia (ES51) from the keyboard, with its score in the panel', async () => {
    const region = page.locator('#map-svg path[data-code="ES51"]');
    const value = Number(await region.getAttribute('data-value'));
    expect(value).toBeGreaterThan(0);
    await region.focus();
    await page.keyboard.press('Enter');
    await page.locator('.panel h2').waitFor();
    expect(await page.locator('.panel h2').textContent()).toBe('Cataluña');
    expect(page.url()).toContain('region=ES51');
    const shown = await page.locator('[data-testid="panel-value"]').textContent();
    expect(shown).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value));
    await page.screenshot({ path: join(shots, 'map-panel.png') });
  });

  it('a click on a region opens it too', async () => {
    await page.locator('#map-svg path[data-code="ITF4"]').dispatchEvent('click');
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent === 'Puglia');
  });

  it('switching the indicator recolours the map and keeps it in the URL', async () => {
    const before = await fills();
    await page.selectOption('select[name="indicator"]', 'policy_area:housing');
    await page.waitForFunction(
      (previous) =>
        JSON.stringify(
          [...document.querySelectorAll('#map-svg path.region')].map((path) => path.getAttribute('fill')),
        ) !== previous,
      JSON.stringify(before),
    );
    expect(page.url()).toContain('indicator=policy_area%3Ahousing');
    await page.selectOption('select[name="indicator"]', 'gap:OUT-ACT');
    await page.waitForFunction(() =>
      document.querySelector('.legend figcaption')?.textContent?.includes('Activity'),
    );
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 15, coloured);
    await page.screenshot({ path: join(shots, 'map-gap.png') });
  });

  it('has no serious or critical axe violations on the map', async () => {
    await page.goto(`${base}/?region=ES51`);
    await page.locator(coloured).first().waitFor();
    await page.locator('.panel .bars').waitFor();
    await axe('map');
  });
});

describe('the region page and comparison', () => {
  it('shows scores, strengths, gaps, practices and the brief link', async () => {
    await page.goto(`${base}/regions/ES51`);
    await page.locator('[data-testid="overall-value"]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Cataluña' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Strengths' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Scores by policy area' }).count()).toBe(1);
    expect(await page.locator('a[href^="/api/v1/regions/ES51/brief"]').count()).toBe(1);
    await page.getByRole('heading', { name: 'Practices in this region' }).waitFor();
    await page.locator('.compact-list a[href^="/practices/"]').first().waitFor();
    await page.screenshot({ path: join(shots, 'region.png'), fullPage: true });
    await axe('region');
  });

  it('names the language of a practice or action in the region panel when it is not the reader’s', async () => {
    await page.goto(`${base}/regions/ES62?lang=ca`);
    await page.locator('.compact-list a[href^="/practices/"]').first().waitFor();
    const items = await page.locator('.compact-list a[href^="/practices/"]').evaluateAll((links) =>
      links.map((link) => ({
        lang: link.querySelector('span[lang]')?.getAttribute('lang'),
        tag: link.querySelector('.lang-tag')?.textContent ?? null,
      })),
    );
    const foreign = items.filter((item) => item.lang !== 'ca');
    expect(foreign.length).toBeGreaterThan(0);
    for (const item of foreign) expect(item.tag).toMatch(/^ \(en \S+\)$/);
    for (const item of items.filter((entry) => entry.lang === 'ca')) expect(item.tag).toBeNull();
    await page.screenshot({ path: join(shots, 'region-languages-ca.png'), fullPage: true });
  });

  it('compares two regions side by side', async () => {
    await page.goto(`${base}/compare?regions=ES51,ITF4`);
    await page.locator('[data-testid="compare-ES51"]').waitFor();
    await page.locator('[data-testid="compare-ITF4"]').waitFor();
    expect(await page.locator('.compare-column').count()).toBe(2);
    await page.screenshot({ path: join(shots, 'compare.png'), fullPage: true });
  });

  it('does not move while the columns fill in on a phone (layout shift)', async () => {
    const phone = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const mobile = await phone.newPage();
    await mobile.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await mobile.goto(`${base}/compare?regions=ES51,ITF4`);
    await mobile.locator('[data-testid="compare-ITF4"]').waitFor();
    await mobile.locator('[data-testid="compare-ES51"]').waitFor();
    await mobile.locator('.chips li').nth(1).waitFor();
    await mobile.waitForTimeout(300);
    const shifts = await mobile.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // Lighthouse counts a page as stable below 0.1; the page had 0.12 before its rows kept their room.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    await phone.close();
  });
});

describe('the practice database', () => {
  it('searches, highlights, filters by a facet and opens a practice', async () => {
    await page.goto(`${base}/practices`);
    await page.fill('#practice-q', 'housing');
    await page.click('.search-form button[type="submit"]');
    await page.waitForURL(/q=housing/);
    await page.locator('.snippet mark').first().waitFor();
    const total = await page.locator('#results-title').textContent();
    const facet = page.locator('fieldset:has(legend:text-is("Country")) input[type="checkbox"]').first();
    await facet.click();
    await page.waitForURL(/country=/);
    await page.waitForFunction(
      (previous) => document.querySelector('#results-title')?.textContent !== previous,
      total,
    );
    expect(await page.locator('a[href^="/api/v1/practices.csv?"]').getAttribute('href')).toMatch(/country=/);
    await page.screenshot({ path: join(shots, 'practices.png'), fullPage: true });
    await axe('search');
    await page.locator('.result h3 a').first().click();
    await page.getByRole('heading', { name: 'Lessons learnt' }).waitFor();
    await page.screenshot({ path: join(shots, 'practice.png'), fullPage: true });
    await axe('practice');
  });

  it('suggests while typing and offers "did you mean"', async () => {
    await page.goto(`${base}/practices`);
    await page.locator('#practice-q').pressSequentially('hous', { delay: 30 });
    await page.locator('[role="option"]').first().waitFor();
    await page.goto(`${base}/practices?q=housng`);
    await page.locator('.did-you-mean').waitFor();
    expect(await page.locator('.did-you-mean').textContent()).toContain('housing');
  });

  it('lists experts and narrows them by a facet kept in the URL, then clears it', async () => {
    await page.goto(`${base}/experts`);
    await page.locator('.result h2').first().waitFor();
    await page.screenshot({ path: join(shots, 'experts.png'), fullPage: true });
    const results = () => page.locator('.result').count();
    const all = await results();
    const facet = page.locator('fieldset', { hasText: 'Policy area' }).locator('label').first();
    const name = (await facet.textContent())?.replace(/\s*\(\d+\)\s*$/, '').trim() ?? '';
    const expected = Number(/\((\d+)\)/.exec((await facet.textContent()) ?? '')?.[1]);
    // A click, not check(): the box turns on when the URL does, a moment after the click.
    await facet.locator('input').click();
    await page.waitForURL(/[?&]policyArea=/);
    await expect.poll(results).toBe(Math.min(expected, 100));
    expect(expected).toBeLessThan(all);
    const shown = await page.locator('.result').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toContain(name);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(results).toBe(all);
    expect(page.url()).not.toContain('policyArea=');
  });
});

describe('practice markers follow the filters', () => {
  const count = async () =>
    Number(await page.locator('[data-testid="practice-count"]').getAttribute('data-count'));
  const markers = () => page.locator('#map-svg .marker').count();

  it('changes the markers when the indicator, the result or the round changes', async () => {
    await page.goto(`${base}/`);
    await page.locator(coloured).first().waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="practice-count"]')?.getAttribute('data-count')) > 0,
    );
    const all = await count();
    expect(all).toBeGreaterThan(100);
    expect(await markers()).toBeGreaterThan(10);

    await page.selectOption('select[name="indicator"]', 'policy_area:housing');
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="practice-count"]')?.getAttribute('data-count')) < before,
      all,
    );
    const housing = await count();
    expect(housing).toBeGreaterThan(0);
    // Every practice left is a housing practice (the API's GeoJSON with the same filter).
    const expected = (await (await fetch(`${base}/api/v1/practices.geojson?policyArea=housing`)).json()) as {
      features: unknown[];
    };
    expect(housing).toBe(expected.features.length);

    await page.selectOption('select[name="result"]', 'failed');
    await page.waitForURL(/result=failed/);
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="practice-count"]')?.getAttribute('data-count')) < before,
      housing,
    );
    const failedMarkers = await markers();
    expect(failedMarkers).toBeGreaterThanOrEqual(0);

    await page.selectOption('select[name="result"]', '');
    await page.waitForFunction(
      (value) =>
        Number(document.querySelector('[data-testid="practice-count"]')?.getAttribute('data-count')) ===
        value,
      housing,
    );
    // An earlier round shows the practices begun by then.
    await page.selectOption('select[name="round"]', '2021');
    await page.waitForURL(/round=2021/);
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="practice-count"]')?.getAttribute('data-count')) < before,
      housing,
    );
    await page.screenshot({ path: join(shots, 'map-filtered.png') });
  });
});

describe('experts and region names', () => {
  it('opens an expert from the directory, with their practices, and passes axe', async () => {
    await page.goto(`${base}/experts`);
    const link = page.locator('.result h2 a[href^="/experts/"]').first();
    await link.waitFor();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/experts\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('heading', { name: 'Expertise' }).waitFor();
    await page.screenshot({ path: join(shots, 'expert.png'), fullPage: true });
    await axe('expert');
  });

  it('links a practice to its experts and an expert back to the practice', async () => {
    const experts = (await (await fetch(`${base}/api/v1/experts?limit=100`)).json()) as {
      items: { id: string; name: string; practiceIds: string[] }[];
    };
    const expert = experts.items.find((item) => item.practiceIds.length > 0);
    expect(expert).toBeDefined();
    if (!expert) return;
    const practice = (await (await fetch(`${base}/api/v1/practices/${expert.practiceIds[0]}`)).json()) as {
      slug: string;
    };
    await page.goto(`${base}/practices/${practice.slug}`);
    const toExpert = page.locator(`a[href="/experts/${expert.id}"]`);
    await toExpert.waitFor();
    expect(await toExpert.textContent()).toBe(expert.name);
    await toExpert.click();
    await page.getByRole('heading', { level: 1, name: expert.name }).waitFor();
    await page.locator(`a[href="/practices/${practice.slug}"]`).waitFor();
  });

  it('names the regions of a practice instead of giving their codes', async () => {
    const found = (await (await fetch(`${base}/api/v1/practices?region=ES51&limit=5`)).json()) as {
      items: { slug: string; regionCodes: string[] }[];
    };
    const practice = found.items.find((item) => item.regionCodes.includes('ES51'));
    expect(practice).toBeDefined();
    await page.goto(`${base}/practices/${practice?.slug}`);
    const region = page.locator('.facts-grid a[href="/regions/ES51"]');
    await page.waitForFunction(
      () => document.querySelector('.facts-grid a[href="/regions/ES51"]')?.textContent === 'Cataluña',
    );
    expect(await region.textContent()).toBe('Cataluña');
    await page.screenshot({ path: join(shots, 'practice-regions.png'), fullPage: true });
  });

  it('says when a practice is not available in the reader’s language, and in which it is shown', async () => {
    const found = (await (await fetch(`${base}/api/v1/practices?limit=100`)).json()) as {
      items: { slug: string; title: { source: string; text: Record<string, string> } }[];
    };
    const untranslated = found.items.find((item) => !item.title.text.ca && item.title.source !== 'ca');
    expect(untranslated).toBeDefined();
    await page.goto(`${base}/practices/${untranslated?.slug}?lang=ca`);
    const notice = page.locator('.translation-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Encara no disponible en català: es mostra en \S+/);
    await page.screenshot({ path: join(shots, 'practice-fallback-ca.png') });
    // The text says its own language, for screen readers; the interface around it stays Catalan.
    const shownLanguage = untranslated?.title.source;
    expect(await page.locator('.practice-page h1').getAttribute('lang')).toBe(shownLanguage);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ca');
    // In the results too: a practice shown in another language says which, and its title carries that language.
    await page.goto(`${base}/practices?lang=ca`);
    await page.locator('.result h3 a').first().waitFor();
    const results = await page.locator('.result').evaluateAll((items) =>
      items.map((item) => ({
        lang: item.querySelector('h3 a')?.getAttribute('lang'),
        meta: item.querySelector('.meta')?.textContent ?? '',
      })),
    );
    const foreign = results.filter((item) => item.lang !== 'ca');
    expect(foreign.length).toBeGreaterThan(0);
    for (const item of foreign) expect(item.meta).toMatch(/ · en \S+$/);
    for (const item of results.filter((entry) => entry.lang === 'ca'))
      expect(item.meta).not.toMatch(/ · en \S+$/);
    const translated = found.items.find((item) => item.title.text.en && item.title.source === 'en');
    await page.goto(`${base}/practices/${translated?.slug}?lang=en`);
    await page.locator('.practice-page h1').waitFor();
    expect(await page.locator('.translation-notice').count()).toBe(0);
  });

  it('shows facet values as labels, not codes', async () => {
    await page.goto(`${base}/practices?lang=ca`);
    await page.locator('fieldset:has(legend:text-is("País")) label').first().waitFor();
    const countries = await page.locator('fieldset:has(legend:text-is("País")) label').allTextContents();
    expect(countries.join(' ')).toContain('Espanya');
    const roles = await page
      .locator('fieldset:has(legend:text-is("Paper de l\'administració")) label')
      .allTextContents();
    expect(roles.join(' ')).toMatch(/Líder|Finançadora/);
    const results = await page.locator('fieldset:has(legend:text-is("Resultat")) label').allTextContents();
    expect(results.join(' ')).toMatch(/Reeixida/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('fieldset')].some((fieldset) =>
        fieldset.textContent?.includes('Cataluña'),
      ),
    );
  });
});

describe('the toolkit reader', () => {
  interface Lookup {
    module: { track: string; quiz: { options: string[]; answerIndex: number }[] };
  }

  it('lists the tracks and opens a module in Catalan; the quiz checks answers in the page', async () => {
    await page.goto(`${base}/toolkit?lang=ca`);
    await page.getByRole('heading', { level: 1, name: "Kit d'eines regional" }).waitFor();
    // The heading is there before the tracks have loaded.
    await page.locator('.track').nth(1).waitFor();
    expect(await page.locator('.track').count()).toBe(2);
    await axe('toolkit list');
    await page.screenshot({ path: join(shots, 'toolkit.png'), fullPage: true });
    await page.getByRole('link', { name: 'Com llegir els resultats MIPEX-R de la vostra regió' }).click();
    await page.waitForURL(/\/toolkit\/mipex-r-results\?lang=ca/);
    await page
      .getByRole('heading', { level: 1, name: 'Com llegir els resultats MIPEX-R de la vostra regió' })
      .waitFor();
    for (const heading of [
      "Objectius d'aprenentatge",
      'Sessions i activitats',
      'Notes per a la persona facilitadora',
      'Recursos',
      "Qüestionari d'autoavaluació",
    ]) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    expect(await page.locator('.activities .badge').first().textContent()).toBe('Debat');
    // A module: link in the notes opens another module, keeping the language.
    expect(await page.locator('.markdown a[href="/toolkit/stakeholder-mapping?lang=ca"]').count()).toBe(1);

    const lookup = (await (
      await fetch(`${base}/api/v1/toolkit/modules/mipex-r-results?lang=ca`)
    ).json()) as Lookup;
    const first = lookup.module.quiz[0];
    expect(first).toBeDefined();
    if (!first) return;
    const question = page.locator('.quiz-question').first();
    const wrong = first.answerIndex === 0 ? 1 : 0;
    await question.locator('input[type="radio"]').nth(wrong).check();
    await question.getByRole('button', { name: 'Comprova la resposta' }).click();
    await question.locator('[data-result="wrong"]').waitFor();
    expect(await question.locator('.quiz-feedback').textContent()).toContain(
      first.options[first.answerIndex],
    );
    await question.locator('input[type="radio"]').nth(first.answerIndex).check();
    await question.getByRole('button', { name: 'Comprova la resposta' }).click();
    await question.locator('[data-result="right"]').waitFor();
    expect(await question.locator('.quiz-feedback').textContent()).toContain('Correcte.');

    const pack = page.locator('a[href="/api/v1/toolkit/tracks/stakeholders/pack?lang=ca"]').last();
    expect(await pack.count()).toBe(1);
    const packResponse = await fetch(`${base}/api/v1/toolkit/tracks/stakeholders/pack?lang=ca`);
    expect(packResponse.status).toBe(200);
    expect(packResponse.headers.get('content-type')).toContain('text/html');
    await page.screenshot({ path: join(shots, 'toolkit-module-ca.png'), fullPage: true });
    await axe('toolkit module');
  });

  it('says when a module is shown in English for want of a translation', async () => {
    await page.goto(`${base}/toolkit/mipex-r-results?lang=es`);
    await page.getByRole('heading', { level: 1, name: "Reading your region's MIPEX-R results" }).waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('.notice[role="note"]').first().textContent()).toContain('inglés');
    expect(await page.getByRole('heading', { name: 'Objetivos de aprendizaje' }).count()).toBe(1);
  });
});

describe('languages and embedding', () => {
  it('switches to Catalan and keeps the language in links', async () => {
    await page.goto(`${base}/practices`);
    await page.selectOption('.lang-switch select', 'ca');
    await page.waitForURL(/lang=ca/);
    await page.getByRole('heading', { name: 'Integration Lab: pràctiques' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ca');
    await page.getByRole('link', { name: 'Mapa', exact: true }).click();
    await page.getByRole('heading', { name: "Polítiques regionals d'integració" }).waitFor();
    expect(page.url()).toContain('lang=ca');
  });

  it('gives a chrome-less map with ?embed=1', async () => {
    await page.goto(`${base}/?embed=1`);
    await page.locator(coloured).first().waitFor();
    expect(await page.locator('.site-header').count()).toBe(0);
  });
});
