import {
  type CubeDimension,
  CubeReader,
  type EurostatMapping,
  type OutcomeImport,
  OutcomeImportError,
} from './mapping.js';

/**
 * Reads a JSON-stat 2.0 dataset as Eurostat's Statistics API returns it
 * (`/eurostat/api/dissemination/statistics/1.0/data/<code>?format=JSON`): `id` and `size` list the
 * dimensions in order, `dimension.<id>.category.index` gives each code's position (an object, or an array
 * of codes), `value` holds the figures in row-major order (the last dimension varies fastest), either as a
 * dense array or as a sparse object keyed by position, and `status` holds the flags the same way.
 * The structure is checked before any value is read; a cube whose declared sizes do not match its
 * categories or values is refused, since every value would otherwise land on the wrong group.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function categoryCodes(id: string, dimension: unknown): string[] {
  if (!isRecord(dimension) || !isRecord(dimension.category)) {
    throw new OutcomeImportError(`dimension ${id} has no "category" object`);
  }
  const { index, label } = dimension.category;
  if (Array.isArray(index)) {
    if (!index.every((code) => typeof code === 'string')) {
      throw new OutcomeImportError(`dimension ${id}: category.index must list codes as strings`);
    }
    return index as string[];
  }
  if (isRecord(index)) {
    const entries = Object.entries(index);
    const codes = new Array<string>(entries.length);
    for (const [code, position] of entries) {
      if (
        typeof position !== 'number' ||
        !Number.isInteger(position) ||
        position < 0 ||
        position >= entries.length
      ) {
        throw new OutcomeImportError(
          `dimension ${id}: category "${code}" has position ${JSON.stringify(position)}, expected 0 to ${entries.length - 1}`,
        );
      }
      if (codes[position] !== undefined) {
        throw new OutcomeImportError(
          `dimension ${id}: categories "${codes[position]}" and "${code}" share position ${position}`,
        );
      }
      codes[position] = code;
    }
    return codes;
  }
  // JSON-stat lets a single-category dimension omit the index: its label then names the code.
  if (index === undefined && isRecord(label)) return Object.keys(label);
  throw new OutcomeImportError(`dimension ${id} has neither category.index nor category.label`);
}

/** The dimension playing a role (`geo`, `time`): by id, else by the dataset's `role`. */
function roleDimension(input: Record<string, unknown>, ids: readonly string[], role: 'geo' | 'time'): string {
  if (ids.includes(role)) return role;
  const roles = isRecord(input.role) ? input.role[role] : undefined;
  if (Array.isArray(roles) && typeof roles[0] === 'string' && ids.includes(roles[0])) return roles[0];
  throw new OutcomeImportError(`the dataset has no ${role} dimension (dimensions: ${ids.join(', ')})`);
}

export function parseJsonStat(input: unknown, mapping: EurostatMapping): OutcomeImport {
  if (!isRecord(input)) throw new OutcomeImportError('a JSON-stat dataset must be a JSON object');
  if (input.error !== undefined) {
    const errors = Array.isArray(input.error) ? input.error : [input.error];
    const text = errors
      .map((error) =>
        isRecord(error) ? String(error.label ?? error.message ?? JSON.stringify(error)) : String(error),
      )
      .join('; ');
    throw new OutcomeImportError(`the response is an error, not a dataset: ${text}`);
  }
  if (input.class !== undefined && input.class !== 'dataset') {
    throw new OutcomeImportError(
      `expected a JSON-stat dataset (class "dataset"), got class "${String(input.class)}"`,
    );
  }
  const dimensions = input.dimension;
  if (!isRecord(dimensions)) throw new OutcomeImportError('the dataset has no "dimension" object');
  // JSON-stat 2.0 puts id and size at the top; 1.x put them inside "dimension".
  const ids = input.id ?? dimensions.id;
  const sizes = input.size ?? dimensions.size;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    throw new OutcomeImportError('"id" must list the dimension ids');
  }
  if (
    !Array.isArray(sizes) ||
    !sizes.every((size) => typeof size === 'number' && Number.isInteger(size) && size >= 0)
  ) {
    throw new OutcomeImportError('"size" must list one whole number per dimension');
  }
  if (ids.length !== sizes.length) {
    throw new OutcomeImportError(
      `"id" lists ${ids.length} dimensions but "size" gives ${sizes.length} sizes`,
    );
  }
  if (new Set(ids).size !== ids.length) throw new OutcomeImportError('"id" lists a dimension twice');

  const cube: CubeDimension[] = (ids as string[]).map((id, index) => {
    if (!Object.hasOwn(dimensions, id))
      throw new OutcomeImportError(`dimension ${id} is listed in "id" but not described`);
    const codes = categoryCodes(id, dimensions[id]);
    if (codes.length !== sizes[index]) {
      throw new OutcomeImportError(
        `dimension ${id} declares size ${sizes[index]} but lists ${codes.length} categories`,
      );
    }
    if (new Set(codes).size !== codes.length)
      throw new OutcomeImportError(`dimension ${id} lists a category twice`);
    return { id, codes };
  });
  const total = (sizes as number[]).reduce((product, size) => product * size, 1);
  const strides = (sizes as number[]).map((_, index) =>
    (sizes as number[]).slice(index + 1).reduce((product, size) => product * size, 1),
  );
  const coordinatesOf = (position: number) =>
    strides.map((stride, index) => Math.floor(position / stride) % (sizes[index] as number));

  const { value, status } = input;
  if (Array.isArray(value)) {
    if (value.length !== total) {
      throw new OutcomeImportError(
        `"value" holds ${value.length} values but the dimension sizes (${(sizes as number[]).join(' × ')}) multiply to ${total}`,
      );
    }
  } else if (!isRecord(value)) {
    throw new OutcomeImportError('"value" must be an array or an object keyed by position');
  }
  const flagAt = (position: number): string | undefined => {
    if (typeof status === 'string') return status;
    if (Array.isArray(status)) {
      const flag = status.length === 1 ? status[0] : status[position];
      return typeof flag === 'string' ? flag : undefined;
    }
    if (isRecord(status)) {
      const flag = status[String(position)];
      return typeof flag === 'string' ? flag : undefined;
    }
    return undefined;
  };

  const extension = isRecord(input.extension) ? input.extension : {};
  const datasetFromFile = typeof extension.id === 'string' ? extension.id.toLowerCase() : undefined;
  const reader = new CubeReader(
    cube,
    roleDimension(input, ids as string[], 'geo'),
    roleDimension(input, ids as string[], 'time'),
    mapping,
    datasetFromFile,
  );

  if (Array.isArray(value)) {
    value.forEach((entry, position) => {
      reader.read({ coordinates: coordinatesOf(position), value: entry, flag: flagAt(position) });
    });
  } else {
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const position = Number(key);
      if (!/^\d+$/.test(key) || position >= total) {
        throw new OutcomeImportError(
          `"value" has key "${key}", which is not a position from 0 to ${total - 1}`,
        );
      }
      reader.read({ coordinates: coordinatesOf(position), value: entry, flag: flagAt(position) });
    }
  }
  // Positions the file leaves out (sparse value, or a status such as ":" without a value) are missing values.
  reader.countAbsent(reader.keptProduct() - reader.keptCells);
  return reader.result();
}
