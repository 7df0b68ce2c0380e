// Outages (issue 6.6, Neo4j): a separate Neo4j (not the run's shared one) is stopped under a running
// server. Queries answer STORE_UNAVAILABLE within OUTAGE_ANSWER_MS, /readyz turns 503, an ingest
// fails and writes nothing; Neo4j is started again on the same port and data directory and the same
// server recovers by itself (/readyz 200, queries work). An ingest cut off by the outage is whole or
// absent, and retried it succeeds without duplicates: the counts match a clean run of the same ingests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { testNlp } from '../support/corenlp.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { ArticleInput } from '../../src/ingest/article/validate-input.js';
import { openStore } from '../../src/store/open.js';
import type { GraphStore, StoreCounts } from '../../src/store/port.js';
import { type Neo4jLocal, startNeo4jLocal } from '../../tools/neo4j-local/launcher.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { backendAvailable, openTestStore } from '../support/backends.js';
import { INGEST, evalArticles, longArticle } from './support/articles.js';
import { OUTAGE_ANSWER_MS } from './support/figures.js';
import { READY_FRESH_MS } from '../../src/server/readiness.js';

/** Each test stops and starts a Neo4j: on a busy machine that alone can take most of a minute. */
const OUTAGE_TEST_TIMEOUT_MS = 240_000;
/**
 * The setup annotates about 52 KB of text (one article and the 8-copy long one) and starts a Neo4j:
 * with a CoreNLP shared by a second suite run on 2 cores that took over the default 120 s hook timeout.
 */
const OUTAGE_SETUP_TIMEOUT_MS = 600_000;

const SHAPE = `query ($id: ID!) {
  article(id: $id) { claims(first: 100) { totalCount edges { node { evidence { quote } } } } mentions(first: 1) { totalCount } }
  claims(where: { article: { id: { eq: $id } } }) { totalCount }
}`;

const READS = [
  '{ stats { claims } }',
  '{ search(text: "shusha") { id } }',
  '{ entity(id: "place:shushi") { name claims(first: 5) { totalCount } } }',
  '{ path(from: "actor:ilham-aliyev", to: "place:stepanakert") { hops } }',
];

interface Reference {
  id: string;
  shape: { claims: number; evidence: number; mentions: number };
  countsAfter: StoreCounts;
}

/** The same ingests on the run's shared Neo4j, from the same seeded graph: what each adds. */
async function cleanRun(inputs: ArticleInput[]): Promise<{ seeded: StoreCounts; refs: Reference[] }> {
  const store = await openTestStore('neo4j');
  try {
    await seedStore(store);
    const seeded = await store.counts();
    const refs: Reference[] = [];
    for (const input of inputs) {
      const { articleId } = await ingestArticle(store, input, testNlp());
      const page = await store.claimsPage({ article: articleId }, { first: 100 });
      const evidence = await store.getEvidence(page.items);
      const [mentions] = await store.getArticleMentions([articleId]);
      refs.push({
        id: articleId,
        shape: { claims: page.totalCount, evidence: evidence.reduce((sum, e) => sum + e.length, 0), mentions: mentions.length },
        countsAfter: await store.counts(),
      });
    }
    return { seeded, refs };
  } finally {
    await store.clearAll();
    await store.close();
  }
}

