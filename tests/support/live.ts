// Subscriptions in API tests: a real graphql-ws client (the `ws` package as its socket), what a
// subscription has received so far, and polling with a deadline for it.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './api-server.js';

/** Polls `check` until it holds, failing with `what` after `ms`. */
export async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A lazy client of the server's WebSocket endpoint that never retries. */
export function wsClient(server: TestServer, connectionParams?: Record<string, unknown>): Client {
  return createClient({ url: server.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
}

/** Collects a subscription's results (or its error) as they arrive. */
export function collect(client: Client, query: string, variables?: Record<string, unknown>) {
  const results: any[] = [];
  let error: unknown;
  let done = false;
  const dispose = client.subscribe({ query, variables }, { next: (r) => results.push(r), error: (e) => ((error = e), (done = true)), complete: () => (done = true) });
  return { results, dispose, get error() { return error; }, get done() { return done; } };
}
