// The [neo4j] tests never empty a database they did not create (tests/support/neo4j-marker.ts): a
// database with data and no marker is refused with a message naming it; an empty or marked one is
// adopted.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { TEST_MARKER_LABEL, adoptDatabase } from '../support/neo4j-marker.js';

async function cypher(query: string): Promise<void> {
  const { user, password } = neo4jCredentials();
  const driver = neo4j.driver(neo4jUri(), neo4j.auth.basic(user, password));
  try {
    await driver.executeQuery(query, {}, { database: process.env.NEO4J_DATABASE || 'neo4j' });
  } finally {
    await driver.close();
  }
}

describe.runIf(backendAvailable('neo4j'))('the test suite\'s marker', () => {
  it('[neo4j] a database holding data without the marker is refused, naming it; emptied, it is adopted again', async () => {
    const store = await openTestStore('neo4j'); // emptied and marked
    try {
      await cypher(`MATCH (m:${TEST_MARKER_LABEL}) DELETE m`);
      await cypher("CREATE (:SomeoneElses {name: 'keep me'})");
      await expect(adoptDatabase(neo4jUri())).rejects.toThrow(
        new RegExp(`^Refusing to run the \\[neo4j\\] tests against ${neo4jUri().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(database \\S+\\): it holds 1 nodes and no ${TEST_MARKER_LABEL} marker`),
      );
      await cypher('MATCH (n:SomeoneElses) DELETE n');
      await expect(adoptDatabase(neo4jUri())).resolves.toBeUndefined(); // empty: adopted and marked
      await cypher("CREATE (:SomeoneElses {name: 'written by a test'})");
      await expect(adoptDatabase(neo4jUri())).resolves.toBeUndefined(); // marked: still the suite's
    } finally {
      await cypher('MATCH (n:SomeoneElses) DELETE n');
      await store.close();
    }
  });
});
