import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Pure tests: no Neo4j, no CoreNLP, no child processes, no ports. Everything else is integration. */
const UNIT = 'tests/**/*.unit.test.ts';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build for everyone; Vite would hand our code the ESM
    // build and Apollo's dependencies the other, and graphql refuses to mix two copies.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `npm test` runs both; `--project unit` starts neither Neo4j nor CoreNLP (a project's global
    // setup only runs when the run holds one of its files).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: [UNIT], fileParallelism: true },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [UNIT],
          globalSetup: ['tests/support/neo4j-global-setup.ts', 'tests/support/corenlp-global-setup.ts'],
          // One Neo4j server serves the whole run, so files that use it must not interleave.
          fileParallelism: false,
        },
      },
    ],
  },
});
