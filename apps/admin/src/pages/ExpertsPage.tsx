import { useState } from 'react';
import { api, withQuery } from '../api.js';
import { useI18n } from '../i18n/index.js';
import type { Loose } from '../types.js';
import { ErrorBox, Loading, useLoad } from '../ui.js';

export function ExpertsPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const { data, error, loading } = useLoad(
    () =>
      api<{ items: Loose[]; total: number }>('GET', withQuery('/api/v1/experts', { q: query || undefined })),
    [query],
  );
  return (
    <>
      <h1>{t('ex.title')}</h1>
      <form
        aria-label="search"
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(q);
        }}
      >
        <label>
          {t('pr.search')} <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('pr.search')}</button>
      </form>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ex.name')}</th>
              <th scope="col">{t('ex.organisation')}</th>
              <th scope="col">{t('as.region')}</th>
              <th scope="col">{t('pr.policyAreas')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((expert) => (
              <tr key={String(expert.id)}>
                <td>
                  {String(expert.name)}
                  {expert.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
                </td>
                <td>{String(expert.organisation ?? '')}</td>
                <td>{String(expert.regionCode ?? '')}</td>
                <td>{((expert.policyAreas as string[] | undefined) ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
