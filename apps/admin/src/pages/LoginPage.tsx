import { fieldErrors, loginBodySchema } from '@regin/api-contract';
import { type FormEvent, useState } from 'react';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, Field, issuesToFields } from '../ui.js';

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const parsed = loginBodySchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await login(email, password);
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <h1>{t('app.title')}</h1>
      <p>{t('auth.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('auth.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')} error={errors.password}>
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <ErrorBox error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}
