#!/usr/bin/env node
// Time until the coloured map shows: from navigation start until the first network region is filled with a
// score colour, in Debian's Chromium without throttling, on the built app served by the API (start it first,
// e.g. `pnpm start` at the root). Fresh browser context per run (cold cache); prints each run and the median.
//   pnpm --filter @regin/map time-to-map [base URL, default http://127.0.0.1:3000] [--runs=5]
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? 5);
const base = (args.find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const times = [];
try {
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    // A region with a value has a fill from the colour scale (regions without data use the hatch pattern).
    await page.waitForSelector('path.region[data-value]:not([data-value=""])', { timeout: 30_000 });
    const ms = await page.evaluate(() => performance.now());
    times.push(ms);
    console.info(`run ${run}: coloured map after ${Math.round(ms)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.info(
  `median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN)} ms over ${runs} runs (target ≤ 2000 ms)`,
);
