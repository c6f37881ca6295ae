import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import { localized, useI18n } from '../i18n/index.js';
import type { FrameworkSummary, Loose } from '../types.js';
import { ErrorBox, Field, Loading, useLoad } from '../ui.js';

function ImportFramework({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [meta, setMeta] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [localError, setLocalError] = useState('');

  async function upload() {
    setError(undefined);
    setMessage('');
    setLocalError('');
    if (!file) return;
    const content = await file.text();
    let body: unknown;
    try {
      body = file.name.toLowerCase().endsWith('.csv')
        ? { format: 'csv', content, meta: JSON.parse(meta || '{}') }
        : { format: 'json', framework: JSON.parse(content) };
    } catch (caught) {
      setLocalError((caught as Error).message);
      return;
    }
    try {
      const result = await api<{ summary?: FrameworkSummary }>('POST', '/api/v1/frameworks', body);
      setMessage(t('fw.imported', { id: result.summary?.id ?? '', version: result.summary?.version ?? '' }));
      onImported();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <details className="card">
      <summary>{t('fw.import')}</summary>
      <Field label={t('fw.file')}>
        {(props) => (
          <input
            {...props}
            type="file"
            name="framework-file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        )}
      </Field>
      {file?.name.toLowerCase().endsWith('.csv') ? (
        <Field label={t('fw.meta')}>
          {(props) => (
            <textarea
              {...props}
              name="meta"
              rows={6}
              value={meta}
              onChange={(e) => setMeta(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <button type="button" className="primary" onClick={() => void upload()} disabled={!file}>
        {t('fw.import')}
      </button>
      {localError ? (
        <p className="field-error" role="alert">
          {localError}
        </p>
      ) : null}
      {error ? <p>{t('fw.errors')}</p> : null}
      <ErrorBox error={error} />
      <p aria-live="polite">{message}</p>
    </details>
  );
}

export function FrameworksPage() {
  const { t, lang, href } = useI18n();
  const { can } = useAuth();
  const { data, error, loading, reload } = useLoad(
    () => api<{ items: FrameworkSummary[] }>('GET', '/api/v1/frameworks'),
    [],
  );
  return (
    <>
      <h1>{t('fw.title')}</h1>
      {can('coordinator') ? <ImportFramework onImported={reload} /> : null}
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      <ul className="plain list">
        {data?.items.map((item) => (
          <li key={`${item.id}@${item.version}`}>
            <Link to={href(`/frameworks/${item.id}?version=${item.version}`)}>
              {localized(item.name, lang)}
            </Link>{' '}
            <span className="muted">
              {item.id} {item.version} · {item.indicatorCount} {t('fw.indicators').toLowerCase()}
            </span>
            {item.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

interface FrameworkView {
  name: unknown;
  modelledOn?: string;
  axes: { id: string; name: unknown; values: { id: string; label: unknown }[] }[];
  indicators: {
    code: string;
    kind: string;
    question: unknown;
    tags: Record<string, string | string[]>;
    options: Loose[];
  }[];
}

export function FrameworkPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const version = new URLSearchParams(window.location.search).get('version') ?? undefined;
  const { data, error, loading } = useLoad(
    () => api<{ framework: FrameworkView }>('GET', withQuery(`/api/v1/frameworks/${id}`, { version })),
    [id, version],
  );
  if (loading) return <Loading />;
  if (error || !data) return <ErrorBox error={error} />;
  const framework = data.framework;
  return (
    <>
      <h1>{localized(framework.name, lang)}</h1>
      {framework.modelledOn ? <p className="muted">{framework.modelledOn}</p> : null}
      <h2>{t('fw.axes')}</h2>
      <div className="grid">
        {framework.axes.map((axis) => (
          <section className="card" key={axis.id} aria-label={localized(axis.name, lang)}>
            <h3>{localized(axis.name, lang)}</h3>
            <ul>
              {axis.values.map((value) => (
                <li key={value.id}>{localized(value.label, lang)}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <h2>{t('fw.indicators')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">{t('as.answer')}</th>
            {framework.axes.map((axis) => (
              <th scope="col" key={axis.id}>
                {localized(axis.name, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {framework.indicators.map((indicator) => (
            <tr key={indicator.code}>
              <td>
                <code>{indicator.code}</code>
              </td>
              <td>{localized(indicator.question, lang)}</td>
              {framework.axes.map((axis) => {
                const tag = indicator.tags[axis.id];
                return <td key={axis.id}>{Array.isArray(tag) ? tag.join(', ') : (tag ?? '')}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
