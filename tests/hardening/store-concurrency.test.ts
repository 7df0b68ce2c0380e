// Concurrent writes and reads on a store that persists (the embedded store on disk, not in memory):
// CONCURRENT_BATCHES generated batches sent at once through the store port, each twice, while a
// reader polls; on the embedded store a second process writes other batches into the same file at
// the same time. No write or read fails, no reader sees an article half-written, and every article
// is stored once and whole.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import type { GraphStore } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';
import { CLAIMS_PER_ARTICLE, EVIDENCE_PER_CLAIM, generatedArticleProblems, generatedBatch } from '../support/generated-batches.js';
import { type Writer, startWriter } from '../support/writer-process.js';
import { CONCURRENT_BATCHES } from './support/figures.js';

/** Batches the second writer process writes (numbered after the in-process ones). */
const OTHER_PROCESS_BATCHES = 10;
/**
 * On Neo4j the batches queue for the locks of the places they share, each a few dozen statements
 * over the network: on a busy 2-core machine the 40 writes alone took 25–35 s.
 */
const TEST_TIMEOUT_MS = 180_000;

describe.each(BACKENDS)('concurrent batches on a persistent store (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-concurrency-'));
    const file = path.join(dir, 'graph.sqlite');
    const opened: GraphStore[] = [];
    afterAll(async () => {
      for (const store of opened) await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const open = async () => {
      const store = backend === 'embedded' ? await EmbeddedStore.open({ path: file }) : await openTestStore(backend);
      opened.push(store);
      return store;
    };

    it(`[${backend}] ${CONCURRENT_BATCHES} batches at once, each twice, with a reader polling${backend === 'embedded' ? ' and another process writing' : ''}: 0 errors, each article once and whole`, async () => {
      const store = await open();
      // The reader has its own store (on SQLite its own connection), as another client would.
      const reader = backend === 'embedded' ? await open() : store;
      const numbers = Array.from({ length: CONCURRENT_BATCHES }, (_, n) => n);
      const other: Writer | undefined =
        backend === 'embedded' ? startWriter(file, CONCURRENT_BATCHES, OTHER_PROCESS_BATCHES) : undefined;
      const all = [...numbers, ...(other ? Array.from({ length: OTHER_PROCESS_BATCHES }, (_, i) => CONCURRENT_BATCHES + i) : [])];

      let writing = true;
      let reads = 0;
      const seenHalf: string[] = [];
      const readLoop = async () => {
        for (let last = false; !last; ) {
          last = !writing;
          seenHalf.push(...(await generatedArticleProblems(reader, all)));
          reads++;
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const reading = readLoop();
      const results = await Promise.allSettled(numbers.flatMap((n) => [store.upsert(generatedBatch(n)), store.upsert(generatedBatch(n))]));
      if (other) expect((await other.exited).code, other.errors.join('')).toBe(0);
      writing = false;
      await reading;

      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      // SQLite readers see one snapshot per read; Neo4j reads at read-committed, which the
      // re-upsert of an identical batch meets harmlessly because it updates in place.
      expect(seenHalf.slice(0, 5)).toEqual([]);
      expect(reads).toBeGreaterThan(1);
      expect(await generatedArticleProblems(store, all)).toEqual([]);
      const articles = all.length;
      expect(await store.counts()).toMatchObject({
        articles,
        claims: articles * CLAIMS_PER_ARTICLE,
        evidence: articles * CLAIMS_PER_ARTICLE * EVIDENCE_PER_CLAIM,
        mentions: articles * CLAIMS_PER_ARTICLE,
      });
      console.log(`[${backend}] ${results.length} writes${other ? ` and ${OTHER_PROCESS_BATCHES} from another process` : ''}, ${reads} read passes`);
    }, TEST_TIMEOUT_MS);
  });
});
