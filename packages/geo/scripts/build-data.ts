/**
 * Builds the data of @regin/geo from the NUTS 2021 files in `data/nuts-2021/` (Eurostat GISCO, 1:60M, EPSG:4326):
 *
 *  - `src/data/nuts-2021.ts` (committed): the compact registry of all NUTS regions of levels 0–3 (code, Latin and
 *    native names, label point, bounding box; country, level and parent follow from the code), so that the package
 *    and every package that reads its `src/` work in a fresh clone without running this script;
 *  - `generated/topology/nuts-0.json`, `nuts-1-2.json`, `nuts-3.json` (git-ignored): quantized TopoJSON
 *    topologies of the boundaries, simplified while keeping shared borders shared (topojson-simplify);
 *  - `generated/manifest.json`: the hash of the inputs, the settings and the sizes (raw and gzip) of each output.
 *
 * Usage: tsx --conditions=@regin/source scripts/build-data.ts [--force] [--check] [--dist]
 *   --force  rebuild even when the manifest says the outputs are up to date
 *   --check  write nothing; exit 1 when src/data/nuts-2021.ts differs from what the data gives (for CI)
 *   --dist   also copy the topologies to dist/topology/ (the package build does this)
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { ATTRIBUTION, NUTS_SOURCE } from '../src/attribution.js';
import { nutsCodeParts } from '../src/nuts-code.js';
import type { NutsRow } from '../src/nuts-row.js';
import { geometryShape, TOPOLOGY_OBJECTS, type TopologyName } from '../src/topology.js';
import type { RegionLevel } from '../src/types.js';

export const PACKAGE_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SOURCE_DIR = join(PACKAGE_DIR, 'data', 'nuts-2021');
export const GENERATED_DIR = join(PACKAGE_DIR, 'generated');
export const TOPOLOGY_DIR = join(GENERATED_DIR, 'topology');
export const DIST_TOPOLOGY_DIR = join(PACKAGE_DIR, 'dist', 'topology');
export const MANIFEST_PATH = join(GENERATED_DIR, 'manifest.json');
export const REGISTRY_MODULE_PATH = join(PACKAGE_DIR, 'src', 'data', 'nuts-2021.ts');

const LEVELS: readonly RegionLevel[] = [0, 1, 2, 3];

/** The NUTS branch of `regionCodeSchema` in @regin/domain (kept local: this script runs before any build). */
const NUTS_ID = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

/**
 * Simplification and quantization. The 1:60M source already is generalised (levels 1+2: ~5,400 points), so
 * the weight only drops points that are nearly collinear with their neighbours: a point goes when the triangle
 * it forms with them covers less than 1e-4 square degrees (≈ 0.8 km² at 45° N), ~5% of the points. Quantizing
 * to 1e5 steps per axis keeps the source's 0.001° precision (Europe spans ~110° of longitude).
 */
export const SETTINGS = Object.freeze({
  quantization: 100_000,
  weight: 'planarTriangleArea',
  minWeight: 1e-4,
});

/** Gzip budget per topology in bytes (the public map loads `nuts-1-2` on first paint). */
export const GZIP_BUDGET: Readonly<Record<TopologyName, number>> = Object.freeze({
  'nuts-0': 100_000,
  'nuts-1-2': 300_000,
  'nuts-3': 600_000,
});

/** Regions the REGIN pilots need: the build fails if any of them ends up without a shape. */
export const WATCHED_REGIONS: readonly string[] = [
  'ES51',
  'ES62',
  'ITF3',
  'ITF4',
  'PT20',
  'SE22',
  'SE224',
  'ES22',
];

interface NutsProperties {
  NUTS_ID: string;
  LEVL_CODE: number;
  CNTR_CODE: string;
  NAME_LATN: string;
  NUTS_NAME: string;
}

type RegionFeature = Feature<Polygon | MultiPolygon, NutsProperties>;
type LabelFeature = Feature<Point, NutsProperties>;

export interface NutsSources {
  regions: Map<RegionLevel, RegionFeature[]>;
  labels: Map<RegionLevel, LabelFeature[]>;
  /** The raw bytes of every source file, by file name (for the input hash). */
  files: Map<string, Buffer>;
}

export interface TopologyStats {
  objects: Record<string, number>;
  arcs: number;
  positions: number;
  /** Points of the topology before simplification (shared borders counted once). */
  unsimplifiedPositions: number;
  bytes: number;
  gzipBytes: number;
  gzipBudget: number;
}

export interface Manifest {
  inputsHash: string;
  generator: string;
  attribution: string;
  source: typeof NUTS_SOURCE;
  settings: typeof SETTINGS;
  registry: { regions: Record<string, number>; bytes: number; gzipBytes: number };
  topologies: Record<string, TopologyStats>;
}

