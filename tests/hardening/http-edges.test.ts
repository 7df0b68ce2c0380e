// HTTP edges the fuzzer found or the hardening added: requests Node's parser refuses are answered
// as JSON; lone UTF-16 surrogates are refused whole; a client hanging up mid-upload costs nothing; and close() drains: in-flight answers carry
// `connection: close`, new connections are refused.
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/server/http.js';
import type { GraphStore } from '../../src/store/port.js';
import { openTestStore } from '../support/backends.js';

/** Writes raw bytes on a new connection and resolves with everything the server sends back. */
function rawExchange(port: number, bytes: string, { end = true } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => (end ? socket.end(bytes) : socket.write(bytes)));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
  });
}

describe('HTTP edges', () => {
  let store: GraphStore;
  let app: RunningApp;
  let port: number;
  // At debug level the server logs each request as it starts: the sign a request reached it.
  const lines: string[] = [];
  const started = () => lines.filter((line) => JSON.parse(line).msg === 'request started').length;

  beforeAll(async () => {
    store = await openTestStore('embedded');
    app = await startApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'debug' }, port: 0, host: '127.0.0.1', log: (line) => lines.push(line) });
    port = Number(new URL(app.url).port);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.each([
    ['an unknown method', 'FOO /graphql HTTP/1.1\r\nhost: x\r\n\r\n'],
    ['a malformed request line', 'GET /graphql HTTP/9\r\n\r\n'],
    ['a header without a colon', 'GET /graphql HTTP/1.1\r\nhost x\r\n\r\n'],
  ])('[embedded] %s is answered 400 with a JSON error, not a bare status line', async (_, request) => {
    const answer = await rawExchange(port, request);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/content-type: application\/json/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
  });

  it('[embedded] a lone surrogate in a variable or the query is refused whole: 400 BAD_REQUEST, not stored as U+FFFD', async () => {
    for (const body of ['{"query":"query ($t: String!) { search(text: $t) { id } }","variables":{"t":"x\\ud800"}}', '{"query":"{ search(text: \\"\\udc00\\") { id } }"}']) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
      const json = await res.json();
      expect(json.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
      expect(json.errors[0].message).toMatch(/not valid Unicode/);
    }
    // A well-formed pair (an emoji) is fine.
    const ok = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"query ($t: String!) { search(text: $t) { id } }","variables":{"t":"\\ud83d\\ude00"}}',
    });
    expect(ok.status).toBe(200);
  });

  it('[embedded] a client that hangs up halfway through its body leaves the server serving', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"query":';
    const accepted = once(app.server, 'connection') as Promise<[net.Socket]>;
    const before = started();
    const socket = net.connect(port, '127.0.0.1');
    const [serverSide] = await accepted;
    socket.write(head);
    // The server is reading the body when the client goes.
    await expect.poll(started, { timeout: 5_000, interval: 5 }).toBe(before + 1);
    const closed = once(serverSide, 'close');
    socket.destroy();
    await closed;
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(200);
  });
});

describe('close() drains', () => {
  it('[embedded] the request in flight is answered with connection: close; a new connection is refused; close() resolves once it is done', async () => {
    const base = await openTestStore('embedded');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // counts() (behind { stats }) waits for the gate: a request held in flight.
    let entered!: () => void;
    const inCounts = new Promise<void>((resolve) => (entered = resolve));
    const store = Object.create(base, {
      counts: { value: async () => (entered(), await gate, base.counts()), writable: true, configurable: true },
    }) as GraphStore;
    const app = await startApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'silent' }, port: 0, host: '127.0.0.1' });
    try {
      const port = Number(new URL(app.url).port);
      const inFlight = rawExchange(port, 'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 28\r\n\r\n{"query":"{ stats { claims } }"}'.replace('28', String(Buffer.byteLength('{"query":"{ stats { claims } }"}'))), { end: false });
      await inCounts; // the request is in flight
      let closed = false;
      const closing = app.close(5_000).then((r) => ((closed = true), r));
      const newConnection = () => rawExchange(port, 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n').then(() => 'answered', (error: NodeJS.ErrnoException) => error.code ?? error.message);
      await expect.poll(newConnection, { timeout: 5_000, interval: 10 }).toBe('ECONNREFUSED');
      expect(closed).toBe(false);
      release();
      const answer = await inFlight; // the server closes the connection after answering
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(answer.toLowerCase()).toContain('connection: close');
      expect(await closing).toEqual({ cutConnections: 0 });
    } finally {
      release();
      await base.close();
    }
  });
});
