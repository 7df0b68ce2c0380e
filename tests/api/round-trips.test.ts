// The N+1 bound: nested lists cost a fixed number of store calls however many objects they hold,
// read from the server's own per-request counter (the `x-store-round-trips` response header).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { CLAIMS_PER_ARTICLE, articleIdOf, generatedBatch } from '../support/generated-batches.js';

/** Articles written beside the seed: each with CLAIMS_PER_ARTICLE claims over shared places (hubs of many claims). */
const GENERATED_ARTICLES = 6;

/** Store calls any one of these requests may make: one per kind of data per level, with room to spare. */
const BOUND = 10;

/** Entities → their claims → each claim's evidence → each quote's article: three levels below the root list. */
const THREE_LEVELS = `query ($first: Int!) {
  entities(first: $first) {
    totalCount
    edges { node { id claims(first: 20) { edges { node { id evidence { quote article { title } } } } } } }
  }
}`;

const CLAIMS_WITH_EVERYTHING = `query ($first: Int!) {
  claims(first: $first) {
    totalCount
    edges { node { id subject { name } object { name } attributedTo { name } evidence { article { title } } confirmedBy { id } } }
  }
}`;

/** Articles → their claims (one page each, paged inside the store) → each claim's subject. */
const ARTICLES_CLAIMS = `query ($first: Int!) {
  articles(first: $first) {
    totalCount
    edges { node { id title claims(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id subject { name } } } } } }
  }
}`;

/** Per entity: a page of related entities, its direct containers and contents, its events. */
const ENTITY_FIELDS = `
  id
  related(first: 5) { totalCount edges { cursor node { predicate entity { id } } } }
  ... on Place { containedIn { id } contains(first: 5) { id } events(first: 3) { id } }
  ... on Actor { events(first: 3) { id } }`;
/** Store calls ENTITY_LISTS makes at most, however many entities it lists. */
const ENTITY_LISTS_CALLS = 7;
const ENTITY_LISTS = `query ($first: Int!) { entities(first: $first) { edges { node { ${ENTITY_FIELDS} } } } }`;
const ONE_ENTITY = `query ($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`;

/** The benchmark's nested shapes (tools/bench/operations.ts), each from one entity. */
const ENTITY_CLAIMS_EVIDENCE_ARTICLE = `query ($id: ID!) {
  entity(id: $id) { id name claims(first: 20) { totalCount edges { node { id statement status evidence { quote start end article { title } } } } } }
}`;
const ONE_HOP_WITH_NAMES = `query ($id: ID!) {
  entity(id: $id) { id name related(first: 20) { totalCount edges { node { predicate direction entity { id name kind } } } } }
}`;
/** A filtered claim list with each claim's subject and its evidence's articles. */
const CLAIM_LIST_NESTED = `query {
  claims(where: { predicate: { eq: LOCATED_IN } }, first: 20) { totalCount edges { node { id statement status subject { name } object { name } evidence { quote article { title } } } } }
}`;
/** The same nested shape written with a named fragment and an inline fragment, as client code generators write it. */
const THREE_LEVELS_WITH_FRAGMENTS = `query ($id: ID!) {
  entity(id: $id) { ... on Place { claims(first: 20) { edges { node { ...ClaimFields } } } } }
}
fragment ClaimFields on Claim { id subject { name } object { name } evidence { ... on Evidence { article { title } } } }`;

