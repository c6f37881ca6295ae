import {
  BIRTH_GROUPS,
  CITIZENSHIP_GROUPS,
  type OutcomeObservation,
  outcomeObservationSchema,
  type PopulationGroup,
  regionCodeSchema,
} from '@regin/domain';

/**
 * How a Eurostat table becomes outcome observations: which indicator it feeds, which of its dimensions
 * describe the population group and how their codes map, and which codes of the other dimensions to keep.
 */
export interface EurostatMapping {
  /** The outcome indicator of the framework the values belong to. */
  indicatorCode: string;
  /** Unit of the values; default from the table's `unit` dimension (`PC` → `%`, `THS_PER` → `thousand persons`). */
  unit?: string;
  /** Dataset code recorded as the source; default from the file (`extension.id`, or DATAFLOW), lower-cased. */
  dataset?: string;
  /** Source URL; default the dataset's page in Eurostat's data browser. */
  url?: string;
  /** Keep only these regions (NUTS codes); others are counted in `skipped`. */
  regionCodes?: readonly string[];
  /**
   * Dimension → code → the part of the population group it sets. Merged over
   * {@link EUROSTAT_GROUP_DIMENSIONS} dimension by dimension, so `{ age: {...} }` replaces only the age map.
   * For `sex` and `age` a plain string is accepted (`{ F: 'F' }`, `{ 'Y20-64': '20-64' }`).
   * Codes absent from a map are counted in `skipped` as unknown.
   */
  dimensions?: Readonly<Record<string, Readonly<Record<string, Partial<PopulationGroup> | string>>>>;
  /**
   * Filters on dimensions that are not population groups, e.g. `{ unit: 'PC', isced11: 'TOTAL' }`.
   * Every such dimension with more than one code must be fixed, or the import is refused (two values
   * would otherwise land on one group). May also narrow a group dimension (`{ sex: 'T' }`).
   */
  fixed?: Readonly<Record<string, string | readonly string[]>>;
  /** Mark the observations as illustrative (demo figures). Default false. */
  illustrative?: boolean;
}

/** An import the file or the mapping makes impossible; the message says what to change. */
export class OutcomeImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutcomeImportError';
  }
}

/** What was left out of an import and why, so that nothing disappears silently. */
export interface SkippedCount {
  reason: string;
  count: number;
}

export interface OutcomeImport {
  observations: OutcomeObservation[];
  skipped: SkippedCount[];
}

/**
 * Eurostat's codes for the breakdowns the domain knows: country of birth (`c_birth`), citizenship
 * (`citizen`), sex and the common LFS / EU-SILC age bands. Other `Y<a>-<b>`, `Y_GE<n>` and `Y_LT<n>` age
 * codes are read by pattern. Older tables use `EU28_FOR` / `NEU28_FOR` (before 2020): map them in
 * `mapping.dimensions` when importing such a table.
 */
export const EUROSTAT_GROUP_DIMENSIONS = {
  c_birth: {
    NAT: { birth: 'native' },
    EU27_2020_FOR: { birth: 'eu' },
    NEU27_2020_FOR: { birth: 'non_eu' },
    FOR: { birth: 'foreign' },
    TOTAL: { birth: 'total' },
  },
  citizen: {
    NAT: { citizenship: 'national' },
    EU27_2020_FOR: { citizenship: 'eu' },
    NEU27_2020_FOR: { citizenship: 'non_eu' },
    FOR: { citizenship: 'foreign' },
    TOTAL: { citizenship: 'total' },
  },
  sex: { F: 'F', M: 'M', T: 'T' },
  age: {
    TOTAL: {},
    'Y15-24': '15-24',
    'Y15-29': '15-29',
    'Y15-64': '15-64',
    'Y15-74': '15-74',
    'Y18-24': '18-24',
    'Y20-64': '20-64',
    'Y25-54': '25-54',
    'Y25-64': '25-64',
    'Y55-64': '55-64',
    Y_GE16: '16+',
    Y_GE18: '18+',
    Y_GE65: '65+',
  },
} as const satisfies Record<string, Record<string, Partial<PopulationGroup> | string>>;

