// Query limits (issue 6.1): depth, aliases, tokens, directives and cost are refused before anything
// runs, each naming the limit, its maximum and the request's value (QUERY_TOO_COMPLEX, HTTP 400);
// `first` above 100 stays the resolvers' BAD_USER_INPUT; the body limit, field suggestions and
// introspection follow configuration; a slow store call ends in a timely QUERY_TIMEOUT, and a
// request that outlives REQUEST_TIMEOUT_MS is answered 503.
import { getOperationAST, parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { FULL_SCAN_COST, operationCost } from '../../src/api/limits/cost.js';
import { testNlp } from '../support/corenlp.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { countTokens } from '../../src/api/limits/query-limits.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { DEFAULT_CONFIG } from '../../src/server/http.js';
import type { GraphStore } from '../../src/store/port.js';
import { type GraphQLResponse, type TestServer, startTestServer, useTestServer } from '../support/api-server.js';
import { Neo4jStore } from '../../src/store/neo4j/adapter.js';
import { BACKENDS, backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { fixtureBatch } from '../support/fixture-graph.js';
import { INGEST, evalArticles } from './support/articles.js';
import { SLOW_QUERY_SLACK_MS, SLOW_QUERY_TIMEOUT_MS } from './support/figures.js';

const LIMITS = {
  depth: DEFAULT_CONFIG.MAX_QUERY_DEPTH,
  aliases: DEFAULT_CONFIG.MAX_QUERY_ALIASES,
  tokens: DEFAULT_CONFIG.MAX_QUERY_TOKENS,
  directives: DEFAULT_CONFIG.MAX_QUERY_DIRECTIVES,
  cost: DEFAULT_CONFIG.MAX_QUERY_COST,
};

/** entity → counterpart → counterpart …: a query whose field depth is exactly `depth`, one object per level. */
function queryOfDepth(depth: number): string {
  // Place.counterpart is an Actor and Actor.counterpart a Place (fragments do not count as levels).
  let selection = 'id'; // the leaf counts as a level
  for (let level = depth - 1; level > 1; level--) {
    const type = level % 2 === 0 ? 'Place' : 'Actor';
    selection = `... on ${type} { counterpart { ${selection} } }`;
  }
  return `{ entity(id: "place:armenia") { ${selection} } }`;
}

function limitError(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  const [error] = res.body.errors ?? [];
  return { status: res.status, message: error.message, code: error.extensions?.code, limit: error.extensions?.limit };
}

/** One alias of a nested timeline (once an unbounded list, 15 aliases of which took 4.8 s and 9.3 MB): 50 events, each place's 50 events. */
const TIMELINE_ALIAS = (i: number) => `t${i}: timeline { edges { node { name location { name events { name location { name } } } } } }`;

const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(buildApiSchema(), document, getOperationAST(document)!, variables);
};

describe('the cost rule', () => {
  it('counts `first` whether written inline, passed as a variable or left to its default', () => {
    const inline = costOf('{ claims(first: 50) { edges { node { id } } } }');
    expect(inline).toBe(1 + 50 * (1 + 1));
    expect(costOf('query ($n: Int) { claims(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(inline);
    expect(costOf('{ claims { edges { node { id } } } }')).toBe(1 + 20 * (1 + 1)); // the SDL's default first: 20
    // A variable left out takes its own default, as execution will (not the argument's).
    expect(costOf('query ($n: Int = 50) { claims(first: $n) { edges { node { id } } } }')).toBe(inline);
    expect(costOf('query ($n: Int = 50) { claims(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(1 + 5 * (1 + 1));
  });

  it('counts `last` like `first`, and prices a sort on anything but the id and an aggregate as a full page more', () => {
    const page = costOf('{ claims(first: 30) { edges { node { id } } } }');
    expect(costOf('{ claims(last: 30) { edges { node { id } } } }')).toBe(page);
    expect(costOf('{ claims(first: 30, sort: [{ id: DESC }]) { edges { node { id } } } }')).toBe(page);
    expect(costOf('query ($s: [ClaimSort!]) { claims(first: 30, sort: $s) { edges { node { id } } } }', { s: [{ confidence: 'DESC' }] })).toBe(page + FULL_SCAN_COST);
    expect(costOf('{ claimsAggregate { count } }')).toBe(1 + FULL_SCAN_COST);
    // Nested, the surcharge multiplies with the parents like any cost.
    expect(costOf('{ entities(first: 10) { edges { node { claims(first: 1, sort: [{ statedOn: ASC }]) { totalCount } } } } }')).toBe(
      1 + 10 * (1 + 1 + (1 + FULL_SCAN_COST)),
    );
  });

  it('multiplies nested lists, costs other lists 10 items, nodes(ids) one per id, and scalars and introspection nothing', () => {
    expect(costOf('{ entities(first: 100) { edges { node { id claims(first: 100) { edges { node { id } } } } } } }')).toBe(
      1 + 100 * (1 + 1 + 1 * (1 + 100 * (1 + 1))),
    );
    expect(costOf('{ claim(id: "x") { evidence { quote } } }')).toBe(1 + 10);
    expect(costOf('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
    expect(costOf('{ stats { claims } __schema { types { name fields { name } } } }')).toBe(1);
  });

  it('counts the lists that grow with the graph (timeline, events, contains, containedIn, related) by their `first`, defaults included', () => {
    expect(costOf('{ timeline { edges { node { id } } } }')).toBe(1 + 50 * (1 + 1)); // the SDL's default first: 50
    expect(costOf('{ timeline(first: 3) { edges { node { id } } } }')).toBe(1 + 3 * (1 + 1));
    expect(
      costOf('{ entity(id: "x") { ... on Place { events { id } contains(transitive: true, first: 7) { id } containedIn { id } } ... on Actor { events(first: 2) { id } } } }'),
    ).toBe(1 + 50 + 7 + 50 + 2);
    expect(costOf('{ entity(id: "x") { related(first: 4) { edges { node { entity { id } claim { id } } } } } }')).toBe(1 + 1 + 4 * (1 + 1 + 1 + 1));
    expect(costOf(`{ ${TIMELINE_ALIAS(0)} }`)).toBe(1 + 50 * (1 + 1 + 1 + 50 * (1 + 1))); // timeline, edge, node, location, events
  });

  it('skips fields under @skip(if: true) / @include(if: false)', () => {
    expect(costOf('query ($no: Boolean!) { claims(first: 100) @include(if: $no) { edges { node { id } } } stats { claims } }', { no: false })).toBe(1);
  });
});

describe.each(BACKENDS)('query limits (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const server = useTestServer(backend);

    it(`[${backend}] depth ${LIMITS.depth} is served; depth ${LIMITS.depth + 4} is refused naming both numbers, before any store call`, async () => {
      const ok = await server.query(queryOfDepth(LIMITS.depth));
      expect(ok.body.errors).toBeUndefined();
      const res = await server.query(queryOfDepth(LIMITS.depth + 4));
      const error = limitError(res);
      expect(error.status).toBe(400);
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toBe(`Query depth ${LIMITS.depth + 4} exceeds the maximum of ${LIMITS.depth} (MAX_QUERY_DEPTH)`);
      expect(error.limit).toEqual({ name: 'maxDepth', maximum: LIMITS.depth, actual: LIMITS.depth + 4 });
      expect(res.headers.get('x-store-round-trips')).toBe('0');
    });

    it(`[${backend}] ${LIMITS.aliases} aliases are served; ${LIMITS.aliases + 5} are refused naming both numbers`, async () => {
      const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: predicates { name }`).join(' ')} }`;
      expect((await server.query(aliased(LIMITS.aliases))).body.errors).toBeUndefined();
      const error = limitError(await server.query(aliased(LIMITS.aliases + 5)));
      expect(error.status).toBe(400);
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toBe(`Query uses ${LIMITS.aliases + 5} aliases, more than the maximum of ${LIMITS.aliases} (MAX_QUERY_ALIASES)`);
      expect(error.limit).toEqual({ name: 'maxAliases', maximum: LIMITS.aliases, actual: LIMITS.aliases + 5 });
    });

    it(`[${backend}] a document of more than ${LIMITS.tokens} tokens is refused with its real token count`, async () => {
      // "{" + n × "__typename" + "}": n + 2 tokens.
      const n = LIMITS.tokens + 500;
      const error = limitError(await server.query(`{ ${'__typename '.repeat(n)}}`));
      expect(error.status).toBe(400);
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toBe(`Query has ${n + 2} tokens, more than the maximum of ${LIMITS.tokens} (MAX_QUERY_TOKENS)`);
      expect(error.limit).toEqual({ name: 'maxTokens', maximum: LIMITS.tokens, actual: n + 2 });
      // Exactly at the limit: 15 tokens around a list of enum values (commas are not tokens).
      const atLimit = `{ search(text: "a", kinds: [${Array(LIMITS.tokens - 15).fill('PLACE').join(', ')}]) { id } }`;
      expect(countTokens(atLimit)).toBe(LIMITS.tokens);
      expect((await server.query(atLimit)).body.errors).toBeUndefined();
    });

    it(`[${backend}] more than ${LIMITS.directives} directives are refused naming both numbers`, async () => {
      // One directive per selection (a directive may appear once per location).
      const directives = (n: number) => `{ stats { claims ${'__typename @include(if: true) '.repeat(n)}} }`;
      expect((await server.query(directives(LIMITS.directives))).body.errors).toBeUndefined();
      const error = limitError(await server.query(directives(LIMITS.directives + 1)));
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toBe(`Query uses ${LIMITS.directives + 1} directives, more than the maximum of ${LIMITS.directives} (MAX_QUERY_DIRECTIVES)`);
    });

    it(`[${backend}] a query costing more than ${LIMITS.cost} is refused with its cost, whether \`first\` is inline or a variable`, async () => {
      const nested = 'entities(first: 100) { edges { node { claims(first: 100) { edges { node { evidence { quote } } } } } } }';
      const cost = costOf(`{ ${nested} }`);
      expect(cost).toBeGreaterThan(LIMITS.cost);
      for (const res of [
        await server.query(`{ ${nested} }`),
        await server.query(`query ($a: Int, $b: Int) { ${nested.replace('first: 100', 'first: $a').replace('first: 100', 'first: $b')} }`, { a: 100, b: 100 }),
      ]) {
        const error = limitError(res);
        expect(error.status).toBe(400);
        expect(error.code).toBe('QUERY_TOO_COMPLEX');
        expect(error.message).toMatch(new RegExp(`^Query cost ${cost} exceeds the maximum of ${LIMITS.cost} \\(MAX_QUERY_COST`));
        expect(error.limit).toEqual({ name: 'maxCost', maximum: LIMITS.cost, actual: cost });
        expect(res.headers.get('x-store-round-trips')).toBe('0');
      }
      // The same query with small pages is served.
      const small = await server.query(`query ($a: Int, $b: Int) { ${nested.replace('first: 100', 'first: $a').replace('first: 100', 'first: $b')} }`, { a: 5, b: 5 });
      expect(small.body.errors).toBeUndefined();
    });

    it(`[${backend}] one query text is priced by each request's own variables: pages, defaults left out, @skip (costs are kept per text and variable values)`, async () => {
      const nested = 'entities(first: $a) { edges { node { claims(first: $b) @skip(if: $s) { edges { node { evidence { quote } } } } } } }';
      const query = `query Priced($a: Int = 100, $b: Int = 100, $s: Boolean = false) { ${nested} }`;
      const refused = (variables: Record<string, unknown>) => server.query(query, variables).then((res) => (limitError(res).limit as { name?: string } | undefined)?.name);
      const served = (variables: Record<string, unknown>) => server.query(query, variables).then((res) => res.body.errors);
      for (const round of [1, 2]) {
        expect(await refused({}), `round ${round}: defaults`).toBe('maxCost');
        expect(await served({ a: 5, b: 5 }), `round ${round}`).toBeUndefined();
        expect(await refused({ a: 100, b: 100 }), `round ${round}`).toBe('maxCost');
        expect(await served({ s: true }), `round ${round}: the costly list skipped`).toBeUndefined();
        expect(await refused({ s: false }), `round ${round}`).toBe('maxCost');
        // Only a and b and s price the query: other values (an operation's ids) share their cost.
        expect(await served({ a: 5 }), `round ${round}`).toBeUndefined();
      }
    });

    it(`[${backend}] ${LIMITS.aliases} aliases of a nested timeline are refused for their cost before anything runs; one is served`, async () => {
      const query = `{ ${Array.from({ length: LIMITS.aliases }, (_, i) => TIMELINE_ALIAS(i)).join(' ')} }`;
      const res = await server.query(query);
      const error = limitError(res);
      expect(error.status).toBe(400);
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.limit).toEqual({ name: 'maxCost', maximum: LIMITS.cost, actual: costOf(query) });
      expect(res.headers.get('x-store-round-trips')).toBe('0');
      expect((await server.query(`{ ${TIMELINE_ALIAS(0)} }`)).body.errors).toBeUndefined();
    });

    it(`[${backend}] first above 100 stays BAD_USER_INPUT from the resolvers (never clamped), even inside a costly query`, async () => {
      for (const query of ['{ claims(first: 101) { totalCount } }', '{ entities(first: 3) { edges { node { claims(first: 101) { totalCount } } } } }']) {
        const res = await server.query(query);
        expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.body.errors?.[0].message).toContain('0 and 100');
      }
    });

    it(`[${backend}] path maxHops 7 and neighborhood hops 4 stay BAD_USER_INPUT naming their maximum`, async () => {
      const path = await server.query('{ path(from: "place:shushi", to: "place:stepanakert", maxHops: 7) { hops } }');
      expect(path.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(path.body.errors?.[0].message).toContain('6');
      const hood = await server.query('{ neighborhood(id: "place:shushi", hops: 4) { truncated } }');
      expect(hood.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(hood.body.errors?.[0].message).toContain('1 and 3');
    });

    it(`[${backend}] field suggestions are given in development`, async () => {
      const res = await server.query('{ stats { claimz } }');
      expect(res.body.errors?.[0].message).toMatch(/Did you mean "claims"\?/);
    });
  });
});

describe('configuration of the limits', () => {
  const servers: TestServer[] = [];
  const start = async (config: Parameters<typeof startTestServer>[1] extends infer O ? O extends { config?: infer C } ? C : never : never) => {
    const server = await startTestServer('embedded', { seed: false, config });
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('[embedded] NODE_ENV=production drops "Did you mean" from every message, keeping the rest', async () => {
    const server = await start({ NODE_ENV: 'production' });
    for (const query of ['{ stats { claimz } }', '{ statz { claims } }', '{ search(text: "x", txt: "y") { id } }']) {
      const res = await server.query(query);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const error of res.body.errors ?? []) {
        expect(error.message).not.toMatch(/Did you mean/);
        expect(error.message).toMatch(/^Cannot query field|^Unknown argument/);
      }
    }
  });

  it('[embedded] INTROSPECTION=false refuses __schema and __type; the default (true) serves them', async () => {
    const closed = await start({ INTROSPECTION: false });
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Place") { name } }']) {
      const res = await closed.query(query);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].message).toMatch(/introspection/i);
    }
    const open = await start({});
    const res = await open.query('{ __schema { queryType { name } } }');
    expect(res.body.data?.__schema.queryType.name).toBe('Query');
  });

  it('[embedded] MAX_BODY_BYTES is configurable: a body over it gets 413 naming the limit', async () => {
    const server = await start({ MAX_BODY_BYTES: 4_096 });
    const ok = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `# ${'x'.repeat(3_000)}\n{ __typename }` }) });
    expect(ok.status).toBe(200);
    const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `# ${'x'.repeat(5_000)}\n{ __typename }` }) });
    expect(big.status).toBe(413);
    const body = await big.json();
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(body.errors[0].message).toContain('4096 bytes (MAX_BODY_BYTES)');
  });

  it('[embedded] an answer over MAX_RESPONSE_BYTES is not sent: 400 RESPONSE_TOO_LARGE naming both sizes; a smaller one is', async () => {
    const server = await startTestServer('embedded', { config: { MAX_RESPONSE_BYTES: 8_192 } });
    servers.push(server);
    // The seed article's text, ten times over.
    const res = await server.query(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: articles { edges { node { text } } }`).join(' ')} }`);
    expect(res.status).toBe(400);
    const [error] = res.body.errors ?? [];
    expect(error.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: { name: 'maxResponseBytes', maximum: 8_192 } });
    expect(error.message).toMatch(/^The answer would be \d+ bytes, more than the maximum of 8192 \(MAX_RESPONSE_BYTES\)/);
    expect(JSON.stringify(res.body).length).toBeLessThan(1_000);
    expect((await server.query('{ articles { edges { node { id } } } }')).status).toBe(200);
  });

  it('[embedded] tighter limits from configuration are the ones enforced and named', async () => {
    const server = await start({ MAX_QUERY_DEPTH: 3, MAX_QUERY_COST: 50 });
    expect(limitError(await server.query(queryOfDepth(4))).message).toBe('Query depth 4 exceeds the maximum of 3 (MAX_QUERY_DEPTH)');
    expect(limitError(await server.query('{ search(text: "x", first: 60) { id } }')).message).toMatch(/^Query cost 60 exceeds the maximum of 50 /);
    expect((await server.query('{ search(text: "x", first: 50) { id } }')).body.errors).toBeUndefined();
  });
});

