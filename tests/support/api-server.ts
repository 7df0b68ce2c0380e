// A real server on a loopback port over a freshly seeded store, for end-to-end tests over HTTP.
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { seedStore } from '../../src/ingest/seed.js';
import { startApp } from '../../src/server/http.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { openTestStore } from './backends.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[] };
}

export interface TestServer {
  url: string;
  store: GraphStore;
  /** POST a query; `document` may be a string or a parsed document. */
  query<T = Record<string, any>>(document: string | DocumentNode, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestServer(backend: StoreBackend, options: { seed?: boolean; store?: GraphStore } = {}): Promise<TestServer> {
  const store = options.store ?? (await openTestStore(backend));
  if (options.seed ?? true) await seedStore(store);
  const app = await startApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'silent' }, port: 0, host: '127.0.0.1' });
  return {
    url: app.url,
    store,
    async query(document, variables) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
