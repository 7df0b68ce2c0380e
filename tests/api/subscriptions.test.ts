// Live updates over WebSocket with a real graphql-ws client (the `ws` package as its socket): what
// an ingest announces once committed, on both stores, and the bounds and auth rules of the socket.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGHTING, TAKEN } from '../fixtures/statements-about-shushi.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { corenlpAvailable } from '../support/corenlp.js';
import { collect, until, wsClient } from '../support/live.js';
import WebSocket from 'ws';

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`;

/** The server's log lines saying a subscription has joined the event hub. */
const subscribedLines = (lines: string[]) => lines.filter((l) => JSON.parse(l).msg === 'subscribed').length;

describe.each(BACKENDS)('subscriptions (%s)', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}] [corenlp]`, () => {
    const lines: string[] = [];
    let server: TestServer;
    let client: Client;
    beforeAll(async () => {
      // CoreNLP on a busy machine can take longer than the default request budget; it is not what is tested here.
      server = await startTestServer(backend, { seed: false, log: (line) => lines.push(line), config: { REQUEST_TIMEOUT_MS: 180_000 } });
      client = wsClient(server);
    });
    afterAll(async () => {
      await client?.dispose();
      await server?.close();
    });

    it(`[${backend}] after an ingest commits, articleIngested, claimAdded(where:) and claimLinked arrive with data read from the store; a re-sent text announces nothing`, async () => {
      const articles = collect(client, `subscription { articleIngested { outcome createdClaims article { url publisher } } }`);
      const fighting = collect(client, `subscription ($w: ClaimWhere) { claimAdded(where: $w) { predicate status object { id } evidence { quote } } }`, { w: { predicate: { eq: 'CONTINUES_FIGHTING_IN' } } });
      const links = collect(client, `subscription { claimLinked(types: [CONTRADICTS]) { type from { predicate } to { predicate attributedTo { id } } } }`);
      await until('three subscriptions', () => subscribedLines(lines) >= 3);

      const first = await server.query(INGEST, { input: TAKEN });
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data?.ingestArticle.outcome).toBe('CREATED');
      await until('the first article', () => articles.results.length >= 1);
      expect(articles.results[0].data.articleIngested).toMatchObject({ outcome: 'CREATED', article: { url: TAKEN.url, publisher: TAKEN.publisher } });
      expect(articles.results[0].data.articleIngested.createdClaims).toBeGreaterThan(0);

      expect((await server.query(INGEST, { input: FIGHTING })).body.data?.ingestArticle.outcome).toBe('CREATED');
      await until('the second article, its fighting claim and its contradiction', () => articles.results.length >= 2 && fighting.results.length >= 1 && links.results.length >= 1);
      // Only the claim the filter asks for: TAKEN's claims were not sent to this subscription.
      expect(fighting.results.map((r) => r.data.claimAdded)).toEqual([
        expect.objectContaining({ predicate: 'CONTINUES_FIGHTING_IN', status: 'CLAIMED', object: { id: 'place:shushi' }, evidence: [{ quote: expect.stringContaining('The battle continues in Shushi') }] }),
      ]);
      expect(links.results[0].data.claimLinked).toEqual({ type: 'CONTRADICTS', from: { predicate: 'CONTINUES_FIGHTING_IN' }, to: { predicate: 'TOOK_CONTROL_OF', attributedTo: [{ id: 'actor:ilham-aliyev' }] } });

      // The same text again changes nothing, so it announces nothing: a third, new article is the next event.
      expect((await server.query(INGEST, { input: TAKEN })).body.data?.ingestArticle.outcome).toBe('UNCHANGED');
      const third = { ...TAKEN, url: 'https://example.org/harbor/shusha-taken-again', text: TAKEN.text.replace('on Sunday', 'on Sunday evening') };
      expect((await server.query(INGEST, { input: third })).body.data?.ingestArticle.outcome).toBe('CREATED');
      await until('the third article', () => articles.results.length >= 3);
      expect(articles.results.map((r) => r.data.articleIngested.article.url)).toEqual([TAKEN.url, FIGHTING.url, third.url]);
      for (const s of [articles, fighting, links]) {
        expect(s.error).toBeUndefined();
        s.dispose();
      }
    });
  });
});

