import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../scripts/build-content.js';
import type { ContentFile } from '../src/types.js';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The files of a fixture folder, with paths as in the package (`content/<track>/<slug>/<lang>.md`). */
export async function readFixture(name: string): Promise<ContentFile[]> {
  const base = join(FIXTURES_DIR, name);
  return readContentFiles(join(base, 'content'), base);
}

/** Replaces one exact piece of a file's text, failing loudly when it is not there (so fixtures cannot drift). */
export function edit(files: readonly ContentFile[], path: string, from: string, to: string): ContentFile[] {
  return files.map((file) => {
    if (file.path !== path) return file;
    if (!file.text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
    return { path: file.path, text: file.text.replace(from, to) };
  });
}
