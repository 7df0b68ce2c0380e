// The N+1 bound: nested lists cost a fixed number of store calls however many objects they hold,
// read from the server's own per-request counter (the `x-store-round-trips` response header).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

/** Store calls any one of these requests may make: one per kind of data per level, with room to spare. */
const BOUND = 10;

/** Entities → their claims → each claim's evidence → each quote's article: three levels below the root list. */
const THREE_LEVELS = `query ($first: Int!) {
  entities(first: $first) {
    totalCount
    edges { node { id claims(first: 20) { edges { node { id evidence { quote article { title } } } } } } }
  }
}`;

const CLAIMS_WITH_EVERYTHING = `query ($first: Int!) {
  claims(first: $first) {
    totalCount
    edges { node { id subject { name } object { name } attributedTo { name } evidence { article { title } } confirmedBy { id } } }
  }
}`;

function roundTrips(res: GraphQLResponse): number {
  expect(res.body.errors).toBeUndefined();
  const header = res.headers.get('x-store-round-trips');
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe.each(BACKENDS)('store round trips per request (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let entityCount: number;
    let claimCount: number;

    beforeAll(async () => {
      server = await startTestServer(backend);
      const stats = (await server.query(`{ stats { entities claims } }`)).body.data?.stats;
      entityCount = stats.entities;
      claimCount = stats.claims;
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] entities → claims → evidence → article costs the same few store calls for 5, 20 and all entities`, async () => {
      expect(entityCount).toBeGreaterThan(20);
      const counts: Record<number, number> = {};
      let objectsAtLargest = 0;
      for (const n of [5, 20, entityCount]) {
        const res = await server.query(THREE_LEVELS, { first: n });
        counts[n] = roundTrips(res);
        const edges = res.body.data?.entities.edges as any[];
        expect(edges).toHaveLength(n);
        objectsAtLargest = edges.reduce((sum, e) => sum + 1 + e.node.claims.edges.length, 0);
      }
      // The whole graph's claims were loaded (far more objects than store calls) …
      expect(objectsAtLargest).toBeGreaterThan(BOUND * 5);
      // … for a count that does not grow with the number of entities, and stays small.
      expect(new Set(Object.values(counts)).size, JSON.stringify(counts)).toBe(1);
      for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(BOUND);
    });

    it(`[${backend}] claims(first: 50) with subject, object, attributedTo, evidence articles and confirmedBy stays within ${BOUND} store calls and does not grow from 5 claims`, async () => {
      expect(claimCount).toBeGreaterThanOrEqual(50);
      const small = roundTrips(await server.query(CLAIMS_WITH_EVERYTHING, { first: 5 }));
      const res = await server.query(CLAIMS_WITH_EVERYTHING, { first: 50 });
      const large = roundTrips(res);
      expect(res.body.data?.claims.edges).toHaveLength(50);
      expect(large).toBeLessThanOrEqual(BOUND);
      expect(large).toBeLessThanOrEqual(small);
    });

    it(`[${backend}] every GraphQL response reports its store round trips, and a request that needs no store reports 0`, async () => {
      expect(roundTrips(await server.query(`{ predicates { name } }`))).toBe(0);
      expect(roundTrips(await server.query(`{ stats { claims } }`))).toBe(1);
    });
  });
});
