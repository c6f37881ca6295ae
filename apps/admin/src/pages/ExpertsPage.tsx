import {
  type ExpertDetailResponse,
  type ExpertListResponse,
  expertCreateBodySchema,
  expertPatchBodySchema,
  fieldErrors,
} from '@regin/api-contract';
import { type LocalizedText, POLICY_AREAS, PRACTICE_TARGET_GROUPS } from '@regin/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { LocalizedTextInput } from '../LocalizedTextInput.js';
import type { LabelGroup } from '../labels.js';
import { ErrorBox, errorAt, Field, issuesToFields, Loading, useLoad } from '../ui.js';
import { ExpertPersonalData, ExpertPractices } from './ExpertExtras.js';

/** Who may edit an expert: the API's rule (unscoped staff, or an editor of the expert's region). */
function useMayEditExpert() {
  const { user, can } = useAuth();
  return (regionCode: string | null | undefined) =>
    can('coordinator', 'moderator') ||
    (!!user &&
      user.roles.includes('regional_editor') &&
      !!regionCode &&
      user.regions.some((region) => regionCode.startsWith(region)));
}

export function ExpertsPage() {
  const { t, href, label } = useI18n();
  const { user, can } = useAuth();
  const mayEdit = useMayEditExpert();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const { data, error, loading } = useLoad(
    () => api<ExpertListResponse>('GET', withQuery('/api/v1/experts', { q: query || undefined, limit: 100 })),
    [query],
  );
  const mayCreate = can('coordinator', 'moderator') || !!user?.roles.includes('regional_editor');
  // Set by the edit page after an erasure, which leaves the expert out of the list.
  const notice = (useLocation().state as { message?: string } | null)?.message;
  return (
    <>
      {notice ? <p role="status">{notice}</p> : null}
      <h1>{t('ex.title')}</h1>
      <div className="toolbar">
        <form
          aria-label={t('ex.search')}
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
        {mayCreate ? (
          <Link className="button primary" to={href('/experts/new')}>
            {t('ex.new')}
          </Link>
        ) : null}
      </div>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <table>
          <caption>{t('ex.count', { n: data.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ex.name')}</th>
              <th scope="col">{t('ex.organisation')}</th>
              <th scope="col">{t('as.region')}</th>
              <th scope="col">{t('pr.policyAreas')}</th>
              <th scope="col">{t('ex.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((expert) => (
              <tr key={expert.id}>
                <td>
                  {mayEdit(expert.regionCode) ? (
                    <Link to={href(`/experts/${expert.id}`)}>{expert.name}</Link>
                  ) : (
                    expert.name
                  )}
                  {expert.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
                </td>
                <td>{expert.organisation ?? ''}</td>
                <td>{expert.regionCode ?? ''}</td>
                <td>{expert.expertise.policyAreas.map((area) => label('area', area)).join(', ')}</td>
                <td>{expert.contactConsent ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

interface ExpertForm {
  name: string;
  organisation: string;
  regionCode: string;
  policyAreas: string[];
  targetGroups: string[];
  methods: string;
  languages: string;
  email: string;
  phone: string;
  contactConsent: boolean;
  illustrative: boolean;
  bio: LocalizedText | undefined;
}

const emptyForm: ExpertForm = {
  name: '',
  organisation: '',
  regionCode: '',
  policyAreas: [],
  targetGroups: [],
  methods: '',
  languages: '',
  email: '',
  phone: '',
  contactConsent: false,
  illustrative: false,
  bio: undefined,
};

const list = (text: string, transform: (item: string) => string = (item) => item) =>
  text
    .split(',')
    .map((item) => transform(item.trim()))
    .filter(Boolean);

function Choices({
  legend,
  group,
  values,
  value,
  onChange,
  error,
}: {
  legend: string;
  group: LabelGroup;
  values: readonly string[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
}) {
  const { label } = useI18n();
  return (
    <fieldset className={`choices${error ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="grid small">
        {values.map((item) => (
          <label key={item} className="choice">
            <input
              type="checkbox"
              value={item}
              checked={value.includes(item)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, item] : value.filter((existing) => existing !== item))
              }
            />{' '}
            {label(group, item)}
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

export function ExpertEditPage() {
  const { id } = useParams();
  const creating = !id;
  const navigate = useNavigate();
  const { t, href, lang } = useI18n();
  const mayEdit = useMayEditExpert();
  const { can } = useAuth();
  const loaded = useLoad(
    () =>
      creating
        ? Promise.resolve(undefined)
        : api<ExpertDetailResponse>('GET', `/api/v1/experts/${encodeURIComponent(id ?? '')}`),
    [id],
  );
  const [form, setForm] = useState<ExpertForm>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const expert = loaded.data;

  useEffect(() => {
    if (!expert) return;
    setForm({
      name: expert.name,
      organisation: expert.organisation ?? '',
      regionCode: expert.regionCode ?? '',
      policyAreas: expert.expertise.policyAreas,
      targetGroups: expert.expertise.targetGroups,
      methods: expert.expertise.methods.join(', '),
      languages: expert.languages.join(', '),
      email: expert.contact.email ?? '',
      phone: expert.contact.phone ?? '',
      contactConsent: expert.contactConsent,
      illustrative: expert.illustrative,
      bio: expert.bio as LocalizedText | undefined,
    });
  }, [expert]);

  if (!creating && loaded.loading && !expert) return <Loading />;
  if (!creating && (loaded.error || !expert)) {
    return (
      <>
        <h1>{t('ex.edit')}</h1>
        <ErrorBox error={loaded.error} />
      </>
    );
  }
  const set = (patch: Partial<ExpertForm>) => setForm((previous) => ({ ...previous, ...patch }));
  const editable = creating || mayEdit(expert?.regionCode);

  function body() {
    const contact = {
      ...(form.email.trim() ? { email: form.email.trim() } : {}),
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
    };
    const expertise = {
      policyAreas: form.policyAreas,
      targetGroups: form.targetGroups,
      methods: list(form.methods),
    };
    const bio = form.bio;
    return {
      name: form.name,
      regionCode: form.regionCode.trim().toUpperCase(),
      expertise,
      languages: list(form.languages, (item) => item.toLowerCase()),
      contact,
      contactConsent: form.contactConsent,
      illustrative: form.illustrative,
      ...(creating
        ? {
            ...(form.organisation.trim() ? { organisation: form.organisation.trim() } : {}),
            ...(bio ? { bio } : {}),
          }
        : { organisation: form.organisation.trim() || null, bio: bio ?? null }),
    };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setFailure(undefined);
    const parsed = creating
      ? expertCreateBodySchema.safeParse(body())
      : expertPatchBodySchema.safeParse(body());
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      if (creating) {
        const created = await api<ExpertDetailResponse>('POST', '/api/v1/experts', parsed.data);
        navigate(href(`/experts/${created.id}`));
      } else {
        await api('PATCH', `/api/v1/experts/${expert?.id}`, parsed.data);
        setMessage(t('ex.saved'));
        loaded.reload();
      }
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    }
  }

  async function remove() {
    if (!confirmDelete) {
      setConfirmDelete(true);
      return;
    }
    try {
      await api('DELETE', `/api/v1/experts/${expert?.id}`);
      navigate(href('/experts'));
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <>
      <p>
        <Link to={href('/experts')}>← {t('ex.title')}</Link>
      </p>
      <h1>
        {creating ? t('ex.new') : t('ex.editNamed', { name: expert?.name ?? '' })}
        {expert?.illustrative ? <span className="tag">{t('app.illustrative')}</span> : null}
      </h1>
      <form onSubmit={save} noValidate>
        <fieldset disabled={!editable} className="plain-fieldset">
          <div className="form-grid">
            <Field label={t('ex.name')} error={errors.name}>
              {(props) => (
                <input
                  {...props}
                  name="name"
                  value={form.name}
                  onChange={(e) => set({ name: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('ex.organisation')} error={errors.organisation}>
              {(props) => (
                <input
                  {...props}
                  name="organisation"
                  value={form.organisation}
                  onChange={(e) => set({ organisation: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('ex.region')} hint={t('ex.regionHint')} error={errors.regionCode}>
              {(props) => (
                <input
                  {...props}
                  name="regionCode"
                  value={form.regionCode}
                  onChange={(e) => set({ regionCode: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('ex.languages')}
              hint={t('ex.languagesHint')}
              error={errorAt(errors, 'languages')}
            >
              {(props) => (
                <input
                  {...props}
                  name="languages"
                  value={form.languages}
                  onChange={(e) => set({ languages: e.target.value })}
                />
              )}
            </Field>
          </div>
          <Choices
            legend={t('pr.policyAreas')}
            group="area"
            values={POLICY_AREAS}
            value={form.policyAreas}
            onChange={(policyAreas) => set({ policyAreas })}
            error={errorAt(errors, 'expertise.policyAreas')}
          />
          <Choices
            legend={t('pr.targetGroups')}
            group="targetGroup"
            values={PRACTICE_TARGET_GROUPS}
            value={form.targetGroups}
            onChange={(targetGroups) => set({ targetGroups })}
            error={errorAt(errors, 'expertise.targetGroups')}
          />
          <Field
            label={t('ex.methods')}
            hint={t('ex.methodsHint')}
            error={errorAt(errors, 'expertise.methods')}
          >
            {(props) => (
              <input
                {...props}
                name="methods"
                value={form.methods}
                onChange={(e) => set({ methods: e.target.value })}
              />
            )}
          </Field>
          <LocalizedTextInput
            label={t('ex.bio')}
            name="bio"
            rows={3}
            value={form.bio}
            fallbackLanguage={lang}
            errors={errors}
            path="bio"
            onChange={(bio) => set({ bio })}
          />
          <fieldset className="choices">
            <legend>{t('ex.contact')}</legend>
            <div className="form-grid">
              <Field label={t('auth.email')} error={errors['contact.email']}>
                {(props) => (
                  <input
                    {...props}
                    name="email"
                    type="email"
                    value={form.email}
                    onChange={(e) => set({ email: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('ex.phone')} error={errors['contact.phone']}>
                {(props) => (
                  <input
                    {...props}
                    name="phone"
                    type="tel"
                    value={form.phone}
                    onChange={(e) => set({ phone: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <label className="choice">
              <input
                type="checkbox"
                name="contactConsent"
                checked={form.contactConsent}
                onChange={(e) => set({ contactConsent: e.target.checked })}
              />{' '}
              {t('ex.consentLabel')}
            </label>
            <p className="hint">{t('ex.consentHint')}</p>
          </fieldset>
          <label className="choice">
            <input
              type="checkbox"
              name="illustrative"
              checked={form.illustrative}
              onChange={(e) => set({ illustrative: e.target.checked })}
            />{' '}
            {t('ex.illustrativeLabel')}
          </label>
          {errors[''] ? <p className="field-error">{errors['']}</p> : null}
          <ErrorBox error={failure} />
          {editable ? (
            <div className="buttons">
              <button type="submit" className="primary">
                {creating ? t('ex.create') : t('ex.save')}
              </button>
              {!creating ? (
                <button type="button" className="danger" onClick={() => void remove()}>
                  {confirmDelete ? t('ex.confirmDelete') : t('ex.delete')}
                </button>
              ) : null}
              <span role="status">{message}</span>
            </div>
          ) : null}
        </fieldset>
      </form>
      {expert ? (
        <ExpertPractices key={expert.id} expert={expert} editable={editable} onSaved={loaded.reload} />
      ) : null}
      {expert && can('admin') ? <ExpertPersonalData expertId={expert.id} name={expert.name} /> : null}
    </>
  );
}
