import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test/helpers.js';
import { loginSchema, newUserSchema } from './user.js';

const base = { email: 'Editor@Example.org', name: 'Editor', password: 'a long passphrase here' };

describe('newUserSchema', () => {
  it('requires regions for a regional editor', () => {
    expect(issuesOf(newUserSchema, { ...base, roles: ['regional_editor'] })).toEqual([
      { path: 'regions', message: 'a regional editor needs at least one region' },
    ]);
  });

  it('accepts a regional editor with regions and lower-cases the email', () => {
    const user = newUserSchema.parse({ ...base, roles: ['regional_editor'], regions: ['ES51'] });
    expect(user.email).toBe('editor@example.org');
    expect(user.regions).toEqual(['ES51']);
  });

  it('defaults regions to an empty list for other roles', () => {
    expect(newUserSchema.parse({ ...base, roles: ['evaluator'] }).regions).toEqual([]);
  });

  it('rejects short passwords with the reason', () => {
    expect(issuesOf(newUserSchema, { ...base, password: 'short', roles: ['admin'] })).toEqual([
      { path: 'password', message: 'must be at least 12 characters' },
    ]);
  });

  it('rejects an unknown role at its index', () => {
    const issues = issuesOf(newUserSchema, { ...base, roles: ['admin', 'superuser'] });
    expect(issues.map((issue) => issue.path)).toEqual(['roles.1']);
  });
});

describe('loginSchema', () => {
  it('rejects an empty password', () => {
    expect(
      issuesOf(loginSchema, { email: 'a@example.org', password: '' }).map((issue) => issue.path),
    ).toEqual(['password']);
  });
});
