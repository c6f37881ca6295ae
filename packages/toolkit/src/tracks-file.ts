import { languageCodeSchema, slugSchema, toolkitTrackSchema } from '@regin/domain';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { fieldPath, fileErrorMap } from './issues.js';
import type { ContentIssue, TrackDefinition } from './types.js';

const localizedSchema = z
  .record(languageCodeSchema, z.string().trim().min(1).max(1000))
  .refine((value) => 'en' in value, { message: 'must have an English ("en") text' });

/** `content/tracks.yaml`: the two tracks, their titles and descriptions per language, and their modules in order. */
export const tracksFileSchema = z
  .object({
    tracks: z
      .array(
        z
          .object({
            id: toolkitTrackSchema,
            title: localizedSchema,
            description: localizedSchema,
            modules: z.array(slugSchema).min(1).max(100),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.tracks.forEach((track, i) => {
      if (seen.has(track.id))
        ctx.addIssue({ code: 'custom', path: ['tracks', i, 'id'], message: 'is listed twice' });
      seen.add(track.id);
      const slugs = new Set<string>();
      track.modules.forEach((slug, j) => {
        if (slugs.has(slug)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tracks', i, 'modules', j],
            message: `lists "${slug}" twice`,
          });
        }
        slugs.add(slug);
      });
    });
  });

export function parseTracksFile(
  file: string,
  text: string,
  issues: ContentIssue[],
): TrackDefinition[] | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const first = doc.errors[0];
    issues.push({
      file,
      field: '',
      message: first ? `has invalid YAML: ${first.message.split('\n')[0]}` : 'must map "tracks" to a list',
      severity: 'error',
      ...(first?.linePos?.[0] ? { line: first.linePos[0].line } : {}),
    });
    return undefined;
  }
  const result = tracksFileSchema.safeParse(doc.toJS(), { error: fileErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      issues.push({
        file,
        field: fieldPath(path),
        message: issue.message,
        severity: 'error',
        ...(node?.range ? { line: counter.linePos(node.range[0]).line } : {}),
      });
    }
    return undefined;
  }
  return result.data.tracks;
}
