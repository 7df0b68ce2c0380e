// Errors a client can branch on: BAD_USER_INPUT for arguments it can fix (the message names what
// is valid), STORE_UNAVAILABLE when the graph store is down (and nothing of the store's internals).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/server/http.js';
import { Neo4jStore } from '../../src/store/neo4j/adapter.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { type GraphQLResponse, type TestServer, startTestServer, useTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

/** The first error, with its code; the response carries no data for the failed field. */
function firstError(res: GraphQLResponse): { message: string; code: unknown; extensions: Record<string, unknown> } {
  expect(res.body.errors?.length ?? 0).toBeGreaterThan(0);
  const [error] = res.body.errors ?? [];
  return { message: error.message, code: error.extensions?.code, extensions: error.extensions ?? {} };
}

/** Words that would leak the store's internals into a client's error. */
const INTERNALS = /bolt|neo4j|sqlite|cypher|driver|stack|ECONNREFUSED|ServiceUnavailable|SessionExpired|127\.0\.0\.1|\bat \S+ \(|\.ts:\d+|node_modules/i;

describe.each(BACKENDS)('bad arguments (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const server = useTestServer(backend);

    it.each([
      { field: 'claims', query: `{ claims(first: 101) { totalCount } }` },
      { field: 'entities', query: `{ entities(first: 101) { totalCount } }` },
      { field: 'search', query: `{ search(text: "shushi", first: 101) { id } }` },
      { field: "an entity's claims", query: `{ entity(id: "place:shushi") { claims(first: 101) { totalCount } } }` },
    ])(`[${backend}] first: 101 on $field is BAD_USER_INPUT naming the range 0 and 100`, async ({ query }) => {
      const error = firstError(await server.query(query));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('0 and 100');
      expect(error.message).toContain('first');
    });

    it.each([
      { field: 'claims', query: `{ claims(first: -1) { totalCount } }` },
      { field: 'entities', query: `{ entities(first: -1) { totalCount } }` },
      { field: 'search', query: `{ search(text: "shushi", first: -1) { id } }` },
      { field: "an entity's claims", query: `{ entity(id: "place:shushi") { claims(first: -1) { totalCount } } }` },
    ])(`[${backend}] a negative first on $field is BAD_USER_INPUT naming the range 0 and 100`, async ({ query }) => {
      const error = firstError(await server.query(query));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('0 and 100');
    });

    it(`[${backend}] first: 100 and first: 0 are accepted`, async () => {
      const res = await server.query(`{ top: claims(first: 100) { edges { cursor } } none: claims(first: 0) { edges { cursor } totalCount } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.none.edges).toEqual([]);
      expect(res.body.data?.top.edges).toHaveLength(Math.min(100, res.body.data?.none.totalCount));
    });

    it.each([
      { field: 'claims', query: `{ claims(after: "nope") { totalCount } }` },
      { field: 'entities', query: `{ entities(after: "nope") { totalCount } }` },
      { field: "an entity's claims", query: `{ entity(id: "place:shushi") { claims(after: "nope") { totalCount } } }` },
      // Well-formed base64url that does not decode to one of this API's cursors.
      { field: 'claims (base64 of something else)', query: `{ claims(after: "${Buffer.from('place:shushi').toString('base64url')}") { totalCount } }` },
    ])(`[${backend}] a cursor this API did not make (after on $field) is BAD_USER_INPUT mentioning the cursor`, async ({ query }) => {
      const error = firstError(await server.query(query));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/cursor/i);
    });

    it.each([-1, 0, 4])(`[${backend}] neighborhood(hops: %i) is BAD_USER_INPUT naming the range 1 and 3`, async (hops) => {
      const error = firstError(await server.query(`query ($hops: Int) { neighborhood(id: "place:shushi", hops: $hops) { truncated } }`, { hops }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('hops');
      expect(error.message).toContain('1 and 3');
    });

    it(`[${backend}] path(maxHops: 7) is BAD_USER_INPUT naming 6, and no path is searched for (no store round trip)`, async () => {
      const res = await server.query(`{ path(from: "actor:ilham-aliyev", to: "place:stepanakert", maxHops: 7) { hops } }`);
      const error = firstError(res);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('maxHops');
      expect(error.message).toContain('6');
      expect(res.body.data?.path ?? null).toBeNull();
      expect(res.headers.get('x-store-round-trips')).toBe('0');
    });

    it(`[${backend}] path(maxHops: 0) is BAD_USER_INPUT naming the range 1 and 6`, async () => {
      const error = firstError(await server.query(`{ path(from: "actor:ilham-aliyev", to: "place:stepanakert", maxHops: 0) { hops } }`));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('1 and 6');
    });

    // Apollo reports an unknown enum literal as GRAPHQL_VALIDATION_FAILED by default; the contract
    // wants every bad argument as BAD_USER_INPUT with the valid values named.
    it(`[${backend}] an unknown enum value written inline is BAD_USER_INPUT naming PLACE, ACTOR and EVENT`, async () => {
      const error = firstError(await server.query(`{ search(text: "x", kinds: [FOO]) { id } }`));
      expect(error.code).toBe('BAD_USER_INPUT');
      for (const kind of ['PLACE', 'ACTOR', 'EVENT']) expect(error.message).toContain(kind);
    });

    it(`[${backend}] an unknown enum value passed as a variable is BAD_USER_INPUT naming PLACE, ACTOR and EVENT`, async () => {
      const error = firstError(await server.query(`query ($kinds: [EntityKind!]) { search(text: "x", kinds: $kinds) { id } }`, { kinds: ['FOO'] }));
      expect(error.code).toBe('BAD_USER_INPUT');
      for (const kind of ['PLACE', 'ACTOR', 'EVENT']) expect(error.message).toContain(kind);
    });

    it.each([
      { where: 'claims(where: { predicate: { eq } })', query: `{ claims(where: { predicate: { eq: NOPE } }) { totalCount } }` },
      { where: 'claims(where: { predicate: { in } }) in a variable', query: `query { claims(where: { OR: [{ predicate: { in: [OVERLOOKS, NOPE] } }] }) { totalCount } }` },
      { where: 'claims(where: { predicate_IN })', query: `{ claims(where: { predicate_IN: ["OVERLOOKS", "NOPE"] }) { totalCount } }` },
      { where: "an entity's claims(predicate)", query: `{ entity(id: "place:shushi") { claims(predicate: "NOPE") { totalCount } } }` },
    ])(`[${backend}] an unknown predicate in $where is BAD_USER_INPUT listing the valid predicates`, async ({ query }) => {
      const error = firstError(await server.query(query));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('NOPE');
      for (const predicate of ['OVERLOOKS', 'DISTANCE_FROM', 'LOCATED_IN', 'TOOK_CONTROL_OF']) expect(error.message).toContain(predicate);
    });

    it(`[${backend}] a filter with more than 50 bad values is BAD_USER_INPUT throughout, the last error saying there were too many`, async () => {
      const where = { OR: Array.from({ length: 60 }, () => ({ confidence: { gt: 'high' } })) };
      const res = await server.query(`query ($w: ClaimWhere) { claims(where: $w) { totalCount } }`, { w: where });
      const errors = res.body.errors as { message: string; extensions: { code: string } }[];
      expect(errors.length).toBeGreaterThan(50);
      expect(errors.every((e) => e.extensions.code === 'BAD_USER_INPUT')).toBe(true);
      expect(errors.at(-1)!.message).toMatch(/^Too many invalid variable values/);
    });

    it.each(['2020-13-01', '09/11/2020', 'yesterday', '2020-11-9', ''])(
      `[${backend}] a malformed timeline date (%j) is BAD_USER_INPUT naming the ISO forms`,
      async (date) => {
        const error = firstError(await server.query(`query ($from: Date) { timeline(from: $from) { totalCount } }`, { from: date }));
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain('YYYY-MM-DD');
      },
    );

    it(`[${backend}] well-formed timeline dates of every precision are accepted`, async () => {
      const res = await server.query(`{ a: timeline(from: "2020") { totalCount } b: timeline(from: "2020-11", to: "2020-11") { totalCount } c: timeline(to: "2020-11-09") { totalCount } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.b.totalCount).toBeGreaterThan(0);
    });

    it(`[${backend}] error responses carry no stack trace`, async () => {
      const res = await server.query(`{ claims(first: 101) { totalCount } }`);
      const error = firstError(res);
      expect(error.extensions).not.toHaveProperty('stacktrace');
      expect(error.extensions).not.toHaveProperty('exception');
    });
  });
});

