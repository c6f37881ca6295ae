import {
  fieldErrors,
  userCreateBodySchema,
  userListResponseSchema,
  userPatchBodySchema,
} from '@regin/api-contract';
import { ROLES, type Role, type User } from '@regin/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, errorAt, Field, issuesToFields, Loading, useLoad } from '../ui.js';

/** "ES51, it-f4" → ["ES51", "IT-F4"]… kept as typed apart from case and spaces, so the schema judges them. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

function RoleChoices({
  value,
  onChange,
  error,
  disabledRoles = [],
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  disabledRoles?: Role[];
}) {
  const { t, label } = useI18n();
  return (
    <fieldset className={`choices${error ? ' field-invalid' : ''}`}>
      <legend>{t('us.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="choice">
          <input
            type="checkbox"
            name="roles"
            value={role}
            checked={value.includes(role)}
            disabled={disabledRoles.includes(role)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...value, role] : value.filter((existing) => existing !== role),
              )
            }
          />{' '}
          {label('role', role)}
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

function CreateUser({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [regions, setRegions] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setFailure(undefined);
    const parsed = userCreateBodySchema.safeParse({
      email,
      name,
      password,
      roles,
      regions: splitCodes(regions),
    });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      const created = await api<User>('POST', '/api/v1/users', parsed.data);
      setMessage(t('us.created', { email: created.email }));
      setEmail('');
      setName('');
      setPassword('');
      setRoles([]);
      setRegions('');
      onCreated();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    }
  }

  return (
    <details className="card" open>
      <summary>{t('us.create')}</summary>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label={t('auth.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('us.name')} error={errors.name}>
          {(props) => <input {...props} name="name" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('auth.password')} hint={t('us.passwordHint')} error={errors.password}>
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <RoleChoices value={roles} onChange={setRoles} error={errors.roles} />
        <Field label={t('us.regions')} hint={t('us.regionsHint')} error={errorAt(errors, 'regions')}>
          {(props) => (
            <input {...props} name="regions" value={regions} onChange={(e) => setRegions(e.target.value)} />
          )}
        </Field>
        <ErrorBox error={failure} />
        <div className="buttons">
          <button type="submit" className="primary">
            {t('us.createButton')}
          </button>
          <span role="status">{message}</span>
        </div>
      </form>
    </details>
  );
}

function EditUser({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useI18n();
  const { user: me } = useAuth();
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [regions, setRegions] = useState(user.regions.join(', '));
  const [disabled, setDisabled] = useState(user.disabled);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const self = me?.id === user.id;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const codes = splitCodes(regions);
    const patch = {
      ...(name !== user.name ? { name } : {}),
      ...(roles.join() !== user.roles.join() ? { roles } : {}),
      ...(codes.join() !== user.regions.join() ? { regions: codes } : {}),
      ...(disabled !== user.disabled ? { disabled } : {}),
      ...(password ? { password } : {}),
    };
    const parsed = userPatchBodySchema.safeParse(patch);
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues);
      setErrors(Object.keys(patch).length === 0 ? { '': t('us.nothingChanged') } : fields);
      return;
    }
    if (roles.includes('regional_editor') && codes.length === 0) {
      setErrors({ regions: t('us.editorNeedsRegion') });
      return;
    }
    setErrors({});
    try {
      await api<User>('PATCH', `/api/v1/users/${user.id}`, parsed.data);
      onDone();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="edit-user">
      <h2 id="edit-user" tabIndex={-1} ref={heading}>
        {t('us.edit', { email: user.email })}
      </h2>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label={t('us.name')} error={errors.name}>
          {(props) => (
            <input {...props} name="edit-name" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <RoleChoices
          value={roles}
          onChange={setRoles}
          error={errors.roles}
          disabledRoles={self ? ['admin'] : []}
        />
        <Field label={t('us.regions')} hint={t('us.regionsHint')} error={errorAt(errors, 'regions')}>
          {(props) => (
            <input
              {...props}
              name="edit-regions"
              value={regions}
              onChange={(e) => setRegions(e.target.value)}
            />
          )}
        </Field>
        {self ? null : (
          <Field label={t('us.newPassword')} hint={t('us.newPasswordHint')} error={errors.password}>
            {(props) => (
              <input
                {...props}
                name="edit-password"
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
        )}
        <div className={`field${errors.disabled ? ' field-invalid' : ''}`}>
          <label className="choice">
            <input
              type="checkbox"
              name="disabled"
              checked={disabled}
              disabled={self}
              onChange={(e) => setDisabled(e.target.checked)}
            />{' '}
            {t('us.disabled')}
          </label>
          <p className="hint">{self ? t('us.selfHint') : t('us.disabledHint')}</p>
          {errors.disabled ? <p className="field-error">{errors.disabled}</p> : null}
        </div>
        {errors[''] ? <p className="field-error">{errors['']}</p> : null}
        <ErrorBox error={failure} />
        <div className="buttons">
          <button type="submit" className="primary">
            {t('us.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function UsersPage() {
  const { t, label } = useI18n();
  const { can } = useAuth();
  const { data, error, loading, reload } = useLoad(
    async () => userListResponseSchema.parse(await api('GET', '/api/v1/users')),
    [],
  );
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  if (!can('admin')) {
    return (
      <>
        <h1>{t('us.title')}</h1>
        <p>{t('app.forbidden')}</p>
      </>
    );
  }
  const current = data?.items.find((user) => user.id === editing);
  return (
    <>
      <h1>{t('us.title')}</h1>
      <CreateUser onCreated={reload} />
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      <p role="status">{message}</p>
      {current ? (
        <EditUser
          key={current.id}
          user={current}
          onDone={() => {
            setEditing(undefined);
            setMessage(t('us.saved', { email: current.email }));
            reload();
          }}
        />
      ) : null}
      {data ? (
        <table>
          <caption>{t('us.count', { n: data.items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('us.name')}</th>
              <th scope="col">{t('us.roles')}</th>
              <th scope="col">{t('us.regions')}</th>
              <th scope="col">{t('us.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('us.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((user) => (
              <tr key={user.id} className={user.disabled ? 'row-disabled' : undefined}>
                <td>{user.email}</td>
                <td>{user.name}</td>
                <td>{user.roles.map((role) => label('role', role)).join(', ')}</td>
                <td>{user.regions.join(', ') || '—'}</td>
                <td>{user.disabled ? t('us.isDisabled') : t('us.isActive')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setMessage('');
                      setEditing(user.id);
                    }}
                  >
                    {t('us.editShort')}
                    <span className="visually-hidden"> {user.email}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
