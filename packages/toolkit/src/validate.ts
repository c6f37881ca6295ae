import type { ToolkitModule } from '@regin/domain';
import { headings, moduleLinks, unsafeLinks } from './markdown.js';
import { parseModuleFile } from './module-file.js';
import { isTracksFile, parseModulePath } from './paths.js';
import { compareVersions } from './semver.js';
import { parseTracksFile } from './tracks-file.js';
import type { ContentFile, ContentIssue, ModuleFile, TrackDefinition } from './types.js';

/** The result of reading a set of content files: what is valid, and every issue found. */
export interface ParsedContent {
  /** Module files that passed the per-file checks (cross-file errors are in `issues`). */
  modules: ModuleFile[];
  /** From `tracks.yaml` when it was among the files and valid. */
  tracks: TrackDefinition[] | undefined;
  issues: ContentIssue[];
  /** True when no issue is an error. */
  ok: boolean;
}

export type ContentFiles = readonly ContentFile[] | Readonly<Record<string, string>>;

function toList(files: ContentFiles): readonly ContentFile[] {
  return Array.isArray(files)
    ? (files as readonly ContentFile[])
    : Object.entries(files as Record<string, string>).map(([path, text]) => ({ path, text }));
}

interface Entry extends ModuleFile {
  body: string;
  bodyLine: number;
}

/** Markdown texts of a module that may hold `module:` links: the body and the activity descriptions. */
function markdownFields(module: ToolkitModule, body: string): { field: string; text: string }[] {
  const fields = [{ field: 'body', text: body }];
  module.sessions.forEach((session, s) => {
    session.activities.forEach((activity, a) => {
      fields.push({ field: `sessions.${s}.activities.${a}.description`, text: activity.description });
    });
  });
  return fields;
}

function checkDurations(entry: Entry, issues: ContentIssue[]): void {
  const { module, file } = entry;
  const sessionsTotal = module.sessions.reduce((sum, session) => sum + session.durationMinutes, 0);
  if (sessionsTotal !== module.durationMinutes) {
    issues.push({
      file,
      field: 'durationMinutes',
      message: `is ${module.durationMinutes} but the sessions add up to ${sessionsTotal}`,
      severity: 'error',
    });
  }
  module.sessions.forEach((session, s) => {
    const total = session.activities.reduce((sum, activity) => sum + activity.durationMinutes, 0);
    if (total !== session.durationMinutes) {
      issues.push({
        file,
        field: `sessions.${s}.durationMinutes`,
        message: `is ${session.durationMinutes} but the activities add up to ${total}`,
        severity: 'error',
      });
    }
  });
}

function checkBody(entry: Entry, issues: ContentIssue[]): void {
  const found = headings(entry.body);
  for (const heading of found) {
    if (heading.level === 1) {
      issues.push({
        file: entry.file,
        field: 'body',
        message: `uses a level-1 heading "${heading.text}": start sections with "##" (the title is the module's only level-1 heading)`,
        severity: 'error',
        ...(heading.line === undefined ? {} : { line: entry.bodyLine + heading.line - 1 }),
      });
    }
  }
  if (!found.some((heading) => heading.level === 2)) {
    issues.push({
      file: entry.file,
      field: 'body',
      message: 'has no "##" section',
      severity: 'warning',
      line: entry.bodyLine,
    });
  }
  for (const { field, text } of markdownFields(entry.module, entry.body)) {
    for (const url of unsafeLinks(text)) {
      issues.push({
        file: entry.file,
        field,
        message: `links to "${url}", which is not rendered: links go to http(s), mailto, "#anchors" or "module:<slug>"`,
        severity: 'warning',
      });
    }
  }
}

