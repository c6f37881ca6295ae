import { assessmentCreateBodySchema, fieldErrors } from '@regin/api-contract';
import { ASSESSMENT_STATUSES } from '@regin/domain';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, client, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import type { AssessmentSummary, FrameworkSummary, Page } from '../types.js';
import { ErrorBox, Field, issuesToFields, Loading, StatusBadge, useLoad } from '../ui.js';

function NewAssessment() {
  const { t, href, lang } = useI18n();
  const { user, can } = useAuth();
  const navigate = useNavigate();
  const coordinating = can('coordinator');
  const regions = useLoad(
    () =>
      coordinating
        ? client.listRegions({ networkRole: 'any', limit: 500 }).then((page) => page.items.map((r) => r.code))
        : Promise.resolve(user?.regions ?? []),
    [coordinating],
  );
  const frameworks = useLoad(() => api<{ items: FrameworkSummary[] }>('GET', '/api/v1/frameworks'), []);
  const [regionCode, setRegionCode] = useState(user?.regions[0] ?? '');
  const [frameworkId, setFrameworkId] = useState('');
  const [round, setRound] = useState(String(new Date().getFullYear()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      regionCode: regionCode || regions.data?.[0] || '',
      frameworkId: frameworkId || frameworks.data?.items[0]?.id || '',
      round: Number(round),
    };
    const parsed = assessmentCreateBodySchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      const created = await api<AssessmentSummary>('POST', '/api/v1/assessments', parsed.data);
      navigate(href(`/assessments/${created.id}`));
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setError(caught);
    }
  }

  if (!coordinating && !user?.roles.includes('regional_editor')) return null;
  return (
    <details className="card">
      <summary>{t('as.open')}</summary>
      <form onSubmit={submit} className="inline-form" noValidate>
        <Field label={t('as.region')} error={errors.regionCode}>
          {(props) => (
            <select
              {...props}
              name="regionCode"
              value={regionCode}
              onChange={(e) => setRegionCode(e.target.value)}
            >
              {(regions.data ?? []).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('as.framework')} error={errors.frameworkId}>
          {(props) => (
            <select
              {...props}
              name="frameworkId"
              value={frameworkId}
              onChange={(e) => setFrameworkId(e.target.value)}
            >
              {(frameworks.data?.items ?? []).map((framework) => (
                <option key={`${framework.id}@${framework.version}`} value={framework.id}>
                  {localized(framework.name, lang)} ({framework.version})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('as.round')} error={errors.round}>
          {(props) => (
            <input
              {...props}
              name="round"
              type="number"
              value={round}
              onChange={(e) => setRound(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary">
          {t('as.create')}
        </button>
      </form>
      <ErrorBox error={error} />
    </details>
  );
}

export function AssessmentsPage() {
  const { t, href } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const { data, error, loading } = useLoad(
    () =>
      api<Page<AssessmentSummary>>(
        'GET',
        withQuery('/api/v1/assessments', { status: status || undefined, limit: 500 }),
      ),
    [status],
  );
  return (
    <>
      <h1>{t('as.title')}</h1>
      <NewAssessment />
      <div className="toolbar">
        <label>
          {t('as.status')}{' '}
          <select
            value={status}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value) next.set('status', event.target.value);
              else next.delete('status');
              setParams(next);
            }}
          >
            <option value="">{t('as.all')}</option>
            {ASSESSMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('as.region')}</th>
              <th scope="col">{t('as.framework')}</th>
              <th scope="col">{t('as.round')}</th>
              <th scope="col">{t('as.status')}</th>
              <th scope="col">{t('as.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={href(`/assessments/${item.id}`)}>{item.regionCode}</Link>
                  {item.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
                </td>
                <td>
                  {item.frameworkId} {item.frameworkVersion}
                </td>
                <td>{item.round}</td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td>
                  <progress
                    max={item.progress.total}
                    value={item.progress.answered + item.progress.notApplicable}
                    aria-label={t('as.progress')}
                  />{' '}
                  {item.progress.answered + item.progress.notApplicable}/{item.progress.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
