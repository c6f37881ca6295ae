#!/usr/bin/env node
// Lighthouse 12 (mobile profile) on the built app served by the API, with Debian's Chromium.
// Start the single process first (`pnpm start` at the root, or the API with the map built), then:
//   pnpm --filter @regin/map lighthouse [base URL, default http://127.0.0.1:3000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = (process.argv[2] ?? process.env.LIGHTHOUSE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bin = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;
const out = '/tmp/map-lighthouse';
mkdirSync(out, { recursive: true });

const pages = [
  ['map', '/'],
  ['practices', '/practices?q=housing'],
  ['region', '/regions/ES51'],
];
let failed = false;
for (const [name, path] of pages) {
  const file = join(out, `${name}.json`);
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
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const line = `${name}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`;
  console.log(line);
  for (const audit of Object.values(report.audits)) {
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
