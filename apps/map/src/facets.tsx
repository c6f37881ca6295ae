import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FacetCount } from './api.js';
import { type MessageKey, useI18n } from './i18n.js';
import { useUpdateParams } from './ui.js';

/**
 * Whether the filter panel starts open: beside the results on wide screens, folded on narrow ones so that
 * their arrival after the first paint moves nothing.
 */
export function useFiltersOpen() {
  return useState(() => window.matchMedia('(min-width: 800px)').matches);
}

/** The values chosen for a facet, kept in the URL as a comma-separated list. */
export function chosenValues(params: URLSearchParams, facet: string): string[] {
  return (params.get(facet) ?? '').split(',').filter(Boolean);
}

/**
 * The facet checkboxes of a search page (OR within a facet, AND across, as the API counts them). Each change is
 * a new URL, so a filtered view can be shared and the back button undoes a tick.
 */
export function FacetFilters({
  facets,
  counts,
  limit,
  open,
  onOpenChange,
  labelFor,
}: {
  facets: readonly string[];
  counts: Record<string, FacetCount[]> | undefined;
  limit: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  labelFor: (facet: string, value: string) => string;
}) {
  const { t, num } = useI18n();
  const [params] = useSearchParams();
  const active = facets.some((facet) => params.has(facet));
  const update = useUpdateParams();
  return (
    <details
      className="facets"
      open={open || undefined}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>
        <h2>{t('filters')}</h2>
      </summary>
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => update(Object.fromEntries(facets.map((facet) => [facet, null])))}
        >
          {t('clearFilters')}
        </button>
      )}
      {/* Folded filters are not built at all: a few hundred fewer nodes on a phone's first view. */}
      {open &&
        facets.map((facet) => {
          const entries = counts?.[facet] ?? [];
          if (entries.length === 0) return null;
          const chosen = chosenValues(params, facet);
          return (
            <fieldset key={facet}>
              <legend>{t(`facet_${facet}` as MessageKey)}</legend>
              <ul>
                {entries.slice(0, limit).map((entry) => (
                  <li key={entry.value}>
                    <label>
                      <input
                        type="checkbox"
                        name={facet}
                        value={entry.value}
                        checked={chosen.includes(entry.value)}
                        onChange={(event) => {
                          const updated = event.target.checked
                            ? [...chosen, entry.value]
                            : chosen.filter((item) => item !== entry.value);
                          update({ [facet]: updated.join(',') || null });
                        }}
                      />{' '}
                      {labelFor(facet, entry.value)} <span className="count">({num(entry.count, 0)})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
    </details>
  );
}
