// The ingestArticle mutation over HTTP on both backends, on a server with the seed loaded and its
// own API key: it answers with the stored article, the outcome and the counts; refused input is
// BAD_USER_INPUT naming the field, and writes nothing; a request without a valid key writes
// nothing; and the ingested article then answers the API's questions like any other. The server
// reads with the run's real Stanford CoreNLP; with an NLP service that does not answer, the
// mutation is NLP_UNAVAILABLE, says how to start one, and writes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Annotator, articleInputFromFile } from '../../src/ingest/ingest.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import type { StoreCounts } from '../../src/store/port.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { corenlpAvailable } from '../support/corenlp.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const NORTHWIND = articleInputFromFile(readFileSync(new URL('northwind-2020-11-10-hadrut.txt', FIXTURES), 'utf8'));
const NORTHWIND_ID = 'article:northwind-example-2020-11-10-hadrut-stepanakert';
// This suite's own write key, configured on its server.
const WRITE_KEY = 'ingest-mutation-test-key-5f0c2a9e';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      outcome curated
      createdEntities createdClaims createdMentions mergedEntities mergedAliases skippedClaims
      corroborations contradictions
      article { id title publisher publishedAt url version contentHash supersedes { id version } sentences { index caption } }
    }
  }
`;

interface Payload {
  outcome: 'CREATED' | 'UNCHANGED' | 'NEW_VERSION';
  curated: boolean;
  createdEntities: number;
  createdClaims: number;
  createdMentions: number;
  mergedEntities: number;
  mergedAliases: number;
  skippedClaims: number;
  corroborations: number;
  contradictions: number;
  article: Record<string, any>;
}

describe.each(BACKENDS)('ingestArticle mutation over HTTP [%s] [corenlp]', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}]`, () => {
    let server: TestServer;
    let created: Payload;
    let countsBefore: StoreCounts;

    const ingest = (input: Record<string, unknown>, apiKey: string | null = WRITE_KEY) => server.query<{ ingestArticle: Payload }>(INGEST, { input }, { apiKey });
    async function ok<T = Record<string, any>>(res: Promise<GraphQLResponse<T>>): Promise<T> {
      const { status, body } = await res;
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      return body.data as T;
    }

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: true, config: { API_KEYS: [WRITE_KEY] } });
      countsBefore = await server.store.counts();
      created = (await ok(ingest({ ...NORTHWIND }))).ingestArticle;
    });
    afterAll(async () => server?.close());

    it(`[${backend}] answers a new article with CREATED, the stored article and counts matching what the store gained`, async () => {
      expect(created).toMatchObject({
        outcome: 'CREATED',
        curated: false,
        skippedClaims: 0,
        article: {
          id: NORTHWIND_ID,
          title: NORTHWIND.title,
          publisher: 'Northwind Wire',
          publishedAt: '2020-11-10',
          url: NORTHWIND.url,
          version: 1,
          supersedes: null,
        },
      });
      expect(created.article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(created.article.sentences).toHaveLength(6);
      const after = await server.store.counts();
      expect(after.articles).toBe(countsBefore.articles + 1);
      expect(after.claims).toBe(countsBefore.claims + created.createdClaims);
      expect(after.entities).toBe(countsBefore.entities + created.createdEntities);
      expect(after.mentions).toBe(countsBefore.mentions + created.createdMentions);
      expect(created.createdClaims).toBeGreaterThan(0);
      // Stepanakert, Hadrut's region and the ministry are the seed's: resolved, not created.
      expect(created.mergedEntities).toBeGreaterThanOrEqual(3);
    });

    it(`[${backend}] the ingested article answers search: its new person and the places it names are found`, async () => {
      const { vardanyan, hadrut, stepanakert } = await ok(
        server.query(/* GraphQL */ `
          query {
            vardanyan: search(text: "vardanyan") { id kind provisional }
            hadrut: search(text: "Hadrut") { id kind }
            stepanakert: search(text: "Stepanakert", kinds: [PLACE]) { id mentions(first: 100) { edges { node { article { id } } } } }
          }
        `),
      );
      expect(vardanyan[0]).toEqual({ id: 'actor:tigran-vardanyan', kind: 'ACTOR', provisional: true });
      expect(hadrut[0]).toMatchObject({ id: 'place:hadrut', kind: 'PLACE' });
      // Stepanakert is the seed's entity, now also mentioned by the new article.
      expect(stepanakert[0].id).toBe('place:stepanakert');
      const articles = stepanakert[0].mentions.edges.map((e: { node: { article: { id: string } } }) => e.node.article.id);
      expect(articles).toEqual(expect.arrayContaining(['article:ap-2020-11-09-shushi-helicopter', NORTHWIND_ID]));
    });

    it(`[${backend}] claims(where: { article: { id } }) lists the article's claims, each with evidence quoting its text between the offsets, inside its sentence (sentenceText)`, async () => {
      const { claims, article } = await ok(
        server.query(
          /* GraphQL */ `
            query($article: ID!) {
              article(id: $article) { text sentences { text } }
              claims(where: { article: { id: { eq: $article } } }, first: 100) {
                totalCount
                edges { node { id predicate status origin { kind rule } subject { id } object { id } evidence { quote start end sentence sentenceText prefix suffix } } }
              }
            }
          `,
          { article: NORTHWIND_ID },
        ),
      );
      expect(claims.totalCount).toBe(created.createdClaims);
      for (const { node } of claims.edges) {
        expect(node.origin.kind).toBe('EXTRACTED');
        expect(node.evidence.length).toBeGreaterThan(0);
        for (const ev of node.evidence) {
          expect(article.text.slice(ev.start, ev.end), node.id).toBe(ev.quote);
          expect(article.text.slice(0, ev.start).endsWith(ev.prefix)).toBe(true);
          expect(article.text.slice(ev.end).startsWith(ev.suffix)).toBe(true);
          expect(ev.sentenceText).toBe(article.sentences[ev.sentence].text);
          expect(ev.sentenceText).toContain(ev.quote.slice(0, Math.min(ev.quote.length, ev.sentenceText.length)).split('\n')[0].slice(0, 20));
        }
      }
    });

    it(`[${backend}] answers "who claimed Azerbaijani forces took Hadrut, and when?" from the ingested article`, async () => {
      const { claims } = await ok(
        server.query(/* GraphQL */ `
          query {
            claims(where: { object: { id: { eq: "place:hadrut" } }, predicate: { eq: TOOK_CONTROL_OF } }) {
              edges { node { status subject { id } attributedTo { id name } statedOn { value precision } article { id } evidence { quote } } }
            }
          }
        `),
      );
      expect(claims.edges).toHaveLength(1);
      expect(claims.edges[0].node).toMatchObject({
        status: 'CLAIMED',
        subject: { id: 'actor:azerbaijani-forces' },
        attributedTo: [{ id: 'actor:azerbaijan-defense-ministry' }],
        statedOn: { value: '2020-11-09', precision: 'DAY' },
        article: { id: NORTHWIND_ID },
        evidence: [{ quote: 'Azerbaijani forces had captured Hadrut' }],
      });
    });

    it(`[${backend}] the same text again answers UNCHANGED with the same article and writes nothing`, async () => {
      const before = await server.store.counts();
      const { ingestArticle } = await ok(ingest({ ...NORTHWIND }));
      expect(ingestArticle).toMatchObject({ outcome: 'UNCHANGED', createdClaims: 0, createdEntities: 0, createdMentions: 0, article: { id: NORTHWIND_ID, version: 1 } });
      expect(await server.store.counts()).toEqual(before);
    });

    it(`[${backend}] a new text at the same URL answers NEW_VERSION with version 2 superseding version 1`, async () => {
      const text = NORTHWIND.text.replace('Goris is about 60km from Stepanakert.', 'Goris is about 65km from Stepanakert.');
      const { ingestArticle } = await ok(ingest({ ...NORTHWIND, text }));
      expect(ingestArticle).toMatchObject({ outcome: 'NEW_VERSION', article: { id: `${NORTHWIND_ID}-v2`, version: 2, supersedes: { id: NORTHWIND_ID, version: 1 } } });
      const { v1 } = await ok(server.query(`query { v1: article(id: "${NORTHWIND_ID}") { version supersedes { id } claims { totalCount } } }`));
      expect(v1).toEqual({ version: 1, supersedes: null, claims: { totalCount: created.createdClaims } });
    });

    const GOOD = 'Goris is about 60km from Stepanakert.';
    const refused: { what: string; input: Record<string, unknown>; field: string; says: RegExp }[] = [
      { what: 'an empty text', input: { text: '' }, field: 'text', says: /empty/ },
      { what: 'a binary text with NUL characters', input: { text: `\u0000\u0001${GOOD}` }, field: 'text', says: /binary/ },
      { what: 'an HTML page', input: { text: `<html><body><p>${GOOD}</p></body></html>` }, field: 'text', says: /HTML/ },
      { what: 'url "ftp://example.org/a"', input: { text: GOOD, url: 'ftp://example.org/a' }, field: 'url', says: /http\(s\)/ },
    ];

    // The Date and URL scalars refuse malformed values while the variables are read, before any resolver.
    it.each([
      { what: 'publishedAt "2020-13-45"', input: { text: GOOD, publishedAt: '2020-13-45' }, field: 'publishedAt', says: /Date cannot represent "2020-13-45": use an ISO 8601 date YYYY-MM-DD/ },
      { what: 'publishedAt "2021-02-29"', input: { text: GOOD, publishedAt: '2021-02-29' }, field: 'publishedAt', says: /Date cannot represent "2021-02-29"/ },
      { what: 'url "not a url"', input: { text: GOOD, url: 'not a url' }, field: 'url', says: /URL cannot represent "not a url": give an absolute URL/ },
    ])(`[${backend}] refuses $what by its scalar: 400 BAD_USER_INPUT naming input.$field and the valid form, and writes nothing`, async ({ input, field, says }) => {
      const before = await server.store.counts();
      const { status, body } = await ingest(input);
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toContain(`"input.${field}"`);
      expect(body.errors![0].message).toMatch(says);
      expect(await server.store.counts()).toEqual(before);
    });

    // Lengths are checked before anything runs, for every argument (api/limits/argument-lengths.ts).
    it.each([
      { what: 'a text over 200,000 characters', input: { text: 'a'.repeat(200_001) }, field: 'text', says: /200001 characters; at most 200000/ },
      { what: 'a title over 500 characters', input: { text: GOOD, title: 'T'.repeat(501) }, field: 'title', says: /501 characters; at most 500/ },
    ])(`[${backend}] refuses $what before it runs: 400 BAD_USER_INPUT naming IngestArticleInput.$field, and writes nothing`, async ({ input, field, says }) => {
      const before = await server.store.counts();
      const { status, body } = await ingest(input);
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: `IngestArticleInput.${field}` });
      expect(body.errors![0].message).toMatch(says);
      expect(await server.store.counts()).toEqual(before);
    });

    it.each(refused)(`[${backend}] refuses $what with BAD_USER_INPUT naming input.$field, and writes nothing`, async ({ input, field, says }) => {
      const before = await server.store.counts();
      const { status, body } = await ingest(input);
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: `input.${field}` });
      expect(body.errors![0].message).toContain(field);
      expect(body.errors![0].message).toMatch(says);
      expect(await server.store.counts()).toEqual(before);
    });

    it(`[${backend}] refuses an input without its required text with BAD_USER_INPUT naming the field`, async () => {
      const before = await server.store.counts();
      const { body } = await ingest({ title: 'No text at all' });
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toContain('"text"');
      expect(await server.store.counts()).toEqual(before);
    });

    it(`[${backend}] refuses the mutation without an API key or with a wrong one (UNAUTHENTICATED), writing nothing, and accepts the key as a Bearer token`, async () => {
      const before = await server.store.counts();
      const input = { text: 'Officials said Goris is about 61km from Stepanakert.', publisher: 'Auth Check' };
      for (const apiKey of [null, 'not-the-right-key-at-all-0000']) {
        const { status, body } = await ingest(input, apiKey);
        expect(status).toBe(401);
        expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(await server.store.counts()).toEqual(before);
      }
      const bearer = await server.query<{ ingestArticle: Payload }>(INGEST, { input }, { apiKey: null, headers: { authorization: `Bearer ${WRITE_KEY}` } });
      expect(bearer.body.errors).toBeUndefined();
      expect(bearer.body.data?.ingestArticle.outcome).toBe('CREATED');
    });
  });
});

