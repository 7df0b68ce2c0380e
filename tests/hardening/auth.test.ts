// Writes need credentials (issue 6.2): mutations need one of API_KEYS as `Authorization: Bearer`
// or `x-api-key`; a missing or wrong key is UNAUTHENTICATED (401) and writes nothing; without
// API_KEYS mutations are refused with a message saying to set it; reads are public unless
// REQUIRE_AUTH_FOR_READS=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyCheck, presentedKey } from '../../src/server/auth.js';
import { HeaderMap } from '@apollo/server';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { INGEST, evalArticles, fingerprint } from './support/articles.js';

const KEY_A = 'key-a-5f0c9e2d7b41a8c3e6';
const KEY_B = 'key-b-0123456789abcdefXYZ';

describe('API key checks', () => {
  it('accept exactly the configured keys, whatever their lengths, and nothing near them', () => {
    const check = createKeyCheck([KEY_A, KEY_B]);
    expect(check(KEY_A)).toBe(true);
    expect(check(KEY_B)).toBe(true);
    for (const wrong of ['', KEY_A.slice(0, -1), `${KEY_A}x`, KEY_A.toUpperCase(), ` ${KEY_A}`, KEY_B.slice(1), 'x'.repeat(10_000)]) {
      expect(check(wrong), JSON.stringify(wrong.slice(0, 30))).toBe(false);
    }
    expect(createKeyCheck([])(KEY_A)).toBe(false);
  });

  it('read the key from "Authorization: Bearer <key>" first, else from x-api-key', () => {
    expect(presentedKey(new HeaderMap([['authorization', `Bearer ${KEY_A}`]]))).toBe(KEY_A);
    expect(presentedKey(new HeaderMap([['authorization', `bearer   ${KEY_A}  `]]))).toBe(KEY_A);
    expect(presentedKey(new HeaderMap([['x-api-key', KEY_B]]))).toBe(KEY_B);
    expect(presentedKey(new HeaderMap([['authorization', `Bearer ${KEY_A}`], ['x-api-key', KEY_B]]))).toBe(KEY_A);
    expect(presentedKey(new HeaderMap([['authorization', `Basic ${Buffer.from('u:p').toString('base64')}`]]))).toBeUndefined();
    expect(presentedKey(new HeaderMap([['authorization', 'Bearer']]))).toBeUndefined();
    expect(presentedKey(new HeaderMap())).toBeUndefined();
  });

  it('configuration refuses short keys without printing them, and REQUIRE_AUTH_FOR_READS without keys', () => {
    const secret = 'short-secret';
    let message = '';
    try {
      loadConfig({ API_KEYS: `${KEY_A},${secret}` });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`API_KEYS=\\(hidden: 2 values of ${KEY_A.length}, ${secret.length} characters\\): expected .* at least 16`));
    expect(message).not.toContain(secret);
    expect(message).not.toContain(KEY_A);
    expect(() => loadConfig({ REQUIRE_AUTH_FOR_READS: 'true' })).toThrow(/REQUIRE_AUTH_FOR_READS=true needs API_KEYS/);
    expect(loadConfig({ API_KEYS: ` ${KEY_A} , ${KEY_B} ` }).API_KEYS).toEqual([KEY_A, KEY_B]);
  });
});

