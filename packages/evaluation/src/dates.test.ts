import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.js';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2021-03-01')).toBe(18_687); // Date.UTC(2021, 2, 1) / 86 400 000
    expect(dayNumber('2000-02-29') - dayNumber('2000-02-28')).toBe(1);
  });

  it('agrees with Date.UTC on every day from 1950 to 2100', () => {
    fc.assert(
      fc.property(
        // fast-check 4 also draws `new Date(NaN)` unless told not to.
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(dayNumber(iso)).toBe(
            Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000,
          );
        },
      ),
    );
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of [
      '2023-02-29',
      '2100-02-29',
      '2022-13-01',
      '2022-04-31',
      '2022-00-10',
      '2022-1-1',
      '',
    ]) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
  });
});
