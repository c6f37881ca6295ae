import { fieldErrors, practiceCreateBodySchema, practicePatchBodySchema } from '@regin/api-contract';
import {
  AUTHORITY_ROLES,
  POLICY_AREAS,
  PRACTICE_RESULTS,
  PRACTICE_STATUSES,
  PRACTICE_TARGET_GROUPS,
} from '@regin/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import type { Loose } from '../types.js';
import { ErrorBox, Field, issuesToFields, Loading, StatusBadge, useLoad } from '../ui.js';

const TEXT_FIELDS = ['title', 'summary', 'description', 'lessons', 'transferability'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const LABELS: Record<TextField, MessageKey> = {
  title: 'pr.fieldTitle',
  summary: 'pr.summary',
  description: 'pr.description',
  lessons: 'pr.lessons',
  transferability: 'pr.transferability',
};
const EDIT_LANGUAGES = ['en', 'ca', 'es', 'fr', 'de', 'it', 'el', 'pt', 'sv'];

interface Texts {
  source: string;
  text: Record<string, string>;
}

interface FormState {
  slug: string;
  source: string;
  languages: string[];
  texts: Record<TextField, Record<string, string>>;
  regionCodes: string;
  policyAreas: string[];
  targetGroups: string[];
  authorityRole: string;
  start: string;
  status: string;
  result: string;
}

function emptyForm(region: string | undefined): FormState {
  return {
    slug: '',
    source: 'en',
    languages: ['en', 'ca'],
    texts: { title: {}, summary: {}, description: {}, lessons: {}, transferability: {} },
    regionCodes: region ?? '',
    policyAreas: [],
    targetGroups: [],
    authorityRole: 'leader',
    start: new Date().toISOString().slice(0, 10),
    status: 'ongoing',
    result: 'successful',
  };
}

function formOf(practice: Loose): FormState {
  const texts = {} as FormState['texts'];
  const languages = new Set<string>();
  let source = 'en';
  for (const field of TEXT_FIELDS) {
    const value = practice[field] as Texts | undefined;
    texts[field] = { ...(value?.text ?? {}) };
    for (const lang of Object.keys(value?.text ?? {})) languages.add(lang);
    if (field === 'title' && value) source = value.source;
  }
  const role = practice.authorityRole as { role?: string } | undefined;
  const period = practice.period as { start?: string } | undefined;
  return {
    slug: String(practice.slug ?? ''),
    source,
    languages: [source, ...[...languages].filter((lang) => lang !== source)],
    texts,
    regionCodes: ((practice.regionCodes as string[]) ?? []).join(', '),
    policyAreas: (practice.policyAreas as string[]) ?? [],
    targetGroups: (practice.targetGroups as string[]) ?? [],
    authorityRole: role?.role ?? 'leader',
    start: period?.start ?? '',
    status: String(practice.status ?? 'ongoing'),
    result: String(practice.result ?? 'successful'),
  };
}

function localizedOf(form: FormState, field: TextField): Texts | undefined {
  const text = Object.fromEntries(
    Object.entries(form.texts[field]).filter(
      ([lang, value]) => form.languages.includes(lang) && value.trim(),
    ),
  );
  if (Object.keys(text).length === 0) return undefined;
  return { source: form.source, text };
}

function contentOf(form: FormState) {
  const kind = (AUTHORITY_ROLES.direct as readonly string[]).includes(form.authorityRole)
    ? 'direct'
    : 'indirect';
  const content: Loose = {
    slug: form.slug,
    regionCodes: form.regionCodes
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    policyAreas: form.policyAreas,
    targetGroups: form.targetGroups,
    authorityRole: { kind, role: form.authorityRole },
    period: { start: form.start },
    status: form.status,
    result: form.result,
  };
  for (const field of TEXT_FIELDS) {
    const value = localizedOf(form, field);
    content[field] =
      field === 'lessons' || field === 'transferability'
        ? value
        : (value ?? { source: form.source, text: {} });
  }
  return content;
}

function display(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

function Versions({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const { data, error } = useLoad(
    () =>
      api<{ items: { version: number; at: string; data: Loose }[] }>(
        'GET',
        `/api/v1/practices/${id}/versions`,
      ),
    [id, version],
  );
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('pr.versions')}</h2>
      {data.items.map((item, index) => {
        const previous = data.items[index + 1]?.data;
        const changed = previous
          ? Object.keys({ ...previous, ...item.data }).filter(
              (key) =>
                !['id', 'version', 'updatedAt', 'createdAt'].includes(key) &&
                JSON.stringify(previous[key]) !== JSON.stringify(item.data[key]),
            )
          : [];
        return (
          <details key={item.version} open={index === 0 && changed.length > 0}>
            <summary>
              {t('pr.version', { n: item.version })} ·{' '}
              <time dateTime={item.at}>{item.at.slice(0, 16).replace('T', ' ')}</time>
              {changed.length ? ` · ${t('pr.changed')}: ${changed.join(', ')}` : ''}
            </summary>
            {changed.length ? (
              <table className="diff">
                <thead>
                  <tr>
                    <th scope="col">{t('pr.changed')}</th>
                    <th scope="col">{t('pr.before')}</th>
                    <th scope="col">{t('pr.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changed.map((key) => (
                    <tr key={key}>
                      <th scope="row">{key}</th>
                      <td className="del">
                        <pre>{display(previous?.[key])}</pre>
                      </td>
                      <td className="ins">
                        <pre>{display(item.data[key])}</pre>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </details>
        );
      })}
    </section>
  );
}

export function PracticeEditPage() {
  const { id } = useParams();
  const { t, lang, href, label } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const loaded = useLoad(
    () =>
      id ? api<Loose>('GET', `/api/v1/practices/${encodeURIComponent(id)}`) : Promise.resolve(undefined),
    [id],
  );
  const [form, setForm] = useState<FormState>(() => emptyForm(user?.regions[0]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (loaded.data) setForm(formOf(loaded.data));
  }, [loaded.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setMessage('');
    const content = contentOf(form);
    const parsed = loaded.data
      ? practicePatchBodySchema.safeParse({ ...content, version: loaded.data.version })
      : practiceCreateBodySchema.safeParse({ ...content, illustrative: false });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      const saved = loaded.data
        ? await api<Loose>('PATCH', `/api/v1/practices/${String(loaded.data.id)}`, parsed.data)
        : await api<Loose>('POST', '/api/v1/practices', parsed.data);
      setMessage(t('pr.saved', { n: String(saved.version) }));
      if (!loaded.data) navigate(href(`/practices/${String(saved.id)}`));
      else loaded.reload();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setError(caught);
    }
  }

  if (id && loaded.loading && !loaded.data) return <Loading />;
  if (id && loaded.error) return <ErrorBox error={loaded.error} />;
  const set = (patch: Partial<FormState>) => setForm((previous) => ({ ...previous, ...patch }));
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  return (
    <>
      <h1>
        {loaded.data ? `${t('pr.edit')}: ${localized(loaded.data.title, lang)}` : t('pr.new')}{' '}
        {loaded.data?.moderationStatus ? (
          <StatusBadge group="moderation" status={String(loaded.data.moderationStatus)} />
        ) : null}
      </h1>
      <form onSubmit={save} noValidate className="practice-form">
        <div className="row">
          <Field label={t('pr.slug')} error={errors.slug}>
            {(props) => (
              <input
                {...props}
                name="slug"
                value={form.slug}
                onChange={(e) => set({ slug: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('pr.source')}>
            {(props) => (
              <select
                {...props}
                name="source"
                value={form.source}
                onChange={(e) => set({ source: e.target.value })}
              >
                {form.languages.map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="langs">
            <legend>{t('pr.languages')}</legend>
            {EDIT_LANGUAGES.map((code) => (
              <label key={code}>
                <input
                  type="checkbox"
                  checked={form.languages.includes(code)}
                  disabled={code === form.source}
                  onChange={() => set({ languages: toggle(form.languages, code) })}
                />{' '}
                {code}
              </label>
            ))}
          </fieldset>
        </div>
        {TEXT_FIELDS.map((field) => (
          <fieldset key={field} className="multilingual">
            <legend>{t(LABELS[field])}</legend>
            {errors[field] ? <p className="field-error">{errors[field]}</p> : null}
            <div className="side-by-side">
              {form.languages.map((code) => (
                <Field
                  key={code}
                  label={`${t(LABELS[field])} (${code})`}
                  error={errors[`${field}.text.${code}`] ?? errors[`${field}.text`]}
                >
                  {(props) => {
                    const common = {
                      ...props,
                      name: `${field}-${code}`,
                      lang: code,
                      value: form.texts[field][code] ?? '',
                      onChange: (e: { target: { value: string } }) =>
                        set({
                          texts: { ...form.texts, [field]: { ...form.texts[field], [code]: e.target.value } },
                        }),
                    };
                    return field === 'title' ? (
                      <input {...common} />
                    ) : (
                      <textarea {...common} rows={field === 'description' ? 6 : 3} />
                    );
                  }}
                </Field>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="row">
          <Field label={t('pr.regions')} error={errors.regionCodes ?? errors['regionCodes.0']}>
            {(props) => (
              <input
                {...props}
                name="regionCodes"
                value={form.regionCodes}
                onChange={(e) => set({ regionCodes: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('pr.start')} error={errors['period.start'] ?? errors.period}>
            {(props) => (
              <input
                {...props}
                type="date"
                name="start"
                value={form.start}
                onChange={(e) => set({ start: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('pr.role')} error={errors['authorityRole.role']}>
            {(props) => (
              <select
                {...props}
                name="authorityRole"
                value={form.authorityRole}
                onChange={(e) => set({ authorityRole: e.target.value })}
              >
                {[...AUTHORITY_ROLES.direct, ...AUTHORITY_ROLES.indirect].map((role) => (
                  <option key={role} value={role}>
                    {label('authorityRole', role)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('pr.status')} error={errors.status}>
            {(props) => (
              <select
                {...props}
                name="status"
                value={form.status}
                onChange={(e) => set({ status: e.target.value })}
              >
                {PRACTICE_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {label('practice', value)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('pr.result')} error={errors.result}>
            {(props) => (
              <select
                {...props}
                name="result"
                value={form.result}
                onChange={(e) => set({ result: e.target.value })}
              >
                {PRACTICE_RESULTS.map((value) => (
                  <option key={value} value={value}>
                    {label('result', value)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="checks">
          <legend>{t('pr.policyAreas')}</legend>
          {POLICY_AREAS.map((area) => (
            <label key={area}>
              <input
                type="checkbox"
                checked={form.policyAreas.includes(area)}
                onChange={() => set({ policyAreas: toggle(form.policyAreas, area) })}
              />{' '}
              {t(`area.${area}` as MessageKey)}
            </label>
          ))}
          {errors.policyAreas ? <p className="field-error">{errors.policyAreas}</p> : null}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('pr.targetGroups')}</legend>
          {PRACTICE_TARGET_GROUPS.map((group) => (
            <label key={group}>
              <input
                type="checkbox"
                checked={form.targetGroups.includes(group)}
                onChange={() => set({ targetGroups: toggle(form.targetGroups, group) })}
              />{' '}
              {label('targetGroup', group)}
            </label>
          ))}
          {errors.targetGroups ? <p className="field-error">{errors.targetGroups}</p> : null}
        </fieldset>
        <ErrorBox error={error} />
        <button type="submit" className="primary">
          {t('pr.save')}
        </button>{' '}
        <span aria-live="polite">{message}</span>
      </form>
      {loaded.data ? <Versions id={String(loaded.data.id)} version={Number(loaded.data.version)} /> : null}
    </>
  );
}
