// Aggregates (issue 14.2): claimsAggregate and entitiesAggregate agree with the counts the lists give
// (a different path through the store), follow the same filters as `claims`, take one store call,
// and bound their lists like any page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { CLAIMS_PER_ARTICLE, generatedBatch } from '../support/generated-batches.js';
import { analysisExamples } from '../../examples/analysis.js';
import { print } from 'graphql';

const STATUSES = ['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED', 'UNCERTAIN'] as const;
const KINDS = ['PLACE', 'ACTOR', 'EVENT'] as const;

const CLAIMS_AGGREGATE = `query ($where: ClaimWhere) {
  claimsAggregate(where: $where) {
    count
    byStatus { status count }
    byPredicate { predicate count }
    bySource { source count }
    byDay { day count }
  }
}`;

/** Per article: its publisher, its day and how many claims it reports (per-parent pages, not the aggregate). */
const ARTICLES = `{ articles(first: 100) { totalCount edges { node { publisher publishedAt claims(first: 0) { totalCount } } } } }`;

function data(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as any;
}

const total = (buckets: { count: number }[]) => buckets.reduce((sum, b) => sum + b.count, 0);

describe.each(BACKENDS)('aggregates (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(backend);
      // Two articles without publisher or date beside the seed article: the null buckets.
      await server.store.upsert(generatedBatch(1));
      await server.store.upsert(generatedBatch(2));
    });
    afterAll(async () => {
      await server?.close();
    });

    const claimCount = async (where: Record<string, unknown>) =>
      data(await server.query(`query ($where: ClaimWhere) { claims(where: $where, first: 0) { totalCount } }`, { where })).claims.totalCount as number;

    it(`[${backend}] counts every claim once, by status, predicate, source and day, each agreeing with the claim lists`, async () => {
      const agg = data(await server.query(CLAIMS_AGGREGATE)).claimsAggregate;
      expect(agg.count).toBe(await claimCount({}));
      expect(agg.count).toBeGreaterThan(2 * CLAIMS_PER_ARTICLE);
      for (const list of [agg.byStatus, agg.byPredicate, agg.bySource, agg.byDay]) expect(total(list)).toBe(agg.count);

      for (const status of STATUSES) {
        const bucket = agg.byStatus.find((b: any) => b.status === status);
        expect(bucket?.count ?? 0, status).toBe(await claimCount({ status: { eq: status } }));
      }
      // Each vocabulary predicate against the list; the generated articles' NEAR is test data outside
      // the vocabulary (the filter refuses it), so it is checked through the total above.
      const vocabulary = new Set(data(await server.query('{ predicates { name } }')).predicates.map((p: any) => p.name));
      for (const { predicate, count } of agg.byPredicate.filter((b: any) => vocabulary.has(b.predicate))) expect(count, predicate).toBe(await claimCount({ predicate: { eq: predicate } }));
      expect(agg.byPredicate.find((b: any) => b.predicate === 'NEAR')?.count).toBe(CLAIMS_PER_ARTICLE);

      // Sources and days from the articles, each article's claims counted by its own page.
      const bySource = new Map<string | null, number>();
      const byDay = new Map<string | null, number>();
      for (const { node } of data(await server.query(ARTICLES)).articles.edges) {
        const n = node.claims.totalCount as number;
        if (!n) continue;
        bySource.set(node.publisher ?? null, (bySource.get(node.publisher ?? null) ?? 0) + n);
        const day = node.publishedAt ? String(node.publishedAt).slice(0, 10) : null;
        byDay.set(day, (byDay.get(day) ?? 0) + n);
      }
      expect(agg.bySource).toEqual([...bySource].map(([source, count]) => ({ source, count })).sort(byKey('source')));
      expect(agg.byDay).toEqual([...byDay].map(([day, count]) => ({ day, count })).sort(byKey('day')));
      // The generated articles name no publisher and no date: their claims are the null buckets, listed last.
      expect(agg.bySource.at(-1)).toEqual({ source: null, count: 2 * CLAIMS_PER_ARTICLE });
      expect(agg.byDay.at(-1)).toEqual({ day: null, count: 2 * CLAIMS_PER_ARTICLE });
      expect(agg.byDay.map((b: any) => b.day)).toContain('2020-11-09');
    });

    it(`[${backend}] follows the claims filter, in one store call`, async () => {
      for (const where of [{ about: { id: { eq: 'place:shushi' } } }, { status: { in: ['CLAIMED', 'CONFIRMED'] } }, { predicate: { eq: 'LOCATED_IN' } }, { origin: { eq: 'CURATED' }, about: { id: { eq: 'place:stepanakert' } } }, { OR: [{ subject: { kind: { eq: 'ACTOR' } } }, { NOT: { confidence: { gte: 0.9 } } }] }]) {
        const res = await server.query(CLAIMS_AGGREGATE, { where });
        const agg = data(res).claimsAggregate;
        expect(agg.count, JSON.stringify(where)).toBe(await claimCount(where));
        expect(agg.count, JSON.stringify(where)).toBeGreaterThan(0);
        expect(total(agg.byPredicate)).toBe(agg.count);
        expect(res.headers.get('x-store-round-trips')).toBe('1');
      }
      // A status and the deprecated status list that share nothing match nothing (as `claims` does), not everything.
      const none = { status: { eq: 'CLAIMED' }, status_IN: ['DENIED'] };
      expect(data(await server.query(CLAIMS_AGGREGATE, { where: none })).claimsAggregate).toEqual({ count: 0, byStatus: [], byPredicate: [], bySource: [], byDay: [] });
      expect(await claimCount(none)).toBe(0);
    });

    it(`[${backend}] counts entities by kind and subtype, agreeing with the entity lists`, async () => {
      const res = await server.query(`{ entitiesAggregate { count byKind { kind count } bySubtype { subtype count } } all: entities(first: 0) { totalCount } }`);
      const { entitiesAggregate: agg, all } = data(res);
      expect(agg.count).toBe(all.totalCount);
      expect(total(agg.byKind)).toBe(agg.count);
      expect(total(agg.bySubtype)).toBe(agg.count);
      for (const kind of KINDS) {
        const listed = data(await server.query(`query ($kind: EntityKind) { entities(kind: $kind, first: 0) { totalCount } }`, { kind })).entities.totalCount;
        expect(agg.byKind.find((b: any) => b.kind === kind)?.count ?? 0, kind).toBe(listed);
      }
      const places = data(await server.query(`{ entitiesAggregate(kind: PLACE) { count byKind { kind count } bySubtype { subtype count } } }`)).entitiesAggregate;
      expect(places.byKind).toEqual([{ kind: 'PLACE', count: places.count }]);
      expect(places.bySubtype.map((b: any) => b.subtype)).toContain('city');
    });

    it(`[${backend}] the playground's counts example answers without errors`, async () => {
      const example = analysisExamples.find((e) => e.id === 'aggregates')!;
      const agg = data(await server.query(print(example.document), example.variables)).claimsAggregate;
      expect(agg.count).toBe(await claimCount({ about: { id: { eq: 'place:shushi' } } }));
      expect(agg.byStatus.length).toBeGreaterThan(1);
    });

    it(`[${backend}] bounds each list by "first" like any page, and refuses more than 100 naming the range`, async () => {
      const agg = data(await server.query(`{ claimsAggregate { byPredicate(first: 1) { predicate } byDay(first: 0) { day } } entitiesAggregate { bySubtype(first: 2) { subtype } } }`));
      expect(agg.claimsAggregate.byPredicate).toHaveLength(1);
      expect(agg.claimsAggregate.byDay).toEqual([]);
      expect(agg.entitiesAggregate.bySubtype).toHaveLength(2);
      const refused = await server.query(`{ claimsAggregate { bySource(first: 101) { source } } }`);
      expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(refused.body.errors?.[0].message).toMatch(/"first" must be between 0 and 100, got 101/);
    });
  });
});

/** Key order with null last, as the API lists buckets. */
function byKey(field: string) {
  return (a: any, b: any) => (a[field] === b[field] ? 0 : a[field] === null ? 1 : b[field] === null ? -1 : a[field] < b[field] ? -1 : 1);
}
