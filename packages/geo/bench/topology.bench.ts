import { bench, describe } from 'vitest';
import { createRegistry, topologyBorders, topologyToFeatures } from '../src/index.js';
import { loadTopology } from '../src/node.js';

// Run `pnpm generate` (or the tests) first: this reads generated/topology/.
const nuts12 = await loadTopology('nuts-1-2');
const nuts3 = await loadTopology('nuts-3');
const registry = createRegistry();

describe('topology → GeoJSON', () => {
  bench('nuts-1-2: nuts2 features (334)', () => {
    topologyToFeatures(nuts12, 'nuts2');
  });
  bench('nuts-1-2: nuts2 features with registry names', () => {
    topologyToFeatures(nuts12, 'nuts2', { registry });
  });
  bench('nuts-1-2: nuts2 internal borders (mesh)', () => {
    topologyBorders(nuts12, 'nuts2', 'internal');
  });
  bench('nuts-3: nuts3 features (1,514)', () => {
    topologyToFeatures(nuts3, 'nuts3');
  });
});
