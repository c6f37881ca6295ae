import { startTransition, useEffect, useMemo, useState } from 'react';
import type { LocalisedText } from './i18n.js';

/** Query string from a record; undefined, null, '' and empty arrays are skipped, arrays are repeated keys. */
export function qs(query: Record<string, string | number | readonly string[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const cache = new Map<string, Promise<unknown>>();

export function getJson<T>(url: string): Promise<T> {
  const hit = cache.get(url);
  if (hit) return hit as Promise<T>;
  const promise = fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).then(
    async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return (await response.json()) as T;
    },
  );
  cache.set(url, promise);
  promise.catch(() => cache.delete(url));
  return promise;
}

export interface Loadable<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** Fetches `url` (null: nothing) and keeps the last answer while the next one loads. */
export function useJson<T>(url: string | null): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({
    data: undefined,
    error: undefined,
    loading: url !== null,
  });
  useEffect(() => {
    if (url === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    // Answers render as transitions: React renders them in slices of a few ms instead of one long task.
    getJson<T>(url).then(
      (data) => live && startTransition(() => setState({ data, error: undefined, loading: false })),
      (error: Error) => live && startTransition(() => setState({ data: undefined, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

// ---- response shapes (the slices the map reads; full schemas in @regin/api-contract) ----

export interface ScoreCell {
  value: number | null;
  answered: number;
  total: number;
}

export interface ScoreContext {
  framework: { id: string; version: string };
  round: number | null;
  rounds: number[];
  illustrative: boolean;
}

export interface ScoreMatrix {
  context: ScoreContext;
  matrix: {
    round: number;
    by: string[];
    regions: string[];
    cells: Record<string, Record<string, ScoreCell>>;
  };
}

export interface Ranking {
  context: ScoreContext;
  items: { regionCode: string; value: number | null; rank: number | null }[];
}

export interface Gaps {
  indicator: string;
  year: number;
  illustrative: boolean;
  items: { regionCode: string; a: number | null; b: number | null; gap: number | null }[];
}

export interface Region {
  code: string;
  name: string;
  nativeName: string | null;
  country: string;
  level: number;
  parent: string | null;
  networkRole: string | null;
  illustrative?: boolean;
}

export interface Comparison {
  value: number | null;
  rank: number | null;
  of: number;
  mean: number | null;
  peerMean: number | null;
}

export interface AxisScore {
  score: ScoreCell;
  change: { absolute: number | null } | null;
  comparison: Comparison | null;
}

export interface StrengthItem {
  axis: string;
  value: string;
  score: number;
  average: number;
  difference: number;
}

export interface RegionScores {
  context: ScoreContext;
  region: { code: string; country: string };
  previousRound: number | null;
  overall: AxisScore;
  byAxis: Record<string, Record<string, AxisScore>>;
  strengths: StrengthItem[];
  weaknesses: StrengthItem[];
}

export interface PracticeSummary {
  id: string;
  slug: string;
  title: LocalisedText;
  summary: LocalisedText;
  snippet?: string | null;
  regionCodes: string[];
  countries: string[];
  policyAreas: string[];
  targetGroups: string[];
  result: string;
  status: string;
  year: number | null;
  location: { lat: number; lon: number } | null;
  illustrative: boolean;
}

/** `/api/v1/practices.geojson`: published practices with a location, titles in the asked language. */
export interface PracticeFeatures {
  type: 'FeatureCollection';
  features: {
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: {
      slug: string;
      title: string;
      regions: string[];
      policyAreas: string[];
      result: string | null;
      status: string | null;
      year: number | null;
      illustrative: boolean;
    };
  }[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PracticeSearch {
  items: PracticeSummary[];
  total: number;
  facets: Record<string, FacetCount[]>;
  next: string | null;
  didYouMean: string | null;
  fuzzy: boolean;
}

export interface Practice extends PracticeSummary {
  description: LocalisedText | null;
  lessons: LocalisedText | null;
  transferability: LocalisedText | null;
  stakeholders: { kind: string; name: string; role?: string }[];
  fundingSources: { kind: string; name: string }[];
  period: { start?: string | null; end?: string | null } | null;
  links: { url: string; label?: string }[];
  languages: string[];
}

export interface Expert {
  id: string;
  name: string;
  organisation: string | null;
  regionCode: string | null;
  expertise: { policyAreas: string[]; targetGroups: string[]; methods: string[] };
  languages: string[];
  contact: { email?: string; phone?: string };
  bio: LocalisedText | null;
  illustrative: boolean;
}

export interface Action {
  id: string;
  regionCode: string;
  title: LocalisedText;
  summary: LocalisedText | null;
  status?: string;
  illustrative?: boolean;
}

export interface Page<T> {
  items: T[];
  total?: number;
}

export const SCORE_AXES = ['policy_area', 'governance_element', 'policy_cycle', 'target_group'] as const;
/**
 * The values of each axis in the MIPEX-R frameworks (indicator choices; room kept while scores load). The same
 * lists as `MIPEX_R_AXES` of `@regin/domain`, not imported from there: that module would bring zod into the bundle.
 */
export const AXIS_VALUES: Record<(typeof SCORE_AXES)[number], readonly string[]> = {
  policy_area: [
    'labour_market',
    'education',
    'health',
    'housing',
    'language',
    'culture_religion',
    'social_security',
    'anti_discrimination',
  ],
  governance_element: ['actions', 'actors_relations', 'resources'],
  policy_cycle: ['formulation', 'policy_output', 'implementation', 'evaluation'],
  target_group: ['tcn', 'bip'],
};
export const OUTCOME_INDICATORS = ['OUT-ACT', 'OUT-AROPE', 'OUT-ELET'] as const;

const NETWORK_URL = '/api/v1/regions?networkRole=any&limit=200';

/** The network regions (names, countries), fetched once. */
export function useRegions(): Map<string, Region> {
  const { data } = useJson<Page<Region>>(NETWORK_URL);
  // Derived during render, not in an effect: one render fewer when the list arrives.
  return useMemo(() => new Map((data?.items ?? []).map((region) => [region.code, region])), [data]);
}

/**
 * Names of any regions by code (network or not): the network's regions come from one cached list, the others
 * from one small cached request each. Codes whose name is not known yet are missing from the map.
 */
export function useRegionNames(codes: readonly string[]): Map<string, string> {
  const key = [...new Set(codes)].sort().join(',');
  const [names, setNames] = useState(() => new Map<string, string>());
  useEffect(() => {
    if (!key) return;
    let live = true;
    const wanted = key.split(',');
    getJson<Page<Region>>(NETWORK_URL)
      .then(
        (network) => network.items,
        () => [] as Region[],
      )
      .then((network) => {
        const known = new Map(network.map((region) => [region.code, region.name]));
        return Promise.all(
          wanted.map((code) => {
            const name = known.get(code);
            if (name) return [code, name] as const;
            return getJson<Region>(`/api/v1/regions/${encodeURIComponent(code)}`).then(
              (region) => [code, region.name] as const,
              () => [code, code] as const,
            );
          }),
        );
      })
      .then((pairs) => {
        if (live) startTransition(() => setNames(new Map(pairs)));
      });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

export interface ExpertDetail extends Expert {
  practiceIds: string[];
  practices: {
    id: string;
    slug: string;
    title: LocalisedText;
    regionCodes: string[];
    result: string | null;
  }[];
}

// ---- toolkit (`GET /api/v1/toolkit/modules`, `/modules/{slug}`; shapes from @regin/toolkit) ----

export interface ToolkitTrack {
  id: 'stakeholders' | 'regional_staff';
  title: string;
  description: string;
  language: string;
  modules: string[];
  durationMinutes: number;
  completeLanguages: string[];
}

export interface ToolkitModuleItem {
  slug: string;
  track: ToolkitTrack['id'];
  title: string;
  durationMinutes: number;
  language: string;
  isFallback: boolean;
  outdated: boolean;
}

export interface ToolkitList {
  tracks: ToolkitTrack[];
  items: ToolkitModuleItem[];
}

export interface ToolkitActivity {
  title: string;
  kind: string;
  durationMinutes: number;
  description: string;
}

export interface ToolkitModule {
  slug: string;
  track: ToolkitTrack['id'];
  version: string;
  language: string;
  title: string;
  objectives: string[];
  durationMinutes: number;
  audience: string;
  sessions: { title: string; durationMinutes: number; activities: ToolkitActivity[] }[];
  facilitatorNotes: string;
  resources: { title: string; url?: string }[];
  quiz: { question: string; options: string[]; answerIndex: number; explanation?: string }[];
}

export interface ToolkitModuleLookup {
  module: ToolkitModule;
  language: string;
  requestedLanguage: string;
  isFallback: boolean;
  outdated: boolean;
  source: { language: string; version: string };
}

/**
 * `value`, one macrotask later: the parts of a page that use it render in a commit of their own instead of
 * joining the one that brought the data (useDeferredValue does not split renders that are already transitions,
 * and every API answer here renders as one).
 */
export function useStaged<T>(value: T, initial: T): T {
  const [staged, setStaged] = useState<T>(initial);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setStaged(() => value)), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return staged;
}
