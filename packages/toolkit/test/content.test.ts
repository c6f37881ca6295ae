import { readFile } from 'node:fs/promises';
import { TOOLKIT_TRACKS, type ToolkitModule } from '@regin/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, GENERATED_PATH, readContentFiles } from '../scripts/build-content.js';
import { formatIssue } from '../src/issues.js';
import { moduleLinks } from '../src/markdown.js';
import type { ContentFile, ModuleFile } from '../src/types.js';
import { type ParsedContent, parseContent } from '../src/validate.js';

/** The shipped content, read from content/ (not from the generated module) so the tests check the files themselves. */
let files: ContentFile[];
let parsed: ParsedContent;
let modules: ModuleFile[];
const REQUIRED_LANGUAGES = ['en', 'ca'];

beforeAll(async () => {
  files = await readContentFiles();
  parsed = parseContent(files);
  modules = parsed.modules;
});

function bySlug(): Map<string, ModuleFile[]> {
  const map = new Map<string, ModuleFile[]>();
  for (const entry of modules) map.set(entry.module.slug, [...(map.get(entry.module.slug) ?? []), entry]);
  return map;
}

function source(group: ModuleFile[]): ToolkitModule {
  return group.find((entry) => entry.module.translatedFrom === undefined)!.module;
}

describe('shipped content', () => {
  it('validates without errors or warnings', () => {
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(parsed.tracks?.map((track) => track.id)).toEqual([...TOOLKIT_TRACKS]);
    // Every .md file under content/ became a module (nothing silently skipped).
    expect(modules).toHaveLength(files.filter((file) => file.path.endsWith('.md')).length);
  });

  it('has at least four modules per track, each in English and Catalan', () => {
    for (const track of TOOLKIT_TRACKS) {
      const slugs = new Set(modules.filter((m) => m.module.track === track).map((m) => m.module.slug));
      expect(slugs.size, track).toBeGreaterThanOrEqual(4);
    }
    for (const [slug, group] of bySlug()) {
      expect(group.map((m) => m.module.language).sort(), slug).toEqual(
        expect.arrayContaining(REQUIRED_LANGUAGES),
      );
    }
  });

  it('gives every module 3–5 objectives, 2–4 sessions, resources, notes with ## sections and a 3–5 question quiz', () => {
    for (const { file, module } of modules) {
      expect(module.objectives.length, file).toBeGreaterThanOrEqual(3);
      expect(module.objectives.length, file).toBeLessThanOrEqual(5);
      expect(module.sessions.length, file).toBeGreaterThanOrEqual(2);
      expect(module.sessions.length, file).toBeLessThanOrEqual(4);
      expect(module.resources.length, file).toBeGreaterThan(0);
      expect(module.quiz.length, file).toBeGreaterThanOrEqual(3);
      expect(module.quiz.length, file).toBeLessThanOrEqual(5);
      expect(module.facilitatorNotes.match(/^## \S/gm)?.length ?? 0, file).toBeGreaterThanOrEqual(3);
      for (const question of module.quiz) {
        expect(question.explanation, `${file}: ${question.question}`).toBeTruthy();
      }
      for (const resource of module.resources) {
        if (resource.url) expect(new URL(resource.url).hostname, file).toBe('example.org');
      }
    }
  });

  it('has durations that add up: activities to their session, sessions to the module', () => {
    for (const { file, module } of modules) {
      module.sessions.forEach((session, i) => {
        const total = session.activities.reduce((sum, activity) => sum + activity.durationMinutes, 0);
        expect(total, `${file}: sessions.${i}`).toBe(session.durationMinutes);
      });
      expect(
        module.sessions.reduce((sum, session) => sum + session.durationMinutes, 0),
        file,
      ).toBe(module.durationMinutes);
    }
  });

  it('has quiz answers that point at an option', () => {
    for (const { file, module } of modules) {
      module.quiz.forEach((question, i) => {
        expect(question.answerIndex, `${file}: quiz.${i}`).toBeGreaterThanOrEqual(0);
        expect(question.answerIndex, `${file}: quiz.${i}`).toBeLessThan(question.options.length);
      });
    }
  });

  it('is complete in every language a module declares: same structure as the source, every text filled', () => {
    for (const [slug, group] of bySlug()) {
      const original = source(group);
      for (const { file, module } of group) {
        expect(module.track, file).toBe(original.track);
        expect(module.durationMinutes, file).toBe(original.durationMinutes);
        expect(module.objectives.length, file).toBe(original.objectives.length);
        expect(module.resources.length, file).toBe(original.resources.length);
        expect(module.sessions.length, file).toBe(original.sessions.length);
        module.sessions.forEach((session, i) => {
          const other = original.sessions[i]!;
          expect(session.durationMinutes, `${file}: sessions.${i}`).toBe(other.durationMinutes);
          expect(
            session.activities.map((a) => [a.kind, a.durationMinutes]),
            `${file}: sessions.${i}`,
          ).toEqual(other.activities.map((a) => [a.kind, a.durationMinutes]));
          for (const activity of session.activities) {
            expect(activity.title.trim(), file).not.toBe('');
            expect(activity.description.trim(), file).not.toBe('');
          }
        });
        expect(module.quiz.length, file).toBe(original.quiz.length);
        module.quiz.forEach((question, i) => {
          const other = original.quiz[i]!;
          expect(question.options.length, `${file}: quiz.${i}`).toBe(other.options.length);
          expect(question.answerIndex, `${file}: quiz.${i}`).toBe(other.answerIndex);
        });
        expect(module.title.trim(), file).not.toBe('');
        expect(module.audience.trim(), file).not.toBe('');
        expect(module.facilitatorNotes.trim(), file).not.toBe('');
        if (module !== original) {
          expect(module.translatedFrom, file).toEqual({
            language: original.language,
            version: original.version,
          });
        }
      }
      expect(slug).toBe(original.slug);
    }
  });

  it('has translations that are translated, not copies of the source', () => {
    for (const group of bySlug().values()) {
      const original = source(group);
      for (const { file, module } of group) {
        if (module === original) continue;
        const pairs: [string, string][] = [
          [module.title, original.title],
          [module.audience, original.audience],
          [module.facilitatorNotes, original.facilitatorNotes],
          ...module.objectives.map((text, i): [string, string] => [text, original.objectives[i]!]),
          ...module.sessions.flatMap((session, i) => [
            [session.title, original.sessions[i]!.title] as [string, string],
            ...session.activities.map((activity, j): [string, string] => [
              activity.description,
              original.sessions[i]!.activities[j]!.description,
            ]),
          ]),
          ...module.quiz.flatMap((question, i) => [
            [question.question, original.quiz[i]!.question] as [string, string],
            [question.explanation ?? '', original.quiz[i]!.explanation ?? ''] as [string, string],
            ...question.options.map((option, j): [string, string] => [option, original.quiz[i]!.options[j]!]),
          ]),
        ];
        for (const [translated, text] of pairs) expect(translated, file).not.toBe(text);
        if (module.language === 'ca') {
          // Catalan has its own function words and letters; an English text would have none of them.
          expect(module.facilitatorNotes, file).toMatch(/\b(les|dels|amb|però|també)\b/);
          expect(module.facilitatorNotes, file).toMatch(/[àèéíòóúç·]/);
        }
      }
    }
  });

  it('links modules to each other with module: links that resolve in the same language', () => {
    const available = new Set(modules.map((m) => `${m.module.slug}/${m.module.language}`));
    for (const { file, module } of modules) {
      const texts = [
        module.facilitatorNotes,
        ...module.sessions.flatMap((s) => s.activities.map((a) => a.description)),
      ];
      const links = texts.flatMap((text) => moduleLinks(text));
      expect(links.length, file).toBeGreaterThan(0);
      for (const link of links) {
        expect(available.has(`${link.slug}/${module.language}`), `${file} → module:${link.slug}`).toBe(true);
        expect(link.slug, file).not.toBe(module.slug);
      }
    }
  });

  it('is what src/generated/content.ts holds (run `pnpm --filter @regin/toolkit generate` if this fails)', async () => {
    const { text } = await buildContent();
    expect(await readFile(GENERATED_PATH, 'utf8')).toBe(text);
  });
});
