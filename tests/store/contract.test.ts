// The store port's contract, run against each backend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/curate/curate.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { ClaimRecord, GraphBatch } from '../../src/model/records.js';
import { normalizeName, skeletonKey } from '../../src/model/search-keys.js';
import { type EdgeRecord, type GraphStore, InvalidBatchError } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';
import { ARTICLE_ID, TEXT, claim, fixtureBatch } from '../support/fixture-graph.js';

const searchKeys = (text: string) => ({ exact: [normalizeName(text)], prefix: normalizeName(text), skeleton: `~${skeletonKey(text)}` });

describe.each(BACKENDS)('store contract [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await openTestStore(backend);
      await store.upsert(fixtureBatch());
    });
    afterAll(async () => store?.close());

    it(`[${backend}] upsert twice keeps the same counts and ids`, async () => {
      const before = await store.counts();
      const ids = (await store.entitiesPage(undefined, { first: 100 })).items;
      await store.upsert(fixtureBatch());
      expect(await store.counts()).toEqual(before);
      expect((await store.entitiesPage(undefined, { first: 100 })).items).toEqual(ids);
      expect(before).toMatchObject({ articles: 1, entities: 8, claims: 5, evidence: 5, mentions: 1, edges: 4 });
    });

    it(`[${backend}] a batch with one dangling reference writes nothing`, async () => {
      const before = await store.counts();
      const bad: GraphBatch = {
        articles: [],
        entities: [{ id: 'place:new-town', kind: 'PLACE', subtype: 'city', name: 'New Town', aliases: [], provisional: false }],
        claims: [
          claim('claim:ok', 'place:new-town', 'LOCATED_IN', 'place:azerbaijan', 'Azerbaijan'),
          claim('claim:bad', 'place:new-town', 'LOCATED_IN', 'place:nowhere', 'Azerbaijan'),
        ],
        mentions: [],
      };
      await expect(store.upsert(bad)).rejects.toThrow(InvalidBatchError);
      await expect(store.upsert(bad)).rejects.toThrow(/unknown entity place:nowhere/);
      expect(await store.counts()).toEqual(before);
      expect(await store.getEntities(['place:new-town'])).toEqual([null]);
    });

    it(`[${backend}] get-by-ids keeps the order asked for and gives null for unknown ids`, async () => {
      const entities = await store.getEntities(['place:stepanakert', 'place:missing', 'place:shushi', 'place:stepanakert']);
      expect(entities.map((e) => e?.id ?? null)).toEqual(['place:stepanakert', null, 'place:shushi', 'place:stepanakert']);
      expect(entities[2]).toMatchObject({ name: 'Shushi', aliases: ['Shusha', 'Şuşa'], location: { lat: 39.7583, lon: 46.7483 } });
      const claims = await store.getClaims(['claim:c2', 'claim:none']);
      expect(claims[0]).toMatchObject({ predicate: 'LOCATED_IN', subjectId: 'place:stepanakert', objectId: 'place:nagorno-karabakh' });
      expect(claims[1]).toBeNull();
      const [evidence, none] = await store.getEvidence(['claim:c1', 'claim:none']);
      expect(evidence).toEqual([{ articleId: ARTICLE_ID, quote: 'Shushi overlooks Stepanakert', start: 0, end: 28, sentence: 0 }]);
      expect(none).toEqual([]);
      const [event] = await store.getEntities(['event:meeting']);
      expect(event).toMatchObject({ date: { value: '2020-11-08', precision: 'DAY' }, participants: [{ entityId: 'actor:ilham-aliyev', role: 'speaker' }] });
      expect(await store.getArticles(['article:none', ARTICLE_ID])).toMatchObject([null, { id: ARTICLE_ID, title: 'Fixture' }]);
    });

    it(`[${backend}] claim pages neither skip nor repeat while claims are inserted`, async () => {
      const seen: string[] = [];
      let after: string | undefined;
      let inserted = false;
      for (;;) {
        const page = await store.claimsPage({}, { first: 2, from: after === undefined ? undefined : [after] });
        seen.push(...page.items);
        if (!inserted) {
          // Insert one claim before the cursor and one after it, mid-walk.
          await store.upsert({
            articles: [],
            entities: [],
            claims: [claim('claim:a0', 'place:shushi', 'LOCATED_IN', 'place:island', 'Azerbaijan'), claim('claim:z9', 'place:island', 'LOCATED_IN', 'place:shushi', 'Azerbaijan')],
            mentions: [],
          });
          inserted = true;
        }
        if (!page.hasNextPage) break;
        after = page.items[page.items.length - 1];
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(['claim:c1', 'claim:c2', 'claim:c3', 'claim:c4', 'claim:c5', 'claim:z9']);
      const { items, totalCount, hasNextPage, claims } = await store.claimsPage({ predicates: ['LOCATED_IN'], about: 'place:island' }, { first: 10 });
      expect({ items, totalCount, hasNextPage }).toEqual({ items: ['claim:a0', 'claim:z9'], totalCount: 2, hasNextPage: false });
      // The page's claim records come with it.
      expect(claims.map((c) => c.id).sort()).toEqual(['claim:a0', 'claim:z9']);
    });

    it(`[${backend}] search finds Shushi by "Şuşa", "shusha" and a prefix, but not unrelated names`, async () => {
      for (const text of ['Şuşa', 'shusha', 'SHUSHI', 'shu']) {
        const hits = await store.search(searchKeys(text), undefined, 10);
        expect(hits[0]?.id, text).toBe('place:shushi');
      }
      expect(await store.search(searchKeys('karabakh'), undefined, 10)).toEqual([{ id: 'place:nagorno-karabakh', rank: 2 }]);
      const both = await store.search(searchKeys('Azerbaijan'), undefined, 10);
      expect(both.map((h) => h.id).sort()).toEqual(['actor:azerbaijan', 'place:azerbaijan']);
      expect(await store.search(searchKeys('Azerbaijan'), ['ACTOR'], 10)).toEqual([{ id: 'actor:azerbaijan', rank: 0 }]);
      expect(await store.search(searchKeys('Yerevan'), undefined, 10)).toEqual([]);
    });

    it(`[${backend}] search follows writes: new aliases are found, replaced ones are not`, async () => {
      expect((await store.search(searchKeys('Khankendi'), undefined, 5)).map((h) => h.id)).toEqual(['place:stepanakert']);
      const [stepanakert] = fixtureBatch().entities.filter((e) => e.id === 'place:stepanakert');
      await store.upsert({ articles: [], entities: [{ ...stepanakert, aliases: ['Xankəndi'] }], claims: [], mentions: [] });
      expect(await store.search(searchKeys('Khankendi'), undefined, 5)).toEqual([]);
      expect((await store.search(searchKeys('Xankəndi'), undefined, 5)).map((h) => h.id)).toEqual(['place:stepanakert']);
      expect((await store.entityIdsByKeys([normalizeName('Xankəndi')])).map((h) => h.id)).toEqual(['place:stepanakert']);
      await store.upsert(fixtureBatch());
      expect((await store.search(searchKeys('Khankendi'), undefined, 5)).map((h) => h.id)).toEqual(['place:stepanakert']);
      expect(await store.search(searchKeys('Xankəndi'), undefined, 5)).toEqual([]);
    });

    it(`[${backend}] shortest path follows claims in either direction and is null when there is none`, async () => {
      const path = await store.shortestPath('place:shushi', 'place:azerbaijan', 4);
      expect(path?.map((e) => e.claimId)).toEqual(['claim:c1', 'claim:c2', 'claim:c3']);
      const back = await store.shortestPath('place:azerbaijan', 'place:shushi', 4);
      expect(back?.map((e) => e.claimId)).toEqual(['claim:c3', 'claim:c2', 'claim:c1']);
      expect(await store.shortestPath('place:shushi', 'place:azerbaijan', 2)).toBeNull();
      expect(await store.shortestPath('place:shushi', 'actor:ilham-aliyev', 6)).toBeNull();
      expect(await store.shortestPath('place:shushi', 'place:missing', 4)).toBeNull();
      expect(await store.shortestPath('place:shushi', 'place:shushi', 4)).toEqual([]);
    });

    it(`[${backend}] neighbourhood edges come with the claim behind each`, async () => {
      const edges = await store.edgesAround(['place:stepanakert'], 50);
      expect(edges).toEqual([
        { source: 'place:shushi', target: 'place:stepanakert', predicate: 'OVERLOOKS', claimId: 'claim:c1' },
        { source: 'place:stepanakert', target: 'place:nagorno-karabakh', predicate: 'LOCATED_IN', claimId: 'claim:c2' },
      ]);
    });

    it(`[${backend}] neighbourhood edges under a claim filter: the visible ones by default, a rejected claim's only when the filter names the verdict`, async () => {
      const visible = await store.edgesAround(['place:stepanakert'], 50);
      const [overlooks, locatedIn] = visible;
      expect(await store.edgesAround(['place:stepanakert'], 50, {})).toEqual(visible);
      expect(await store.edgesAround(['place:stepanakert'], 50, { predicates: ['OVERLOOKS'] })).toEqual([overlooks]);
      expect(await store.edgesAround(['place:stepanakert'], 1, {})).toEqual([overlooks]);
      await reviewClaim(store, { id: overlooks.claimId, verdict: 'REJECTED' }, { author: 'contract' });
      try {
        expect(await store.edgesAround(['place:stepanakert'], 50)).toEqual([locatedIn]);
        expect(await store.edgesAround(['place:stepanakert'], 50, {})).toEqual([locatedIn]);
        expect(await store.edgesAround(['place:stepanakert'], 50, { reviews: ['REJECTED'] })).toEqual([overlooks]);
        expect(await store.edgesAround(['place:stepanakert'], 50, { any: [{ reviews: ['REJECTED'] }, { reviews: ['UNREVIEWED'] }] })).toEqual(visible);
      } finally {
        await reviewClaim(store, { id: overlooks.claimId, verdict: 'ACCEPTED' }, { author: 'contract' });
      }
      expect(await store.edgesAround(['place:stepanakert'], 50)).toEqual(visible);
      expect(await store.edgesAround(['place:stepanakert'], 50, { reviews: ['ACCEPTED'] })).toEqual([overlooks]);
    });

    it(`[${backend}] entity claims, events, mentions and links are found per entity`, async () => {
      const [stepanakert, missing] = await store.claimIdsForEntities(['place:stepanakert', 'place:missing'], 'ANY');
      expect(stepanakert).toEqual({ entityId: 'place:stepanakert', claimIds: ['claim:c1', 'claim:c2'] });
      expect(missing.claimIds).toEqual([]);
      const [asObject] = await store.claimIdsForEntities(['place:stepanakert'], 'OBJECT');
      expect(asObject.claimIds).toEqual(['claim:c1']);
      expect(await store.eventIdsForEntities(['actor:ilham-aliyev', 'place:stepanakert', 'place:shushi'], 10)).toEqual([
        ['event:meeting'],
        ['event:meeting'],
        [],
      ]);
      const [mentions] = await store.getMentions(['place:shushi']);
      expect(mentions).toEqual([{ articleId: ARTICLE_ID, entityId: 'place:shushi', start: 0, end: 6, sentence: 0, text: 'Shushi' }]);
      expect(await store.timeline({ about: 'actor:ilham-aliyev' }, { first: 10 })).toEqual({ items: ['event:meeting'], totalCount: 1, hasNextPage: false });
      expect(await store.timeline({ from: '2021' }, { first: 10 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      expect(await store.articleIdByHash('hash-fixture')).toBe(ARTICLE_ID);
      expect(await store.articleIdByHash('nope')).toBeNull();
    });

    it(`[${backend}] a claim written again replaces its edge, evidence, attributions and links`, async () => {
      const before = await store.counts();
      const words = ['Shushi', 'overlooks', 'Stepanakert', 'is', 'in', 'Nagorno-Karabakh'];
      const rewritten: ClaimRecord = {
        ...claim('claim:c4', 'actor:ilham-aliyev', 'LEADS', 'place:azerbaijan', 'Aliyev leads Azerbaijan'),
        // More evidence than one lookup window, and duplicates a batch may carry.
        evidence: words.map((quote) => ({ articleId: ARTICLE_ID, quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, sentence: 0 })),
        attributedTo: ['actor:azerbaijan', 'actor:azerbaijan'],
        links: [{ targetId: 'claim:c1', type: 'SAME_AS' }, { targetId: 'claim:c1', type: 'SAME_AS' }],
      };
      const mention = { articleId: ARTICLE_ID, entityId: 'actor:ilham-aliyev', start: 105, end: 111, sentence: 0, text: 'Aliyev' };
      for (let i = 0; i < 2; i++) await store.upsert({ articles: [], entities: [], claims: [rewritten], mentions: [mention, mention] });

      expect(await store.edgesAround(['actor:ilham-aliyev'], 10)).toEqual([
        { source: 'actor:ilham-aliyev', target: 'place:azerbaijan', predicate: 'LEADS', claimId: 'claim:c4' },
      ]);
      expect((await store.edgesAround(['actor:azerbaijan'], 10)).map((e) => e.claimId)).toEqual([]);
      const [evidence] = await store.getEvidence(['claim:c4']);
      expect(evidence.map((e) => e.quote)).toEqual(words);
      expect((await store.claimIdsForEntities(['actor:azerbaijan'], 'ATTRIBUTED_TO'))[0].claimIds).toEqual(['claim:c4']);
      expect((await store.claimIdsForEntities(['actor:azerbaijan'], 'OBJECT'))[0].claimIds).toEqual([]);
      expect((await store.claimIdsForEntities(['place:azerbaijan'], 'OBJECT'))[0].claimIds).toEqual(['claim:c3', 'claim:c4', 'claim:c5']);
      expect(await store.getClaimLinks(['claim:c4'])).toEqual([[{ from: 'claim:c4', to: 'claim:c1', type: 'SAME_AS' }]]);
      expect((await store.getMentions(['actor:ilham-aliyev']))[0]).toEqual([mention]);
      expect(await store.counts()).toEqual({ ...before, evidence: before.evidence + words.length - 1, mentions: before.mentions + 1 });

      // The fixture written again restores claim c4 (mentions belong to the article and go with it).
      await store.upsert(fixtureBatch());
      expect((await store.getEvidence(['claim:c4']))[0].map((e) => e.quote)).toEqual(['Aliyev leads Azerbaijan']);
      expect((await store.claimIdsForEntities(['actor:azerbaijan'], 'ATTRIBUTED_TO'))[0].claimIds).toEqual([]);
      expect(await store.getClaimLinks(['claim:c4', 'claim:c1'])).toEqual([[], []]);
      expect((await store.getMentions(['actor:ilham-aliyev']))[0]).toEqual([]);
      expect((await store.edgesAround(['actor:ilham-aliyev'], 10)).map((e) => e.target)).toEqual(['actor:azerbaijan']);
    });

    it(`[${backend}] ping answers while the store is up`, async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
});

/**
 * A hub with many claims beside a small entity with two: claims on both sides, one without an
 * object, one attributed, one in a second article; and dated and undated events at the hub.
 */
function hubBatch(): GraphBatch {
  const hubClaims = [
    ...Array.from({ length: 15 }, (_, i) => claim(`claim:hub-${String(i).padStart(2, '0')}`, 'place:hub', 'NEAR', 'place:island', 'Azerbaijan')),
    ...Array.from({ length: 10 }, (_, i) => claim(`claim:hub-${String(15 + i).padStart(2, '0')}`, 'place:island', 'LOCATED_IN', 'place:hub', 'Azerbaijan')),
    { ...claim('claim:hub-26', 'place:hub', 'PURPOSE_UNKNOWN', 'place:hub', 'Azerbaijan'), objectId: undefined },
  ];
  hubClaims[3] = { ...hubClaims[3], attributedTo: ['actor:speaker'] };
  const second = 'article:second';
  const event = (id: string, date?: string) => ({
    id, kind: 'EVENT' as const, subtype: 'statement', name: id, aliases: [], provisional: false, locationId: 'place:hub',
    ...(date ? { date: { value: date, precision: 'DAY' as const } } : {}),
  });
  return {
    articles: [{ id: second, title: 'Second', text: TEXT, contentHash: 'hash-second', sentences: [{ index: 0, start: 0, end: TEXT.length, caption: false }] }],
    entities: [
      { id: 'place:hub', kind: 'PLACE', subtype: 'city', name: 'Hub', aliases: [], provisional: false },
      { id: 'place:small', kind: 'PLACE', subtype: 'city', name: 'Small', aliases: [], provisional: false },
      { id: 'actor:speaker', kind: 'ACTOR', subtype: 'person', name: 'Speaker', aliases: [], provisional: false },
      event('event:t-late', '2020-11-09'),
      event('event:t-b', '2020-11-08'),
      event('event:t-a', '2020-11-08'),
      event('event:t-early', '1994-01-01'),
      event('event:t-undated'),
    ],
    claims: [
      ...hubClaims,
      claim('claim:small-1', 'place:small', 'NEAR', 'place:island', 'Azerbaijan'),
      {
        ...claim('claim:small-2', 'place:small', 'LOCATED_IN', 'place:azerbaijan', 'Azerbaijan'),
        articleId: second,
        evidence: [{ articleId: second, quote: 'Azerbaijan', start: TEXT.indexOf('Azerbaijan'), end: TEXT.indexOf('Azerbaijan') + 10, sentence: 0 }],
      },
    ],
    mentions: [],
  };
}

describe.each(BACKENDS)('per-parent pages [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let store: GraphStore;
    const hub = (i: number) => `claim:hub-${String(i).padStart(2, '0')}`;
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => hub(from + i));

    beforeAll(async () => {
      store = await openTestStore(backend);
      await store.upsert(fixtureBatch());
      await store.upsert(hubBatch());
    });
    afterAll(async () => store?.close());

    it(`[${backend}] one call pages every parent alike: the hub's first page, the small entity whole, an unknown id empty`, async () => {
      const { pages: [big, small, missing, again] } = await store.claimPages(['place:hub', 'place:small', 'place:missing', 'place:hub'], { via: 'ANY' }, { first: 10 });
      expect(big).toMatchObject({ items: range(0, 10), totalCount: 26, hasNextPage: true });
      expect(small).toEqual({ items: ['claim:small-1', 'claim:small-2'], keys: [['claim:small-1'], ['claim:small-2']], totalCount: 2, hasNextPage: false });
      expect(missing).toMatchObject({ items: [], totalCount: 0, hasNextPage: false });
      expect(again).toEqual(big);
    });

    it(`[${backend}] walking a hub's pages with after neither skips nor repeats, and totalCount stays the whole count`, async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const { pages: [page] } = await store.claimPages(['place:hub'], { via: 'ANY' }, { first: 7, from: after === undefined ? undefined : [after] });
        expect(page.totalCount).toBe(26);
        seen.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.items[page.items.length - 1];
      }
      expect(seen).toEqual([...range(0, 25), hub(26)]);
      const { pages: [rest, small] } = await store.claimPages(['place:hub', 'place:small'], { via: 'ANY' }, { first: 3, from: [hub(23)] });
      expect(rest).toEqual({ items: [hub(24), hub(26)], keys: [[hub(24)], [hub(26)]], totalCount: 26, hasNextPage: false });
      // The same `after` for every parent: small's ids both sort after the hub's.
      expect(small).toEqual({ items: ['claim:small-1', 'claim:small-2'], keys: [['claim:small-1'], ['claim:small-2']], totalCount: 2, hasNextPage: false });
      const { pages: [smallRest] } = await store.claimPages(['place:small'], { via: 'ANY' }, { first: 3, from: ['claim:small-1'] });
      expect(smallRest).toEqual({ items: ['claim:small-2'], keys: [['claim:small-2']], totalCount: 2, hasNextPage: false });
      const { pages: [none] } = await store.claimPages(['place:hub'], { via: 'ANY' }, { first: 0 });
      expect(none).toEqual({ items: [], keys: [], totalCount: 26, hasNextPage: true });
    });

    it(`[${backend}] per-parent pages by role, predicate, linked entities, attribution and article`, async () => {
      const page = async (ids: string[], of: Parameters<GraphStore['claimPages']>[1], first = 50) => (await store.claimPages(ids, of, { first })).pages;
      expect((await page(['place:hub'], { via: 'SUBJECT' }))[0]).toMatchObject({ items: [...range(0, 15), hub(26)], totalCount: 16 });
      expect((await page(['place:hub'], { via: 'OBJECT' }))[0]).toMatchObject({ items: range(15, 25), totalCount: 10 });
      expect((await page(['place:hub'], { via: 'ANY', linked: true }))[0]).toMatchObject({ items: range(0, 25), totalCount: 25 });
      const [hubLocated, smallLocated] = await page(['place:hub', 'place:small'], { via: 'ANY', predicates: ['LOCATED_IN'] }, 4);
      expect(hubLocated).toMatchObject({ items: range(15, 19), totalCount: 10, hasNextPage: true });
      expect(smallLocated).toMatchObject({ items: ['claim:small-2'], totalCount: 1, hasNextPage: false });
      expect((await page(['place:small'], { via: 'SUBJECT', predicates: ['NEAR', 'LOCATED_IN'] }))[0].totalCount).toBe(2);
      expect(await page(['actor:speaker', 'place:hub'], { via: 'ATTRIBUTED_TO' })).toEqual([
        { items: [hub(3)], keys: [[hub(3)]], totalCount: 1, hasNextPage: false },
        { items: [], keys: [], totalCount: 0, hasNextPage: false },
      ]);
      const [second, first] = await page(['article:second', ARTICLE_ID], { via: 'ARTICLE' }, 3);
      expect(second).toMatchObject({ items: ['claim:small-2'], totalCount: 1, hasNextPage: false });
      expect(first).toMatchObject({ items: ['claim:c1', 'claim:c2', 'claim:c3'], totalCount: 5 + 26 + 1, hasNextPage: true });
    });

    it(`[${backend}] per-parent pages take a filter and a sort, and continue from a key in that sort`, async () => {
      const of = { via: 'ANY' as const, filter: { any: [{ predicates: ['LOCATED_IN'] }, { ids: [hub(0), hub(1)] }] } };
      const sort = [{ field: 'predicate' as const, descending: true }];
      const { pages: [hubPage] } = await store.claimPages(['place:hub'], of, { first: 4, sort });
      const expected = [...range(15, 25), hub(0), hub(1)];
      expect(hubPage.totalCount).toBe(expected.length);
      // By predicate descending, then by id.
      const claims = await store.getClaims(expected);
      const order = claims
        .map((c) => c!)
        .sort((a, b) => (a.predicate === b.predicate ? (a.id < b.id ? -1 : 1) : a.predicate < b.predicate ? 1 : -1))
        .map((c) => c.id);
      expect(hubPage.items).toEqual(order.slice(0, 4));
      expect(hubPage.keys[3]).toEqual([claims.find((c) => c!.id === order[3])!.predicate, order[3]]);
      const { pages: [rest] } = await store.claimPages(['place:hub'], of, { first: 50, sort, from: hubPage.keys[3] });
      expect(rest.items).toEqual(order.slice(4));
      expect(rest.hasNextPage).toBe(false);
    });

    it(`[${backend}] a page brings the records of its claims, and on request their evidence, articles and entities, equal to what the single reads return`, async () => {
      const plain = await store.claimPages(['place:hub', 'place:small'], { via: 'ANY' }, { first: 3 });
      const ids = plain.pages.flatMap((p) => p.items);
      expect(plain.claims.map((c) => c.id).sort()).toEqual([...ids].sort());
      expect(plain.claims).toEqual(expect.arrayContaining((await store.getClaims(ids)).filter((c) => c !== null)));
      expect([plain.evidence.size, plain.articles.length, plain.entities.length]).toEqual([0, 0, 0]);

      const full = await store.claimPages(['place:hub', 'place:small'], { via: 'ANY' }, { first: 3 }, { evidence: true, articles: true, entities: true });
      expect(full.pages).toEqual(plain.pages);
      expect([...full.evidence.keys()].sort()).toEqual([...ids].sort());
      const evidence = await store.getEvidence(ids);
      ids.forEach((id, i) => expect(full.evidence.get(id), id).toEqual(evidence[i]));
      const articleIds = new Set([...plain.claims.map((c) => c.articleId), ...evidence.flat().map((e) => e.articleId)]);
      expect(full.articles.map((a) => a.id).sort()).toEqual([...articleIds].sort());
      expect(full.articles).toEqual(expect.arrayContaining((await store.getArticleSummaries([...articleIds])).filter((a) => a !== null)));
      const entityIds = new Set(plain.claims.flatMap((c) => (c.objectId ? [c.subjectId, c.objectId] : [c.subjectId])));
      expect(full.entities.map((e) => e.id).sort()).toEqual([...entityIds].sort());
      expect(full.entities).toEqual(expect.arrayContaining((await store.getEntities([...entityIds])).filter((e) => e !== null)));
      // An event's participants come along with it, as getEntities gives them.
      const third = 'article:third';
      await store.upsert({
        articles: [{ id: third, title: 'Third', text: TEXT, contentHash: 'hash-third', sentences: [{ index: 0, start: 0, end: TEXT.length, caption: false }] }],
        entities: [],
        claims: [{ ...claim('claim:event-1', 'event:meeting', 'OCCURRED_IN', 'place:stepanakert', 'Stepanakert'), articleId: third, evidence: [] }],
        mentions: [],
      });
      const withEvent = await store.claimPages([third], { via: 'ARTICLE' }, { first: 5 }, { entities: true });
      const [meeting] = await store.getEntities(['event:meeting']);
      expect(meeting?.participants).toEqual([{ entityId: 'actor:ilham-aliyev', role: 'speaker' }]);
      expect(withEvent.entities.find((e) => e.id === 'event:meeting')).toEqual(meeting);
    });

    it(`[${backend}] a page read with its parents brings the parents' own records, as getEntities gives them; an unknown parent brings nothing`, async () => {
      const parents = ['place:hub', 'place:small', 'place:no-such-place'];
      const withParents = await store.claimPages(parents, { via: 'ANY' }, { first: 3 }, { parents: true });
      expect(withParents.pages).toEqual((await store.claimPages(parents, { via: 'ANY' }, { first: 3 })).pages);
      const records = (await store.getEntities(parents)).filter((e) => e !== null);
      expect(records.map((e) => e.id)).toEqual(['place:hub', 'place:small']);
      expect([...withParents.entities].sort((a, b) => a.id.localeCompare(b.id))).toEqual(records);
      // With the claims' entities too, each record once.
      const both = await store.claimPages(parents, { via: 'ANY' }, { first: 3 }, { entities: true, parents: true });
      const ids = both.entities.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(['place:hub', 'place:small', ...both.claims.map((c) => c.subjectId)]));
    });

    it(`[${backend}] an entity's events come in date order, undated last, cut at the limit per entity`, async () => {
      const order = ['event:t-early', 'event:t-a', 'event:t-b', 'event:t-late', 'event:t-undated'];
      expect(await store.eventIdsForEntities(['place:hub', 'place:small'], 10)).toEqual([order, []]);
      expect(await store.eventIdsForEntities(['place:hub', 'place:stepanakert'], 2)).toEqual([order.slice(0, 2), ['event:meeting']]);
    });

    it(`[${backend}] timeline pages follow (date, id) across equal dates and skip undated events`, async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await store.timeline({ about: 'place:hub' }, { first: 1, after });
        expect(page.totalCount).toBe(4);
        seen.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.items[page.items.length - 1];
      }
      expect(seen).toEqual(['event:t-early', 'event:t-a', 'event:t-b', 'event:t-late']);
      // 2020-11-08: event:meeting, event:t-a, event:t-b by id; then event:t-late on the 9th.
      expect(await store.timeline({ from: '2020-11-08', to: '2020-11' }, { first: 1, after: 'event:meeting' })).toEqual({
        items: ['event:t-a'],
        totalCount: 4,
        hasNextPage: true,
      });
      expect(await store.timeline({ from: '2020-11-08', to: '2020-11' }, { first: 2, after: 'event:t-a' })).toEqual({
        items: ['event:t-b', 'event:t-late'],
        totalCount: 4,
        hasNextPage: false,
      });
    });
  });
});

