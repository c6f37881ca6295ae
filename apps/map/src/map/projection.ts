import { geoAzimuthalEqualArea } from 'd3-geo';

/** The map's SVG user space. */
export const WIDTH = 800;
export const HEIGHT = 640;

/**
 * Azimuthal equal-area centred on Europe, fitted to the SVG: used at build time to draw the region shapes
 * (scripts/map-shapes.ts) and in the browser to place the practice markers, so both agree.
 */
export const projection = geoAzimuthalEqualArea()
  .rotate([-12, -52])
  .fitExtent(
    [
      [10, 10],
      [WIDTH - 10, HEIGHT - 10],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [-28, 36],
        [-10, 36],
        [14, 34],
        [34, 34],
        [34, 70],
        [5, 71],
        [-12, 60],
      ],
    },
  );

/** A region's shape as the build writes it: SVG path data and the centroid, in SVG units. */
export type ShapeEntry = [d: string, cx: number, cy: number];
/** `background.json`: every country as one filled path and their shared borders as one stroked path. */
export interface BackgroundShapes {
  land: string;
  borders: string;
}
