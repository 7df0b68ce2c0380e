// End-to-end check of the offline GraphiQL playground in real (Debian) Chromium:
// the page loads from our server only, has one tab per example question (all in sight at
// 1024 px, their questions wrapped in the editor), Monaco's workers start, and running the
// active tab shows a result.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisExamples } from '../../examples/analysis.js';
import { curationExamples } from '../../examples/curation.js';
import { liveExamples } from '../../examples/live.js';
import { questions } from '../../examples/questions.js';
import { FIGHTING } from '../fixtures/statements-about-shushi.js';
import { buildPlayground, playgroundIsCurrent } from '../../tools/build-web.js';
import { launchFreshChromium, type FreshBrowser } from '../support/browser.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { corenlpAvailable } from '../support/corenlp.js';

// The playground's tabs, in order: the example questions, then the live, analysis and curation examples.
const EXAMPLES = [...questions, ...liveExamples, ...analysisExamples, ...curationExamples];

let built: Promise<void> | undefined;

const screenshotFor = (backend: string) => fileURLToPath(new URL(`../../test-artifacts/playground-${backend}.png`, import.meta.url));

describe.each(BACKENDS)('playground [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    let context: BrowserContext;
    let browser: FreshBrowser | undefined;
    const serverLog: string[] = [];

    beforeAll(async () => {
      // Built once per run, when the examples or the page's sources changed since the last build.
      await (built ??= playgroundIsCurrent().then((current) => (current ? undefined : buildPlayground())));
      // CoreNLP on a busy machine may take longer than the default request budget.
      server = await startTestServer(backend, { log: (line) => serverLog.push(line), config: { REQUEST_TIMEOUT_MS: 180_000 } });
      browser = await launchFreshChromium();
      context = browser.context;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`[${backend}] playground runs an example tab offline and shows the graph's answer`, async () => {
      const requests: string[] = [];
      const consoleProblems: string[] = [];
      // Context-level so requests made by workers are seen too.
      context.on('request', (r) => requests.push(r.url()));
      const page: Page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));

      const response = await page.goto(`${server.url}/`);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe('newsgraph playground');

      // One tab per example question, then the live and analysis examples, in order, titled by operation name.
      const tabButtons = page.locator('.graphiql-tab-button');
      await tabButtons.first().waitFor();
      expect(await tabButtons.count()).toBe(EXAMPLES.length);
      const titles = await tabButtons.allTextContents();
      EXAMPLES.forEach((q, i) => {
        const name = firstOperation(q.document.definitions).name?.value;
        if (name) expect(titles[i]).toBe(name);
      });

      const first = questions[0];
      if (!first) throw new Error('examples/questions.ts has no questions');

      // Monaco is loaded lazily; wait for the query editor to show the first question.
      const queryLines = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
      await expect.poll(() => text(queryLines), { timeout: 30_000 }).toContain(first.title);

      await page.locator('.graphiql-execute-button').click();

      // The result should be a successful response for the first question's first field.
      const firstField = firstOperation(first.document.definitions).selectionSet.selections.find(
        (s) => s.kind === Kind.FIELD,
      );
      const responseKey = firstField && firstField.kind === Kind.FIELD ? (firstField.alias ?? firstField.name).value : 'data';
      const resultLines = page.locator('.graphiql-response .monaco-editor .view-lines');
      await expect.poll(() => text(resultLines), { timeout: 30_000 }).toContain(`"${responseKey}"`);
      expect(await text(resultLines)).toContain('"data"');
      expect(await text(resultLines)).not.toContain('"errors"');
      // The first question lists the article's places: Shushi with its gazetteer coordinates.
      await expect.poll(() => text(resultLines), { timeout: 10_000 }).toContain('"Shushi"');
      expect(await text(resultLines)).toContain('39.7583');

      // Syntax colouring: Monaco tokenised the query into several token classes.
      const tokenClasses = await page
        .locator('.graphiql-query-editor .view-lines span[class^="mtk"]')
        .evaluateAll((els) => new Set(els.map((e) => e.className)).size);
      expect(tokenClasses).toBeGreaterThan(2);

      // All three bundled workers were started from our origin (GraphQL + JSON language
      // services and the base editor worker), i.e. MonacoEnvironment.getWorker worked.
      await expect
        .poll(() => page.workers().map((w) => path.basename(new URL(w.url()).pathname).split('-')[0]).sort(), {
          timeout: 15_000,
        })
        .toEqual(expect.arrayContaining(['graphql.worker', 'json.worker']));

      fs.mkdirSync(path.dirname(screenshotFor(backend)), { recursive: true });
      await page.screenshot({ path: screenshotFor(backend) });

      // Offline: nothing may leave 127.0.0.1/localhost (data:/blob: stay in the browser).
      const foreign = requests.filter((u) => {
        const url = new URL(u);
        if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
        return !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      });
      expect(foreign).toEqual([]);
      expect(requests.some((u) => u.endsWith('/graphql'))).toBe(true);

      // Monaco logs "Could not create web worker(s)..." and falls back to the main thread
      // when a worker fails to load; the failed load itself surfaces as an uncaught
      // `pageerror` whose message is just "Event", so every pageerror counts.
      const workerProblems = consoleProblems.filter((m) => /^pageerror|worker|MonacoEnvironment|importScripts/i.test(m));
      expect(workerProblems).toEqual([]);
    }, 120_000);

    it(`[${backend}] a tab chosen while the editors are still loading opens on its own question and variables, and again after a reload`, async () => {
      const index = questions.findIndex((q, i) => i > 0 && q.variables);
      const chosen = questions[index];
      if (!chosen?.variables) throw new Error('examples/questions.ts has no question with variables after the first');
      const page = await context.newPage();
      try {
        // GraphiQL imports Monaco lazily (chunks/monaco-editor-*.js): held back until the tab has been chosen.
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/chunks/monaco-editor-*', async (route) => {
          await released;
          await route.continue();
        });
        await page.goto(`${server.url}/`);
        await page.locator('.graphiql-tab-button').nth(index).click();
        expect(await page.locator('.graphiql-query-editor .monaco-editor').count()).toBe(0);
        release();
        const queryLines = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
        await expect.poll(() => text(queryLines), { timeout: 30_000 }).toContain(chosen.title.slice(0, 40));
        const variableLines = page.locator('.graphiql-editor-tool .monaco-editor .view-lines').first();
        await expect.poll(() => text(variableLines), { timeout: 30_000 }).toContain(String(Object.values(chosen.variables)[0]));
        // Opened again, it is on the same tab with the same text, and no tab was added (GraphiQL
        // appends one when no saved tab has the saved query and variables).
        const tabCount = EXAMPLES.length;
        expect(await page.locator('.graphiql-tab-button').count()).toBe(tabCount);
        // GraphiQL saves the tab state a moment after a change: reloaded once it has.
        const savedActiveTab = () =>
          page.evaluate(() => {
            const key = Object.keys(localStorage).find((k) => k.endsWith('graphiql:tabState'));
            return key ? (JSON.parse(localStorage.getItem(key)!) as { activeTabIndex?: number }).activeTabIndex : undefined;
          });
        await expect.poll(savedActiveTab, { timeout: 30_000 }).toBe(index);
        await page.reload();
        await expect.poll(() => text(queryLines), { timeout: 30_000 }).toContain(chosen.title.slice(0, 40));
        await expect.poll(() => text(variableLines), { timeout: 30_000 }).toContain(String(Object.values(chosen.variables)[0]));
        expect(await page.locator('.graphiql-tab-button').count()).toBe(tabCount);
      } finally {
        await page.close();
      }
    }, 120_000);

    it(`[${backend}] at 1024×768 every example tab is in sight and the longest question wraps inside the editor`, async () => {
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.goto(`${server.url}/`);
        const tabButtons = page.locator('.graphiql-tab-button');
        await tabButtons.first().waitFor();
        expect(await tabButtons.count()).toBe(EXAMPLES.length);
        // Each tab lies inside the window and inside the tab strip (which hides its scrollbar),
        // and is what a click at its centre would hit.
        const placement = await tabButtons.evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            const strip = el.closest('.graphiql-tabs')!.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              inWindow: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
              inStrip: r.left >= strip.left && r.top >= strip.top && r.right <= strip.right && r.bottom <= strip.bottom,
              onTop: !!hit && el.contains(hit),
            };
          }),
        );
        expect(placement).toEqual(EXAMPLES.map(() => ({ inWindow: true, inStrip: true, onTop: true })));

        // The editor opens on the tab the earlier tests left active; once it shows it, another is chosen.
        const editor = page.locator('.graphiql-query-editor .monaco-editor');
        const queryLines = editor.locator('.view-lines');
        await expect.poll(() => text(queryLines), { timeout: 30_000 }).toMatch(/# \S/);
        const longest = EXAMPLES.reduce((a, b) => (b.title.length > a.title.length ? b : a));
        await tabButtons.nth(EXAMPLES.indexOf(longest)).click();
        await expect.poll(() => text(queryLines), { timeout: 30_000 }).toContain(`# ${longest.title}`);
        // Wrapped, the comment takes several rows and no row runs past the editor's right edge.
        const visibleRight = (await editor.locator('.monaco-scrollable-element').first().boundingBox())!;
        const rows = await queryLines.locator('.view-line > span').evaluateAll((els) =>
          els.map((el) => ({ text: el.textContent ?? '', right: el.getBoundingClientRect().right })),
        );
        const commentRows = rows
          .map((r) => r.text.replace(/\u00a0/g, ' ').replace(/^# /, '').trim())
          .filter((t) => t && longest.title.includes(t));
        expect(commentRows.length).toBeGreaterThan(1);
        for (const row of rows) {
          expect(row.right, row.text).toBeLessThanOrEqual(Math.min(visibleRight.x + visibleRight.width, 1024) + 1);
        }
      } finally {
        await page.close();
      }
    }, 120_000);

    it.runIf(corenlpAvailable())(`[${backend}] [corenlp] the live tab subscribes over WebSocket and shows a claim as an article is ingested`, async () => {
      const page: Page = context.pages()[0] ?? (await context.newPage());
      const sockets: string[] = [];
      page.on('websocket', (ws) => sockets.push(ws.url()));
      await page.goto(`${server.url}/`);
      const live = liveExamples[0];
      const liveTab = page.locator('.graphiql-tab-button').nth(questions.length);
      const queryLines = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
      // The tab is clicked once the page is ready (the query editor shows a question), as a user
      // would; a tab chosen earlier is the test above.
      await expect.poll(() => text(queryLines), { timeout: 30_000 }).toMatch(/\S/);
      await liveTab.click();
      await expect.poll(() => text(queryLines), { timeout: 30_000 }).toContain(live.title.slice(0, 40));
      // A click GraphiQL did not take (once, in CI, no socket followed it for 30 s) is given again,
      // but only while the button still offers to execute: a running subscription turns it into
      // Stop, and a second click would end it.
      const execute = page.locator('.graphiql-execute-button');
      let clickedAt = -Infinity;
      await expect
        .poll(
          async () => {
            if (!sockets.length && performance.now() - clickedAt > 5_000 && (await execute.getAttribute('aria-label'))?.startsWith('Execute')) {
              await execute.click();
              clickedAt = performance.now();
            }
            return sockets;
          },
          { timeout: 30_000 },
        )
        .toEqual([`${server.url.replace(/^http/, 'ws')}/graphql`]);
      // Ingested once the server says the subscription has joined its event hub.
      await expect.poll(() => serverLog.filter((l) => JSON.parse(l).msg === 'subscribed').length, { timeout: 30_000 }).toBe(1);
      const res = await server.query(`mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome } }`, { input: FIGHTING });
      expect(res.body.errors).toBeUndefined();
      const resultLines = page.locator('.graphiql-response .monaco-editor .view-lines');
      await expect.poll(() => text(resultLines), { timeout: 30_000 }).toContain('CONTINUES_FIGHTING_IN');
      expect(await text(resultLines)).toContain('"claimAdded"');
      expect(await text(resultLines)).toContain('The battle continues in Shushi');
    }, 180_000);
  });
});

function firstOperation(defs: readonly { kind: Kind }[]): OperationDefinitionNode {
  const op = defs.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('example question has no operation');
  return op;
}

/** Monaco renders spaces as U+00A0; normalise so plain substrings match. */
async function text(loc: ReturnType<Page['locator']>): Promise<string> {
  return ((await loc.textContent()) ?? '').replace(/\u00a0/g, ' ');
}