describe.each(BACKENDS)('mutations need an API key (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    const [article, second] = evalArticles();

    beforeAll(async () => {
      server = await startTestServer(backend, { config: { API_KEYS: [KEY_A, KEY_B] } });
    });
    afterAll(async () => {
      await server?.close();
    });

    const MISSING = /Authorization: Bearer <key>.*x-api-key/;
    const INVALID = /API key is not valid/;
    it.each<{ case: string; headers: Record<string, string>; message: RegExp }>([
      { case: 'no key', headers: {}, message: MISSING },
      { case: 'Basic credentials', headers: { authorization: `Basic ${Buffer.from(`user:${KEY_A}`).toString('base64')}` }, message: MISSING },
      { case: 'a wrong x-api-key', headers: { 'x-api-key': 'not-the-key-at-all-000' }, message: INVALID },
      { case: 'a wrong bearer token', headers: { authorization: 'Bearer not-the-key-at-all-000' }, message: INVALID },
      { case: 'a key with one character more', headers: { authorization: `Bearer ${KEY_A}0` }, message: INVALID },
      { case: 'a key one character short', headers: { 'x-api-key': KEY_B.slice(0, -1) }, message: INVALID },
    ])(`[${backend}] $case: UNAUTHENTICATED (401) and the store is unchanged`, async ({ headers, message }) => {
      const before = await fingerprint(server.store);
      const res = await server.query(INGEST, { input: article }, { apiKey: null, headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0].message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toContain(KEY_A);
      expect(await fingerprint(server.store)).toEqual(before);
    });

    it(`[${backend}] a mutation sent by GET is refused (405) and writes nothing, even with a key`, async () => {
      const before = await fingerprint(server.store);
      const search = new URLSearchParams({ query: INGEST, variables: JSON.stringify({ input: article }) });
      const res = await fetch(`${server.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', 'x-api-key': KEY_A } });
      expect(res.status).toBe(405);
      expect(await fingerprint(server.store)).toEqual(before);
    });

    it(`[${backend}] the mutation of a two-operation document, picked by operationName, still needs the key`, async () => {
      const before = await fingerprint(server.store);
      const document = `query Read { stats { claims } } ${INGEST}`;
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName: 'Ingest', variables: { input: article } }),
      });
      expect(res.status).toBe(401);
      expect(await fingerprint(server.store)).toEqual(before);
    });

    it(`[${backend}] a valid key as a bearer token, or the other key as x-api-key, lets the mutation write`, async () => {
      const before = await server.store.counts();
      const viaBearer = await server.query(INGEST, { input: article }, { apiKey: null, headers: { authorization: `Bearer ${KEY_A}` } });
      expect(viaBearer.body.errors).toBeUndefined();
      expect(viaBearer.body.data?.ingestArticle.outcome).toBe('CREATED');
      const viaHeader = await server.query(INGEST, { input: second }, { apiKey: KEY_B });
      expect(viaHeader.body.errors).toBeUndefined();
      expect(viaHeader.body.data?.ingestArticle.outcome).toBe('CREATED');
      const after = await server.store.counts();
      expect(after.articles).toBe(before.articles + 2);
    });

    it(`[${backend}] reads need no key`, async () => {
      const res = await server.query('{ stats { articles } }', undefined, { apiKey: null });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });
  });
});

describe('servers without keys, and with keys for reads too', () => {
  let open: TestServer;
  let closed: TestServer;

  beforeAll(async () => {
    open = await startTestServer('embedded', { seed: false, config: { API_KEYS: [] } });
    closed = await startTestServer('embedded', { seed: false, config: { API_KEYS: [KEY_A], REQUIRE_AUTH_FOR_READS: true } });
  });
  afterAll(async () => {
    await open?.close();
    await closed?.close();
  });

  it('[embedded] with no API_KEYS configured a mutation is refused, saying to set API_KEYS, and nothing is written', async () => {
    const before = await fingerprint(open.store);
    const res = await open.query(INGEST, { input: evalArticles()[0] }, { apiKey: KEY_A });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toMatch(/no API keys are configured\. Set API_KEYS/);
    expect(await fingerprint(open.store)).toEqual(before);
    expect((await open.query('{ stats { articles } }', undefined, { apiKey: null })).status).toBe(200);
  });

  it('[embedded] REQUIRE_AUTH_FOR_READS=true: a query without a key is UNAUTHENTICATED; with the key it is served; health stays open', async () => {
    const refused = await closed.query('{ stats { articles } }', undefined, { apiKey: null });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.body.errors?.[0].message).toMatch(/^Queries need an API key/);
    const wrong = await closed.query('{ stats { articles } }', undefined, { apiKey: 'wrong-key-wrong-key-0' });
    expect(wrong.status).toBe(401);
    const served = await closed.query('{ stats { articles } }', undefined, { apiKey: KEY_A });
    expect(served.status).toBe(200);
    expect(served.body.errors).toBeUndefined();
    expect((await fetch(`${closed.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${closed.url}/readyz`)).status).toBe(200);
  });
});
