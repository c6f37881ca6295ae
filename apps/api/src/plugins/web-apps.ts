import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Answers worth compressing: JSON (and GeoJSON), CSV, HTML documents, feeds. */
const COMPRESSIBLE_TYPE = /^(?:application\/(?:[a-z.+-]*json|atom\+xml|xml)|text\/)/i;
/** Below this, compression saves less than it costs. */
const MIN_BYTES = 1024;

/** The best encoding `accept-encoding` allows: br, then gzip; none for identity-only clients. */
export function pickEncoding(header: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? '')
    .toLowerCase()
    .split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/**
 * Compresses the API's answers to the web apps (GET, JSON/CSV/HTML, 1 KB or more) when the client accepts
 * it: brotli at quality 5 or gzip at level 6, fast enough per request (a 100 KB practice list takes ~2 ms).
 * Streams and already-encoded answers pass untouched; `inject` calls without `accept-encoding` get plain text.
 */
function compressApiAnswers(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/')) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!COMPRESSIBLE_TYPE.test(type)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < MIN_BYTES) return payload;
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary))
      reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
    const encoding = pickEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const compressed =
      encoding === 'br'
        ? await brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzipAsync(body, { level: 6 });
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
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
  compressApiAnswers(app);
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
