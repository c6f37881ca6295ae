/**
 * Projects the NUTS 2021 topologies of @regin/geo into SVG path data once, at build time, so that the browser
 * only sets `d` attributes: no TopoJSON decoding and no projection on the main thread (which cost most of the
 * map's Total Blocking Time on a throttled phone). Written to `generated/shapes/` (not committed):
 * - `background.json`: countries (NUTS 0) as one land path and one internal-borders path;
 * - `nuts-1-2.json`: every NUTS 1 and 2 region, `{ code: [d, cx, cy] }`;
 * - `nuts-3-XX.json`: the NUTS 3 regions of country XX, fetched only when a level-3 region of XX is shown.
 * One decimal per coordinate: a tenth of an SVG unit at zoom 1.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoPath } from 'd3-geo';
import type { GeometryObject } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type BackgroundShapes, projection, type ShapeEntry } from '../src/map/projection.js';

const path = geoPath(projection).digits(1);
const round = (value: number) => Math.round(value * 10) / 10;

function read(file: string): Topology {
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

function shapes(topology: Topology, object: string): Map<string, ShapeEntry> {
  const collection = topology.objects[object] as GeometryCollection;
  const out = new Map<string, ShapeEntry>();
  for (const geometry of collection.geometries) {
    const geo = feature(
      topology,
      geometry as GeometryCollection['geometries'][number],
    ) as unknown as GeoJSON.Feature<GeometryObject>;
    const d = path(geo);
    if (!d) continue;
    const [cx, cy] = path.centroid(geo);
    out.set(String(geometry.id), [d, round(cx), round(cy)]);
  }
  return out;
}

/** `topologies`: the folder with nuts-0.json, nuts-1-2.json and nuts-3.json. Returns the files written. */
export function writeMapShapes(topologies: string, outDir: string): string[] {
  const inputs = ['nuts-0.json', 'nuts-1-2.json', 'nuts-3.json'].map((name) => join(topologies, name));
  const marker = join(outDir, 'background.json');
  const newest = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  try {
    if (statSync(marker).mtimeMs > newest) return [];
  } catch {
    // not generated yet
  }
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, value: unknown) => {
    writeFileSync(join(outDir, name), JSON.stringify(value));
    written.push(name);
  };

  const level12 = read(inputs[1] ?? '');
  write('nuts-1-2.json', Object.fromEntries([...shapes(level12, 'nuts1'), ...shapes(level12, 'nuts2')]));
  const byCountry = new Map<string, Record<string, ShapeEntry>>();
  for (const [code, entry] of shapes(read(inputs[2] ?? ''), 'nuts3')) {
    const country = code.slice(0, 2);
    const group = byCountry.get(country) ?? {};
    group[code] = entry;
    byCountry.set(country, group);
  }
  for (const [country, group] of byCountry) write(`nuts-3-${country}.json`, group);

  const level0 = read(inputs[0] ?? '');
  const countries = level0.objects.nuts0 as GeometryCollection;
  const background: BackgroundShapes = {
    land: path(feature(level0, countries) as unknown as GeoJSON.FeatureCollection) ?? '',
    borders: path(mesh(level0, countries, (a, b) => a !== b)) ?? '',
  };
  // Last: its date says the set is complete.
  write('background.json', background);
  return written;
}
