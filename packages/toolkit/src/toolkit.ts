import { TOOLKIT_TRACKS, type ToolkitModule, type ToolkitTrack } from '@regin/domain';
import { compareVersions } from './semver.js';
import type { ModuleFile, ToolkitContent, TrackDefinition } from './types.js';

/** A module as found for a requested language. */
export interface ModuleLookup {
  module: ToolkitModule;
  /** The language of `module`: the requested one, or the fallback used. */
  language: string;
  requestedLanguage: string;
  /** True when the requested language was missing and a fallback language was used. */
  isFallback: boolean;
  /** True when `module` is a translation whose `sourceVersion` is older than the source module's version. */
  outdated: boolean;
  /** The source module's language and version (equal to `module`'s own for the source). */
  source: { language: string; version: string };
  /** The content file the module came from, e.g. `content/stakeholders/mipex-r-results/ca.md`. */
  file: string;
}

export interface GetModuleOptions {
  /** Languages tried in order when the requested one is missing; default `['en']`. `[]` asks for the exact language. */
  fallback?: readonly string[];
}

export interface ListModulesOptions {
  track?: ToolkitTrack;
  /** Only modules in this language (with `fallback`, modules in a fallback language too). Default: each module's source. */
  language?: string;
  /** Languages tried when a module is missing in `language`; default none. */
  fallback?: readonly string[];
}

/** A track for display: texts in the requested language (falling back to English) and its modules in order. */
export interface TrackSummary {
  id: ToolkitTrack;
  title: string;
  description: string;
  /** The language the title and description are in. */
  language: string;
  modules: readonly string[];
  /** Total minutes of the track's modules (source versions). */
  durationMinutes: number;
  /** Languages in which every module of the track exists. */
  completeLanguages: readonly string[];
}

/** Per-language status of a module's translations. */
export interface TranslationStatus {
  language: string;
  version: string;
  isSource: boolean;
  /** For translations: the source version translated. */
  sourceVersion?: string;
  outdated: boolean;
  file: string;
}

export interface Toolkit {
  tracks(language?: string): TrackSummary[];
  listModules(options?: ListModulesOptions): ModuleLookup[];
  getModule(slug: string, language: string, options?: GetModuleOptions): ModuleLookup | undefined;
  /** Languages a module exists in, source first. */
  moduleLanguages(slug: string): string[];
  translationStatus(slug: string): TranslationStatus[];
  /** The track a module belongs to. */
  trackOf(slug: string): ToolkitTrack | undefined;
}

interface Group {
  slug: string;
  track: ToolkitTrack;
  source: ModuleFile;
  byLanguage: Map<string, ModuleFile>;
}

function pick(texts: Readonly<Record<string, string>>, language: string): { text: string; language: string } {
  const text = texts[language];
  if (text !== undefined) return { text, language };
  return {
    text: texts.en ?? Object.values(texts)[0] ?? '',
    language: texts.en !== undefined ? 'en' : language,
  };
}

/**
 * A loader over a set of modules (the bundled content by default; tests and tools pass their own).
 * Modules without a track definition are ordered by slug after the listed ones.
 */
export function createToolkit(content: ToolkitContent): Toolkit {
  const groups = new Map<string, Group>();
  for (const file of content.modules) {
    const { slug, language, translatedFrom } = file.module;
    let group = groups.get(slug);
    if (!group) {
      group = { slug, track: file.module.track, source: file, byLanguage: new Map() };
      groups.set(slug, group);
    }
    group.byLanguage.set(language, file);
    if (translatedFrom === undefined) group.source = file;
  }
  const trackDefs = new Map<ToolkitTrack, TrackDefinition>(content.tracks.map((track) => [track.id, track]));
  const orderedSlugs: string[] = [];
  for (const id of TOOLKIT_TRACKS) {
    const listed = (trackDefs.get(id)?.modules ?? []).filter((slug) => groups.get(slug)?.track === id);
    const unlisted = [...groups.values()]
      .filter((group) => group.track === id && !listed.includes(group.slug))
      .map((group) => group.slug)
      .sort();
    orderedSlugs.push(...listed, ...unlisted);
  }

  const lookup = (group: Group, file: ModuleFile, requested: string): ModuleLookup => {
    const source = group.source.module;
    const from = file.module.translatedFrom;
    return {
      module: file.module,
      language: file.module.language,
      requestedLanguage: requested,
      isFallback: file.module.language !== requested,
      outdated: from !== undefined && compareVersions(from.version, source.version) < 0,
      source: { language: source.language, version: source.version },
      file: file.file,
    };
  };

  const find = (group: Group, language: string, fallback: readonly string[]): ModuleLookup | undefined => {
    for (const candidate of [language, ...fallback]) {
      const file = group.byLanguage.get(candidate);
      if (file) return lookup(group, file, language);
    }
    return undefined;
  };

  const toolkit: Toolkit = {
    tracks(language = 'en') {
      return TOOLKIT_TRACKS.map((id) => {
        const def = trackDefs.get(id);
        const slugs = orderedSlugs.filter((slug) => groups.get(slug)!.track === id);
        const title = pick(def?.title ?? { en: id }, language);
        const languageSets = slugs.map((slug) => new Set(groups.get(slug)!.byLanguage.keys()));
        const all = new Set(languageSets.flatMap((set) => [...set]));
        return {
          id,
          title: title.text,
          description: pick(def?.description ?? { en: '' }, language).text,
          language: title.language,
          modules: slugs,
          durationMinutes: slugs.reduce(
            (sum, slug) => sum + groups.get(slug)!.source.module.durationMinutes,
            0,
          ),
          completeLanguages: [...all].filter((lang) => languageSets.every((set) => set.has(lang))).sort(),
        };
      });
    },
    listModules(options = {}) {
      const result: ModuleLookup[] = [];
      for (const slug of orderedSlugs) {
        const group = groups.get(slug)!;
        if (options.track && group.track !== options.track) continue;
        if (options.language === undefined) {
          result.push(lookup(group, group.source, group.source.module.language));
          continue;
        }
        const found = find(group, options.language, options.fallback ?? []);
        if (found) result.push(found);
      }
      return result;
    },
    getModule(slug, language, options = {}) {
      const group = groups.get(slug);
      return group ? find(group, language, options.fallback ?? ['en']) : undefined;
    },
    moduleLanguages(slug) {
      const group = groups.get(slug);
      if (!group) return [];
      const others = [...group.byLanguage.keys()]
        .filter((lang) => lang !== group.source.module.language)
        .sort();
      return [group.source.module.language, ...others];
    },
    translationStatus(slug) {
      const group = groups.get(slug);
      if (!group) return [];
      return toolkit.moduleLanguages(slug).map((language) => {
        const file = group.byLanguage.get(language)!;
        const found = lookup(group, file, language);
        return {
          language,
          version: file.module.version,
          isSource: file === group.source,
          ...(file.module.translatedFrom ? { sourceVersion: file.module.translatedFrom.version } : {}),
          outdated: found.outdated,
          file: file.file,
        };
      });
    },
    trackOf(slug) {
      return groups.get(slug)?.track;
    },
  };
  return toolkit;
}
