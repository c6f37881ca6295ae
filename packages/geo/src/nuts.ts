import { NUTS_2021_ROWS } from './data/nuts-2021.js';
import { nutsCodeParts } from './nuts-code.js';
import type { NutsRow } from './nuts-row.js';
import type { GeoRegion } from './types.js';

export function nutsRegionFromRow(row: NutsRow): GeoRegion {
  const [code, name, nativeName, labelLon, labelLat, minLon, minLat, maxLon, maxLat] = row;
  const { country, level, parent } = nutsCodeParts(code);
  return Object.freeze({
    code,
    name,
    nativeName: nativeName ?? name,
    country,
    level,
    parent,
    scheme: 'nuts' as const,
    label: Object.freeze([labelLon, labelLat] as const),
    bbox: Object.freeze([minLon, minLat, maxLon, maxLat] as const),
  });
}

let decoded: readonly GeoRegion[] | undefined;

/** All NUTS 2021 regions, levels 0–3, in code order. Decoded once; the objects are frozen. */
export function nutsRegions(): readonly GeoRegion[] {
  decoded ??= Object.freeze(NUTS_2021_ROWS.map(nutsRegionFromRow));
  return decoded;
}
