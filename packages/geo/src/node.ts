/**
 * `@regin/geo/node`: reading the built topologies from disk, for Node consumers (the API serves them).
 * Browser code imports `@regin/geo/topology/<name>.json` (or its URL) through its bundler instead.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isTopologyName, type NutsTopology, TOPOLOGY_NAMES, type TopologyName } from './topology.js';

/** Built package: `dist/node.js` → `dist/topology/`; workspace source: `src/node.ts` → `generated/topology/`. */
function candidates(name: TopologyName): URL[] {
  return [
    new URL(`./topology/${name}.json`, import.meta.url),
    new URL(`../generated/topology/${name}.json`, import.meta.url),
  ];
}

/** Absolute path of a built topology file; throws when it has not been generated. */
export function topologyFilePath(name: TopologyName = 'nuts-1-2'): string {
  if (!isTopologyName(name)) {
    throw new RangeError(`unknown topology "${String(name)}"; known: ${TOPOLOGY_NAMES.join(', ')}`);
  }
  for (const url of candidates(name)) {
    if (existsSync(url)) return fileURLToPath(url);
  }
  throw new Error(
    `topology ${name} has not been generated: run \`pnpm --filter @regin/geo generate\` (or build) first`,
  );
}

/** Reads and parses a built topology (`nuts-0`, `nuts-1-2` or `nuts-3`). */
export async function loadTopology(name: TopologyName = 'nuts-1-2'): Promise<NutsTopology> {
  return JSON.parse(await readFile(topologyFilePath(name), 'utf8')) as NutsTopology;
}
