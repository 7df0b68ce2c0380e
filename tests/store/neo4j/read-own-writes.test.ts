// Reading one's own writes on Neo4j: every session of the store shares one bookmark manager, so a
// read right after a write is given the bookmark that write returned (on a cluster, the follower
// serving the read waits until it has that write). Seen from outside through a bookmark manager
// handed to the store, which records what the driver stores in it and what it gives to sessions.
import neo4j, { type BookmarkManager } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../../src/store/neo4j/adapter.js';
import { type TestServer, startTestServer } from '../../support/api-server.js';
import { backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../../support/backends.js';
import { articleIdOf, generatedBatch } from '../../support/generated-batches.js';
import { INGEST } from '../../hardening/support/articles.js';

/** A short article, so that the shared CoreNLP answers quickly even on a busy machine. */
const ARTICLE = {
  text: 'Azerbaijan said on Tuesday that its forces had taken control of Shusha. Armenia denied it.',
  title: 'Shusha',
  publishedAt: '2020-11-10',
  publisher: 'Bookmark Wire',
  url: 'https://example.org/bookmarks/shusha',
};

/** A real bookmark manager that logs the bookmarks each committed write left and those each transaction began with. */
function recordingBookmarks() {
  const inner = neo4j.bookmarkManager();
  const log = { written: [] as string[][], given: [] as string[][] };
  const manager: BookmarkManager = {
    async updateBookmarks(previous, next) {
      log.written.push([...next]);
      await inner.updateBookmarks(previous, next);
    },
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      log.given.push(bookmarks);
      return bookmarks;
    },
  } as BookmarkManager;
  return { manager, log };
}

describe.runIf(backendAvailable('neo4j'))('read your own writes [neo4j]', () => {
  const { manager, log } = recordingBookmarks();
  let writer: Neo4jStore;
  let reader: Neo4jStore;
  let server: TestServer;

  beforeAll(async () => {
    await (await openTestStore('neo4j')).close(); // emptied
    writer = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials(), bookmarkManager: manager });
    // A second store (its own driver and connections) sharing the manager, as a second server process could not, but a second client in this one does.
    reader = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials(), bookmarkManager: manager });
    // CoreNLP is shared by every test run on the machine: an ingest may wait for it.
    server = await startTestServer('neo4j', { store: writer, seed: false, config: { REQUEST_TIMEOUT_MS: 120_000 } });
  });
  afterAll(async () => {
    await server?.close();
    await writer?.close();
    await reader?.close();
  });

  it('[neo4j] an upsert read back at once, through another store sharing the bookmarks, is there, and the read began with the bookmark the write returned', async () => {
    await writer.upsert(generatedBatch(1));
    const bookmark = log.written.at(-1);
    expect(bookmark?.length, 'the committed write left a bookmark').toBe(1);
    const givenBefore = log.given.length;

    const [article] = await reader.getArticles([articleIdOf(1)]);
    expect(article?.title).toBe('Generated 1');
    const givenToRead = log.given.slice(givenBefore);
    expect(givenToRead.length, 'the read asked the manager for bookmarks').toBeGreaterThan(0);
    for (const given of givenToRead) expect(given).toEqual(expect.arrayContaining(bookmark!));
  });

  it('[neo4j] an ingest over the API, then a query at once: the article is served, read with the ingest\'s bookmark', async () => {
    const ingest = await server.query(INGEST, { input: ARTICLE });
    expect(ingest.body.errors, JSON.stringify(ingest.body.errors)).toBeUndefined();
    const id = ingest.body.data?.ingestArticle.article.id as string;
    const bookmark = log.written.at(-1)!;
    const givenBefore = log.given.length;

    const res = await server.query('query ($id: ID!) { article(id: $id) { id claims(first: 1) { totalCount } } }', { id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.article.id).toBe(id);
    expect(res.body.data?.article.claims.totalCount).toBe(ingest.body.data?.ingestArticle.createdClaims);
    const givenToRead = log.given.slice(givenBefore);
    expect(givenToRead.length).toBeGreaterThan(0);
    for (const given of givenToRead) expect(given).toEqual(expect.arrayContaining(bookmark));
  }, 150_000);
});
