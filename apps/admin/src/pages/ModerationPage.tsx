import { rejectBodySchema, requestChangesBodySchema } from '@regin/api-contract';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import type { Loose } from '../types.js';
import { ErrorBox, Field, issuesToFields, Loading, useLoad } from '../ui.js';

function QueueItem({ practice, onDone }: { practice: Loose; onDone: () => void }) {
  const { t, lang, href } = useI18n();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const id = String(practice.id);
  const submitter = practice.submitter as { name?: string } | undefined;

  async function decide(action: 'approve' | 'reject' | 'request-changes') {
    setError(undefined);
    let body: object = {};
    if (action !== 'approve') {
      const schema = action === 'reject' ? rejectBodySchema : requestChangesBodySchema;
      const candidate = action === 'reject' ? { reason: text } : { note: text };
      const parsed = schema.safeParse(candidate);
      if (!parsed.success) {
        const fields = issuesToFields(parsed.error.issues);
        setErrors({ text: fields.reason ?? fields.note ?? '' });
        return;
      }
      body = parsed.data;
    }
    setErrors({});
    try {
      await api('POST', `/api/v1/practices/${id}/${action}`, body);
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <article className="card" id={`p-${id}`} aria-labelledby={`p-${id}-title`}>
      <h2 id={`p-${id}-title`}>{localized(practice.title, lang)}</h2>
      <p className="muted">
        {(practice.regionCodes as string[] | undefined)?.join(', ')} ·{' '}
        {(practice.policyAreas as string[] | undefined)
          ?.map((area) => t(`area.${area}` as MessageKey))
          .join(', ')}
        {submitter?.name ? ` · ${t('pr.submittedBy', { name: submitter.name })}` : ''}
      </p>
      <p>{localized(practice.summary, lang)}</p>
      <p>
        <Link to={href(`/practices/${id}`)}>{t('pr.edit')}</Link>
      </p>
      <Field label={`${t('pr.reason')} / ${t('pr.note')}`} error={errors.text}>
        {(props) => (
          <textarea
            {...props}
            name={`decision-${id}`}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void decide('approve')}>
          {t('pr.approve')}
        </button>
        <button type="button" onClick={() => void decide('request-changes')}>
          {t('pr.requestChanges')}
        </button>
        <button type="button" className="danger" onClick={() => void decide('reject')}>
          {t('pr.reject')}
        </button>
      </div>
      <ErrorBox error={error} />
    </article>
  );
}

export function ModerationPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'submitted';
  const { data, error, loading, reload } = useLoad(
    () => api<{ items: Loose[]; total: number }>('GET', `/api/v1/moderation/practices?status=${status}`),
    [status],
  );
  return (
    <>
      <h1>{t('pr.queue')}</h1>
      <div className="toolbar">
        <label>
          {t('pr.moderation')}{' '}
          <select
            value={status}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('status', e.target.value);
              setParams(next);
            }}
          >
            {['submitted', 'changes_requested', 'rejected'].map((value) => (
              <option key={value} value={value}>
                {label('moderation', value)}
              </option>
            ))}
          </select>
        </label>{' '}
        {data ? <span className="count">{data.total}</span> : null}
      </div>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.items.length === 0 ? <p>{t('pr.empty')}</p> : null}
      {data?.items.map((practice) => (
        <QueueItem key={String(practice.id)} practice={practice} onDone={reload} />
      ))}
    </>
  );
}
