import type { RegionLevel } from './types.js';

/** Country, level and parent of a NUTS id follow from the code itself: `ES51` → `ES`, 2, `ES5`. */
export function nutsCodeParts(code: string): { country: string; level: RegionLevel; parent: string | null } {
  const level = code.length - 2;
  if (level < 0 || level > 3) throw new RangeError(`not a NUTS id: ${code}`);
  return {
    country: code.slice(0, 2),
    level: level as RegionLevel,
    parent: level === 0 ? null : code.slice(0, -1),
  };
}
