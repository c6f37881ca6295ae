import { describe, expect, it } from 'vitest';
import { auditListQuerySchema } from './audit.js';
import { ApiProblemError, fieldErrors } from './client.js';
import { PROBLEM_TYPES, problemSchema, problemTypeUri } from './problem.js';
import { regionListQuerySchema, regionParamsSchema } from './regions.js';

describe('query schemas', () => {
  it('coerce query-string numbers and apply page defaults', () => {
    expect(regionListQuerySchema.parse({ level: '2', limit: '10' })).toEqual({
      level: 2,
      limit: 10,
      offset: 0,
    });
    expect(regionListQuerySchema.parse({})).toEqual({ limit: 50, offset: 0 });
  });

  it('refuse out-of-range pages, levels and unknown parameters', () => {
    for (const bad of [
      { limit: '0' },
      { limit: '501' },
      { offset: '-1' },
      { level: '4' },
      { colour: 'red' },
    ]) {
      expect(regionListQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('accept network-role shortcuts any and none', () => {
    expect(regionListQuerySchema.parse({ networkRole: 'any' }).networkRole).toBe('any');
    expect(regionListQuerySchema.safeParse({ networkRole: 'everyone' }).success).toBe(false);
  });

  it('validate region codes in paths and audit time ranges', () => {
    expect(regionParamsSchema.safeParse({ code: 'MA-02' }).success).toBe(true);
    expect(regionParamsSchema.safeParse({ code: 'es51' }).success).toBe(false);
    expect(auditListQuerySchema.safeParse({ from: '2026-01-01T00:00:00Z' }).success).toBe(true);
    expect(auditListQuerySchema.safeParse({ from: 'yesterday' }).success).toBe(false);
  });
});

describe('problems', () => {
  it('have a stable relative type URI and a 4xx/5xx status each', () => {
    expect(problemTypeUri('validation')).toBe('/api/problems/validation');
    for (const { status } of Object.values(PROBLEM_TYPES)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it('keep extension members when parsed', () => {
    const parsed = problemSchema.parse({ type: 'about:blank', title: 'x', status: 400, retryAfter: 5 });
    expect(parsed).toMatchObject({ retryAfter: 5 });
  });

  it('turn into a field → message map for forms', () => {
    const error = new ApiProblemError({
      type: '/api/problems/validation',
      title: 'The request is not valid',
      status: 400,
      errors: [
        { in: 'body', field: 'profile.website', pointer: '/profile/website', detail: 'Invalid URL' },
        { in: 'body', field: 'profile.website', pointer: '/profile/website', detail: 'second message' },
        { in: 'body', field: 'joined', pointer: '/joined', detail: 'Invalid date' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ 'profile.website': 'Invalid URL', joined: 'Invalid date' });
    expect(fieldErrors(new Error('network down'))).toEqual({});
  });
});
