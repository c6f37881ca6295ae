import { describe, expect, it } from 'vitest';
import { issuesOf, rawIssuesOf } from '../test/helpers.js';
import { regionCodeSchema, regionPatchSchema, regionSchema } from './region.js';

const CODE_MESSAGE = 'must be a NUTS id such as "ES51" or an ISO 3166-2 code such as "MA-02"';

describe('regionCodeSchema', () => {
  it.each(['ES51', 'SE224', 'MA-02', 'ES', 'ES5', 'PT20', 'DE1', 'FRY10'])('accepts %s', (code) => {
    expect(regionCodeSchema.parse(code)).toBe(code);
  });

  it.each(['es51', 'ES-', 'ES5111', 'E', '', 'ES 51', 'MA-0234'])(
    'rejects %j with the format message',
    (code) => {
      expect(issuesOf(regionCodeSchema, code)).toEqual([{ path: '', message: CODE_MESSAGE }]);
    },
  );
});

describe('regionSchema', () => {
  const region = {
    code: 'ES51',
    name: 'Cataluña',
    nativeName: 'Catalunya',
    country: 'ES',
    level: 2,
    parent: 'ES5',
    scheme: 'nuts',
    networkRole: 'pilot',
    joined: '2020-01-01',
    competences: [{ policyArea: 'education', level: 'full' }],
    profile: { languages: ['ca', 'es'] },
    illustrative: false,
  };

  it('accepts a complete region', () => {
    expect(regionSchema.parse(region)).toEqual(region);
  });

  it('rejects a bad parent code at its path', () => {
    expect(issuesOf(regionSchema, { ...region, parent: 'es5' })).toEqual([
      { path: 'parent', message: CODE_MESSAGE },
    ]);
  });
});

describe('regionPatchSchema', () => {
  it('accepts a patch of one field', () => {
    expect(regionPatchSchema.parse({ networkRole: 'associate' })).toEqual({ networkRole: 'associate' });
  });

  it('rejects a policy area given twice', () => {
    const patch = {
      competences: [
        { policyArea: 'health', level: 'full' },
        { policyArea: 'health', level: 'shared' },
      ],
    };
    expect(issuesOf(regionPatchSchema, patch)).toEqual([
      { path: 'competences', message: 'each policy area may appear only once' },
    ]);
  });

  it('rejects fields that may not be patched', () => {
    expect(rawIssuesOf(regionPatchSchema, { name: 'Other', networkRole: 'member' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['name'], path: [] },
    ]);
  });

  it('rejects an empty patch', () => {
    expect(issuesOf(regionPatchSchema, {})).toEqual([
      { path: '', message: 'at least one field must be given' },
    ]);
  });

  it('rejects a patch whose only field is undefined', () => {
    expect(issuesOf(regionPatchSchema, { profile: undefined })).toEqual([
      { path: '', message: 'at least one field must be given' },
    ]);
  });

  it('accepts clearing a nullable field', () => {
    expect(regionPatchSchema.parse({ joined: null })).toEqual({ joined: null });
  });
});
