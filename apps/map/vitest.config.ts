import { reginVitestConfig } from '@regin/vitest-config';

// End-to-end tests: one build, one API, one browser; they run one after another.
export default reginVitestConfig({
  test: { testTimeout: 120_000, hookTimeout: 240_000, fileParallelism: false },
});
