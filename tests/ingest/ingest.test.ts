// ingestArticle on both backends, reading with the real Stanford CoreNLP: a new article (written for
// these tests, not tuned on) becomes entities, mentions and attributed claims the API serves with
// their provenance; the same text again changes nothing; a new text at a known URL is the next
// version, the old one kept; names resolve to what the graph already holds; a write the store
// refuses half way leaves nothing; refused input names the field and writes nothing, before any NLP.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { ArticleInputError, type ArticleInput, MAX_ARTICLE_CHARS, validateArticleInput } from '../../src/ingest/article/validate-input.js';
import { type Annotator, articleInputFromFile, ingestArticle, type IngestResult } from '../../src/ingest/ingest.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import type { GraphBatch } from '../../src/model/records.js';
import { type GraphStore, InvalidBatchError } from '../../src/store/port.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { corenlpAvailable, testNlp } from '../support/corenlp.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const fixture = (name: string): ArticleInput => articleInputFromFile(readFileSync(new URL(name, FIXTURES), 'utf8'));

const NORTHWIND = fixture('northwind-2020-11-10-hadrut.txt');
const NORTHWIND_ID = 'article:northwind-example-2020-11-10-hadrut-stepanakert';

const ARTICLE_QUERY = /* GraphQL */ `
  query Article($id: ID!) {
    article(id: $id) {
      id title publisher publishedAt url version contentHash
      supersedes { id version }
      sentences { index caption }
      mentionedEntities { id name }
    }
  }
`;
const CLAIMS_OF_ARTICLE = /* GraphQL */ `
  query ClaimsOf($article: ID!) {
    claims(where: { article: { id: { eq: $article } } }, first: 100) {
      totalCount
      edges { node {
        id predicate status confidence
        subject { id } object { id }
        attributedTo { id }
        statedOn { value precision }
        origin { kind rule }
        article { id }
        evidence { quote start end sentence caption article { id text } }
      } }
    }
  }
`;
/** A real annotator that cannot answer (nothing listens on port 1): refused input must never reach it. */
const NO_NLP: Annotator = { annotate: (text, options) => annotate('http://127.0.0.1:1', text, options) };

const SEARCH = /* GraphQL */ `
  query Search($text: String!) { search(text: $text) { id name kind provisional aliases } }
`;

/** Runs a query and fails on any GraphQL error. */
async function data<T = Record<string, any>>(server: TestServer, document: string, variables: Record<string, unknown>): Promise<T> {
  const res = await server.query<T>(document, variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data as T;
}

async function rejection(promise: Promise<unknown>): Promise<ArticleInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleInputError);
  return error as ArticleInputError;
}

