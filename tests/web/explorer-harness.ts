// What the explorer's browser tests share: the server (createApp's handler behind the explorer
// handler over a seeded store, as src/server/http.ts will compose them once the explorer is wired
// in) and what the page shows of cytoscape's graph.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { seedStore } from '../../src/ingest/seed.js';
import type { GraphBatch } from '../../src/model/records.js';
import { createExplorerHandler } from '../../src/server/explorer.js';
import { type AppConfig, createApp } from '../../src/server/http.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { openTestStore } from '../support/backends.js';
import { launchFreshChromium, type FreshBrowser } from '../support/browser.js';
import { buildExplorer, explorerIsCurrent } from '../../tools/build-explorer.js';

export interface ExplorerServer {
  url: string;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * createApp's handler behind the explorer handler, on a loopback port, over a seeded store (and
 * `extra`); `config` adds to the test settings (API_KEYS, for tests that curate).
 */
export async function startExplorerServer(backend: StoreBackend, extra?: GraphBatch, config: Partial<AppConfig> = {}): Promise<ExplorerServer> {
  const store: GraphStore = await openTestStore(backend);
  await seedStore(store);
  if (extra) await store.upsert(extra);
  const { handler, apollo } = await createApp({ store, config: { CORS_ORIGINS: ['*'], LOG_LEVEL: 'silent', ...config } });
  const explorer = createExplorerHandler();
  const server = http.createServer((req, res) => {
    if (!explorer(req, res)) handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await store.close();
    },
  };
}

export interface ExplorerBrowser {
  browser: FreshBrowser;
  page: Page;
  /** Every URL any page of the browser asked for. */
  requests: string[];
  /** Console errors and warnings (a CSP violation is one), and uncaught errors. */
  problems: string[];
}

export async function openExplorerBrowser(): Promise<ExplorerBrowser> {
  const browser = await launchFreshChromium();
  const requests: string[] = [];
  const problems: string[] = [];
  // Context-level, so every request of every page is seen.
  browser.context.on('request', (r) => requests.push(r.url()));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { browser, page, requests, problems };
}

/** What every explorer browser test starts with: the bundle built if stale, a seeded server, a fresh browser. */
export async function startExplorer(
  backend: StoreBackend,
  extra?: GraphBatch,
  config?: Partial<AppConfig>,
): Promise<{ server: ExplorerServer; browser: ExplorerBrowser; page: Page }> {
  if (!explorerIsCurrent()) await buildExplorer();
  const server = await startExplorerServer(backend, extra, config);
  const browser = await openExplorerBrowser();
  return { server, browser, page: browser.page };
}

export async function stopExplorer(server: ExplorerServer | undefined, browser: ExplorerBrowser | undefined): Promise<void> {
  await browser?.browser.close();
  await server?.close();
}

/** Requests that left the machine: anything but 127.0.0.1/localhost (data: and blob: stay in the browser). */
export function foreign(requests: readonly string[]): string[] {
  return requests.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  });
}

/** Ids of the nodes and edges cytoscape draws (not hidden by a filter), sorted. */
export function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    const ids = (sel: string) => cy.elements(sel).map((e: any) => e.id()).sort();
    return { nodes: ids('node:visible'), edges: ids('edge:visible') };
  });
}

export async function graphCount(page: Page): Promise<{ nodes: number; edges: number }> {
  const el = page.getByTestId('graph-count');
  return {
    nodes: Number(await el.getAttribute('data-nodes')),
    edges: Number(await el.getAttribute('data-edges')),
  };
}

/** Gives the key in `scope`'s key field, unless this browser session already has one. */
export async function enterKey(scope: Locator, key: string): Promise<void> {
  const field = scope.getByTestId('api-key-field');
  await field.or(scope.getByTestId('api-key-set')).first().waitFor();
  if (!(await field.isVisible())) return;
  await field.getByLabel('API key').fill(key);
  await field.getByRole('button', { name: 'Use key' }).click();
  await scope.getByTestId('api-key-set').waitFor();
}