describe.runIf(backendAvailable('neo4j'))('Neo4j outage under a running server', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-outage-'));
  let neo4j: Neo4jLocal;
  let store: GraphStore;
  let server: TestServer;
  /** Called when the server's next store write begins (set by the test that stops Neo4j mid-write). */
  let onWrite: (() => void) | undefined;
  const inputs = [evalArticles()[0], longArticle(8, 'outage')];
  let clean: Awaited<ReturnType<typeof cleanRun>>;

  beforeAll(async () => {
    clean = await cleanRun(inputs);
    neo4j = await startNeo4jLocal({ dataDir });
    // The server's store, opened the way npm start opens it.
    // A generous transaction budget: seeding a just-started Neo4j on a busy machine can take over
    // the default 10 s, and the outage answers under test come from the retry policy, not this budget.
    store = await openStore(
      loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000' }),
    );
    await seedStore(store);
    const watched = Object.create(store, {
      upsert: {
        value: (batch: Parameters<GraphStore['upsert']>[0]) => {
          onWrite?.();
          return store.upsert(batch);
        },
        writable: true,
        configurable: true,
      },
    }) as GraphStore;
    server = await startTestServer('neo4j', { store: watched, seed: false });
  }, OUTAGE_SETUP_TIMEOUT_MS); // two ingests through CoreNLP, then a Neo4j started and seeded
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  };

  const shapeOf = async (id: string) => {
    const res = await server.query(SHAPE, { id });
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const article = res.body.data?.article;
    return {
      present: article !== null,
      orphanClaims: article === null ? res.body.data?.claims.totalCount : 0,
      shape: article && {
        claims: article.claims.totalCount,
        evidence: article.claims.edges.reduce((sum: number, e: any) => sum + e.node.evidence.length, 0),
        mentions: article.mentions.totalCount,
      },
    };
  };

  const readyz = () => fetch(`${server.url}/readyz`).then((r) => r.status);

  /** Once Neo4j is back: the time until a query is served again, and /readyz's answer right after it. */
  const waitUntilServed = async () => {
    const started = performance.now();
    await expect.poll(async () => (await server.query('{ stats { claims } }')).body.errors?.[0].extensions?.code ?? 'served', { timeout: 60_000, interval: 200 }).toBe('served');
    const servedMs = performance.now() - started;
    const ready = await timed(readyz);
    return { servedMs, ready: ready.value, readyMs: ready.ms };
  };

  it(`[neo4j] with Neo4j stopped, reads and an ingest answer STORE_UNAVAILABLE within ${OUTAGE_ANSWER_MS} ms, /readyz is 503, and nothing is written`, async () => {
    expect(await readyz()).toBe(200);
    expect(await store.counts()).toEqual(clean.seeded);
    await neo4j.stop();

    const answers: number[] = [];
    for (const query of READS) {
      const { value: res, ms } = await timed(() => server.query(query));
      answers.push(ms);
      expect(res.body.errors?.[0].extensions?.code, `${query}: ${JSON.stringify(res.body)}`).toBe('STORE_UNAVAILABLE');
      expect(res.body.errors?.[0].message).not.toMatch(/bolt|neo4j|127\.0\.0\.1/i);
      expect(ms, query).toBeLessThan(OUTAGE_ANSWER_MS);
    }
    const { value: ready, ms: readyMs } = await timed(readyz);
    expect(ready).toBe(503);
    expect(readyMs).toBeLessThan(OUTAGE_ANSWER_MS);
    const { value: write, ms: writeMs } = await timed(() => server.query(INGEST, { input: inputs[0] }));
    expect(write.body.errors?.[0].extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(writeMs).toBeLessThan(OUTAGE_ANSWER_MS);
    console.log(`[neo4j] during the outage: reads answered in ${answers.map((ms) => ms.toFixed(0)).join(', ')} ms, /readyz in ${readyMs.toFixed(0)} ms, the ingest in ${writeMs.toFixed(0)} ms`);

    // Back on the same port and data: the same server recovers by itself.
    neo4j = await startNeo4jLocal({ port: neo4j.port, dataDir });
    const recovered = await waitUntilServed();
    console.log(`[neo4j] queries served again ${recovered.servedMs.toFixed(0)} ms after Neo4j was ready again; /readyz then answered ${recovered.ready} in ${recovered.readyMs.toFixed(0)} ms`);
    expect(recovered.ready, '/readyz follows the store: 200 once queries are served').toBe(200);
    expect(recovered.readyMs).toBeLessThan(READY_FRESH_MS);
    for (const query of READS) expect((await server.query(query)).body.errors, query).toBeUndefined();
    expect(await store.counts(), 'the failed ingest wrote nothing').toEqual(clean.seeded);

    // The client retries the ingest: it succeeds, exactly as on a clean run.
    const retry = await server.query(INGEST, { input: inputs[0] });
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data?.ingestArticle.outcome).toBe('CREATED');
    expect(await store.counts()).toEqual(clean.refs[0].countsAfter);
    expect(await shapeOf(clean.refs[0].id)).toEqual({ present: true, orphanClaims: 0, shape: clean.refs[0].shape });
  }, OUTAGE_TEST_TIMEOUT_MS);

  it('[neo4j] an ingest cut off by Neo4j stopping is whole or absent, and retried leaves one copy with the counts of a clean run', async () => {
    const long = clean.refs[1];
    const writing = new Promise<void>((resolve) => (onWrite = resolve));
    const answer = server.query(INGEST, { input: inputs[1] }).then(
      (res) => res.body.data?.ingestArticle.outcome ?? res.body.errors?.[0].extensions?.code,
      (error: Error) => `no answer: ${error.message}`,
    );
    await Promise.race([writing, answer]); // its write is under way (or it already failed)
    onWrite = undefined;
    await neo4j.stop();
    const seenByClient = await answer;
    neo4j = await startNeo4jLocal({ port: neo4j.port, dataDir });
    expect((await waitUntilServed()).ready).toBe(200);

    const after = await shapeOf(long.id);
    console.log(`[neo4j] ingest during the stop: client saw ${seenByClient}; the article is ${after.present ? 'whole' : 'absent'}`);
    if (after.present) {
      expect(after.shape).toEqual(long.shape);
      expect(await store.counts()).toEqual(long.countsAfter);
    } else {
      expect(after.orphanClaims).toBe(0);
      expect(await store.counts()).toEqual(clean.refs[0].countsAfter);
    }
    const retry = await server.query(INGEST, { input: inputs[1] });
    expect(retry.body.errors, JSON.stringify(retry.body.errors)).toBeUndefined();
    expect(retry.body.data?.ingestArticle.outcome).toBe(after.present ? 'UNCHANGED' : 'CREATED');
    expect(await store.counts(), 'one copy: the counts of a clean run').toEqual(long.countsAfter);
    expect(await shapeOf(long.id)).toEqual({ present: true, orphanClaims: 0, shape: long.shape });
  }, OUTAGE_TEST_TIMEOUT_MS);
});
