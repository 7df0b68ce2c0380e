// Claim filters and sorts in @neo4j/graphql 7 style (issue 14.1): operator objects, nested
// conditions, AND / OR / NOT, `sort`, and paging both ways with cursors that hold the sort. Each
// answer is checked against the same claims filtered and sorted here, from one full listing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { generatedBatch } from '../support/generated-batches.js';
import { analysisExamples } from '../../examples/analysis.js';
import { print } from 'graphql';

interface Claim {
  id: string;
  predicate: string;
  status: string;
  statement: string;
  confidence: number;
  statedOn: { value: string } | null;
  origin: { kind: string };
  subject: { id: string; kind: string };
  object: { id: string; kind: string } | null;
  attributedTo: { id: string }[];
  article: { id: string; publishedAt: string | null; publisher: string | null };
}

const FIELDS = `id predicate status statement confidence statedOn { value } origin { kind } subject { id kind } object { id kind }
  attributedTo { id } article { id publishedAt publisher }`;

function data(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as any;
}

function refusal(res: GraphQLResponse) {
  expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
  return res.body.errors![0] as { message: string; extensions: { code: string } };
}

/** A date at the precision of a bound, as the API compares them. */
const at = (value: string | null | undefined, bound: string) => (value ? value.slice(0, bound.length) : undefined);

/** Each filter with what it must match, decided here from the listing. */
const FILTERS: { name: string; where: Record<string, unknown>; matches: (c: Claim) => boolean; mayBeEmpty?: boolean }[] = [
  { name: 'predicate in', where: { predicate: { in: ['LOCATED_IN', 'OVERLOOKS'] } }, matches: (c) => ['LOCATED_IN', 'OVERLOOKS'].includes(c.predicate) },
  { name: 'subject kind', where: { subject: { kind: { eq: 'ACTOR' } } }, matches: (c) => c.subject.kind === 'ACTOR' },
  {
    name: 'object kinds and a status',
    where: { object: { kind: { in: ['PLACE', 'EVENT'] } }, status: { eq: 'REPORTED' } },
    matches: (c) => ['PLACE', 'EVENT'].includes(c.object?.kind ?? '') && c.status === 'REPORTED',
  },
  {
    name: "the article's month",
    where: { article: { publishedAt: { gte: '2020-11', lte: '2020-11' } } },
    matches: (c) => at(c.article.publishedAt, '2020-11') === '2020-11',
  },
  { name: "the article's publisher", where: { article: { publisher: { eq: 'AP' } } }, matches: (c) => c.article.publisher === 'AP' },
  { name: 'confidence below', where: { confidence: { lt: 0.9 } }, matches: (c) => c.confidence < 0.9 },
  { name: 'stated in a month', where: { statedOn: { eq: '2020-11' } }, matches: (c) => at(c.statedOn?.value, '2020-11') === '2020-11' },
  { name: 'statement contains', where: { statement: { contains: 'Shushi' } }, matches: (c) => c.statement.includes('Shushi') },
  { name: 'statement starts with', where: { statement: { startsWith: 'Russia' } }, matches: (c) => c.statement.startsWith('Russia') },
  {
    name: 'OR of a predicate and a speaker',
    where: { OR: [{ predicate: { eq: 'OVERLOOKS' } }, { attributedTo: { id: { eq: 'actor:ilham-aliyev' } } }] },
    matches: (c) => c.predicate === 'OVERLOOKS' || c.attributedTo.some((a) => a.id === 'actor:ilham-aliyev'),
  },
  {
    name: 'NOT and AND',
    where: { NOT: { subject: { kind: { eq: 'PLACE' } } }, AND: [{ confidence: { gte: 0.5 } }, { origin: { eq: 'CURATED' } }] },
    matches: (c) => c.subject.kind !== 'PLACE' && c.confidence >= 0.5 && c.origin.kind === 'CURATED',
  },
  {
    name: 'about any of two places, curated',
    where: { about: { id: { in: ['place:shushi', 'place:stepanakert'] } }, origin: { eq: 'CURATED' } },
    matches: (c) => ['place:shushi', 'place:stepanakert'].some((id) => c.subject.id === id || c.object?.id === id) && c.origin.kind === 'CURATED',
  },
  { name: 'an empty OR', where: { OR: [] }, matches: () => false, mayBeEmpty: true },
  {
    name: 'the deprecated predicate_IN beside predicate (their intersection)',
    where: { predicate_IN: ['LOCATED_IN', 'OVERLOOKS'], predicate: { eq: 'OVERLOOKS' } },
    matches: (c) => c.predicate === 'OVERLOOKS',
  },
];

