// The test suite's claim on a Neo4j database. The [neo4j] tests empty the database between tests,
// so they must never be pointed at one holding someone's data: when the run starts, a database
// with nodes but without the suite's marker node is refused (the run stops with a message); an
// empty or marked one is adopted and marked, and marked again whenever the tests empty it.
import neo4j from 'neo4j-driver';

/** The marker's label: a node no part of the application reads or writes. */
export const TEST_MARKER_LABEL = 'NewsgraphTestSuite';

/** Credentials for NEO4J_URI: NEO4J_USER / NEO4J_PASSWORD (the local launcher needs none). */
export function neo4jCredentials(): { user: string; password: string } {
  return { user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'neo4j' };
}

async function withSession<T>(uri: string, work: (run: (query: string) => Promise<neo4j.QueryResult>) => Promise<T>): Promise<T> {
  const { user, password } = neo4jCredentials();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  const session = driver.session({ database: process.env.NEO4J_DATABASE || 'neo4j' });
  try {
    return await work((query) => session.run(query));
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Marks the database as the suite's; throws, naming the database, when it holds data without the marker. */
export async function adoptDatabase(uri: string): Promise<void> {
  await withSession(uri, async (run) => {
    // The change log's sequence node outlives clearAll by design (store/neo4j/statements.ts): not data.
    const result = await run(`MATCH (n) WHERE NOT n:ChangeSequence RETURN count(n) AS nodes, count(CASE WHEN n:${TEST_MARKER_LABEL} THEN 1 END) AS markers`);
    const { nodes, markers } = result.records[0].toObject() as { nodes: number; markers: number };
    if (nodes > 0 && markers === 0) {
      throw new Error(
        `Refusing to run the [neo4j] tests against ${uri} (database ${process.env.NEO4J_DATABASE || 'neo4j'}): it holds ${nodes} nodes and no ${TEST_MARKER_LABEL} marker, ` +
          'so it was not created by this test suite, and the tests empty the database they use. Point NEO4J_URI at an empty database ' +
          '(or unset it to use the local launcher); a database the suite has used before carries the marker and is accepted.',
      );
    }
    await run(`MERGE (:${TEST_MARKER_LABEL} {createdBy: 'newsgraph tests'})`);
  });
}

/** Marks the database again (after the tests emptied it). */
export async function markDatabase(uri: string): Promise<void> {
  await withSession(uri, (run) => run(`MERGE (:${TEST_MARKER_LABEL} {createdBy: 'newsgraph tests'})`));
}
