// Corroboration and contradiction across sources, on both backends, reading with the real Stanford
// CoreNLP: two publishers saying the
// same thing are linked SAME_AS and count as two independent sources; a different figure or a
// denial is linked CONTRADICTS; one outlet's several stories are one source. And curated
// annotations win: the seed article's own text, ingested into an empty graph, keeps every curated
// claim, with extracted ones only where they add something.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { QUANTITY_TOLERANCE } from '../../src/ingest/corroborate.js';
import { articleInputFromFile, ingestArticle, type IngestResult } from '../../src/ingest/ingest.js';
import type { ClaimRecord } from '../../src/model/records.js';
import type { GraphStore } from '../../src/store/port.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { corenlpAvailable, testNlp } from '../support/corenlp.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const SEED = new URL('../../seed/', import.meta.url);
const fixture = (name: string) => articleInputFromFile(readFileSync(new URL(name, FIXTURES), 'utf8'));

const HARBOR = fixture('harbor-2020-11-09-shusha.txt'); // Harbor Times: Aliyev said Shusha was taken; Nakhchivan about 70km
const EASTLINE = fixture('eastline-2020-11-10-shusha.txt'); // Eastline News: Poghosyan said Şuşa was taken; about 70 kilometres
const KESTREL = fixture('kestrel-2020-11-11-shusha.txt'); // Kestrel Daily: Armenia denied it; about 120km
const HARBOR_AGAIN = fixture('harbor-2020-11-12-nakhchivan.txt'); // Harbor Times again: about 70km

const CLAIM = /* GraphQL */ `
  query Claim($id: ID!) {
    claim(id: $id) {
      id status
      article { id publisher }
      attributedTo { id }
      quantity { value unit approximate }
      sameAs { id }
      corroboratedBy { id article { id publisher } }
      contradicts { id }
      contradictedBy { id status article { publisher } }
      independentSources
    }
  }
`;

