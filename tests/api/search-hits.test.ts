// searchHits (issue 14.3): each hit with its score, how it matched and the spelling it matched, in
// the order `search` gives; paged with cursors that neither skip nor repeat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { analysisExamples } from '../../examples/analysis.js';
import { print } from 'graphql';

const HITS = `query ($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  searchHits(text: $text, kinds: $kinds, first: $first, after: $after) {
    edges { cursor node { entity { id name } score match matched } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

function data(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as any;
}

describe.each(BACKENDS)('searchHits (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(async () => {
      await server?.close();
    });

    const firstHit = async (text: string) => data(await server.query(HITS, { text, kinds: ['PLACE'], first: 1 })).searchHits.edges[0]?.node;

    it(`[${backend}] says how each hit matched and which of its spellings, scored best first`, async () => {
      expect(await firstHit('şuşa')).toEqual({ entity: { id: 'place:shushi', name: 'Shushi' }, score: 1, match: 'EXACT', matched: 'Şuşa' });
      expect(await firstHit('SHUSHA')).toMatchObject({ entity: { id: 'place:shushi' }, match: 'EXACT', matched: 'Shusha' });
      expect(await firstHit('stepan')).toEqual({ entity: { id: 'place:stepanakert', name: 'Stepanakert' }, score: 0.75, match: 'PREFIX', matched: 'Stepanakert' });
      expect(await firstHit('xankən')).toMatchObject({ entity: { id: 'place:stepanakert' }, match: 'PREFIX', matched: 'Xankəndi' });
      expect(await firstHit('shootd')).toMatchObject({ entity: { name: 'Helicopter shootdown site' }, score: 0.5, match: 'WORD_PREFIX', matched: 'Helicopter shootdown site' });
      expect(await firstHit('Stepanakyrt')).toEqual({ entity: { id: 'place:stepanakert', name: 'Stepanakert' }, score: 0.25, match: 'SIMILAR', matched: 'Stepanakert' });
    });

    it(`[${backend}] lists the entities \`search\` lists, in its order, page by page without skipping or repeating`, async () => {
      const text = 'a';
      const listed = data(await server.query(`query ($text: String!) { search(text: $text, first: 100) { id } }`, { text })).search.map((e: any) => e.id);
      expect(listed.length).toBeGreaterThan(6);
      const paged: string[] = [];
      const scores: number[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const { edges, pageInfo }: { edges: any[]; pageInfo: any } = data(await server.query(HITS, { text, first: 3, after })).searchHits;
        expect(pageInfo.hasPreviousPage).toBe(after !== null);
        paged.push(...edges.map((e: any) => e.node.entity.id));
        scores.push(...edges.map((e: any) => e.node.score));
        for (const e of edges) expect(e.node.matched.length).toBeGreaterThan(0);
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(paged).toEqual(listed);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it(`[${backend}] the playground's search example answers without errors`, async () => {
      const example = analysisExamples.find((e) => e.id === 'search-hits')!;
      const { edges } = data(await server.query(print(example.document), example.variables)).searchHits;
      expect(edges[0].node).toMatchObject({ match: 'EXACT', matched: 'Shusha', entity: { id: 'place:shushi' } });
    });

    it(`[${backend}] refuses a cursor that is not one of its own, naming the argument`, async () => {
      const claims = data(await server.query('{ claims(first: 1) { pageInfo { endCursor } } }')).claims.pageInfo.endCursor;
      for (const after of [claims, 'nonsense!']) {
        const res = await server.query(HITS, { text: 'shushi', after });
        expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
        expect(res.body.errors?.[0].message).toMatch(/cursor/);
      }
      const empty = await server.query(HITS, { text: '  ' });
      expect(empty.body.errors?.[0].message).toMatch(/at least one letter or digit/);
    });
  });
});
