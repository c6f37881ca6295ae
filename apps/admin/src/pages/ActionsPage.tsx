import type { IntegrationAction } from '@regin/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import { localized, useI18n } from '../i18n/index.js';
import { ErrorBox, Loading, StatusBadge, useLoad } from '../ui.js';

export interface KpiProgressView {
  kpiId: string;
  status?: string;
  progress?: number | null;
  latest?: { date: string; value: number } | null;
  expectedProgress?: number;
  trend?: string;
  error?: string;
}
export type ActionView = IntegrationAction & { progress: KpiProgressView[] };

/** "2 on track · 1 at risk", translated. */
export function useKpiSummary() {
  const { label } = useI18n();
  return (progress: KpiProgressView[]) => {
    const counts = new Map<string, number>();
    for (const item of progress) {
      const status = item.status ?? 'no_data';
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return [...counts.entries()].map(([status, n]) => `${n} ${label('kpi', status)}`).join(' · ');
  };
}

export function ActionsPage() {
  const { t, href, lang } = useI18n();
  const { user, can } = useAuth();
  const summary = useKpiSummary();
  const [region, setRegion] = useState('');
  const { data, error, loading } = useLoad(
    () => api<{ items: ActionView[] }>('GET', withQuery('/api/v1/actions', { region: region || undefined })),
    [region],
  );
  const regions = [...new Set((data?.items ?? []).map((action) => action.regionCode))];
  const mayCreate = can('coordinator') || !!user?.roles.includes('regional_editor');
  return (
    <>
      <h1>{t('ac.title')}</h1>
      <div className="toolbar">
        <label>
          {t('as.region')}{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('ac.allRegions')}</option>
            {[...new Set([...regions, ...(user?.regions ?? []), region].filter(Boolean))]
              .sort()
              .map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
          </select>
        </label>
        {mayCreate ? (
          <Link className="button primary" to={href('/actions/new')}>
            {t('ac.new')}
          </Link>
        ) : null}
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <table>
          <caption>{t('ac.count', { n: data.items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('as.region')}</th>
              <th scope="col">{t('ac.fieldTitle')}</th>
              <th scope="col">{t('as.status')}</th>
              <th scope="col">{t('ac.timeline')}</th>
              <th scope="col">{t('ac.kpis')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((action) => (
              <tr key={action.id}>
                <td>{action.regionCode}</td>
                <td>
                  <Link to={href(`/actions/${action.id}`)}>{localized(action.title, lang)}</Link>
                  {action.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
                </td>
                <td>
                  <StatusBadge group="action" status={action.status} />
                </td>
                <td>
                  {action.timeline.start} – {action.timeline.end}
                </td>
                <td>{summary(action.progress)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