describe.each(BACKENDS)('corroboration across sources [%s] [corenlp]', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}]`, () => {
    let server: TestServer;
    let store: GraphStore;
    const results: Record<'harbor' | 'eastline' | 'kestrel' | 'harborAgain', IngestResult> = {} as never;

    /** The one claim of an article with this predicate, subject and object. */
    async function claimIn(articleId: string, predicate: string, subjectId: string, objectId: string): Promise<ClaimRecord> {
      const page = await store.claimsPage({ article: articleId, predicates: [predicate] }, { first: 100 });
      const claims = (await store.getClaims(page.items)).filter((c): c is ClaimRecord => c !== null && c.subjectId === subjectId && c.objectId === objectId);
      expect(claims, `${predicate}(${subjectId}, ${objectId}) in ${articleId}`).toHaveLength(1);
      return claims[0];
    }
    const distanceIn = (articleId: string) => claimIn(articleId, 'DISTANCE_FROM', 'place:nakhchivan', 'place:nagorno-karabakh');
    const tookShushiIn = (articleId: string) => claimIn(articleId, 'TOOK_CONTROL_OF', 'actor:azerbaijani-forces', 'place:shushi');
    async function api(id: string) {
      const res = await server.query(CLAIM, { id });
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      return res.body.data!.claim;
    }
    const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
    /** Links from a claim, as stored ({ type, targetId }), in target order. */
    async function linksFrom(claim: ClaimRecord): Promise<{ type: string; targetId: string }[]> {
      const [links] = await store.getClaimLinks([claim.id]);
      return links
        .filter((l) => l.from === claim.id)
        .map((l) => ({ type: l.type, targetId: l.to }))
        .sort((a, b) => a.targetId.localeCompare(b.targetId));
    }

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: false });
      store = server.store;
    });
    afterAll(async () => server?.close());

    it(`[${backend}] the first article's claims have nothing to agree or disagree with yet`, async () => {
      results.harbor = await ingestArticle(store, HARBOR, testNlp());
      expect(results.harbor).toMatchObject({ outcome: 'created', corroborations: 0, contradictions: 0 });
      const took = await api((await tookShushiIn(results.harbor.articleId)).id);
      expect(took).toMatchObject({ status: 'CLAIMED', attributedTo: [{ id: 'actor:ilham-aliyev' }], independentSources: 1 });
      const distance = await api((await distanceIn(results.harbor.articleId)).id);
      expect(distance).toMatchObject({ quantity: { value: 70, unit: 'km', approximate: true }, corroboratedBy: [], contradictedBy: [], independentSources: 1 });
    });

    it(`[${backend}] a second publisher saying the same (about 70 kilometres; Şuşa for Shusha) links its claims SAME_AS the first's`, async () => {
      results.eastline = await ingestArticle(store, EASTLINE, testNlp());
      expect(results.eastline).toMatchObject({ outcome: 'created', contradictions: 0 });
      expect(results.eastline.corroborations).toBeGreaterThanOrEqual(2);
      for (const [mine, theirs] of [
        [await distanceIn(results.eastline.articleId), await distanceIn(results.harbor.articleId)],
        [await tookShushiIn(results.eastline.articleId), await tookShushiIn(results.harbor.articleId)],
      ]) {
        expect(await linksFrom(mine)).toEqual([{ type: 'SAME_AS', targetId: theirs.id }]);
        const [links] = await store.getClaimLinks([theirs.id]);
        expect(links).toEqual([{ from: mine.id, to: theirs.id, type: 'SAME_AS' }]);
      }
    });

    it(`[${backend}] via the API, corroboratedBy holds the other source's claim both ways and independentSources is 2`, async () => {
      const harbor = await distanceIn(results.harbor.articleId);
      const eastline = await distanceIn(results.eastline.articleId);
      const fromHarbor = await api(harbor.id);
      const fromEastline = await api(eastline.id);
      expect(ids(fromHarbor.corroboratedBy)).toEqual([eastline.id]);
      expect(ids(fromEastline.corroboratedBy)).toEqual([harbor.id]);
      expect(fromHarbor.corroboratedBy[0].article.publisher).toBe('Eastline News');
      expect(fromHarbor.independentSources).toBe(2);
      expect(fromEastline.independentSources).toBe(2);
      expect(ids(fromHarbor.sameAs)).toEqual([eastline.id]);

      const took = await api((await tookShushiIn(results.harbor.articleId)).id);
      expect(took.corroboratedBy).toEqual([expect.objectContaining({ article: { id: results.eastline.articleId, publisher: 'Eastline News' } })]);
      expect(took.independentSources).toBe(2);
    });

    it(`[${backend}] a third source with a different figure (about 120km) CONTRADICTS both, and a denial CONTRADICTS both claims that Shushi was taken`, async () => {
      results.kestrel = await ingestArticle(store, KESTREL, testNlp());
      const denial = await tookShushiIn(results.kestrel.articleId);
      expect(denial).toMatchObject({ status: 'DENIED', attributedTo: ['actor:armenian-defence-ministry'] });
      const figure = await distanceIn(results.kestrel.articleId);
      expect(figure.quantity).toEqual({ value: 120, unit: 'km', approximate: true });
      expect(results.kestrel.contradictions).toBe(4);
      expect(results.kestrel.corroborations).toBe(0);
      for (const [mine, earlier] of [
        [figure, [await distanceIn(results.harbor.articleId), await distanceIn(results.eastline.articleId)]],
        [denial, [await tookShushiIn(results.harbor.articleId), await tookShushiIn(results.eastline.articleId)]],
      ] as const) {
        const links = await linksFrom(mine);
        expect(links.map((l) => l.type)).toEqual(['CONTRADICTS', 'CONTRADICTS']);
        expect(links.map((l) => l.targetId)).toEqual(earlier.map((c) => c.id).sort());
      }
    });

    it(`[${backend}] via the API, the earlier claims are contradictedBy the third source's, which stays out of corroboratedBy and independentSources`, async () => {
      const harbor = await api((await distanceIn(results.harbor.articleId)).id);
      const kestrel = await distanceIn(results.kestrel.articleId);
      expect(ids(harbor.contradictedBy)).toEqual([kestrel.id]);
      expect(harbor.contradictedBy[0].article.publisher).toBe('Kestrel Daily');
      expect(harbor.corroboratedBy).toHaveLength(1);
      expect(harbor.independentSources).toBe(2);
      const fromKestrel = await api(kestrel.id);
      expect(fromKestrel.contradicts).toHaveLength(2);
      expect(fromKestrel.independentSources).toBe(1);

      const aliyev = await api((await tookShushiIn(results.harbor.articleId)).id);
      expect(aliyev.contradictedBy).toEqual([expect.objectContaining({ status: 'DENIED', article: { publisher: 'Kestrel Daily' } })]);
      // Other sources never change a claim's own status.
      expect(aliyev.status).toBe('CLAIMED');
    });

    it(`[${backend}] a second story by the same outlet corroborates too, but does not count as another independent source`, async () => {
      results.harborAgain = await ingestArticle(store, HARBOR_AGAIN, testNlp());
      const again = await distanceIn(results.harborAgain.articleId);
      // SAME_AS the two 70km claims, CONTRADICTS the 120km one.
      expect(results.harborAgain).toMatchObject({ corroborations: 2, contradictions: 1 });
      const first = await api((await distanceIn(results.harbor.articleId)).id);
      expect(ids(first.corroboratedBy)).toEqual([again.id, (await distanceIn(results.eastline.articleId)).id].sort());
      expect(first.independentSources).toBe(2);
      const fromAgain = await api(again.id);
      expect(fromAgain.independentSources).toBe(2);
    });

    it(`[${backend}] figures within ${QUANTITY_TOLERANCE * 100}% of each other agree, figures further apart contradict`, async () => {
      const near = await ingestArticle(store, {
        text: 'Nakhchivan is about 75km from Nagorno-Karabakh.',
        publisher: 'Tolerance Test Wire',
        publishedAt: '2020-11-13',
      }, testNlp());
      const claim = await distanceIn(near.articleId);
      const targets = new Map((await linksFrom(claim)).map((l) => [l.targetId, l.type]));
      expect(targets.get((await distanceIn(results.harbor.articleId)).id)).toBe('SAME_AS'); // 75 vs 70: 6.7%
      expect(targets.get((await distanceIn(results.kestrel.articleId)).id)).toBe('CONTRADICTS'); // 75 vs 120
    });

    it(`[${backend}] re-ingesting a corroborating article changes no links`, async () => {
      const before = await store.counts();
      const [linksBefore] = await store.getClaimLinks([(await distanceIn(results.harbor.articleId)).id]);
      expect(await ingestArticle(store, EASTLINE, testNlp())).toMatchObject({ outcome: 'unchanged', corroborations: 0 });
      expect(await store.counts()).toEqual(before);
      const [linksAfter] = await store.getClaimLinks([(await distanceIn(results.harbor.articleId)).id]);
      expect(linksAfter).toEqual(linksBefore);
    });
  });
});

