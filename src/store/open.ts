// Picks and opens the configured store; start-up failures name the fix.
import type { Config } from '../config/config.js';
import { EmbeddedStore } from './embedded/adapter.js';
import { Neo4jStore } from './neo4j/adapter.js';
import type { GraphStore } from './port.js';

/** The store could not be opened or reached at start-up; the message says how to fix it. */
export class StoreStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreStartError';
  }
}

export async function openStore(config: Config): Promise<GraphStore> {
  if (config.GRAPH_STORE === 'embedded') {
    return EmbeddedStore.open({ path: config.EMBEDDED_DB_PATH });
  }
  const uri = config.NEO4J_URI as string;
  const store = new Neo4jStore({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  try {
    await store.ping();
    await store.applySchema();
  } catch (error) {
    await store.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreStartError(
      `Cannot reach Neo4j at ${uri} (${detail.split('\n')[0]}). Start it with \`npm run neo4j:local\` or \`docker compose up -d neo4j\`, ` +
        'check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset GRAPH_STORE to use the embedded store.',
      { cause: error },
    );
  }
  return store;
}
