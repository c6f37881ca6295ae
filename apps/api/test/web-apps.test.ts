import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding } from '../src/plugins/web-apps.js';
import { createTestApp, expectProblem, type TestContext } from './helpers.js';

/** The static web apps: precompressed files by Accept-Encoding, long caching of hashed assets only. */
describe('served web apps: compression and caching', () => {
  let context: TestContext;
  let webDir: string;
  const script = `export const message = ${JSON.stringify('map '.repeat(400))};\n`;
  const page =
    '<!doctype html><title>map</title><script type="module" src="/assets/index-abc123.js"></script>';

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'regin-web-apps-'));
    const assets = join(webDir, 'map', 'assets');
    mkdirSync(assets, { recursive: true });
    // What the map's build writes: each text file with .br and .gz siblings.
    for (const [file, body] of [
      [join(webDir, 'map', 'index.html'), page],
      [join(assets, 'index-abc123.js'), script],
    ] as const) {
      writeFileSync(file, body);
      writeFileSync(`${file}.br`, brotliCompressSync(body));
      writeFileSync(`${file}.gz`, gzipSync(body));
    }
    // A file without compressed siblings is still served, plainly.
    writeFileSync(join(assets, 'plain-def456.js'), 'console.log(1)');
    context = await createTestApp({ seed: 'regions', config: { REGIN_WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await context.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    context.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends JavaScript brotli-compressed when the client accepts br', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(script.length / 5);
  });

  it('sends gzip when the client accepts gzip only', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends the identity encoding otherwise', async () => {
    for (const accept of [undefined, 'identity', 'deflate']) {
      const response = await get('/assets/index-abc123.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body).toBe(script);
    }
    const plain = await get('/assets/plain-def456.js', 'br, gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });

  it('caches hashed assets for a year and revalidates index.html, also on client-side routes', async () => {
    const asset = await get('/assets/index-abc123.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/regions/ES51?lang=ca', '/toolkit/mipex-r-results']) {
      const html = await get(url, 'br, gzip');
      expect(html.statusCode, url).toBe(200);
      expect(html.headers['cache-control'], url).toBe('no-cache');
      expect(html.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(html.rawPayload).toString(), url).toBe(page);
    }
    const plainHtml = await get('/practices');
    expect(plainHtml.headers['content-encoding']).toBeUndefined();
    expect(plainHtml.body).toBe(page);
  });

  it('gives the compressed siblings no route of their own and 404s missing assets', async () => {
    expectProblem(await get('/assets/index-abc123.js.br'), 404);
    expectProblem(await get('/assets/missing.js', 'br'), 404);
  });

  it('compresses larger API answers by Accept-Encoding, never small ones, never without it', async () => {
    const url = '/api/v1/regions?limit=200';
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await get(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 3);
    const gz = await get(url, 'gzip;q=1, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
    expect((await get(url, 'identity')).headers['content-encoding']).toBeUndefined();
    const small = await get('/api/health', 'br, gzip');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('deflate')).toBeUndefined();
    expect(pickEncoding('identity, *;q=0')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});
