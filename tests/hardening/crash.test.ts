// Crashes (issue 6.7, embedded): the server runs as a child process on an on-disk LadybugDB; an
// ingest of a long article is in flight when the process gets kill -9: after a delay, while the
// write transaction is filling the write-ahead log, or during the checkpoint after the commit. On
// restart the database opens and holds each article wholly or not at all, checked through the API
// against an in-process reference run of the same ingests; the killed ingest, sent again, succeeds.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { ArticleInput } from '../../src/ingest/article/validate-input.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import type { GraphStore, StoreCounts } from '../../src/store/port.js';
import { TEST_API_KEY } from '../support/api-server.js';
import { INGEST, longArticle } from './support/articles.js';
import { type ChildServer, post, startChildServer } from './support/child-server.js';
import { CRASH_KILLS, type CrashTrigger } from './support/figures.js';

interface Shape {
  claims: number;
  evidence: number;
  mentions: number;
}

const SHAPES = `query ($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Article { id claims(first: 100) { totalCount edges { node { evidence { quote } } } } mentions(first: 1) { totalCount } } }
  stats { articles entities claims evidence mentions edges }
}`;
const ORPHANS = `query ($id: ID!) { claims(where: { article: $id }) { totalCount } }`;

/** Small, then long articles (~46 KB: a few hundred ms of extraction, then a write of ~1,100 mentions, ~1.4 MB of log). */
const WARM_UP: ArticleInput = { text: 'Azerbaijani forces took control of Shushi on Sunday, President Ilham Aliyev said.', title: 'Warm-up', url: 'https://example.org/hardening/warm-up' };
const LONG = CRASH_KILLS.map((_, i) => longArticle(8, `crash-${i}`));

const describeTrigger = (t: CrashTrigger) =>
  'afterMs' in t ? `${t.afterMs} ms after sending` : 'walBytes' in t ? `when the log reaches ${t.walBytes} bytes` : 'during the checkpoint';

