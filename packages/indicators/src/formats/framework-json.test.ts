import { describe, expect, it } from 'vitest';
import { frameworkInput, testFramework } from '../../test/fixtures/framework.js';
import { frameworkToJson, parseFrameworkJson } from './framework-json.js';
import { parseJsonWithLocations } from './json-locations.js';

describe('parseFrameworkJson', () => {
  it('reads a framework written by frameworkToJson back unchanged', () => {
    const framework = testFramework();
    const result = parseFrameworkJson(frameworkToJson(framework));
    expect(result.ok && result.framework).toEqual(framework);
  });

  it('reports malformed JSON as one issue with line and column', () => {
    const text = '{\n  "id": "x",\n  "version": "1.0.0"\n  "name": {}\n}';
    const result = parseFrameworkJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: [],
        field: '',
        line: 4,
        message: `not valid JSON at line 4, column 3: expected "," or "}" but found '"'`,
      },
    ]);
  });

  it('puts schema issues on the line of the offending value, naming the indicator', () => {
    const input = frameworkInput();
    input.indicators[1]!.options![1]!.score = 140;
    const text = JSON.stringify(input, null, 2);
    const result = parseFrameworkJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.issues;
    const scoreLine = text.split('\n').findIndex((line) => line.includes('"score": 140')) + 1;
    expect(issue).toMatchObject({ indicator: 'LM-2', field: 'options.1.score', line: scoreLine });
  });

  it('puts a missing field on the line of the object that lacks it', () => {
    const input = frameworkInput() as unknown as { indicators: Record<string, unknown>[] };
    delete input.indicators[3]!.question;
    const text = JSON.stringify(input, null, 2);
    const result = parseFrameworkJson(text);
    if (result.ok) throw new Error('expected issues');
    const objectLine = text.split('\n').findIndex((line) => line.includes('"code": "EMP-RATE"'));
    expect(result.issues[0]).toMatchObject({ indicator: 'EMP-RATE', field: 'question', line: objectLine });
  });
});

describe('parseJsonWithLocations', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n\\"x\\""],"b":{}}';
    const result = parseJsonWithLocations(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
  });

  it('refuses trailing commas, duplicate keys, raw line breaks in strings and trailing text', () => {
    for (const text of ['[1,]', '{"a":1,"a":2}', '"a\nb"', '{} x', '', '{"a":01}']) {
      expect(parseJsonWithLocations(text).ok).toBe(false);
    }
  });
});
