import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
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

/**
 * Serves the public map at `/` and the admin app at `/admin`, with client-side routes falling back to each
 * app's index.html. Until an app is built, `/` shows a small page pointing to the API docs.
 */
export const webAppsPlugin = fp<WebAppsOptions>(async (app: FastifyInstance, options) => {
  const mapDir = resolveBuild(options.webDir, 'map') ?? fallbackDir;
  const adminDir = resolveBuild(options.webDir, 'admin');

  await app.register(fastifyStatic, { root: mapDir, prefix: '/', wildcard: false, index: 'index.html' });
  if (adminDir) {
    await app.register(fastifyStatic, {
      root: adminDir,
      prefix: '/admin/',
      wildcard: false,
      decorateReply: false,
      index: 'index.html',
    });
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
    app.get('/admin/*', { schema: { hide: true } }, spaFallback(adminDir));
  }
});
