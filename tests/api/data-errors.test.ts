// A claim whose subject the store has lost (issue 14.3): `Claim.subject` is non-null, so that claim
// alone is null (its edge's node), the answer keeps the rest, and the server logs the data error once
// per claim, not on every read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';

const LOST = 'place:shushi';

const CLAIMS = `query ($about: ID!) {
  claims(where: { subject: { id: { eq: $about } } }, first: 5) { totalCount edges { cursor node { id statement subject { id name } } } }
  stats { claims }
}`;

describe.each(BACKENDS)('data errors (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    const lines: string[] = [];

    beforeAll(async () => {
      const base = await openTestStore(backend);
      // The store as it would be after losing one entity: its claims are still there. Every read
      // that returns entities (by id, or brought along with a page of claims) leaves it out.
      const lose = <T extends { entities: { id: string }[] }>(found: T): T => ({ ...found, entities: found.entities.filter((e) => e.id !== LOST) });
      const store = Object.create(base, {
        getEntities: {
          value: async (ids: readonly string[]) => (await base.getEntities(ids)).map((e) => (e?.id === LOST ? null : e)),
          writable: true,
          configurable: true,
        },
        claimsPage: {
          value: async (...args: Parameters<GraphStore['claimsPage']>) => lose(await base.claimsPage(...args)),
          writable: true,
          configurable: true,
        },
        claimPages: {
          value: async (...args: Parameters<GraphStore['claimPages']>) => lose(await base.claimPages(...args)),
          writable: true,
          configurable: true,
        },
      }) as GraphStore;
      server = await startTestServer(backend, { store, log: (line) => lines.push(line) });
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] a claim whose subject is missing answers null for that claim alone, with a DATA_ERROR, and keeps the rest of the response`, async () => {
      const res = await server.query(CLAIMS, { about: LOST });
      const { claims, stats } = res.body.data as any;
      expect(stats.claims).toBeGreaterThan(0);
      expect(claims.totalCount).toBeGreaterThan(0);
      expect(claims.edges.length).toBeGreaterThan(0);
      for (const edge of claims.edges) {
        expect(edge.cursor).toBeTruthy();
        expect(edge.node).toBeNull();
      }
      const errors = res.body.errors as any[];
      expect(errors).toHaveLength(claims.edges.length);
      for (const [i, error] of errors.entries()) {
        expect(error.extensions.code).toBe('DATA_ERROR');
        expect(error.message).toContain(`its subject ${LOST} is missing from the store`);
        expect(error.path).toEqual(['claims', 'edges', i, 'node', 'subject']);
      }
    });

    it(`[${backend}] each lost subject is logged once as a data error, however often it is read`, async () => {
      await server.query(CLAIMS, { about: LOST });
      await server.query(CLAIMS, { about: LOST });
      // The same claims, read without their subject, answer whole.
      const listed = await server.query(CLAIMS.replace(' subject { id name }', ''), { about: LOST });
      const ids: string[] = (listed.body.data as any).claims.edges.map((e: any) => e.node.id);
      expect(ids.length).toBeGreaterThan(0);
      const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.dataError);
      expect(logged.map((l) => l.dataError).sort()).toEqual(ids.map((id) => `claim-subject:${id}`).sort());
      for (const l of logged) {
        expect(l.level).toBe(50); // pino's "error"
        expect(l.msg).toContain(`its subject ${LOST} is missing from the store`);
      }
    });
  });
});
