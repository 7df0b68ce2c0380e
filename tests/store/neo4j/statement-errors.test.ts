// A read statement that fails on Neo4j: the adapter sends statements without the driver's own stack
// capture (it costs a read ~10 % of its CPU), so the error must still carry a stack that leads back
// to the adapter, and the process's stack trace limit must be as it was, for every later error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../../src/store/neo4j/adapter.js';
import { backendAvailable, neo4jCredentials, neo4jUri } from '../../support/backends.js';

describe.runIf(backendAvailable('neo4j'))('a failing read statement [neo4j]', () => {
  let store: Neo4jStore;
  beforeAll(() => {
    store = new Neo4jStore({ uri: neo4jUri(), ...neo4jCredentials() });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('[neo4j] rejects with Neo4j\'s message and a stack through the adapter, and leaves Error.stackTraceLimit as it was', async () => {
    const limit = Error.stackTraceLimit;
    // LIMIT -1 is refused by Neo4j when the statement runs (the port's callers never send it).
    const failure = await store.getRevisions(['place:shushi'], -1).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const error = failure as Error & { code?: string };
    expect(error.code).toMatch(/^Neo\.ClientError\.Statement\./);
    expect(error.message).toMatch(/-1/);
    expect(error.stack).toMatch(/src\/store\/neo4j\/adapter\.ts/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(2);

    // A read after it works, and leaves the limit alone too.
    expect(await store.getRevisions(['place:shushi'], 1)).toEqual([[]]);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