describe('subscription bounds and checks', () => {
  const lines: string[] = [];
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded', { log: (line) => lines.push(line), config: { MAX_SUBSCRIPTIONS_PER_CONNECTION: 2, MAX_WS_CONNECTIONS: 2, MAX_QUERY_DEPTH: 4 } });
  });
  afterAll(async () => server?.close());

  /** The errors a refused subscription ends with. */
  async function refusal(client: Client, query: string, variables?: Record<string, unknown>): Promise<any[]> {
    const s = collect(client, query, variables);
    await until('the refusal', () => s.done);
    // Refused before the subscription starts: an error message; by its resolver: one result with errors.
    return (s.error as any[]) ?? s.results[0]?.errors;
  }

  it('[embedded] an invalid filter, a query, a too-deep selection and a third subscription on one connection are refused with their reason', async () => {
    const client = wsClient(server);
    try {
      const [badPredicate] = await refusal(client, `subscription { claimAdded(where: { predicate: { eq: OWNS } }) { id } }`);
      expect(badPredicate).toMatchObject({ message: expect.stringContaining('OWNS'), extensions: { code: 'BAD_USER_INPUT' } });

      const [query] = await refusal(client, `{ stats { claims } }`);
      expect(query.message).toMatch(/Only subscriptions are served over WebSocket; send queries to POST \/graphql/);

      const [deep] = await refusal(client, `subscription { claimAdded { subject { claims { edges { node { subject { name } } } } } } }`);
      expect(deep).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'maxDepth', maximum: 4 } } });

      const before = subscribedLines(lines);
      const open = [collect(client, `subscription { articleIngested { outcome } }`), collect(client, `subscription { claimLinked { type } }`)];
      await until('two subscriptions', () => subscribedLines(lines) >= before + 2);
      const [third] = await refusal(client, `subscription { claimAdded { id } }`);
      expect(third).toMatchObject({ message: expect.stringContaining('MAX_SUBSCRIPTIONS_PER_CONNECTION is 2'), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
      for (const s of open) {
        expect(s.done).toBe(false);
        s.dispose();
      }
    } finally {
      await client.dispose();
    }
  });

  it(`[embedded] past MAX_WS_CONNECTIONS a new socket gets HTTP 503 before the upgrade, and a path other than /graphql 404`, async () => {
    const url = server.url.replace(/^http/, 'ws');
    const opened: WebSocket[] = [];
    const open = () =>
      new Promise<{ ws?: WebSocket; status?: number; body?: string }>((resolve) => {
        const ws = new WebSocket(`${url}/graphql`, 'graphql-transport-ws');
        ws.on('open', () => {
          opened.push(ws);
          resolve({ ws });
        });
        ws.on('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        });
      });
    try {
      expect((await open()).ws).toBeDefined();
      expect((await open()).ws).toBeDefined();
      const refused = await open();
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.body!).errors[0]).toMatchObject({ message: expect.stringContaining('MAX_WS_CONNECTIONS'), extensions: { code: 'TOO_MANY_CONNECTIONS' } });
      const closing = opened.pop()!;
      await new Promise((resolve) => {
        closing.once('close', resolve);
        closing.close();
      });
      // Once one has closed a new one is let in: polled, as the server sees the close a moment later.
      let again = await open();
      const deadline = Date.now() + 10_000;
      while (again.status === 503 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        again = await open();
      }
      expect(again.ws).toBeDefined();
    } finally {
      for (const ws of opened) ws.close();
    }
    const other = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(`${url}/elsewhere`, 'graphql-transport-ws');
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode));
      ws.on('open', () => resolve(undefined));
    });
    expect(other).toBe(404);
  });

  it('[embedded] with REQUIRE_AUTH_FOR_READS, a socket without a valid key is closed with 4403 and the reason; with one it subscribes', async () => {
    const guarded = await startTestServer('embedded', { log: (line) => lines.push(line), config: { REQUIRE_AUTH_FOR_READS: true } });
    try {
      for (const [params, reason] of [[undefined, /need an API key/], [{ authorization: 'Bearer not-the-key-000000000' }, /not valid/]] as const) {
        const client = wsClient(guarded, params);
        const s = collect(client, `subscription { articleIngested { outcome } }`);
        await until('the close', () => s.done);
        expect(s.error).toMatchObject({ code: 4403, reason: expect.stringMatching(reason) });
        await client.dispose();
      }
      const client = wsClient(guarded, { authorization: `Bearer ${TEST_API_KEY}` });
      const before = subscribedLines(lines);
      const s = collect(client, `subscription { articleIngested { outcome } }`);
      await until('the subscription', () => subscribedLines(lines) > before);
      expect(s.error).toBeUndefined();
      s.dispose();
      await client.dispose();
    } finally {
      await guarded.close();
    }
  });
});
