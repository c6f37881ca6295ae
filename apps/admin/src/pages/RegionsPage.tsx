import { fieldErrors, type RegionPatchBody, regionPatchBodySchema } from '@regin/api-contract';
import { NETWORK_ROLES, POLICY_AREAS, type RegionCompetence } from '@regin/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { client } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import { COMPETENCE_LEVELS } from '../labels.js';
import { ErrorBox, Field, issuesToFields, Loading, useLoad } from '../ui.js';

export function RegionsPage() {
  const { t, href, label } = useI18n();
  const { data, error, loading } = useLoad(() => client.listRegions({ networkRole: 'any', limit: 500 }), []);
  return (
    <>
      <h1>{t('rg.title')}</h1>
      {loading ? <Loading /> : null}
      <ErrorBox error={error} />
      {data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rg.code')}</th>
              <th scope="col">{t('rg.name')}</th>
              <th scope="col">{t('rg.country')}</th>
              <th scope="col">{t('rg.role')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((region) => (
              <tr key={region.code}>
                <td>
                  <Link to={href(`/regions/${region.code}`)}>{region.code}</Link>
                </td>
                <td>{region.name}</td>
                <td>{region.country}</td>
                <td>{region.networkRole ? label('networkRole', region.networkRole) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

type Level = RegionCompetence['level'];

export function RegionPage() {
  const { code = '' } = useParams();
  const { t, lang, label } = useI18n();
  const { can, mayEditRegion } = useAuth();
  const { data, error, loading, reload } = useLoad(() => client.getRegion(code), [code]);
  const [website, setWebsite] = useState('');
  const [description, setDescription] = useState('');
  const [levels, setLevels] = useState<Record<string, Level | ''>>({});
  const [networkRole, setNetworkRole] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!data) return;
    setWebsite(data.profile.website ?? '');
    setDescription(localized(data.profile.description, lang));
    setLevels(Object.fromEntries(data.competences.map((c) => [c.policyArea, c.level])));
    setNetworkRole(data.networkRole ?? '');
  }, [data, lang]);

  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} />;
  const editable = mayEditRegion(data.code);
  const coordinating = can('coordinator');

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!data) return;
    setMessage('');
    setSaveError(undefined);
    const descriptionLang = data.profile.description?.source ?? lang;
    const patch: RegionPatchBody = {
      profile: {
        ...data.profile,
        ...(website ? { website } : { website: undefined }),
        ...(description.trim()
          ? {
              description: {
                source: descriptionLang,
                text: { ...(data.profile.description?.text ?? {}), [descriptionLang]: description },
              },
            }
          : {}),
      },
      competences: Object.entries(levels)
        .filter((entry): entry is [RegionCompetence['policyArea'], Level] => !!entry[1])
        .map(([policyArea, level]) => ({ policyArea, level })),
      ...(coordinating ? { networkRole: (networkRole || null) as RegionPatchBody['networkRole'] } : {}),
    };
    const parsed = regionPatchBodySchema.safeParse(patch);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      await client.patchRegion(data.code, parsed.data);
      setMessage(t('rg.saved'));
      reload();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setSaveError(caught);
    }
  }

  return (
    <>
      <h1>
        {data.code} · {data.name}
      </h1>
      <form onSubmit={save} noValidate>
        <fieldset disabled={!editable}>
          <Field label={t('rg.website')} error={errors['profile.website']}>
            {(props) => (
              <input
                {...props}
                name="website"
                type="url"
                value={website}
                onChange={(e) => setWebsite(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('rg.summary')}
            error={errors['profile.description'] ?? errors['profile.description.text']}
          >
            {(props) => (
              <textarea
                {...props}
                name="description"
                rows={4}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <fieldset>
            <legend>{t('rg.competences')}</legend>
            <div className="grid small">
              {POLICY_AREAS.map((area) => (
                <Field key={area} label={t(`area.${area}` as MessageKey)}>
                  {(props) => (
                    <select
                      {...props}
                      value={levels[area] ?? ''}
                      onChange={(e) => setLevels({ ...levels, [area]: e.target.value as Level | '' })}
                    >
                      <option value="">—</option>
                      {COMPETENCE_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {label('competence', level)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </div>
            {errors.competences ? <p className="field-error">{errors.competences}</p> : null}
          </fieldset>
          {coordinating ? (
            <Field label={t('rg.role')} error={errors.networkRole}>
              {(props) => (
                <select {...props} value={networkRole} onChange={(e) => setNetworkRole(e.target.value)}>
                  <option value="">—</option>
                  {NETWORK_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {label('networkRole', role)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <p>
              {t('rg.role')}: {data.networkRole ? label('networkRole', data.networkRole) : '—'}
            </p>
          )}
          <ErrorBox error={saveError} />
          {editable ? (
            <button type="submit" className="primary">
              {t('rg.save')}
            </button>
          ) : null}{' '}
          <span aria-live="polite">{message}</span>
        </fieldset>
      </form>
    </>
  );
}
