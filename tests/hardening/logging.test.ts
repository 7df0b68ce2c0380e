// Structured logs (issue 16): one JSON line per request with its id, status, duration, operation
// name and error codes; an internal error is logged with its stack and the request id, while the
// client gets the masked error carrying that id; API keys and article text never reach the log;
// LOG_LEVEL picks what is written.
import { testNlp } from '../support/corenlp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppConfig, type RunningApp, startApp } from '../../src/server/http.js';
import type { GraphStore } from '../../src/store/port.js';
import { openTestStore } from '../support/backends.js';
import { INGEST, evalArticles } from './support/articles.js';

const API_KEY = 'logging-test-key-3f9a1c7e5b2d4680';

interface Logged {
  lines: string[];
  entries: () => Record<string, any>[];
}

/** A real server whose log lines are collected; the store's counts() (behind { stats }) throws a bug. */
async function loggedServer(config: Partial<AppConfig>): Promise<{ app: RunningApp; store: GraphStore; log: Logged }> {
  const base = await openTestStore('embedded');
  const store = Object.create(base, {
    counts: {
      value: async () => {
        throw new TypeError('bug in counts: cannot read properties of undefined');
      },
      writable: true,
      configurable: true,
    },
  }) as GraphStore;
  const lines: string[] = [];
  const app = await startApp({
    store,
    nlp: testNlp(),
    config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'info', API_KEYS: [API_KEY], ...config },
    port: 0,
    host: '127.0.0.1',
    log: (line) => lines.push(line),
  });
  return { app, store: base, log: { lines, entries: () => lines.map((line) => JSON.parse(line)) } };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('request logs', () => {
  let app: RunningApp;
  let store: GraphStore;
  let log: Logged;

  beforeAll(async () => {
    ({ app, store, log } = await loggedServer({}));
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('[embedded] an internal error is logged with its stack and the request id; the client gets the masked error with that id and no stack', async () => {
    const res = await post(app.url, { query: 'query Stats { stats { claims } }', operationName: 'Stats' }, { 'x-api-key': API_KEY });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }]);
    expect(res.text).not.toMatch(/bug in counts|TypeError|at .*\.ts/);

    await expect.poll(() => log.entries().filter((e) => e.reqId === requestId).length, { timeout: 5_000, interval: 20 }).toBe(2);
    const [error, line] = log.entries().filter((e) => e.reqId === requestId);
    expect(error).toMatchObject({ level: 50, msg: 'internal error', operation: 'Stats', path: ['stats'], err: { type: 'TypeError', message: 'bug in counts: cannot read properties of undefined' } });
    expect(error.err.stack).toMatch(/TypeError: bug in counts[\s\S]*\n\s+at /);
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'Stats', errors: ['INTERNAL_SERVER_ERROR'] });
    expect(line.ms).toEqual(expect.any(Number));
  });

  it('[embedded] a client-given x-request-id is kept when plain, replaced when not', async () => {
    const kept = await post(app.url, { query: '{ predicates { name } }' }, { 'x-request-id': 'client-42' });
    expect(kept.headers.get('x-request-id')).toBe('client-42');
    const replaced = await post(app.url, { query: '{ predicates { name } }' }, { 'x-request-id': 'x'.repeat(500) });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => log.entries().some((e) => e.reqId === 'client-42' && e.msg === 'request'), { timeout: 5_000, interval: 20 }).toBe(true);
  });

  it('[embedded] refusals are logged with their error codes; the API key and the article text never appear in the log', async () => {
    const [article] = evalArticles();
    const ingest = await post(app.url, { query: INGEST, variables: { input: article }, operationName: 'Ingest' }, { authorization: `Bearer ${API_KEY}` });
    expect(ingest.status).toBe(200);
    const wrongKey = await post(app.url, { query: INGEST, variables: { input: article } }, { 'x-api-key': `${API_KEY}-wrong` });
    expect(wrongKey.status).toBe(401);
    const ids = [ingest, wrongKey].map((r) => r.headers.get('x-request-id'));
    await expect.poll(() => log.entries().filter((e) => e.msg === 'request' && ids.includes(e.reqId)).length, { timeout: 10_000, interval: 20 }).toBe(2);
    const lines = log.entries().filter((e) => e.msg === 'request' && ids.includes(e.reqId));
    expect(lines[0]).toMatchObject({ status: 200, operation: 'Ingest', errors: [] });
    expect(lines[1]).toMatchObject({ status: 401, operation: 'Ingest', errors: ['UNAUTHENTICATED'] });
    const all = log.lines.join('\n');
    expect(all).not.toContain(API_KEY);
    // No sentence of the article, nor its opening words, is logged.
    for (const sentence of article.text.split(/(?<=\.)\s+/).filter((s) => s.length > 30)) expect(all).not.toContain(sentence.slice(0, 30));
  });
});

describe('LOG_LEVEL', () => {
  it('[embedded] silent writes nothing, info one line per request, debug also a line as each request starts', async () => {
    const counts: Record<string, number> = {};
    for (const level of ['silent', 'info', 'debug'] as const) {
      const { app, store, log } = await loggedServer({ LOG_LEVEL: level });
      try {
        const res = await fetch(`${app.url}/healthz`);
        expect(res.status).toBe(200);
        const id = res.headers.get('x-request-id');
        // A marker request: once its line is written (or, when silent, answered), the first one's are too.
        await fetch(`${app.url}/healthz`);
        if (level !== 'silent') await expect.poll(() => log.entries().filter((e) => e.msg === 'request').length, { timeout: 5_000, interval: 20 }).toBe(2);
        counts[level] = log.entries().filter((e) => e.reqId === id).length;
        if (level === 'debug') expect(log.entries().find((e) => e.reqId === id)).toMatchObject({ level: 20, msg: 'request started', path: '/healthz' });
      } finally {
        await app.close();
        await store.close();
      }
    }
    expect(counts).toEqual({ silent: 0, info: 1, debug: 2 });
  });
});