export function regionFileName(level: RegionLevel): string {
  return `NUTS_RG_60M_2021_4326_LEVL_${level}.geojson`;
}

export function labelFileName(level: RegionLevel): string {
  return `NUTS_LB_2021_4326_LEVL_${level}.geojson`;
}

function byId<T extends { properties: NutsProperties }>(a: T, b: T): number {
  return a.properties.NUTS_ID < b.properties.NUTS_ID
    ? -1
    : a.properties.NUTS_ID > b.properties.NUTS_ID
      ? 1
      : 0;
}

export async function readSources(dir: string = SOURCE_DIR): Promise<NutsSources> {
  const sources: NutsSources = { regions: new Map(), labels: new Map(), files: new Map() };
  for (const level of LEVELS) {
    for (const [kind, name] of [
      ['regions', regionFileName(level)],
      ['labels', labelFileName(level)],
    ] as const) {
      const bytes = await readFile(join(dir, name));
      sources.files.set(name, bytes);
      const collection = JSON.parse(bytes.toString('utf8')) as FeatureCollection;
      const features = [...collection.features].sort((a, b) =>
        byId(a as RegionFeature, b as RegionFeature),
      ) as never[];
      sources[kind].set(level, features);
    }
  }
  return sources;
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function geometryBounds(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring as [number, number][]) {
        minLon = Math.min(minLon, lon);
        minLat = Math.min(minLat, lat);
        maxLon = Math.max(maxLon, lon);
        maxLat = Math.max(maxLat, lat);
      }
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** The registry rows, in code order, after checking that codes, levels, countries and parents agree. */
export function buildRegistryRows(sources: NutsSources): NutsRow[] {
  const problems: string[] = [];
  const rows: NutsRow[] = [];
  const codes = new Set<string>();
  for (const level of LEVELS) {
    for (const region of sources.regions.get(level) ?? []) codes.add(region.properties.NUTS_ID);
  }
  for (const level of LEVELS) {
    const labels = new Map(
      (sources.labels.get(level) ?? []).map((label) => [label.properties.NUTS_ID, label]),
    );
    for (const region of sources.regions.get(level) ?? []) {
      const p = region.properties;
      const code = p.NUTS_ID;
      if (!NUTS_ID.test(code)) {
        problems.push(`${code}: not a NUTS id`);
        continue;
      }
      const parts = nutsCodeParts(code);
      if (parts.level !== level || p.LEVL_CODE !== level)
        problems.push(`${code}: level ${p.LEVL_CODE} in file ${level}`);
      if (parts.country !== p.CNTR_CODE) problems.push(`${code}: country ${p.CNTR_CODE}`);
      if (parts.parent && !codes.has(parts.parent)) problems.push(`${code}: parent ${parts.parent} missing`);
      const name = cleanName(p.NAME_LATN ?? '');
      const nativeName = cleanName(p.NUTS_NAME ?? '') || name;
      if (!name) problems.push(`${code}: no name`);
      const label = labels.get(code);
      if (!label) problems.push(`${code}: no label point`);
      if (!region.geometry) problems.push(`${code}: no geometry`);
      if (!label || !region.geometry) continue;
      const [labelLon, labelLat] = label.geometry.coordinates as [number, number];
      rows.push([
        code,
        name,
        nativeName === name ? null : nativeName,
        labelLon,
        labelLat,
        ...geometryBounds(region.geometry),
      ]);
      labels.delete(code);
    }
    for (const code of labels.keys()) problems.push(`${code}: label point without a region`);
  }
  if (problems.length) throw new Error(`NUTS source data is inconsistent:\n  ${problems.join('\n  ')}`);
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function renderRegistryModule(rows: readonly NutsRow[]): string {
  return [
    '// Generated by scripts/build-data.ts from data/nuts-2021/ (Eurostat GISCO, NUTS 2021, 1:60M, EPSG:4326).',
    '// Do not edit: run `pnpm --filter @regin/geo generate`. © EuroGeographics for the administrative boundaries.',
    '// Row: [code, Latin name, native name or null when equal, label lon, label lat, min lon, min lat, max lon, max lat]',
    "import type { NutsRow } from '../nuts-row.js';",
    '',
    'export const NUTS_2021_ROWS: readonly NutsRow[] = [',
    ...rows.map((row) => `  ${JSON.stringify(row)},`),
    '];',
    '',
  ].join('\n');
}

function countPositions(arcs: readonly (readonly unknown[])[]): number {
  return arcs.reduce((sum, arc) => sum + arc.length, 0);
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** Polygons whose outer ring still encloses an area (simplification can collapse tiny islands). */
function livePolygons(geometry: Polygon | MultiPolygon | null): number {
  return polygonsOf(geometry).filter(
    (polygon) => (polygon[0]?.length ?? 0) >= 4 && ringArea(polygon[0] ?? []) !== 0,
  ).length;
}

/**
 * An island drawn as one closed arc keeps only its start point under any weight, so it would vanish: give
 * the two heaviest of its inner points infinite weight, which keeps a triangle (4 positions) of every islet.
 */
function keepIslets(topology: Topology<Objects>): void {
  for (const arc of topology.arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (arc.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
}

export interface BuiltTopology {
  topology: Topology;
  json: string;
  stats: TopologyStats;
  /** Regions that lost some (not all) of their polygons, e.g. islets below the simplification weight. */
  thinned: string[];
}

/** Builds one topology and checks that every source region kept a non-empty shape. */
export function buildNutsTopology(
  name: TopologyName,
  sources: NutsSources,
  settings: typeof SETTINGS = SETTINGS,
): BuiltTopology {
  const objects: Record<string, FeatureCollection> = {};
  const sourceFeatures = new Map<string, RegionFeature>();
  for (const objectName of TOPOLOGY_OBJECTS[name]) {
    const level = Number(objectName.slice(4)) as RegionLevel;
    const features = sources.regions.get(level) ?? [];
    objects[objectName] = {
      type: 'FeatureCollection',
      features: features.map((region) => {
        sourceFeatures.set(region.properties.NUTS_ID, region);
        return {
          type: 'Feature',
          id: region.properties.NUTS_ID,
          properties: null,
          geometry: region.geometry,
        };
      }),
    };
  }
  // Unquantized topology first, so simplification works on the source coordinates; quantize last.
  const full = buildTopology(objects) as Topology<Objects>;
  const unsimplifiedPositions = countPositions(full.arcs);
  const weighted = presimplify(full, planarTriangleArea);
  keepIslets(weighted);
  const simplified = simplify(weighted, settings.minWeight);
  const topology = quantize(simplified, settings.quantization);

  const problems: string[] = [];
  const thinned: string[] = [];
  const counts: Record<string, number> = {};
  for (const objectName of TOPOLOGY_OBJECTS[name]) {
    const object = topology.objects[objectName];
    if (object?.type !== 'GeometryCollection') {
      problems.push(`${objectName}: missing`);
      continue;
    }
    counts[objectName] = object.geometries.length;
    for (const geometry of object.geometries) {
      const code = String(geometry.id);
      const kept = livePolygons(geometryShape(topology, geometry) ?? null);
      const had = livePolygons(sourceFeatures.get(code)?.geometry ?? null);
      if (kept === 0) problems.push(`${code}: empty after simplification`);
      else if (kept < had) thinned.push(`${code} (${kept}/${had} polygons)`);
      sourceFeatures.delete(code);
    }
  }
  for (const code of sourceFeatures.keys()) problems.push(`${code}: not in the topology`);
  if (problems.length) throw new Error(`topology ${name} is incomplete:\n  ${problems.join('\n  ')}`);

  const json = JSON.stringify(topology);
  const bytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json, { level: 9 }).length;
  const stats: TopologyStats = {
    objects: counts,
    arcs: topology.arcs.length,
    positions: countPositions(topology.arcs),
    unsimplifiedPositions,
    bytes,
    gzipBytes,
    gzipBudget: GZIP_BUDGET[name],
  };
  if (gzipBytes > GZIP_BUDGET[name]) {
    throw new Error(
      `topology ${name} is ${gzipBytes} bytes gzipped, over its budget of ${GZIP_BUDGET[name]}`,
    );
  }
  return { topology, json, stats, thinned };
}

/** Hash of everything the outputs depend on: source files, this script, the topology layout, the settings. */
export async function inputsHash(sources: NutsSources): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(SETTINGS));
  for (const file of [fileURLToPath(import.meta.url), join(PACKAGE_DIR, 'src', 'topology.ts')]) {
    hash.update(await readFile(file));
  }
  for (const [name, bytes] of [...sources.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(name);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

async function writeIfChanged(path: string, content: string): Promise<boolean> {
  if (existsSync(path) && (await readFile(path, 'utf8')) === content) return false;
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so a concurrent reader (a parallel test run) never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
  return true;
}

export async function readManifest(): Promise<Manifest | undefined> {
  if (!existsSync(MANIFEST_PATH)) return undefined;
  return JSON.parse(await readFile(MANIFEST_PATH, 'utf8')) as Manifest;
}

export function topologyPath(name: TopologyName): string {
  return join(TOPOLOGY_DIR, `${name}.json`);
}

function isUpToDate(manifest: Manifest | undefined, hash: string): boolean {
  return (
    manifest?.inputsHash === hash &&
    existsSync(REGISTRY_MODULE_PATH) &&
    (Object.keys(TOPOLOGY_OBJECTS) as TopologyName[]).every((name) => existsSync(topologyPath(name)))
  );
}

export interface GenerateOptions {
  force?: boolean;
  check?: boolean;
  dist?: boolean;
  log?: (line: string) => void;
}

export interface GenerateResult {
  upToDate: boolean;
  manifest: Manifest;
  /** False only in `check` mode when the committed registry module is out of date. */
  registryInSync: boolean;
}

function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.info(line));
  const sources = await readSources();
  const hash = await inputsHash(sources);
  const previous = await readManifest();
  const rows = buildRegistryRows(sources);
  const registryModule = renderRegistryModule(rows);
  const committed = existsSync(REGISTRY_MODULE_PATH) ? await readFile(REGISTRY_MODULE_PATH, 'utf8') : '';
  const registryInSync = committed === registryModule;

  if (options.check) {
    log(
      registryInSync
        ? 'src/data/nuts-2021.ts matches the NUTS data'
        : 'src/data/nuts-2021.ts is out of date: run `pnpm --filter @regin/geo generate` and commit it',
    );
    const manifest = previous ?? (await buildManifest(hash, sources, rows, registryModule)).manifest;
    return { upToDate: registryInSync && isUpToDate(previous, hash), manifest, registryInSync };
  }

  if (!options.force && previous && isUpToDate(previous, hash) && registryInSync) {
    log(`@regin/geo data up to date (inputs ${hash.slice(0, 12)})`);
    if (options.dist) await copyToDist(log);
    return { upToDate: true, manifest: previous, registryInSync };
  }

  const { manifest, built } = await buildManifest(hash, sources, rows, registryModule);
  if (await writeIfChanged(REGISTRY_MODULE_PATH, registryModule)) log('wrote src/data/nuts-2021.ts');
  for (const [name, result] of built) {
    await writeIfChanged(topologyPath(name), result.json);
    if (result.thinned.length)
      log(`  ${name}: polygons collapsed by simplification or quantization in ${result.thinned.join(', ')}`);
  }
  await writeIfChanged(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);

  log(`@regin/geo data generated (inputs ${hash.slice(0, 12)})`);
  log(
    `  registry: ${rows.length} regions, src/data/nuts-2021.ts ${formatKB(manifest.registry.bytes)}, ${formatKB(manifest.registry.gzipBytes)} gzip`,
  );
  for (const [name, stats] of Object.entries(manifest.topologies)) {
    const objects = Object.entries(stats.objects)
      .map(([object, count]) => `${object} ${count}`)
      .join(', ');
    log(
      `  ${name}: ${objects}; ${stats.positions} of ${stats.unsimplifiedPositions} points kept; ${formatKB(stats.bytes)} raw, ${formatKB(stats.gzipBytes)} gzip (budget ${formatKB(stats.gzipBudget)})`,
    );
  }
  if (options.dist) await copyToDist(log);
  return { upToDate: false, manifest, registryInSync: true };
}

async function buildManifest(
  hash: string,
  sources: NutsSources,
  rows: readonly NutsRow[],
  registryModule: string,
): Promise<{ manifest: Manifest; built: Map<TopologyName, BuiltTopology> }> {
  const built = new Map<TopologyName, BuiltTopology>();
  for (const name of Object.keys(TOPOLOGY_OBJECTS) as TopologyName[])
    built.set(name, buildNutsTopology(name, sources));
  const regions: Record<string, number> = {};
  for (const [code] of rows) {
    const key = `level${nutsCodeParts(code).level}`;
    regions[key] = (regions[key] ?? 0) + 1;
  }
  const manifest: Manifest = {
    inputsHash: hash,
    generator: 'scripts/build-data.ts',
    attribution: ATTRIBUTION,
    source: NUTS_SOURCE,
    settings: SETTINGS,
    registry: {
      regions,
      bytes: Buffer.byteLength(registryModule),
      gzipBytes: gzipSync(registryModule, { level: 9 }).length,
    },
    topologies: Object.fromEntries([...built].map(([name, result]) => [name, result.stats])),
  };
  return { manifest, built };
}

async function copyToDist(log: (line: string) => void): Promise<void> {
  await rm(DIST_TOPOLOGY_DIR, { recursive: true, force: true });
  await mkdir(DIST_TOPOLOGY_DIR, { recursive: true });
  const files = (await readdir(TOPOLOGY_DIR)).filter((file) => file.endsWith('.json'));
  for (const file of files) await copyFile(join(TOPOLOGY_DIR, file), join(DIST_TOPOLOGY_DIR, file));
  log(`  copied ${files.length} topologies to dist/topology/`);
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const args = new Set(process.argv.slice(2));
  generate({ force: args.has('--force'), check: args.has('--check'), dist: args.has('--dist') }).then(
    (result) => {
      if (args.has('--check') && !result.registryInSync) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