/** Compares a translation's structure with its source: the same sessions, activities, durations, quiz and answers. */
function checkTranslation(
  translation: Entry,
  source: Entry,
  outdated: boolean,
  issues: ContentIssue[],
): void {
  const t = translation.module;
  const s = source.module;
  const severity = outdated ? 'warning' : 'error';
  const against = `the source (${source.file})`;
  const same = (field: string, mine: unknown, theirs: unknown, what: string) => {
    if (mine !== theirs) {
      issues.push({
        file: translation.file,
        field,
        message: `${what} ${String(mine)}, ${against} ${String(theirs)}${outdated ? ' (the translation is outdated)' : ''}`,
        severity,
      });
      return false;
    }
    return true;
  };
  same('track', t.track, s.track, 'is');
  same('durationMinutes', t.durationMinutes, s.durationMinutes, 'is');
  same('objectives', t.objectives.length, s.objectives.length, 'has');
  same('resources', t.resources.length, s.resources.length, 'has');
  if (same('sessions', t.sessions.length, s.sessions.length, 'has')) {
    t.sessions.forEach((session, i) => {
      const other = s.sessions[i]!;
      same(`sessions.${i}.durationMinutes`, session.durationMinutes, other.durationMinutes, 'is');
      if (same(`sessions.${i}.activities`, session.activities.length, other.activities.length, 'has')) {
        session.activities.forEach((activity, j) => {
          const otherActivity = other.activities[j]!;
          same(`sessions.${i}.activities.${j}.kind`, activity.kind, otherActivity.kind, 'is');
          same(
            `sessions.${i}.activities.${j}.durationMinutes`,
            activity.durationMinutes,
            otherActivity.durationMinutes,
            'is',
          );
        });
      }
    });
  }
  if (same('quiz', t.quiz.length, s.quiz.length, 'has')) {
    t.quiz.forEach((question, i) => {
      const other = s.quiz[i]!;
      if (same(`quiz.${i}.options`, question.options.length, other.options.length, 'has')) {
        same(`quiz.${i}.answerIndex`, question.answerIndex, other.answerIndex, 'is');
      }
      same(
        `quiz.${i}.explanation`,
        question.explanation !== undefined,
        other.explanation !== undefined,
        'present:',
      );
    });
  }
}

/**
 * Reads and checks content files: each module file on its own (YAML, schema, body), its place (`<track>/<slug>/<lang>.md`
 * agrees with the frontmatter), durations that add up exactly, translations against their source (same structure;
 * outdated when `sourceVersion` is older than the source's `version`, an error when newer), `module:` links that resolve
 * in the same language, and, when `tracks.yaml` is given, that it lists every module once.
 */
