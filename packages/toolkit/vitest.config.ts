import { reginVitestConfig } from '@regin/vitest-config';

export default reginVitestConfig();
