// Plain JS: Vitest loads config files through Node, which cannot import .ts from other packages on Node 20.
import { defineConfig, mergeConfig } from 'vitest/config';

/** Packages read each other's `src/` through this export condition, so tests never need a build first. */
export const sourceConditions = ['@regin/source', 'module', 'node', 'development|production'];

/**
 * Base config: source conditions, a JSON report that `.ci/run` sums into its closing line,
 * and timeouts long enough for PGlite starting in several processes on two cores.
 * @param {import('vitest/config').UserConfig} [overrides]
 */
export function reginVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: ['@regin/source', 'module', 'browser', 'development|production'] },
      ssr: { resolve: { conditions: sourceConditions } },
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 120_000,
        hookTimeout: 180_000,
        reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
      },
    }),
    overrides,
  );
}
