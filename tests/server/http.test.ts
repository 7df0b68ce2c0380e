// The HTTP server around the API: /graphql over POST and GET, CORS, health and readiness, body
// limits, errors as JSON, one log line per request, and the store round-trip header.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, type RunningApp, startApp } from '../../src/server/http.js';
import type { GraphStore } from '../../src/store/port.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';

const STATS = '{ stats { claims entities } }';
const ALLOWED_ORIGIN = 'https://app.example.com';

/** A raw POST through node:http, so an early answer to a large upload is seen as it is. */
function rawPost(url: string, body: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', (error) => reject(new Error(`no HTTP answer: ${error.message}`)));
    req.end(body);
  });
}

describe.each(BACKENDS)('GraphQL over HTTP (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let claims: number;

    beforeAll(async () => {
      server = await startTestServer(backend);
      claims = (await server.store.counts()).claims;
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] POST /graphql with a JSON body answers with JSON data`, async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: STATS }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.stats.claims).toBe(claims);
    });

    it(`[${backend}] GET /graphql?query=… answers like POST when it carries apollo-require-preflight`, async () => {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(STATS)}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(200);
      // A GET answer is as uncacheable as a POST one: it depends on the key and on every ingest.
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.stats.claims).toBe(claims);
    });

    it(`[${backend}] GET /graphql takes variables as a JSON query parameter`, async () => {
      const query = 'query ($id: ID!) { entity(id: $id) { name } }';
      const search = new URLSearchParams({ query, variables: JSON.stringify({ id: 'place:shushi' }) });
      const res = await fetch(`${server.url}/graphql?${search}`, { headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(200);
      expect((await res.json()).data.entity.name).toBe('Shushi');
    });

    // Apollo's CSRF prevention: a GET that a browser could send cross-site without a preflight
    // (no content-type, no apollo-require-preflight / x-apollo-operation-name header) is refused,
    // so clients using GET must send one of those headers (or a non-simple content-type).
    it(`[${backend}] a plain GET /graphql without a preflight-forcing header is refused with 400 (CSRF prevention)`, async () => {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(STATS)}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/Cross-Site Request Forgery|CSRF/);
    });

    it(`[${backend}] /readyz answers 200 naming the store when the store is up`, async () => {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ready', store: backend });
    });

    it(`[${backend}] every /graphql response carries x-store-round-trips, counting the store calls it made`, async () => {
      const post = await server.query(STATS);
      expect(post.headers.get('x-store-round-trips')).toBe('1');
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ predicates { name } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.headers.get('x-store-round-trips')).toBe('0');
    });
  });
});

describe('HTTP plumbing that does not touch the store', () => {
  let store: GraphStore;
  let app: RunningApp;
  const lines: string[] = [];

  beforeAll(async () => {
    store = await openTestStore('embedded');
    app = await startApp({
      store,
      config: { CORS_ORIGINS: [ALLOWED_ORIGIN], LOG_LEVEL: 'info' },
      port: 0,
      host: '127.0.0.1',
      log: (line) => lines.push(line),
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** Sends one request, then waits until its log line arrives; returns the lines it produced. */
  async function loggedRequest(send: () => Promise<Response>): Promise<{ res: Response; lines: string[] }> {
    const before = lines.length;
    const res = await send();
    await res.arrayBuffer();
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(before), { timeout: 2_000, interval: 10 });
    // A marker request: its own line arrives after any further line of the first request.
    await fetch(`${app.url}/healthz`).then((r) => r.arrayBuffer());
    await vi.waitFor(() => expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ method: 'GET', path: '/healthz', status: 200 }), { timeout: 2_000, interval: 10 });
    return { res, lines: lines.slice(before, -1) };
  }

  it('[embedded] an allowed Origin is echoed in access-control-allow-origin, with Vary: Origin', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
      body: JSON.stringify({ query: '{ predicates { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('[embedded] a preflight OPTIONS from an allowed Origin answers 204 with the allowed methods and headers', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const methods = (res.headers.get('access-control-allow-methods') ?? '').split(',').map((m) => m.trim());
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('[embedded] a disallowed Origin gets no access-control-allow-origin, on a request or a preflight', async () => {
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example.net' },
      body: JSON.stringify({ query: '{ predicates { name } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('[embedded] /healthz answers 200 without asking the store', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('[embedded] an unknown route answers 404 with a JSON body naming the routes there are', async () => {
    const res = await fetch(`${app.url}/no-such-route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.error).toContain('/graphql');
  });

  it('[embedded] a malformed JSON body answers 400 with a JSON error', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats { claims } }"' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/JSON/);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('[embedded] a request body just under 1 MB is accepted', async () => {
    const query = `# ${'x'.repeat(MAX_BODY_BYTES - 1_000)}\n{ predicates { name } }`;
    const res = await rawPost(`${app.url}/graphql`, JSON.stringify({ query }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).errors).toBeUndefined();
  });

  it('[embedded] a request body over 1 MB answers 413 with a JSON error, is logged, and the server keeps serving', async () => {
    const query = `# ${'x'.repeat(MAX_BODY_BYTES + 100_000)}\n{ predicates { name } }`;
    const res = await rawPost(`${app.url}/graphql`, JSON.stringify({ query }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await vi.waitFor(() => expect(lines.map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ method: 'POST', path: '/graphql', status: 413, errors: ['PAYLOAD_TOO_LARGE'] })), { timeout: 2_000, interval: 10 });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('[embedded] a request produces exactly one JSON log line with its id, method, path, status, milliseconds and operation, and no query string', async () => {
    const { lines: logged } = await loggedRequest(() =>
      fetch(`${app.url}/graphql?query=${encodeURIComponent('{ predicates { name } }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
    );
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0])).toMatchObject({ level: 30, msg: 'request', reqId: expect.any(String), method: 'GET', path: '/graphql', status: 200, ms: expect.any(Number), errors: [] });
    expect(logged[0]).not.toContain('predicates');
  });

  it('[embedded] POSTs and refused requests are logged once each, with their status', async () => {
    const post = await loggedRequest(() =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ predicates { name } }' }) }),
    );
    expect(post.lines).toHaveLength(1);
    expect(JSON.parse(post.lines[0])).toMatchObject({ method: 'POST', path: '/graphql', status: 200, errors: [] });
    const missing = await loggedRequest(() => fetch(`${app.url}/no-such-route`));
    expect(missing.lines).toHaveLength(1);
    expect(JSON.parse(missing.lines[0])).toMatchObject({ method: 'GET', path: '/no-such-route', status: 404 });
    const malformed = await loggedRequest(() => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }));
    expect(malformed.lines).toHaveLength(1);
    expect(JSON.parse(malformed.lines[0])).toMatchObject({ method: 'POST', path: '/graphql', status: 400, errors: ['BAD_REQUEST'] });
  });
});

describe('CORS open to every origin', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('embedded', { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('[embedded] with CORS_ORIGINS "*" any Origin is answered with access-control-allow-origin: *', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://anywhere.example.org' },
      body: JSON.stringify({ query: '{ predicates { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://anywhere.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});
