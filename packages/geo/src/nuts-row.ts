/**
 * One NUTS 2021 region as `scripts/build-data.ts` writes it into `src/data/nuts-2021.ts`. Country, level and
 * parent are not stored: they follow from the code (`ES51` → country `ES`, level 2, parent `ES5`).
 * `nativeName` is `null` when it equals the Latin name.
 */
export type NutsRow = readonly [
  code: string,
  name: string,
  nativeName: string | null,
  labelLon: number,
  labelLat: number,
  minLon: number,
  minLat: number,
  maxLon: number,
  maxLat: number,
];
