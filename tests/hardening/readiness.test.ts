// /readyz follows the store (issue 16): within READY_FRESH_MS of the store going away it answers
// 503, and once queries are served again it answers 200 at once; its answer is cheap (a probe is
// shared and reused for at most READY_FRESH_MS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY_FRESH_MS } from '../../src/server/readiness.js';
import { type RunningApp, startApp } from '../../src/server/http.js';
import { type GraphStore, StoreUnavailableError } from '../../src/store/port.js';
import { openTestStore } from '../support/backends.js';

/** Slack for a busy machine on top of READY_FRESH_MS. */
const SLACK_MS = 500;

describe('/readyz follows the store', () => {
  let base: GraphStore;
  let app: RunningApp;
  let down = false;
  let pings = 0;

  beforeAll(async () => {
    base = await openTestStore('embedded');
    // Every call fails as a lost connection does while `down` is set.
    const store = new Proxy(base, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (property === 'ping') pings++;
          if (down) return Promise.reject(new StoreUnavailableError('connection refused'));
          return value.apply(target, args);
        };
      },
    });
    app = await startApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'silent' }, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await base?.close();
  });

  const readyz = () => fetch(`${app.url}/readyz`).then((r) => r.status);
  const stats = () =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { claims } }"}' }).then((r) => r.json());

  it(`[embedded] answers 503 within ${READY_FRESH_MS} ms of the store going away, and 200 as soon as a query is served again`, async () => {
    expect(await readyz()).toBe(200);
    down = true;
    const wentDown = performance.now();
    await expect.poll(readyz, { timeout: 5_000, interval: 10 }).toBe(503);
    const noticed = performance.now() - wentDown;
    expect(noticed).toBeLessThan(READY_FRESH_MS + SLACK_MS);

    down = false;
    expect((await stats()).errors).toBeUndefined();
    expect(await readyz()).toBe(200); // the query's answer is fresh evidence: no wait for a probe
    console.log(`[embedded] /readyz turned 503 ${noticed.toFixed(0)} ms after the store went away`);
  });

  it('[embedded] a query that finds the store gone turns /readyz 503 at once', async () => {
    expect(await readyz()).toBe(200);
    down = true;
    try {
      expect((await stats()).errors?.[0].extensions.code).toBe('STORE_UNAVAILABLE');
      expect(await readyz()).toBe(503);
    } finally {
      down = false;
    }
  });

  it('[embedded] many /readyz at once share one probe', async () => {
    await expect.poll(async () => {
      const before = pings;
      const answers = await Promise.all(Array.from({ length: 20 }, readyz));
      return { answers: new Set(answers), probes: pings - before };
    }, { timeout: 5_000, interval: READY_FRESH_MS }).toEqual({ answers: new Set([200]), probes: 1 });
  });
});
