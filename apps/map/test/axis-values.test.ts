import { MIPEX_R_AXES } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { AXIS_VALUES, SCORE_AXES } from '../src/api.js';

describe('the axes the map offers', () => {
  it('are the MIPEX-R axes of the domain model, value for value and in order', () => {
    expect([...SCORE_AXES]).toEqual(Object.keys(MIPEX_R_AXES));
    for (const axis of SCORE_AXES) expect(AXIS_VALUES[axis]).toEqual(MIPEX_R_AXES[axis]);
  });
});
