// Graceful shutdown (issue 6.9): `npm start` as a child process gets SIGTERM while an ingest is in
// flight. It stops accepting connections at once, finishes the request (its answer says
// `connection: close`), closes the store (LadybugDB or the Neo4j driver) and exits 0 by itself;
// the next start finds the ingested article and a cleanly closed database. With a drain deadline
// shorter than the request, the connection is cut at the deadline and the process still exits 0.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/port.js';
import { TEST_API_KEY } from '../support/api-server.js';
import { BACKENDS, backendAvailable, neo4jUri, openTestStore } from '../support/backends.js';
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

/** The ingest sent as a raw request, to see its status and `connection` header, or that it was cut. */
function ingest(url: string, tag: string, copies = 8): Promise<{ status?: number; connection?: string; outcome?: string; error?: string; at: number }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query: INGEST, variables: { input: longArticle(copies, tag) } });
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...key } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, connection: res.headers.connection, outcome: JSON.parse(text).data?.ingestArticle?.outcome, at: Date.now() }),
        );
        res.on('error', (error) => resolve({ error: error.message, at: Date.now() }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, at: Date.now() }));
    req.end(body);
  });
}

async function envFor(backend: StoreBackend, dir: string): Promise<Record<string, string>> {
  const common = { NODE_ENV: 'production', API_KEYS: TEST_API_KEY, GRAPH_STORE: backend };
  if (backend === 'embedded') return { ...common, EMBEDDED_DB_PATH: path.join(dir, 'graph.sqlite') };
  const store = await openTestStore('neo4j'); // empties the shared test server; the child seeds it
  await store.close();
  return { ...common, NEO4J_URI: neo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j' };
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
      const env = await envFor(backend, dir);
      const server = await startChildServer(env);
      children.push(server);
      let settled = false;
      const inFlight = ingest(server.url, 'shutdown', 16).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 150));
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      // The handler runs once the event loop is free (extraction is synchronous work) …
      await expect.poll(() => server.output.some((line) => line.startsWith('SIGTERM: no new connections')), { timeout: 10_000, interval: 10 }).toBe(true);
      // … and from then on nothing listens: a new connection is refused (or, if the kernel had
      // already queued it before the listening socket closed, reset unserved) while the ingest runs.
      expect(await freshGet(`${server.url}/healthz`)).toMatch(/^(ECONNREFUSED|ECONNRESET)$/);
      expect(settled, 'the ingest was still in flight when the new connection was refused').toBe(false);
      const answer = await inFlight;
      expect(answer.error).toBeUndefined();
      expect(answer).toMatchObject({ status: 200, outcome: 'CREATED', connection: 'close' });
      expect(answer.at).toBeGreaterThan(signalledAt);
      const exit = await server.exited;
      expect(exit, server.output.join('\n')).toEqual({ code: 0, signal: null });
      const output = server.output.join('\n');
      expect(output).toMatch(/SIGTERM: no new connections/);
      expect(output).toMatch(/^stopped$/m);
      expect(output).not.toMatch(/were cut|still held the event loop|took over/);

      // The next start: the article is there, and the database was closed cleanly.
      const again = await startChildServer(env);
      children.push(again);
      expect(again.output.join('\n')).not.toMatch(/not closed cleanly/);
      const res = await post(again.url, '{ articles(first: 100) { edges { node { url } } } }');
      expect(res.body.data.articles.edges.map((e: any) => e.node.url)).toContain('https://example.org/hardening/shutdown');
      again.child.kill('SIGTERM');
      expect(await again.exited).toEqual({ code: 0, signal: null });
    });

    it(`[${backend}] a request still running at the drain deadline (SHUTDOWN_TIMEOUT_MS=${SHUTDOWN_CUT_AFTER_MS}) is cut, and the process still exits 0`, async () => {
      const env = { ...(await envFor(backend, dir)), SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_CUT_AFTER_MS) };
      const server = await startChildServer(env);
      children.push(server);
      const inFlight = ingest(server.url, 'cut');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.error, JSON.stringify(answer)).toBeDefined(); // cut: no answer
      expect(answer.at - signalledAt).toBeGreaterThanOrEqual(SHUTDOWN_CUT_AFTER_MS - 20);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output.join('\n')).toMatch(/1 connection\(s\) still busy after 200 ms were cut/);
    });
  });
});
