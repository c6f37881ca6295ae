import { languageCodeSchema, semverSchema, type ToolkitModule, toolkitModuleSchema } from '@regin/domain';
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { fieldPath, fileErrorMap } from './issues.js';
import type { ContentIssue } from './types.js';

/**
 * The file format of a module: YAML frontmatter between `---` lines, then the Markdown body.
 *
 * The frontmatter holds the fields of `toolkitModuleSchema` (@regin/domain) with two changes the file needs:
 * a translation says `translatedFrom: en` and `sourceVersion: 1.2.0` (the domain's
 * `translatedFrom: { language, version }`), and there is no `facilitatorNotes` field: the body is the notes.
 */
export const FRONTMATTER_TRANSLATION_FIELDS = ['translatedFrom', 'sourceVersion'] as const;

const translationFieldsSchema = z
  .object({
    translatedFrom: languageCodeSchema.optional(),
    sourceVersion: semverSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.translatedFrom !== undefined && value.sourceVersion === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceVersion'],
        message: 'is required on a translation: the version of the source it was translated from',
      });
    }
    if (value.sourceVersion !== undefined && value.translatedFrom === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['translatedFrom'],
        message: 'is required with sourceVersion: the language translated from',
      });
    }
  });

/** Splits `---\n<yaml>\n---\n<body>`; `bodyLine` is the 1-based line the body starts on. */
export function splitFrontmatter(
  text: string,
): { ok: true; yaml: string; body: string; bodyLine: number } | { ok: false; message: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    return { ok: false, message: 'must start with a YAML frontmatter block between two "---" lines' };
  }
  const end = source.indexOf('\n---', 3);
  const close = /^\n---[ \t]*(?:\n|$)/;
  let at = end;
  while (at !== -1 && !close.test(source.slice(at))) at = source.indexOf('\n---', at + 4);
  if (at === -1) return { ok: false, message: 'has no closing "---" line after its frontmatter' };
  const yaml = source.slice(4, at + 1);
  const afterClose = source.indexOf('\n', at + 4);
  const body = afterClose === -1 ? '' : source.slice(afterClose + 1);
  const bodyLine = yaml.split('\n').length + 2;
  return { ok: true, yaml, body, bodyLine };
}

/** Frontmatter paths as the file writes them, for the domain's paths. */
function frontmatterField(path: readonly PropertyKey[]): (string | number)[] {
  const [head, next] = path;
  if (head === 'translatedFrom') return next === 'version' ? ['sourceVersion'] : ['translatedFrom'];
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** Line (1-based, in the file) of the node at `path`, or of its nearest ancestor present in the document. */
function lineOf(
  doc: Document,
  counter: LineCounter,
  path: (string | number)[],
  offset: number,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      return counter.linePos(node.range[0]).line + offset;
    }
  }
  return undefined;
}

export type ParsedModule =
  | { ok: true; module: ToolkitModule; body: string; bodyLine: number }
  | { ok: false };

/**
 * Parses and validates one module file on its own (no cross-file rules): YAML syntax, the frontmatter against the
 * domain schema, the body. Issues go to `issues` with the file and field named.
 */
export function parseModuleFile(file: string, text: string, issues: ContentIssue[]): ParsedModule {
  const error = (field: string, message: string, line?: number) =>
    issues.push({ file, field, message, severity: 'error', ...(line === undefined ? {} : { line }) });

  const split = splitFrontmatter(text);
  if (!split.ok) {
    error('', split.message, 1);
    return { ok: false };
  }
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const offset = 1; // the frontmatter starts on line 2
  if (doc.errors.length > 0) {
    for (const yamlError of doc.errors) {
      const line = yamlError.linePos?.[0]?.line;
      error(
        '',
        `has invalid YAML: ${yamlError.message.split('\n')[0]}`,
        line === undefined ? undefined : line + offset,
      );
    }
    return { ok: false };
  }
  if (!isMap(doc.contents)) {
    error('', 'must have a frontmatter that maps field names to values', 2);
    return { ok: false };
  }
  const data = doc.toJS() as Record<string, unknown>;
  const failedBefore = issues.length;
  const at = (path: (string | number)[]) => lineOf(doc, counter, path, offset);

  const { translatedFrom, sourceVersion, ...rest } = data;
  const translation = translationFieldsSchema.safeParse(
    { translatedFrom, sourceVersion },
    { error: fileErrorMap },
  );
  if (!translation.success) {
    for (const issue of translation.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      error(fieldPath(path), issue.message, at(path));
    }
  }
  if ('facilitatorNotes' in rest) {
    error(
      'facilitatorNotes',
      'belongs in the Markdown body after the frontmatter, not in the frontmatter',
      at(['facilitatorNotes']),
    );
    delete rest.facilitatorNotes;
  }
  const body = split.body.trim();
  if (body === '')
    error('body', 'is required: the facilitator notes in Markdown, with "##" sections', split.bodyLine);

  const input = {
    ...rest,
    ...(translation.success && translation.data.translatedFrom !== undefined
      ? {
          translatedFrom: {
            language: translation.data.translatedFrom,
            version: translation.data.sourceVersion,
          },
        }
      : {}),
    facilitatorNotes: split.body.trim(),
  };
  const result = toolkitModuleSchema.safeParse(input, { error: fileErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = frontmatterField(issue.path);
      if (path[0] === 'facilitatorNotes') {
        if (body !== '') error('body', issue.message, split.bodyLine);
        continue;
      }
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          error(fieldPath([...path, key]), 'is not a field of a toolkit module', at([...path, key]));
        }
        continue;
      }
      error(fieldPath(path), issue.message, at(path));
    }
  }
  if (!result.success || issues.length > failedBefore) return { ok: false };
  return { ok: true, module: result.data, body: split.body, bodyLine: split.bodyLine };
}
