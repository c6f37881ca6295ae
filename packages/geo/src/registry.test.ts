import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, NUTS_SOURCE } from './attribution.js';
import { createRegistry } from './registry.js';

const registry = createRegistry();
const codes = (regions: { code: string }[]) => regions.map((region) => region.code);

describe('NUTS look-ups', () => {
  it('finds Catalonia with its names, country, level and parent', () => {
    expect(registry.get('ES51')).toEqual({
      code: 'ES51',
      name: 'Cataluña',
      nativeName: 'Cataluña',
      country: 'ES',
      level: 2,
      parent: 'ES5',
      scheme: 'nuts',
      label: [expect.any(Number), expect.any(Number)],
      bbox: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)],
    });
    expect(registry.parent('ES51')?.code).toBe('ES5');
    expect(registry.parent('ES5')?.code).toBe('ES');
    expect(registry.parent('ES')).toBeUndefined();
    expect(codes(registry.ancestors('ES511'))).toEqual(['ES51', 'ES5', 'ES']);
  });

  it('reads codes case-insensitively and answers undefined for unknown ones', () => {
    expect(registry.get(' es51 ')?.code).toBe('ES51');
    expect(registry.get('XX99')).toBeUndefined();
    expect(registry.has('SE224')).toBe(true);
    expect(registry.has('MA-02')).toBe(false);
    expect(() => registry.require('XX99')).toThrow(/unknown region/);
  });

  it('knows the pilot regions of REGIN', () => {
    expect(registry.get('ITF4')?.name).toBe('Puglia');
    expect(registry.get('ITF3')?.name).toBe('Campania');
    expect(registry.get('ES62')?.name).toBe('Región de Murcia');
    expect(registry.get('PT20')?.name).toBe('Região Autónoma dos Açores');
    expect(registry.get('SE224')).toMatchObject({
      name: 'Skåne län',
      level: 3,
      parent: 'SE22',
      country: 'SE',
    });
  });

  it('keeps native names apart from Latin names, trimmed', () => {
    expect(registry.get('EL')).toMatchObject({ name: 'Elláda', nativeName: 'Ελλάδα', country: 'EL' });
    expect(registry.get('BG')?.nativeName).toBe('България');
  });

  it('lists children and descendants', () => {
    expect(codes(registry.children('ES5'))).toEqual(['ES51', 'ES52', 'ES53']);
    expect(codes(registry.children('ES51'))).toEqual(['ES511', 'ES512', 'ES513', 'ES514']);
    expect(registry.children('ES511')).toEqual([]);
    const descendants = codes(registry.descendants('ES5'));
    expect(descendants.slice(0, 6)).toEqual(['ES51', 'ES511', 'ES512', 'ES513', 'ES514', 'ES52']);
    expect(descendants).toHaveLength(
      3 + registry.byCountry('ES', 3).filter((r) => r.code.startsWith('ES5')).length,
    );
    expect(registry.descendants('ES')).toHaveLength(registry.byCountry('ES').length - 1);
  });

  it('counts regions per level and per country as in NUTS 2021', () => {
    expect(registry.size).toBe(2010);
    expect(registry.byLevel(0)).toHaveLength(37);
    expect(registry.byLevel(1)).toHaveLength(125);
    expect(registry.byLevel(2)).toHaveLength(334);
    expect(registry.byLevel(3)).toHaveLength(1514);
    expect(registry.countries()).toHaveLength(37);
    expect(registry.byCountry('ES')).toHaveLength(86);
    expect([0, 1, 2, 3].map((level) => registry.byCountry('ES', level as 0 | 1 | 2 | 3).length)).toEqual([
      1, 7, 19, 59,
    ]);
    expect(registry.byCountry('SE', 2)).toHaveLength(8);
    expect(registry.byCountry('it', 2)).toHaveLength(21);
    for (const country of registry.countries()) {
      const all = registry.byCountry(country);
      expect(all.every((region) => region.country === country)).toBe(true);
      expect(all.filter((region) => region.level === 0)).toHaveLength(1);
    }
  });

  it('uses NUTS country codes EL and UK and reads ISO GR and GB as them', () => {
    expect(registry.get('GR')).toBeUndefined();
    expect(registry.byCountry('GR')).toEqual(registry.byCountry('EL'));
    expect(registry.byCountry('EL', 2)).toHaveLength(13);
    expect(registry.get('UK')?.name).toBe('United Kingdom');
    expect(registry.byCountry('GB', 1)).toHaveLength(12);
  });

  it('makes every parent a region one level up, in the same country', () => {
    for (const region of registry.all()) {
      if (region.level === 0) {
        expect(region.parent).toBeNull();
        continue;
      }
      const parent = registry.parent(region.code);
      expect(parent?.level).toBe(region.level - 1);
      expect(parent?.country).toBe(region.country);
    }
  });

  it('gives the bounding box of Catalonia', () => {
    const [minLon, minLat, maxLon, maxLat] = registry.bbox('ES51') ?? [];
    expect(minLon).toBeGreaterThan(0);
    expect(minLon).toBeLessThan(0.4);
    expect(minLat).toBeGreaterThan(40.3);
    expect(minLat).toBeLessThan(40.7);
    expect(maxLon).toBeGreaterThan(3);
    expect(maxLon).toBeLessThan(3.4);
    expect(maxLat).toBeGreaterThan(42.6);
    expect(maxLat).toBeLessThan(43);
    expect(registry.bbox('XX')).toBeUndefined();
  });

  it('puts every label point inside its bounding box and every box inside its parent box', () => {
    for (const region of registry.all()) {
      const [minLon, minLat, maxLon, maxLat] = region.bbox;
      const [lon, lat] = region.label;
      expect(minLon).toBeLessThanOrEqual(maxLon);
      expect(minLat).toBeLessThanOrEqual(maxLat);
      expect(lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat, region.code).toBe(true);
      const parent = registry.parent(region.code);
      if (parent) {
        expect(minLon).toBeGreaterThanOrEqual(parent.bbox[0]);
        expect(maxLat).toBeLessThanOrEqual(parent.bbox[3]);
      }
    }
  });

  it('hands out frozen regions and fresh arrays', () => {
    const region = registry.require('ES51');
    expect(Object.isFrozen(region)).toBe(true);
    expect(Object.isFrozen(region.bbox)).toBe(true);
    const children = registry.children('ES5');
    children.pop();
    expect(registry.children('ES5')).toHaveLength(3);
  });

  it('exports the attribution the licence asks for', () => {
    expect(ATTRIBUTION).toBe('© EuroGeographics for the administrative boundaries');
    expect(NUTS_SOURCE).toMatchObject({
      publisher: 'Eurostat GISCO',
      dataset: 'NUTS 2021',
      crs: 'EPSG:4326',
    });
  });
});
