// Curators' changes as live events, over WebSocket with a real graphql-ws client on both stores:
// revisionMade arrives once the change has committed, filtered by node and by action, with the
// revision as `revisions` reads it; a change sent again (which changes nothing) is no event.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { collect, until, wsClient } from '../support/live.js';

const KEY = 'curation-live-key-5b0c7e19d2';

const EVENT = `revisionMade(nodes: $nodes, actions: $actions) { id action author note nodes before after }`;
const SUBSCRIBE = `subscription ($nodes: [ID!], $actions: [RevisionAction!]) { ${EVENT} }`;

describe.each(BACKENDS)('curation as live events [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const lines: string[] = [];
    let server: TestServer;
    let client: Client;
    const send = async (document: string, variables: Record<string, unknown>) => {
      const { body } = await server.query(document, variables, { apiKey: KEY });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as Record<string, any>;
    };
    const subscribed = () => lines.filter((l) => JSON.parse(l).msg === 'subscribed').length;

    beforeAll(async () => {
      server = await startTestServer(backend, { seed: true, log: (line) => lines.push(line), config: { API_KEYS: [`carol:${KEY}`] } });
      client = wsClient(server);
    });
    afterAll(async () => {
      await client?.dispose();
      await server?.close();
    });

    it(`[${backend}] a review and an alias arrive as revisions, each only where its filter lets it; the same review again is no event`, async () => {
      const claims = (await send(`{ claims(first: 2) { edges { node { id } } } }`, {})).claims.edges.map((e: any) => e.node.id);
      const place = (await send(`{ entities(kind: PLACE, first: 1) { edges { node { id } } } }`, {})).entities.edges[0].node.id;
      const aboutFirst = collect(client, SUBSCRIBE, { nodes: [claims[0]] });
      const aliases = collect(client, SUBSCRIBE, { actions: ['ADD_ALIAS'] });
      const everything = collect(client, SUBSCRIBE, {});
      await until('three subscriptions', () => subscribed() >= 3);

      const REVIEW = `mutation ($id: ID!) { reviewClaim(id: $id, verdict: REJECTED, note: "wrong place") { revision { id } } }`;
      const review = (await send(REVIEW, { id: claims[0] })).reviewClaim.revision.id;
      expect((await send(REVIEW, { id: claims[0] })).reviewClaim.revision).toBeNull();
      const other = (await send(`mutation ($id: ID!) { reviewClaim(id: $id, verdict: ACCEPTED) { revision { id } } }`, { id: claims[1] })).reviewClaim.revision.id;
      const alias = (await send(`mutation ($id: ID!) { addAlias(id: $id, alias: "Live Alias Town") { revision { id } } }`, { id: place })).addAlias.revision.id;

      await until('every revision', () => everything.results.length >= 3 && aboutFirst.results.length >= 1 && aliases.results.length >= 1);
      // In commit order, once each: the review sent twice made one revision.
      expect(everything.results.map((r) => r.data.revisionMade.id)).toEqual([review, other, alias]);
      expect(everything.results[0].data.revisionMade).toMatchObject({ action: 'REVIEW_CLAIM', author: 'carol', note: 'wrong place', nodes: [claims[0]], after: expect.objectContaining({ verdict: 'REJECTED' }) });
      // What the node's revisions read back is what was announced.
      const stored = (await send(`query ($id: ID!) { claim(id: $id) { revisions { id action author note nodes before after } } }`, { id: claims[0] })).claim.revisions[0];
      expect(everything.results[0].data.revisionMade).toEqual(stored);
      expect(aboutFirst.results.map((r) => r.data.revisionMade.id)).toEqual([review]);
      expect(aliases.results.map((r) => r.data.revisionMade)).toEqual([expect.objectContaining({ id: alias, action: 'ADD_ALIAS', nodes: [place] })]);
      for (const s of [aboutFirst, aliases, everything]) expect(s.error).toBeUndefined();
    });

    it(`[${backend}] more than 100 node ids or an unknown action is refused when subscribing, saying what is valid`, async () => {
      const tooMany = collect(client, SUBSCRIBE, { nodes: Array.from({ length: 101 }, (_, i) => `claim:x${i}`) });
      const unknown = collect(client, SUBSCRIBE, { actions: ['DELETE_EVERYTHING'] });
      await until('both refusals', () => tooMany.results.length + (tooMany.error ? 1 : 0) >= 1 && unknown.results.length + (unknown.error ? 1 : 0) >= 1);
      // A refusal in the resolver comes as a result's errors; one in validation as the subscription's error.
      const messages = (s: ReturnType<typeof collect>) => {
        const errors: any[] = Array.isArray(s.error) ? s.error : s.error ? [s.error] : s.results.flatMap((r) => r.errors ?? []);
        return errors.map((e) => `${e.message} ${e.extensions?.code ?? ''}`).join('\n');
      };
      expect(messages(tooMany)).toMatch(/"nodes" takes at most 100 ids, got 101 BAD_USER_INPUT/);
      expect(messages(unknown)).toMatch(/DELETE_EVERYTHING.*RevisionAction/);
    });
  });
});
