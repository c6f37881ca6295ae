import { type RegionFeature, topologyToFeatures } from '@regin/geo';
import topology12Url from '@regin/geo/topology/nuts-1-2.json?url';
import topology3Url from '@regin/geo/topology/nuts-3.json?url';
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { getJson } from '../api.js';
import { useI18n } from '../i18n.js';
import { type ColourScale, gridCluster } from './scale.js';

const WIDTH = 800;
const HEIGHT = 640;

const projection = geoAzimuthalEqualArea()
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
const path = geoPath(projection);

interface Shape {
  code: string;
  d: string;
  centroid: [number, number];
}

function toShapes(features: RegionFeature[]): Shape[] {
  return features
    .map((feature) => ({
      code: feature.properties.code,
      d: path(feature) ?? '',
      centroid: path.centroid(feature) as [number, number],
    }))
    .filter((shape) => shape.d !== '');
}

interface Shapes {
  background: Shape[];
  byCode: Map<string, Shape>;
}

/** Loads the NUTS 1+2 shapes, and the NUTS 3 ones when a region needs them. */
function useShapes(level3Codes: string[]): Shapes | undefined {
  const needLevel3 = level3Codes.length > 0;
  const [shapes, setShapes] = useState<Shapes>();
  const [level3, setLevel3] = useState<Shape[]>();
  useEffect(() => {
    let live = true;
    getJson<Topology>(topology12Url).then((topology) => {
      if (!live) return;
      const nuts2 = toShapes(topologyToFeatures(topology, 'nuts2').features);
      const nuts1 = toShapes(topologyToFeatures(topology, 'nuts1').features);
      setShapes({
        background: nuts2,
        byCode: new Map([...nuts1, ...nuts2].map((shape) => [shape.code, shape])),
      });
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!needLevel3 || level3) return;
    let live = true;
    getJson<Topology>(topology3Url).then((topology) => {
      if (!live) return;
      // Only the network's NUTS 3 regions: converting and projecting all 1,514 would block the main thread.
      const all = topology.objects.nuts3;
      const geometries = all && 'geometries' in all ? all.geometries : [];
      const wanted = {
        ...all,
        geometries: geometries.filter((item) => level3Codes.includes(String(item.id))),
      };
      const slim = { ...topology, objects: { nuts3: wanted } } as Topology;
      setLevel3(toShapes(topologyToFeatures(slim, 'nuts3').features));
    });
    return () => {
      live = false;
    };
  }, [needLevel3, level3, level3Codes]);
  return useMemo(() => {
    if (!shapes || !level3) return shapes;
    const byCode = new Map(shapes.byCode);
    for (const shape of level3) byCode.set(shape.code, shape);
    return { background: shapes.background, byCode };
  }, [shapes, level3]);
}

export interface MapRegion {
  code: string;
  name: string;
  value: number | null;
}

export interface MapPoint {
  id: string;
  label: string;
  lon: number;
  lat: number;
}

interface View {
  k: number;
  x: number;
  y: number;
}

const HOME: View = { k: 1, x: 0, y: 0 };

export interface ChoroplethMapProps {
  regions: MapRegion[];
  scale: ColourScale;
  indicatorLabel: string;
  selected: string | null;
  onSelect: (code: string) => void;
  points: MapPoint[];
  onPoint: (id: string) => void;
  format: (value: number | null) => string;
}

export function ChoroplethMap(props: ChoroplethMapProps) {
  const { regions, scale, indicatorLabel, selected, onSelect, points, onPoint, format } = props;
  const { t } = useI18n();
  const level3Key = regions
    .map((region) => region.code)
    .filter((code) => /^[A-Z]{2}[A-Z0-9]{3}$/.test(code))
    .sort()
    .join(',');
  const level3Codes = useMemo(() => (level3Key ? level3Key.split(',') : []), [level3Key]);
  const shapes = useShapes(level3Codes);
  const [view, setView] = useState<View>(HOME);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const moved = useRef(0);

  const zoomAt = (factor: number, cx = WIDTH / 2, cy = HEIGHT / 2) =>
    setView((current) => {
      const k = Math.min(12, Math.max(1, current.k * factor));
      const ratio = k / current.k;
      return { k, x: cx - (cx - current.x) * ratio, y: cy - (cy - current.y) * ratio };
    });

  const toSvg = (clientX: number, clientY: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: clientX, y: clientY };
    return {
      x: ((clientX - rect.left) / rect.width) * WIDTH,
      y: ((clientY - rect.top) / rect.height) * HEIGHT,
    };
  };

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const at = toSvg(event.clientX, event.clientY);
      zoomAt(event.deltaY < 0 ? 1.25 : 0.8, at.x, at.y);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  });

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    pointers.current.set(event.pointerId, toSvg(event.clientX, event.clientY));
    moved.current = 0;
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const now = toSvg(event.clientX, event.clientY);
    if (pointers.current.size === 1) {
      const dx = now.x - previous.x;
      const dy = now.y - previous.y;
      moved.current += Math.abs(dx) + Math.abs(dy);
      if (moved.current > 4) {
        if (!svgRef.current?.hasPointerCapture(event.pointerId))
          svgRef.current?.setPointerCapture(event.pointerId);
        setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy }));
      }
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.entries()].map(([id, p]) => (id === event.pointerId ? now : p));
      const [oa, ob] = [...pointers.current.values()];
      if (a && b && oa && ob) {
        const before = Math.hypot(oa.x - ob.x, oa.y - ob.y) || 1;
        const after = Math.hypot(a.x - b.x, a.y - b.y);
        moved.current += 10;
        zoomAt(after / before, (a.x + b.x) / 2, (a.y + b.y) / 2);
      }
    }
    pointers.current.set(event.pointerId, now);
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    pointers.current.delete(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = 40;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setView((current) => ({ ...current, x: current.x + move[0], y: current.y + move[1] }));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomAt(1.25);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      zoomAt(0.8);
    } else if (event.key === '0') {
      setView(HOME);
    }
  };

  const clusters = useMemo(() => {
    const projected = points.flatMap((point) => {
      const xy = projection([point.lon, point.lat]);
      return xy ? [{ x: xy[0], y: xy[1], item: point }] : [];
    });
    // Cluster in screen units so groups split as the map zooms in.
    const cell = 30 / view.k;
    return gridCluster(projected, cell);
  }, [points, view.k]);

  const transform = `translate(${view.x} ${view.y}) scale(${view.k})`;
  const stroke = 0.6 / view.k;
  // The ~460 background shapes render once per zoom level, not on every hover or data change.
  const background = useMemo(
    () => (
      <g pointerEvents="none" fill="#e8e8e3" stroke="#fff" strokeWidth={stroke}>
        {shapes?.background.map((shape) => (
          <path key={shape.code} d={shape.d} />
        ))}
      </g>
    ),
    [shapes, stroke],
  );
  const hovered = hover ? regions.find((region) => region.code === hover.code) : undefined;

  return (
    <div className="map-frame">
      <div className="map-controls">
        <button type="button" onClick={() => zoomAt(1.25)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomAt(0.8)} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => setView(HOME)} aria-label={t('resetView')}>
          ⟲
        </button>
      </div>
      <svg
        ref={svgRef}
        id="map-svg"
        className="map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-label={`${t('mapLabel')} ${indicatorLabel}`}
        aria-describedby="map-help"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => setHover(null)}
      >
        <defs>
          <pattern
            id="no-data"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#f2f2f2" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#767676" strokeWidth="2" />
          </pattern>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill="#dbe7f0" />
        <g transform={transform}>
          {background}
          <g strokeWidth={stroke * 1.5}>
            {shapes &&
              regions.map((region) => {
                const shape = shapes.byCode.get(region.code);
                if (!shape) return null;
                const fill = scale.colour(region.value) ?? 'url(#no-data)';
                const label = `${region.name}: ${format(region.value)}`;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
                  <path
                    key={region.code}
                    d={shape.d}
                    fill={fill}
                    className={region.code === selected ? 'region selected' : 'region'}
                    data-code={region.code}
                    data-value={region.value ?? ''}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    aria-pressed={region.code === selected}
                    onClick={() => {
                      if (moved.current <= 4) onSelect(region.code);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onSelect(region.code);
                      }
                    }}
                    onPointerEnter={(event) =>
                      setHover({ code: region.code, ...toSvg(event.clientX, event.clientY) })
                    }
                    onFocus={() =>
                      setHover({
                        code: region.code,
                        x: shape.centroid[0] * view.k + view.x,
                        y: shape.centroid[1] * view.k + view.y,
                      })
                    }
                    onBlur={() => setHover(null)}
                  >
                    <title>{label}</title>
                  </path>
                );
              })}
          </g>
          <g className="markers">
            {clusters.map((cluster) => {
              const first = cluster.items[0];
              const many = cluster.items.length > 1;
              const r = (many ? 6 + Math.min(6, Math.sqrt(cluster.items.length) * 1.5) : 4) / view.k;
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: markers repeat the list below the map, which is the accessible way in
                <g
                  key={`${cluster.x}:${cluster.y}`}
                  className="marker"
                  transform={`translate(${cluster.x} ${cluster.y})`}
                  onClick={() => {
                    if (moved.current > 4) return;
                    if (many) {
                      setView((current) => {
                        const k = Math.min(12, current.k * 2);
                        return { k, x: WIDTH / 2 - cluster.x * k, y: HEIGHT / 2 - cluster.y * k };
                      });
                    } else if (first) onPoint(first.id);
                  }}
                >
                  <title>{many ? `${cluster.items.length}` : first?.label}</title>
                  <circle r={r} fill="#c2185b" stroke="#fff" strokeWidth={1.5 / view.k} />
                  {many && (
                    <text fontSize={9 / view.k} textAnchor="middle" dy="0.35em" fill="#fff">
                      {cluster.items.length}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </g>
      </svg>
      {hover && hovered && (
        <div
          className="map-tooltip"
          role="status"
          style={{ left: `${(hover.x / WIDTH) * 100}%`, top: `${(hover.y / HEIGHT) * 100}%` }}
        >
          <strong>{hovered.name}</strong> {format(hovered.value)}
        </div>
      )}
      <p id="map-help" className="hint">
        {t('mapHelp')}
      </p>
    </div>
  );
}
