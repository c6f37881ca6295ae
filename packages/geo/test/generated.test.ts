import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRegistryRows,
  GZIP_BUDGET,
  type NutsSources,
  REGISTRY_MODULE_PATH,
  readManifest,
  readSources,
  renderRegistryModule,
  topologyPath,
  WATCHED_REGIONS,
} from '../scripts/build-data.js';
import { NUTS_2021_ROWS } from '../src/data/nuts-2021.js';
import {
  createRegistry,
  type NutsTopology,
  type RegionLevel,
  TOPOLOGY_OBJECTS,
  topologyToFeatures,
} from '../src/index.js';
import { loadTopology, topologyFilePath } from '../src/node.js';

// The global setup (test/global-setup.ts) has run scripts/build-data.ts, so generated/ exists here.

let sources: NutsSources;
const topologies = new Map<string, { text: string; topology: NutsTopology }>();

beforeAll(async () => {
  sources = await readSources();
  for (const name of Object.keys(TOPOLOGY_OBJECTS)) {
    const text = await readFile(topologyPath(name as keyof typeof TOPOLOGY_OBJECTS), 'utf8');
    topologies.set(name, { text, topology: JSON.parse(text) as NutsTopology });
  }
});

function sourceCodes(level: RegionLevel): string[] {
  return (sources.regions.get(level) ?? []).map((region) => String(region.properties?.NUTS_ID));
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function area(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0) - (ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0);
  }
  return Math.abs(sum / 2);
}

function topology(name: string): NutsTopology {
  const found = topologies.get(name);
  if (!found) throw new Error(`no topology ${name}`);
  return found.topology;
}

describe('generated topologies', () => {
  it('keeps levels 1 and 2 under 300 KB gzip', () => {
    const text = topologies.get('nuts-1-2')?.text ?? '';
    const raw = Buffer.byteLength(text);
    const gzip = gzipSync(text, { level: 9 }).length;
    console.info(`nuts-1-2.json: ${raw} bytes raw, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThan(300_000);
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET['nuts-1-2']);
  });

  it('records the same sizes in the manifest', async () => {
    const manifest = await readManifest();
    for (const [name, { text }] of topologies) {
      expect(manifest?.topologies[name]?.bytes).toBe(Buffer.byteLength(text));
      expect(manifest?.topologies[name]?.gzipBytes).toBe(gzipSync(text, { level: 9 }).length);
    }
    expect(manifest?.attribution).toBe('© EuroGeographics for the administrative boundaries');
  });

  it('holds every region of levels 1 and 2 of the source, each with a shape', () => {
    const nuts12 = topology('nuts-1-2');
    expect(Object.keys(nuts12.objects).sort()).toEqual(['nuts1', 'nuts2']);
    for (const level of [1, 2] as const) {
      const features = topologyToFeatures(nuts12, `nuts${level}`).features;
      expect(features.map((feature) => feature.id)).toEqual(sourceCodes(level));
      for (const feature of features) {
        const polygons = polygonsOf(feature.geometry);
        expect(polygons.length, String(feature.id)).toBeGreaterThan(0);
        expect(area(polygons[0]?.[0] ?? []), String(feature.id)).toBeGreaterThan(0);
      }
    }
  });

  it('holds every region of levels 0 and 3 in their own topologies', () => {
    expect(topologyToFeatures(topology('nuts-0'), 'nuts0').features.map((f) => f.id)).toEqual(sourceCodes(0));
    expect(topologyToFeatures(topology('nuts-3'), 'nuts3').features.map((f) => f.id)).toEqual(sourceCodes(3));
  });

  it('keeps the REGIN pilot regions whole, islands included', () => {
    const shapes = new Map(
      [
        ...topologyToFeatures(topology('nuts-1-2'), 'nuts2').features,
        ...topologyToFeatures(topology('nuts-3'), 'nuts3').features,
      ].map((feature) => [String(feature.id), feature.geometry]),
    );
    const sourceShapes = new Map(
      [...(sources.regions.get(2) ?? []), ...(sources.regions.get(3) ?? [])].map((region) => [
        String(region.properties?.NUTS_ID),
        region.geometry,
      ]),
    );
    for (const code of [...WATCHED_REGIONS, 'ES51', 'ITF4', 'SE224', 'PT20']) {
      const shape = shapes.get(code);
      const source = sourceShapes.get(code);
      expect(shape, code).toBeDefined();
      expect(source, code).toBeDefined();
      if (!shape || !source) continue;
      const kept = polygonsOf(shape).filter((polygon) => area(polygon[0] ?? []) > 0);
      expect(kept.length, code).toBe(polygonsOf(source).length);
    }
    // The Azores are islands only: every one of them must survive simplification.
    expect(polygonsOf(shapes.get('PT20') as MultiPolygon).length).toBeGreaterThanOrEqual(5);
  });

  it('is quantized, carries only ids, and stays close to the source outline', () => {
    const nuts12 = topology('nuts-1-2');
    expect(nuts12.transform).toBeDefined();
    const registry = createRegistry();
    for (const feature of topologyToFeatures(nuts12, 'nuts2').features) {
      const bbox = registry.require(String(feature.id)).bbox;
      const positions = polygonsOf(feature.geometry).flat(2);
      const lons = positions.map((position) => position[0] ?? 0);
      const lats = positions.map((position) => position[1] ?? 0);
      expect(Math.abs(Math.min(...lons) - bbox[0]), String(feature.id)).toBeLessThan(0.05);
      expect(Math.abs(Math.max(...lats) - bbox[3]), String(feature.id)).toBeLessThan(0.05);
    }
    const geometries = Object.values(nuts12.objects).flatMap((object) =>
      object.type === 'GeometryCollection' ? object.geometries : [],
    );
    expect(geometries.every((geometry) => geometry.properties === undefined)).toBe(true);
  });

  it('is readable through loadTopology from @regin/geo/node', async () => {
    expect(await loadTopology('nuts-1-2')).toEqual(topology('nuts-1-2'));
    expect(topologyFilePath('nuts-3')).toMatch(/nuts-3\.json$/);
    expect(() => topologyFilePath('../package' as never)).toThrow(/unknown topology/);
  });
});

describe('committed registry data', () => {
  it('matches what the NUTS source files give', async () => {
    const rows = buildRegistryRows(sources);
    expect(NUTS_2021_ROWS).toEqual(rows);
    expect(await readFile(REGISTRY_MODULE_PATH, 'utf8')).toBe(renderRegistryModule(rows));
  });

  it('counts regions per country and level as the source does', () => {
    const registry = createRegistry();
    const expected = new Map<string, number>();
    for (const level of [0, 1, 2, 3] as const) {
      for (const region of sources.regions.get(level) ?? []) {
        const key = `${region.properties?.CNTR_CODE}/${level}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of expected) {
      const [country, level] = key.split('/');
      expect(registry.byCountry(country as string, Number(level) as RegionLevel), key).toHaveLength(count);
    }
    expect(registry.size).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });

  it('gives Catalonia the bounding box of its 1:60M polygon', () => {
    const catalonia = (sources.regions.get(2) ?? []).find((region) => region.properties?.NUTS_ID === 'ES51');
    const positions = polygonsOf(catalonia?.geometry as Polygon | MultiPolygon).flat(2);
    const lons = positions.map((position) => position[0] ?? 0);
    const lats = positions.map((position) => position[1] ?? 0);
    expect(createRegistry().bbox('ES51')).toEqual([
      Math.min(...lons),
      Math.min(...lats),
      Math.max(...lons),
      Math.max(...lats),
    ]);
  });
});
