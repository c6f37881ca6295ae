import type { Framework } from '@regin/domain';
import { type FrameworkValidation, validateFramework } from '../framework/validate.js';
import { parseJsonWithLocations } from './json-locations.js';

/**
 * Reads a framework file in the JSON format (the `Framework` schema itself, see docs/file-formats.md).
 * Malformed JSON gives one issue with its line and column; schema issues carry the line of the value they
 * concern (or of its nearest enclosing value when the value is missing).
 */
export function parseFrameworkJson(text: string): FrameworkValidation {
  const parsed = parseJsonWithLocations(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    return {
      ok: false,
      issues: [
        {
          path: [],
          field: '',
          line,
          message: `not valid JSON at line ${line}, column ${column}: ${parsed.message}`,
        },
      ],
      warnings: [],
    };
  }
  const result = validateFramework(parsed.value);
  const withLine = <T extends { path: (string | number)[]; line?: number }>(issue: T): T => {
    const position = parsed.locate(issue.path);
    return position === undefined ? issue : { ...issue, line: position.line };
  };
  if (!result.ok) {
    return { ok: false, issues: result.issues.map(withLine), warnings: result.warnings.map(withLine) };
  }
  return { ...result, warnings: result.warnings.map(withLine) };
}

/** Writes a framework in the JSON format, two-space indented, with a final newline. */
export function frameworkToJson(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}
