// Relay connections walked page by page over HTTP, `node(id)` for every type, and what unknown
// ids give (null or an empty result, never an error).
import { describe, expect, it } from 'vitest';
import { type GraphQLResponse, useTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

const ARTICLE = 'article:ap-2020-11-09-shushi-helicopter';
const claimId = (key: string) => `claim:ap-2020-11-09-shushi-helicopter:${key}`;

const PAGE = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount`;

interface Page {
  edges: { cursor: string; node: { id: string; kind?: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

function expectAnswer(res: GraphQLResponse): Record<string, any> {
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data as Record<string, any>;
}

/**
 * Follows `endCursor` until `hasNextPage` is false, checking each page on the way; returns the
 * ids in the order visited and the pages.
 */
async function walk(fetchPage: (after: string | null) => Promise<Page>, size: number): Promise<{ ids: string[]; pages: Page[] }> {
  const ids: string[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await fetchPage(after);
    pages.push(page);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
    for (const edge of page.edges) {
      // Opaque: a non-empty string that is not the id and does not spell it out.
      expect(typeof edge.cursor).toBe('string');
      expect(edge.cursor.length).toBeGreaterThan(0);
      expect(edge.cursor).not.toContain(edge.node.id);
      expect(edge.cursor).not.toContain(':');
      ids.push(edge.node.id);
    }
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
    expect(after).not.toBeNull();
  }
  throw new Error('paging did not end within 200 pages');
}

const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe.each(BACKENDS)('pagination and node lookup (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const server = useTestServer(backend);

    it(`[${backend}] walking claims(first: 3) visits every claim exactly once, in id order, ending with hasNextPage false`, async () => {
      const stats = expectAnswer(await server.query(`{ stats { claims } }`)).stats;
      expect(stats.claims).toBeGreaterThan(3);
      const { ids, pages } = await walk(
        async (after) =>
          expectAnswer(await server.query(`query ($after: String) { claims(first: 3, after: $after) { edges { cursor node { id } } ${PAGE} } }`, { after })).claims,
        3,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(stats.claims);
      for (const page of pages) expect(page.totalCount).toBe(stats.claims);
      expect(ids).toEqual(sorted(ids));
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
      expect(pages.length).toBe(Math.ceil(stats.claims / 3));
    });

    it(`[${backend}] one predicate and one status: walked forward with first: 2 and back with last: 2, the same claims in id order, each once`, async () => {
      const all = expectAnswer(await server.query(`{ claims(first: 100) { edges { node { id predicate status } } } }`)).claims.edges.map((e: any) => e.node);
      const groups = new Map<string, { id: string }[]>();
      for (const c of all as { id: string; predicate: string; status: string }[]) groups.set(`${c.predicate} ${c.status}`, [...(groups.get(`${c.predicate} ${c.status}`) ?? []), c]);
      const [key, members] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
      expect(members.length).toBeGreaterThan(2);
      const [predicate, status] = key.split(' ');
      const LIST = `claims(where: { predicate: { eq: ${predicate} }, status: { eq: ${status} } }`;
      const expected = sorted(members.map((c) => c.id));
      const { ids, pages } = await walk(
        async (after) => expectAnswer(await server.query(`query ($after: String) { ${LIST}, first: 2, after: $after) { edges { cursor node { id } } ${PAGE} } }`, { after })).claims,
        2,
      );
      expect(ids).toEqual(expected);
      for (const page of pages) expect(page.totalCount).toBe(expected.length);
      const back: string[] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const page: Page = expectAnswer(await server.query(`query ($before: String) { ${LIST}, last: 2, before: $before) { edges { cursor node { id } } ${PAGE} } }`, { before })).claims;
        back.unshift(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(back).toEqual(expected);
    });

    it(`[${backend}] walking entities(kind: PLACE, first: 3) visits every place exactly once and nothing but places`, async () => {
      const all = expectAnswer(await server.query(`{ entities(kind: PLACE, first: 100) { edges { node { id } } totalCount } }`)).entities;
      expect(all.totalCount).toBeGreaterThan(3);
      const { ids, pages } = await walk(
        async (after) =>
          expectAnswer(
            await server.query(`query ($after: String) { entities(kind: PLACE, first: 3, after: $after) { edges { cursor node { id kind } } ${PAGE} } }`, { after }),
          ).entities,
        3,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(all.totalCount);
      expect(ids).toEqual(all.edges.map((e: any) => e.node.id));
      expect(ids).toEqual(sorted(ids));
      for (const page of pages) {
        expect(page.totalCount).toBe(all.totalCount);
        for (const edge of page.edges) expect(edge.node.kind).toBe('PLACE');
      }
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    });

    it(`[${backend}] walking Shushi's claims(first: 2) visits exactly the claims about Shushi, each once`, async () => {
      const about = expectAnswer(
        await server.query(`{ claims(where: { about: { id: { eq: "place:shushi" } } }, first: 100) { edges { node { id } } totalCount } }`),
      ).claims;
      expect(about.totalCount).toBeGreaterThan(2);
      const { ids, pages } = await walk(
        async (after) =>
          expectAnswer(
            await server.query(
              `query ($after: String) { entity(id: "place:shushi") { claims(first: 2, after: $after) { edges { cursor node { id } } ${PAGE} } } }`,
              { after },
            ),
          ).entity.claims,
        2,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(about.totalCount);
      expect(sorted(ids)).toEqual(sorted(about.edges.map((e: any) => e.node.id)));
      for (const page of pages) expect(page.totalCount).toBe(about.totalCount);
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    });

    it(`[${backend}] a page after the last item is empty, with null cursors and hasNextPage false`, async () => {
      const all = expectAnswer(await server.query(`{ claims(first: 100) { edges { cursor } totalCount } }`)).claims;
      const last = all.edges.at(-1).cursor;
      const after = expectAnswer(await server.query(`query ($after: String) { claims(first: 3, after: $after) { edges { cursor } ${PAGE} } }`, { after: last })).claims;
      expect(after.edges).toEqual([]);
      expect(after.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect(after.totalCount).toBe(all.totalCount);
    });

    it.each([
      { typename: 'Place', id: 'place:shushi' },
      { typename: 'Actor', id: 'actor:ilham-aliyev' },
      { typename: 'Event', id: 'event:capture-of-shushi' },
      { typename: 'Claim', id: claimId('shushi-overlooks-stepanakert') },
      { typename: 'Article', id: ARTICLE },
    ])(`[${backend}] node(id) round-trips a $typename: the same id comes back as a $typename`, async ({ typename, id }) => {
      const data = expectAnswer(await server.query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id }));
      expect(data.node).toEqual({ __typename: typename, id });
    });

    it(`[${backend}] unknown ids give null from node, entity, claim and article, not an error`, async () => {
      const data = expectAnswer(
        await server.query(`{
          unknownPlace: node(id: "place:atlantis") { id }
          unknownPrefix: node(id: "nothing:here") { id }
          noPrefix: node(id: "shushi") { id }
          entity(id: "actor:nobody") { id }
          claimAsEntity: entity(id: "${claimId('shushi-overlooks-stepanakert')}") { id }
          claim(id: "${claimId('no-such-claim')}") { id }
          article(id: "article:no-such-article") { id }
        }`),
      );
      expect(data).toEqual({
        unknownPlace: null,
        unknownPrefix: null,
        noPrefix: null,
        entity: null,
        claimAsEntity: null,
        claim: null,
        article: null,
      });
    });

    it(`[${backend}] path is null when either end is unknown`, async () => {
      const data = expectAnswer(
        await server.query(`{
          fromUnknown: path(from: "place:atlantis", to: "place:stepanakert") { hops }
          toUnknown: path(from: "actor:ilham-aliyev", to: "place:atlantis") { hops }
        }`),
      );
      expect(data).toEqual({ fromUnknown: null, toUnknown: null });
    });

    it(`[${backend}] the neighbourhood of an unknown id is an empty subgraph`, async () => {
      const data = expectAnswer(await server.query(`{ neighborhood(id: "place:atlantis", hops: 2) { nodes { id } edges { source target } truncated } }`));
      expect(data.neighborhood).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it(`[${backend}] nodes(ids) answers in the order asked, with null where an id is unknown`, async () => {
      const ids = [ARTICLE, 'place:atlantis', 'actor:ilham-aliyev', claimId('shushi-overlooks-stepanakert'), 'nothing', 'place:shushi'];
      const data = expectAnswer(await server.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids }));
      expect(data.nodes).toEqual([
        { __typename: 'Article', id: ARTICLE },
        null,
        { __typename: 'Actor', id: 'actor:ilham-aliyev' },
        { __typename: 'Claim', id: claimId('shushi-overlooks-stepanakert') },
        null,
        { __typename: 'Place', id: 'place:shushi' },
      ]);
    });
  });
});
