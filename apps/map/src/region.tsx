import {
  type Action,
  type Expert,
  type Gaps,
  OUTCOME_INDICATORS,
  type Page,
  type PracticeSearch,
  qs,
  type Region,
  type RegionScores,
  SCORE_AXES,
  useJson,
  useStaged,
} from './api.js';
import { type MessageKey, useI18n } from './i18n.js';
import { AppLink, IllustrativeNotice, LocalText, ScoreBar, Section, Status } from './ui.js';

function Change({ value, since }: { value: number | null | undefined; since: number | null }) {
  const { t, num } = useI18n();
  if (value === null || value === undefined || since === null) return null;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return (
    <span className={value > 0 ? 'change up' : value < 0 ? 'change down' : 'change'}>
      {t('changeSince', { round: since })}: {sign}
      {num(Math.abs(value))}
    </span>
  );
}

/** The map's side panel: the region's value on the current indicator, overall score, policy areas. */
export function RegionSummary(props: {
  code: string;
  region: Region | undefined;
  round: string | null;
  indicatorLabel: string;
  indicatorValue: number | null;
}) {
  const { t, num, label } = useI18n();
  const scores = useJson<RegionScores>(`/api/v1/regions/${props.code}/scores${qs({ round: props.round })}`);
  const data = scores.data;
  return (
    <div className="region-summary">
      <h2 id="panel-title">{props.region?.name ?? props.code}</h2>
      <p className="big-value">
        <span>{props.indicatorLabel}: </span>
        <strong data-testid="panel-value">
          {props.indicatorValue === null ? t('noData') : num(props.indicatorValue)}
        </strong>
      </p>
      {data && (
        <>
          <p>
            {props.indicatorLabel === t('overall') ? null : (
              <>
                {t('overall')}:{' '}
                <strong>
                  {data.overall.score.value === null ? t('noData') : num(data.overall.score.value)}
                </strong>{' '}
              </>
            )}
            <Change value={data.overall.change?.absolute} since={data.previousRound} />
          </p>
          <div className="bars">
            {Object.entries(data.byAxis.policy_area ?? {}).map(([value, entry]) => (
              <ScoreBar key={value} label={label(value)} value={entry.score.value} />
            ))}
          </div>
        </>
      )}
      <p>
        <AppLink to={`/regions/${props.code}`} className="button">
          {t('openRegion')}
        </AppLink>
      </p>
    </div>
  );
}

