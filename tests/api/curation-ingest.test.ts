// An article ingested after a merge (issue 14 curation): the text names the merged entity, which
// the lexicon and the graph's search keys both know; the article is stored (not refused for an
// unknown entity), the merged entity is not created again, and its claims and mentions go to the
// entity it was merged into.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleInputFromFile } from '../../src/ingest/ingest.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { corenlpAvailable } from '../support/corenlp.js';

const ARTICLE = articleInputFromFile(readFileSync(new URL('../fixtures/articles/eastline-2020-11-10-shusha.txt', import.meta.url), 'utf8'));
const KEY = 'curation-ingest-key-4c2f9a7e1b';
const KEEP = 'place:nagorno-karabakh';
const MERGE = 'place:shushi';

describe.each(BACKENDS)('ingest after a merge [%s] [corenlp]', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}]`, () => {
    let server: TestServer;
    async function ok<T = Record<string, any>>(res: Promise<GraphQLResponse<T>>): Promise<T> {
      const { body } = await res;
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as T;
    }
    const send = (document: string, variables: Record<string, unknown> = {}) => server.query(document, variables, { apiKey: KEY });

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: true, config: { API_KEYS: [`editor:${KEY}`] } });
    }, 120_000);
    afterAll(async () => server?.close());

    it(`[${backend}] the article naming the merged place is stored, and what it says of it goes to the kept entity`, async () => {
      await ok(send(`mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { revision { id } } }`, { k: KEEP, m: MERGE }));
      const ingested = (
        await ok(send(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`, { input: ARTICLE }))
      ).ingestArticle;
      expect(ingested.outcome).toBe('CREATED');
      const articleId = ingested.article.id;

      const merged = (await ok(send(`query($id: ID!) { entity(id: $id) { id } }`, { id: MERGE }))).entity;
      expect(merged.id).toBe(KEEP);
      const claims = (
        await ok(send(`query($a: ID!) { claims(where: { article: { id: { eq: $a } } }, first: 100) { edges { node { subject { id } object { id } attributedTo { id } } } } }`, { a: articleId }))
      ).claims.edges.map((e: any) => e.node);
      const named = claims.flatMap((c: any) => [c.subject?.id, c.object?.id, ...c.attributedTo.map((a: any) => a.id)]);
      expect(named).not.toContain(MERGE);
      expect(named).toContain(KEEP);
      const mentions = (await ok(send(`query($id: ID!) { entity(id: $id) { mentions(first: 100) { edges { node { article { id } text } } } } }`, { id: KEEP }))).entity.mentions.edges.map(
        (e: any) => e.node,
      );
      expect(mentions).toContainEqual({ article: { id: articleId }, text: 'Şuşa' });
    });
  });
});
