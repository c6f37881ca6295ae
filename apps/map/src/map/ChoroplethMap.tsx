import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  startTransition,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import backgroundUrl from '../../generated/shapes/background.json?url';
import level12Url from '../../generated/shapes/nuts-1-2.json?url';
import { getJson, useStaged } from '../api.js';
import { useI18n } from '../i18n.js';
import { type BackgroundShapes, HEIGHT, projection, type ShapeEntry, WIDTH } from './projection.js';
import { type ColourScale, gridCluster } from './scale.js';

/** The NUTS 3 shapes, one file per country (the build writes them, scripts/map-shapes.ts). */
const level3Urls = import.meta.glob<string>('../../generated/shapes/nuts-3-*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
const level3Url = (country: string) => level3Urls[`../../generated/shapes/nuts-3-${country}.json`];

interface Shape {
  code: string;
  d: string;
  centroid: [number, number];
}

type Background = BackgroundShapes;

const NO_POINTS: MapPoint[] = [];

const isLevel3 = (code: string) => /^[A-Z]{2}[A-Z0-9]{3}$/.test(code);

/**
 * Loads the country background and the shapes of the given region codes, already projected at build time:
 * NUTS 1+2 from one file, NUTS 3 from one file per country, fetched only when a level-3 region is asked for.
 */
function useShapes(codes: readonly string[]): {
  background: Background | undefined;
  byCode: Map<string, Shape>;
} {
  const [shapes, setShapes] = useState<{ background: Background | undefined; byCode: Map<string, Shape> }>(
    () => ({ background: undefined, byCode: new Map() }),
  );
  const key = codes.join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    const files: Promise<Record<string, ShapeEntry>>[] = [];
    if (wanted.some((code) => !isLevel3(code))) files.push(getJson<Record<string, ShapeEntry>>(level12Url));
    for (const country of new Set(wanted.filter(isLevel3).map((code) => code.slice(0, 2)))) {
      const url = level3Url(country);
      if (url) files.push(getJson<Record<string, ShapeEntry>>(url));
    }
    // One state update for the background and every file: the map renders its shapes once, not per file.
    Promise.all([getJson<Background>(backgroundUrl), ...files]).then(([background, ...entries]) => {
      if (!live) return;
      const byCode = new Map<string, Shape>();
      for (const code of wanted) {
        const entry = entries.map((file) => (file as Record<string, ShapeEntry>)[code]).find(Boolean);
        if (entry) byCode.set(code, { code, d: entry[0], centroid: [entry[1], entry[2]] });
      }
      startTransition(() => setShapes({ background: background as Background, byCode }));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return shapes;
}

/** The background, drawn once per zoom level (the stroke width follows the zoom). */
const BackgroundLayer = memo(function BackgroundLayer({
  background,
  stroke,
}: {
  background: Background | undefined;
  stroke: number;
}) {
  if (!background) return null;
  return (
    <g pointerEvents="none">
      <path d={background.land} fill="#e8e8e3" />
      <path d={background.borders} fill="none" stroke="#fff" strokeWidth={stroke * 1.5} />
    </g>
  );
});

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
  const codeKey = regions
    .map((region) => region.code)
    .sort()
    .join(',');
  const codes = useMemo(() => (codeKey ? codeKey.split(',') : []), [codeKey]);
  const shapes = useShapes(codes);
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

  // Markers come in a deferred pass after the regions: two shorter tasks instead of one long one.
  const laterPoints = useStaged(points, NO_POINTS);
  const clusters = useMemo(() => {
    const projected = laterPoints.flatMap((point) => {
      const xy = projection([point.lon, point.lat]);
      return xy ? [{ x: xy[0], y: xy[1], item: point }] : [];
    });
    // Cluster in screen units so groups split as the map zooms in.
    const cell = 30 / view.k;
    return gridCluster(projected, cell);
  }, [laterPoints, view.k]);

  const stroke = 0.6 / view.k;
  const onPointRef = useRef(onPoint);
  onPointRef.current = onPoint;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const toSvgRef = useRef(toSvg);
  toSvgRef.current = toSvg;
  const viewRef = useRef(view);
  viewRef.current = view;
  const regionLayer = useMemo(
    () => (
      <g strokeWidth={stroke * 1.5}>
        {regions.map((region) => {
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
                if (moved.current <= 4) onSelectRef.current(region.code);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelectRef.current(region.code);
                }
              }}
              onPointerEnter={(event) =>
                setHover({ code: region.code, ...toSvgRef.current(event.clientX, event.clientY) })
              }
              onFocus={() =>
                setHover({
                  code: region.code,
                  x: shape.centroid[0] * viewRef.current.k + viewRef.current.x,
                  y: shape.centroid[1] * viewRef.current.k + viewRef.current.y,
                })
              }
              onBlur={() => setHover(null)}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </g>
    ),
    [regions, shapes.byCode, scale, format, selected, stroke],
  );
  // Markers and regions re-render when their data or the zoom changes, not on hover or tooltip moves.
  const markerLayer = useMemo(
    () => (
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
                } else if (first) onPointRef.current(first.id);
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
    ),
    [clusters, view.k],
  );

  const transform = `translate(${view.x} ${view.y}) scale(${view.k})`;
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
          <BackgroundLayer background={shapes.background} stroke={stroke} />
          {regionLayer}
          {markerLayer}
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
