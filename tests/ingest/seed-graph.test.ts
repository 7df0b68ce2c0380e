// The seeded graph, read back through the store port on each backend: the gold claims of the AP
// story, character-exact provenance for every piece of evidence, entity facts from the gazetteer,
// dated events, and idempotent re-seeding.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { seedStore } from '../../src/ingest/seed.js';
import type { ArticleRecord, ClaimRecord, EntityKind, EntityRecord, EvidenceRecord } from '../../src/model/records.js';
import { normalizeName, skeletonKey } from '../../src/model/search-keys.js';
import type { ClaimFilter, GraphStore } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';

const SEED = new URL('../../seed/', import.meta.url);
const ARTICLE_KEY = 'ap-2020-11-09-shushi-helicopter';
const ARTICLE_ID = `article:${ARTICLE_KEY}`;
const claimId = (key: string) => `claim:${ARTICLE_KEY}:${key}`;

// The annotation and gazetteer read independently of the ingest code, as the expected values.
interface AnnotationFile {
  entities: { id: string; kind: EntityKind }[];
  claims: { id: string; evidence: unknown[] }[];
  noClaims: { sentence: number }[];
}
const annotation = parseYaml(readFileSync(new URL(`2020-11-09-ap-shushi-helicopter.annotation.yaml`, SEED), 'utf8')) as AnnotationFile;
const gazetteer = parseYaml(readFileSync(new URL('gazetteer.yaml', SEED), 'utf8')) as {
  places: Record<string, { lat: number; lon: number; source: string; precision: string }>;
};
const articleText = parseArticle(readFileSync(new URL('2020-11-09-ap-shushi-helicopter.txt', SEED), 'utf8')).text;

const searchKeys = (text: string) => ({ exact: [normalizeName(text)], prefix: normalizeName(text), skeleton: `~${skeletonKey(text)}` });

