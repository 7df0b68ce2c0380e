// Persisted queries and GET, as a client (Apollo Client's persisted-queries link, a CDN-cached
// GET) uses them: automatic persisted queries by default, the examples/ allow-list with
// PERSISTED_QUERIES=only (over HTTP and WebSocket), and PERSISTED_QUERIES=off.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { persistedQueryManifest, sha256 } from '../../src/api/limits/persisted-queries.js';
import { startTestServer, type TestServer } from '../support/api-server.js';

const STATS = '{ stats { claims } }';

async function post(server: TestServer, body: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

async function get(server: TestServer, params: Record<string, unknown>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${server.url}/graphql?${search}`, { headers });
  return { status: res.status, body: await res.json() };
}

const hashOnly = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

describe('persisted queries on (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded');
  });
  afterAll(async () => server?.close());

  it('[embedded] a hash alone is PERSISTED_QUERY_NOT_FOUND until its text is sent once; then the hash alone is answered, over POST and GET', async () => {
    const query = `{ entities(first: 2) { totalCount } }`;
    expect((await post(server, hashOnly(query))).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(server, { query, ...hashOnly(query) });
    expect(registered.body.data.entities.totalCount).toBeGreaterThan(0);
    expect((await post(server, hashOnly(query))).body.data).toEqual(registered.body.data);
    const viaGet = await get(server, hashOnly(query));
    expect(viaGet).toEqual({ status: 200, body: { data: registered.body.data } });
  });

  it('[embedded] a hash that is not the SHA-256 of the text sent with it is BAD_REQUEST saying so, and nothing runs', async () => {
    const res = await post(server, { query: STATS, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringMatching(/not the SHA-256 of the query text/), extensions: { code: 'BAD_REQUEST' } });
    expect(res.body.data).toBeUndefined();
  });

  it('[embedded] GET with ?query= and variables is served with a preflight header, refused without one, and never runs a mutation', async () => {
    const ok = await get(server, { query: 'query ($t: String!) { search(text: $t) { id } }', variables: { t: 'Shusha' } });
    expect(ok.status).toBe(200);
    expect(ok.body.data.search[0].id).toBe('place:shushi');
    const bare = await get(server, { query: STATS }, {});
    expect(bare.status).toBe(400);
    expect(bare.body.errors[0].message).toMatch(/apollo-require-preflight/);
    const mutation = await get(server, { query: 'mutation { ingestArticle(input: { text: "x" }) { outcome } }' });
    expect(mutation.status).toBe(405);
  });
});

describe('persisted queries only (the examples/ allow-list)', () => {
  let server: TestServer;
  const manifest = persistedQueryManifest();
  beforeAll(async () => {
    server = await startTestServer('embedded', { config: { PERSISTED_QUERIES: 'only' } });
  });
  afterAll(async () => server?.close());

  it('[embedded] a listed operation runs by hash alone or by its text; any other is PERSISTED_QUERY_NOT_IN_LIST and does not run', async () => {
    const places = manifest.operations.find((o) => o.name === 'PlacesInArticle')!;
    const variables = { article: 'article:ap-2020-11-09-shushi-helicopter' };
    const byHash = await post(server, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: places.id } } });
    expect(byHash.body.errors, JSON.stringify(byHash.body)).toBeUndefined();
    expect(byHash.body.data.article.title).toBeTruthy();
    expect((await post(server, { query: places.body, variables })).body.data).toEqual(byHash.body.data);

    const other = await post(server, { query: STATS });
    expect(other.status).toBe(400);
    expect(other.body.errors[0]).toMatchObject({ message: expect.stringMatching(/PERSISTED_QUERIES=only/), extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } });
    expect(other.body.data).toBeUndefined();
    // An unlisted text cannot be registered: its hash stays unknown.
    await post(server, { query: STATS, ...hashOnly(STATS) });
    expect((await post(server, hashOnly(STATS))).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('[embedded] over WebSocket only the listed subscription is accepted', async () => {
    const client = createClient({ url: server.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const refused = await new Promise<any>((resolve) => {
        client.subscribe({ query: 'subscription { articleIngested { outcome } }' }, { next: () => resolve('next'), error: resolve, complete: () => resolve('complete') });
      });
      expect(refused[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } });
      const live = manifest.operations.find((o) => o.type === 'subscription')!;
      let outcome: unknown = 'open';
      const dispose = client.subscribe({ query: live.body, variables: { place: 'place:shushi' } }, { next: () => {}, error: (e) => (outcome = e), complete: () => (outcome = 'complete') });
      // A refusal comes back within a round trip: a later refusal of the listed one would show by then.
      const probe = await new Promise<any>((resolve) => {
        client.subscribe({ query: 'subscription { claimLinked { type } }' }, { next: () => resolve('next'), error: resolve, complete: () => resolve('complete') });
      });
      expect(probe[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(outcome).toBe('open');
      dispose();
    } finally {
      await client.dispose();
    }
  });
});

describe('persisted queries off', () => {
  it('[embedded] a persisted query is declined as PERSISTED_QUERY_NOT_SUPPORTED; plain queries run', async () => {
    const server = await startTestServer('embedded', { config: { PERSISTED_QUERIES: 'off' } });
    try {
      expect((await post(server, { query: STATS, ...hashOnly(STATS) })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect((await post(server, { query: STATS })).body.data.stats.claims).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
