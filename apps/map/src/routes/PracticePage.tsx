import { useParams } from 'react-router';
import {
  type Expert,
  type Page,
  type Practice,
  type PracticeSummary,
  useJson,
  useRegionNames,
} from '../api.js';
import { type LocalisedText, pick, textState, useI18n } from '../i18n.js';
import { AppLink, IllustrativeNotice, Section, Status, TranslationNotice } from '../ui.js';

export default function PracticePage() {
  const { slug = '' } = useParams();
  const { t, lang, label, date } = useI18n();
  // Texts shown in another language say so, for screen readers' pronunciation (WCAG 3.1.2).
  const shownIn = (value: LocalisedText | null | undefined) =>
    value ? textState(value, lang).shown : undefined;
  const practice = useJson<Practice>(`/api/v1/practices/${encodeURIComponent(slug)}`);
  const data = practice.data;
  const similar = useJson<Page<PracticeSummary>>(data ? `/api/v1/practices/${data.id}/similar` : null);
  const names = useRegionNames(data?.regionCodes ?? []);
  // The experts linked to this practice: the directory lists each expert's linked (published) practices.
  const experts = useJson<Page<Expert & { practiceIds: string[] }>>(
    data ? '/api/v1/experts?limit=100' : null,
  );
  const linkedExperts = (experts.data?.items ?? []).filter(
    (expert) => data && expert.practiceIds.includes(data.id),
  );
  return (
    <div className="page practice-page">
      <p>
        <AppLink to="/practices">← {t('backToPractices')}</AppLink>
      </p>
      <Status loading={practice.loading && !data} error={practice.error} />
      {data && (
        <article>
          <h1 tabIndex={-1} lang={shownIn(data.title)}>
            {pick(data.title, lang)}
          </h1>
          <IllustrativeNotice show={data.illustrative} />
          <TranslationNotice
            texts={[data.title, data.summary, data.lessons, data.transferability, data.description]}
          />
          <p className="lead" lang={shownIn(data.summary)}>
            {pick(data.summary, lang)}
          </p>
          {data.lessons && (
            <Section title={t('lessons')}>
              <p lang={shownIn(data.lessons)}>{pick(data.lessons, lang)}</p>
            </Section>
          )}
          {data.transferability && (
            <Section title={t('transferability')}>
              <p lang={shownIn(data.transferability)}>{pick(data.transferability, lang)}</p>
            </Section>
          )}
          {data.description && (
            <Section title={t('description')}>
              <p lang={shownIn(data.description)}>{pick(data.description, lang)}</p>
            </Section>
          )}
          <Section title={t('facet_status')}>
            <dl className="facts-grid">
              <dt>{t('regions')}</dt>
              <dd>
                {data.regionCodes.map((code, index) => (
                  <span key={code}>
                    {index > 0 ? ', ' : ''}
                    <AppLink to={`/regions/${code}`}>{names.get(code) ?? code}</AppLink>
                  </span>
                ))}
              </dd>
              <dt>{t('policyAreas')}</dt>
              <dd>{data.policyAreas.map(label).join(', ')}</dd>
              <dt>{t('targetGroups')}</dt>
              <dd>{data.targetGroups.map(label).join(', ')}</dd>
              <dt>{t('result')}</dt>
              <dd>{label(data.result)}</dd>
              <dt>{t('status')}</dt>
              <dd>{label(data.status)}</dd>
              {data.period?.start && (
                <>
                  <dt>{t('period')}</dt>
                  <dd>
                    {date(data.period.start)}
                    {data.period.end ? ` – ${date(data.period.end)}` : ''}
                  </dd>
                </>
              )}
              {data.stakeholders.length > 0 && (
                <>
                  <dt>{t('stakeholders')}</dt>
                  <dd>{data.stakeholders.map((item) => item.name).join('; ')}</dd>
                </>
              )}
              {data.fundingSources.length > 0 && (
                <>
                  <dt>{t('funding')}</dt>
                  <dd>{data.fundingSources.map((item) => item.name).join('; ')}</dd>
                </>
              )}
            </dl>
          </Section>
          {linkedExperts.length > 0 && (
            <Section title={t('practiceExperts')}>
              <ul className="compact-list">
                {linkedExperts.map((expert) => (
                  <li key={expert.id}>
                    <AppLink to={`/experts/${expert.id}`}>{expert.name}</AppLink>
                    {expert.organisation ? <span className="meta"> · {expert.organisation}</span> : null}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={t('similar')}>
            <ul className="compact-list">
              {similar.data?.items.map((item) => (
                <li key={item.id}>
                  <AppLink to={`/practices/${item.slug}`}>{pick(item.title, lang)}</AppLink>
                </li>
              ))}
            </ul>
          </Section>
        </article>
      )}
    </div>
  );
}
