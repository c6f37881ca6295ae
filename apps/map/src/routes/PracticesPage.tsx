import { useEffect, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getJson, type PracticeSearch, type PracticeSummary, qs, useJson, useRegionNames } from '../api.js';
import { chosenValues, FacetFilters, useFiltersOpen } from '../facets.js';
import { type LocalisedText, type MessageKey, pick, textState, useI18n } from '../i18n.js';
import { countryName, languageName } from '../names.js';
import { AppLink, IllustrativeNotice, Status, useKeep, useUpdateParams } from '../ui.js';

const FACETS = [
  'policyArea',
  'targetGroup',
  'country',
  'region',
  'result',
  'status',
  'authorityRole',
  'criteria',
  'year',
  'language',
] as const;

/** Facets whose values are codes the interface has labels for. */
const LABELLED = new Set(['policyArea', 'targetGroup', 'result', 'status', 'authorityRole', 'criteria']);

interface Suggestions {
  titles: { id: string; slug: string; title: LocalisedText }[];
  regions: { code: string; name: string }[];
  tags: { facet: string; value: string }[];
}

type Suggestion = { key: string; label: string; kind: 'title' | 'region' | 'tag'; apply: () => void };

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t, lang, label } = useI18n();
  const navigate = useNavigate();
  const keep = useKeep();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(initial);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const listId = useId();
  useEffect(() => setText(initial), [initial]);
  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || query === initial) {
      setItems((previous) => (previous.length === 0 ? previous : []));
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      getJson<Suggestions>(`/api/v1/practices/autocomplete${qs({ q: query })}`).then(
        (data) => {
          if (!live) return;
          const addFacet = (facet: string, value: string) => {
            const next = new URLSearchParams(params);
            const current = chosenValues(next, facet);
            if (!current.includes(value)) next.set(facet, [...current, value].join(','));
            next.delete('q');
            setParams(next);
            setText('');
          };
          setItems([
            ...data.titles.slice(0, 5).map((item) => ({
              key: `t:${item.id}`,
              label: pick(item.title, lang),
              kind: 'title' as const,
              apply: () => navigate(keep(`/practices/${item.slug}`)),
            })),
            ...data.tags.map((item) => ({
              key: `g:${item.facet}:${item.value}`,
              label: `${t(`facet_${item.facet}` as MessageKey)}: ${label(item.value)}`,
              kind: 'tag' as const,
              apply: () => addFacet(item.facet, item.value),
            })),
            ...data.regions.slice(0, 3).map((item) => ({
              key: `r:${item.code}`,
              label: `${t('region')}: ${item.name}`,
              kind: 'region' as const,
              apply: () => addFacet('region', item.code),
            })),
          ]);
          setActive(-1);
        },
        () => undefined,
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, initial, params, setParams, navigate, keep, lang, t, label]);
  const open = items.length > 0;
  return (
    <form
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = items[active];
        setItems([]);
        if (chosen) chosen.apply();
        else onSearch(text.trim());
      }}
    >
      <label htmlFor="practice-q">{t('search')}</label>
      <div className="combo">
        <input
          id="practice-q"
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (!open) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((index) => Math.min(items.length - 1, index + 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(-1, index - 1));
            } else if (event.key === 'Escape') {
              setItems([]);
            }
          }}
          onBlur={() => setTimeout(() => setItems([]), 200)}
        />
        <div id={listId} role="listbox" className="suggestions" hidden={!open} aria-label={t('search')}>
          {items.map((item, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
            <div
              key={item.key}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setItems([]);
                item.apply();
              }}
            >
              {item.label}
            </div>
          ))}
        </div>
      </div>
      <button type="submit">{t('searchButton')}</button>
    </form>
  );
}

