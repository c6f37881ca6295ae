import { CsvSyntaxError, parseCsv } from '../formats/csv.js';
import {
  type CubeDimension,
  CubeReader,
  type EurostatMapping,
  type OutcomeImport,
  OutcomeImportError,
} from './mapping.js';

/**
 * Reads Eurostat's SDMX-CSV (`/eurostat/api/dissemination/sdmx/2.1/data/<code>?format=SDMX-CSV`):
 * one row per observation, `DATAFLOW` (e.g. `ESTAT:LFST_R_LFE2EMPRC(1.0)`), `LAST UPDATE`, one lower-case
 * column per dimension (`freq`, `unit`, `sex`, `age`, …, `geo`), then `TIME_PERIOD`, `OBS_VALUE`, `OBS_FLAG`
 * (and `CONF_STATUS` in newer files). Cells written with labels (`PC:Percentage`) are read by their code.
 * SDMX-CSV 2.0 files (`STRUCTURE`, `STRUCTURE_ID`, `ACTION`) are read the same way.
 */

/** Columns that are not dimensions. */
const NOT_DIMENSIONS = new Set([
  'DATAFLOW',
  'LAST UPDATE',
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'ACTION',
  'TIME_PERIOD',
  'OBS_VALUE',
  'OBS_FLAG',
  'OBS_STATUS',
  'CONF_STATUS',
]);

/** `PC:Percentage` → `PC`; a bare code stays as it is. */
const codeOf = (cell: string) => {
  const text = cell.trim();
  const colon = text.indexOf(':');
  return colon > 0 ? text.slice(0, colon).trim() : text;
};

/** `ESTAT:LFST_R_LFE2EMPRC(1.0)` → `lfst_r_lfe2emprc`. */
function datasetOf(cell: string | undefined): string | undefined {
  const match = /^(?:[^:]+:)?([^(]+)/.exec((cell ?? '').trim());
  return match?.[1] === undefined ? undefined : match[1].trim().toLowerCase() || undefined;
}

export function parseSdmxCsv(text: string, mapping: EurostatMapping): OutcomeImport {
  let records: ReturnType<typeof parseCsv>['records'];
  try {
    records = parseCsv(text).records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new OutcomeImportError(`not valid CSV: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new OutcomeImportError('the file is empty');
  const names = header.cells.map((cell) => cell.trim());
  const column = (name: string) => names.findIndex((entry) => entry.toUpperCase() === name);
  const timeColumn = column('TIME_PERIOD');
  const valueColumn = column('OBS_VALUE');
  const flagColumn = column('OBS_FLAG');
  const datasetColumn = names.findIndex((entry) =>
    ['DATAFLOW', 'STRUCTURE_ID'].includes(entry.toUpperCase()),
  );
  for (const [name, index] of [
    ['TIME_PERIOD', timeColumn],
    ['OBS_VALUE', valueColumn],
  ] as const) {
    if (index < 0)
      throw new OutcomeImportError(`the header has no ${name} column: is this Eurostat's SDMX-CSV?`);
  }
  const dimensionColumns = names.flatMap((name, index) =>
    NOT_DIMENSIONS.has(name.toUpperCase()) || name === '' ? [] : [{ id: name, index }],
  );
  if (!dimensionColumns.some((dimension) => dimension.id === 'geo')) {
    throw new OutcomeImportError(`the header has no geo column (columns: ${names.join(', ')})`);
  }

  // Categories in order of first appearance; the TIME_PERIOD column is the time dimension (as in JSON-stat).
  const dimensionIds = [...dimensionColumns.map((dimension) => dimension.id), 'time'];
  const positions = dimensionIds.map(() => new Map<string, number>());
  const sourceColumns = [...dimensionColumns.map((dimension) => dimension.index), timeColumn];
  const cells = rows.map((record) => {
    if (record.cells.length !== names.length) {
      throw new OutcomeImportError(
        `line ${record.line} has ${record.cells.length} cells but the header has ${names.length}`,
      );
    }
    const coordinates = sourceColumns.map((columnIndex, dimensionIndex) => {
      const code = codeOf(record.cells[columnIndex] ?? '');
      const known = positions[dimensionIndex] as Map<string, number>;
      let position = known.get(code);
      if (position === undefined) {
        position = known.size;
        known.set(code, position);
      }
      return position;
    });
    const raw = (record.cells[valueColumn] ?? '').trim();
    return {
      coordinates,
      value: raw === '' || raw === ':' || raw.toUpperCase() === 'NAN' ? null : raw,
      flag: flagColumn < 0 ? undefined : record.cells[flagColumn],
    };
  });

  const cube: CubeDimension[] = dimensionIds.map((id, index) => ({
    id,
    codes: [...(positions[index] as Map<string, number>).keys()],
  }));
  const reader = new CubeReader(cube, 'geo', 'time', mapping, datasetOf(rows[0]?.cells[datasetColumn]));
  for (const cell of cells) reader.read(cell);
  return reader.result();
}
