import { TOOLKIT_TRACKS, type ToolkitTrack } from '@regin/domain';

/** Where a module file sits: `content/<track>/<slug>/<lang>.md`. */
export interface ModulePath {
  track: string;
  slug: string;
  language: string;
}

const MODULE_FILE = /(?:^|[\\/])([^\\/]+)[\\/]([^\\/]+)[\\/]([^\\/]+)\.md$/;

/** Reads track, slug and language from a module file's path (the last three segments); undefined if not `.md`. */
export function parseModulePath(path: string): ModulePath | undefined {
  const match = MODULE_FILE.exec(path);
  if (!match) return undefined;
  return { track: match[1]!, slug: match[2]!, language: match[3]! };
}

/** The path of a module file inside the package: `content/regional_staff/using-interpreters/ca.md`. */
export function modulePath(track: ToolkitTrack, slug: string, language: string): string {
  return `content/${track}/${slug}/${language}.md`;
}

export function isTrack(value: string): value is ToolkitTrack {
  return (TOOLKIT_TRACKS as readonly string[]).includes(value);
}

/** The track list: `content/tracks.yaml`. */
export const TRACKS_FILE = 'tracks.yaml';
export function isTracksFile(path: string): boolean {
  return path === TRACKS_FILE || path.endsWith(`/${TRACKS_FILE}`) || path.endsWith(`\\${TRACKS_FILE}`);
}
