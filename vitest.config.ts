import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build for everyone; Vite would hand our code the ESM
    // build and Apollo's dependencies the other, and graphql refuses to mix two copies.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/neo4j-global-setup.ts', 'tests/support/corenlp-global-setup.ts'],
    // One Neo4j server serves the whole run, so files that use it must not interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