describe.each(BACKENDS)('seeded AP story [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let store: GraphStore;
    let article: ArticleRecord;

    beforeAll(async () => {
      store = await openTestStore(backend);
      await seedStore(store);
      const [found] = await store.getArticles([ARTICLE_ID]);
      if (!found) throw new Error(`${ARTICLE_ID} was not stored`);
      article = found;
    });
    afterAll(async () => store?.close());

    const claim = async (key: string): Promise<ClaimRecord> => {
      const [found] = await store.getClaims([claimId(key)]);
      expect(found, `claim ${key}`).not.toBeNull();
      return found as ClaimRecord;
    };
    const evidenceOf = async (key: string): Promise<EvidenceRecord[]> => (await store.getEvidence([claimId(key)]))[0];
    const entity = async (id: string): Promise<EntityRecord> => {
      const [found] = await store.getEntities([id]);
      expect(found, `entity ${id}`).not.toBeNull();
      return found as EntityRecord;
    };
    const claimIds = async (filter: ClaimFilter): Promise<string[]> => {
      const page = await store.claimsPage(filter, { first: 500 });
      expect(page.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(page.items.length);
      return page.items;
    };
    /** The whole timeline for a filter, in one page. */
    const timeline = async (about?: string, from?: string, to?: string): Promise<string[]> => {
      const page = await store.timeline({ about, from, to }, { first: 100 });
      expect(page.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(page.items.length);
      return page.items;
    };
    /** The claim's one quote, checked against the article text. */
    const quoteOf = async (key: string): Promise<string> => {
      const evidence = await evidenceOf(key);
      expect(evidence.length, `evidence of ${key}`).toBeGreaterThan(0);
      for (const ev of evidence) expect(article.text.slice(ev.start, ev.end)).toBe(ev.quote);
      return evidence.map((ev) => ev.quote).join(' | ');
    };
    const allClaimIds = async (): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.claimsPage({}, { first: 7, from: after === undefined ? undefined : [after] });
        ids.push(...page.items);
        if (!page.hasNextPage) return ids;
        after = page.items[page.items.length - 1];
      }
    };
    const allEntityIds = async (kind?: EntityKind): Promise<string[]> => {
      const page = await store.entitiesPage(kind, { first: 1000 });
      expect(page.hasNextPage).toBe(false);
      return page.items;
    };

    describe('the article', () => {
      it(`[${backend}] is stored with its title, publisher, date, text and 14 sentences`, async () => {
        expect(article).toMatchObject({
          id: ARTICLE_ID,
          title: 'Russia says military helicopter shot down in Armenia as Azerbaijan takes key city of Shushi',
          publisher: 'AP',
          publishedAt: '2020-11-09',
        });
        expect(article.text).toBe(articleText);
        expect(article.sentences).toHaveLength(14);
        expect(article.sentences.filter((s) => s.caption).map((s) => s.index)).toEqual([0, 7]);
        expect(await store.articleIdByHash(article.contentHash)).toBe(ARTICLE_ID);
      });
    });

    describe('gold claims', () => {
      it(`[${backend}] Shushi OVERLOOKS Stepanakert, quoting "above" verbatim`, async () => {
        expect(await claim('shushi-overlooks-stepanakert')).toMatchObject({
          predicate: 'OVERLOOKS',
          subjectId: 'place:shushi',
          objectId: 'place:stepanakert',
          status: 'REPORTED',
          articleId: ARTICLE_ID,
          origin: 'curated',
        });
        const [ev] = await evidenceOf('shushi-overlooks-stepanakert');
        expect(ev.quote).toBe("Shushi's position above the regional capital Stepanakert");
        expect(article.text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.quote).toContain('above');
        expect(ev.sentence).toBe(11);
        expect(await claimIds({ subject: 'place:shushi', predicates: ['OVERLOOKS'] })).toEqual([claimId('shushi-overlooks-stepanakert')]);
      });

      it(`[${backend}] Stepanakert is about 10 km from Shushi, to the north`, async () => {
        expect(await claim('stepanakert-distance-from-shushi')).toMatchObject({
          predicate: 'DISTANCE_FROM',
          subjectId: 'place:stepanakert',
          objectId: 'place:shushi',
          quantity: { value: 10, unit: 'km', approximate: true },
        });
        expect(await quoteOf('stepanakert-distance-from-shushi')).toContain('about 10km');
        expect(await claim('stepanakert-direction-from-shushi')).toMatchObject({
          predicate: 'DIRECTION_FROM',
          subjectId: 'place:stepanakert',
          objectId: 'place:shushi',
          qualifiers: { direction: 'north' },
        });
        expect(await quoteOf('stepanakert-direction-from-shushi')).toContain('to the north');
        expect(await claimIds({ about: 'place:shushi', predicates: ['DISTANCE_FROM', 'DIRECTION_FROM'] })).toEqual([
          claimId('stepanakert-direction-from-shushi'),
          claimId('stepanakert-distance-from-shushi'),
        ]);
      });

      it(`[${backend}] Shushi lies on the main road connecting Stepanakert with Armenia`, async () => {
        expect(await claim('shushi-on-main-road')).toMatchObject({
          predicate: 'ON_ROAD',
          subjectId: 'place:shushi',
          objectId: 'place:stepanakert-armenia-main-road',
        });
        expect(await quoteOf('shushi-on-main-road')).toContain('lies along the main road');
        expect(await claimIds({ subject: 'place:stepanakert-armenia-main-road', predicates: ['CONNECTS'] })).toEqual([
          claimId('main-road-connects-armenia'),
          claimId('main-road-connects-stepanakert'),
        ]);
        expect((await claim('main-road-connects-armenia')).objectId).toBe('place:armenia');
        expect((await claim('main-road-connects-stepanakert')).objectId).toBe('place:stepanakert');
        expect(await quoteOf('main-road-connects-armenia')).toBe('the main road connecting Stepanakert with Armenia');
      });

      it(`[${backend}] Shushi's position gives strategic advantage to whoever holds it`, async () => {
        const strategic = await claim('shushi-strategic-for-holder');
        expect(strategic).toMatchObject({ predicate: 'STRATEGIC_FOR', subjectId: 'place:shushi', status: 'REPORTED' });
        expect(strategic.objectId).toBeUndefined();
        expect(await quoteOf('shushi-strategic-for-holder')).toContain('gives strategic advantage to whomever holds it');
      });

      it(`[${backend}] Russia's base in Armenia is about 150 km from the shootdown, and Nakhchivan about 70 km from Nagorno-Karabakh`, async () => {
        expect(await claim('russian-base-distance-from-shootdown-site')).toMatchObject({
          predicate: 'DISTANCE_FROM',
          subjectId: 'place:russian-military-base-in-armenia',
          objectId: 'place:helicopter-shootdown-site',
          quantity: { value: 150, unit: 'km', approximate: true },
        });
        expect(await quoteOf('russian-base-distance-from-shootdown-site')).toContain('about 150km');
        expect(await claim('nakhchivan-distance-from-nagorno-karabakh')).toMatchObject({
          predicate: 'DISTANCE_FROM',
          subjectId: 'place:nakhchivan',
          objectId: 'place:nagorno-karabakh',
          quantity: { value: 70, unit: 'km', approximate: true },
        });
        expect(await quoteOf('nakhchivan-distance-from-nagorno-karabakh')).toBe('Nakhchivan is about 70km from Nagorno-Karabakh');
        expect(await claimIds({ predicates: ['DISTANCE_FROM'] })).toEqual([
          claimId('nakhchivan-distance-from-nagorno-karabakh'),
          claimId('russian-base-distance-from-shootdown-site'),
          claimId('stepanakert-distance-from-shushi'),
        ]);
      });

      it(`[${backend}] Russia said its helicopter was shot down in Armenia, killing two servicemen (CLAIMED, 2020-11-09); the article itself places it near the Nakhchivan border`, async () => {
        const russia = { status: 'CLAIMED', attributedTo: ['actor:russia'], statedOn: { value: '2020-11-09', precision: 'DAY' } };
        expect(await claim('helicopter-shot-down-in-armenia')).toMatchObject({
          predicate: 'SHOT_DOWN',
          subjectId: 'thing:russian-military-helicopter',
          objectId: 'place:armenia',
          ...russia,
        });
        expect(await quoteOf('helicopter-shot-down-in-armenia')).toBe('one of its military helicopters was shot down in Armenia');
        expect(await claim('shootdown-occurred-near-armenia-nakhchivan-border')).toMatchObject({
          predicate: 'OCCURRED_NEAR',
          subjectId: 'event:russian-helicopter-shootdown',
          objectId: 'place:armenia-nakhchivan-border',
          status: 'REPORTED',
          attributedTo: [],
        });
        expect(await quoteOf('shootdown-occurred-near-armenia-nakhchivan-border')).toContain('near the border with the Azerbaijan exclave of Nakhchivan');
        expect(await claim('shootdown-killed-two-servicemen')).toMatchObject({
          predicate: 'KILLED',
          subjectId: 'event:russian-helicopter-shootdown',
          objectId: 'actor:russian-servicemen',
          quantity: { value: 2, approximate: false },
          ...russia,
        });
        expect(await quoteOf('shootdown-killed-two-servicemen')).toBe('killing two servicemen');
        const byRussia = await claimIds({ attributedTo: 'actor:russia' });
        expect(byRussia).toEqual(
          expect.arrayContaining([
            claimId('helicopter-shot-down-in-armenia'),
            claimId('shootdown-killed-two-servicemen'),
          ]),
        );
        expect(byRussia).not.toContain(claimId('shootdown-occurred-near-armenia-nakhchivan-border'));
        for (const id of byRussia) {
          const [c] = await store.getClaims([id]);
          expect(c?.attributedTo, id).toContain('actor:russia');
        }
      });

      it(`[${backend}] the defence ministry said the helicopter was accompanying a military convoy, whose purpose it did not clarify (UNCERTAIN)`, async () => {
        expect(await claim('helicopter-accompanied-military-convoy')).toMatchObject({
          predicate: 'ACCOMPANIED',
          subjectId: 'thing:russian-military-helicopter',
          objectId: 'thing:military-convoy',
          attributedTo: ['actor:russian-defence-ministry'],
        });
        expect(await quoteOf('helicopter-accompanied-military-convoy')).toBe('the helicopter was accompanying a military convoy');
        expect(await claim('military-convoy-purpose-unknown')).toMatchObject({
          predicate: 'PURPOSE_UNKNOWN',
          subjectId: 'thing:military-convoy',
          status: 'UNCERTAIN',
        });
        expect(await quoteOf('military-convoy-purpose-unknown')).toBe('did not clarify the purpose of the convoy');
      });

      it(`[${backend}] it was not clear whether the shootdown was connected with the conflict (UNCERTAIN)`, async () => {
        expect(await claim('shootdown-connected-with-war-unclear')).toMatchObject({
          predicate: 'CONNECTED_WITH',
          subjectId: 'event:russian-helicopter-shootdown',
          objectId: 'event:second-nagorno-karabakh-war',
          status: 'UNCERTAIN',
        });
        expect(await quoteOf('shootdown-connected-with-war-unclear')).toContain('it was not clear whether the helicopter shootdown was connected with the conflict');
        expect(await claimIds({ statuses: ['UNCERTAIN'] })).toEqual([
          claimId('military-convoy-purpose-unknown'),
          claimId('shootdown-connected-with-war-unclear'),
        ]);
      });

      it(`[${backend}] Aliyev claimed Azerbaijani forces took Shushi (CLAIMED, 2020-11-08), and Pogosian confirmed it on Facebook on 2020-11-09 (CONFIRMED)`, async () => {
        const aliyev = await claim('aliyev-claims-azerbaijani-forces-took-shushi');
        expect(aliyev).toMatchObject({
          predicate: 'TOOK_CONTROL_OF',
          subjectId: 'actor:azerbaijani-forces',
          objectId: 'place:shushi',
          status: 'CLAIMED',
          attributedTo: ['actor:ilham-aliyev'],
          statedOn: { value: '2020-11-08', precision: 'DAY' },
        });
        expect(await quoteOf('aliyev-claims-azerbaijani-forces-took-shushi')).toBe("Ilham Aliyev claimed his country's soldiers had taken Shushi");
        const pogosian = await claim('pogosian-confirms-azerbaijani-forces-took-shushi');
        expect(pogosian).toMatchObject({
          predicate: 'TOOK_CONTROL_OF',
          subjectId: 'actor:azerbaijani-forces',
          objectId: 'place:shushi',
          status: 'CONFIRMED',
          attributedTo: ['actor:vagram-pogosian'],
          statedVia: 'Facebook',
          statedOn: { value: '2020-11-09', precision: 'DAY' },
        });
        expect(await quoteOf('pogosian-confirms-azerbaijani-forces-took-shushi')).toContain('confirmed that Azerbaijani forces have taken control');
        expect(await claimIds({ statuses: ['CONFIRMED'] })).toEqual([pogosian.id]);
        expect(await claimIds({ attributedTo: 'actor:ilham-aliyev' })).toEqual([aliyev.id]);
      });

      it(`[${backend}] Pogosian's claim CONFIRMS Aliyev's, which stays CLAIMED, and the link is seen from both ends`, async () => {
        const confirms = { from: claimId('pogosian-confirms-azerbaijani-forces-took-shushi'), to: claimId('aliyev-claims-azerbaijani-forces-took-shushi'), type: 'CONFIRMS' };
        const [fromAliyev, fromPogosian] = await store.getClaimLinks([confirms.to, confirms.from]);
        expect(fromAliyev).toEqual([confirms]);
        expect(fromPogosian).toEqual([confirms]);
        expect((await claim('aliyev-claims-azerbaijani-forces-took-shushi')).status).toBe('CLAIMED');
        const [others] = await store.getClaimLinks([claimId('shushi-overlooks-stepanakert')]);
        expect(others).toEqual([]);
      });

      it(`[${backend}] Pogosian said Azerbaijani forces were nearing the capital`, async () => {
        expect(await claim('azerbaijani-forces-advancing-on-stepanakert')).toMatchObject({
          predicate: 'ADVANCING_ON',
          subjectId: 'actor:azerbaijani-forces',
          objectId: 'place:stepanakert',
          attributedTo: ['actor:vagram-pogosian'],
        });
        expect(await quoteOf('azerbaijani-forces-advancing-on-stepanakert')).toContain("nearing the region's capital");
      });

      it(`[${backend}] Nagorno-Karabakh is within Azerbaijan, quoted at both places the article says so`, async () => {
        expect(await claim('nagorno-karabakh-located-in-azerbaijan')).toMatchObject({
          predicate: 'LOCATED_IN',
          subjectId: 'place:nagorno-karabakh',
          objectId: 'place:azerbaijan',
        });
        const evidence = await evidenceOf('nagorno-karabakh-located-in-azerbaijan');
        expect(evidence.map((ev) => ev.quote)).toEqual(['which is within Azerbaijan', 'which is within Azerbaijan']);
        expect(evidence.map((ev) => ev.sentence).sort((a, b) => a - b)).toEqual([3, 10]);
        expect(new Set(evidence.map((ev) => ev.start)).size).toBe(2);
        for (const ev of evidence) expect(article.text.slice(ev.start, ev.end)).toBe(ev.quote);
      });

      it(`[${backend}] ethnic Armenians have controlled Nagorno-Karabakh since 1994, backed by Armenia`, async () => {
        expect(await claim('ethnic-armenians-control-nagorno-karabakh')).toMatchObject({
          predicate: 'CONTROLS',
          subjectId: 'actor:ethnic-armenians',
          objectId: 'place:nagorno-karabakh',
          qualifiers: { since: '1994' },
        });
        expect(await claim('ethnic-armenian-forces-control-nagorno-karabakh')).toMatchObject({
          predicate: 'CONTROLS',
          qualifiers: { since: '1994' },
        });
        expect(await quoteOf('ethnic-armenians-control-nagorno-karabakh')).toContain('since 1994');
        expect(await claim('ethnic-armenian-forces-backed-by-armenia')).toMatchObject({
          predicate: 'BACKED_BY',
          subjectId: 'actor:ethnic-armenian-forces',
          objectId: 'actor:armenia',
        });
        expect(await quoteOf('ethnic-armenian-forces-backed-by-armenia')).toBe('ethnic Armenian forces backed by Armenia');
        expect(await claimIds({ object: 'place:nagorno-karabakh', predicates: ['CONTROLS'] })).toEqual([
          claimId('ethnic-armenian-forces-control-nagorno-karabakh'),
          claimId('ethnic-armenians-control-nagorno-karabakh'),
          claimId('separatist-government-controls-nagorno-karabakh'),
        ]);
      });

      it(`[${backend}] Armenian and Azerbaijani forces have been fighting for six weeks`, async () => {
        expect(await claim('armenian-forces-fighting-azerbaijani-forces')).toMatchObject({
          predicate: 'FIGHTING',
          subjectId: 'actor:armenian-forces',
          objectId: 'actor:azerbaijani-forces',
          qualifiers: { duration: 'six weeks' },
        });
        expect(await quoteOf('armenian-forces-fighting-azerbaijani-forces')).toContain('fighting for six weeks');
      });

      it(`[${backend}] residents flee into Armenia and vehicles jam the road`, async () => {
        expect(await claim('residents-fled-to-armenia')).toMatchObject({
          predicate: 'FLED_TO',
          subjectId: 'actor:nagorno-karabakh-residents',
          objectId: 'place:armenia',
        });
        expect(await quoteOf('residents-fled-to-armenia')).toBe('Nagorno-Karabakh residents flee the fighting into Armenia');
        expect(await claim('vehicles-jammed-main-road')).toMatchObject({
          predicate: 'JAMMED',
          subjectId: 'thing:long-lines-of-vehicles',
          objectId: 'place:stepanakert-armenia-main-road',
        });
        expect(await quoteOf('vehicles-jammed-main-road')).toBe('Long lines of vehicles have jammed the road');
      });

      it(`[${backend}] the flag fixed to a sign reading 'Shushi' is a claim between things; the photo and the screengrab are the article's media, not entities`, async () => {
        expect(await claim('flag-displayed-at-shushi-sign')).toMatchObject({
          predicate: 'DISPLAYED_AT',
          subjectId: 'thing:flag-of-azerbaijan',
          objectId: 'thing:shushi-sign',
        });
        expect(await quoteOf('flag-displayed-at-shushi-sign')).toContain("a sign that reads 'Shushi'");
        expect((await evidenceOf('flag-displayed-at-shushi-sign'))[0].sentence).toBe(7);
        const [article] = await store.getArticles([ARTICLE_ID]);
        expect(article?.media?.map((m) => [m.kind, m.credit, m.caption.sentence, m.releasedBy ?? null, m.shows])).toEqual([
          ['PHOTO', 'AP', 0, null, ['thing:flag-of-azerbaijan', 'place:shushi']],
          ['SCREENGRAB', 'AP', 7, 'actor:azerbaijan-defense-ministry', ['thing:flag-of-azerbaijan', 'thing:shushi-sign']],
        ]);
        const counts = await store.entitiesAggregate();
        expect(counts.byKind.find((b) => b.key === 'THING')?.count).toBe(5);
        expect((await store.getEntities(['actor:photo-flag-with-shushi-in-background', 'actor:azerbaijan-defense-ministry-shushi-video'])).every((e) => e === null)).toBe(true);
      });

      it(`[${backend}] lists every claim of the article, filtered by article and by origin`, async () => {
        const ids = annotation.claims.map((c) => claimId(c.id)).sort();
        expect(await claimIds({ article: ARTICLE_ID })).toEqual(ids);
        expect(await claimIds({ origin: 'curated' })).toEqual(ids);
        expect(await claimIds({ article: 'article:none' })).toEqual([]);
      });
    });

    describe('provenance', () => {
      it(`[${backend}] every evidence quote is the article text between its offsets, inside the sentence it names`, async () => {
        const ids = await allClaimIds();
        expect(ids).toHaveLength(annotation.claims.length);
        const evidence = await store.getEvidence(ids);
        const articleIds = [...new Set(evidence.flat().map((ev) => ev.articleId))];
        const articles = new Map((await store.getArticles(articleIds)).map((a, i) => [articleIds[i], a]));
        let checked = 0;
        evidence.forEach((list, i) => {
          expect(list.length, `${ids[i]} has evidence`).toBeGreaterThan(0);
          for (const ev of list) {
            const source = articles.get(ev.articleId);
            expect(source, `${ids[i]}: article ${ev.articleId}`).toBeTruthy();
            const where = `${ids[i]} "${ev.quote}"`;
            expect(source!.text.slice(ev.start, ev.end), where).toBe(ev.quote);
            const sentence = source!.sentences[ev.sentence];
            expect(sentence, `${where}: sentence ${ev.sentence}`).toBeDefined();
            expect(sentence.start, where).toBeLessThanOrEqual(ev.start);
            expect(ev.end, where).toBeLessThanOrEqual(sentence.end);
            checked++;
          }
        });
        expect(checked).toBe(annotation.claims.reduce((n, c) => n + c.evidence.length, 0));
        expect((await store.counts()).evidence).toBe(checked);
      });

      it(`[${backend}] every mention is the article text between its offsets, inside its sentence`, async () => {
        const entityIds = await allEntityIds();
        const mentions = (await store.getMentions(entityIds)).flat();
        expect(mentions.length).toBeGreaterThan(0);
        expect(mentions.length).toBe((await store.counts()).mentions);
        for (const m of mentions) {
          expect(article.text.slice(m.start, m.end), m.entityId).toBe(m.text);
          const sentence = article.sentences[m.sentence];
          expect(sentence.start <= m.start && m.end <= sentence.end, `${m.entityId} at ${m.start}`).toBe(true);
        }
        const [shushi] = await store.getMentions(['place:shushi']);
        expect(shushi.map((m) => m.sentence)).toEqual(expect.arrayContaining([0, 7, 9, 11]));
      });

      it(`[${backend}] every sentence of the article is covered by some claim's evidence or a noClaims entry`, async () => {
        const evidence = (await store.getEvidence(await allClaimIds())).flat();
        const covered = new Set([...evidence.map((ev) => ev.sentence), ...annotation.noClaims.map((n) => n.sentence)]);
        const uncovered = article.sentences.map((s) => s.index).filter((i) => !covered.has(i));
        expect(uncovered).toEqual([]);
      });
    });

    describe('entities', () => {
      it(`[${backend}] keeps transliterations as aliases: Shusha/Şuşa, Khankendi, Poghosyan`, async () => {
        expect((await entity('place:shushi')).aliases).toEqual(expect.arrayContaining(['Shusha', 'Şuşa']));
        expect((await entity('place:stepanakert')).aliases).toEqual(expect.arrayContaining(['Khankendi']));
        const pogosian = await entity('actor:vagram-pogosian');
        expect(pogosian.aliases).toEqual(expect.arrayContaining(['Poghosyan']));
        expect(pogosian.role).toBe('Spokesman for the president of the separatist government in Nagorno-Karabakh');
        expect((await entity('actor:ilham-aliyev')).role).toBe('President of Azerbaijan');
      });

      it(`[${backend}] finds entities by other spellings: Şuşa, Khankendi, Poghosyan`, async () => {
        expect((await store.search(searchKeys('Şuşa'), undefined, 5))[0]?.id).toBe('place:shushi');
        expect((await store.search(searchKeys('Khankendi'), undefined, 5))[0]?.id).toBe('place:stepanakert');
        expect((await store.search(searchKeys('Xankəndi'), undefined, 5))[0]?.id).toBe('place:stepanakert');
        expect((await store.search(searchKeys('Poghosyan'), ['ACTOR'], 5))[0]).toEqual({ id: 'actor:vagram-pogosian', rank: 0 });
      });

      it(`[${backend}] takes Shushi's and Stepanakert's coordinates from the gazetteer, with its source and precision`, async () => {
        for (const [id, key] of [['place:shushi', 'shushi'], ['place:stepanakert', 'stepanakert']] as const) {
          const place = gazetteer.places[key];
          expect((await entity(id)).location).toEqual({ lat: place.lat, lon: place.lon, source: place.source, precision: place.precision });
        }
        expect((await entity('place:shushi')).location).toMatchObject({ lat: 39.7583, lon: 46.7483, precision: 'CITY' });
        expect((await entity('place:stepanakert')).location).toMatchObject({ lat: 39.8153, lon: 46.7519, precision: 'CITY' });
      });

      it(`[${backend}] marks the Gyumri base and the Yeraskh site, which the article does not name, as known from the gazetteer`, async () => {
        const base = await entity('place:russian-military-base-in-armenia');
        expect(base.source).toBe('gazetteer:gyumri');
        expect(base.location).toMatchObject({ lat: 40.7894, lon: 43.8475, source: gazetteer.places.gyumri.source });
        const site = await entity('place:helicopter-shootdown-site');
        expect(site.source).toBe('gazetteer:yeraskh');
        expect(site.location).toMatchObject({ lat: 39.7308, lon: 44.8356, source: gazetteer.places.yeraskh.source });
        expect((await entity('place:shushi')).source).toBeUndefined();
      });

      it(`[${backend}] links Armenia the place and Armenia the state, and a search for "Armenia" finds both`, async () => {
        const place = await entity('place:armenia');
        const actor = await entity('actor:armenia');
        expect(place).toMatchObject({ kind: 'PLACE', subtype: 'country', counterpartId: 'actor:armenia' });
        expect(actor).toMatchObject({ kind: 'ACTOR', subtype: 'state', counterpartId: 'place:armenia' });
        const hits = await store.search(searchKeys('Armenia'), undefined, 20);
        const exact = hits.filter((h) => h.rank === 0).map((h) => h.id).sort();
        expect(exact).toEqual(['actor:armenia', 'place:armenia']);
        expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['actor:armenia', 'place:armenia']);
        expect(await store.search(searchKeys('armenia'), ['PLACE'], 1)).toEqual([{ id: 'place:armenia', rank: 0 }]);
      });

      it(`[${backend}] dates events with their precision: shootdown 2020-11-09, Aliyev's claim 2020-11-08, war start approximate, control since 1994`, async () => {
        const shootdown = await entity('event:russian-helicopter-shootdown');
        expect(shootdown.date).toMatchObject({ value: '2020-11-09', precision: 'DAY' });
        expect(shootdown).toMatchObject({ fatalities: 2, locationId: 'place:helicopter-shootdown-site' });
        expect(shootdown.participants).toEqual(
          expect.arrayContaining([
            { entityId: 'thing:russian-military-helicopter', role: 'target' },
            { entityId: 'actor:russian-servicemen', role: 'victim' },
          ]),
        );
        expect((await entity('event:aliyev-claim-shushi-taken')).date).toMatchObject({ value: '2020-11-08', precision: 'DAY' });
        expect((await entity('event:capture-of-shushi')).date).toMatchObject({ value: '2020-11-08', precision: 'DAY' });
        const war = await entity('event:second-nagorno-karabakh-war');
        expect(war.date?.precision).toBe('APPROXIMATE');
        expect(['2020-09-27', '2020-09-28']).toContain(war.date?.value);
        expect((await entity('event:ethnic-armenian-control-of-nagorno-karabakh')).date).toMatchObject({ value: '1994', precision: 'YEAR' });
        expect((await entity('event:azerbaijan-defense-ministry-video-release')).date).toBeUndefined();
      });

      it(`[${backend}] orders the timeline by date, from 1994 to the shootdown`, async () => {
        const all = await timeline();
        const at = (id: string) => all.indexOf(id);
        for (const id of ['event:ethnic-armenian-control-of-nagorno-karabakh', 'event:second-nagorno-karabakh-war', 'event:aliyev-claim-shushi-taken', 'event:russian-helicopter-shootdown']) {
          expect(at(id), id).toBeGreaterThanOrEqual(0);
        }
        expect(at('event:ethnic-armenian-control-of-nagorno-karabakh')).toBeLessThan(at('event:second-nagorno-karabakh-war'));
        expect(at('event:second-nagorno-karabakh-war')).toBeLessThan(at('event:aliyev-claim-shushi-taken'));
        expect(at('event:aliyev-claim-shushi-taken')).toBeLessThan(at('event:russian-helicopter-shootdown'));
        expect(all).not.toContain('event:azerbaijan-defense-ministry-video-release');
      });

      it(`[${backend}] a timeline between two days keeps the events on both bounds and drops those outside`, async () => {
        const november = await timeline(undefined, '2020-11-01', '2020-11-30');
        expect(november).toEqual(expect.arrayContaining(['event:russian-helicopter-shootdown', 'event:aliyev-claim-shushi-taken', 'event:capture-of-shushi']));
        expect(november).not.toContain('event:second-nagorno-karabakh-war');
        expect(november).not.toContain('event:ethnic-armenian-control-of-nagorno-karabakh');
        const sunday = await timeline(undefined, '2020-11-08', '2020-11-08');
        expect(sunday.sort()).toEqual(['event:aliyev-claim-shushi-taken', 'event:capture-of-shushi']);
      });

      it(`[${backend}] a timeline bounded by month prefixes takes in every day of those months`, async () => {
        const november = await timeline(undefined, '2020-11', '2020-11');
        expect(november).toEqual(expect.arrayContaining(['event:russian-helicopter-shootdown', 'event:aliyev-claim-shushi-taken']));
        expect(november).not.toContain('event:second-nagorno-karabakh-war');
        const until1994 = await timeline(undefined, undefined, '1994');
        expect(until1994).toEqual(['event:ethnic-armenian-control-of-nagorno-karabakh']);
      });

      it(`[${backend}] a timeline about Ilham Aliyev holds the events he takes part in`, async () => {
        const aliyev = await timeline('actor:ilham-aliyev', undefined, undefined);
        expect(aliyev).toEqual(expect.arrayContaining(['event:aliyev-claim-shushi-taken', 'event:capture-of-shushi']));
        expect(aliyev).not.toContain('event:russian-helicopter-shootdown');
      });
    });

    describe('counts', () => {
      const expectedByKind = (kind: EntityKind) => annotation.entities.filter((e) => e.kind === kind).length;

      it(`[${backend}] holds one article, the annotation's entities by kind, and its claims`, async () => {
        const counts = await store.counts();
        expect(counts).toMatchObject({
          articles: 1,
          entities: annotation.entities.length,
          claims: annotation.claims.length,
          evidence: annotation.claims.reduce((n, c) => n + c.evidence.length, 0),
        });
        for (const kind of ['PLACE', 'ACTOR', 'EVENT', 'THING'] as const) {
          expect((await store.entitiesPage(kind, { first: 1 })).totalCount, kind).toBe(expectedByKind(kind));
          expect((await allEntityIds(kind)).every((id) => id.startsWith(`${kind.toLowerCase()}:`)), kind).toBe(true);
        }
        expect(expectedByKind('PLACE') + expectedByKind('ACTOR') + expectedByKind('EVENT') + expectedByKind('THING')).toBe(annotation.entities.length);
        expect((await store.articlesPage({ first: 10 })).items).toEqual([ARTICLE_ID]);
      });

      it(`[${backend}] seeding twice leaves the same counts and the same ids`, async () => {
        const before = {
          counts: await store.counts(),
          entities: await allEntityIds(),
          places: await allEntityIds('PLACE'),
          claims: await allClaimIds(),
          articles: (await store.articlesPage({ first: 10 })).items,
        };
        const [result] = await seedStore(store);
        expect(result.articleId).toBe(ARTICLE_ID);
        expect(await store.counts()).toEqual(before.counts);
        expect(await allEntityIds()).toEqual(before.entities);
        expect(await allEntityIds('PLACE')).toEqual(before.places);
        expect(await allClaimIds()).toEqual(before.claims);
        expect((await store.articlesPage({ first: 10 })).items).toEqual(before.articles);
        expect(before.entities).toHaveLength(annotation.entities.length);
        expect(before.claims).toHaveLength(annotation.claims.length);
      });
    });
  });
});
