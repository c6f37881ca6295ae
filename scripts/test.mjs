#!/usr/bin/env node
// Runs the workspace's tests through turbo (one package at a time: PGlite is heavy on two cores), then prints
// the plain `N passed, N failed` line that CI reads, summed from each package's Vitest JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packageDirs = ['packages', 'apps', 'tooling'].flatMap((group) => {
  const dir = join(root, group);
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
});

// Stale reports from an earlier run must not be counted.
for (const dir of packageDirs) rmSync(join(dir, 'test-results.json'), { force: true });

const args = ['run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)];
const turbo = spawnSync('turbo', args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });

let passed = 0;
let failed = 0;
const failedSuites = [];
for (const dir of packageDirs) {
  const file = join(dir, 'test-results.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed') failedSuites.push(suite.name.replace(root, ''));
  }
}
if (failedSuites.length) console.log(`\nFailed test files:\n  ${failedSuites.join('\n  ')}`);
const status = turbo.status ?? 1;
// A package whose run crashed before writing its report still fails the run.
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status);
