import { generate } from '../scripts/build-data.js';

/** Vitest global setup: make sure the generated topologies exist and match the sources before any test runs. */
export default async function setup(): Promise<void> {
  await generate({ log: () => {} });
}