describe.each(BACKENDS)('shortest-path ties on the seed graph [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openTestStore(backend);
      await seedStore(store);
    });
    afterAll(async () => store?.close());

    // Several 5-hop routes join them; both stores take the one whose entity ids, then claim ids, come first.
    it(`[${backend}] Shushi → Russian Defence Ministry takes the same route on both stores`, async () => {
      const path = await store.shortestPath('place:shushi', 'actor:russian-defence-ministry', 6);
      const claim = (slug: string) => `claim:ap-2020-11-09-shushi-helicopter:${slug}`;
      expect(path?.map((e) => e.claimId)).toEqual([
        claim('shushi-on-main-road'),
        claim('main-road-connects-armenia'),
        claim('russian-base-located-in-armenia'),
        claim('russia-has-military-base-in-armenia'),
        claim('russian-defence-ministry-part-of-russia'),
      ]);
      // Through the base, not the helicopter (thing:… comes after place:… in id order).
      expect(path?.[2]).toEqual({ source: 'place:russian-military-base-in-armenia', target: 'place:armenia', predicate: 'LOCATED_IN', claimId: claim('russian-base-located-in-armenia') });
    });
  });
});

/**
 * A random graph with many ties between shortest paths (few entities, parallel claims), and the
 * route the port promises, found by brute force: of all shortest paths, the one whose entity ids,
 * then claim ids, come first.
 */
