import { reginVitestConfig } from '@regin/vitest-config';

export default reginVitestConfig({
  // Builds generated/topology/ (skipped when up to date), so `vitest run` works in a fresh clone.
  test: { globalSetup: ['./test/global-setup.ts'] },
});