/**
 * A Neo4j store opened with QUERY_TIMEOUT_MS = SLOW_QUERY_TIMEOUT_MS over the fixture graph, and a
 * write on it that cannot finish: a second client holds a write lock on every entity in an open
 * transaction, so the store's re-upsert of the same entities waits until the store's own
 * transaction timeout stops it. Only public behaviour is used: no API field is that slow on a test
 * graph, and a read never waits on a lock. (The embedded store has no statement timeout: SQLite
 * runs in-process and synchronously, see README "Limits".)
 */
async function lockedNeo4jStore(): Promise<{ store: GraphStore; blockedWrite: () => Promise<unknown>; release: () => Promise<void> }> {
  const base = await openTestStore('neo4j');
  await base.upsert(fixtureBatch());
  await base.close();
  const store = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials(), queryTimeoutMs: SLOW_QUERY_TIMEOUT_MS });
  const { user, password } = neo4jCredentials();
  const driver = neo4j.driver(neo4jUri(), neo4j.auth.basic(user, password));
  const session = driver.session();
  const tx = session.beginTransaction();
  const locked = await tx.run('MATCH (e:Entity) SET e.name = e.name RETURN count(e) AS n');
  expect(locked.records[0].get('n').toNumber()).toBeGreaterThan(0);
  let released: Promise<void> | undefined;
  return {
    store,
    // The fixture again: an idempotent re-upsert, which must write the locked entities.
    blockedWrite: () => store.upsert(fixtureBatch()),
    release: () =>
      (released ??= (async () => {
        await tx.rollback();
        await session.close();
        await driver.close();
      })()),
  };
}

