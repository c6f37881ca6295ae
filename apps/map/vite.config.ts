import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at / (apps/api/src/plugins/web-apps.ts); workspace packages are read from source.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['@regin/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
