import { useSearchParams } from 'react-router';
import { type Expert, type FacetCount, qs, useJson, useRegionNames } from '../api.js';
import { FacetFilters, useFiltersOpen } from '../facets.js';
import { pick, useI18n } from '../i18n.js';
import { languageName } from '../names.js';
import { AppLink, IllustrativeNotice, Status, useUpdateParams } from '../ui.js';

const FACETS = ['policyArea', 'targetGroup', 'region', 'language'] as const;

export default function ExpertsPage() {
  const { t, lang, label } = useI18n();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters: Record<string, string> = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const experts = useJson<{ items: Expert[]; total: number; facets?: Record<string, FacetCount[]> }>(
    `/api/v1/experts${qs({ q, ...filters, limit: 100 })}`,
  );
  const updateParams = useUpdateParams();
  const data = experts.data;
  const [filtersOpen, setFiltersOpen] = useFiltersOpen();
  const names = useRegionNames([
    ...(filtersOpen ? (data?.facets?.region ?? []).slice(0, 10).map((entry) => entry.value) : []),
    ...(data?.items ?? []).flatMap((expert) => (expert.regionCode ? [expert.regionCode] : [])),
  ]);
  const facetLabel = (facet: string, value: string) =>
    facet === 'region'
      ? (names.get(value) ?? value)
      : facet === 'language'
        ? languageName(value, lang)
        : label(value);
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('expertsTitle')}</h1>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('q');
          updateParams({ q: typeof value === 'string' ? value.trim() : null });
        }}
      >
        <label htmlFor="expert-q">{t('searchExperts')}</label>
        <input id="expert-q" name="q" type="search" defaultValue={q} key={q} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <div className="search-layout">
        <FacetFilters
          facets={FACETS}
          counts={data?.facets}
          limit={10}
          open={filtersOpen}
          onOpenChange={setFiltersOpen}
          labelFor={facetLabel}
        />
        <section className="results" aria-live="polite">
          <Status loading={experts.loading && !data} error={experts.error} />
          <IllustrativeNotice show={data?.items.some((item) => item.illustrative)} />
          <ul className="result-list">
            {data?.items.map((expert) => (
              <li key={expert.id} className="result">
                <h2 className="h3">
                  <AppLink to={`/experts/${expert.id}`}>{expert.name}</AppLink>
                </h2>
                <p className="meta">
                  {[
                    expert.organisation,
                    expert.regionCode ? (names.get(expert.regionCode) ?? expert.regionCode) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {expert.bio && <p>{pick(expert.bio, lang)}</p>}
                <p className="meta">
                  {expert.expertise.policyAreas.map(label).join(', ')}
                  {expert.expertise.methods.length
                    ? ` · ${t('methods')}: ${expert.expertise.methods.join(', ')}`
                    : ''}
                  {` · ${t('languages')}: ${expert.languages.map((code) => languageName(code, lang)).join(', ')}`}
                </p>
                {expert.contact.email && (
                  <p>
                    {t('contact')}: <a href={`mailto:${expert.contact.email}`}>{expert.contact.email}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
