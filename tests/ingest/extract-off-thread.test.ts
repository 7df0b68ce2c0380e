// Extraction off the event loop (issue 13): ingest's claim rules run on a worker thread. On a real
// CoreNLP document the thread's extraction is the one the same code gives on the main thread; the
// graph lookups it needs are answered by the main thread (which owns the store); a failing lookup
// fails that article only, and a thread that dies is replaced for the next article.
import { readFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { extractArticle, type ExtractionInput } from '../../src/ingest/extract.js';
import { ExtractionThread } from '../../src/ingest/extract-off-thread.js';
import type { NlpDocument } from '../../src/ingest/nlp/document.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { GraphStore } from '../../src/store/port.js';
import { openTestStore } from '../support/backends.js';
import { corenlpAvailable, testNlp } from '../support/corenlp.js';

const ARTICLE = parseArticle(readFileSync(new URL('../fixtures/articles/harbor-2020-11-12-nakhchivan.txt', import.meta.url), 'utf8'));
const INPUT: ExtractionInput = {
  articleId: 'article:off-thread',
  articleKey: 'off-thread',
  sentences: ARTICLE.sentences,
  ...(ARTICLE.publishedAt ? { publishedAt: ARTICLE.publishedAt } : {}),
};

describe.runIf(corenlpAvailable())('extraction on its own thread [embedded] [corenlp]', () => {
  let store: GraphStore;
  let doc: NlpDocument;
  const thread = new ExtractionThread();

  beforeAll(async () => {
    store = await openTestStore('embedded');
    await seedStore(store);
    doc = await testNlp().annotate(ARTICLE.text, { publishedAt: ARTICLE.publishedAt });
  }, 180_000);
  afterAll(async () => {
    await thread.close();
    await store?.close();
  });

  it('[embedded] gives the extraction the main thread gives, asking this thread for the graph lookups', async () => {
    const askedOn: boolean[] = [];
    const lookup = (keys: string[]) => {
      askedOn.push(isMainThread);
      return store.entityIdsByKeys(keys);
    };
    const here = await extractArticle(INPUT, doc, (keys) => store.entityIdsByKeys(keys));
    const there = await thread.extract(INPUT, doc, lookup);
    expect(there).toEqual(here);
    expect(there.claims.length).toBeGreaterThan(0);
    expect(askedOn.length).toBeGreaterThan(0);
    expect(askedOn.every(Boolean)).toBe(true);
    expect(thread.threadId).toBeGreaterThan(0);
    expect(thread.threadId).not.toBe(threadId);
  });

  it('[embedded] a failing lookup fails that article with its message; the next article is extracted', async () => {
    await expect(thread.extract(INPUT, doc, async () => Promise.reject(new Error('store down for this test')))).rejects.toThrow('store down for this test');
    const again = await thread.extract(INPUT, doc, (keys) => store.entityIdsByKeys(keys));
    expect(again.claims.length).toBeGreaterThan(0);
  });

  it('[embedded] a thread that dies fails its article, and a new one extracts the next', async () => {
    const first = thread.threadId;
    // The lookup never answers, so the job is still running when the thread is stopped.
    const stuck = thread.extract(INPUT, doc, () => new Promise(() => undefined));
    await thread.close();
    await expect(stuck).rejects.toThrow(/extraction thread exited/);
    const next = await thread.extract(INPUT, doc, (keys) => store.entityIdsByKeys(keys));
    expect(next.claims.length).toBeGreaterThan(0);
    expect(thread.threadId).not.toBe(first);
  });
});
