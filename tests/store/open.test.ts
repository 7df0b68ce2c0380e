// Opening the configured store: failures at start-up name what is wrong and how to fix it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openStore, StoreStartError } from '../../src/store/open.js';

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
});
