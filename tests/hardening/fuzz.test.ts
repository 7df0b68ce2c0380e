// HTTP fuzzing with fast-check (fixed seed, printed on failure): generated requests of every shape
// against the running server. Never a 5xx other than a deliberate 503, never a crash or a hang,
// every error answer well-formed JSON with errors[].message.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema.js';
import { type TestServer, TEST_API_KEY, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { FUZZ_CONCURRENCY, FUZZ_REQUEST_TIMEOUT_MS, FUZZ_RUNS, FUZZ_SEED, FUZZ_SERVER_TIMEOUT_MS } from './support/figures.js';
import { type FuzzCase, fuzzCases } from './support/fuzz-requests.js';
import { RawClient, type RawResponse, mapConcurrent } from './support/http-client.js';

/** Codes a deliberate 503 carries. */
const DELIBERATE_503 = new Set(['QUERY_TIMEOUT', 'STORE_UNAVAILABLE']);

/** What is wrong with an answer, or null when it is acceptable. */
function problemWith(c: FuzzCase, res: RawResponse): string | null {
  const type = String(res.headers['content-type'] ?? '');
  let body: any;
  const isJson = /^application\/(graphql-response\+)?json/.test(type);
  if (isJson && c.request.method !== 'HEAD') {
    try {
      body = JSON.parse(res.text);
    } catch {
      return `status ${res.status}: body is not JSON although content-type is ${type}: ${res.text.slice(0, 120)}`;
    }
  }
  if (res.status >= 500) {
    const codes = (body?.errors ?? []).map((e: any) => e?.extensions?.code);
    if (!(res.status === 503 && codes.length && codes.every((code: string) => DELIBERATE_503.has(code)))) return `status ${res.status}: ${res.text.slice(0, 200)}`;
  }
  if (c.request.method === 'HEAD' || res.status === 204) return null;
  if (!isJson) return `status ${res.status} answered with content-type ${JSON.stringify(type)}: ${res.text.slice(0, 120)}`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `status ${res.status}: body is not a JSON object`;
  const isError = res.status >= 400 || body.errors !== undefined;
  if (isError) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) return `status ${res.status}: an error answer without errors[]: ${res.text.slice(0, 160)}`;
    for (const error of body.errors) {
      if (typeof error?.message !== 'string' || error.message.length === 0) return `status ${res.status}: an error without a message: ${JSON.stringify(error).slice(0, 160)}`;
      // No internals: stack traces, file paths, driver names.
      if (/\bat \S+ \(|\.ts:\d+|node_modules|Neo4jError|sqlite/i.test(JSON.stringify(error))) return `an error leaks internals: ${JSON.stringify(error).slice(0, 200)}`;
    }
  } else if (!('data' in body)) {
    return `status ${res.status}: a success without data: ${res.text.slice(0, 120)}`;
  }
  return null;
}

/** One line that reproduces a case: the seed, its index, and the request. */
function describeCase(c: FuzzCase, index: number): string {
  const body = c.request.body === undefined ? '' : Buffer.isBuffer(c.request.body) ? `<${c.request.body.length} bytes>` : c.request.body;
  return `seed ${FUZZ_SEED} #${index} [${c.kind}] ${c.request.method} ${c.request.path.slice(0, 120)} ${JSON.stringify(c.request.headers)} ${String(body).slice(0, 300)}`;
}

describe.each(BACKENDS)('HTTP fuzzing (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    const runs = FUZZ_RUNS[backend];
    let server: TestServer;
    let client: RawClient;

    beforeAll(async () => {
      // A slow request must come back as a deliberate 503 well before the client gives up on it.
      server = await startTestServer(backend, { config: { QUERY_TIMEOUT_MS: FUZZ_SERVER_TIMEOUT_MS / 2, REQUEST_TIMEOUT_MS: FUZZ_SERVER_TIMEOUT_MS } });
      client = new RawClient(server.url, { maxSockets: FUZZ_CONCURRENCY, timeoutMs: FUZZ_REQUEST_TIMEOUT_MS });
    });
    afterAll(async () => {
      client?.close();
      await server?.close();
    });

    // A hang is one request past FUZZ_REQUEST_TIMEOUT_MS; the whole run's time only follows the
    // machine (10,000 requests took over a minute beside a second copy of the suite).
    it(`[${backend}] ${runs} generated requests (seed ${FUZZ_SEED}): no unexpected 5xx, no hang, every error well-formed JSON`, { timeout: 300_000 }, async () => {
      const before = await server.store.counts();
      const cases = fc.sample(fuzzCases(buildApiSchema(), TEST_API_KEY), { seed: FUZZ_SEED, numRuns: runs });
      const started = performance.now();
      const statuses: Record<string, number> = {};
      const codes: Record<string, number> = {};
      const failures = (
        await mapConcurrent(cases, FUZZ_CONCURRENCY, async (c, index) => {
          let res: RawResponse;
          try {
            res = await client.send(c.request);
          } catch (error) {
            return `${describeCase(c, index)}\n  -> no answer: ${(error as Error).message}`;
          }
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (/json/.test(String(res.headers['content-type']))) {
            try {
              for (const e of JSON.parse(res.text).errors ?? []) codes[e?.extensions?.code] = (codes[e?.extensions?.code] ?? 0) + 1;
            } catch {
              // reported by problemWith
            }
          }
          const problem = problemWith(c, res) ?? (res.text.includes('"INTERNAL_SERVER_ERROR"') ? `an INTERNAL_SERVER_ERROR: ${res.text.slice(0, 200)}` : null);
          return problem ? `${describeCase(c, index)}\n  -> ${problem}` : null;
        })
      ).filter((f): f is string => f !== null);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[${backend}] fuzz seed ${FUZZ_SEED}: ${runs} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(statuses)}; error codes ${JSON.stringify(codes)}`,
      );
      // The first few failures of each kind of problem, so one bad kind does not hide the others.
      const byKind = new Map<string, string[]>();
      for (const failure of failures) {
        const key = failure.replace(/^seed \d+ #\d+ /, '').replace(/\n  -> (status \d+|[^:]*).*/s, ' $1').slice(0, 80);
        byKind.set(key, [...(byKind.get(key) ?? []), failure]);
      }
      const shown = [...byKind.values()].flatMap((list) => list.slice(0, 3));
      expect(shown, `${failures.length} of ${runs} requests failed (seed ${FUZZ_SEED})`).toEqual([]);

      // Still serving, and the graph only grew by the articles that valid keys ingested.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const stats = await server.query('{ stats { articles claims } }');
      expect(stats.body.errors).toBeUndefined();
      const after = await server.store.counts();
      expect(after.articles).toBeGreaterThanOrEqual(before.articles);
    });
  });
});
