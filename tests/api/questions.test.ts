// The twelve questions of the API contract (docs: api.md), each asked with the document from
// examples/questions.ts as one POST over HTTP to a real server over the seeded AP article, and
// each answered with the content the article and the gazetteer give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questions } from '../../examples/questions.js';
import { type GraphQLResponse, type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';

const ARTICLE = 'article:ap-2020-11-09-shushi-helicopter';
const claimId = (key: string) => `claim:ap-2020-11-09-shushi-helicopter:${key}`;

/** Gazetteer coordinates (seed/gazetteer.yaml), for an independent great-circle check. */
const GAZETTEER = {
  shushi: { lat: 39.7583, lon: 46.7483 },
  stepanakert: { lat: 39.8153, lon: 46.7519 },
  gyumri: { lat: 40.7894, lon: 43.8475 },
  yeraskh: { lat: 39.7308, lon: 44.8356 },
};

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function question(id: string) {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(`examples/questions.ts has no question "${id}"`);
  return found;
}

/** A successful GraphQL answer: HTTP 200, data, and no `errors` at all. */
function expectAnswer(res: GraphQLResponse): Record<string, any> {
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.body.data).toBeDefined();
  return res.body.data as Record<string, any>;
}

const nodesOf = (connection: { edges: { node: any }[] }) => connection.edges.map((e) => e.node);

describe('the twelve questions', () => {
  it('examples/questions.ts holds exactly the twelve questions of api.md, each with a distinct id', () => {
    expect(questions).toHaveLength(12);
    expect(new Set(questions.map((q) => q.id)).size).toBe(12);
    questions.forEach((q, i) => expect(q.title.startsWith(`${i + 1}. `)).toBe(true));
  });
});

