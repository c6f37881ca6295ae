import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import type { RegionRegistry } from './registry.js';
import type { RegionLevel } from './types.js';

/**
 * The topologies `scripts/build-data.ts` builds, and the objects each holds (one per NUTS level).
 * Built files: `generated/topology/<name>.json` in the workspace, `dist/topology/<name>.json` when built,
 * imported as `@regin/geo/topology/<name>.json` or read with `loadTopology(name)` from `@regin/geo/node`.
 */
export const TOPOLOGY_OBJECTS = Object.freeze({
  'nuts-0': Object.freeze(['nuts0'] as const),
  'nuts-1-2': Object.freeze(['nuts1', 'nuts2'] as const),
  'nuts-3': Object.freeze(['nuts3'] as const),
});

export type TopologyName = keyof typeof TOPOLOGY_OBJECTS;
export const TOPOLOGY_NAMES = Object.freeze(Object.keys(TOPOLOGY_OBJECTS) as TopologyName[]);

/** Object name of a NUTS level inside a topology: `nuts0` … `nuts3`. */
export type NutsObjectName = `nuts${RegionLevel}`;

export function nutsObjectName(level: RegionLevel): NutsObjectName {
  return `nuts${level}`;
}

/**
 * A NUTS topology: objects `nuts0`…`nuts3` (those its name lists), each a GeometryCollection of Polygon and
 * MultiPolygon geometries whose `id` is the NUTS code and which carry no properties (names are in the registry).
 */
export type NutsTopology = Topology<Objects<GeoJsonProperties>>;

export function isTopologyName(name: string): name is TopologyName {
  return Object.hasOwn(TOPOLOGY_OBJECTS, name);
}

/** Properties of the features `topologyToFeatures` returns; names and level only when a registry is given. */
export interface RegionFeatureProperties {
  code: string;
  name?: string;
  nativeName?: string;
  country?: string;
  level?: RegionLevel;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionFeatureProperties>;

type AnyGeometryObject = GeometryObject<GeoJsonProperties>;

function collection(topology: Topology, object: string): GeometryCollection<GeoJsonProperties> {
  const found: AnyGeometryObject | undefined = topology.objects[object];
  if (!found) {
    throw new RangeError(
      `topology has no object "${object}" (it has ${Object.keys(topology.objects).join(', ')})`,
    );
  }
  if (found.type !== 'GeometryCollection')
    throw new TypeError(`topology object "${object}" is not a collection`);
  return found;
}

/** The GeoJSON shape of one Polygon or MultiPolygon geometry of a topology; undefined for other types. */
export function geometryShape(
  topology: Topology,
  geometry: AnyGeometryObject,
): Polygon | MultiPolygon | undefined {
  if (geometry.type === 'Polygon') return feature(topology, geometry).geometry;
  if (geometry.type === 'MultiPolygon') return feature(topology, geometry).geometry;
  return undefined;
}

/**
 * One object of a topology as GeoJSON features (topojson-client `feature`), `id` and `properties.code` set to
 * the NUTS code; pass a registry to add names, country and level for tooltips and legends.
 */
export function topologyToFeatures(
  topology: Topology,
  object: string,
  options: { registry?: RegionRegistry } = {},
): FeatureCollection<Polygon | MultiPolygon, RegionFeatureProperties> {
  const source = collection(topology, object);
  const features: RegionFeature[] = [];
  for (const geometry of source.geometries) {
    const shape = geometryShape(topology, geometry);
    if (!shape) continue;
    const code = String(geometry.id ?? '');
    const region = options.registry?.get(code);
    const properties: RegionFeatureProperties = region
      ? {
          code,
          name: region.name,
          nativeName: region.nativeName,
          country: region.country,
          level: region.level,
        }
      : { code };
    features.push({ type: 'Feature', id: code, properties, geometry: shape });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Boundary lines of one object, each shared border drawn once (topojson-client `mesh`): `internal` borders
 * between regions, `external` coastlines and outer frontiers, or `all`.
 */
export function topologyBorders(
  topology: Topology,
  object: string,
  which: 'all' | 'internal' | 'external' = 'all',
): MultiLineString {
  const source = collection(topology, object) as GeometryObject;
  if (which === 'all') return mesh(topology, source);
  return mesh(topology, source, which === 'internal' ? (a, b) => a !== b : (a, b) => a === b);
}