// A real CoreNLP client pointed at a closed loopback port: the service is down, not mocked.
const UNREACHABLE_NLP: Annotator = { annotate: (text, options) => annotate('http://127.0.0.1:1', text, options) };

describe.each(BACKENDS)('ingestArticle mutation with the NLP service down [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: true, config: { API_KEYS: [WRITE_KEY] }, nlp: UNREACHABLE_NLP });
    });
    afterAll(async () => server?.close());

    it(`[${backend}] answers NLP_UNAVAILABLE with a message naming \`npm run corenlp:local\`, and writes nothing`, async () => {
      const before = await server.store.counts();
      const { status, body } = await server.query<{ ingestArticle: Payload }>(INGEST, { input: { ...NORTHWIND } }, { apiKey: WRITE_KEY });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions?.code).toBe('NLP_UNAVAILABLE');
      expect(body.errors![0].message).toContain('npm run corenlp:local');
      expect(body.errors![0].path).toEqual(['ingestArticle']);
      expect(await server.store.counts()).toEqual(before);
      expect(await server.store.getArticles([NORTHWIND_ID])).toEqual([null]);
    });

    it(`[${backend}] still answers queries while the NLP service is down`, async () => {
      const res = await server.query(/* GraphQL */ `query { search(text: "Stepanakert", kinds: [PLACE]) { id } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.search[0].id).toBe('place:stepanakert');
    });
  });
});
