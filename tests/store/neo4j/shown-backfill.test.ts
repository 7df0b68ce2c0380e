// Claims written before `shown` existed (the listing index's default-visibility key) get it when
// the schema is first applied, so a graph from an earlier release lists the same claims after
// upgrading; the migration is recorded, so later starts skip the scan.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/store/port.js';
import { backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../../support/backends.js';
import { fixtureBatch } from '../../support/fixture-graph.js';

describe.runIf(backendAvailable('neo4j'))('claims from before `shown` [neo4j]', () => {
  let store: GraphStore;
  let driver: neo4j.Driver;

  beforeAll(async () => {
    store = await openTestStore('neo4j');
    await store.upsert(fixtureBatch());
    const { user, password } = neo4jCredentials();
    driver = neo4j.driver(neo4jUri(), neo4j.auth.basic(user, password));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  it('[neo4j] applySchema fills `shown` on every claim, false for a rejected one, and the predicate + status list finds them again', async () => {
    const [one] = (await store.claimsPage({}, { first: 1 })).items;
    const [claim] = await store.getClaims([one]);
    const filter = { predicates: [claim!.predicate], statuses: [claim!.status] };
    const before = await store.claimsPage(filter, { first: 50 });
    expect(before.items).toContain(one);
    // As an earlier release left them: no `shown`, one claim rejected by a curator, no migration record.
    await driver.executeQuery('MATCH (c:Claim) REMOVE c.shown');
    await driver.executeQuery("MATCH (m:Migration {id: 'claim-shown'}) DELETE m");
    await driver.executeQuery('MATCH (c:Claim {id: $id}) SET c.reviewVerdict = "REJECTED"', { id: before.items.at(-1) });
    expect((await store.claimsPage(filter, { first: 50 })).totalCount).toBe(0);

    await store.applySchema();
    const { records } = await driver.executeQuery('MATCH (c:Claim) RETURN c.shown AS shown, count(*) AS n ORDER BY shown');
    expect(records.map((r) => [r.get('shown'), r.get('n').toNumber()])).toEqual([[false, 1], [true, expect.any(Number)]]);
    const after = await store.claimsPage(filter, { first: 50 });
    expect(after.items).toEqual(before.items.slice(0, -1));
    expect(after.totalCount).toBe(before.totalCount - 1);
  });

  it('[neo4j] the backfill runs once per graph: a later start does not scan the claims again', async () => {
    const { records } = await driver.executeQuery("MATCH (m:Migration {id: 'claim-shown'}) RETURN m.at AS at");
    expect(records).toHaveLength(1);
    // A claim without `shown` after the migration was recorded stays so: the start skipped the scan.
    await driver.executeQuery('MATCH (c:Claim {id: $id}) REMOVE c.shown', { id: (await store.claimsPage({}, { first: 1 })).items[0] });
    await store.applySchema();
    const left = await driver.executeQuery('MATCH (c:Claim) WHERE c.shown IS NULL RETURN count(c) AS n');
    expect(left.records[0].get('n').toNumber()).toBe(1);
    const again = await driver.executeQuery("MATCH (m:Migration {id: 'claim-shown'}) RETURN m.at AS at");
    expect(again.records.map((r) => r.get('at'))).toEqual(records.map((r) => r.get('at')));
  });
});
