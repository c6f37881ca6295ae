import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` diffs src/schema against drizzle/ and writes the next SQL migration; nothing connects.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  strict: true,
});
