export { parseJsonStat } from './json-stat.js';
export {
  EUROSTAT_GROUP_DIMENSIONS,
  type EurostatMapping,
  type OutcomeImport,
  OutcomeImportError,
  type SkippedCount,
} from './mapping.js';
export { parseSdmxCsv } from './sdmx-csv.js';
