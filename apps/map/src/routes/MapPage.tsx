import { memo, useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  AXIS_VALUES,
  type Gaps,
  OUTCOME_INDICATORS,
  type PracticeFeatures,
  qs,
  type Ranking,
  type Region,
  SCORE_AXES,
  type ScoreMatrix,
  useJson,
  useRegions,
  useStaged,
} from '../api.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { ChoroplethMap, type MapRegion } from '../map/ChoroplethMap.js';
import { scaleFor, textOn } from '../map/scale.js';
import { countryName } from '../names.js';
import { RegionSummary } from '../region.js';
import { AppLink, IllustrativeNotice, Status, useKeep, useUpdateParams } from '../ui.js';

const NO_REGIONS: MapRegion[] = [];

const PRACTICE_RESULTS = ['successful', 'mixed', 'failed'] as const;

/** `overall`, `policy_area:housing` or `gap:OUT-ACT`. */
function parseIndicator(raw: string | null): {
  kind: 'overall' | 'axis' | 'gap';
  axis?: string;
  value?: string;
} {
  if (!raw || raw === 'overall') return { kind: 'overall' };
  const [head = '', tail = ''] = raw.split(':');
  if (head === 'gap' && tail) return { kind: 'gap', value: tail };
  if ((SCORE_AXES as readonly string[]).includes(head) && tail)
    return { kind: 'axis', axis: head, value: tail };
  return { kind: 'overall' };
}

