// Crashes: a child process writes generated batches (tests/support/write-batches.ts) through the
// store port, into an on-disk SQLite store or into the run's Neo4j, and is killed with SIGKILL at a
// random moment, CRASH_RUNS times on the same store. After each kill the store opens; every batch
// the writer reported committed is there and whole; the batch it was writing is whole or absent;
// every evidence quote is its article's text at its offsets; and that dropped batch, written
// again, succeeds and is whole.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { Neo4jStore } from '../../src/store/neo4j/adapter.js';
import type { GraphStore } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { CLAIMS_PER_ARTICLE, articleIdOf, generatedArticleProblems, generatedBatch } from '../support/generated-batches.js';
import { type Writer, startWriter } from '../support/writer-process.js';
import { CRASH_AFTER_COMMITS, CRASH_KILL_WITHIN_MS, CRASH_RUNS, CRASH_TEST_BUDGET_MS } from './support/figures.js';

/** More batches than a writer can reach before its kill: it is always killed, never done. */
const BATCHES_PER_WRITER = 1_000;

/**
 * Waits until the Neo4j server holds no transaction but the one asking: the killed writer's last
 * one is then rolled back (or, when its COMMIT was already sent, committed), not still under way.
 */
async function untilWriterTransactionsEnd(uri: string, deadline: number): Promise<void> {
  const { user, password } = neo4jCredentials();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    for (;;) {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS open",
      );
      if (records[0].get('open') === 0) return;
      if (Date.now() > deadline) throw new Error(`the killed writer's transaction is still open on ${uri}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await driver.close();
  }
}

describe.each(BACKENDS)('kill -9 while writing (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const target = () => (backend === 'embedded' ? path.join(dir, 'graph.sqlite') : neo4jUri());
    const open = async (): Promise<GraphStore> =>
      backend === 'embedded' ? EmbeddedStore.open({ path: target() }) : new Neo4jStore({ uri: target(), ...neo4jCredentials() });

    /**
     * The kill lands at a random moment, most often inside the next batch's transaction: on SQLite
     * within CRASH_KILL_WITHIN_MS of a commit; a Neo4j batch takes longer (network round trips per
     * statement), so there within the time the writer has been taking per batch.
     */
    const killAtRandom = async (writer: Writer, deadline: number) => {
      await writer.committedAtLeast(1, deadline - Date.now());
      const firstAt = Date.now();
      const commits = 1 + Math.floor(Math.random() * CRASH_AFTER_COMMITS);
      await writer.committedAtLeast(backend === 'embedded' ? commits : commits + 1, deadline - Date.now());
      const within = backend === 'embedded' ? CRASH_KILL_WITHIN_MS : (Date.now() - firstAt) / commits;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * within));
      writer.child.kill('SIGKILL');
    };

    it(
      `[${backend}] ${CRASH_RUNS[backend]} kill -9s of a process writing batches: the store opens, acknowledged batches are whole, none is half-written, quotes match, the dropped batch writes again`,
      async () => {
        const deadline = Date.now() + CRASH_TEST_BUDGET_MS[backend];
        if (backend === 'neo4j') await (await openTestStore('neo4j')).close(); // emptied
        let next = 0;
        const outcomes = { committed: 0, rolledBack: 0 };
        // A Neo4j writer is a client: the next one loads and connects while this run is checked.
        // An SQLite writer opens the file, which would recover it before the test does: it starts after.
        let spare: Writer | undefined;
        const stop = (writer: Writer, run: number) => (error: Error) => {
          writer.child.kill('SIGKILL');
          throw new Error(`run ${run + 1} of ${CRASH_RUNS[backend]}: ${error.message}`);
        };
        for (let run = 0; run < CRASH_RUNS[backend]; run++) {
          const writer = spare ?? startWriter(target(), 'later', BATCHES_PER_WRITER);
          spare = undefined;
          await writer.ready(deadline - Date.now()).catch(stop(writer, run));
          writer.begin(next);
          await killAtRandom(writer, deadline).catch(stop(writer, run));
          expect((await writer.exited).signal).toBe('SIGKILL');
          expect(writer.errors.join('')).toBe('');
          if (backend === 'neo4j') await untilWriterTransactionsEnd(target(), deadline);
          if (backend === 'neo4j' && run + 1 < CRASH_RUNS[backend]) spare = startWriter(target(), 'later', BATCHES_PER_WRITER);

          const acknowledged = [...writer.committed];
          expect(acknowledged).toEqual(Array.from({ length: acknowledged.length }, (_, i) => next + i));
          const dropped = next + acknowledged.length;
          const store = await open();
          try {
            const written = Array.from({ length: dropped + 1 }, (_, n) => n);
            const present = (await store.getArticles(written.map(articleIdOf))).map((a) => a !== null);
            expect(present.slice(0, dropped).every(Boolean), 'every acknowledged batch survives').toBe(true);
            // A killed SQLite writer leaves a file the next open recovers, which could touch any
            // earlier page: every article is checked again. A killed Neo4j client leaves the server's
            // store as it was: this run's articles are checked, the totals below cover the rest.
            const checked = backend === 'embedded' ? written : written.slice(next);
            expect(await generatedArticleProblems(store, checked)).toEqual([]);
            const droppedWasIn = present[dropped];
            outcomes[droppedWasIn ? 'committed' : 'rolledBack']++;
            // Nothing half-written anywhere: the totals are exactly those of whole articles.
            const counts = await store.counts();
            const articles = dropped + (droppedWasIn ? 1 : 0);
            expect(counts).toMatchObject({ articles, claims: articles * CLAIMS_PER_ARTICLE, mentions: articles * CLAIMS_PER_ARTICLE });

            await store.upsert(generatedBatch(dropped));
            expect(await generatedArticleProblems(store, [dropped])).toEqual([]);
            expect((await store.counts()).articles).toBe(dropped + 1);
          } finally {
            await store.close();
          }
          next = dropped + 1;
        }
        console.log(`[${backend}] ${CRASH_RUNS[backend]} kills: the batch under way was committed ${outcomes.committed} times, rolled back ${outcomes.rolledBack} times`);
      },
      CRASH_TEST_BUDGET_MS[backend] + 30_000,
    );
  });
});
