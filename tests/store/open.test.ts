// Opening the configured store: failures at start-up name what is wrong and how to fix it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openStore, StoreStartError } from '../../src/store/open.js';
import { fixtureBatch } from '../support/fixture-graph.js';

describe('opening the store', () => {
  it('[neo4j] an unreachable Neo4j names the URI and the fix', async () => {
    const config = loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', QUERY_TIMEOUT_MS: '1000' });
    const failure = await openStore(config).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreStartError);
    expect((failure as Error).message).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect((failure as Error).message).toContain('npm run neo4j:local');
    expect((failure as Error).message).toContain('NEO4J_URI');
  });

  it('[embedded] opens an in-memory store and answers a ping', async () => {
    const store = await openStore(loadConfig({ EMBEDDED_DB_PATH: ':memory:' }));
    await expect(store.ping()).resolves.toBeUndefined();
    expect(await store.counts()).toMatchObject({ articles: 0, entities: 0 });
    await store.close();
  });

  it('[embedded] with a bounded buffer pool (EMBEDDED_BUFFER_POOL_MB) the store writes and reads on disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bufferpool-'));
    try {
      const config = loadConfig({ EMBEDDED_DB_PATH: dir, EMBEDDED_BUFFER_POOL_MB: '64' });
      const store = await openStore(config);
      await store.upsert(fixtureBatch());
      await store.close();
      const reopened = await openStore(config);
      expect(await reopened.counts()).toMatchObject({ articles: 1, entities: 8, claims: 5 });
      expect((await reopened.getEntities(['place:shushi']))[0]?.name).toBe('Shushi');
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
