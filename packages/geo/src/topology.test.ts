import type { FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';
import {
  isTopologyName,
  nutsObjectName,
  TOPOLOGY_NAMES,
  topologyBorders,
  topologyToFeatures,
} from './topology.js';

const square = (x: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});

/** Two neighbouring squares standing in for ES51 and ES52. */
const squares: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'ES51', properties: null, geometry: square(0) },
    { type: 'Feature', id: 'ES52', properties: null, geometry: square(1) },
  ],
};
const tiny = topology({ nuts2: squares });

describe('topology helpers', () => {
  it('names the topologies and their objects', () => {
    expect(TOPOLOGY_NAMES).toEqual(['nuts-0', 'nuts-1-2', 'nuts-3']);
    expect(isTopologyName('nuts-1-2')).toBe(true);
    expect(isTopologyName('toString')).toBe(false);
    expect(nutsObjectName(2)).toBe('nuts2');
  });

  it('turns an object into GeoJSON features keyed by NUTS code', () => {
    const collection = topologyToFeatures(tiny, 'nuts2');
    expect(collection.features.map((feature) => feature.id)).toEqual(['ES51', 'ES52']);
    expect(collection.features[0]?.properties).toEqual({ code: 'ES51' });
    expect(collection.features[0]?.geometry.type).toBe('Polygon');
  });

  it('adds names, country and level when given a registry', () => {
    const collection = topologyToFeatures(tiny, 'nuts2', { registry: createRegistry() });
    expect(collection.features[0]?.properties).toEqual({
      code: 'ES51',
      name: 'Cataluña',
      nativeName: 'Cataluña',
      country: 'ES',
      level: 2,
    });
  });

  it('draws shared borders once', () => {
    expect(topologyBorders(tiny, 'nuts2', 'internal').coordinates).toHaveLength(1);
    expect(topologyBorders(tiny, 'nuts2', 'external').coordinates.length).toBeGreaterThan(0);
    expect(topologyBorders(tiny, 'nuts2').type).toBe('MultiLineString');
  });

  it('names the missing object in its error', () => {
    expect(() => topologyToFeatures(tiny, 'nuts3')).toThrow(/no object "nuts3".*nuts2/);
  });
});
