// GraphQL over HTTP (issue 6.4): graphql-http's server audits against the running server. Every
// MUST audit passes; the SHOULD and MAY audits it does not are exactly the documented ones
// (AUDIT_DEVIATIONS, listed with their reasons in the README's Reliability section).
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { AUDIT_DEVIATIONS } from './support/figures.js';

describe.each(BACKENDS)('GraphQL over HTTP audits (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const server = useTestServer(backend, { seed: false });

    it(`[${backend}] every MUST audit passes, and the SHOULD/MAY audits that do not are the documented deviations`, async () => {
      const audits = serverAudits({ url: `${server.url}/graphql` });
      const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
      const errors = results.filter(({ result }) => result.status === 'error').map(({ audit, result }) => `${audit.id} ${audit.name}: ${'reason' in result ? result.reason : ''}`);
      expect(errors).toEqual([]);
      const deviations = results
        .filter(({ result }) => result.status !== 'ok')
        .map(({ audit, result }) => ({ id: audit.id, status: result.status }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(deviations).toEqual(
        Object.entries(AUDIT_DEVIATIONS)
          .map(([id, { status }]) => ({ id, status }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      );
      for (const { audit } of results) if (audit.id in AUDIT_DEVIATIONS) expect(audit.name).toBe(AUDIT_DEVIATIONS[audit.id].name);
      expect(results.length).toBeGreaterThan(50);
    });
  });
});
