// Graceful shutdown (issue 6.9): `npm start` as a child process gets SIGTERM while an ingest is in
// flight. It stops accepting connections at once, finishes the request (its answer says
// `connection: close`), closes the store (SQLite or the Neo4j driver) and exits 0 by itself;
// the next start finds the ingested article. With a drain deadline shorter than the request, the
// connection is cut at the deadline and the process still exits 0. The request is held in flight
// by its client, which sends the body's second half only when told: an embedded ingest, once its
// body is in, runs to its answer without yielding to the signal handler.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corenlpUrl } from '../support/corenlp.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/port.js';
import { TEST_API_KEY } from '../support/api-server.js';
import { BACKENDS, backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { INGEST, longArticle } from './support/articles.js';
import { type ChildServer, post, startChildServer } from './support/child-server.js';
import { SHUTDOWN_CUT_AFTER_MS } from './support/figures.js';

const key = { 'x-api-key': TEST_API_KEY };

/** A GET on a new TCP connection (no keep-alive reuse): resolves with the status or the error code. */
function freshGet(url: string): Promise<string> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

interface Answer {
  status?: number;
  connection?: string;
  outcome?: string;
  error?: string;
  at: number;
}

/**
 * The ingest sent as a raw request with `expect: 100-continue`: `accepted` resolves once the server
 * has parsed its headers (it answered 100 Continue), `release` sends the body; `answer` has the
 * status and `connection` header, or says that the connection was cut.
 */
function ingest(url: string, tag: string): { accepted: Promise<void>; release: () => void; answer: Promise<Answer> } {
  const body = JSON.stringify({ query: INGEST, variables: { input: longArticle(1, tag) } });
  let accepted!: () => void;
  const acceptedPromise = new Promise<void>((resolve) => (accepted = resolve));
  let req!: http.ClientRequest;
  const answer = new Promise<Answer>((resolve) => {
    req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue', ...key },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, connection: res.headers.connection, outcome: JSON.parse(text).data?.ingestArticle?.outcome, at: Date.now() }),
        );
        res.on('error', (error) => resolve({ error: error.message, at: Date.now() }));
      },
    );
    req.on('continue', () => accepted());
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, at: Date.now() }));
    req.flushHeaders();
  });
  return { accepted: acceptedPromise, release: () => req.end(body), answer };
}

async function envFor(backend: StoreBackend, dir: string): Promise<Record<string, string>> {
  const common = { NODE_ENV: 'production', API_KEYS: TEST_API_KEY, GRAPH_STORE: backend, CORENLP_URL: corenlpUrl() };
  if (backend === 'embedded') return { ...common, EMBEDDED_DB_PATH: path.join(dir, 'graph.sqlite') };
  const store = await openTestStore('neo4j'); // empties the shared test server; the child seeds it
  await store.close();
  return { ...common, NEO4J_URI: neo4jUri(), NEO4J_USER: neo4jCredentials().user, NEO4J_PASSWORD: neo4jCredentials().password };
}

describe.each(BACKENDS)('SIGTERM (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-shutdown-'));
    const children: ChildServer[] = [];
    afterAll(async () => {
      for (const child of children) if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    it(`[${backend}] refuses new connections at once, finishes the ingest in flight, closes the store and exits 0`, async () => {
      // The whole ingest runs after the signal here: a drain deadline it cannot miss on a loaded machine.
      const env = { ...(await envFor(backend, dir)), SHUTDOWN_TIMEOUT_MS: '60000' };
      const server = await startChildServer(env);
      children.push(server);
      let settled = false;
      const request = ingest(server.url, 'shutdown');
      const inFlight = request.answer.finally(() => (settled = true));
      await request.accepted;
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      await expect.poll(() => server.output.some((line) => line.startsWith('SIGTERM: no new connections')), { timeout: 10_000, interval: 10 }).toBe(true);
      // … and from then on nothing listens: a new connection is refused (or, if the kernel had
      // already queued it before the listening socket closed, reset unserved) while the ingest runs.
      expect(await freshGet(`${server.url}/healthz`)).toMatch(/^(ECONNREFUSED|ECONNRESET)$/);
      expect(settled, 'the ingest was still in flight when the new connection was refused').toBe(false);
      const releasedAt = Date.now();
      request.release();
      const answer = await inFlight;
      expect(answer.error, `${releasedAt - signalledAt} ms after SIGTERM; ${JSON.stringify(answer)}\n${server.output.join('\n')}`).toBeUndefined();
      expect(answer).toMatchObject({ status: 200, outcome: 'CREATED', connection: 'close' });
      expect(answer.at).toBeGreaterThan(signalledAt);
      const exit = await server.exited;
      expect(exit, server.output.join('\n')).toEqual({ code: 0, signal: null });
      const output = server.output.join('\n');
      expect(output).toMatch(/SIGTERM: no new connections/);
      expect(output).toMatch(/^stopped$/m);
      expect(output).not.toMatch(/were cut|still held the event loop|took over/);

      // The next start: the article is there.
      const again = await startChildServer(env);
      children.push(again);
      const res = await post(again.url, '{ articles(first: 100) { edges { node { url } } } }');
      expect(res.body.data.articles.edges.map((e: any) => e.node.url)).toContain('https://example.org/hardening/shutdown');
      again.child.kill('SIGTERM');
      expect(await again.exited).toEqual({ code: 0, signal: null });
    });

    it(`[${backend}] a request still running at the drain deadline (SHUTDOWN_TIMEOUT_MS=${SHUTDOWN_CUT_AFTER_MS}) is cut, and the process still exits 0`, async () => {
      const env = { ...(await envFor(backend, dir)), SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_CUT_AFTER_MS) };
      const server = await startChildServer(env);
      children.push(server);
      // Its body never comes: the request is still running at the deadline.
      const request = ingest(server.url, 'cut');
      await request.accepted;
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const answer = await request.answer;
      expect(answer.error, JSON.stringify(answer)).toBeDefined(); // cut: no answer
      expect(answer.at - signalledAt).toBeGreaterThanOrEqual(SHUTDOWN_CUT_AFTER_MS - 20);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output.join('\n')).toMatch(/1 connection\(s\) still busy after 200 ms were cut/);
    });
  });
});