function PracticeCard({ practice, names }: { practice: PracticeSummary; names: Map<string, string> }) {
  const { t, lang, label } = useI18n();
  // A practice not written in the reader's language says which one it is shown in.
  const shown = textState(practice.title, lang);
  const meta = [
    practice.regionCodes.map((code) => names.get(code) ?? code).join(', '),
    practice.policyAreas.map(label).join(', '),
    practice.year ? String(practice.year) : '',
    practice.result ? label(practice.result) : '',
    shown.state === 'fallback' ? t('inLanguage', { language: languageName(shown.shown, lang, true) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="result">
      <h3>
        <AppLink to={`/practices/${practice.slug}`} lang={shown.shown}>
          {pick(practice.title, lang)}
        </AppLink>
      </h3>
      {practice.snippet ? (
        // The API escapes the text and adds only <mark>: the one field rendered as HTML.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: safe HTML from the API's ts_headline
        <p className="snippet" dangerouslySetInnerHTML={{ __html: practice.snippet }} />
      ) : (
        <p className="snippet" lang={textState(practice.summary, lang).shown}>
          {pick(practice.summary, lang)}
        </p>
      )}
      <p className="meta">{meta}</p>
    </li>
  );
}

export default function PracticesPage() {
  const { t, label, num, lang } = useI18n();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters: Record<string, string> = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const filterQuery = qs({ q, ...filters, lang: q ? lang : undefined });
  const first = useJson<PracticeSearch>(`/api/v1/practices${filterQuery}${filterQuery ? '&' : '?'}limit=20`);
  const [more, setMore] = useState<{ items: PracticeSummary[]; next: string | null; base: string }>({
    items: [],
    next: null,
    base: '',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const extra = more.base === filterQuery ? more.items : [];
  const next = more.base === filterQuery && more.items.length > 0 ? more.next : (first.data?.next ?? null);
  const items = [...(first.data?.items ?? []), ...extra];

  const set = useUpdateParams();
  const data = first.data;

  const facetLabel = (facet: string, value: string) => {
    if (LABELLED.has(facet)) return label(value);
    if (facet === 'country') return countryName(value, lang);
    if (facet === 'language') return languageName(value, lang);
    if (facet === 'region') return names.get(value) ?? value;
    return value;
  };
  const [filtersOpen, setFiltersOpen] = useFiltersOpen();
  const names = useRegionNames([
    ...(filtersOpen ? (data?.facets.region ?? []).slice(0, 12).map((entry) => entry.value) : []),
    ...items.flatMap((item) => item.regionCodes),
  ]);
  return (
    <div className="page practices-page">
      <h1 tabIndex={-1}>{t('practicesTitle')}</h1>
      <SearchBox initial={q} onSearch={(value) => set({ q: value || null })} />
      <div className="search-layout">
        <FacetFilters
          facets={FACETS}
          counts={data?.facets}
          limit={12}
          open={filtersOpen}
          onOpenChange={setFiltersOpen}
          labelFor={facetLabel}
        />
        <section className="results" aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            {data ? t('results', { count: num(data.total, 0) }) : t('loading')}
          </h2>
          <p>
            <a href={`/api/v1/practices.csv${qs({ q, ...filters, lang: q ? lang : undefined })}`} download>
              {t('downloadCsv')}
            </a>
          </p>
          <Status error={first.error} />
          <IllustrativeNotice show={items.some((item) => item.illustrative)} />
          {data?.didYouMean && (
            <p className="did-you-mean">
              {data.fuzzy ? t('fuzzyNote') : t('didYouMean')}{' '}
              <button type="button" className="link-button" onClick={() => set({ q: data.didYouMean })}>
                {data.didYouMean}
              </button>
              {data.fuzzy ? '' : '?'}
            </p>
          )}
          <ol className="result-list">
            {items.map((practice) => (
              <PracticeCard key={practice.id} practice={practice} names={names} />
            ))}
          </ol>
          {next && (
            <button
              type="button"
              disabled={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                getJson<PracticeSearch>(
                  `/api/v1/practices${filterQuery}${filterQuery ? '&' : '?'}limit=20&cursor=${encodeURIComponent(next)}`,
                )
                  .then((page) =>
                    setMore({ items: [...extra, ...page.items], next: page.next, base: filterQuery }),
                  )
                  .finally(() => setLoadingMore(false));
              }}
            >
              {t('loadMore')}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
