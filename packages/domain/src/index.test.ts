import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as domain from './index.js';

/** Schemas other packages import: removing or renaming one is a breaking change. */
const PUBLIC_SCHEMAS = [
  'regionCodeSchema',
  'regionSchema',
  'regionPatchSchema',
  'localizedTextSchema',
  'languageCodeSchema',
  'userSchema',
  'newUserSchema',
  'loginSchema',
  'auditEventSchema',
  'frameworkSchema',
  'axisSchema',
  'indicatorSchema',
  'answerOptionSchema',
  'scoringRulesSchema',
  'assessmentSchema',
  'answerSchema',
  'outcomeObservationSchema',
  'practiceSchema',
  'practiceSubmissionSchema',
  'expertSchema',
  'integrationActionSchema',
  'kpiSchema',
  'evaluationSchema',
  'toolkitModuleSchema',
] as const;

/** The module as a plain record, so tests can look exports up by name. */
const exported: Readonly<Record<string, unknown>> = { ...domain };

describe('public API', () => {
  it.each(PUBLIC_SCHEMAS)('exports %s as a zod schema', (name) => {
    expect(exported[name]).toBeInstanceOf(z.ZodType);
  });

  it('exports the helpers', () => {
    expect(typeof domain.pickText).toBe('function');
    expect(typeof domain.localized).toBe('function');
    expect(typeof domain.tagValues).toBe('function');
    expect(typeof domain.expertForPublic).toBe('function');
  });

  // OpenAPI is generated from these schemas, so every exported one must convert to JSON Schema both ways.
  it('converts every exported schema to JSON Schema for input and output', () => {
    const failures: string[] = [];
    for (const [name, value] of Object.entries(exported)) {
      if (!(value instanceof z.ZodType)) continue;
      for (const io of ['input', 'output'] as const) {
        try {
          z.toJSONSchema(value, { io });
        } catch (error) {
          failures.push(`${name} (${io}): ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('marks defaulted fields optional on input and present on output', () => {
    const input = z.toJSONSchema(domain.indicatorSchema, { io: 'input' }) as { required?: string[] };
    const output = z.toJSONSchema(domain.indicatorSchema, { io: 'output' }) as { required?: string[] };
    expect(input.required).not.toContain('weight');
    expect(output.required).toContain('weight');
  });
});
