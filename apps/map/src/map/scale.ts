/** Colour-blind-safe sequential palettes (5 steps, dark to light). */
export const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;
export const CIVIDIS = ['#00224e', '#434e6c', '#7d7c78', '#bcaf6f', '#fee838'] as const;

export interface ColourScale {
  colours: readonly string[];
  /** Bin edges, colours.length + 1 of them. */
  edges: number[];
  colour(value: number | null | undefined): string | null;
}

export function binnedScale(min: number, max: number, colours: readonly string[]): ColourScale {
  const span = max - min || 1;
  const edges = colours.map((_, index) => min + (span * index) / colours.length);
  edges.push(max);
  return {
    colours,
    edges,
    colour(value) {
      if (value === null || value === undefined || Number.isNaN(value)) return null;
      const index = Math.min(
        colours.length - 1,
        Math.max(0, Math.floor(((value - min) / span) * colours.length)),
      );
      return colours[index] ?? null;
    },
  };
}

/** Scores are 0–100 on a fixed scale; other values (gaps) span what the data holds, rounded outwards. */
export function scaleFor(kind: 'score' | 'gap', values: number[]): ColourScale {
  if (kind === 'score') return binnedScale(0, 100, VIRIDIS);
  if (values.length === 0) return binnedScale(0, 1, CIVIDIS);
  const min = Math.floor(Math.min(...values));
  const max = Math.ceil(Math.max(...values));
  return binnedScale(min, max === min ? min + 1 : max, CIVIDIS);
}

/** Light colours need dark text on top of them. */
export function textOn(colour: string): string {
  const rgb = Number.parseInt(colour.slice(1), 16);
  const luminance = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
  return luminance > 140 ? '#000' : '#fff';
}

/** Groups points that fall in the same grid cell (screen units). */
export function gridCluster<T>(
  points: { x: number; y: number; item: T }[],
  cell: number,
): { x: number; y: number; items: T[] }[] {
  const cells = new Map<string, { sx: number; sy: number; items: T[] }>();
  for (const point of points) {
    const key = `${Math.floor(point.x / cell)}:${Math.floor(point.y / cell)}`;
    const found = cells.get(key);
    if (found) {
      found.sx += point.x;
      found.sy += point.y;
      found.items.push(point.item);
    } else cells.set(key, { sx: point.x, sy: point.y, items: [point.item] });
  }
  return [...cells.values()].map((group) => ({
    x: group.sx / group.items.length,
    y: group.sy / group.items.length,
    items: group.items,
  }));
}