/** Resolves when `trigger` fires for the database in `dir`, or with false once `done` settles first. */
async function waitFor(trigger: CrashTrigger, dir: string, done: Promise<unknown>): Promise<boolean> {
  if ('afterMs' in trigger) {
    await new Promise((resolve) => setTimeout(resolve, trigger.afterMs));
    return true;
  }
  let finished = false;
  void done.finally(() => (finished = true));
  const wal = path.join(dir, 'graph.lbug.wal');
  const checkpointFiles = ['graph.lbug.wal.checkpoint', 'graph.lbug.shadow'].map((f) => path.join(dir, f));
  while (!finished) {
    if ('walBytes' in trigger && existsSync(wal) && statSync(wal).size >= trigger.walBytes) return true;
    if ('checkpoint' in trigger && checkpointFiles.some((f) => existsSync(f))) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return false;
}

async function shapeOnStore(store: GraphStore, id: string): Promise<Shape> {
  const page = await store.claimsPage({ article: id }, { first: 100 });
  const evidence = await store.getEvidence(page.items);
  const [mentions] = await store.getArticleMentions([id]);
  return { claims: page.totalCount, evidence: evidence.reduce((sum, e) => sum + e.length, 0), mentions: mentions.length };
}

/** The same ingests in this process, on a fresh seeded store: each article's shape and the counts after it. */
async function referenceRun(inputs: ArticleInput[]): Promise<{ ids: string[]; shapes: Shape[]; countsAfter: StoreCounts[]; seeded: StoreCounts }> {
  const store = await EmbeddedStore.open({ path: ':memory:' });
  await store.applySchema();
  await seedStore(store);
  const seeded = await store.counts();
  const ids: string[] = [];
  const shapes: Shape[] = [];
  const countsAfter: StoreCounts[] = [];
  for (const input of inputs) {
    const { articleId } = await ingestArticle(store, input);
    ids.push(articleId);
    shapes.push(await shapeOnStore(store, articleId));
    countsAfter.push(await store.counts());
  }
  await store.close();
  return { ids, shapes, countsAfter, seeded };
}

describe('kill -9 during an ingest', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
  let server: ChildServer | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`[embedded] ${CRASH_KILLS.length} kill -9s during ingests (${CRASH_KILLS.map(describeTrigger).join('; ')}): after each restart every article is whole or absent, and the retried ingest succeeds`, async () => {
    const inputs = [WARM_UP, ...LONG];
    const reference = await referenceRun(inputs);
    const env = { EMBEDDED_DB_PATH: dir, API_KEYS: TEST_API_KEY, GRAPH_STORE: 'embedded' };
    const key = { 'x-api-key': TEST_API_KEY };

    /** Articles [0, sent) were sent; each must be whole or absent, and the present ones a prefix. */
    const check = async (url: string, sent: number): Promise<number> => {
      const ids = reference.ids.slice(0, sent);
      const res = await post(url, SHAPES, { ids });
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      let present = 0;
      for (const [i, node] of (res.body.data.nodes as any[]).entries()) {
        if (node) {
          const shape = {
            claims: node.claims.totalCount,
            evidence: node.claims.edges.reduce((sum: number, e: any) => sum + e.node.evidence.length, 0),
            mentions: node.mentions.totalCount,
          };
          expect(shape, `${ids[i]} is present, so all of it`).toEqual(reference.shapes[i]);
          expect(i, 'articles are written in order').toBe(present);
          present++;
        } else {
          const orphans = await post(url, ORPHANS, { id: ids[i] });
          expect(orphans.body.data.claims.totalCount, `${ids[i]} is absent, so none of its claims`).toBe(0);
        }
      }
      // Nothing else either: the whole graph is exactly the reference after the same articles.
      expect(res.body.data.stats).toEqual(present === 0 ? reference.seeded : reference.countsAfter[present - 1]);
      return present;
    };

    server = await startChildServer(env);
    const warm = await post(server.url, INGEST, { input: WARM_UP }, key);
    expect(warm.body.errors).toBeUndefined();
    let sent = 1;
    const outcomes: string[] = [];
    for (const [cycle, trigger] of CRASH_KILLS.entries()) {
      // The ingest to interrupt, and the kill when the trigger fires.
      const inFlight = post(server.url, INGEST, { input: LONG[cycle] }, key).then(
        (res) => `answered ${res.body.data?.ingestArticle?.outcome ?? JSON.stringify(res.body.errors)}`,
        () => 'connection lost',
      );
      sent = cycle + 2;
      const fired = await waitFor(trigger, dir, inFlight);
      // The log-size triggers must catch the write under way (the checkpoint may be too quick to see).
      if ('walBytes' in trigger) expect(fired, `${describeTrigger(trigger)}: the write was never seen under way`).toBe(true);
      server.child.kill('SIGKILL');
      const exit = await server.exited;
      expect(exit.signal).toBe('SIGKILL');
      const seenByClient = await inFlight;

      server = await startChildServer(env);
      // A kill while the write was under way leaves a log behind, and the restart says it recovered.
      if (fired && !('afterMs' in trigger)) expect(server.output.join('\n')).toMatch(/not closed cleanly/);
      const present = await check(server.url, sent);
      const committed = present === sent;
      outcomes.push(`${describeTrigger(trigger)}${fired ? '' : ' (missed: killed after the answer)'}: ${committed ? 'committed' : 'rolled back'} (${seenByClient})`);
      // The client retries the interrupted ingest: it succeeds, and leaves one copy.
      const retry = await post(server.url, INGEST, { input: LONG[cycle] }, key);
      expect(retry.body.errors, JSON.stringify(retry.body.errors)).toBeUndefined();
      expect(retry.body.data.ingestArticle.outcome).toBe(committed ? 'UNCHANGED' : 'CREATED');
      expect(await check(server.url, sent)).toBe(sent);
    }
    console.log(`[embedded] kill -9 outcomes: ${outcomes.join('; ')}`);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
