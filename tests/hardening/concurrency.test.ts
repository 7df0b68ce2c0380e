// Concurrency (issue 6.8): 20 ingests of one article at once leave exactly one copy, the same as a
// single ingest (through the API, where mutations queue, and straight on the store, as separate
// processes would race); 50 readers polling while articles are written never see an article
// without all of its claims, their evidence and its mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corenlpUrl, testNlp } from '../support/corenlp.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import type { Annotator } from '../../src/ingest/ingest.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { ArticleInput } from '../../src/ingest/article/validate-input.js';
import type { StoreCounts } from '../../src/store/port.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { INGEST, evalArticles, longArticle } from './support/articles.js';
import { CONCURRENT_INGESTS, CONCURRENT_READERS } from './support/figures.js';

interface Shape {
  claims: number;
  evidence: number;
  mentions: number;
}

/** What each article looks like through the API: claims, evidence quotes across them, mentions. */
const ARTICLE_SHAPES = `query ($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Article {
      id
      claims(first: 100) { totalCount edges { node { id evidence { quote } } } }
      mentions(first: 1) { totalCount }
    }
  }
}`;

function shapeOf(node: any): Shape {
  return {
    claims: node.claims.totalCount,
    evidence: node.claims.edges.reduce((sum: number, e: any) => sum + e.node.evidence.length, 0),
    mentions: node.mentions.totalCount,
  };
}

const delta = (after: StoreCounts, before: StoreCounts) =>
  Object.fromEntries(Object.keys(after).map((k) => [k, after[k as keyof StoreCounts] - before[k as keyof StoreCounts]]));