/** Sort keys as the API applies them: missing values as the empty string, ties by id ascending. */
const SORT_VALUE: Record<string, (c: Claim) => string | number> = {
  id: (c) => c.id,
  confidence: (c) => c.confidence,
  publishedAt: (c) => c.article.publishedAt ?? '',
  statedOn: (c) => c.statedOn?.value ?? '',
  predicate: (c) => c.predicate,
  status: (c) => c.status,
};

function sorted(claims: Claim[], sort: Record<string, 'ASC' | 'DESC'>[]): string[] {
  const keys = sort.map((s) => Object.entries(s)[0]);
  if (!keys.some(([field]) => field === 'id')) keys.push(['id', 'ASC']);
  return [...claims]
    .sort((a, b) => {
      for (const [field, direction] of keys) {
        const [x, y] = [SORT_VALUE[field](a), SORT_VALUE[field](b)];
        if (x !== y) return (x < y ? -1 : 1) * (direction === 'DESC' ? -1 : 1);
      }
      return 0;
    })
    .map((c) => c.id);
}

const SORTS: Record<string, 'ASC' | 'DESC'>[][] = [
  [{ confidence: 'DESC' }],
  [{ publishedAt: 'DESC' }, { predicate: 'ASC' }],
  [{ statedOn: 'ASC' }, { status: 'DESC' }],
  [{ id: 'DESC' }],
];

