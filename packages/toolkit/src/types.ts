import type { ToolkitModule, ToolkitTrack } from '@regin/domain';

/** One file handed to the validator: its path (as it should appear in messages) and its text. */
export interface ContentFile {
  /** `content/<track>/<slug>/<lang>.md` for a module, `content/tracks.yaml` for the track list. */
  path: string;
  text: string;
}

/** A problem found in the content, naming the file and the field: `quiz.2.answerIndex`, `sessions`, `body`. */
export interface ContentIssue {
  file: string;
  /** Dotted path of the frontmatter field; `body` for the Markdown body, `` (empty) for the file as a whole. */
  field: string;
  /** 1-based line in the file where the field sits, when known. */
  line?: number;
  message: string;
  /** Errors stop the build; warnings (an outdated translation, a body without `##` sections) do not. */
  severity: 'error' | 'warning';
}

/** A track as `content/tracks.yaml` defines it: titles and descriptions per language, modules in order. */
export interface TrackDefinition {
  id: ToolkitTrack;
  title: Readonly<Record<string, string>>;
  description: Readonly<Record<string, string>>;
  /** Module slugs in the order a course (and the printed pack) follows. */
  modules: readonly string[];
}

/** A module file that parsed and validated: the module (domain shape) and the file it came from. */
export interface ModuleFile {
  file: string;
  module: ToolkitModule;
}

/** What the build step bundles and the loader reads: every module in every language, and the tracks. */
export interface ToolkitContent {
  tracks: readonly TrackDefinition[];
  modules: readonly ModuleFile[];
}