function roundTrips(res: GraphQLResponse): number {
  expect(res.body.errors).toBeUndefined();
  const header = res.headers.get('x-store-round-trips');
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe.each(BACKENDS)('store round trips per request (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let entityCount: number;
    let claimCount: number;

    beforeAll(async () => {
      server = await startTestServer(backend);
      for (let n = 1; n <= GENERATED_ARTICLES; n++) await server.store.upsert(generatedBatch(n));
      const stats = (await server.query(`{ stats { entities claims } }`)).body.data?.stats;
      entityCount = stats.entities;
      claimCount = stats.claims;
    }, 300_000);
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] entities → claims → evidence → article costs the same few store calls for 5, 20 and all entities`, async () => {
      expect(entityCount).toBeGreaterThan(20);
      const counts: Record<number, number> = {};
      let objectsAtLargest = 0;
      for (const n of [5, 20, entityCount]) {
        const res = await server.query(THREE_LEVELS, { first: n });
        counts[n] = roundTrips(res);
        const edges = res.body.data?.entities.edges as any[];
        expect(edges).toHaveLength(n);
        objectsAtLargest = edges.reduce((sum, e) => sum + 1 + e.node.claims.edges.length, 0);
      }
      // The whole graph's claims were loaded (far more objects than store calls) …
      expect(objectsAtLargest).toBeGreaterThan(BOUND * 5);
      // … for a count that does not grow with the number of entities, and stays small.
      expect(new Set(Object.values(counts)).size, JSON.stringify(counts)).toBe(1);
      for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(BOUND);
    });

    it(`[${backend}] claims(first: 50) with subject, object, attributedTo, evidence articles and confirmedBy stays within ${BOUND} store calls and does not grow from 5 claims`, async () => {
      expect(claimCount).toBeGreaterThanOrEqual(50);
      const small = roundTrips(await server.query(CLAIMS_WITH_EVERYTHING, { first: 5 }));
      const res = await server.query(CLAIMS_WITH_EVERYTHING, { first: 50 });
      const large = roundTrips(res);
      expect(res.body.data?.claims.edges).toHaveLength(50);
      expect(large).toBeLessThanOrEqual(BOUND);
      expect(large).toBeLessThanOrEqual(small);
    });

    it(`[${backend}] articles → claims → subject costs the same store calls for 5 and all articles, each article's claims paged and counted in the store`, async () => {
      const small = await server.query(ARTICLES_CLAIMS, { first: 5 });
      const all = await server.query(ARTICLES_CLAIMS, { first: 100 });
      const [few, many] = [roundTrips(small), roundTrips(all)];
      const articles = all.body.data?.articles;
      expect(articles.totalCount).toBe(GENERATED_ARTICLES + 1);
      expect(articles.edges).toHaveLength(GENERATED_ARTICLES + 1);
      expect(small.body.data?.articles.edges).toHaveLength(5);
      for (let n = 1; n <= GENERATED_ARTICLES; n++) {
        const article = articles.edges.find((e: any) => e.node.id === articleIdOf(n))?.node;
        expect(article.claims, articleIdOf(n)).toMatchObject({ totalCount: CLAIMS_PER_ARTICLE, pageInfo: { hasNextPage: true } });
        expect(article.claims.edges).toHaveLength(10);
      }
      expect(many, `5 articles: ${few} calls, all: ${many}`).toBe(few);
      expect(many).toBeLessThanOrEqual(BOUND);
    });

    it(`[${backend}] related, containedIn, contains and events of 5 and of all (up to 100) entities cost the same store calls, hubs included`, async () => {
      const small = roundTrips(await server.query(ENTITY_LISTS, { first: 5 }));
      const res = await server.query(ENTITY_LISTS, { first: Math.min(entityCount, 100) });
      const large = roundTrips(res);
      expect(res.body.data?.entities.edges).toHaveLength(Math.min(entityCount, 100));
      // A shared place is a hub: every generated article states claims about it; one page of it costs what a small entity's does.
      const hubRes = await server.query(ONE_ENTITY, { id: 'place:shared-0' });
      const hub = hubRes.body.data?.entity;
      expect(hub.related.totalCount).toBe(8 * GENERATED_ARTICLES); // claims 0, 8 … 56 of each article
      expect(hub.related.edges).toHaveLength(5);
      const smallOne = roundTrips(await server.query(ONE_ENTITY, { id: 'place:own-1' }));
      expect(roundTrips(hubRes)).toBe(smallOne);
      // One call per kind of data per level: the entity page and records, the related page, containment up and down,
      // the event ids and the events. A page brings along entities, so the smaller request may find some already loaded.
      for (const count of [small, large]) expect(count, `5 entities: ${small} calls, 100: ${large}`).toBeLessThanOrEqual(ENTITY_LISTS_CALLS);
    });

    it(`[${backend}] entity → claims → evidence → article and one hop with names cost 1 store call each (the page brings the entity along), hub or not`, async () => {
      for (const id of ['place:shared-0', 'place:own-1']) {
        const threeLevels = await server.query(ENTITY_CLAIMS_EVIDENCE_ARTICLE, { id });
        expect(roundTrips(threeLevels), id).toBe(1);
        expect(threeLevels.body.data?.entity).toMatchObject({ id, name: expect.any(String) });
        const claims = threeLevels.body.data?.entity.claims;
        expect(claims.edges.length).toBeGreaterThan(0);
        for (const { node } of claims.edges) {
          expect(node.evidence.length, node.id).toBeGreaterThan(0);
          for (const ev of node.evidence) expect(ev.article.title, node.id).toEqual(expect.any(String));
        }
        const oneHop = await server.query(ONE_HOP_WITH_NAMES, { id });
        expect(roundTrips(oneHop), id).toBe(1);
        expect(oneHop.body.data?.entity).toMatchObject({ id, name: expect.any(String) });
        const related = oneHop.body.data?.entity.related;
        expect(related.edges.length).toBeGreaterThan(0);
        for (const { node } of related.edges) expect(node.entity.name).toEqual(expect.any(String));
        const fragments = await server.query(THREE_LEVELS_WITH_FRAGMENTS, { id });
        expect(roundTrips(fragments), id).toBe(1);
        for (const { node } of fragments.body.data?.entity.claims.edges) {
          expect(node.subject.name).toEqual(expect.any(String));
          expect(node.evidence[0].article.title).toEqual(expect.any(String));
        }
      }
      // node and nodes, as Relay clients refetch: the same one call, batched over the ids, and the
      // same answers as entity(id) gives.
      const viaNode = `query ($id: ID!) { node(id: $id) { id ... on Place { name claims(first: 20) { totalCount edges { node { id statement evidence { quote article { title } } } } } } } }`;
      const viaEntity = viaNode.replace('node(id: $id)', 'entity(id: $id)');
      const viaNodes = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { name claims(first: 20) { totalCount edges { node { id statement evidence { quote article { title } } } } } } ... on Claim { statement } } }`;
      const ids = ['place:shared-0', 'place:own-1'];
      const answers = [];
      for (const id of ids) {
        const [one, expected] = [await server.query(viaNode, { id }), await server.query(viaEntity, { id })];
        expect(roundTrips(one), id).toBe(1);
        expect(one.body.data?.node, id).toEqual(expected.body.data?.entity);
        answers.push(expected.body.data?.entity);
      }
      const claimId = answers[1].claims.edges[0].node.id;
      const many = await server.query(viaNodes, { ids: [...ids, claimId] });
      expect(roundTrips(many)).toBeLessThanOrEqual(2); // the entities' pages in one call; the claim by id
      expect(many.body.data?.nodes.slice(0, 2)).toEqual(answers);
      expect(many.body.data?.nodes[2]).toEqual({ id: claimId, statement: answers[1].claims.edges[0].node.statement });
      const entitiesOnly = await server.query(viaNodes, { ids });
      expect(roundTrips(entitiesOnly)).toBe(1);
      // The hub's page is 20 of its many claims; the answers are those of the single reads.
      const hub = (await server.query(ENTITY_CLAIMS_EVIDENCE_ARTICLE, { id: 'place:shared-0' })).body.data?.entity.claims;
      expect(hub.totalCount).toBeGreaterThan(20);
      expect(hub.edges).toHaveLength(20);
    });

    it(`[${backend}] neighborhood(hops: 2) reads its edges' claims only when they are asked for, all in one store call`, async () => {
      const shape = (claim: string) => `query ($id: ID!) { neighborhood(id: $id, hops: 2, first: 50) { truncated nodes { id name } edges { source target predicate ${claim} } } }`;
      const bare = await server.query(shape(''), { id: 'place:shared-0' });
      const withClaims = await server.query(shape('claim { id predicate }'), { id: 'place:shared-0' });
      const [plain, full] = [bare.body.data?.neighborhood, withClaims.body.data?.neighborhood];
      expect(full.edges.length).toBeGreaterThan(5);
      expect(full.edges.map(({ claim: _, ...edge }: any) => edge)).toEqual(plain.edges);
      for (const edge of full.edges) expect(edge.claim?.predicate, JSON.stringify(edge)).toBe(edge.predicate);
      expect(new Set(full.edges.map((e: any) => e.claim.id)).size).toBe(full.edges.length);
      // The centre, one call per hop and the entities; the claims of every edge in one more.
      expect(roundTrips(bare)).toBeLessThanOrEqual(4);
      expect(roundTrips(withClaims)).toBe(roundTrips(bare) + 1);
    });

    it(`[${backend}] an entity read with its claim or related page answers as the entity and its page read apart, for every argument; bad arguments are still reported on the field`, async () => {
      const variants = [
        '',
        'role: SUBJECT, first: 3',
        'role: OBJECT, predicate: "LOCATED_IN", first: 2',
        'where: { status: { in: [CLAIMED, REPORTED] } }, sort: [{ confidence: DESC }], first: 4',
      ];
      /**
       * `entity(id) { <field>(args) <selection> }` costs 1 store call and answers as the same page read
       * beside a second `<field>` field (which turns the read-ahead off: the entity read first, each page
       * on its own); the entity as read with its page.
       */
      const sameAsApart = async (id: string, field: 'claims' | 'related', selection: string, args: string) => {
        const page = (a: string) => `${field}${a ? `(${a})` : ''} ${selection}`;
        const together = await server.query(`query ($id: ID!) { entity(id: $id) { id name ${page(args)} } }`, { id });
        expect(roundTrips(together), `${id} ${args}`).toBe(1);
        const apart = await server.query(`query ($id: ID!) { entity(id: $id) { id name one: ${page(args)} two: ${field}(first: 1) { totalCount } } }`, { id });
        expect(roundTrips(apart), `${id} ${args}`).toBeGreaterThan(1);
        const { one, two: _two, ...entity } = apart.body.data?.entity;
        expect(together.body.data?.entity, `${id} ${args}`).toEqual({ ...entity, [field]: one });
        return { entity: together.body.data?.entity, page };
      };
      const claimSelection = '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id statement evidence { quote article { title } } } } }';
      const relatedSelection = '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { predicate direction entity { id name } claim { id statement } } } }';
      for (const id of ['place:shared-0', 'place:own-1']) {
        for (const args of variants) {
          const { entity, page } = await sameAsApart(id, 'claims', claimSelection, args);
          // The next page, from the cursor, with the entity brought along again.
          if (entity.claims.pageInfo.hasNextPage) {
            const next = await server.query(`query ($id: ID!, $after: String) { entity(id: $id) { id ${page(`${args}${args ? ', ' : ''}after: $after`)} } }`, { id, after: entity.claims.pageInfo.endCursor });
            expect(roundTrips(next)).toBe(1);
            expect(next.body.data?.entity.claims.edges[0].node.id > entity.claims.edges.at(-1).node.id || args.includes('sort')).toBe(true);
          }
        }
        for (const args of ['', 'first: 3', 'predicate: "LOCATED_IN", first: 2']) await sameAsApart(id, 'related', relatedSelection, args);
      }
      const bad = await server.query(`query ($id: ID!) { entity(id: $id) { id claims(first: 1000) { totalCount } } }`, { id: 'place:own-1' });
      expect(bad.body.errors?.[0]).toMatchObject({ path: ['entity', 'claims'], extensions: { code: 'BAD_USER_INPUT' } });
      const unknown = await server.query(`query { entity(id: "place:no-such-place") { id claims { totalCount } } }`);
      expect(unknown.body).toMatchObject({ data: { entity: null } });
      expect(unknown.body.errors).toBeUndefined();
    });

    it(`[${backend}] a filtered claim list with subjects, objects, evidence and articles costs 1 store call`, async () => {
      const res = await server.query(CLAIM_LIST_NESTED);
      expect(roundTrips(res)).toBe(1);
      const claims = res.body.data?.claims;
      expect(claims.edges).toHaveLength(20);
      expect(claims.totalCount).toBeGreaterThan(20);
      for (const { node } of claims.edges) {
        expect(node.subject.name, node.id).toEqual(expect.any(String));
        expect(node.evidence[0].article.title, node.id).toEqual(expect.any(String));
      }
    });

    it(`[${backend}] every GraphQL response reports its store round trips, and a request that needs no store reports 0`, async () => {
      expect(roundTrips(await server.query(`{ predicates { name } }`))).toBe(0);
      expect(roundTrips(await server.query(`{ stats { claims } }`))).toBe(1);
    });
  });
});
