import { useState } from 'react';
import { Link } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import { localized, useI18n } from '../i18n/index.js';
import type { Loose } from '../types.js';
import { ErrorBox, Loading, useLoad } from '../ui.js';

export function PracticesPage() {
  const { t, lang, href, label } = useI18n();
  const { can, user } = useAuth();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const region =
    !can('coordinator', 'moderator') && user?.regions.length ? user.regions.join(',') : undefined;
  const { data, error, loading } = useLoad(
    () =>
      api<{ items: Loose[]; total: number }>(
        'GET',
        withQuery('/api/v1/practices', {
          q: query || undefined,
          lang,
          region,
          limit: 50,
          sort: query ? undefined : 'newest',
        }),
      ),
    [query, lang, region],
  );
  return (
    <>
      <h1>{t('pr.title')}</h1>
      <div className="toolbar">
        <form
          aria-label="search"
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
        <Link className="button primary" to={href('/practices/new')}>
          {t('pr.new')}
        </Link>
      </div>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? <p className="muted">{data.total}</p> : null}
      <ul className="plain list">
        {data?.items.map((item) => (
          <li key={String(item.id)}>
            <Link to={href(`/practices/${String(item.id)}`)}>{localized(item.title, lang)}</Link>{' '}
            <span className="muted">
              {(item.regionCodes as string[]).join(', ')}
              {item.status ? ` · ${label('practice', String(item.status))}` : ''}
              {item.result ? ` · ${label('result', String(item.result))}` : ''}
            </span>
            {item.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
