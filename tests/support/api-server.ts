// A real server on a loopback port over a freshly seeded store, for end-to-end tests over HTTP.
import { afterAll, beforeAll } from 'vitest';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import type { Annotator } from '../../src/ingest/ingest.js';
import { seedStore } from '../../src/ingest/seed.js';
import { type AppConfig, startApp } from '../../src/server/http.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { openTestStore } from './backends.js';
import { corenlpAvailable, testNlp } from './corenlp.js';

/**
 * The API key test servers accept unless a test configures its own API_KEYS; `query()` sends it,
 * so tests that ingest keep working now that mutations need a key.
 */
export const TEST_API_KEY = 'test-api-key-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[] };
}

export interface QueryOptions {
  /** Extra request headers (e.g. authorization). */
  headers?: Record<string, string>;
  /** The key sent as `x-api-key`: TEST_API_KEY by default, null to send none. */
  apiKey?: string | null;
}

export interface TestServer {
  url: string;
  store: GraphStore;
  /** POST a query; `document` may be a string or a parsed document. */
  query<T = Record<string, any>>(document: string | DocumentNode, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * `nlp` is the NLP service the ingest mutation uses: the run's real CoreNLP by default when there
 * is one; otherwise the server's own default (CORENLP_URL, or CoreNLP started on first ingest).
 */
export async function startTestServer(
  backend: StoreBackend,
  options: { seed?: boolean; store?: GraphStore; config?: Partial<AppConfig>; nlp?: Annotator; log?: (line: string) => void } = {},
): Promise<TestServer> {
  const store = options.store ?? (await openTestStore(backend));
  if (options.seed ?? true) await seedStore(store);
  const nlp = options.nlp ?? (corenlpAvailable() ? testNlp() : undefined);
  const app = await startApp({
    store,
    ...(nlp ? { nlp } : {}),
    config: { CORS_ORIGINS: ['*'], LOG_LEVEL: options.log ? 'info' : 'silent', API_KEYS: [TEST_API_KEY], ...options.config },
    ...(options.log ? { log: options.log } : {}),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    url: app.url,
    store,
    async query(document, variables, queryOptions = {}) {
      const apiKey = queryOptions.apiKey === undefined ? TEST_API_KEY : queryOptions.apiKey;
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(apiKey !== null ? { 'x-api-key': apiKey } : {}), ...queryOptions.headers },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * The server of a describe block: started before its tests, closed after them. Use it where the
 * block needs nothing else set up first; the returned object answers once the tests run.
 */
export function useTestServer(backend: StoreBackend, options: Parameters<typeof startTestServer>[1] = {}): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(backend, options);
  });
  afterAll(async () => {
    await current?.close();
  });
  const live = (): TestServer => {
    if (!current) throw new Error('the test server is used outside its describe block (it starts in beforeAll)');
    return current;
  };
  return {
    get url() {
      return live().url;
    },
    get store() {
      return live().store;
    },
    query: (document, variables, queryOptions) => live().query(document, variables, queryOptions),
    close: () => live().close(),
  };
}

