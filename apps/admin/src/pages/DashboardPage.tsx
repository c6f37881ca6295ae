import type { AssessmentStatus } from '@regin/domain';
import { Link } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import type { AssessmentSummary, Loose, Page } from '../types.js';
import { ErrorBox, Loading, StatusBadge, useLoad } from '../ui.js';
import { type ActionView, useKpiSummary } from './ActionsPage.js';

function AssessmentQueue({ status, title }: { status: AssessmentStatus; title: MessageKey }) {
  const { t, href } = useI18n();
  const { data, error, loading } = useLoad(
    () => api<Page<AssessmentSummary>>('GET', withQuery('/api/v1/assessments', { status, limit: 100 })),
    [status],
  );
  return (
    <section className="card" aria-labelledby={`q-${status}`}>
      <h2 id={`q-${status}`}>
        {t(title)} {data ? <span className="count">{data.total}</span> : null}
      </h2>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.items.length === 0 ? <p className="muted">{t('dash.nothing')}</p> : null}
      <ul className="plain">
        {data?.items.map((item) => (
          <li key={item.id}>
            <Link to={href(`/assessments/${item.id}`)}>
              {item.regionCode} · {item.round}
            </Link>{' '}
            <StatusBadge status={item.status} />{' '}
            <span className="muted">
              {t('as.answered', {
                done: item.progress.answered + item.progress.notApplicable,
                total: item.progress.total,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ModerationQueue() {
  const { t, href, lang } = useI18n();
  const { data, error, loading } = useLoad(
    () => api<{ items: Loose[]; total?: number }>('GET', '/api/v1/moderation/practices?status=submitted'),
    [],
  );
  return (
    <section className="card" aria-labelledby="q-moderation">
      <h2 id="q-moderation">
        {t('dash.toModerate')}{' '}
        {data ? <span className="count">{data.total ?? data.items.length}</span> : null}
      </h2>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.items.length === 0 ? <p className="muted">{t('dash.nothing')}</p> : null}
      <ul className="plain">
        {data?.items.slice(0, 8).map((item) => (
          <li key={String(item.id)}>
            <Link to={href(`/moderation#p-${String(item.id)}`)}>{localized(item.title, lang)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Actions() {
  const { t, lang, href } = useI18n();
  const summary = useKpiSummary();
  const { user } = useAuth();
  const region = user?.roles.includes('regional_editor') ? user.regions[0] : undefined;
  const { data, error, loading } = useLoad(
    () => api<{ items: ActionView[] }>('GET', withQuery('/api/v1/actions', { region })),
    [region],
  );
  return (
    <section className="card" aria-labelledby="q-actions">
      <h2 id="q-actions">{t('dash.kpis')}</h2>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      <ul className="plain">
        {data?.items.map((action) => (
          <li key={action.id}>
            <strong>{action.regionCode}</strong>{' '}
            <Link to={href(`/actions/${action.id}`)}>{localized(action.title, lang)}</Link>{' '}
            <StatusBadge group="action" status={action.status} />{' '}
            <span className="muted">
              {t('dash.kpiDue', { count: action.progress.length })}
              {action.progress.length ? ` · ${summary(action.progress)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DashboardPage() {
  const { t } = useI18n();
  const { can, user } = useAuth();
  const coordinating = can('coordinator');
  const editing = !!user?.roles.includes('regional_editor') || coordinating;
  return (
    <>
      <h1>{t('dash.title')}</h1>
      <div className="grid">
        {editing ? <AssessmentQueue status="draft" title="dash.toAnswer" /> : null}
        {coordinating ? <AssessmentQueue status="submitted" title="dash.toReview" /> : null}
        {coordinating ? <AssessmentQueue status="in_review" title="dash.inReview" /> : null}
        {coordinating ? <AssessmentQueue status="validated" title="dash.toPublish" /> : null}
        {can('coordinator', 'moderator') ? <ModerationQueue /> : null}
        <Actions />
      </div>
    </>
  );
}
