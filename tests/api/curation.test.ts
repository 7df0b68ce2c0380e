// Curation over HTTP on both stores, on the seed graph: reviewing a claim (a rejected one leaves
// every list, aggregate, neighbourhood and path, and answers when asked for, a neighbourhood's `where` among them), correcting one (the
// correction replaces it in lists, the old one stays superseded), adding an alias (search finds
// it), setting a place's coordinates, and merging two entities (claims, mentions and names move;
// the merged id answers with the kept entity). Every change is a revision naming the API key's
// name; sending it again records nothing; refused input writes nothing; no key, no change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { curationExamples } from '../../examples/curation.js';
import { seedStore } from '../../src/ingest/seed.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

const KEY = 'curation-test-key-7d1e40b2a9';
const AUTHOR = 'alice';

const CLAIM_FIELDS = /* GraphQL */ `
  fragment C on Claim {
    id statement predicate status confidence
    subject { id } object { id }
    origin { kind }
    review { verdict note by at }
    supersedes { id } supersededBy { id }
    evidence { quote }
    revisions { id action author at note nodes before after }
  }
`;

describe.each(BACKENDS)('curation over HTTP [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    const send = <T = Record<string, any>>(document: string, variables: Record<string, unknown> = {}, apiKey: string | null = KEY) =>
      server.query<T>(document, variables, { apiKey });
    async function ok<T = Record<string, any>>(res: Promise<GraphQLResponse<T>>): Promise<T> {
      const { body } = await res;
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as T;
    }
    async function refused(res: Promise<GraphQLResponse>, code: string, message: RegExp) {
      const { body } = await res;
      expect(body.errors?.[0].extensions?.code, JSON.stringify(body.errors)).toBe(code);
      expect(body.errors?.[0].message).toMatch(message);
    }
    /** The claim ids a filter lists (the default hides rejected and superseded ones). */
    async function listed(where: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
      const data = await ok(send(`query($w: ClaimWhere) { claims(where: $w, first: 100) { totalCount edges { node { id } } } }`, { w: where }));
      return { ids: data.claims.edges.map((e: any) => e.node.id), total: data.claims.totalCount };
    }
    async function claimIdOf(subject: string, predicate: string): Promise<string> {
      const { ids } = await listed({ subject: { id: { eq: subject } }, predicate: { eq: predicate } });
      expect(ids.length, `${subject} ${predicate}`).toBeGreaterThan(0);
      return ids[0];
    }
    const claim = async (id: string) => (await ok(send(`query($id: ID!) { claim(id: $id) { ...C } } ${CLAIM_FIELDS}`, { id }))).claim;

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: true, config: { API_KEYS: [`${AUTHOR}:${KEY}`, 'unnamed-key-0123456789abcdef'] } });
    });
    afterAll(async () => server?.close());

    it(`[${backend}] a rejected claim leaves lists, counts, the neighbourhood and the path, answers by id and when asked for, and comes back when accepted`, async () => {
      const id = await claimIdOf('place:shushi', 'LOCATED_IN');
      const before = await listed({});
      const count = async () => (await ok(send(`{ claimsAggregate { count } }`))).claimsAggregate.count;
      const edgesNear = async () =>
        (await ok(send(`{ neighborhood(id: "place:shushi", hops: 1, first: 100) { edges { claim { id } } } }`))).neighborhood.edges.map((e: any) => e.claim?.id);
      const countBefore = await count();
      expect(await edgesNear()).toContain(id);

      const REVIEW = `mutation($id: ID!, $v: Verdict!, $note: String) { reviewClaim(id: $id, verdict: $v, note: $note) { claim { ...C } revision { id action author note nodes before after at } } } ${CLAIM_FIELDS}`;
      const rejected = (await ok(send(REVIEW, { id, v: 'REJECTED', note: 'Shushi is named, not located, here' }))).reviewClaim;
      expect(rejected.claim.review).toMatchObject({ verdict: 'REJECTED', note: 'Shushi is named, not located, here', by: AUTHOR });
      expect(Date.parse(rejected.claim.review.at)).not.toBeNaN();
      expect(rejected.revision).toMatchObject({ action: 'REVIEW_CLAIM', author: AUTHOR, nodes: [id], before: null, after: { verdict: 'REJECTED' } });

      const after = await listed({});
      expect(after.ids).not.toContain(id);
      expect(after.total).toBe(before.total - 1);
      expect(await count()).toBe(countBefore - 1);
      expect((await listed({ subject: { id: { eq: 'place:shushi' } } })).ids).not.toContain(id);
      expect(await edgesNear()).not.toContain(id);
      const path = (await ok(send(`{ path(from: "place:shushi", to: "place:nagorno-karabakh", maxHops: 1) { steps { claim { id } } } }`))).path;
      expect(path?.steps.map((s: any) => s.claim.id) ?? []).not.toContain(id);
      expect((await listed({ verdict: { eq: 'REJECTED' } })).ids).toEqual([id]);
      expect((await listed({ verdict: { in: ['UNREVIEWED', 'REJECTED'] } })).total).toBe(before.total);
      expect((await claim(id)).review.verdict).toBe('REJECTED');

      // The same review again: nothing changes, nothing is recorded.
      const again = (await ok(send(REVIEW, { id, v: 'REJECTED', note: 'Shushi is named, not located, here' }))).reviewClaim;
      expect(again.revision).toBeNull();
      expect((await claim(id)).revisions).toHaveLength(1);

      const accepted = (await ok(send(REVIEW, { id, v: 'ACCEPTED' }))).reviewClaim;
      expect(accepted.revision).toMatchObject({ before: { verdict: 'REJECTED' }, after: { verdict: 'ACCEPTED' } });
      expect((await listed({})).ids).toContain(id);
      expect(await edgesNear()).toContain(id);
      const history = (await claim(id)).revisions;
      expect(history.map((r: any) => r.after.verdict)).toEqual(['ACCEPTED', 'REJECTED']);
    });

    it(`[${backend}] a correction replaces the claim in lists with the same evidence; the old one stays, superseded; again records nothing; a second correction of the old one is refused`, async () => {
      const id = await claimIdOf('thing:russian-military-helicopter', 'OWNED_BY');
      const old = await claim(id);
      const CORRECT = `mutation($id: ID!, $c: ClaimCorrection!, $note: String) {
        correctClaim(id: $id, correction: $c, note: $note) { claim { ...C } corrected { ...C } revision { action author nodes before after } }
      } ${CLAIM_FIELDS}`;
      const correction = { statement: 'The helicopter belonged to the Russian military', confidence: 0.9, status: 'REPORTED' };
      const done = (await ok(send(CORRECT, { id, c: correction, note: 'wording' }))).correctClaim;
      expect(done.claim).toMatchObject({
        id: `${id}~c1`,
        statement: correction.statement,
        confidence: 0.9,
        status: 'REPORTED',
        predicate: old.predicate,
        subject: old.subject,
        object: old.object,
        origin: { kind: 'CURATED' },
        supersedes: { id },
        supersededBy: null,
        evidence: old.evidence,
      });
      expect(done.corrected).toMatchObject({ id, statement: old.statement, supersededBy: { id: `${id}~c1` } });
      expect(done.revision).toMatchObject({ action: 'CORRECT_CLAIM', author: AUTHOR, nodes: [id, `${id}~c1`], before: { statement: old.statement }, after: { statement: correction.statement } });

      const current = await listed({ subject: { id: { eq: 'thing:russian-military-helicopter' } } });
      expect(current.ids).toContain(`${id}~c1`);
      expect(current.ids).not.toContain(id);
      expect((await listed({ superseded: true })).ids).toEqual([id]);
      expect((await claim(`${id}~c1`)).revisions[0].action).toBe('CORRECT_CLAIM');

      expect((await ok(send(CORRECT, { id, c: correction }))).correctClaim.revision).toBeNull();
      await refused(send(CORRECT, { id, c: { statement: 'Something else' } }), 'BAD_USER_INPUT', /already corrected by .*~c1; correct that claim instead/);
      await refused(send(CORRECT, { id: `${id}~c1`, c: { statement: correction.statement } }), 'BAD_USER_INPUT', /changes nothing/);
      await refused(send(CORRECT, { id: `${id}~c1`, c: { object: 'actor:nobody' } }), 'BAD_USER_INPUT', /No entity has the id "actor:nobody"/);
      await refused(send(CORRECT, { id: `${id}~c1`, c: { confidence: 2 } }), 'BAD_USER_INPUT', /from 0 to 1/);
      expect((await claim(`${id}~c1`)).revisions).toHaveLength(1);
    });

    it(`[${backend}] an added alias is found by search, recorded once, and a blank one is refused`, async () => {
      const ALIAS = `mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { entity { id aliases } revision { action author before after } } }`;
      const found = async (text: string) => (await ok(send(`query($t: String!) { search(text: $t, first: 5) { id } }`, { t: text }))).search.map((e: any) => e.id);
      expect(await found('Shushinsky')).not.toContain('place:shushi');
      const added = (await ok(send(ALIAS, { id: 'place:shushi', a: 'Shushinsky' }))).addAlias;
      expect(added.entity.aliases).toContain('Shushinsky');
      expect(added.revision).toMatchObject({ action: 'ADD_ALIAS', author: AUTHOR });
      expect(added.revision.after.aliases).toContain('Shushinsky');
      expect(await found('Shushinsky')).toContain('place:shushi');
      expect((await ok(send(ALIAS, { id: 'place:shushi', a: 'Shushinsky' }))).addAlias.revision).toBeNull();
      await refused(send(ALIAS, { id: 'place:shushi', a: '   ' }), 'BAD_USER_INPUT', /"alias" must be 1 to 200 characters/);
      await refused(send(ALIAS, { id: 'place:nowhere', a: 'X' }), 'BAD_USER_INPUT', /No entity has the id "place:nowhere"/);
      const revisions = (await ok(send(`{ entity(id: "place:shushi") { revisions { action } } }`))).entity.revisions;
      expect(revisions).toEqual([{ action: 'ADD_ALIAS' }]);
    });

    it(`[${backend}] a place's coordinates are set with source and precision; other kinds and bad values are refused`, async () => {
      const SET = `mutation($id: ID!, $lat: Float!, $lon: Float!) {
        setLocation(id: $id, lat: $lat, lon: $lon, source: "curator: map check", precision: CITY, note: "moved to the town centre") {
          entity { ... on Place { location { lat lon source precision } } } revision { action before after note }
        }
      }`;
      const set = (await ok(send(SET, { id: 'place:stepanakert', lat: 39.8177, lon: 46.7528 }))).setLocation;
      expect(set.entity.location).toEqual({ lat: 39.8177, lon: 46.7528, source: 'curator: map check', precision: 'CITY' });
      expect(set.revision).toMatchObject({ action: 'SET_LOCATION', note: 'moved to the town centre', after: { lat: 39.8177, lon: 46.7528 } });
      expect((await ok(send(SET, { id: 'place:stepanakert', lat: 39.8177, lon: 46.7528 }))).setLocation.revision).toBeNull();
      await refused(send(SET, { id: 'actor:russia', lat: 1, lon: 1 }), 'BAD_USER_INPUT', /Only places have coordinates; actor:russia is a ACTOR/);
      await refused(send(SET, { id: 'place:stepanakert', lat: 100, lon: 1 }), 'BAD_USER_INPUT', /"lat" must be a latitude from -90 to 90, got 100/);
      await refused(send(SET, { id: 'place:stepanakert', lat: 1, lon: -181 }), 'BAD_USER_INPUT', /"lon" must be a longitude/);
    });

    it(`[${backend}] a merge moves claims, mentions and names to the kept entity; the merged id answers with it; again records nothing`, async () => {
      const keep = 'actor:armenian-forces';
      const merge = 'actor:ethnic-armenian-forces';
      const claimsOf = async (id: string) => (await listed({ about: { id: { eq: id } } })).ids;
      const mergedClaims = [...(await claimsOf(merge)), ...(await listed({ attributedTo: { id: { eq: merge } } })).ids];
      const keptClaims = await claimsOf(keep);
      const mentions = async (id: string) => (await ok(send(`query($id: ID!) { entity(id: $id) { id name mentions(first: 100) { totalCount } } }`, { id }))).entity;
      const mergedMentions = (await mentions(merge)).mentions.totalCount;
      const keptMentions = (await mentions(keep)).mentions.totalCount;
      const mergedName = (await mentions(merge)).name;
      expect(mergedClaims.length + mergedMentions).toBeGreaterThan(0);

      const MERGE = `mutation($keep: ID!, $merge: ID!) {
        mergeEntities(keep: $keep, merge: $merge, note: "one force") { entity { id aliases } movedClaims movedMentions revision { action author nodes before after } }
      }`;
      await refused(send(MERGE, { keep, merge: 'place:shushi' }), 'BAD_USER_INPUT', /Only entities of one kind merge: actor:armenian-forces is a ACTOR, place:shushi a PLACE/);
      await refused(send(MERGE, { keep, merge: keep }), 'BAD_USER_INPUT', /name the same entity/);
      const done = (await ok(send(MERGE, { keep, merge }))).mergeEntities;
      expect(done.entity.id).toBe(keep);
      expect(done.entity.aliases).toContain(mergedName);
      expect(done.movedClaims).toBe(new Set(mergedClaims).size);
      expect(done.movedMentions).toBe(mergedMentions);
      expect(done.revision).toMatchObject({ action: 'MERGE_ENTITIES', author: AUTHOR, nodes: [keep, merge], before: { merge: { id: merge } }, after: { keep: { id: keep } } });

      // The merged id answers with the kept entity; its claims and mentions are the kept one's now.
      expect((await mentions(merge)).id).toBe(keep);
      expect((await ok(send(`query($id: ID!) { node(id: $id) { id } }`, { id: merge }))).node.id).toBe(keep);
      expect((await mentions(keep)).mentions.totalCount).toBe(keptMentions + mergedMentions);
      const nowKept = new Set([...(await claimsOf(keep)), ...(await listed({ attributedTo: { id: { eq: keep } } })).ids]);
      for (const id of [...keptClaims, ...mergedClaims]) expect(nowKept.has(id), id).toBe(true);
      expect(await claimsOf(merge)).toEqual([]);
      const found = (await ok(send(`query($t: String!) { search(text: $t, first: 5) { id } }`, { t: mergedName }))).search.map((e: any) => e.id);
      expect(found).toContain(keep);
      expect(found).not.toContain(merge);
      const history = (await ok(send(`query($id: ID!) { entity(id: $id) { revisions { action nodes } } }`, { id: keep }))).entity.revisions;
      expect(history).toEqual([{ action: 'MERGE_ENTITIES', nodes: [keep, merge] }]);

      expect((await ok(send(MERGE, { keep, merge }))).mergeEntities.revision).toBeNull();
    });

    it(`[${backend}] loading the seed again keeps what curators did: reviews, corrections, the merge, the alias and the coordinates`, async () => {
      const reviewed = await claimIdOf('place:shushi', 'LOCATED_IN');
      const corrected = (await listed({ superseded: true })).ids[0];
      await seedStore(server.store);
      const entity = async (id: string) =>
        (await ok(send(`query($id: ID!) { entity(id: $id) { id aliases ... on Place { location { lat lon source } } } }`, { id }))).entity;
      expect((await entity('actor:ethnic-armenian-forces')).id).toBe('actor:armenian-forces');
      expect((await listed({ about: { id: { eq: 'actor:ethnic-armenian-forces' } } })).ids).toEqual([]);
      expect((await entity('place:shushi')).aliases).toContain('Shushinsky');
      expect((await entity('place:stepanakert')).location).toEqual({ lat: 39.8177, lon: 46.7528, source: 'curator: map check' });
      expect((await claim(reviewed)).review.verdict).toBe('ACCEPTED');
      expect((await claim(corrected)).supersededBy).toEqual({ id: `${corrected}~c1` });
      expect((await claim(`${corrected}~c1`)).supersedes).toEqual({ id: corrected });
      expect((await listed({ superseded: true })).ids).toEqual([corrected]);
    });

    it(`[${backend}] the playground's curation example reviews a seed claim and shows its revision`, async () => {
      const example = curationExamples.find((e) => e.id === 'review-claim')!;
      const data = (await ok(send(print(example.document), example.variables))).reviewClaim;
      expect(data.claim.review).toMatchObject({ verdict: 'ACCEPTED', note: example.variables?.note, by: AUTHOR });
      expect(data.claim.revisions[0]).toMatchObject({ action: 'REVIEW_CLAIM', author: AUTHOR, note: example.variables?.note });
      expect(data.revision.id).toMatch(/^revision:/);
    });

    it(`[${backend}] curation needs an API key, names an unnamed key by its hash, and writes nothing when refused`, async () => {
      const id = await claimIdOf('actor:separatist-government-nagorno-karabakh', 'CONTROLS');
      const REVIEW = `mutation($id: ID!) { reviewClaim(id: $id, verdict: ACCEPTED) { claim { review { by } } revision { author } } }`;
      await refused(send(REVIEW, { id }, null), 'UNAUTHENTICATED', /need an API key/);
      await refused(send(REVIEW, { id }, 'not-a-configured-key-000000'), 'UNAUTHENTICATED', /not valid/);
      expect((await claim(id)).revisions).toEqual([]);
      await refused(send(REVIEW, { id: 'claim:none:none' }), 'BAD_USER_INPUT', /No claim has the id "claim:none:none"/);
      const byUnnamed = (await ok(send(REVIEW, { id }, 'unnamed-key-0123456789abcdef'))).reviewClaim;
      expect(byUnnamed.revision.author).toMatch(/^key-[0-9a-f]{8}$/);
      expect(byUnnamed.claim.review.by).toBe(byUnnamed.revision.author);
    });

    it(`[${backend}] neighborhood(where:) follows only the claims the filter matches: a rejected claim's edge only when it names the verdict; a bad filter is BAD_USER_INPUT`, async () => {
      const id = await claimIdOf('place:shushi', 'OVERLOOKS');
      const HOOD = `query($w: ClaimWhere) { neighborhood(id: "place:shushi", hops: 1, first: 100, where: $w) { nodes { id } edges { source target predicate claim { id predicate review { verdict } } } } }`;
      const hood = async (w?: Record<string, unknown>) => (await ok(send(HOOD, { w }))).neighborhood;
      const claimIds = async (w?: Record<string, unknown>) => (await hood(w)).edges.map((e: any) => e.claim.id).sort();
      const ALL_VERDICTS = { verdict: { in: ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] } };
      const visible = await claimIds();
      expect(visible).toContain(id);
      // An empty filter is the default; a filter keeps to its claims, and to the entities they reach.
      expect(await claimIds({})).toEqual(visible);
      const overlooks = await hood({ predicate: { eq: 'OVERLOOKS' } });
      expect(overlooks.edges.map((e: any) => e.claim.predicate)).toEqual(overlooks.edges.map(() => 'OVERLOOKS'));
      expect(overlooks.edges.map((e: any) => e.claim.id)).toContain(id);
      expect(new Set(overlooks.nodes.map((n: any) => n.id))).toEqual(new Set(['place:shushi', ...overlooks.edges.flatMap((e: any) => [e.source, e.target])]));
      expect(await claimIds({ verdict: { eq: 'REJECTED' } })).toEqual([]);

      const REVIEW = `mutation($id: ID!, $v: Verdict!) { reviewClaim(id: $id, verdict: $v) { revision { id } } }`;
      await ok(send(REVIEW, { id, v: 'REJECTED' }));
      expect(await claimIds()).toEqual(visible.filter((c: string) => c !== id));
      expect(await claimIds({})).toEqual(visible.filter((c: string) => c !== id));
      expect(await claimIds({ predicate: { eq: 'OVERLOOKS' } })).not.toContain(id);
      const rejected = await hood({ verdict: { in: ['REJECTED'] } });
      expect(rejected.edges).toEqual([{ source: 'place:shushi', target: expect.any(String), predicate: 'OVERLOOKS', claim: { id, predicate: 'OVERLOOKS', review: { verdict: 'REJECTED' } } }]);
      expect(await claimIds(ALL_VERDICTS)).toEqual(visible);

      await ok(send(REVIEW, { id, v: 'ACCEPTED' }));
      expect(await claimIds()).toEqual(visible);
      expect(await claimIds({ verdict: { eq: 'REJECTED' } })).toEqual([]);
      expect(await claimIds({ verdict: { eq: 'ACCEPTED' } })).toContain(id);

      await refused(send(HOOD, { w: { predicate_IN: ['NOT_A_PREDICATE'] } }), 'BAD_USER_INPUT', /predicate/);
      await refused(send(HOOD, { w: { NOT: { NOT: { NOT: { NOT: { NOT: {} } } } } } }), 'BAD_USER_INPUT', /nest at most 4 deep/);
      await refused(send(HOOD, { w: { verdict: { in: ['MAYBE'] } } }), 'BAD_USER_INPUT', /MAYBE/);
    });
  });
});
