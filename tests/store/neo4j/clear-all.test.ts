// `npm run seed -- --reset` (store.clearAll) on a large graph: deleting 10,000 nodes at a time with
// their relationships ran out of Neo4j's memory when a node had hundreds of thousands of them (the
// bench's 100k-entity graph; a hub of 300,000 took the test server's 512 MB heap down). It now
// deletes the relationships, then the nodes, 10,000 at a time, whatever the degrees.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/store/port.js';
import { backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../../support/backends.js';
import { fixtureBatch } from '../../support/fixture-graph.js';
import { markDatabase } from '../../support/neo4j-marker.js';

/** Relationships of the hub: far more than one batch's memory could hold at once. */
const HUB_DEGREE = 300_000;

describe.runIf(backendAvailable('neo4j'))('clearAll on a graph with a hub [neo4j]', () => {
  let store: GraphStore;
  let driver: neo4j.Driver;

  beforeAll(async () => {
    store = await openTestStore('neo4j');
    await store.upsert(fixtureBatch());
    const { user, password } = neo4jCredentials();
    driver = neo4j.driver(neo4jUri(), neo4j.auth.basic(user, password));
    await driver.executeQuery('CREATE (:Entity {id: "place:hub-of-everything"})');
    const session = driver.session();
    try {
      await session.run(
        'UNWIND range(1, $n) AS i CALL (i) { MATCH (h:Entity {id: "place:hub-of-everything"}) CREATE (h)<-[:SUBJECT]-(:Claim {id: "claim:hub-" + i}) } IN TRANSACTIONS OF 20000 ROWS',
        { n: neo4j.int(HUB_DEGREE) },
      );
    } finally {
      await session.close();
    }
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    await driver?.close();
    // The suite's marker went with everything else.
    if (backendAvailable('neo4j')) await markDatabase(neo4jUri());
  });

  it(`[neo4j] empties a graph whose hub has ${HUB_DEGREE.toLocaleString('en')} relationships, and the store takes writes again`, async () => {
    const { records } = await driver.executeQuery('MATCH (:Entity {id: "place:hub-of-everything"})<-[r]-() RETURN count(r) AS degree');
    expect(records[0].get('degree').toNumber()).toBe(HUB_DEGREE);
    await store.clearAll();
    // Everything goes but the change log's sequence node, so live-update listeners keep their place.
    const left = await driver.executeQuery('MATCH (n) WHERE NOT n:ChangeSequence RETURN count(n) AS nodes');
    expect(left.records[0].get('nodes').toNumber()).toBe(0);
    const sequence = await driver.executeQuery('MATCH (n) WHERE n:ChangeSequence RETURN count(n) AS nodes');
    expect(sequence.records[0].get('nodes').toNumber()).toBeLessThanOrEqual(1);
    await store.upsert(fixtureBatch());
    expect(await store.counts()).toMatchObject({ articles: 1, entities: 8, claims: 5 });
  }, 180_000);
});