const PAGE_QUERY = `query ($where: ClaimWhere, $sort: [ClaimSort!], $first: Int, $after: String, $last: Int, $before: String) {
  claims(where: $where, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const BACK_QUERY = PAGE_QUERY.replace('first: $first, ', '').replace('$first: Int, ', '');

describe.each(BACKENDS)('claim filters and sorts (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let all: Claim[];

    beforeAll(async () => {
      server = await startTestServer(backend);
      // Claims whose article has no date or publisher, so missing sort values are covered.
      await server.store.upsert(generatedBatch(1));
      all = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const { claims } = data(await server.query(`query ($after: String) { claims(first: 100, after: $after) { edges { node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`, { after }));
        all.push(...claims.edges.map((e: any) => e.node));
        if (!claims.pageInfo.hasNextPage) break;
        after = claims.pageInfo.endCursor;
      }
      expect(all.length).toBeGreaterThan(50);
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Every id the filter and sort give, page by page forward. */
    async function forward(where: unknown, sort: unknown, first: number): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const { claims } = data(await server.query(PAGE_QUERY, { where, sort, first, after }));
        expect(claims.pageInfo.hasPreviousPage).toBe(after !== null);
        ids.push(...claims.edges.map((e: any) => e.node.id));
        if (!claims.pageInfo.hasNextPage) return ids;
        after = claims.pageInfo.endCursor;
      }
      throw new Error('paging did not end');
    }

    /** Every id the filter and sort give, page by page backward from the end, put back in order. */
    async function backward(where: unknown, sort: unknown, last: number): Promise<string[]> {
      const pages: string[][] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const { claims } = data(await server.query(BACK_QUERY, { where, sort, last, before }));
        expect(claims.pageInfo.hasNextPage).toBe(before !== null);
        pages.unshift(claims.edges.map((e: any) => e.node.id));
        if (!claims.pageInfo.hasPreviousPage) return pages.flat();
        before = claims.pageInfo.startCursor;
      }
      throw new Error('paging did not end');
    }

    it.each(FILTERS)(`[${backend}] where: $name matches exactly the claims it names, with totalCount and claimsAggregate agreeing`, async ({ where, matches, mayBeEmpty }) => {
      const expected = all.filter(matches).map((c) => c.id).sort();
      if (!mayBeEmpty) expect(expected.length, 'the seed graph has claims for this filter').toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(await forward(where, null, 100)).toEqual(expected);
      const res = data(await server.query(`query ($where: ClaimWhere) { claims(where: $where, first: 0) { totalCount } claimsAggregate(where: $where) { count } }`, { where }));
      expect(res.claims.totalCount).toBe(expected.length);
      expect(res.claimsAggregate.count).toBe(expected.length);
    });

    it.each(SORTS.map((sort) => ({ sort, name: JSON.stringify(sort) })))(`[${backend}] sort: $name pages forward and backward through the claims in that order, none twice`, async ({ sort }) => {
      const expected = sorted(all, sort);
      expect(await forward(null, sort, 7)).toEqual(expected);
      expect(await backward(null, sort, 7)).toEqual(expected);
    });

    it(`[${backend}] a filter and a sort together page in sort order over the filtered claims`, async () => {
      const where = { subject: { kind: { in: ['PLACE', 'ACTOR'] } } };
      const sort = [{ confidence: 'ASC' }, { publishedAt: 'DESC' }] as const;
      const expected = sorted(all.filter((c) => ['PLACE', 'ACTOR'].includes(c.subject.kind)), [...sort]);
      expect(await forward(where, sort, 5)).toEqual(expected);
      expect(await backward(where, sort, 5)).toEqual(expected);
    });

    it(`[${backend}] last alone gives the final claims; before an edge's cursor gives those just before it`, async () => {
      const ids = all.map((c) => c.id).sort();
      const { claims: tail } = data(await server.query(BACK_QUERY, { last: 3 }));
      expect(tail.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-3));
      expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const { claims: head } = data(await server.query(PAGE_QUERY, { first: 5 }));
      const { claims: before } = data(await server.query(BACK_QUERY, { last: 10, before: head.edges[4].cursor }));
      expect(before.edges.map((e: any) => e.node.id)).toEqual(ids.slice(0, 4));
      expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    });

    it(`[${backend}] bad sorts, mixed directions, foreign cursors and deep nesting are BAD_USER_INPUT saying what is valid`, async () => {
      const sortedPage = data(await server.query(PAGE_QUERY, { sort: [{ confidence: 'DESC' }], first: 2 })).claims;
      const idPage = data(await server.query(PAGE_QUERY, { first: 2 })).claims;
      const deep = { NOT: { NOT: { NOT: { NOT: { NOT: { predicate: { eq: 'OVERLOOKS' } } } } } } };
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ sort: [{ confidence: 'DESC', id: 'ASC' }] }, /exactly one of id, confidence, publishedAt, statedOn, predicate, status/],
        [{ sort: [{ status: 'ASC' }, { confidence: 'ASC' }, { predicate: 'ASC' }, { id: 'ASC' }] }, /at most 3 keys/],
        [{ sort: [{ status: 'ASC' }, { status: 'DESC' }] }, /names status twice/],
        [{ first: 5, last: 5 }, /"first" \/ "after" or back with "last" \/ "before"/],
        [{ sort: [{ predicate: 'ASC' }], after: sortedPage.pageInfo.endCursor }, /not a cursor of this sort/],
        [{ after: sortedPage.pageInfo.endCursor }, /cursor of a sorted page/],
        [{ sort: [{ confidence: 'DESC' }], after: idPage.pageInfo.endCursor }, /not a cursor of this sort/],
        [{ last: 101 }, /"last" must be between 0 and 100/],
        [{ where: deep }, /nest at most 4 deep/],
        [{ where: { article: { publishedAt: { gte: '2020-02-30' } } } }, /Date cannot represent "2020-02-30".*YYYY-MM-DD/],
        [{ where: { predicate: { eq: 'OWNS' } } }, /Valid Predicate values: .*OVERLOOKS/],
      ];
      for (const [variables, message] of cases) {
        const error = refusal(await server.query(PAGE_QUERY, variables));
        expect(error.extensions.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
        expect(error.message, JSON.stringify(variables)).toMatch(message);
      }
    });

    it(`[${backend}] nested claim lists (Entity.claims, Actor.statements, Article.claims) take the same where and sort, paging each parent in one request`, async () => {
      const where = { status: { in: ['CLAIMED', 'REPORTED', 'CONFIRMED'] }, NOT: { predicate: { eq: 'LOCATED_IN' } } };
      const sort = [{ confidence: 'DESC' }, { predicate: 'ASC' }] as const;
      const passes = (c: Claim) => ['CLAIMED', 'REPORTED', 'CONFIRMED'].includes(c.status) && c.predicate !== 'LOCATED_IN';
      const places = ['place:shushi', 'place:stepanakert', 'place:nakhchivan'];
      const query = `query ($ids: [ID!]!, $where: ClaimWhere, $sort: [ClaimSort!], $after: String, $article: ID!) {
        nodes(ids: $ids) { id ... on Entity { claims(where: $where, sort: $sort, first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }
        actor: entity(id: "actor:ilham-aliyev") { ... on Actor { statements(where: $where, sort: $sort, first: 100) { totalCount edges { node { id } } } } }
        article(id: $article) { claims(where: $where, sort: $sort, first: 100) { totalCount edges { node { id } } } }
      }`;
      const article = 'article:ap-2020-11-09-shushi-helicopter';
      const first = data(await server.query(query, { ids: places, where, sort, article }));
      for (const [i, id] of places.entries()) {
        const expected = sorted(all.filter((c) => passes(c) && (c.subject.id === id || c.object?.id === id)), [...sort]);
        expect(expected.length, id).toBeGreaterThan(0);
        const claims = first.nodes[i].claims;
        expect(claims.totalCount, id).toBe(expected.length);
        expect(claims.edges.map((e: any) => e.node.id)).toEqual(expected.slice(0, 3));
        // The rest of this parent's claims, from its endCursor.
        const ids = [...claims.edges.map((e: any) => e.node.id)];
        let page = claims;
        while (page.pageInfo.hasNextPage) {
          page = data(await server.query(query, { ids: [id], where, sort, article, after: page.pageInfo.endCursor })).nodes[0].claims;
          ids.push(...page.edges.map((e: any) => e.node.id));
        }
        expect(ids).toEqual(expected);
      }
      const statements = sorted(all.filter((c) => passes(c) && c.attributedTo.some((a) => a.id === 'actor:ilham-aliyev')), [...sort]);
      expect(statements.length).toBeGreaterThan(0);
      expect(first.actor.statements.edges.map((e: any) => e.node.id)).toEqual(statements);
      const reported = sorted(all.filter((c) => passes(c) && c.article.id === article), [...sort]);
      expect(first.article.claims.totalCount).toBe(reported.length);
      expect(first.article.claims.edges.map((e: any) => e.node.id)).toEqual(reported);
    });

    it(`[${backend}] the playground's filter-and-sort example answers the claims its filter names, in its order`, async () => {
      const example = analysisExamples.find((e) => e.id === 'filter-sort')!;
      const { claims } = data(await server.query(print(example.document), example.variables));
      const expected = all.filter(
        (c) => ['CLAIMED', 'DENIED'].includes(c.status) && (c.object?.kind === 'PLACE' || c.subject.kind === 'PLACE') && c.origin.kind !== 'EXTRACTED',
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(claims.totalCount).toBe(expected.length);
      const order = sorted(expected, [{ confidence: 'ASC' }, { statedOn: 'DESC' }]).slice(0, 5);
      expect(claims.edges.map((e: any) => e.node.statement)).toEqual(order.map((id) => all.find((c) => c.id === id)!.statement));
    });

    it(`[${backend}] dates go out as Date (a day) and URLs as URL; timeline takes a month or a year as well as a day`, async () => {
      const { article, a, b } = data(
        await server.query(`{ article(id: "article:ap-2020-11-09-shushi-helicopter") { publishedAt url } a: timeline(from: "2020-11") { totalCount } b: timeline(from: "2020-11-01") { totalCount } }`),
      );
      expect(article.publishedAt).toBe('2020-11-09');
      expect(a.totalCount).toBe(b.totalCount);
      expect(a.totalCount).toBeGreaterThan(0);
      const introspection = data(await server.query(`{ __type(name: "Article") { fields { name type { name } } } }`)).__type.fields;
      expect(introspection.find((f: any) => f.name === 'publishedAt').type.name).toBe('Date');
      expect(introspection.find((f: any) => f.name === 'url').type.name).toBe('URL');
    });
  });
});