/** Eurostat unit codes with a shorter form for display. */
const UNIT_SYMBOLS: Record<string, string> = {
  PC: '%',
  PC_POP: '%',
  PC_ACT: '%',
  PC_EMP: '%',
  THS_PER: 'thousand persons',
  PER: 'persons',
  EUR: 'EUR',
  PPS: 'PPS',
};

/** An age code read by pattern when no map names it: `Y20-64` → `20-64`, `Y_GE65` → `65+`, `Y_LT18` → `0-17`. */
function ageFromCode(code: string): string | undefined {
  let match = /^Y(\d{1,3})-(\d{1,3})$/.exec(code);
  if (match) return `${Number(match[1])}-${Number(match[2])}`;
  match = /^Y_GE(\d{1,3})$/.exec(code);
  if (match) return `${Number(match[1])}+`;
  match = /^Y_LT(\d{1,3})$/.exec(code);
  if (match && Number(match[1]) > 0) return `0-${Number(match[1]) - 1}`;
  return undefined;
}

/** A dimension as both parsers see it: its id and its codes in order. */
export interface CubeDimension {
  id: string;
  codes: readonly string[];
}

/** One cell: a category position per dimension, the raw value and its flag. */
export interface CubeCell {
  coordinates: readonly number[];
  value: unknown;
  flag?: string | undefined;
}

type Verdict = { keep: true; group: Partial<PopulationGroup> } | { keep: false; reason: string };

