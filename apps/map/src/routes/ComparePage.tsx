import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AXIS_VALUES, qs, type RegionScores, SCORE_AXES, useJson, useRegions } from '../api.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { AppLink, IllustrativeNotice, ScoreBar, useUpdateParams } from '../ui.js';

const MAX = 4;

function Column({ code, name }: { code: string; name: string }) {
  const { t, label, num } = useI18n();
  const [params] = useSearchParams();
  const { data } = useJson<RegionScores>(
    `/api/v1/regions/${code}/scores${qs({ round: params.get('round') })}`,
  );
  // Until the scores arrive the column shows the MIPEX-R rows without values, so that a column filling in
  // does not push the ones below it (phones stack them).
  const rows = (axis: (typeof SCORE_AXES)[number]): [string, number | null | undefined][] =>
    data
      ? Object.entries(data.byAxis[axis] ?? {}).map(([value, entry]) => [value, entry.score.value])
      : AXIS_VALUES[axis].map((value) => [value, undefined]);
  return (
    <section className="card compare-column" aria-labelledby={`col-${code}`} aria-busy={!data}>
      <h2 id={`col-${code}`}>
        <AppLink to={`/regions/${code}`}>{name}</AppLink>
      </h2>
      <p className="big-value">
        {t('overall')}:{' '}
        <strong data-testid={data ? `compare-${code}` : undefined}>
          {!data ? '\u00a0' : data.overall.score.value === null ? t('noData') : num(data.overall.score.value)}
        </strong>
      </p>
      {SCORE_AXES.map((axis) => (
        <div key={axis} className="bars">
          <h3>{t(`axis_${axis}` as MessageKey)}</h3>
          {rows(axis).map(([value, score]) => (
            <ScoreBar key={value} label={label(value)} value={score} />
          ))}
        </div>
      ))}
    </section>
  );
}

export default function ComparePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const regions = useRegions();
  const chosen = (params.get('regions') ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean)
    .slice(0, MAX);
  const [adding, setAdding] = useState('');
  const updateParams = useUpdateParams();
  const setChosen = (codes: string[]) => updateParams({ regions: codes.join(',') }, { replace: true });
  const options = [...regions.values()].filter(
    (region) => region.networkRole && !chosen.includes(region.code),
  );
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('compareTitle')}</h1>
      <p>{t('compareIntro')}</p>
      {/* Chips wait for the region names (codes first would change their width); the row keeps its height. */}
      <ul className="chips">
        {(regions.size ? chosen : []).map((code) => {
          const name = regions.get(code)?.name ?? code;
          return (
            <li key={code}>
              {name}{' '}
              <button
                type="button"
                aria-label={t('remove', { name })}
                onClick={() => setChosen(chosen.filter((item) => item !== code))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {chosen.length < MAX && (
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            if (adding) setChosen([...chosen, adding]);
            setAdding('');
          }}
        >
          <label>
            <span>{t('addRegion')}</span>
            <select
              name="add"
              className="region-choice"
              value={adding}
              onChange={(event) => setAdding(event.target.value)}
            >
              <option value="">—</option>
              {options.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name} ({region.code})
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('add')}</button>
        </form>
      )}
      <div className="compare-grid">
        {chosen.map((code) => (
          <Column key={code} code={code} name={regions.get(code)?.name ?? code} />
        ))}
      </div>
      <IllustrativeNotice show={[...regions.values()].some((region) => region.illustrative)} />
    </div>
  );
}
