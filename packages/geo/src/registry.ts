import { countryCodeSchema, type RegionCode, regionCodeSchema, regionLevelSchema } from '@regin/domain';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { toNutsCountry } from './country.js';
import { RegionRegistryError } from './errors.js';
import { geometryBBox, interiorPoint, pointBBox, validateGeometry, validatePoint } from './geometry.js';
import { nutsRegions } from './nuts.js';
import {
  type RegionSearchHit,
  type SearchEntry,
  type SearchOptions,
  searchEntries,
  searchEntry,
} from './search.js';
import type { BBox, GeoRegion, LonLat, RegionGeometry, RegionLevel, RegisterRegionInput } from './types.js';

/** ISO 3166-2 subdivision codes: country, hyphen, one to three letters or digits (`MA-02`, `ES-CT`). */
const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const MAX_NAME_LENGTH = 200;

/** Properties of the GeoJSON features built from registered regions. */
export interface RegisteredFeatureProperties {
  code: string;
  name: string;
  nativeName: string;
  country: string;
  level: RegionLevel;
}

export interface RegionRegistry {
  /** Number of regions (NUTS plus registered). */
  readonly size: number;
  has(code: string): boolean;
  /** The region with this code (case-insensitive), or undefined. */
  get(code: string): GeoRegion | undefined;
  /** Like `get`, but throws on unknown codes. */
  require(code: string): GeoRegion;
  /** The region one level up, or undefined for countries, top-level registered regions and unknown codes. */
  parent(code: string): GeoRegion | undefined;
  /** Parent, grandparent, … up to the country, nearest first. */
  ancestors(code: string): GeoRegion[];
  /** Regions directly below, in code order. */
  children(code: string): GeoRegion[];
  /** Every region below, depth first (each child followed by its own descendants). */
  descendants(code: string): GeoRegion[];
  /** Regions of a country (`GR`/`GB` are read as NUTS `EL`/`UK`), optionally at one level, in code order. */
  byCountry(country: string, level?: RegionLevel): GeoRegion[];
  byLevel(level: RegionLevel): GeoRegion[];
  /** Every region, NUTS in code order then registered regions in code order. */
  all(): GeoRegion[];
  /** Country codes present, sorted. */
  countries(): string[];
  /** Accent- and case-insensitive search of Latin and native names (and exact codes), ranked. */
  search(query: string, options?: SearchOptions): RegionSearchHit[];
  bbox(code: string): BBox | undefined;
  label(code: string): LonLat | undefined;
  /** The boundary a registered region brought with it (NUTS shapes live in the TopoJSON topologies). */
  geometry(code: string): RegionGeometry | undefined;
  /** Adds a region outside NUTS; throws `RegionRegistryError` when the input is refused. */
  register(input: RegisterRegionInput): GeoRegion;
  /** Removes a registered region (not NUTS, not one with registered children); true when one was removed. */
  unregister(code: string): boolean;
  /** The registered (non-NUTS) regions, in code order. */
  registered(): GeoRegion[];
  /** Registered regions as GeoJSON: their boundary when they have one, else their point. */
  registeredFeatures(): FeatureCollection<RegionGeometry | Point, RegisteredFeatureProperties>;
}

export interface CreateRegistryOptions {
  /** Regions outside NUTS to register at once (in order, so parents before children). */
  regions?: readonly RegisterRegionInput[];
}

/** The NUTS part, built once and shared read-only by every registry instance. */
interface NutsIndex {
  readonly entries: ReadonlyMap<string, SearchEntry>;
  readonly ordered: readonly SearchEntry[];
  readonly children: ReadonlyMap<string, readonly GeoRegion[]>;
  readonly byCountry: ReadonlyMap<string, readonly GeoRegion[]>;
  readonly byLevel: ReadonlyMap<RegionLevel, readonly GeoRegion[]>;
}

let nutsIndex: NutsIndex | undefined;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function getNutsIndex(): NutsIndex {
  if (nutsIndex) return nutsIndex;
  const entries = new Map<string, SearchEntry>();
  const children = new Map<string, GeoRegion[]>();
  const byCountry = new Map<string, GeoRegion[]>();
  const byLevel = new Map<RegionLevel, GeoRegion[]>();
  const ordered: SearchEntry[] = [];
  for (const region of nutsRegions()) {
    const entry = searchEntry(region);
    entries.set(region.code, entry);
    ordered.push(entry);
    if (region.parent) pushTo(children, region.parent, region);
    pushTo(byCountry, region.country, region);
    pushTo(byLevel, region.level, region);
  }
  nutsIndex = { entries, ordered, children, byCountry, byLevel };
  return nutsIndex;
}

