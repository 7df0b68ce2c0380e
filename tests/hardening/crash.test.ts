// Crashes (embedded): a child process writes generated batches (tests/support/write-batches.ts)
// through the store port into an on-disk SQLite store and is killed with SIGKILL at a random moment,
// CRASH_RUNS times on the same file. After each kill the store opens; every batch the writer
// reported committed is there and whole; the batch it was writing is whole or absent; every
// evidence quote is its article's text at its offsets; and that dropped batch, written again,
// succeeds and is whole.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { CLAIMS_PER_ARTICLE, articleIdOf, generatedArticleProblems, generatedBatch } from '../support/generated-batches.js';
import { startWriter } from '../support/writer-process.js';
import { CRASH_AFTER_COMMITS, CRASH_KILL_WITHIN_MS, CRASH_RUNS, CRASH_TEST_BUDGET_MS } from './support/figures.js';

/** More batches than a writer can reach before its kill: it is always killed, never done. */
const BATCHES_PER_WRITER = 1_000;

describe('kill -9 while writing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
  const file = path.join(dir, 'graph.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    `[embedded] ${CRASH_RUNS} kill -9s of a process writing batches: the store opens, acknowledged batches are whole, none is half-written, quotes match, the dropped batch writes again`,
    async () => {
      const deadline = Date.now() + CRASH_TEST_BUDGET_MS;
      let next = 0;
      const outcomes = { committed: 0, rolledBack: 0 };
      for (let run = 0; run < CRASH_RUNS; run++) {
        const writer = startWriter(file, next, BATCHES_PER_WRITER);
        await writer.committedAtLeast(1 + Math.floor(Math.random() * CRASH_AFTER_COMMITS), deadline - Date.now());
        // The kill lands at a random moment, most often inside the next batch's transaction.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * CRASH_KILL_WITHIN_MS));
        writer.child.kill('SIGKILL');
        expect((await writer.exited).signal).toBe('SIGKILL');
        expect(writer.errors.join('')).toBe('');

        const acknowledged = [...writer.committed];
        expect(acknowledged).toEqual(Array.from({ length: acknowledged.length }, (_, i) => next + i));
        const dropped = next + acknowledged.length;
        const store = await EmbeddedStore.open({ path: file });
        try {
          const written = Array.from({ length: dropped + 1 }, (_, n) => n);
          const present = (await store.getArticles(written.map(articleIdOf))).map((a) => a !== null);
          expect(present.slice(0, dropped).every(Boolean), 'every acknowledged batch survives').toBe(true);
          expect(await generatedArticleProblems(store, written)).toEqual([]);
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
      console.log(`[embedded] ${CRASH_RUNS} kills: the batch under way was committed ${outcomes.committed} times, rolled back ${outcomes.rolledBack} times`);
    },
    CRASH_TEST_BUDGET_MS + 30_000,
  );
});