// ------------------------------------------------------------------ curated annotations win

interface Annotation {
  article: { id: string };
  claims: { id: string; predicate: string; subject: string; object?: string }[];
}
const annotation = parseYaml(readFileSync(new URL('2020-11-09-ap-shushi-helicopter.annotation.yaml', SEED), 'utf8')) as Annotation;
// The seed file's body: the text after its leading " date 2020-11-09 " prefix.
const seedRaw = readFileSync(new URL('2020-11-09-ap-shushi-helicopter.txt', SEED), 'utf8');
const seedPrefix = /^\s*date 2020-11-09 /.exec(seedRaw);
const seedBody = seedRaw.slice(seedPrefix?.[0].length ?? 0);

describe.each(BACKENDS)('curated annotations win [%s] [corenlp]', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}]`, () => {
    let server: TestServer;
    let store: GraphStore;
    let result: IngestResult;
    const ARTICLE_ID = `article:${annotation.article.id}`;
    const curatedId = (key: string) => `claim:${annotation.article.id}:${key}`;

    beforeAll(async () => {
      expect(seedPrefix).not.toBeNull();
      server = await startTestServer(backend, { seed: false });
      store = server.store;
      result = await ingestArticle(store, { text: seedBody, publishedAt: '2020-11-09' }, testNlp());
    });
    afterAll(async () => server?.close());

    it(`[${backend}] recognises the seed article's text and ingests it as curated, under the annotation's id`, () => {
      expect(result).toMatchObject({ articleId: ARTICLE_ID, outcome: 'created', curated: true });
    });

    it(`[${backend}] keeps every curated claim, with its curated predicate, subject and object and origin CURATED`, async () => {
      const claims = await store.getClaims(annotation.claims.map((c) => curatedId(c.id)));
      annotation.claims.forEach((expected, i) => {
        expect(claims[i], expected.id).not.toBeNull();
        expect(claims[i]).toMatchObject({ predicate: expected.predicate, subjectId: expected.subject, origin: 'curated', articleId: ARTICLE_ID });
        expect(claims[i]?.objectId).toBe(expected.object);
      });
      const res = await server.query(
        /* GraphQL */ `query($article: ID!) { claims(where: { article: { id: { eq: $article } }, origin: { eq: CURATED } }, first: 100) { totalCount edges { node { id origin { kind rule } } } } }`,
        { article: ARTICLE_ID },
      );
      expect(res.body.errors).toBeUndefined();
      const curated = res.body.data!.claims;
      expect(curated.totalCount).toBe(annotation.claims.length);
      for (const { node } of curated.edges) expect(node.origin).toEqual({ kind: 'CURATED', rule: null });
    });

    it(`[${backend}] adds extracted claims only with origin EXTRACTED and never one that repeats a curated (predicate, subject, object)`, async () => {
      const all = await store.claimsPage({ article: ARTICLE_ID }, { first: 500 });
      const claims = (await store.getClaims(all.items)).filter((c): c is ClaimRecord => c !== null);
      const curated = claims.filter((c) => c.origin === 'curated');
      const extracted = claims.filter((c) => c.origin !== 'curated');
      expect(curated).toHaveLength(annotation.claims.length);
      expect(result.created.claims).toBe(claims.length);
      expect(result.skipped.claims).toBeGreaterThan(0);
      const key = (c: ClaimRecord) => `${c.predicate}|${c.subjectId}|${c.objectId ?? ''}`;
      const curatedKeys = new Set(curated.map(key));
      for (const c of extracted) {
        expect(c.origin, c.id).toMatch(/^rule:/);
        expect(curatedKeys.has(key(c)), `${c.id} repeats a curated claim: ${key(c)}`).toBe(false);
      }
      const res = await server.query(
        /* GraphQL */ `query($article: ID!) { claims(where: { article: { id: { eq: $article } }, origin: { eq: EXTRACTED } }, first: 100) { totalCount edges { node { origin { kind rule } } } } }`,
        { article: ARTICLE_ID },
      );
      expect(res.body.data!.claims.totalCount).toBe(extracted.length);
      for (const { node } of res.body.data!.claims.edges) expect(node.origin.kind).toBe('EXTRACTED');
    });

    it(`[${backend}] keeps the curated link: Pogosian's confirmation CONFIRMS Aliyev's claim`, async () => {
      const [links] = await store.getClaimLinks([curatedId('aliyev-claims-azerbaijani-forces-took-shushi')]);
      expect(links).toContainEqual({
        from: curatedId('pogosian-confirms-azerbaijani-forces-took-shushi'),
        to: curatedId('aliyev-claims-azerbaijani-forces-took-shushi'),
        type: 'CONFIRMS',
      });
    });

    it(`[${backend}] the same text again is 'unchanged'`, async () => {
      const before = await store.counts();
      expect(await ingestArticle(store, { text: seedBody, publishedAt: '2020-11-09' }, testNlp())).toMatchObject({ articleId: ARTICLE_ID, outcome: 'unchanged' });
      expect(await store.counts()).toEqual(before);
    });
  });
});
