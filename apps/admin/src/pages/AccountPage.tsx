import { fieldErrors, passwordChangeBodySchema } from '@regin/api-contract';
import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, Field, issuesToFields } from '../ui.js';

type PasswordFieldName = 'currentPassword' | 'newPassword' | 'repeatPassword';

const FIELDS: { name: PasswordFieldName; label: MessageKey; hint?: MessageKey; autoComplete: string }[] = [
  { name: 'currentPassword', label: 'account.current', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'account.new', hint: 'account.newHint', autoComplete: 'new-password' },
  { name: 'repeatPassword', label: 'account.repeat', autoComplete: 'new-password' },
];

const EMPTY: Record<PasswordFieldName, string> = { currentPassword: '', newPassword: '', repeatPassword: '' };

/** The signed-in user's own page: who they are to the platform, and their password. */
export function AccountPage() {
  const { t, label } = useI18n();
  const { user } = useAuth();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!user) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    setMessage('');
    const { repeatPassword, ...body } = values;
    const parsed = passwordChangeBodySchema.safeParse(body);
    const found = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (repeatPassword !== body.newPassword) found.repeatPassword = t('account.mismatch');
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api('POST', '/api/v1/auth/password', parsed.data);
      setValues(EMPTY);
      setMessage(t('account.changed'));
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>{t('account.intro')}</p>
      <dl className="facts">
        <dt>{t('auth.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('us.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('us.roles')}</dt>
        <dd>{user.roles.map((role) => label('role', role)).join(', ')}</dd>
        <dt>{t('us.regions')}</dt>
        <dd>{user.regions.join(', ') || '—'}</dd>
      </dl>
      <section className="card" aria-labelledby="change-password">
        <h2 id="change-password">{t('account.password')}</h2>
        <form onSubmit={submit} noValidate className="form-column">
          {FIELDS.map((field) => (
            <Field
              key={field.name}
              label={t(field.label)}
              hint={field.hint ? t(field.hint) : undefined}
              error={errors[field.name]}
            >
              {(props) => (
                <input
                  {...props}
                  name={field.name}
                  type="password"
                  autoComplete={field.autoComplete}
                  value={values[field.name]}
                  onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
                />
              )}
            </Field>
          ))}
          <ErrorBox error={failure} />
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('account.save')}
            </button>
          </div>
          <p role="status">{message}</p>
        </form>
      </section>
    </>
  );
}
