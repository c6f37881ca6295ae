/**
 * A strict JSON (RFC 8259) parser that also remembers where every value starts, so schema issues can name
 * the line of a framework file. `JSON.parse` gives neither: its error positions differ across browsers
 * and it keeps no locations for valid input.
 */

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export type JsonParseResult =
  | {
      ok: true;
      value: unknown;
      /** Where the value at `path` (or its nearest located ancestor) starts. */
      locate: (path: readonly PropertyKey[]) => JsonPosition | undefined;
    }
  | { ok: false; message: string; position: JsonPosition };

class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map((part) => String(part)));

export function parseJsonWithLocations(input: string): JsonParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const offsets = new Map<string, number>();
  let index = 0;

  const fail = (message: string, at = index): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number) =>
    at >= text.length ? 'the end of the text' : `'${text[at] === '\n' ? '\\n' : text[at]}'`;
  const skipSpace = () => {
    while (index < text.length) {
      const char = text[index];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') index += 1;
      else break;
    }
  };
  const expect = (char: string) => {
    if (text[index] !== char) fail(`expected "${char}" but found ${describe(index)}`);
    index += 1;
  };

  const parseString = (): string => {
    const start = index;
    expect('"');
    let result = '';
    while (true) {
      if (index >= text.length) fail('a string is never closed', start);
      const char = text[index] as string;
      if (char === '"') {
        index += 1;
        return result;
      }
      if (char === '\\') {
        const escaped = text[index + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (escaped !== undefined && Object.hasOwn(simple, escaped)) {
          result += simple[escaped];
          index += 2;
        } else if (escaped === 'u') {
          const hex = text.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in a string');
          result += String.fromCharCode(Number.parseInt(hex, 16));
          index += 6;
        } else {
          fail(`invalid escape "\\${escaped ?? ''}" in a string`);
        }
        continue;
      }
      if (char.charCodeAt(0) < 0x20)
        fail('a line break or control character inside a string must be escaped');
      result += char;
      index += 1;
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(index, index + 400));
    if (match === null) fail(`unexpected ${describe(index)}`);
    index += match![0].length;
    return Number(match![0]);
  };

  const parseValue = (path: PropertyKey[], depth: number): unknown => {
    if (depth > 200) fail('nested too deeply');
    skipSpace();
    offsets.set(pathKey(path), index);
    const char = text[index];
    if (char === '{') {
      index += 1;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[index] === '}') {
        index += 1;
        return object;
      }
      while (true) {
        skipSpace();
        if (text[index] !== '"')
          fail(`expected a property name in double quotes but found ${describe(index)}`);
        const keyAt = index;
        const key = parseString();
        if (Object.hasOwn(object, key)) fail(`duplicate property "${key}"`, keyAt);
        skipSpace();
        expect(':');
        const value = parseValue([...path, key], depth + 1);
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[index] === ',') {
          index += 1;
          continue;
        }
        if (text[index] === '}') {
          index += 1;
          return object;
        }
        fail(`expected "," or "}" but found ${describe(index)}`);
      }
    }
    if (char === '[') {
      index += 1;
      const array: unknown[] = [];
      skipSpace();
      if (text[index] === ']') {
        index += 1;
        return array;
      }
      while (true) {
        array.push(parseValue([...path, array.length], depth + 1));
        skipSpace();
        if (text[index] === ',') {
          index += 1;
          continue;
        }
        if (text[index] === ']') {
          index += 1;
          return array;
        }
        fail(`expected "," or "]" but found ${describe(index)}`);
      }
    }
    if (char === '"') return parseString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    return parseNumber();
  };

  const lineStarts = [0];
  for (let at = 0; at < text.length; at += 1) if (text[at] === '\n') lineStarts.push(at + 1);
  const positionOf = (offset: number): JsonPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };

  try {
    const value = parseValue([], 0);
    skipSpace();
    if (index < text.length) fail(`unexpected ${describe(index)} after the end of the JSON value`);
    return {
      ok: true,
      value,
      locate: (path) => {
        for (let length = path.length; length >= 0; length -= 1) {
          const offset = offsets.get(pathKey(path.slice(0, length)));
          if (offset !== undefined) return positionOf(offset);
        }
        return undefined;
      },
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: positionOf(error.offset) };
    }
    throw error;
  }
}
