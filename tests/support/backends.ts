// The two store backends every database test runs against, named in each test's title.
import { provided } from './provided.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { Neo4jStore } from '../../src/store/neo4j/adapter.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { markDatabase, neo4jCredentials } from './neo4j-marker.js';

export const BACKENDS: StoreBackend[] = ['embedded', 'neo4j'];

/** Whether a backend can run here; the global setup already said loudly why Neo4j cannot. */
export function backendAvailable(backend: StoreBackend): boolean {
  return backend === 'embedded' || provided('neo4j').uri !== null;
}

export function neo4jUri(): string {
  const target = provided('neo4j');
  if (target.uri === null) throw new Error(`Neo4j is not available: ${target.reason}`);
  return target.uri;
}

/** The user and password for the run's Neo4j (NEO4J_USER / NEO4J_PASSWORD with NEO4J_URI). */
export { neo4jCredentials } from './neo4j-marker.js';

/**
 * A fresh, empty store. Embedded stores live in memory; the Neo4j server is shared by the run,
 * so it is emptied (test files run one at a time, see vitest.config.ts): the global setup has made
 * sure it is the suite's own (neo4j-marker.ts), and the marker is written back after emptying it.
 */
export async function openTestStore(backend: StoreBackend): Promise<GraphStore> {
  if (backend === 'embedded') {
    return EmbeddedStore.open({ path: ':memory:' });
  }
  const store = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials() });
  await store.applySchema();
  await store.clearAll();
  await markDatabase(neo4jUri());
  return store;
}
