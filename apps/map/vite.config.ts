import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { writeMapShapes } from './scripts/map-shapes.js';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|xml|webmanifest)$/;

/**
 * Writes `file.br` (brotli 11) and `file.gz` (gzip 9) beside every text file of the build, so that the API
 * sends them with `@fastify/static`'s `preCompressed` (apps/api/src/plugins/web-apps.ts): the best compression
 * once at build time, none per request. Files where compression saves nothing are left alone.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'regin:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          if (name.startsWith('.')) return [];
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = readFileSync(file);
        const br = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(`${file}.br`, br);
        if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

/** Projects the region shapes into SVG paths before the build (scripts/map-shapes.ts), in dev too. */
function mapShapes(): Plugin {
  let root = '.';
  return {
    name: 'regin:map-shapes',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const topology = await this.resolve('@regin/geo/topology/nuts-0.json', join(root, 'src/main.tsx'));
      if (!topology) {
        this.error('@regin/geo topologies not found: run `pnpm --filter @regin/geo generate` first');
      }
      const written = writeMapShapes(
        dirname(topology.id.split('?')[0] ?? ''),
        join(root, 'generated/shapes'),
      );
      if (written.length > 0) this.info(`map shapes: ${written.length} files in generated/shapes`);
    },
  };
}

// Served by the API at / (apps/api/src/plugins/web-apps.ts); workspace packages are read from source.
export default defineConfig({
  base: '/',
  plugins: [mapShapes(), react(), precompress()],
  resolve: { conditions: ['@regin/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
