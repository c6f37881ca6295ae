import { useParams } from 'react-router';
import { type ExpertDetail, useJson, useRegionNames } from '../api.js';
import { pick, useI18n } from '../i18n.js';
import { languageName } from '../names.js';
import { AppLink, IllustrativeNotice, Section, Status } from '../ui.js';

/** One expert of the directory: profile, expertise, contact (only with consent) and linked practices. */
export default function ExpertPage() {
  const { id = '' } = useParams();
  const { t, lang, label } = useI18n();
  const expert = useJson<ExpertDetail>(`/api/v1/experts/${encodeURIComponent(id)}`);
  const data = expert.data;
  const names = useRegionNames([
    ...(data?.regionCode ? [data.regionCode] : []),
    ...(data?.practices.flatMap((practice) => practice.regionCodes) ?? []),
  ]);
  const regionName = (code: string) => names.get(code) ?? code;
  return (
    <div className="page expert-page">
      <p>
        <AppLink to="/experts">← {t('backToExperts')}</AppLink>
      </p>
      <Status loading={expert.loading && !data} error={expert.error} />
      {data && (
        <article>
          <h1 tabIndex={-1}>{data.name}</h1>
          <IllustrativeNotice show={data.illustrative} />
          <dl className="facts-grid">
            {data.organisation && (
              <>
                <dt>{t('organisation')}</dt>
                <dd>{data.organisation}</dd>
              </>
            )}
            {data.regionCode && (
              <>
                <dt>{t('region')}</dt>
                <dd>
                  <AppLink to={`/regions/${data.regionCode}`}>{regionName(data.regionCode)}</AppLink>
                </dd>
              </>
            )}
            <dt>{t('languages')}</dt>
            <dd>{data.languages.map((code) => languageName(code, lang)).join(', ')}</dd>
          </dl>
          {data.bio && <p className="lead">{pick(data.bio, lang)}</p>}
          <Section title={t('expertise')}>
            <dl className="facts-grid">
              {data.expertise.policyAreas.length > 0 && (
                <>
                  <dt>{t('policyAreas')}</dt>
                  <dd>{data.expertise.policyAreas.map(label).join(', ')}</dd>
                </>
              )}
              {data.expertise.targetGroups.length > 0 && (
                <>
                  <dt>{t('targetGroups')}</dt>
                  <dd>{data.expertise.targetGroups.map(label).join(', ')}</dd>
                </>
              )}
              {data.expertise.methods.length > 0 && (
                <>
                  <dt>{t('methods')}</dt>
                  <dd>{data.expertise.methods.join(', ')}</dd>
                </>
              )}
            </dl>
          </Section>
          <Section title={t('contact')}>
            {data.contact.email || data.contact.phone ? (
              <ul className="compact-list">
                {data.contact.email && (
                  <li>
                    <a href={`mailto:${data.contact.email}`}>{data.contact.email}</a>
                  </li>
                )}
                {data.contact.phone && (
                  <li>
                    {t('phone')}:{' '}
                    <a href={`tel:${data.contact.phone.replace(/\s+/g, '')}`}>{data.contact.phone}</a>
                  </li>
                )}
              </ul>
            ) : (
              <p>{t('noContact')}</p>
            )}
          </Section>
          <Section title={t('expertPractices')}>
            {data.practices.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul className="compact-list">
                {data.practices.map((practice) => (
                  <li key={practice.id}>
                    <AppLink to={`/practices/${practice.slug}`}>{pick(practice.title, lang)}</AppLink>{' '}
                    <span className="meta">
                      ({practice.regionCodes.map(regionName).join(', ')}
                      {practice.result ? ` · ${label(practice.result)}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </article>
      )}
    </div>
  );
}
