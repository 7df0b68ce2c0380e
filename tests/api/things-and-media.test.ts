// Things and media (issue 14.4): physical objects the story turns on are entities of kind THING
// (type Thing); photos, videos and screengrabs are the article's media, not entities.
import { describe, expect, it } from 'vitest';
import { type GraphQLResponse, useTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

function data(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as any;
}

describe.each(BACKENDS)('things and media (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const server = useTestServer(backend);

    it(`[${backend}] the helicopter is a Thing: found by id, by node, by search of kind THING, with its events and claims`, async () => {
      const { entity, node, search, entitiesAggregate } = data(
        await server.query(`{
          entity(id: "thing:russian-military-helicopter") {
            __typename id kind subtype name
            ... on Thing { events { id } claims(role: SUBJECT) { totalCount edges { node { predicate object { id } } } } }
          }
          node(id: "thing:russian-military-helicopter") { __typename id }
          search(text: "helicopter", kinds: [THING]) { __typename id }
          entitiesAggregate(kind: THING) { count byKind { kind count } }
        }`),
      );
      expect(entity).toMatchObject({ __typename: 'Thing', kind: 'THING', subtype: 'aircraft', name: 'Russian military helicopter' });
      expect(entity.events.map((e: any) => e.id)).toContain('event:russian-helicopter-shootdown');
      expect(entity.claims.edges.map((e: any) => e.node.predicate)).toEqual(expect.arrayContaining(['SHOT_DOWN', 'ACCOMPANIED', 'OWNED_BY']));
      expect(entity.claims.edges.find((e: any) => e.node.predicate === 'ACCOMPANIED').node.object.id).toBe('thing:military-convoy');
      expect(node).toEqual({ __typename: 'Thing', id: 'thing:russian-military-helicopter' });
      // The convoy matches too, by its alias "military convoy accompanied by the helicopter".
      expect(search.map((e: any) => e.id).sort()).toEqual(['thing:military-convoy', 'thing:russian-military-helicopter']);
      expect(search.every((e: any) => e.__typename === 'Thing')).toBe(true);
      expect(entitiesAggregate).toEqual({ count: 5, byKind: [{ kind: 'THING', count: 5 }] });
    });

    it(`[${backend}] no photo, video or screengrab is an entity; each is the article's media, with its caption quoted, its credit and what it shows`, async () => {
      const { article, photos } = data(
        await server.query(`{
          article(id: "article:ap-2020-11-09-shushi-helicopter") {
            text
            media { kind credit description caption { quote start end sentence sentenceText } releasedBy { id } shows { __typename id } }
          }
          photos: search(text: "screengrab", first: 10) { id }
        }`),
      );
      expect(photos).toEqual([]);
      expect(article.media).toHaveLength(2);
      for (const m of article.media) {
        expect(article.text.slice(m.caption.start, m.caption.end)).toBe(m.caption.quote);
        expect(m.caption.sentenceText).toBe(m.caption.quote);
        expect(m.credit).toBe('AP');
      }
      expect(article.media.map((m: any) => [m.kind, m.caption.sentence, m.releasedBy?.id ?? null])).toEqual([
        ['PHOTO', 0, null],
        ['SCREENGRAB', 7, 'actor:azerbaijan-defense-ministry'],
      ]);
      expect(article.media[1].shows).toEqual([
        { __typename: 'Thing', id: 'thing:flag-of-azerbaijan' },
        { __typename: 'Thing', id: 'thing:shushi-sign' },
      ]);
    });

    it(`[${backend}] claims filter and aggregate by the THING kind`, async () => {
      const { claims, claimsAggregate } = data(
        await server.query(`{
          claims(where: { subject: { kind: { eq: THING } } }, first: 100) { totalCount edges { node { subject { __typename } } } }
          claimsAggregate(where: { about: { kind: { eq: THING } } }) { count }
        }`),
      );
      expect(claims.totalCount).toBeGreaterThanOrEqual(5);
      expect(claims.edges.every((e: any) => e.node.subject.__typename === 'Thing')).toBe(true);
      expect(claimsAggregate.count).toBeGreaterThanOrEqual(claims.totalCount);
    });
  });
});
