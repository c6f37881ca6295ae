import { ApiProblemError, type ExportBundle, exportBundleSchema } from '@regin/api-contract';
import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, Field, issuesToFields } from '../ui.js';

export function BackupPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [bundle, setBundle] = useState<ExportBundle | undefined>(undefined);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Record<string, number> | undefined>(undefined);

  if (!can('admin')) {
    return (
      <>
        <h1>{t('bk.title')}</h1>
        <p>{t('app.forbidden')}</p>
      </>
    );
  }

  async function readFile(file: File | undefined) {
    setBundle(undefined);
    setReport(undefined);
    setFailure(undefined);
    setFileError(undefined);
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setFileError(t('bk.notJson'));
      return;
    }
    const parsed = exportBundleSchema.safeParse(json);
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues);
      setFileError(
        `${t('bk.notBundle')} ${Object.entries(fields)
          .slice(0, 3)
          .map(([path, message]) => `${path || '/'}: ${message}`)
          .join('; ')}`,
      );
      return;
    }
    setBundle(parsed.data);
  }

  async function restore(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    setReport(undefined);
    if (!bundle) {
      setFileError(t('bk.chooseFile'));
      return;
    }
    if (!confirmed) {
      setConfirmError(t('bk.confirmNeeded'));
      return;
    }
    setConfirmError(undefined);
    setBusy(true);
    try {
      const result = await api<{ tables: Record<string, number> }>('POST', '/api/v1/import', bundle);
      setReport(result.tables);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  const counts = bundle
    ? Object.entries(bundle.tables)
        .map(([name, rows]) => [name, rows.length] as const)
        .filter(([, n]) => n > 0)
    : [];

  return (
    <>
      <h1>{t('bk.title')}</h1>
      <section className="card" aria-labelledby="bk-export">
        <h2 id="bk-export">{t('bk.export')}</h2>
        <p>{t('bk.exportHelp')}</p>
        <p className="notice">{t('bk.exportWarning')}</p>
        <p>
          <a className="button primary" href="/api/v1/export" download>
            {t('bk.download')}
          </a>
        </p>
      </section>
      <section className="card" aria-labelledby="bk-import">
        <h2 id="bk-import">{t('bk.import')}</h2>
        <p>{t('bk.importHelp')}</p>
        <form onSubmit={restore} noValidate>
          <Field label={t('bk.file')} error={fileError}>
            {(props) => (
              <input
                {...props}
                name="bundle"
                type="file"
                accept="application/json,.json"
                onChange={(e) => void readFile(e.target.files?.[0])}
              />
            )}
          </Field>
          {bundle ? (
            <div className="bundle-summary">
              <p>{t('bk.bundleFrom', { date: bundle.exportedAt })}</p>
              <ul className="inline-list">
                {counts.map(([name, n]) => (
                  <li key={name}>
                    <code>{name}</code> {n}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className={`field${confirmError ? ' field-invalid' : ''}`}>
            <label className="choice">
              <input
                type="checkbox"
                name="confirm"
                checked={confirmed}
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? 'bk-confirm-error' : undefined}
                onChange={(e) => setConfirmed(e.target.checked)}
              />{' '}
              {t('bk.confirm')}
            </label>
            {confirmError ? (
              <p className="field-error" id="bk-confirm-error">
                {confirmError}
              </p>
            ) : null}
          </div>
          {failure instanceof ApiProblemError && failure.problem.status === 409 ? (
            <p className="field-error">{t('bk.notEmpty')}</p>
          ) : null}
          <ErrorBox error={failure} />
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('bk.restoring') : t('bk.restore')}
            </button>
          </div>
        </form>
        {report ? (
          <div role="status" className="success">
            <p>
              <strong>{t('bk.restored')}</strong>
            </p>
            <table>
              <caption>{t('bk.rowsRestored')}</caption>
              <tbody>
                {Object.entries(report).map(([name, n]) => (
                  <tr key={name}>
                    <th scope="row">
                      <code>{name}</code>
                    </th>
                    <td className="num">{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