/** The store with counts() (what { stats } reads) replaced. */
function withCounts(store: GraphStore, counts: () => Promise<unknown>): GraphStore {
  return Object.create(store, { counts: { value: counts, writable: true, configurable: true } }) as GraphStore;
}

describe.each(BACKENDS)('time budgets (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    // Three articles through CoreNLP before the budget starts: minutes when CoreNLP is shared and busy.
    it(`[${backend}] past REQUEST_TIMEOUT_MS a write already under way completes, and a mutation still queued behind it never writes`, { timeout: 300_000 }, async () => {
      const base = await openTestStore(backend);
      // Armed below: the next write starts, says so, and waits for the test's release while holding
      // the write lock.
      let slowNext = false;
      let writeStarted!: () => void;
      const started = new Promise<void>((resolve) => (writeStarted = resolve));
      let releaseWrite!: () => void;
      const released = new Promise<void>((resolve) => (releaseWrite = resolve));
      const store = Object.create(base, {
        upsert: {
          value: async (batch: Parameters<GraphStore['upsert']>[0]) => {
            if (slowNext) {
              slowNext = false;
              writeStarted();
              await released;
            }
            return base.upsert(batch);
          },
          writable: true,
          configurable: true,
        },
      }) as GraphStore;
      const server = await startTestServer(backend, { store, config: { QUERY_TIMEOUT_MS: 500, REQUEST_TIMEOUT_MS: 3_000 } });
      try {
        const [warmUp, first, second] = evalArticles();
        // CoreNLP's answers for all three, and the driver, come before the budget: on a busy machine
        // annotating one article alone can outlast REQUEST_TIMEOUT_MS, and the budget under test is
        // the write's. The server asks the same run-wide annotator (tests/support/corenlp.ts).
        await Promise.all([first, second].map((article) => testNlp().annotate(article.text, { publishedAt: article.publishedAt ?? undefined })));
        await ingestArticle(base, warmUp, testNlp());
        const before = await base.counts();
        slowNext = true;
        const slow = server.query(INGEST, { input: first });
        const early = await Promise.race([started.then(() => undefined), slow]);
        expect(early, 'the first ingest reached its write before REQUEST_TIMEOUT_MS').toBeUndefined();
        const queued = await server.query(INGEST, { input: second });
        expect(queued.status).toBe(503);
        expect(queued.body.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
        expect((await slow).status).toBe(503); // it outlived the budget too, but its write had begun: it finishes
        releaseWrite();
        // Once the first ingest is done, the queued one gets the lock, and its store calls fail at once.
        await expect.poll(async () => (await base.counts()).articles, { timeout: 10_000, interval: 100 }).toBe(before.articles + 1);
        // Mutations run in order: once a later one is answered, the queued one has had its turn.
        await expect.poll(async () => (await server.query(INGEST, { input: warmUp })).body.data?.ingestArticle.outcome, { timeout: 20_000, interval: 100 }).toBe('UNCHANGED');
        const urls = (await base.getArticles((await base.articlesPage({ first: 100 })).items)).map((a) => a?.url);
        expect(urls).toContain(first.url);
        expect(urls).not.toContain(second.url);
        expect((await base.counts()).articles).toBe(before.articles + 1);
      } finally {
        await server.close();
      }
    });

    // Neo4j only: the embedded store has no statement timeout (see lockedNeo4jStore).
    if (backend === 'neo4j') {
      it(`[${backend}] a store write held past QUERY_TIMEOUT_MS (${SLOW_QUERY_TIMEOUT_MS} ms) is stopped by the store and answered QUERY_TIMEOUT in time`, async () => {
        const { store, blockedWrite, release } = await lockedNeo4jStore();
        // A store whose counts() (behind { stats }) runs the write that waits on the lock.
        const server = await startTestServer(backend, { store: withCounts(store, blockedWrite), seed: false, config: { QUERY_TIMEOUT_MS: SLOW_QUERY_TIMEOUT_MS } });
        try {
          const started = performance.now();
          const res = await server.query('{ stats { claims } }');
          const elapsed = performance.now() - started;
          expect(res.body.errors?.[0], JSON.stringify(res.body)).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' }, path: ['stats'] });
          expect(res.body.errors?.[0].message).toMatch(/time budget/);
          expect(elapsed).toBeGreaterThanOrEqual(SLOW_QUERY_TIMEOUT_MS * 0.8);
          expect(elapsed).toBeLessThan(SLOW_QUERY_TIMEOUT_MS + SLOW_QUERY_SLACK_MS);
          // The store is fine afterwards.
          expect((await server.query('{ predicates { name } }')).body.errors).toBeUndefined();
          await release();
          await store.ping();
        } finally {
          await release();
          await server.close();
        }
      });
    }

    it(`[${backend}] a request still running after REQUEST_TIMEOUT_MS is answered 503 QUERY_TIMEOUT, and the server keeps serving`, async () => {
      const store = await openTestStore(backend);
      const hanging = withCounts(store, () => new Promise(() => undefined));
      const server = await startTestServer(backend, { store: hanging, seed: false, config: { QUERY_TIMEOUT_MS: 100, REQUEST_TIMEOUT_MS: 400 } });
      try {
        const started = performance.now();
        const res = await server.query('{ stats { claims } }');
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
        expect(res.body.errors?.[0].message).toContain('400 ms (REQUEST_TIMEOUT_MS)');
        expect(performance.now() - started).toBeLessThan(400 + SLOW_QUERY_SLACK_MS);
        expect((await server.query('{ predicates { name } }')).status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
});
