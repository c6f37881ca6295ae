import { CONTENT } from './generated/content.js';
import { createToolkit, type Toolkit } from './toolkit.js';
import type { ToolkitContent } from './types.js';

let bundled: Toolkit | undefined;

/** The loader over the content bundled in this package (built from `content/` by `scripts/build-content.ts`). */
export function bundledToolkit(): Toolkit {
  bundled ??= createToolkit(CONTENT);
  return bundled;
}

/** The bundled content itself: tracks and every module file (already validated at build time). */
export function bundledContent(): ToolkitContent {
  return CONTENT;
}