/** Reads Eurostat flag letters for the observation's source (`u`, `bp`); a lone `:` means no value. */
function flagsOf(flag: string | undefined): string | undefined {
  const letters = (flag ?? '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(0, 5);
  return letters === '' ? undefined : letters;
}

const BIRTH_ORDER = new Map<string, number>(BIRTH_GROUPS.map((value, index) => [value, index]));
const CITIZENSHIP_ORDER = new Map<string, number>(CITIZENSHIP_GROUPS.map((value, index) => [value, index]));
const SEX_ORDER = new Map<string, number>([
  ['F', 0],
  ['M', 1],
  ['T', 2],
]);

function compareObservations(a: OutcomeObservation, b: OutcomeObservation): number {
  return (
    a.regionCode.localeCompare(b.regionCode) ||
    a.year - b.year ||
    (BIRTH_ORDER.get(a.group.birth) ?? 0) - (BIRTH_ORDER.get(b.group.birth) ?? 0) ||
    (CITIZENSHIP_ORDER.get(a.group.citizenship ?? 'total') ?? 0) -
      (CITIZENSHIP_ORDER.get(b.group.citizenship ?? 'total') ?? 0) ||
    (SEX_ORDER.get(a.group.sex) ?? 0) - (SEX_ORDER.get(b.group.sex) ?? 0) ||
    (a.group.age ?? '').localeCompare(b.group.age ?? '')
  );
}

/**
 * The part both parsers share: decide for every category of every dimension whether it is kept (and what
 * it says about the group), then turn cells into validated observations and count the rest.
 */
export class CubeReader {
  private readonly verdicts: Verdict[][];
  private readonly geoIndex: number;
  private readonly timeIndex: number;
  private readonly unit: string;
  private readonly dataset: string;
  private readonly url: string;
  private readonly skipped = new Map<string, number>();
  private readonly observations = new Map<string, OutcomeObservation>();
  /** Cells that passed every filter, with or without a value. */
  keptCells = 0;

  constructor(
    private readonly dimensions: readonly CubeDimension[],
    geo: string,
    time: string,
    private readonly mapping: EurostatMapping,
    datasetFromFile: string | undefined,
  ) {
    this.geoIndex = dimensions.findIndex((dimension) => dimension.id === geo);
    this.timeIndex = dimensions.findIndex((dimension) => dimension.id === time);
    const groupMaps: Record<string, Readonly<Record<string, Partial<PopulationGroup> | string>>> = {
      ...EUROSTAT_GROUP_DIMENSIONS,
      ...mapping.dimensions,
    };
    const fixed = mapping.fixed ?? {};
    const ids = new Set(dimensions.map((dimension) => dimension.id));
    for (const [dimension, codes] of Object.entries(fixed)) {
      if (!ids.has(dimension)) {
        throw new OutcomeImportError(
          `mapping.fixed names dimension "${dimension}", which the dataset does not have (it has ${[...ids].join(', ')})`,
        );
      }
      const known = new Set(dimensions.find((entry) => entry.id === dimension)?.codes);
      const wanted = typeof codes === 'string' ? [codes] : codes;
      const absent = wanted.filter((code) => !known.has(code));
      if (absent.length > 0) {
        throw new OutcomeImportError(
          `mapping.fixed keeps ${dimension}=${absent.join('|')}, but the dataset's ${dimension} lists only ${[...known].join(', ')}`,
        );
      }
    }
    const regionFilter = mapping.regionCodes === undefined ? undefined : new Set(mapping.regionCodes);

    this.verdicts = dimensions.map((dimension, dimensionIndex): Verdict[] => {
      const fixedCodes = Object.hasOwn(fixed, dimension.id) ? fixed[dimension.id] : undefined;
      const keptByFixed = (code: string) =>
        fixedCodes === undefined ||
        (typeof fixedCodes === 'string' ? fixedCodes === code : fixedCodes.includes(code));
      if (dimensionIndex === this.geoIndex) {
        return dimension.codes.map((code) => {
          if (!keptByFixed(code))
            return { keep: false, reason: `filtered out by mapping.fixed.${dimension.id}` };
          if (regionFilter !== undefined && !regionFilter.has(code)) {
            return { keep: false, reason: 'region not in mapping.regionCodes' };
          }
          if (!regionCodeSchema.safeParse(code).success) {
            return {
              keep: false,
              reason: `geo "${code}" is not a region code (an aggregate such as EU27_2020?)`,
            };
          }
          return { keep: true, group: {} };
        });
      }
      if (dimensionIndex === this.timeIndex) {
        return dimension.codes.map((code) => {
          if (!keptByFixed(code))
            return { keep: false, reason: `filtered out by mapping.fixed.${dimension.id}` };
          return /^\d{4}$/.test(code)
            ? { keep: true, group: {} }
            : { keep: false, reason: `time "${code}" is not a year (annual data only)` };
        });
      }
      const groupMap = Object.hasOwn(groupMaps, dimension.id) ? groupMaps[dimension.id] : undefined;
      if (groupMap === undefined) {
        const kept = dimension.codes.filter(keptByFixed);
        if (kept.length > 1) {
          throw new OutcomeImportError(
            `dimension ${dimension.id} has ${kept.length} codes (${kept.slice(0, 8).join(', ')}${kept.length > 8 ? ', …' : ''}) and is neither a population group nor fixed: add fixed: { ${dimension.id}: '${kept.includes('TOTAL') ? 'TOTAL' : kept[0]}' } to the mapping`,
          );
        }
        return dimension.codes.map((code) =>
          keptByFixed(code)
            ? { keep: true, group: {} }
            : { keep: false, reason: `filtered out by mapping.fixed.${dimension.id}` },
        );
      }
      return dimension.codes.map((code): Verdict => {
        if (!keptByFixed(code))
          return { keep: false, reason: `filtered out by mapping.fixed.${dimension.id}` };
        const mapped = Object.hasOwn(groupMap, code) ? groupMap[code] : undefined;
        if (mapped === undefined) {
          const age = dimension.id === 'age' ? ageFromCode(code) : undefined;
          if (age !== undefined) return { keep: true, group: { age } };
          return { keep: false, reason: `unknown ${dimension.id} code "${code}" (not in the mapping)` };
        }
        if (typeof mapped !== 'string') return { keep: true, group: mapped };
        if (dimension.id === 'sex') return { keep: true, group: { sex: mapped as PopulationGroup['sex'] } };
        if (dimension.id === 'age') return { keep: true, group: { age: mapped } };
        throw new OutcomeImportError(
          `mapping.dimensions.${dimension.id}.${code} is a string; only sex and age take strings, other dimensions take a group such as { birth: 'native' }`,
        );
      });
    });

    const unitDimension = dimensions.find((dimension) => dimension.id === 'unit');
    const unitCodes = unitDimension?.codes.filter((_, index) => {
      const verdict = this.verdicts[dimensions.indexOf(unitDimension)]?.[index];
      return verdict?.keep === true;
    });
    const unitCode = unitCodes?.length === 1 ? unitCodes[0] : undefined;
    const unit = mapping.unit ?? (unitCode === undefined ? undefined : (UNIT_SYMBOLS[unitCode] ?? unitCode));
    if (unit === undefined) {
      throw new OutcomeImportError('the dataset names no unit: give mapping.unit (e.g. "%")');
    }
    this.unit = unit;
    const dataset = mapping.dataset ?? datasetFromFile;
    if (dataset === undefined || dataset.trim() === '') {
      throw new OutcomeImportError(
        'the file does not name its dataset: give mapping.dataset (e.g. "lfst_r_lfe2emprc")',
      );
    }
    this.dataset = dataset;
    this.url =
      mapping.url ??
      `https://ec.europa.eu/eurostat/databrowser/view/${encodeURIComponent(dataset)}/default/table`;
  }

  private skip(reason: string, count = 1): void {
    if (count > 0) this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + count);
  }

  /** Cells of the cube that pass every dimension's filter: a missing one is a missing value. */
  keptProduct(): number {
    return this.verdicts.reduce(
      (product, verdicts) => product * verdicts.filter((verdict) => verdict.keep).length,
      1,
    );
  }

  /** Counts cells the file leaves out altogether (sparse JSON-stat) as missing values. */
  countAbsent(count: number): void {
    this.skip('missing value', count);
  }

  read(cell: CubeCell): void {
    const { value } = cell;
    const missing = value === null || value === undefined || value === '' || value === ':';
    const group: Partial<PopulationGroup> = {};
    for (let index = 0; index < this.dimensions.length; index += 1) {
      const verdict = this.verdicts[index]?.[cell.coordinates[index] as number];
      if (verdict === undefined) throw new OutcomeImportError('a value points outside the dimensions');
      if (!verdict.keep) {
        // A missing value outside the selection is nobody's loss: only values left out are counted, so that
        // a sparse JSON-stat file (which omits missing cells) and SDMX-CSV (which lists them) count alike.
        if (!missing) this.skip(verdict.reason);
        return;
      }
      Object.assign(group, verdict.group);
    }
    this.keptCells += 1;
    if (missing) {
      this.skip('missing value');
      return;
    }
    const number =
      typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(number)) {
      this.skip('value is not a number');
      return;
    }
    const regionCode = this.dimensions[this.geoIndex]?.codes[
      cell.coordinates[this.geoIndex] as number
    ] as string;
    const year = Number(this.dimensions[this.timeIndex]?.codes[cell.coordinates[this.timeIndex] as number]);
    const flags = flagsOf(cell.flag);
    const candidate = {
      regionCode,
      indicatorCode: this.mapping.indicatorCode,
      year,
      group: {
        birth: group.birth ?? 'total',
        ...(group.citizenship === undefined ? {} : { citizenship: group.citizenship }),
        sex: group.sex ?? 'T',
        ...(group.age === undefined ? {} : { age: group.age }),
      },
      value: number,
      unit: this.unit,
      source: { dataset: this.dataset, url: this.url, ...(flags === undefined ? {} : { flags }) },
      illustrative: this.mapping.illustrative ?? false,
    };
    const parsed = outcomeObservationSchema.safeParse(candidate);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      this.skip(`invalid observation: ${first?.path.join('.') || 'value'} ${first?.message ?? ''}`.trim());
      return;
    }
    const key = [
      regionCode,
      year,
      candidate.group.birth,
      candidate.group.citizenship ?? '',
      candidate.group.sex,
      candidate.group.age ?? '',
    ].join('|');
    if (this.observations.has(key)) {
      throw new OutcomeImportError(
        `two values map to the same observation (${key.replaceAll('|', ', ')}): two codes of a dimension map to one group, or a dimension needs mapping.fixed`,
      );
    }
    this.observations.set(key, parsed.data);
  }

  result(): OutcomeImport {
    return {
      observations: [...this.observations.values()].sort(compareObservations),
      skipped: [...this.skipped]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => a.reason.localeCompare(b.reason)),
    };
  }
}