function byCode(a: GeoRegion, b: GeoRegion): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function normalizeCode(code: string): string {
  return typeof code === 'string' ? code.trim().toUpperCase() : '';
}

function checkName(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new RegionRegistryError('invalid-region', `${field} must be a non-empty string`, field);
  }
  const trimmed = value.trim();
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new RegionRegistryError(
      'invalid-region',
      `${field} must be at most ${MAX_NAME_LENGTH} characters`,
      field,
    );
  }
  return trimmed;
}

class Registry implements RegionRegistry {
  readonly #nuts = getNutsIndex();
  readonly #registered = new Map<string, SearchEntry>();
  readonly #registeredChildren = new Map<string, GeoRegion[]>();
  readonly #geometries = new Map<string, RegionGeometry>();

  get size(): number {
    return this.#nuts.ordered.length + this.#registered.size;
  }

  #entry(code: string): SearchEntry | undefined {
    const key = normalizeCode(code);
    return this.#nuts.entries.get(key) ?? this.#registered.get(key);
  }

  has(code: string): boolean {
    return this.#entry(code) !== undefined;
  }

  get(code: string): GeoRegion | undefined {
    return this.#entry(code)?.region;
  }

  require(code: string): GeoRegion {
    const region = this.get(code);
    if (!region) throw new RangeError(`unknown region code: ${code}`);
    return region;
  }

  parent(code: string): GeoRegion | undefined {
    const parent = this.get(code)?.parent;
    return parent ? this.get(parent) : undefined;
  }

  ancestors(code: string): GeoRegion[] {
    const out: GeoRegion[] = [];
    for (let region = this.parent(code); region; region = this.parent(region.code)) out.push(region);
    return out;
  }

  children(code: string): GeoRegion[] {
    const key = normalizeCode(code);
    const nuts = this.#nuts.children.get(key) ?? [];
    const registered = this.#registeredChildren.get(key);
    return registered ? [...nuts, ...registered].sort(byCode) : [...nuts];
  }

  descendants(code: string): GeoRegion[] {
    const out: GeoRegion[] = [];
    const walk = (parent: string): void => {
      for (const child of this.children(parent)) {
        out.push(child);
        walk(child.code);
      }
    };
    walk(normalizeCode(code));
    return out;
  }

  byCountry(country: string, level?: RegionLevel): GeoRegion[] {
    const key = toNutsCountry(country);
    const regions = [...(this.#nuts.byCountry.get(key) ?? [])];
    let extra = false;
    for (const { region } of this.#registered.values()) {
      if (region.country === key) {
        regions.push(region);
        extra = true;
      }
    }
    if (extra) regions.sort(byCode);
    return level === undefined ? regions : regions.filter((region) => region.level === level);
  }

  byLevel(level: RegionLevel): GeoRegion[] {
    const regions = [...(this.#nuts.byLevel.get(level) ?? [])];
    const extra = this.registered().filter((region) => region.level === level);
    return extra.length ? [...regions, ...extra].sort(byCode) : regions;
  }

  all(): GeoRegion[] {
    return [...this.#nuts.ordered.map((entry) => entry.region), ...this.registered()];
  }

  countries(): string[] {
    const set = new Set(this.#nuts.byCountry.keys());
    for (const { region } of this.#registered.values()) set.add(region.country);
    return [...set].sort();
  }

  search(query: string, options: SearchOptions = {}): RegionSearchHit[] {
    const country = options.country === undefined ? undefined : toNutsCountry(options.country);
    const levels =
      options.level === undefined
        ? undefined
        : new Set(Array.isArray(options.level) ? options.level : [options.level]);
    const accept = (region: GeoRegion): boolean =>
      (country === undefined || region.country === country) &&
      (levels === undefined || levels.has(region.level));
    const entries = this.#registered.size
      ? [...this.#nuts.ordered, ...this.#registered.values()]
      : this.#nuts.ordered;
    return searchEntries(entries, query, accept, options.limit ?? 10);
  }

  bbox(code: string): BBox | undefined {
    return this.get(code)?.bbox;
  }

  label(code: string): LonLat | undefined {
    return this.get(code)?.label;
  }

  geometry(code: string): RegionGeometry | undefined {
    return this.#geometries.get(normalizeCode(code));
  }

  register(input: RegisterRegionInput): GeoRegion {
    if (typeof input !== 'object' || input === null) {
      throw new RegionRegistryError('invalid-region', 'region must be an object');
    }
    const code = normalizeCode(input.code);
    if (this.#nuts.entries.has(code)) {
      throw new RegionRegistryError(
        'nuts-collision',
        `${code} is a NUTS 2021 region; it is already known`,
        'code',
      );
    }
    if (!ISO_3166_2.test(code) || !regionCodeSchema.safeParse(code).success) {
      throw new RegionRegistryError(
        'invalid-code',
        `"${String(input.code)}" is not an ISO 3166-2 code such as "MA-02" (regions in NUTS use their NUTS id)`,
        'code',
      );
    }
    const codeCountry = code.slice(0, 2);
    if (this.#nuts.byCountry.has(toNutsCountry(codeCountry))) {
      throw new RegionRegistryError(
        'nuts-collision',
        `${codeCountry} is covered by NUTS 2021: use the NUTS id of the region instead of ${code}`,
        'code',
      );
    }
    if (this.#registered.has(code)) {
      throw new RegionRegistryError('duplicate', `${code} is already registered`, 'code');
    }
    const country = input.country === undefined ? codeCountry : String(input.country).trim().toUpperCase();
    if (!countryCodeSchema.safeParse(country).success || country !== codeCountry) {
      throw new RegionRegistryError(
        'invalid-region',
        `country must be the code's own country ${codeCountry}, not ${String(input.country)}`,
        'country',
      );
    }
    const level = input.level ?? 2;
    if (!regionLevelSchema.safeParse(level).success) {
      throw new RegionRegistryError('invalid-region', 'level must be 0, 1, 2 or 3', 'level');
    }
    const name = checkName(input.name, 'name');
    const nativeName = input.nativeName === undefined ? name : checkName(input.nativeName, 'nativeName');

    let parent: RegionCode | null = null;
    if (input.parent !== undefined && input.parent !== null) {
      parent = normalizeCode(input.parent);
      const parentRegion = this.#registered.get(parent)?.region;
      if (!parentRegion || parentRegion.country !== country) {
        throw new RegionRegistryError(
          'unknown-parent',
          `parent ${parent} must be a registered region of ${country}`,
          'parent',
        );
      }
      if (parentRegion.level >= level) {
        throw new RegionRegistryError('invalid-region', `level must be below its parent's level`, 'level');
      }
    }

    if (input.point === undefined && input.geometry === undefined) {
      throw new RegionRegistryError(
        'invalid-region',
        'give a point { lon, lat } or a Polygon/MultiPolygon',
        'point',
      );
    }
    const point = input.point === undefined ? undefined : validatePoint(input.point);
    const geometry = input.geometry === undefined ? undefined : validateGeometry(input.geometry);
    const label = point ?? interiorPoint(geometry as RegionGeometry);
    const bbox = geometry ? geometryBBox(geometry) : pointBBox(label);

    const region: GeoRegion = Object.freeze({
      code,
      name,
      nativeName,
      country,
      level: level as RegionLevel,
      parent,
      scheme: 'iso3166-2' as const,
      label,
      bbox,
    });
    this.#registered.set(code, searchEntry(region));
    if (geometry) this.#geometries.set(code, geometry);
    if (parent) pushTo(this.#registeredChildren, parent, region);
    return region;
  }

  unregister(code: string): boolean {
    const key = normalizeCode(code);
    const entry = this.#registered.get(key);
    if (!entry) return false;
    if (this.#registeredChildren.get(key)?.length) {
      throw new RegionRegistryError(
        'has-children',
        `${key} has registered children; remove them first`,
        'code',
      );
    }
    this.#registered.delete(key);
    this.#geometries.delete(key);
    const parent = entry.region.parent;
    if (parent) {
      const siblings = (this.#registeredChildren.get(parent) ?? []).filter((region) => region.code !== key);
      if (siblings.length) this.#registeredChildren.set(parent, siblings);
      else this.#registeredChildren.delete(parent);
    }
    return true;
  }

  registered(): GeoRegion[] {
    return [...this.#registered.values()].map((entry) => entry.region).sort(byCode);
  }

  registeredFeatures(): FeatureCollection<RegionGeometry | Point, RegisteredFeatureProperties> {
    const features = this.registered().map(
      (region): Feature<RegionGeometry | Point, RegisteredFeatureProperties> => {
        const geometry = this.#geometries.get(region.code);
        return {
          type: 'Feature',
          id: region.code,
          bbox: [...region.bbox],
          geometry: geometry ?? { type: 'Point', coordinates: [...region.label] },
          properties: {
            code: region.code,
            name: region.name,
            nativeName: region.nativeName,
            country: region.country,
            level: region.level,
          },
        };
      },
    );
    return { type: 'FeatureCollection', features };
  }
}

/**
 * A fresh registry holding every NUTS 2021 region (levels 0–3) plus the given regions outside NUTS.
 * Instances share only the read-only NUTS data; what one registers, another never sees.
 */
export function createRegistry(options: CreateRegistryOptions = {}): RegionRegistry {
  const registry = new Registry();
  for (const region of options.regions ?? []) registry.register(region);
  return registry;
}
