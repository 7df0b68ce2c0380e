// The store port's contract, run against each backend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
        const page = await store.claimsPage({}, { first: 2, after });
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
      const filtered = await store.claimsPage({ predicates: ['LOCATED_IN'], about: 'place:island' }, { first: 10 });
      expect(filtered).toEqual({ items: ['claim:a0', 'claim:z9'], totalCount: 2, hasNextPage: false });
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

    it(`[${backend}] entity claims, events, mentions and links are found per entity`, async () => {
      const [stepanakert, missing] = await store.claimIdsForEntities(['place:stepanakert', 'place:missing'], 'ANY');
      expect(stepanakert).toEqual({ entityId: 'place:stepanakert', claimIds: ['claim:c1', 'claim:c2'] });
      expect(missing.claimIds).toEqual([]);
      const [asObject] = await store.claimIdsForEntities(['place:stepanakert'], 'OBJECT');
      expect(asObject.claimIds).toEqual(['claim:c1']);
      expect(await store.eventIdsForEntities(['actor:ilham-aliyev', 'place:stepanakert', 'place:shushi'])).toEqual([
        ['event:meeting'],
        ['event:meeting'],
        [],
      ]);
      const [mentions] = await store.getMentions(['place:shushi']);
      expect(mentions).toEqual([{ articleId: ARTICLE_ID, entityId: 'place:shushi', start: 0, end: 6, sentence: 0, text: 'Shushi' }]);
      expect(await store.timeline('actor:ilham-aliyev', undefined, undefined)).toEqual(['event:meeting']);
      expect(await store.timeline(undefined, '2021', undefined)).toEqual([]);
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
        claim('helicopter-shot-down-in-armenia'),
        claim('helicopter-owned-by-russia'),
        claim('russian-defence-ministry-part-of-russia'),
      ]);
      expect(path?.[2]).toEqual({ source: 'actor:russian-military-helicopter', target: 'place:armenia', predicate: 'SHOT_DOWN', claimId: claim('helicopter-shot-down-in-armenia') });
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