/** A running server whose store cannot answer: closed underneath it, or never reachable. */
interface DeadServer {
  url: string;
  query(query: string): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

function deadServer(url: string, close: () => Promise<void>): DeadServer {
  return {
    url,
    close,
    async query(query) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
  };
}

async function expectStoreUnavailable(server: DeadServer): Promise<void> {
  const res = await server.query(`{ claims(first: 2) { totalCount edges { node { id statement } } } }`);
  const error = firstError(res);
  expect(error.code).toBe('STORE_UNAVAILABLE');
  expect(Object.keys(error.extensions)).toEqual(['code']);
  const text = JSON.stringify(res.body);
  expect(text).not.toMatch(INTERNALS);
  expect(res.body.data ?? null).toBeNull();
}

async function expectHealthButNotReady(server: DeadServer): Promise<void> {
  const ready = await fetch(`${server.url}/readyz`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ status: 'unavailable' });
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}

describe.each(BACKENDS)('a store closed underneath a running server (%s)', (backend: StoreBackend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let dead: DeadServer;

    beforeAll(async () => {
      server = await startTestServer(backend);
      await server.store.close();
      dead = deadServer(server.url, () => server.close());
    });
    afterAll(async () => {
      await dead?.close();
    });

    it(`[${backend}] a query gives STORE_UNAVAILABLE with a fixed message and none of the store's internals`, async () => {
      await expectStoreUnavailable(dead);
    });

    it(`[${backend}] /readyz answers 503 while /healthz still answers 200`, async () => {
      await expectHealthButNotReady(dead);
    });
  });
});

describe.runIf(backendAvailable('neo4j'))('a Neo4j server that cannot be reached', () => {
  let app: RunningApp;
  let store: GraphStore;
  let dead: DeadServer;

  beforeAll(async () => {
    // Nothing listens on port 1: every connection attempt is refused.
    store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'neo4j', connectionTimeoutMs: 1_000 });
    app = await startApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'silent' }, port: 0, host: '127.0.0.1' });
    dead = deadServer(app.url, async () => {
      await app.close();
      await store.close();
    });
  });
  afterAll(async () => {
    await dead?.close();
  });

  it('[neo4j] a query gives STORE_UNAVAILABLE with a fixed message and no bolt address, driver text or stack', async () => {
    await expectStoreUnavailable(dead);
  });

  it('[neo4j] /readyz answers 503 while /healthz still answers 200', async () => {
    await expectHealthButNotReady(dead);
  });
});
