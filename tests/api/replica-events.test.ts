// Live updates across server replicas (issue 14.5): events travel through the store's change log,
// written in the ingest's own transaction, so a subscriber on one server hears of a write made
// through another server (or any other process) on the same store. Two servers here share one
// store as two replicas would: one Neo4j database, or one SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { GraphBatch } from '../../src/model/records.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { Neo4jStore } from '../../src/store/neo4j/adapter.js';
import type { GraphStore } from '../../src/store/port.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { generatedBatch } from '../support/generated-batches.js';

/** Polls `check` until it holds, failing with `what` after `ms`. */
async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function collect(client: Client, query: string) {
  const results: any[] = [];
  client.subscribe({ query }, { next: (r) => results.push(r), error: () => undefined, complete: () => undefined });
  return results;
}

/** An article's batch as an ingest would write it: with the change it announces. */
function announced(n: number, publisher: string): GraphBatch {
  const batch = generatedBatch(n);
  batch.articles[0].publisher = publisher;
  batch.change = { articleId: batch.articles[0].id, outcome: 'CREATED', claimIds: batch.claims.map((c) => c.id), links: [] };
  return batch;
}

describe.each(BACKENDS)('events across replicas (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let dir: string | undefined;
    let storeA: GraphStore;
    let storeB: GraphStore;
    let a: TestServer;
    let b: TestServer;
    const clients: Client[] = [];
    const logs = { a: [] as string[], b: [] as string[], late: [] as string[] };
    /** Subscriptions a server has joined to its event hub, from its log. */
    const subscribed = (lines: string[]) => lines.filter((l) => JSON.parse(l).msg === 'subscribed').length;

    beforeAll(async () => {
      if (backend === 'embedded') {
        dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-replicas-'));
        storeA = await EmbeddedStore.open({ path: path.join(dir, 'graph.db') });
        storeB = await EmbeddedStore.open({ path: path.join(dir, 'graph.db') });
      } else {
        storeA = await openTestStore('neo4j');
        storeB = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials() });
      }
      a = await startTestServer(backend, { store: storeA, config: { LIVE_POLL_MS: 100 }, log: (line) => logs.a.push(line) });
      b = await startTestServer(backend, { store: storeB, seed: false, config: { LIVE_POLL_MS: 100 }, log: (line) => logs.b.push(line) });
    });
    afterAll(async () => {
      for (const client of clients) await client.dispose();
      await a?.close();
      await b?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const client = (server: TestServer) => {
      const c = createClient({ url: server.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(c);
      return c;
    };

    it(`[${backend}] a write through one replica reaches subscribers of both, once each, with data read from the store, filters applied`, async () => {
      const onB = client(b);
      const onA = client(a);
      const articlesB = collect(onB, `subscription { articleIngested { outcome createdClaims article { id publisher } } }`);
      const claimsB = collect(onB, `subscription { claimAdded(where: { article: { publisher: { eq: "Replica Wire" } } }) { id article { id } } }`);
      const otherB = collect(onB, `subscription { claimAdded(where: { article: { publisher: { eq: "Another Wire" } } }) { id } }`);
      const articlesA = collect(onA, `subscription { articleIngested { article { id } } }`);
      await until('four subscriptions to join', () => subscribed(logs.b) >= 3 && subscribed(logs.a) >= 1);

      const batch = announced(91, 'Replica Wire');
      await storeA.upsert(batch);
      await until('replica B to announce the article and its claims', () => articlesB.length >= 1 && claimsB.length >= batch.claims.length);
      await until('replica A to announce the article', () => articlesA.length >= 1);
      expect(articlesB.map((r) => r.data.articleIngested)).toEqual([
        { outcome: 'CREATED', createdClaims: batch.claims.length, article: { id: batch.articles[0].id, publisher: 'Replica Wire' } },
      ]);
      expect(claimsB.map((r) => r.data.claimAdded.id)).toEqual(batch.claims.map((c) => c.id));
      expect(claimsB.every((r) => r.data.claimAdded.article.id === batch.articles[0].id)).toBe(true);
      expect(otherB).toEqual([]);
      expect(articlesA.map((r) => r.data.articleIngested.article.id)).toEqual([batch.articles[0].id]);
    });

    it(`[${backend}] a server started after a change does not replay it; a batch without a change (seeding) announces nothing`, async () => {
      const late = await startTestServer(backend, {
        store: backend === 'embedded' ? await EmbeddedStore.open({ path: path.join(dir!, 'graph.db') }) : new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials() }),
        seed: false,
        config: { LIVE_POLL_MS: 100 },
        log: (line) => logs.late.push(line),
      });
      try {
        const before = subscribed(logs.b);
        const heard = collect(client(late), `subscription { articleIngested { article { id } } }`);
        const onB = collect(client(b), `subscription { articleIngested { article { id } } }`);
        await until('both subscriptions to join', () => subscribed(logs.late) >= 1 && subscribed(logs.b) > before);
        const silent = generatedBatch(92);
        await storeA.upsert(silent);
        const next = announced(93, 'Replica Wire');
        await storeA.upsert(next);
        await until('the late server and replica B to announce the next article', () => heard.length >= 1 && onB.length >= 1);
        expect(heard.map((r) => r.data.articleIngested.article.id)).toEqual([next.articles[0].id]);
        expect(onB.map((r) => r.data.articleIngested.article.id)).toEqual([next.articles[0].id]);
      } finally {
        await late.close();
      }
    });
  });
});