describe.each(BACKENDS)('the twelve questions over HTTP (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    const ask = (id: string) => {
      const q = question(id);
      return server.query(q.document, q.variables);
    };

    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] Q1: the article's places come with coordinates, and Shushi is contained in Nagorno-Karabakh, then Azerbaijan`, async () => {
      const data = expectAnswer(await ask('places'));
      const places: any[] = data.article.mentionedEntities;
      const byId = new Map(places.map((p) => [p.id, p]));
      for (const id of ['place:shushi', 'place:stepanakert', 'place:nagorno-karabakh', 'place:nakhchivan', 'place:armenia', 'place:azerbaijan']) {
        expect(byId.has(id), `${id} among the article's places`).toBe(true);
      }
      // Every place the gazetteer knows has coordinates with a source (Nagorno-Karabakh has no gazetteer entry).
      for (const id of ['place:shushi', 'place:stepanakert', 'place:nakhchivan', 'place:armenia', 'place:azerbaijan']) {
        const location = byId.get(id).location;
        expect(location, `${id} has a location`).not.toBeNull();
        expect(location.source.length).toBeGreaterThan(0);
      }
      expect(byId.get('place:shushi').location).toMatchObject({ lat: 39.7583, lon: 46.7483, precision: 'CITY' });
      expect(byId.get('place:stepanakert').location).toMatchObject({ lat: 39.8153, lon: 46.7519 });
      expect(byId.get('place:shushi').containedIn.map((p: any) => p.id)).toEqual(['place:nagorno-karabakh', 'place:azerbaijan']);
      expect(places.every((p) => p.id.startsWith('place:'))).toBe(true);
    });

    it(`[${backend}] Q2: Shushi overlooks Stepanakert, and the evidence quote is exactly the article's text at its offsets`, async () => {
      const data = expectAnswer(await ask('overlooks'));
      const claims = nodesOf(data.claims);
      expect(claims).toHaveLength(1);
      const [claim] = claims;
      expect(claim.subject).toEqual({ id: 'place:shushi', name: 'Shushi' });
      expect(claim.status).toBe('REPORTED');
      expect(claim.evidence).toHaveLength(1);
      const [evidence] = claim.evidence;
      expect(evidence.quote).toBe("Shushi's position above the regional capital Stepanakert");
      expect(evidence.article.title).toMatch(/Shushi/);

      const text = expectAnswer(await server.query(`query ($id: ID!) { article(id: $id) { text } }`, { id: ARTICLE })).article.text as string;
      expect(evidence.end - evidence.start).toBe(evidence.quote.length);
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    });

    it(`[${backend}] Q3: the base is about 150 km from the shootdown site, reported by AP, beside ≈144.5 km computed from the Gyumri and Yeraskh coordinates`, async () => {
      const data = expectAnswer(await ask('base-distance'));
      const claims = nodesOf(data.claims);
      expect(claims).toHaveLength(1);
      const [claim] = claims;
      expect(claim.quantity).toEqual({ value: 150, unit: 'km', approximate: true });
      expect(claim.status).toBe('REPORTED');
      expect(claim.attributedTo).toEqual([]);
      expect(claim.article.publisher).toBe('AP');
      expect(claim.object.name).toBe('Helicopter shootdown site');
      expect(claim.evidence[0].quote).toContain('about 150km');

      expect(data.base.source).toBe('gazetteer:gyumri');
      const computed = data.base.distanceTo.computedKm as number;
      expect(computed).toBeCloseTo(144.5, 1);
      expect(computed).toBeCloseTo(haversineKm(GAZETTEER.gyumri, GAZETTEER.yeraskh), 6);
      expect(data.base.distanceTo.method).toMatch(/great-circle/);
    });

    it(`[${backend}] Q4: Ilham Aliyev claimed on 2020-11-08 that Shushi was taken, and Vagram Pogosian confirmed it on Facebook on 2020-11-09`, async () => {
      const data = expectAnswer(await ask('shushi-taken'));
      const claims = nodesOf(data.claims);
      const aliyev = claims.find((c) => c.attributedTo.some((a: any) => a.name === 'Ilham Aliyev'));
      expect(aliyev, "Aliyev's claim").toBeDefined();
      expect(aliyev.status).toBe('CLAIMED');
      expect(aliyev.attributedTo[0].role).toBe('President of Azerbaijan');
      expect(aliyev.statedOn).toMatchObject({ value: '2020-11-08', precision: 'DAY' });
      expect(aliyev.evidence[0].quote).toBe("Ilham Aliyev claimed his country's soldiers had taken Shushi");

      expect(aliyev.confirmedBy).toHaveLength(1);
      const [confirmation] = aliyev.confirmedBy;
      expect(confirmation.status).toBe('CONFIRMED');
      expect(confirmation.attributedTo.map((a: any) => a.name)).toEqual(['Vagram Pogosian']);
      expect(confirmation.statedVia).toBe('Facebook');
      expect(confirmation.statedOn).toEqual({ value: '2020-11-09', precision: 'DAY' });
      expect(confirmation.evidence[0].quote).toContain('confirmed that Azerbaijani forces have taken control');
    });

    it(`[${backend}] Q5: the article leaves two things uncertain: the convoy's purpose and whether the shootdown was connected with the conflict`, async () => {
      const data = expectAnswer(await ask('uncertain'));
      expect(data.claims.totalCount).toBe(2);
      const claims = nodesOf(data.claims);
      expect(claims.map((c) => c.predicate).sort()).toEqual(['CONNECTED_WITH', 'PURPOSE_UNKNOWN']);
      const purpose = claims.find((c) => c.predicate === 'PURPOSE_UNKNOWN');
      expect(purpose.statement).toMatch(/purpose of the convoy/);
      expect(purpose.attributedTo.map((a: any) => a.name)).toEqual(['Russian Defence Ministry']);
      const connection = claims.find((c) => c.predicate === 'CONNECTED_WITH');
      expect(connection.evidence[0].quote).toMatch(/not clear whether the helicopter shootdown was connected with the conflict/);
      expect(claims.every((c) => c.evidence.length >= 1)).toBe(true);
    });

    it(`[${backend}] Q6: the defence ministry said the helicopter was accompanying a convoy and did not clarify the convoy's purpose`, async () => {
      const data = expectAnswer(await ask('defence-ministry'));
      expect(data.entity.name).toBe('Russian Defence Ministry');
      const statements = nodesOf(data.entity.statements);
      const accompanying = statements.find((s) => s.predicate === 'ACCOMPANIED');
      expect(accompanying, 'the convoy statement').toBeDefined();
      expect(accompanying.evidence[0].quote).toBe('the helicopter was accompanying a military convoy');
      expect(accompanying.statedOn.value).toBe('2020-11-09');
      const unclarified = statements.find((s) => s.predicate === 'PURPOSE_UNKNOWN');
      expect(unclarified, 'what it did not clarify').toBeDefined();
      expect(unclarified.status).toBe('UNCERTAIN');
      expect(unclarified.evidence[0].quote).toBe('did not clarify the purpose of the convoy');
    });

    it(`[${backend}] Q7: a chain of at most 4 claims joins Ilham Aliyev to Stepanakert, each step backed by evidence and leaving where the last arrived`, async () => {
      const data = expectAnswer(await ask('path'));
      const path = data.path;
      expect(path).not.toBeNull();
      expect(path.hops).toBeGreaterThanOrEqual(1);
      expect(path.hops).toBeLessThanOrEqual(4);
      expect(path.steps).toHaveLength(path.hops);
      expect(path.nodes).toHaveLength(path.hops + 1);
      expect(path.nodes[0].id).toBe('actor:ilham-aliyev');
      expect(path.nodes[path.nodes.length - 1].id).toBe('place:stepanakert');
      path.steps.forEach((step: any, i: number) => {
        expect(step.from.name).toBe(path.nodes[i].name);
        expect(step.to.name).toBe(path.nodes[i + 1].name);
        if (i + 1 < path.steps.length) expect(step.to.name).toBe(path.steps[i + 1].from.name);
        expect(['OUTGOING', 'INCOMING']).toContain(step.direction);
        expect(step.predicate).toMatch(/^[A-Z_]+$/);
        expect(step.claim.statement.length).toBeGreaterThan(0);
        expect(step.claim.evidence.length).toBeGreaterThanOrEqual(1);
        expect(step.claim.evidence[0].quote.length).toBeGreaterThan(0);
      });
    });

    it(`[${backend}] Q8: the timeline runs in date order from "since 1994" (YEAR) and includes the shootdown of 2020-11-09 with 2 deaths`, async () => {
      const data = expectAnswer(await ask('timeline'));
      const events: any[] = data.timeline.edges.map((e: any) => e.node);
      expect(events.length).toBeGreaterThanOrEqual(2);
      // The example asks for one page of 50, which holds the seed graph's whole timeline.
      expect(data.timeline.totalCount).toBe(events.length);
      expect(data.timeline.pageInfo.hasNextPage).toBe(false);
      for (const e of events) expect(e.date, `${e.id} has a date`).not.toBeNull();
      const dates = events.map((e) => e.date.value as string);
      for (let i = 1; i < dates.length; i++) {
        expect(dates[i - 1] <= dates[i], `${dates[i - 1]} before ${dates[i]}`).toBe(true);
      }
      expect(events[0].date).toEqual({ value: '1994', precision: 'YEAR', expression: 'since 1994' });
      const shootdown = events.find((e) => e.id === 'event:russian-helicopter-shootdown');
      expect(shootdown, 'the shootdown').toBeDefined();
      expect(shootdown.date).toMatchObject({ value: '2020-11-09', precision: 'DAY' });
      expect(shootdown.fatalities).toBe(2);
      expect(shootdown.location.name).toBe('Helicopter shootdown site');
      expect(shootdown.participants.map((p: any) => p.role)).toContain('victim');
    });

    it(`[${backend}] Q9: every actor is listed with its statements: Aliyev at least 1, Pogosian at least 2, Russia at least 1`, async () => {
      const data = expectAnswer(await ask('by-actor'));
      const actors = nodesOf(data.entities);
      expect(actors.every((a) => a.id.startsWith('actor:'))).toBe(true);
      const byId = new Map(actors.map((a) => [a.id, a]));
      const count = (id: string) => {
        const actor = byId.get(id);
        expect(actor, id).toBeDefined();
        expect(actor.statements.edges).toHaveLength(Math.min(actor.statements.totalCount, 20));
        return actor.statements.totalCount as number;
      };
      expect(count('actor:ilham-aliyev')).toBeGreaterThanOrEqual(1);
      expect(count('actor:vagram-pogosian')).toBeGreaterThanOrEqual(2);
      expect(count('actor:russia')).toBeGreaterThanOrEqual(1);
      expect(count('actor:ap')).toBe(0);
      const pogosian = nodesOf(byId.get('actor:vagram-pogosian').statements).map((s) => s.status);
      expect(pogosian).toContain('CONFIRMED');
    });

    it(`[${backend}] Q10: Shushi–Stepanakert is stated as about 10 km, beside ≈6.35 km computed great-circle from the gazetteer coordinates`, async () => {
      const data = expectAnswer(await ask('distance'));
      const distance = data.entity.distanceTo;
      expect(distance.stated).toHaveLength(1);
      expect(distance.stated[0].quantity).toEqual({ value: 10, unit: 'km', approximate: true });
      expect(distance.stated[0].evidence[0].quote).toContain('about 10km');
      expect(distance.computedKm).toBeGreaterThan(6);
      expect(distance.computedKm).toBeLessThan(6.5);
      expect(distance.computedKm).toBeCloseTo(6.35, 1);
      expect(distance.computedKm).toBeCloseTo(haversineKm(GAZETTEER.shushi, GAZETTEER.stepanakert), 6);
    });

    it(`[${backend}] Q11: two hops around Shushi reach Stepanakert and Nagorno-Karabakh, and every edge joins two listed nodes through a claim`, async () => {
      const data = expectAnswer(await ask('neighborhood'));
      const { nodes, edges, truncated } = data.neighborhood;
      expect(truncated).toBe(false);
      const ids = new Set<string>(nodes.map((n: any) => n.id));
      expect(ids.size).toBe(nodes.length);
      for (const id of ['place:shushi', 'place:stepanakert', 'place:nagorno-karabakh', 'place:azerbaijan']) expect(ids.has(id), id).toBe(true);
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(ids.has(edge.source), `source ${edge.source}`).toBe(true);
        expect(ids.has(edge.target), `target ${edge.target}`).toBe(true);
        expect(edge.claim, `claim of ${edge.source} ${edge.predicate} ${edge.target}`).not.toBeNull();
        expect(edge.claim.id.startsWith('claim:')).toBe(true);
      }
      expect(edges).toContainEqual({
        source: 'place:shushi',
        target: 'place:stepanakert',
        predicate: 'OVERLOOKS',
        claim: { id: claimId('shushi-overlooks-stepanakert'), status: 'REPORTED' },
      });
    });

    it(`[${backend}] Q12: Aliyev's claim is confirmed by a second party, while other CLAIMED claims stand as one party's word`, async () => {
      const data = expectAnswer(await ask('confirmed'));
      const claims = nodesOf(data.claimed);
      expect(claims).toHaveLength(data.claimed.totalCount);
      const aliyev = claims.find((c) => c.attributedTo.some((a: any) => a.name === 'Ilham Aliyev'));
      expect(aliyev.confirmedBy.length).toBeGreaterThan(0);
      expect(aliyev.confirmedBy[0].attributedTo.map((a: any) => a.name)).toEqual(['Vagram Pogosian']);
      expect(aliyev.confirmedBy[0].statedVia).toBe('Facebook');
      const unconfirmed = claims.filter((c) => c.confirmedBy.length === 0);
      expect(unconfirmed.length).toBeGreaterThan(0);
      expect(unconfirmed.map((c) => c.statement)).toContain("Russia's defence ministry said the helicopter was accompanying a military convoy.");
    });
  });
});
