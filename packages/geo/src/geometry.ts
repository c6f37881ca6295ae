import type { Position } from 'geojson';
import { RegionRegistryError } from './errors.js';
import type { BBox, LonLat, RegionGeometry } from './types.js';

/** Upper bound on the vertices of a registered boundary, so a stray upload cannot bloat every registry. */
export const MAX_GEOMETRY_POSITIONS = 100_000;

type Ring = Position[];
type PolygonCoordinates = Ring[];

function invalid(message: string): never {
  throw new RegionRegistryError('invalid-geometry', message, 'geometry');
}

function isLon(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -180 && value <= 180;
}

function isLat(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -90 && value <= 90;
}

/** Checks `{ lon, lat }` and returns it as `[lon, lat]`. */
export function validatePoint(point: unknown): LonLat {
  if (typeof point !== 'object' || point === null) {
    throw new RegionRegistryError('invalid-region', 'point must be an object { lon, lat }', 'point');
  }
  const { lon, lat } = point as { lon?: unknown; lat?: unknown };
  if (!isLon(lon) || !isLat(lat)) {
    throw new RegionRegistryError(
      'invalid-region',
      'point needs lon in [-180, 180] and lat in [-90, 90] (WGS 84 degrees)',
      'point',
    );
  }
  return Object.freeze([lon, lat] as const);
}

function copyRing(ring: unknown, where: string, budget: { left: number }): Ring {
  if (!Array.isArray(ring) || ring.length < 4) invalid(`${where}: a ring needs at least 4 positions`);
  budget.left -= ring.length;
  if (budget.left < 0) invalid(`geometry has more than ${MAX_GEOMETRY_POSITIONS} positions`);
  const out: Ring = ring.map((position: unknown, index) => {
    if (!Array.isArray(position) || !isLon(position[0]) || !isLat(position[1])) {
      invalid(`${where}, position ${index}: expected [lon, lat] in WGS 84 degrees`);
    }
    return Object.freeze([position[0], position[1]]) as Position;
  });
  const first = out[0] as Position;
  const last = out[out.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) invalid(`${where}: a ring must end where it starts`);
  if (ringArea(out) === 0) invalid(`${where}: the ring encloses no area`);
  return Object.freeze(out) as Ring;
}

function copyPolygon(polygon: unknown, where: string, budget: { left: number }): PolygonCoordinates {
  if (!Array.isArray(polygon) || polygon.length === 0) invalid(`${where}: a polygon needs at least one ring`);
  return Object.freeze(
    polygon.map((ring, index) => copyRing(ring, `${where}, ring ${index}`, budget)),
  ) as PolygonCoordinates;
}

/**
 * Checks a GeoJSON Polygon or MultiPolygon (closed rings of ≥ 4 positions, WGS 84 degrees, non-zero area)
 * and returns a frozen deep copy with 2-D positions, so changes to the input cannot reach the registry.
 */
export function validateGeometry(geometry: unknown): RegionGeometry {
  if (typeof geometry !== 'object' || geometry === null)
    invalid('geometry must be a GeoJSON Polygon or MultiPolygon');
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const budget = { left: MAX_GEOMETRY_POSITIONS };
  if (type === 'Polygon') {
    return Object.freeze({
      type,
      coordinates: copyPolygon(coordinates, 'polygon', budget),
    }) as RegionGeometry;
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0)
      invalid('a MultiPolygon needs at least one polygon');
    const polygons = coordinates.map((polygon, index) => copyPolygon(polygon, `polygon ${index}`, budget));
    return Object.freeze({ type, coordinates: Object.freeze(polygons) }) as RegionGeometry;
  }
  return invalid(`geometry type must be Polygon or MultiPolygon, not ${String(type)}`);
}

function polygonsOf(geometry: RegionGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Bounding box of a polygon geometry (no antimeridian handling: regions here do not cross it). */
export function geometryBBox(geometry: RegionGeometry): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring as [number, number][]) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
  }
  return Object.freeze([minLon, minLat, maxLon, maxLat] as const);
}

/** The degenerate box of a point. */
export function pointBBox([lon, lat]: LonLat): BBox {
  return Object.freeze([lon, lat, lon, lat] as const);
}

/** Signed planar area of a ring in square degrees (shoelace). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

function ringCentroid(ring: readonly Position[]): [number, number] {
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

function ringContains(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygonContains(polygon: PolygonCoordinates, x: number, y: number): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && ringContains(outer, x, y) && !holes.some((hole) => ringContains(hole, x, y));
}

/** Midpoint of the widest stretch of the polygon along the parallel at `y`, if the parallel crosses it. */
function scanlinePoint(polygon: PolygonCoordinates, y: number): [number, number] | undefined {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] | undefined;
  let widest = 0;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = (crossings[i + 1] as number) - (crossings[i] as number);
    if (width > widest) {
      widest = width;
      best = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

/**
 * A point inside the largest polygon, for the label or marker of a region given only as a boundary: the
 * area centroid when it falls inside, else the middle of the widest stretch across the polygon.
 */
export function interiorPoint(geometry: RegionGeometry): LonLat {
  let largest: PolygonCoordinates | undefined;
  let largestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = Math.abs(ringArea(polygon[0] ?? []));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer) invalid('geometry has no polygon');
  const [cx, cy] = ringCentroid(outer);
  if (polygonContains(largest, cx, cy)) return Object.freeze([cx, cy] as const);
  const [, minLat, , maxLat] = geometryBBox({ type: 'Polygon', coordinates: [outer] });
  for (const y of [
    cy,
    (minLat + maxLat) / 2,
    minLat + (maxLat - minLat) / 3,
    minLat + (2 * (maxLat - minLat)) / 3,
  ]) {
    const point = scanlinePoint(largest, y);
    if (point) return Object.freeze([point[0], point[1]] as const);
  }
  const [x, y] = outer[0] as [number, number];
  return Object.freeze([x, y] as const);
}
