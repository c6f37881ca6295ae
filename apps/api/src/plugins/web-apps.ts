import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problem.js';

export interface WebAppsOptions {
  /** Folder holding `map/` and `admin/` builds; defaults to the workspace's `apps/*\/dist`. */
  webDir?: string | undefined;
}

const appsDir = fileURLToPath(new URL('../../../', import.meta.url));
const fallbackDir = fileURLToPath(new URL('../../public', import.meta.url));

function resolveBuild(webDir: string | undefined, name: 'map' | 'admin'): string | undefined {
  const candidate = webDir ? join(webDir, name) : join(appsDir, name, 'dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

/** Vite names every file under `assets/` by its content hash: a new build means a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated on every use, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control by file: hashed assets are cached for a year, other files (index.html, favicon…) revalidated.
 * `path` is the file sent, which may be the `.br` or `.gz` sibling.
 */
function setCacheHeaders(reply: FastifyReply, path: string) {
  const file = path.replaceAll('\\', '/');
  reply.header('cache-control', /\/assets\/[^/]+$/.test(file) ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves the public map at `/` and the admin app at `/admin`, with client-side routes falling back to each
 * app's index.html. Until an app is built, `/` shows a small page pointing to the API docs.
 *
 * Compression: the builds hold a `.br` and a `.gz` beside each text file (written at build time, see
 * apps/map/vite.config.ts); `preCompressed` sends the best one the client accepts (`Vary: Accept-Encoding`), the
 * plain file otherwise. No compression work happens per request. The compressed siblings get no route of their
 * own (`globIgnore`).
 */
export const webAppsPlugin = fp<WebAppsOptions>(async (app: FastifyInstance, options) => {
  const mapDir = resolveBuild(options.webDir, 'map') ?? fallbackDir;
  const adminDir = resolveBuild(options.webDir, 'admin');
  const common: Omit<FastifyStaticOptions, 'root'> = {
    wildcard: false,
    // `/` and `/admin/` go through the fallback below: the plugin's own index route misses the compressed
    // siblings of index.html when `wildcard` is false (@fastify/static 10.1).
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: setCacheHeaders,
  };

  await app.register(fastifyStatic, { ...common, root: mapDir, prefix: '/' });
  if (adminDir) {
    await app.register(fastifyStatic, { ...common, root: adminDir, prefix: '/admin/', decorateReply: false });
  }

  const spaFallback = (root: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    // Missing assets and API paths get a real 404, not an HTML page.
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      throw new HttpProblem('not-found', `No route for ${request.method} ${path}`);
    }
    return reply.type('text/html').sendFile('index.html', root);
  };
  app.get('/*', { schema: { hide: true } }, spaFallback(mapDir));
  if (adminDir) {
    app.get('/admin', { schema: { hide: true } }, spaFallback(adminDir));
    app.get('/admin/*', { schema: { hide: true } }, spaFallback(adminDir));
  }
});
