export { ATTRIBUTION, NUTS_SOURCE } from './attribution.js';
export { toIsoCountry, toNutsCountry } from './country.js';
export { RegionRegistryError, type RegionRegistryErrorReason } from './errors.js';
export { MAX_GEOMETRY_POSITIONS } from './geometry.js';
export { foldText } from './normalize.js';
export { nutsCodeParts } from './nuts-code.js';
export {
  type CreateRegistryOptions,
  createRegistry,
  type RegionRegistry,
  type RegisteredFeatureProperties,
} from './registry.js';
export type { RegionSearchHit, SearchMatch, SearchOptions } from './search.js';
export {
  isTopologyName,
  type NutsObjectName,
  type NutsTopology,
  nutsObjectName,
  type RegionFeature,
  type RegionFeatureProperties,
  TOPOLOGY_NAMES,
  TOPOLOGY_OBJECTS,
  type TopologyName,
  topologyBorders,
  topologyToFeatures,
} from './topology.js';
export type {
  BBox,
  GeoRegion,
  LonLat,
  RegionGeometry,
  RegionLevel,
  RegionScheme,
  RegisterRegionInput,
} from './types.js';