export function parseContent(files: ContentFiles): ParsedContent {
  const issues: ContentIssue[] = [];
  const entries: Entry[] = [];
  let tracks: TrackDefinition[] | undefined;
  let tracksFile: string | undefined;
  const failed = new Set<string>();

  for (const { path, text } of toList(files)) {
    if (isTracksFile(path)) {
      tracksFile = path;
      tracks = parseTracksFile(path, text, issues);
      continue;
    }
    const place = parseModulePath(path);
    if (!place) {
      issues.push({
        file: path,
        field: '',
        message: 'is not a module file: content/<track>/<slug>/<lang>.md',
        severity: 'error',
      });
      continue;
    }
    const parsed = parseModuleFile(path, text, issues);
    if (!parsed.ok) {
      // Links to a file that failed are not reported again as missing.
      failed.add(`${place.slug}/${place.language}`);
      continue;
    }
    const { module } = parsed;
    let placed = true;
    for (const key of ['track', 'slug', 'language'] as const) {
      if (module[key] !== place[key]) {
        placed = false;
        issues.push({
          file: path,
          field: key,
          message: `is "${module[key]}" but the file's path says "${place[key]}" (content/<track>/<slug>/<lang>.md)`,
          severity: 'error',
        });
      }
    }
    const entry: Entry = { file: path, module, body: parsed.body, bodyLine: parsed.bodyLine };
    checkDurations(entry, issues);
    checkBody(entry, issues);
    if (placed) entries.push(entry);
  }

  // Group by slug; a slug belongs to one track and has one file per language.
  const bySlug = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = bySlug.get(entry.module.slug) ?? [];
    const clash = group.find((other) => other.module.language === entry.module.language);
    if (clash) {
      issues.push({
        file: entry.file,
        field: 'language',
        message: `duplicates ${clash.file}`,
        severity: 'error',
      });
      continue;
    }
    const otherTrack = group.find((other) => other.module.track !== entry.module.track);
    if (otherTrack) {
      issues.push({
        file: entry.file,
        field: 'slug',
        message: `is also used in track "${otherTrack.module.track}" (${otherTrack.file}): slugs are unique across tracks`,
        severity: 'error',
      });
      continue;
    }
    group.push(entry);
    bySlug.set(entry.module.slug, group);
  }

  for (const group of bySlug.values()) {
    const sources = group.filter((entry) => entry.module.translatedFrom === undefined);
    if (sources.length !== 1) {
      for (const entry of sources.length === 0 ? group : sources) {
        issues.push({
          file: entry.file,
          field: 'translatedFrom',
          message:
            sources.length === 0
              ? 'is set on every language of this module: exactly one file is the source (no translatedFrom)'
              : `is missing on ${sources.length} files of this module: exactly one is the source, the others name it`,
          severity: 'error',
        });
      }
      continue;
    }
    const source = sources[0]!;
    for (const entry of group) {
      const from = entry.module.translatedFrom;
      if (!from) continue;
      if (from.language !== source.module.language) {
        issues.push({
          file: entry.file,
          field: 'translatedFrom',
          message: `is "${from.language}" but the source of this module is ${source.file}`,
          severity: 'error',
        });
        continue;
      }
      const order = compareVersions(from.version, source.module.version);
      if (order > 0) {
        issues.push({
          file: entry.file,
          field: 'sourceVersion',
          message: `is ${from.version}, newer than the source's version ${source.module.version}`,
          severity: 'error',
        });
        continue;
      }
      if (order < 0) {
        issues.push({
          file: entry.file,
          field: 'sourceVersion',
          message: `is ${from.version} but the source is at ${source.module.version}: the translation is outdated`,
          severity: 'warning',
        });
      }
      checkTranslation(entry, source, order < 0, issues);
    }
  }

  // Internal links resolve in the same language.
  for (const entry of entries) {
    for (const { field, text } of markdownFields(entry.module, entry.body)) {
      for (const link of moduleLinks(text)) {
        const group = bySlug.get(link.slug);
        if (group?.some((other) => other.module.language === entry.module.language)) continue;
        if (failed.has(`${link.slug}/${entry.module.language}`)) continue;
        const line =
          field === 'body' && link.line !== undefined
            ? { line: entry.bodyLine + link.line - 1 }
            : ({} as object);
        issues.push({
          file: entry.file,
          field,
          message: group
            ? `links to module:${link.slug}, which has no "${entry.module.language}" version (it has ${group.map((e) => e.module.language).join(', ')})`
            : `links to module:${link.slug}, which does not exist`,
          severity: 'error',
          ...line,
        });
      }
    }
  }

  if (tracks && tracksFile) {
    const listed = new Map<string, string>();
    tracks.forEach((track, i) => {
      track.modules.forEach((slug, j) => {
        const group = bySlug.get(slug);
        const other = listed.get(slug);
        if (other !== undefined) {
          issues.push({
            file: tracksFile!,
            field: `tracks.${i}.modules.${j}`,
            message: `lists "${slug}", already listed in track "${other}"`,
            severity: 'error',
          });
        } else if (!group) {
          issues.push({
            file: tracksFile!,
            field: `tracks.${i}.modules.${j}`,
            message: `lists "${slug}", which has no valid module file`,
            severity: 'error',
          });
        } else if (group[0]!.module.track !== track.id) {
          issues.push({
            file: tracksFile!,
            field: `tracks.${i}.modules.${j}`,
            message: `lists "${slug}", a module of track "${group[0]!.module.track}"`,
            severity: 'error',
          });
        }
        listed.set(slug, track.id);
      });
    });
    for (const [slug, group] of bySlug) {
      if (!listed.has(slug)) {
        const source = group.find((entry) => entry.module.translatedFrom === undefined) ?? group[0]!;
        issues.push({
          file: source.file,
          field: 'slug',
          message: `"${slug}" is not listed in ${tracksFile}`,
          severity: 'error',
        });
      }
    }
  }

  const grouped = new Set([...bySlug.values()].flat());
  const modules = entries.filter((entry) => grouped.has(entry)).map(({ file, module }) => ({ file, module }));
  return { modules, tracks, issues, ok: !issues.some((issue) => issue.severity === 'error') };
}

/** Checks content files and returns the issues, each naming the file and the field (see {@link parseContent}). */
export function validateContent(files: ContentFiles): ContentIssue[] {
  return parseContent(files).issues;
}