describe.each(BACKENDS)('concurrent writes and reads (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let seeded: StoreCounts;
    const article = evalArticles()[0];

    /** Empties the store and seeds it again: every test starts from the same graph. */
    async function reset() {
      await server.store.clearAll();
      await seedStore(server.store);
    }

    /** A single ingest on the seeded graph: what one copy of `input` adds, and the article's shape. */
    async function reference(inputs: ArticleInput[]): Promise<{ added: Record<string, number>; shapes: Map<string, Shape> }> {
      // CoreNLP's answers come before any request budget: the long article alone takes ~20 s to
      // annotate on an idle machine, past REQUEST_TIMEOUT_MS when the machine is busy, and what is
      // under test here is the graph, not CoreNLP's speed. The server asks the same run-wide annotator.
      await Promise.all(inputs.map((input) => testNlp().annotate(input.text, { publishedAt: input.publishedAt ?? undefined })));
      await reset();
      const ids: string[] = [];
      for (const input of inputs) {
        const res = await server.query(INGEST, { input });
        expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
        ids.push(res.body.data?.ingestArticle.article.id);
      }
      const added = delta(await server.store.counts(), seeded);
      const res = await server.query(ARTICLE_SHAPES, { ids });
      const shapes = new Map<string, Shape>(res.body.data?.nodes.map((n: any) => [n.id, shapeOf(n)]));
      await reset();
      return { added, shapes };
    }

    beforeAll(async () => {
      server = await startTestServer(backend);
      seeded = await server.store.counts();
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] ${CONCURRENT_INGESTS} ingests of one article at once through the API: one CREATED, the rest UNCHANGED, one copy`, async () => {
      const { added, shapes } = await reference([article]);
      const [[id, shape]] = [...shapes];
      const results = await Promise.all(Array.from({ length: CONCURRENT_INGESTS }, () => server.query(INGEST, { input: article })));
      for (const res of results) expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const outcomes = results.map((r) => r.body.data?.ingestArticle.outcome).sort();
      expect(outcomes).toEqual(['CREATED', ...Array(CONCURRENT_INGESTS - 1).fill('UNCHANGED')]);
      expect(new Set(results.map((r) => r.body.data?.ingestArticle.article.id))).toEqual(new Set([id]));
      expect(delta(await server.store.counts(), seeded)).toEqual(added);
      expect(added.articles).toBe(1);
      const res = await server.query(ARTICLE_SHAPES, { ids: [id] });
      expect(shapeOf(res.body.data?.nodes[0])).toEqual(shape);
    });

    it(`[${backend}] ${CONCURRENT_INGESTS} ingests of one article racing straight on the store (as separate processes would): still one copy`, async () => {
      const { added, shapes } = await reference([article]);
      const [[id, shape]] = [...shapes];
      const results = await Promise.all(Array.from({ length: CONCURRENT_INGESTS }, () => ingestArticle(server.store, article, testNlp())));
      expect(new Set(results.map((r) => r.articleId))).toEqual(new Set([id]));
      expect(delta(await server.store.counts(), seeded)).toEqual(added);
      const res = await server.query(ARTICLE_SHAPES, { ids: [id] });
      expect(shapeOf(res.body.data?.nodes[0])).toEqual(shape);
    });

    it(`[${backend}] ingests sent together are annotated side by side: only deciding and writing waits its turn`, async () => {
      const inputs = [evalArticles()[1], evalArticles()[2]];
      let inFlight = 0;
      let mostInFlight = 0;
      const annotations: Promise<unknown>[] = [];
      // The run's CoreNLP, watched: how many annotations are under way at once.
      const watched: Annotator = {
        async annotate(text, options) {
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          // Not the run-wide cache: each text really goes to CoreNLP.
          const doc = annotate(corenlpUrl(), text, options);
          annotations.push(doc);
          try {
            return await doc;
          } finally {
            inFlight--;
          }
        },
      };
      // Its own server and store (on Neo4j the same database: the next test resets it).
      const other = await startTestServer(backend, { nlp: watched, config: { REQUEST_TIMEOUT_MS: 300_000 } });
      try {
        const before = await other.store.counts();
        const results = await Promise.all(inputs.map((input) => other.query(INGEST, { input })));
        for (const res of results) expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
        expect(results.map((r) => r.body.data?.ingestArticle.outcome)).toEqual(['CREATED', 'CREATED']);
        expect(annotations).toHaveLength(2);
        expect(mostInFlight, 'the second ingest was annotated while the first was').toBe(2);
        expect(delta(await other.store.counts(), before).articles).toBe(2);
      } finally {
        await other.close();
      }
    });

    // The reference annotates a ~23 KB article: most of a minute when CoreNLP is shared and busy.
    it(`[${backend}] ${CONCURRENT_READERS} readers polling while articles are written never see one half-written`, { timeout: 300_000 }, async () => {
      const inputs = [evalArticles()[0], longArticle(4, 'readers')];
      const { shapes } = await reference(inputs);
      const ids = [...shapes.keys()];
      let writing = true;
      let reads = 0;
      const partial: string[] = [];
      const seenWhole = new Set<string>();
      const reader = async () => {
        // Every reader reads at least once after the last write, too.
        for (let last = false; !last; ) {
          last = !writing;
          const res = await server.query(ARTICLE_SHAPES, { ids });
          reads++;
          expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
          for (const node of res.body.data?.nodes ?? []) {
            if (!node) continue;
            const seen = shapeOf(node);
            const expected = shapes.get(node.id)!;
            if (JSON.stringify(seen) !== JSON.stringify(expected)) partial.push(`${node.id}: saw ${JSON.stringify(seen)}, whole is ${JSON.stringify(expected)}`);
            else seenWhole.add(node.id);
          }
        }
      };
      const readers = Array.from({ length: CONCURRENT_READERS }, reader);
      for (const input of inputs) {
        const res = await server.query(INGEST, { input });
        expect(res.body.errors).toBeUndefined();
      }
      writing = false;
      await Promise.all(readers);
      console.log(`[${backend}] ${CONCURRENT_READERS} readers made ${reads} reads during ${inputs.length} ingests`);
      expect(partial.slice(0, 5)).toEqual([]);
      expect(seenWhole).toEqual(new Set(ids));
      expect(reads).toBeGreaterThan(CONCURRENT_READERS * 2);
    });
  });
});