describe.each(BACKENDS)('ingestArticle [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    describe.runIf(corenlpAvailable())('a new article into an empty graph [corenlp]', () => {
      let server: TestServer;
      let store: GraphStore;
      let first: IngestResult;

      beforeAll(async () => {
        server = await startTestServer(backend, { seed: false });
        store = server.store;
        first = await ingestArticle(store, NORTHWIND, testNlp());
      });
      afterAll(async () => server?.close());

      it(`[${backend}] is created under an id from its URL, with counts of what it wrote`, async () => {
        expect(first).toMatchObject({ articleId: NORTHWIND_ID, outcome: 'created', curated: false, corroborations: 0, contradictions: 0 });
        expect(first.created.claims).toBeGreaterThanOrEqual(3);
        expect(first.created.entities).toBeGreaterThanOrEqual(5);
        expect(first.created.mentions).toBeGreaterThanOrEqual(first.created.claims);
        const counts = await store.counts();
        expect(counts).toMatchObject({ articles: 1, claims: first.created.claims, entities: first.created.entities, mentions: first.created.mentions });
      });

      it(`[${backend}] is served with its header's title, publisher, date and URL, its text as sent and its caption marked`, async () => {
        const { article } = await data(server, ARTICLE_QUERY, { id: NORTHWIND_ID });
        expect(article).toMatchObject({
          id: NORTHWIND_ID,
          title: 'Azerbaijan says its troops hold Hadrut as families leave Stepanakert',
          publisher: 'Northwind Wire',
          publishedAt: '2020-11-10',
          url: 'https://northwind.example/2020/11/10/hadrut-stepanakert',
          version: 1,
          supersedes: null,
        });
        expect(article.sentences).toHaveLength(6);
        expect(article.sentences[0].caption).toBe(true);
        const [stored] = await store.getArticles([NORTHWIND_ID]);
        expect(stored?.text).toBe(NORTHWIND.text);
        expect(stored?.contentHash).toBe(parseArticle(NORTHWIND.text).contentHash);
      });

      it(`[${backend}] makes the names it found searchable: a new person as a provisional actor, known places as lexicon entities`, async () => {
        const { search: vardanyan } = await data(server, SEARCH, { text: 'Tigran Vardanyan' });
        expect(vardanyan[0]).toMatchObject({ id: 'actor:tigran-vardanyan', kind: 'ACTOR', provisional: true });
        const { search: hadrut } = await data(server, SEARCH, { text: 'hadrout' });
        expect(hadrut[0]).toMatchObject({ id: 'place:hadrut', kind: 'PLACE', provisional: false });
        const { article } = await data(server, ARTICLE_QUERY, { id: NORTHWIND_ID });
        expect(article.mentionedEntities.map((e: { id: string }) => e.id)).toEqual(
          expect.arrayContaining(['place:stepanakert', 'place:hadrut', 'actor:tigran-vardanyan', 'place:goris']),
        );
      });

      it(`[${backend}] names "Azerbaijan's Defense Ministry" as the Azerbaijani Defence Ministry (the lexicon's demonym body), not a ministry of no country`, async () => {
        const { search: defence } = await data(server, SEARCH, { text: 'Azerbaijani Defence Ministry' });
        expect(defence[0]).toMatchObject({ id: 'actor:azerbaijani-defence-ministry', kind: 'ACTOR' });
        expect(await store.getEntities(['actor:defense-ministry', 'actor:defence-ministry'])).toEqual([null, null]);
      });

      it(`[${backend}] records each mention as the name alone, without the punctuation after it ("Hadrut," is "Hadrut")`, async () => {
        const [mentions] = await store.getArticleMentions([NORTHWIND_ID]);
        expect(mentions.length).toBeGreaterThan(0);
        for (const m of mentions) {
          expect(m.text, m.entityId).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
          expect(NORTHWIND.text.slice(m.start, m.end)).toBe(m.text);
        }
        expect(mentions.filter((m) => m.entityId === 'place:hadrut').map((m) => m.text)).toEqual(['Hadrut']);
      });

      it(`[${backend}] attributes what Tigran Vardanyan told reporters to him, and makes no entity of the pronoun "his"`, async () => {
        const { claims } = await data(server, CLAIMS_OF_ARTICLE, { article: NORTHWIND_ID });
        const told = claims.edges.map((e: { node: any }) => e.node).filter((c: any) => c.evidence.some((ev: any) => ev.quote.includes('still holding the ridge')));
        expect(told).toHaveLength(1);
        expect(told[0]).toMatchObject({ status: 'CLAIMED', attributedTo: [{ id: 'actor:tigran-vardanyan' }] });
        const { article } = await data(server, ARTICLE_QUERY, { id: NORTHWIND_ID });
        expect(article.mentionedEntities.map((e: { name: string }) => e.name.toLowerCase())).not.toContain('his');
      });

      it(`[${backend}] makes no claim of what the separatist authorities "did not say"`, async () => {
        const { claims } = await data(server, CLAIMS_OF_ARTICLE, { article: NORTHWIND_ID });
        const unsaid = claims.edges.map((e: { node: any }) => e.node).filter((c: any) => c.evidence.some((ev: any) => ev.quote.includes('how many fighters')));
        expect(unsaid).toEqual([]);
      });

      it(`[${backend}] reads "Goris is about 60km from Stepanakert" as an approximate DISTANCE_FROM of 60 km`, async () => {
        const { claims } = await data(server, CLAIMS_OF_ARTICLE, { article: NORTHWIND_ID });
        const distances = claims.edges.map((e: { node: any }) => e.node).filter((c: any) => c.predicate === 'DISTANCE_FROM');
        expect(distances).toEqual([
          expect.objectContaining({ subject: { id: 'place:goris' }, object: { id: 'place:stepanakert' }, status: 'REPORTED', origin: { kind: 'EXTRACTED', rule: 'distance' } }),
        ]);
        const [claim] = await store.getClaims([distances[0].id]);
        expect(claim?.quantity).toEqual({ value: 60, unit: 'km', approximate: true });
      });

      it(`[${backend}] serves every claim with evidence quoting the article between its offsets, and an extraction rule as its origin`, async () => {
        const { claims } = await data(server, CLAIMS_OF_ARTICLE, { article: NORTHWIND_ID });
        expect(claims.totalCount).toBe(first.created.claims);
        for (const { node } of claims.edges) {
          expect(node.article.id).toBe(NORTHWIND_ID);
          expect(node.origin.kind).toBe('EXTRACTED');
          expect(node.origin.rule).toMatch(/^[a-z0-9.-]+$/);
          expect(node.confidence).toBeGreaterThan(0);
          expect(node.evidence.length, node.id).toBeGreaterThan(0);
          for (const ev of node.evidence) {
            expect(ev.article.id).toBe(NORTHWIND_ID);
            expect(ev.article.text.slice(ev.start, ev.end), node.id).toBe(ev.quote);
          }
        }
      });

      it(`[${backend}] serves the ministry's claim that Azerbaijani forces captured Hadrut as CLAIMED on 2020-11-09, quoted verbatim`, async () => {
        const { claims } = await data(server, CLAIMS_OF_ARTICLE, { article: NORTHWIND_ID });
        const took = claims.edges.map((e: { node: any }) => e.node).filter((c: any) => c.predicate === 'TOOK_CONTROL_OF');
        expect(took).toHaveLength(1);
        expect(took[0]).toMatchObject({
          status: 'CLAIMED',
          subject: { id: 'actor:azerbaijani-forces' },
          object: { id: 'place:hadrut' },
          attributedTo: [{ id: 'actor:azerbaijani-defence-ministry' }],
          statedOn: { value: '2020-11-09', precision: 'DAY' },
          origin: { kind: 'EXTRACTED', rule: 'took-control' },
        });
        expect(took[0].evidence).toEqual([expect.objectContaining({ quote: 'Azerbaijani forces had captured Hadrut', sentence: 1, caption: false })]);
      });

      it(`[${backend}] re-ingesting the same text changes nothing and answers 'unchanged' with the same article`, async () => {
        const before = await store.counts();
        const again = await ingestArticle(store, NORTHWIND, testNlp());
        expect(again).toMatchObject({ articleId: NORTHWIND_ID, outcome: 'unchanged', created: { entities: 0, claims: 0, mentions: 0 } });
        expect(await store.counts()).toEqual(before);
        // The text is the identity: other metadata around the same words is the same article.
        const bare = await ingestArticle(store, { text: NORTHWIND.text }, testNlp());
        expect(bare).toMatchObject({ articleId: NORTHWIND_ID, outcome: 'unchanged' });
        expect(await store.counts()).toEqual(before);
      });

      it(`[${backend}] a new text at the same URL is a new version that supersedes the first, both kept`, async () => {
        const v1Claims = (await store.claimsPage({ article: NORTHWIND_ID }, { first: 100 })).items;
        const revised = { ...NORTHWIND, text: NORTHWIND.text.replace('Goris is about 60km from Stepanakert.', 'Goris is about 65km from Stepanakert, officials said later.') };
        const second = await ingestArticle(store, revised, testNlp());
        expect(second).toMatchObject({ articleId: `${NORTHWIND_ID}-v2`, outcome: 'new-version' });
        const { article } = await data(server, ARTICLE_QUERY, { id: `${NORTHWIND_ID}-v2` });
        expect(article).toMatchObject({ version: 2, url: NORTHWIND.url, supersedes: { id: NORTHWIND_ID, version: 1 } });
        expect(await store.articleVersionsByUrl(NORTHWIND.url!)).toEqual([
          { id: NORTHWIND_ID, version: 1 },
          { id: `${NORTHWIND_ID}-v2`, version: 2 },
        ]);
        // The first version and its claims stay as they were.
        expect((await store.counts()).articles).toBe(2);
        expect((await store.claimsPage({ article: NORTHWIND_ID }, { first: 100 })).items).toEqual(v1Claims);
        expect((await data(server, ARTICLE_QUERY, { id: NORTHWIND_ID })).article).toMatchObject({ version: 1, supersedes: null });
        // The versions of one story are one source: no corroboration between them.
        expect(second.corroborations).toBe(0);
        // Sending the first text again finds the first version, unchanged.
        expect(await ingestArticle(store, NORTHWIND, testNlp())).toMatchObject({ articleId: NORTHWIND_ID, outcome: 'unchanged' });
      });

      // Bug: corroborate.ts leaves out only the version directly superseded, so a third version
      // is linked SAME_AS to the first as if it were another source.
      it(`[${backend}] a third version at the same URL is not linked to the first version as corroboration`, async () => {
        const third = { ...NORTHWIND, text: `${NORTHWIND.text}\n\nThis story was updated twice.` };
        const result = await ingestArticle(store, third, testNlp());
        expect(result).toMatchObject({ articleId: `${NORTHWIND_ID}-v3`, outcome: 'new-version' });
        expect((await data(server, ARTICLE_QUERY, { id: `${NORTHWIND_ID}-v3` })).article.supersedes).toEqual({ id: `${NORTHWIND_ID}-v2`, version: 2 });
        expect(result.corroborations).toBe(0);
        const v3Claims = (await store.claimsPage({ article: `${NORTHWIND_ID}-v3` }, { first: 100 })).items;
        expect((await store.getClaimLinks(v3Claims)).flat().filter((l) => l.type === 'SAME_AS')).toEqual([]);
      });
    });

    // Bug: extraction hands ingest a country's place (counterpartId actor:<country>) without the
    // state, and a LEADS claim's state without its entity, so the store refuses the whole batch
    // ("invalid batch, nothing written: unknown entity actor:armenia").
    describe.runIf(corenlpAvailable())('countries the graph does not hold yet [corenlp]', () => {
      let server: TestServer;
      let store: GraphStore;

      beforeAll(async () => {
        server = await startTestServer(backend, { seed: false });
        store = server.store;
      });
      afterAll(async () => server?.close());

      it(`[${backend}] ingests an article naming a country only as a place ("to Armenia"), writing the country with its state counterpart`, async () => {
        const result = await ingestArticle(store, { text: 'The road runs from Stepanakert to Armenia.', publishedAt: '2020-11-10' }, testNlp());
        expect(result.outcome).toBe('created');
        const [place, state] = await store.getEntities(['place:armenia', 'actor:armenia']);
        expect(place).toMatchObject({ kind: 'PLACE', counterpartId: 'actor:armenia' });
        expect(state).toMatchObject({ kind: 'ACTOR', counterpartId: 'place:armenia' });
      });

      it(`[${backend}] ingests "Azerbaijani President Ilham Aliyev" with its LEADS claim on the state Azerbaijan`, async () => {
        const result = await ingestArticle(store, { text: 'Azerbaijani President Ilham Aliyev spoke on television.', publishedAt: '2020-11-10' }, testNlp());
        expect(result.outcome).toBe('created');
        const page = await store.claimsPage({ article: result.articleId, predicates: ['LEADS'] }, { first: 10 });
        const [leads] = await store.getClaims(page.items);
        expect(leads).toMatchObject({ subjectId: 'actor:ilham-aliyev', objectId: 'actor:azerbaijan' });
        expect((await store.getEntities(['actor:azerbaijan']))[0]).toMatchObject({ kind: 'ACTOR', name: 'Azerbaijan' });
      });
    });

    describe.runIf(corenlpAvailable())('a new article into the seeded graph [corenlp]', () => {
      let server: TestServer;
      let store: GraphStore;
      let result: IngestResult;
      let entitiesBefore: Set<string>;
      const SPELLINGS: ArticleInput = {
        title: 'Şuşa and Khankendi after the fall',
        publisher: 'Steppe Review',
        publishedAt: '2020-11-12',
        text:
          'Vahram Poghosian said on Wednesday that the road from Khankendi to Goris was open again. ' +
          'Azerbaijani forces have held Şuşa since Sunday, and Khankendi lies about 10km to the north of it.',
      };

      beforeAll(async () => {
        server = await startTestServer(backend, { seed: true });
        store = server.store;
        entitiesBefore = new Set((await store.entitiesPage(undefined, { first: 1000 })).items);
        result = await ingestArticle(store, SPELLINGS, testNlp());
      });
      afterAll(async () => server?.close());

      it(`[${backend}] resolves other spellings (Şuşa, Khankendi, Vahram Poghosian) to the entities the graph holds, creating none for them`, async () => {
        expect(result.outcome).toBe('created');
        expect(result.merged.entities).toBeGreaterThanOrEqual(3);
        const mentions = await store.getArticleMentions([result.articleId]);
        const byText = (text: string) => [...new Set(mentions[0].filter((m) => m.text === text).map((m) => m.entityId))];
        expect(byText('Şuşa')).toEqual(['place:shushi']);
        expect(byText('Khankendi')).toEqual(['place:stepanakert']);
        expect(byText('Vahram Poghosian')).toEqual(['actor:vagram-pogosian']);
        const created = (await store.entitiesPage(undefined, { first: 1000 })).items.filter((id) => !entitiesBefore.has(id));
        expect(created.length).toBe(result.created.entities);
        const names = (await store.getEntities(created)).flatMap((e) => [e!.name, ...e!.aliases]);
        // None is named by them (a road "from Khankendi to Goris" is a road, not a second Stepanakert).
        expect(names.filter((n) => /^(?:Şuşa|Khankendi|(?:Vahram )?Poghosian)$/.test(n))).toEqual([]);
      });

      it(`[${backend}] learns the new spelling "Vahram Poghosian" as an alias, so search finds Pogosian by it exactly`, async () => {
        expect(result.merged.aliases).toBe(1);
        const [pogosian] = await store.getEntities(['actor:vagram-pogosian']);
        expect(pogosian?.aliases).toContain('Vahram Poghosian');
        expect(pogosian?.name).toBe('Vagram Pogosian');
        const { search } = await data(server, SEARCH, { text: 'vahram poghosian' });
        expect(search[0].id).toBe('actor:vagram-pogosian');
      });

      it(`[${backend}] a figure the curated AP story also states ("Khankendi lies about 10km" from Shushi) corroborates the curated claim: two sources`, async () => {
        expect(result.corroborations).toBeGreaterThanOrEqual(1);
        const { claim } = await data(
          server,
          `query($id: ID!) { claim(id: $id) { quantity { value } corroboratedBy { id article { id publisher } quantity { value unit approximate } } independentSources } }`,
          { id: 'claim:ap-2020-11-09-shushi-helicopter:stepanakert-distance-from-shushi' },
        );
        expect(claim.corroboratedBy).toHaveLength(1);
        expect(claim.corroboratedBy[0]).toMatchObject({ article: { id: result.articleId, publisher: 'Steppe Review' }, quantity: { value: 10, unit: 'km', approximate: true } });
        expect(claim.independentSources).toBe(2);
      });

      it(`[${backend}] leaves the curated article's claims and evidence as they were`, async () => {
        const curated = await store.claimsPage({ origin: 'curated' }, { first: 100 });
        expect(curated.items.every((id) => id.startsWith('claim:ap-2020-11-09-shushi-helicopter:'))).toBe(true);
        const page = await store.claimsPage({ article: result.articleId }, { first: 100 });
        const claims = await store.getClaims(page.items);
        expect(claims.every((c) => c?.origin.startsWith('rule:'))).toBe(true);
      });

      it(`[${backend}] ingesting the seed article's own text into the seeded graph is 'unchanged', under the seed's id`, async () => {
        const before = await store.counts();
        const text = parseArticle(readFileSync(new URL('../../seed/2020-11-09-ap-shushi-helicopter.txt', import.meta.url), 'utf8')).text;
        expect(await ingestArticle(store, { text, publishedAt: '2020-11-09' }, testNlp())).toMatchObject({
          articleId: 'article:ap-2020-11-09-shushi-helicopter',
          outcome: 'unchanged',
        });
        expect(await store.counts()).toEqual(before);
      });
    });

    describe.runIf(corenlpAvailable())('a write that fails half way [corenlp]', () => {
      let server: TestServer;
      let store: GraphStore;

      /** The real store, with upsert watched (and optionally given a batch the store must refuse late). */
      function watched(breakBatch: boolean): { store: GraphStore; upserts: GraphBatch[] } {
        const upserts: GraphBatch[] = [];
        const proxy = new Proxy(store, {
          get(target, prop) {
            if (prop === 'upsert') {
              return async (batch: GraphBatch) => {
                upserts.push(batch);
                // A link to a claim that does not exist: the store finds out only after writing the
                // article, entities, claims and evidence of the batch, inside its transaction.
                const broken = breakBatch
                  ? { ...batch, claims: batch.claims.map((c, i) => (i === batch.claims.length - 1 ? { ...c, links: [...c.links, { type: 'SAME_AS' as const, targetId: 'claim:nowhere:missing' }] } : c)) }
                  : batch;
                return target.upsert(broken);
              };
            }
            const value = Reflect.get(target, prop, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        return { store: proxy, upserts };
      }

      beforeAll(async () => {
        server = await startTestServer(backend, { seed: true });
        store = server.store;
      });
      afterAll(async () => server?.close());

      it(`[${backend}] an ingest whose write the store refuses late (after claims and evidence) leaves nothing behind`, async () => {
        const before = await store.counts();
        const { store: failing, upserts } = watched(true);
        const error = await ingestArticle(failing, NORTHWIND, testNlp()).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error).toBeInstanceOf(InvalidBatchError);
        expect(error?.message).toContain('claim:nowhere:missing');
        expect(upserts).toHaveLength(1);
        expect(upserts[0].claims.length).toBeGreaterThan(0);
        expect(await store.counts()).toEqual(before);
        expect(await store.articleIdByHash(parseArticle(NORTHWIND.text).contentHash)).toBeNull();
        expect(await store.getArticles([NORTHWIND_ID])).toEqual([null]);
        expect(await store.getEntities(['actor:tigran-vardanyan'])).toEqual([null]);
        expect((await store.claimsPage({ article: NORTHWIND_ID }, { first: 1 })).totalCount).toBe(0);
        // Nothing half-written stands in the way of the same article afterwards.
        expect((await ingestArticle(store, NORTHWIND, testNlp())).outcome).toBe('created');
      });

      it(`[${backend}] writes a new article in exactly one upsert (one transaction), and an unchanged one in none`, async () => {
        const { store: counting, upserts } = watched(false);
        const fresh = { text: 'Lachin sits about 40km west of Stepanakert, a Goris official said.', publisher: 'One Write Wire', publishedAt: '2020-11-11' };
        expect((await ingestArticle(counting, fresh, testNlp())).outcome).toBe('created');
        expect(upserts).toHaveLength(1);
        expect(upserts[0].articles.map((a) => a.contentHash)).toEqual([parseArticle(fresh.text).contentHash]);
        expect((await ingestArticle(counting, fresh, testNlp())).outcome).toBe('unchanged');
        expect(upserts).toHaveLength(1);
      });
    });

    describe('refused input', () => {
      let server: TestServer;
      let store: GraphStore;

      beforeAll(async () => {
        server = await startTestServer(backend, { seed: true });
        store = server.store;
      });
      afterAll(async () => server?.close());

      const GOOD = 'Goris is about 60km from Stepanakert.';
      const cases: { what: string; input: ArticleInput; field: string; says: RegExp }[] = [
        { what: 'an empty text', input: { text: '' }, field: 'text', says: /empty.*plain text/ },
        { what: 'a text of whitespace only', input: { text: ' \n\t \n' }, field: 'text', says: /empty/ },
        { what: 'a binary text with NUL characters', input: { text: `PK\u0003\u0004${GOOD}\u0000\u0000` }, field: 'text', says: /binary.*UTF-8/ },
        { what: 'a text with undecodable bytes (U+FFFD)', input: { text: `Goris is about 60km from Stepanakert\uFFFD.` }, field: 'text', says: /not UTF-8/ },
        { what: 'an HTML page', input: { text: `<html><body><p>${GOOD}</p></body></html>` }, field: 'text', says: /HTML.*plain text/ },
        { what: 'a text over 200,000 characters', input: { text: `${GOOD} `.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / (GOOD.length + 1))) }, field: 'text', says: /at most 200000/ },
        { what: 'publishedAt "2020-13-45"', input: { text: GOOD, publishedAt: '2020-13-45' }, field: 'publishedAt', says: /"2020-13-45".*YYYY-MM-DD/ },
        { what: 'publishedAt "2020-02-30" (no such day)', input: { text: GOOD, publishedAt: '2020-02-30' }, field: 'publishedAt', says: /YYYY-MM-DD/ },
        { what: 'publishedAt "10 November 2020"', input: { text: GOOD, publishedAt: '10 November 2020' }, field: 'publishedAt', says: /YYYY-MM-DD/ },
        { what: 'url "not a url"', input: { text: GOOD, url: 'not a url' }, field: 'url', says: /"not a url".*http\(s\)/ },
        { what: 'an ftp url', input: { text: GOOD, url: 'ftp://example.com/story' }, field: 'url', says: /http\(s\)/ },
        { what: 'a title over 500 characters', input: { text: GOOD, title: 'T'.repeat(501) }, field: 'title', says: /at most 500/ },
        { what: 'a publisher over 500 characters', input: { text: GOOD, publisher: 'P'.repeat(501) }, field: 'publisher', says: /at most 500/ },
      ];

      it.each(cases)(`[${backend}] refuses $what with an ArticleInputError naming $field and what is accepted, before any NLP, and writes nothing`, async ({ input, field, says }) => {
        const before = await store.counts();
        const error = await rejection(ingestArticle(store, input, NO_NLP));
        expect(error.field).toBe(field);
        expect(error.message).toMatch(says);
        expect(await store.counts()).toEqual(before);
      });

      it(`[${backend}] accepts a text of exactly 200,000 characters and refuses one more`, () => {
        const text = 'a'.repeat(MAX_ARTICLE_CHARS);
        expect(() => validateArticleInput({ text })).not.toThrow();
        expect(() => validateArticleInput({ text: `${text}a` })).toThrow(ArticleInputError);
      });

      it.runIf(corenlpAvailable())(`[${backend}] refuses any tag in the text, naming it, and accepts null metadata [corenlp]`, async () => {
        const before = await store.counts();
        const tagged = await rejection(ingestArticle(store, { text: 'Officials posted a <br> by mistake. Goris is about 60km from Stepanakert.' }, testNlp()));
        expect(tagged.message).toContain('<br>');
        expect(await store.counts()).toEqual(before);
        const result = await ingestArticle(store, { text: 'Officials posted a notice by mistake. Goris is about 60km from Stepanakert.', title: null, publishedAt: null, publisher: null, url: null }, testNlp());
        expect(result.outcome).toBe('created');
        expect((await store.counts()).articles).toBe(before.articles + 1);
      });
    });
  });
});
