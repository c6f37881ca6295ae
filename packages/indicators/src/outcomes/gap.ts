import type { OutcomeObservation, PopulationGroup } from '@regin/domain';

export interface GroupGapOptions {
  indicatorCode: string;
  year: number;
  /** The group whose value comes first, e.g. `{ birth: 'non_eu' }`. */
  a: Partial<PopulationGroup>;
  /** The reference group, e.g. `{ birth: 'native' }`. */
  b: Partial<PopulationGroup>;
  /** Gap as a percentage of b's value: (a − b) / b · 100. Regions where b is 0 are left out. */
  relative?: boolean;
}

export interface GroupGap {
  regionCode: string;
  a: number;
  b: number;
  gap: number;
}

/**
 * Whether an observation belongs to a group given in part. A field left out means the total: `birth`
 * total, `sex` T, `citizenship` absent or total. `age` left out matches any band, but only one band may
 * then match per region (otherwise the gap would be ambiguous and {@link groupGap} throws).
 */
function inGroup(group: PopulationGroup, wanted: Partial<PopulationGroup>): boolean {
  if (group.birth !== (wanted.birth ?? 'total')) return false;
  if (group.sex !== (wanted.sex ?? 'T')) return false;
  const citizenship = group.citizenship ?? 'total';
  if (citizenship !== (wanted.citizenship ?? 'total')) return false;
  return wanted.age === undefined || group.age === wanted.age;
}

const describe = (group: Partial<PopulationGroup>) =>
  Object.entries(group)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ') || 'total';

/**
 * The gap between two population groups per region in one year: a − b (e.g. non-EU-born minus native-born
 * employment rate, in percentage points), or (a − b) / b · 100 when `relative`. Regions missing either
 * group are left out; the result is sorted by region code.
 */
export function groupGap(observations: readonly OutcomeObservation[], options: GroupGapOptions): GroupGap[] {
  const pick = (wanted: Partial<PopulationGroup>) => {
    const byRegion = new Map<string, OutcomeObservation>();
    for (const observation of observations) {
      if (observation.indicatorCode !== options.indicatorCode || observation.year !== options.year) continue;
      if (!inGroup(observation.group, wanted)) continue;
      const other = byRegion.get(observation.regionCode);
      if (other !== undefined) {
        throw new RangeError(
          `group {${describe(wanted)}} matches more than one observation of ${options.indicatorCode} in ${observation.regionCode}, ${options.year} (ages ${other.group.age ?? 'all'} and ${observation.group.age ?? 'all'}): give the age band`,
        );
      }
      byRegion.set(observation.regionCode, observation);
    }
    return byRegion;
  };
  const groupA = pick(options.a);
  const groupB = pick(options.b);
  const gaps: GroupGap[] = [];
  for (const [regionCode, a] of groupA) {
    const b = groupB.get(regionCode);
    if (b === undefined || !Number.isFinite(a.value) || !Number.isFinite(b.value)) continue;
    if (options.relative) {
      if (b.value === 0) continue;
      gaps.push({ regionCode, a: a.value, b: b.value, gap: ((a.value - b.value) / b.value) * 100 });
    } else {
      gaps.push({ regionCode, a: a.value, b: b.value, gap: a.value - b.value });
    }
  }
  return gaps.sort((x, y) => x.regionCode.localeCompare(y.regionCode));
}