/** Every axis with bars, country and network averages as marks. */
export function AxisBars({ data }: { data: RegionScores }) {
  const { t, label, num } = useI18n();
  return (
    <>
      {SCORE_AXES.map((axis) => {
        const entries = Object.entries(data.byAxis[axis] ?? {});
        if (entries.length === 0) return null;
        return (
          <Section key={axis} title={t('byAxis', { axis: t(`axis_${axis}` as MessageKey).toLowerCase() })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t(`axis_${axis}` as MessageKey)}</th>
                  <th scope="col">{t('score')}</th>
                  <th scope="col" className="num">
                    {t('changeSince', { round: data.previousRound ?? '' })}
                  </th>
                  <th scope="col" className="num">
                    {t('countryMean')}
                  </th>
                  <th scope="col" className="num">
                    {t('networkMean')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map(([value, entry]) => (
                  <tr key={value}>
                    <th scope="row">{label(value)}</th>
                    <td>
                      <ScoreBar
                        label=""
                        value={entry.score.value}
                        marks={[
                          { key: 'country', value: entry.comparison?.peerMean ?? -10 },
                          { key: 'network', value: entry.comparison?.mean ?? -10 },
                        ]}
                      />
                    </td>
                    <td className="num">
                      {entry.change?.absolute === null || entry.change?.absolute === undefined
                        ? '—'
                        : num(entry.change.absolute)}
                    </td>
                    <td className="num">
                      {entry.comparison?.peerMean === null || entry.comparison?.peerMean === undefined
                        ? '—'
                        : num(entry.comparison.peerMean)}
                    </td>
                    <td className="num">
                      {entry.comparison?.mean === null || entry.comparison?.mean === undefined
                        ? '—'
                        : num(entry.comparison.mean)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        );
      })}
    </>
  );
}

function GapsSection({ code, year }: { code: string; year: number | null }) {
  const { t, label, num } = useI18n();
  const url = (indicator: string) =>
    year === null ? null : `/api/v1/outcomes/gaps${qs({ indicator, year })}`;
  const results = [
    useJson<Gaps>(url(OUTCOME_INDICATORS[0])),
    useJson<Gaps>(url(OUTCOME_INDICATORS[1])),
    useJson<Gaps>(url(OUTCOME_INDICATORS[2])),
  ];
  return (
    <Section title={t('gapsTitle')}>
      <p className="hint">{t('gapNote', { year: year ?? '' })}</p>
      <table className="data-table">
        <tbody>
          {OUTCOME_INDICATORS.map((indicator, index) => {
            const item = results[index]?.data?.items.find((entry) => entry.regionCode === code);
            return (
              <tr key={indicator}>
                <th scope="row">{label(indicator)}</th>
                <td className="num">
                  {item?.gap === null || item?.gap === undefined ? t('noData') : num(item.gap)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

export function RegionDetails({ code, region }: { code: string; region: Region | undefined }) {
  const { t, num, label, lang } = useI18n();
  const scores = useJson<RegionScores>(`/api/v1/regions/${code}/scores`);
  const practices = useJson<PracticeSearch>(`/api/v1/practices${qs({ region: code, limit: 20, lang })}`);
  const experts = useJson<Page<Expert>>(`/api/v1/experts${qs({ region: code })}`);
  const actions = useJson<Page<Action>>(`/api/v1/actions${qs({ region: code })}`);
  const data = scores.data;
  // The sections below the overall score render in a second, deferred pass: two short tasks, not one long one.
  const later = useStaged(data, undefined);
  const briefLang = lang === 'ca' ? 'ca' : 'en';
  return (
    <div className="page region-page">
      <h1 tabIndex={-1}>{region?.name ?? code}</h1>
      <p className="lead">{t('regionIntro')}</p>
      <Status loading={scores.loading && !data} error={scores.error} />
      <p>
        <a href={`/api/v1/regions/${code}/brief?lang=${briefLang}`}>{t('policyBrief')}</a>
      </p>
      <Status loading={scores.loading && !data} error={scores.error} />
      {data && (
        <>
          <Section title={`${t('overall')} (${data.context.round ?? ''})`}>
            <IllustrativeNotice show={data.context.illustrative || region?.illustrative} />
            <p className="big-value">
              <strong data-testid="overall-value">
                {data.overall.score.value === null ? t('noData') : num(data.overall.score.value)}
              </strong>{' '}
              <Change value={data.overall.change?.absolute} since={data.previousRound} />
            </p>
            {data.overall.comparison && (
              <ul className="facts">
                {data.overall.comparison.rank !== null && (
                  <li>{t('rank', { rank: data.overall.comparison.rank, of: data.overall.comparison.of })}</li>
                )}
                {data.overall.comparison.peerMean !== null && (
                  <li>
                    {t('countryMean')}: {num(data.overall.comparison.peerMean)}
                  </li>
                )}
                {data.overall.comparison.mean !== null && (
                  <li>
                    {t('networkMean')}: {num(data.overall.comparison.mean)}
                  </li>
                )}
              </ul>
            )}
          </Section>
          <div className="two-columns">
            <Section title={t('strengths')}>
              <ul>
                {data.strengths.map((item) => (
                  <li key={`${item.axis}:${item.value}`}>
                    {label(item.value)} ({num(item.score)}; +{num(item.difference)})
                  </li>
                ))}
              </ul>
            </Section>
            <Section title={t('weaknesses')}>
              <ul>
                {data.weaknesses.map((item) => (
                  <li key={`${item.axis}:${item.value}`}>
                    {label(item.value)} ({num(item.score)}; {num(item.difference)})
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        </>
      )}
      {later && (
        <>
          <AxisBars data={later} />
          <GapsSection code={code} year={later.context.round} />
        </>
      )}
      {/* The lists below wait for the scores, which render above them: nothing moves once it is shown. */}
      {(later || scores.error) && (
        <>
          <Section title={t('regionPractices')}>
            <Status loading={practices.loading && !practices.data} error={practices.error} />
            {practices.data?.items.length === 0 && <p>{t('none')}</p>}
            <ul className="compact-list">
              {practices.data?.items.map((practice) => (
                <li key={practice.id}>
                  <AppLink to={`/practices/${practice.slug}`}>
                    <LocalText value={practice.title} />
                  </AppLink>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('regionExperts')}>
            {experts.data?.items.length === 0 && <p>{t('none')}</p>}
            <ul className="compact-list">
              {experts.data?.items.map((expert) => (
                <li key={expert.id}>
                  <AppLink to={`/experts/${expert.id}`}>{expert.name}</AppLink>
                  {expert.organisation ? `, ${expert.organisation}` : ''}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('regionActions')}>
            {actions.data?.items.length === 0 && <p>{t('none')}</p>}
            <ul className="compact-list">
              {actions.data?.items.map((action) => (
                <li key={action.id}>
                  <strong>
                    <LocalText value={action.title} />
                  </strong>
                  {action.summary ? (
                    <p>
                      <LocalText value={action.summary} tag={false} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </div>
  );
}
