import type { Region, RegionCode } from '@regin/domain';
import type { MultiPolygon, Polygon } from 'geojson';

/** 0 = country, 1–3 = NUTS levels. Regions registered outside NUTS sit at the level given (default 2). */
export type RegionLevel = 0 | 1 | 2 | 3;

/** `[minLon, minLat, maxLon, maxLat]` in degrees (WGS 84, EPSG:4326). */
export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** `[lon, lat]` in degrees (WGS 84, EPSG:4326). */
export type LonLat = readonly [lon: number, lat: number];

/** `nuts` for NUTS 2021 regions, `iso3166-2` for regions registered outside NUTS (as in `@regin/domain`). */
export type RegionScheme = Region['scheme'];

/** The polygon shapes a region registered outside NUTS may bring with it. */
export type RegionGeometry = Polygon | MultiPolygon;

/** A region as the registry knows it: identity, hierarchy and where it sits on the map. Frozen. */
export interface GeoRegion {
  /** NUTS id (`ES51`) or ISO 3166-2 code (`MA-02`). */
  readonly code: RegionCode;
  /** Latin-script name (NUTS `NAME_LATN`). */
  readonly name: string;
  /** Name in the national language(s) (NUTS `NUTS_NAME`); equal to `name` when they are the same. */
  readonly nativeName: string;
  /** Country code as NUTS writes it: `EL` for Greece, `UK` for the United Kingdom; ISO alpha-2 otherwise. */
  readonly country: string;
  readonly level: RegionLevel;
  /** NUTS: the code minus its last character (`ES51` → `ES5`); `null` for countries and top-level registered regions. */
  readonly parent: RegionCode | null;
  readonly scheme: RegionScheme;
  /** A point inside the region for labels and markers (NUTS `LB` label points). */
  readonly label: LonLat;
  readonly bbox: BBox;
}

/** What `register()` takes for a region outside NUTS. Give a `point`, a `geometry`, or both. */
export interface RegisterRegionInput {
  /** ISO 3166-2 subdivision code, e.g. `MA-02` (Oriental, Morocco). */
  code: string;
  /** Latin-script name. */
  name: string;
  /** Name in the region's own language(s); defaults to `name`. */
  nativeName?: string;
  /** ISO alpha-2 country; defaults to (and must equal) the code's prefix. */
  country?: string;
  /** Defaults to 2, the level most partner regions compare with (NUTS 2). */
  level?: RegionLevel;
  /** Code of another registered region of the same country that contains this one. */
  parent?: string | null;
  /** Where to put its marker/label; when only a geometry is given an interior point is computed. */
  point?: { lon: number; lat: number };
  /** Its own boundary (WGS 84). */
  geometry?: RegionGeometry;
}