function randomGraph(seed: number): { batch: GraphBatch; expected: (from: string, to: string, maxHops: number) => string[] | null } {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const ids = Array.from({ length: 14 }, (_, i) => `place:r${String(i).padStart(2, '0')}`);
  const claims = Array.from({ length: 24 }, (_, i) => {
    const a = ids[Math.floor(random() * ids.length)];
    const b = ids[Math.floor(random() * ids.length)];
    return claim(`claim:r${String(i).padStart(2, '0')}`, a, 'NEAR', b, 'Shushi');
  });
  const batch = fixtureBatch();
  batch.entities.push(...ids.map((id) => ({ id, kind: 'PLACE' as const, subtype: 'city', name: id, aliases: [], provisional: false })));
  batch.claims.push(...claims);
  const edges = claims.filter((c) => c.objectId !== c.subjectId);
  const expected = (from: string, to: string, maxHops: number) => {
    let routes: { nodes: string[]; claims: string[] }[] = [{ nodes: [from], claims: [] }];
    for (let hop = 1; hop <= maxHops; hop++) {
      routes = routes.flatMap((r) => {
        const at = r.nodes[r.nodes.length - 1];
        return edges
          .filter((c) => c.subjectId === at || c.objectId === at)
          .map((c) => ({ next: c.subjectId === at ? (c.objectId as string) : c.subjectId, id: c.id }))
          .filter((s) => !r.nodes.includes(s.next))
          .map((s) => ({ nodes: [...r.nodes, s.next], claims: [...r.claims, s.id] }));
      });
      const arrived = routes.filter((r) => r.nodes[r.nodes.length - 1] === to);
      if (arrived.length) {
        const key = (r: { nodes: string[]; claims: string[] }) => [...r.nodes, '\u0001', ...r.claims].join('\u0000');
        return arrived.sort((x, y) => (key(x) < key(y) ? -1 : 1))[0].claims;
      }
    }
    return null;
  };
  return { batch, expected };
}

describe.each(BACKENDS)('shortest-path ties on a random graph [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    it(`[${backend}] every shortest path is the one with the lowest entity ids, then claim ids`, async () => {
      const store = await openTestStore(backend);
      try {
        const { batch, expected } = randomGraph(13);
        await store.upsert(batch);
        const ids = batch.entities.filter((e) => e.id.startsWith('place:r')).map((e) => e.id);
        const wrong: string[] = [];
        for (const [i, from] of ids.entries()) {
          for (const to of ids.slice(i + 1)) {
            const path = await store.shortestPath(from, to, 4);
            const got = path?.map((e: EdgeRecord) => e.claimId) ?? null;
            const want = expected(from, to, 4);
            if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${from} → ${to}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
          }
        }
        expect(wrong).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
});
