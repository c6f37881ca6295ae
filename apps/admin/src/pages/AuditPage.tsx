import type { AuditListParams } from '@regin/api-contract';
import { AUDIT_ACTIONS } from '@regin/domain';
import { type FormEvent, useState } from 'react';
import { client } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, Loading, useLoad } from '../ui.js';

const PAGE = 25;

export function AuditPage() {
  const { t, lang, label } = useI18n();
  const [entityType, setEntityType] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [filters, setFilters] = useState<AuditListParams>({});
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useLoad(
    () => client.listAudit({ ...filters, limit: PAGE, offset }),
    [filters, offset],
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setFilters({
      ...(entityType ? { entityType } : {}),
      ...(action ? { action: action as AuditListParams['action'] } : {}),
      ...(from ? { from: new Date(from).toISOString() } : {}),
      ...(to ? { to: new Date(`${to}T23:59:59`).toISOString() } : {}),
    });
  }

  return (
    <>
      <h1>{t('au.title')}</h1>
      <form className="toolbar row" onSubmit={apply}>
        <label>
          {t('au.entityType')}{' '}
          <input name="entityType" value={entityType} onChange={(e) => setEntityType(e.target.value)} />
        </label>
        <label>
          {t('au.action')}{' '}
          <select name="action" value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">—</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {label('auditAction', value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('au.from')}{' '}
          <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('au.to')} <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t('au.filter')}</button>
      </form>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">{t('au.when')}</th>
                <th scope="col">{t('au.actor')}</th>
                <th scope="col">{t('au.action')}</th>
                <th scope="col">{t('au.entity')}</th>
                <th scope="col">{t('au.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.at}>{new Date(event.at).toLocaleString(lang)}</time>
                  </td>
                  <td>
                    <code>{event.actorId?.slice(0, 8) ?? '—'}</code>
                  </td>
                  <td>{label('auditAction', event.action)}</td>
                  <td>
                    {event.entityType} <code>{event.entityId}</code>
                  </td>
                  <td>
                    <details>
                      <summary>{t('au.changes')}</summary>
                      <div className="side-by-side">
                        <pre className="del">{JSON.stringify(event.before ?? null, null, 1)}</pre>
                        <pre className="ins">{JSON.stringify(event.after ?? null, null, 1)}</pre>
                      </div>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="buttons">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('common.prev')}
            </button>
            <span>
              {offset + 1}–{Math.min(offset + PAGE, data.total)} / {data.total}
            </span>
            <button
              type="button"
              disabled={offset + PAGE >= data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('common.next')}
            </button>
          </div>
        </>
      ) : null}
    </>
  );
}
