/**
 * @regin/toolkit: the REGIN regional toolkit. Training modules for key stakeholders of receiving communities
 * (`stakeholders`) and for regional staff who support newcomers (`regional_staff`), one Markdown file per module
 * and language, bundled at build time into a typed module so this entry runs in browsers too (no file reads).
 */
import type { ToolkitTrack } from '@regin/domain';
import { bundledToolkit } from './content.js';
import { type FacilitatorPackOptions, renderFacilitatorPack } from './pack.js';
import type {
  GetModuleOptions,
  ListModulesOptions,
  ModuleLookup,
  TrackSummary,
  TranslationStatus,
} from './toolkit.js';

export { bundledContent, bundledToolkit } from './content.js';
export { formatIssue } from './issues.js';
export { LABEL_LANGUAGES, labelsFor, languageName, type RenderLabels } from './labels.js';
export {
  escapeHtml,
  type MarkdownRenderOptions,
  MODULE_LINK,
  type ModuleLinkRef,
  type ModuleLinkTarget,
  markdownToHtml,
  moduleLinks,
} from './markdown.js';
export { parseModuleFile, splitFrontmatter } from './module-file.js';
export { type FacilitatorPackOptions, PACK_CSS, renderFacilitatorPack } from './pack.js';
export { modulePath, parseModulePath } from './paths.js';
export { moduleAnchor, type RenderModuleOptions, renderModuleHtml } from './render.js';
export { compareVersions } from './semver.js';
export {
  createToolkit,
  type GetModuleOptions,
  type ListModulesOptions,
  type ModuleLookup,
  type Toolkit,
  type TrackSummary,
  type TranslationStatus,
} from './toolkit.js';
export { tracksFileSchema } from './tracks-file.js';
export type { ContentFile, ContentIssue, ModuleFile, ToolkitContent, TrackDefinition } from './types.js';
export { type ContentFiles, type ParsedContent, parseContent, validateContent } from './validate.js';

/** The two tracks with their titles and descriptions in `language` (English when missing), modules in order. */
export function tracks(language = 'en'): TrackSummary[] {
  return bundledToolkit().tracks(language);
}

/** Modules of the bundled toolkit, in course order: each in its source language, or in `language` (+ `fallback`). */
export function listModules(options: ListModulesOptions = {}): ModuleLookup[] {
  return bundledToolkit().listModules(options);
}

/**
 * A module in `language`, else in the first `fallback` language that has it (default `['en']`), with
 * `isFallback` and `outdated` (a translation older than its source); undefined for an unknown slug.
 */
export function getModule(
  slug: string,
  language: string,
  options: GetModuleOptions = {},
): ModuleLookup | undefined {
  return bundledToolkit().getModule(slug, language, options);
}

/** Languages a bundled module exists in, its source language first. */
export function moduleLanguages(slug: string): string[] {
  return bundledToolkit().moduleLanguages(slug);
}

/** Version and outdated flag of each language of a bundled module. */
export function translationStatus(slug: string): TranslationStatus[] {
  return bundledToolkit().translationStatus(slug);
}

/** The printable facilitator pack of a track in a language, as a complete HTML document (see README). */
export function facilitatorPackHtml(
  track: ToolkitTrack,
  language: string,
  options: FacilitatorPackOptions = {},
): string {
  return renderFacilitatorPack(bundledToolkit(), track, language, options);
}
