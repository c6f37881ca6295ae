import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { RegionRegistryError } from './errors.js';
import { createRegistry } from './registry.js';

/** A rough outline of Morocco's Oriental region (illustrative, not an official boundary). */
const ORIENTAL: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-3.0, 35.3],
      [-1.8, 35.1],
      [-1.2, 32.6],
      [-1.0, 32.1],
      [-2.2, 31.8],
      [-3.6, 32.0],
      [-4.2, 33.3],
      [-3.6, 34.5],
      [-3.0, 35.3],
    ],
  ],
};

function refusal(action: () => unknown): RegionRegistryError {
  try {
    action();
  } catch (error) {
    if (error instanceof RegionRegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegionRegistryError');
}

describe('register', () => {
  it('registers Oriental (MA-02) with a point', () => {
    const registry = createRegistry();
    const region = registry.register({
      code: 'MA-02',
      name: 'Oriental',
      nativeName: 'الشرق',
      point: { lon: -1.9, lat: 34.68 },
    });
    expect(region).toEqual({
      code: 'MA-02',
      name: 'Oriental',
      nativeName: 'الشرق',
      country: 'MA',
      level: 2,
      parent: null,
      scheme: 'iso3166-2',
      label: [-1.9, 34.68],
      bbox: [-1.9, 34.68, -1.9, 34.68],
    });
    expect(registry.get('ma-02')).toBe(region);
    expect(registry.bbox('MA-02')).toEqual([-1.9, 34.68, -1.9, 34.68]);
    expect(registry.geometry('MA-02')).toBeUndefined();
    expect(registry.size).toBe(2011);
    expect(registry.byCountry('MA')).toEqual([region]);
    expect(registry.byLevel(2)).toContain(region);
    expect(registry.countries()).toContain('MA');
    expect(registry.search('oriental')[0]?.region).toBe(region);
    expect(registry.search('الشرق')[0]?.region).toBe(region);
    expect(registry.registeredFeatures().features[0]).toMatchObject({
      id: 'MA-02',
      geometry: { type: 'Point', coordinates: [-1.9, 34.68] },
      properties: { code: 'MA-02', name: 'Oriental', country: 'MA', level: 2 },
    });
  });

  it('registers Oriental with a polygon, taking its box and an interior label point', () => {
    const registry = createRegistry();
    const region = registry.register({ code: 'MA-02', name: 'Oriental', geometry: ORIENTAL });
    expect(region.bbox).toEqual([-4.2, 31.8, -1.0, 35.3]);
    const [lon, lat] = region.label;
    expect(lon).toBeGreaterThan(-4.2);
    expect(lon).toBeLessThan(-1.0);
    expect(lat).toBeGreaterThan(31.8);
    expect(lat).toBeLessThan(35.3);
    expect(region.nativeName).toBe('Oriental');
    expect(registry.geometry('MA-02')).toEqual(ORIENTAL);
    expect(registry.registeredFeatures().features[0]?.geometry).toEqual(ORIENTAL);
  });

  it('keeps a given point as the label when a polygon comes with it, and copies the polygon', () => {
    const registry = createRegistry();
    const polygon = JSON.parse(JSON.stringify(ORIENTAL)) as Polygon;
    const region = registry.register({
      code: 'MA-02',
      name: 'Oriental',
      geometry: polygon,
      point: { lon: -1.91, lat: 34.68 },
    });
    expect(region.label).toEqual([-1.91, 34.68]);
    (polygon.coordinates[0] as number[][])[0] = [50, 50];
    expect(registry.geometry('MA-02')).toEqual(ORIENTAL);
    expect(Object.isFrozen(registry.geometry('MA-02')?.coordinates)).toBe(true);
  });

  it('accepts MultiPolygons and labels a concave shape inside it', () => {
    const registry = createRegistry();
    // A "C" shape whose centroid falls in the gap.
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 8],
          [10, 8],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const region = registry.register({
      code: 'TN-11',
      name: 'Tunis',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          c.coordinates,
          [
            [
              [20, 20],
              [21, 20],
              [21, 21],
              [20, 20],
            ],
          ],
        ],
      },
    });
    const [lon, lat] = region.label;
    const insideC = (lon <= 2 && lon >= 0) || lat <= 2 || lat >= 8;
    expect(insideC && lon >= 0 && lon <= 10 && lat >= 0 && lat <= 10).toBe(true);
    expect(region.bbox).toEqual([0, 0, 21, 21]);
  });

  it('supports registered hierarchies', () => {
    const registry = createRegistry({
      regions: [
        { code: 'MA-02', name: 'Oriental', level: 2, point: { lon: -1.9, lat: 34.68 } },
        { code: 'MA-OUJ', name: 'Oujda-Angad', level: 3, parent: 'MA-02', point: { lon: -1.9, lat: 34.68 } },
      ],
    });
    expect(registry.children('MA-02').map((region) => region.code)).toEqual(['MA-OUJ']);
    expect(registry.descendants('MA-02').map((region) => region.code)).toEqual(['MA-OUJ']);
    expect(registry.parent('MA-OUJ')?.code).toBe('MA-02');
    expect(refusal(() => registry.unregister('MA-02')).reason).toBe('has-children');
    expect(registry.unregister('MA-OUJ')).toBe(true);
    expect(registry.unregister('MA-02')).toBe(true);
    expect(registry.unregister('MA-02')).toBe(false);
    expect(registry.unregister('ES51')).toBe(false);
    expect(registry.size).toBe(2010);
  });

  it('rejects invalid codes', () => {
    const registry = createRegistry();
    for (const code of ['MA02', 'ma_02', 'MA-', 'MA-0234', 'M-02', 'MAR-02', '', 'XX999']) {
      const error = refusal(() => registry.register({ code, name: 'X', point: { lon: 0, lat: 0 } }));
      expect(error.reason, code).toBe('invalid-code');
      expect(error.field).toBe('code');
    }
  });

  it('rejects codes that collide with NUTS, and ISO codes of countries NUTS covers', () => {
    const registry = createRegistry();
    expect(
      refusal(() => registry.register({ code: 'ES51', name: 'X', point: { lon: 2, lat: 41 } })).reason,
    ).toBe('nuts-collision');
    for (const code of ['ES-CT', 'GR-I', 'GB-ENG', 'SE-M', 'TR-06']) {
      expect(
        refusal(() => registry.register({ code, name: 'X', point: { lon: 2, lat: 41 } })).reason,
        code,
      ).toBe('nuts-collision');
    }
    expect(registry.size).toBe(2010);
  });

  it('rejects duplicates, bad countries, names, levels, parents, points and shapes', () => {
    const registry = createRegistry();
    registry.register({ code: 'MA-02', name: 'Oriental', point: { lon: -1.9, lat: 34.68 } });
    const point = { lon: 0, lat: 0 };
    const cases: [Parameters<typeof registry.register>[0], string][] = [
      [{ code: 'MA-02', name: 'Again', point }, 'duplicate'],
      [{ code: 'MA-01', name: 'X', country: 'DZ', point }, 'invalid-region'],
      [{ code: 'MA-01', name: '  ', point }, 'invalid-region'],
      [{ code: 'MA-01', name: 'x'.repeat(201), point }, 'invalid-region'],
      [{ code: 'MA-01', name: 'X', level: 4 as 3, point }, 'invalid-region'],
      [{ code: 'MA-01', name: 'X', parent: 'MA-09', point }, 'unknown-parent'],
      [{ code: 'MA-01', name: 'X', parent: 'ES51', point }, 'unknown-parent'],
      [{ code: 'MA-01', name: 'X', parent: 'MA-02', level: 2, point }, 'invalid-region'],
      [{ code: 'MA-01', name: 'X' }, 'invalid-region'],
      [{ code: 'MA-01', name: 'X', point: { lon: 200, lat: 0 } }, 'invalid-region'],
      [{ code: 'MA-01', name: 'X', point: { lon: Number.NaN, lat: 0 } }, 'invalid-region'],
      [
        { code: 'MA-01', name: 'X', geometry: { type: 'Point', coordinates: [0, 0] } as never },
        'invalid-geometry',
      ],
      [
        {
          code: 'MA-01',
          name: 'X',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
              ],
            ],
          },
        },
        'invalid-geometry',
      ],
      [
        {
          code: 'MA-01',
          name: 'X',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
              ],
            ],
          },
        },
        'invalid-geometry',
      ],
      [
        {
          code: 'MA-01',
          name: 'X',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [2, 0],
                [0, 0],
              ],
            ],
          },
        },
        'invalid-geometry',
      ],
      [
        {
          code: 'MA-01',
          name: 'X',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 95],
                [0, 0],
              ],
            ],
          },
        },
        'invalid-geometry',
      ],
      [{ code: 'MA-01', name: 'X', geometry: { type: 'MultiPolygon', coordinates: [] } }, 'invalid-geometry'],
    ];
    for (const [input, reason] of cases) {
      expect(refusal(() => registry.register(input)).reason, JSON.stringify(input).slice(0, 80)).toBe(reason);
    }
    expect(registry.registered().map((region) => region.code)).toEqual(['MA-02']);
  });

  it('keeps registries apart', () => {
    const first = createRegistry();
    const second = createRegistry();
    first.register({ code: 'MA-02', name: 'Oriental', point: { lon: -1.9, lat: 34.68 } });
    expect(first.has('MA-02')).toBe(true);
    expect(second.has('MA-02')).toBe(false);
    expect(second.search('oriental').map((hit) => hit.region.code)).not.toContain('MA-02');
    expect(createRegistry().size).toBe(2010);
    second.register({ code: 'MA-02', name: 'Oriental (second)', point: { lon: -1.9, lat: 34.68 } });
    expect(first.get('MA-02')?.name).toBe('Oriental');
  });
});