/** The data on the map as a table; re-rendered only when its rows change. */
const MapTable = memo(function MapTable({
  rows,
  regions,
  format,
}: {
  rows: MapRegion[];
  regions: Map<string, Region>;
  format: (value: number | null) => string;
}) {
  const { t, lang } = useI18n();
  return (
    <table className="data-table" id="map-table">
      <thead>
        <tr>
          <th scope="col">{t('region')}</th>
          <th scope="col">{t('country')}</th>
          <th scope="col" className="num">
            {t('value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((region) => (
          <tr key={region.code} data-code={region.code} data-value={region.value ?? ''}>
            <th scope="row">
              <AppLink to={`/regions/${region.code}`}>{region.name}</AppLink>
            </th>
            <td>{countryName(regions.get(region.code)?.country ?? '', lang)}</td>
            <td className="num">{format(region.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/**
 * The practices on the map as links: the way in for keyboard and screen-reader users. Closed by default and
 * rendered only once opened, so that the first view of the map does not build a few hundred extra nodes.
 */
function PracticeList({ items }: { items: PracticeFeatures['features'] }) {
  const { t, num } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="practice-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('practicesOnMapCount', { count: num(items.length, 0) })}</summary>
      {open && (
        <ul className="compact-list practice-list">
          {items.map((feature) => (
            <li key={feature.id}>
              <AppLink to={`/practices/${feature.properties.slug}`}>{feature.properties.title}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

export default function MapPage() {
  const { t, label, num, lang } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const keep = useKeep();
  const regions = useRegions();
  const indicatorRaw = params.get('indicator') ?? 'overall';
  const indicator = parseIndicator(indicatorRaw);
  const roundParam = params.get('round');
  const selected = params.get('region');
  const showPractices = params.get('practices') !== '0';

  const ranking = useJson<Ranking>(`/api/v1/scores/rankings${qs({ round: roundParam })}`);
  const rounds = ranking.data?.context.rounds ?? [];
  const round = ranking.data?.context.round ?? (roundParam ? Number(roundParam) : null);
  const matrix = useJson<ScoreMatrix>(
    indicator.kind === 'axis' ? `/api/v1/scores${qs({ by: indicator.axis, round: roundParam })}` : null,
  );
  const gaps = useJson<Gaps>(
    indicator.kind === 'gap' && round !== null
      ? `/api/v1/outcomes/gaps${qs({ indicator: indicator.value, year: round })}`
      : null,
  );
  // Practice markers follow the filters: the policy area or target group of the indicator (practices use
  // the same codes), the chosen result, and an earlier round (practices begun by then).
  const practiceResult = params.get('result');
  const practiceQuery = {
    policyArea: indicator.kind === 'axis' && indicator.axis === 'policy_area' ? indicator.value : undefined,
    targetGroup: indicator.kind === 'axis' && indicator.axis === 'target_group' ? indicator.value : undefined,
    result: practiceResult,
    lang: lang === 'en' ? undefined : lang,
  };
  const practices = useJson<PracticeFeatures>(
    showPractices ? `/api/v1/practices.geojson${qs(practiceQuery)}` : null,
  );
  const latestRound = rounds.length > 0 ? Math.max(...rounds) : null;
  const byRound = roundParam !== null && round !== null && round !== latestRound ? round : null;
  const practiceItems = useMemo(
    () =>
      (practices.data?.features ?? []).filter(
        (feature) =>
          byRound === null || feature.properties.year === null || feature.properties.year <= byRound,
      ),
    [practices.data, byRound],
  );

  const values = useMemo(() => {
    const result = new Map<string, number | null>();
    if (indicator.kind === 'overall') {
      for (const item of ranking.data?.items ?? []) result.set(item.regionCode, item.value);
    } else if (indicator.kind === 'axis' && matrix.data) {
      for (const code of matrix.data.matrix.regions) {
        result.set(code, matrix.data.matrix.cells[code]?.[indicator.value ?? '']?.value ?? null);
      }
    } else if (indicator.kind === 'gap' && gaps.data) {
      for (const item of gaps.data.items) result.set(item.regionCode, item.gap);
    }
    return result;
  }, [indicator.kind, indicator.value, ranking.data, matrix.data, gaps.data]);

  const mapRegions: MapRegion[] = useMemo(
    () =>
      [...regions.values()]
        .filter((region) => region.networkRole)
        .map((region) => ({ code: region.code, name: region.name, value: values.get(region.code) ?? null }))
        .sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY)),
    [regions, values],
  );
  // The table below the map renders in a deferred pass of its own, after the map.
  const tableRegions = useStaged(mapRegions, NO_REGIONS);
  const scale = useMemo(
    () =>
      scaleFor(
        indicator.kind === 'gap' ? 'gap' : 'score',
        mapRegions.flatMap((region) => (region.value === null ? [] : [region.value])),
      ),
    [indicator.kind, mapRegions],
  );
  const indicatorLabel =
    indicator.kind === 'overall'
      ? t('overall')
      : indicator.kind === 'axis'
        ? `${t(`axis_${indicator.axis}` as MessageKey)}: ${label(indicator.value ?? '')}`
        : label(indicator.value ?? '');
  const format = useCallback((value: number | null) => (value === null ? t('noData') : num(value)), [t, num]);
  const illustrative =
    ranking.data?.context.illustrative || gaps.data?.illustrative || matrix.data?.context.illustrative;

  const updateParams = useUpdateParams();
  const update = (changes: Record<string, string | null>) => updateParams(changes, { replace: true });

  const points = useMemo(
    () =>
      practiceItems.map((feature) => ({
        id: feature.properties.slug,
        label: feature.properties.title,
        lon: feature.geometry.coordinates[0],
        lat: feature.geometry.coordinates[1],
      })),
    [practiceItems],
  );

  return (
    <div className="page map-page">
      <h1 tabIndex={-1}>{t('mapTitle')}</h1>
      <p className="lead">{t('mapIntro')}</p>
      <form className="toolbar" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('indicator')}</span>
          <select
            name="indicator"
            value={indicatorRaw}
            onChange={(event) =>
              update({ indicator: event.target.value === 'overall' ? null : event.target.value })
            }
          >
            <option value="overall">{t('overall')}</option>
            {SCORE_AXES.map((axis) => (
              <optgroup key={axis} label={t(`axis_${axis}` as MessageKey)}>
                {AXIS_VALUES[axis].map((value) => (
                  <option key={value} value={`${axis}:${value}`}>
                    {label(value)}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label={t('outcomeGaps')}>
              {OUTCOME_INDICATORS.map((code) => (
                <option key={code} value={`gap:${code}`}>
                  {label(code)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          <span>{t('round')}</span>
          <select
            name="round"
            value={round ?? ''}
            onChange={(event) => update({ round: event.target.value })}
            disabled={rounds.length === 0}
          >
            {rounds.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('practiceResult')}</span>
          <select
            name="result"
            value={practiceResult ?? ''}
            onChange={(event) => update({ result: event.target.value || null })}
            disabled={!showPractices}
          >
            <option value="">{t('allResults')}</option>
            {PRACTICE_RESULTS.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showPractices}
            onChange={(event) => update({ practices: event.target.checked ? null : '0' })}
          />
          <span>{t('showPractices')}</span>
        </label>
      </form>
      <div className="map-layout">
        <div className="map-column">
          {/* Over the map, not above it: its coming and going moves nothing. */}
          <div className="map-status">
            <Status
              loading={ranking.loading && !ranking.data}
              error={ranking.error ?? matrix.error ?? gaps.error}
            />
          </div>
          <ChoroplethMap
            regions={mapRegions}
            scale={scale}
            indicatorLabel={indicatorLabel}
            selected={selected}
            onSelect={(code) => update({ region: code })}
            points={points}
            onPoint={(slug) => navigate(keep(`/practices/${slug}`))}
            format={format}
          />
          <figure className="legend" aria-label={t('legend')}>
            <figcaption>{indicatorLabel}</figcaption>
            <ul>
              {scale.colours.map((colour, index) => (
                <li key={colour}>
                  <span
                    className="swatch"
                    style={{ background: colour, color: textOn(colour) }}
                    aria-hidden="true"
                  />
                  {num(scale.edges[index] ?? 0, 0)}–{num(scale.edges[index + 1] ?? 0, 0)}
                </li>
              ))}
              <li>
                <svg className="swatch" width="18" height="14" aria-hidden="true">
                  <rect width="18" height="14" fill="url(#no-data)" stroke="#767676" />
                </svg>
                {t('noData')}
              </li>
              {showPractices && (
                <li data-testid="practice-count" data-count={points.length}>
                  <span className="swatch dot" aria-hidden="true" />
                  {t('practicesOnMapCount', { count: num(points.length, 0) })}
                </li>
              )}
            </ul>
          </figure>
          <IllustrativeNotice show={illustrative} />
        </div>
        {selected && (
          <aside className="panel" aria-labelledby="panel-title">
            <button type="button" className="close" onClick={() => update({ region: null })}>
              {t('close')}
            </button>
            <RegionSummary
              code={selected}
              region={regions.get(selected)}
              round={roundParam}
              indicatorLabel={indicatorLabel}
              indicatorValue={values.get(selected) ?? null}
            />
          </aside>
        )}
      </div>
      <section className="card" aria-labelledby="table-title">
        <h2 id="table-title">
          {t('tableTitle')}: {indicatorLabel}
          {round ? ` (${round})` : ''}
        </h2>
        <MapTable rows={tableRegions} regions={regions} format={format} />
        {showPractices && points.length > 0 && <PracticeList items={practiceItems} />}
      </section>
    </div>
  );
}
