import { describe, expect, it } from 'vitest';
import { compareVersions } from './semver.js';

describe('compareVersions', () => {
  it('orders by major, minor and patch numerically', () => {
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '1.1.0')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
  });

  it('ranks pre-releases below their release and ignores build metadata', () => {
    expect(compareVersions('1.0.0-draft.1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-draft.2', '1.0.0-draft.10')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-beta')).toBeLessThan(0);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });

  it('throws on something that is not a version', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow('not a semantic version: 1.0');
  });
});
