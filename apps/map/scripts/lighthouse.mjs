#!/usr/bin/env node
// Lighthouse 12 (mobile profile) on the built app served by the API, with Debian's Chromium.
// Start the single process first (`pnpm start` at the root, or the API with the map built), then:
//   pnpm --filter @regin/map lighthouse [base URL, default http://127.0.0.1:3000] [--runs=3] [--pages=map,region]
// Each page runs `runs` times (default 3); the median run (by performance score) is reported, with every score.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const positional = args.filter((arg) => !arg.startsWith('--'));
const base = (positional[0] ?? process.env.LIGHTHOUSE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const runs = Number(option('runs') ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bin = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;
const out = '/tmp/map-lighthouse';
mkdirSync(out, { recursive: true });

const allPages = [
  ['map', '/'],
  ['practices', '/practices?q=housing'],
  ['region', '/regions/ES51'],
  ['toolkit', '/toolkit/mipex-r-results?lang=ca'],
  ['compare', '/compare?regions=ES51,ITF4'],
];
const only = option('pages')?.split(',');
const pages = only ? allPages.filter(([name]) => only.includes(name)) : allPages.slice(0, 3);
const score = (report, id) => Math.round((report.categories[id]?.score ?? 0) * 100);
let failed = false;
for (const [name, path] of pages) {
  const reports = [];
  for (let run = 1; run <= runs; run += 1) {
    const file = join(out, `${name}-${run}.json`);
    const result = spawnSync(
      bin,
      [
        `${base}${path}`,
        `--chrome-path=${chromePath}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
    );
    if (result.status !== 0) {
      failed = true;
      continue;
    }
    reports.push(JSON.parse(readFileSync(file, 'utf8')));
  }
  if (reports.length === 0) continue;
  reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const median = reports[Math.floor((reports.length - 1) / 2)];
  const all = (id) => reports.map((report) => score(report, id)).join('/');
  console.log(
    `${name}: performance ${score(median, 'performance')} (runs ${all('performance')}), accessibility ${score(median, 'accessibility')} (${all('accessibility')}), best practices ${score(median, 'best-practices')} (${all('best-practices')})`,
  );
  const metric = (id) => median.audits[id]?.displayValue ?? '–';
  console.log(
    `  median run: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
  );
  for (const audit of Object.values(median.audits)) {
    if (
      audit.score !== null &&
      audit.score < 0.9 &&
      audit.scoreDisplayMode !== 'informative' &&
      audit.scoreDisplayMode !== 'manual'
    ) {
      console.log(`  - ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
}
process.exit(failed ? 1 : 0);
