// End-to-end check of the analyst explorer (/explore) in real (Debian) Chromium, on both
// store backends: search in any spelling, expand, read a claim's evidence highlighted in its
// article, find a path, filter the timeline, restore the state from the URL, stay legible
// (Fit's zoom limits, labels by level of detail, refit at 1024 px), filter the graph by kind
// and status, and never leave localhost (the server: see explorer-harness.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema.js';
import { TIMELINE_FIRST } from '../../src/web/explorer/api.js';
import { DETAIL_ZOOM, FIT_MAX_ZOOM, FIT_MIN_ZOOM, HUB_COUNT, HUB_MIN_DEGREE } from '../../src/web/explorer/legibility.js';
import { OPERATIONS } from '../../src/web/explorer/queries.js';
import { buildExplorer, explorerIsCurrent } from '../../tools/build-explorer.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import {
  drawn,
  foreign,
  graphCount,
  openExplorerBrowser,
  startExplorerServer,
  type ExplorerBrowser,
  type ExplorerServer,
} from './explorer-harness.js';

const artifact = (name: string) => fileURLToPath(new URL(`../../test-artifacts/${name}`, import.meta.url));
const DOCS_SCREENSHOT = fileURLToPath(new URL('../../docs/explorer.png', import.meta.url));

const SHUSHI = 'place:shushi';
const STEPANAKERT = 'place:stepanakert';
const ALIYEV = 'actor:ilham-aliyev';
const OVERLOOKS = 'claim:ap-2020-11-09-shushi-helicopter:shushi-overlooks-stepanakert';
const ALIYEV_CLAIM = 'claim:ap-2020-11-09-shushi-helicopter:aliyev-claims-azerbaijani-forces-took-shushi';
const POGOSIAN_CLAIM = 'claim:ap-2020-11-09-shushi-helicopter:pogosian-confirms-azerbaijani-forces-took-shushi';
/** Expanded together, these draw a picture (over 20 nodes) too big to fit at a readable zoom. */
const CROWD = [
  SHUSHI,
  'place:nagorno-karabakh',
  STEPANAKERT,
  'actor:azerbaijani-forces',
  'actor:azerbaijan',
  ALIYEV,
  'place:armenia',
  'place:stepanakert-armenia-main-road',
];

describe.each(BACKENDS)('explorer [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let page: Page;
    let browser: ExplorerBrowser | undefined;
    let requests: string[];
    let problems: string[];

    beforeAll(async () => {
      if (!explorerIsCurrent()) await buildExplorer();
      server = await startExplorerServer(backend);
      browser = await openExplorerBrowser();
      ({ page, requests, problems } = browser);
    }, 120_000);

    afterAll(async () => {
      await browser?.browser.close();
      await server?.close();
    });

    it(`[${backend}] every explorer query is a valid named operation of the schema`, () => {
      const schema = buildApiSchema();
      for (const [name, source] of Object.entries(OPERATIONS)) {
        const doc = parse(source);
        const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        expect(ops.map((o) => o.name?.value)).toEqual([name]);
        expect(validate(schema, doc).map((e) => e.message), name).toEqual([]);
      }
    });

    it(`[${backend}] /explore serves the page and its assets, and nothing outside the bundle`, async () => {
      const page_ = await fetch(`${server.url}/explore`);
      expect(page_.status).toBe(200);
      expect(page_.headers.get('content-type')).toContain('text/html');
      expect(page_.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const html = await page_.text();
      expect(html).toContain('<title>newsgraph explorer</title>');
      const assets = [...html.matchAll(/(?:src|href)="(\/explore\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets).toHaveLength(2);
      for (const a of assets) {
        const res = await fetch(server.url + a);
        expect(res.status, a).toBe(200);
        expect(res.headers.get('cache-control')).toContain('immutable');
      }
      expect((await fetch(`${server.url}/explore/`)).status).toBe(200);
      // Sent raw: fetch would resolve the dots before they reach the server.
      for (const bad of [
        '/explore/assets/../manifest.json',
        '/explore/assets/%2e%2e/index.html',
        '/explore/assets/..%2fmanifest.json',
        '/explore/assets/.hidden',
        '/explore/assets/nope.js',
      ]) {
        expect(await rawStatus(server.url, bad), bad).toBe(404);
      }
      // Everything else still reaches the API's handler.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it(`[${backend}] search "Shusha" finds Shushi, grouped by kind; the keyboard opens it; double-click expands it`, async () => {
      const response = await page.goto(`${server.url}/explore`);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe('newsgraph explorer');

      // "/" focuses the search box.
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('/');
      await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Shusha');

      const results = page.getByTestId('search').getByRole('listbox');
      const shushi = results.locator(`[role=group][data-kind=PLACE] [role=option][data-entity-id="${SHUSHI}"]`);
      await shushi.waitFor();
      expect(await shushi.textContent()).toContain('Shushi');
      // Grouped by kind, places first: the event "Capture of Shushi" sits in its own group.
      const groups = await results.locator('[role=group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
      expect(groups[0]).toBe('PLACE');
      expect(groups).toEqual([...new Set(groups)]);

      // Arrow keys move the active option; Enter opens it.
      const activeEntity = () =>
        search.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.dataset.entityId);
      expect(await activeEntity()).toBe(SHUSHI);
      if ((await results.getByRole('option').count()) > 1) {
        await page.keyboard.press('ArrowDown');
        expect(await activeEntity()).not.toBe(SHUSHI);
        await page.keyboard.press('ArrowUp');
      }
      expect(await activeEntity()).toBe(SHUSHI);
      await page.keyboard.press('Enter');

      const heading = page.locator('#details-heading');
      // The first details on a fresh Neo4j plans its statements: allow it the time the graph expansion below gets.
      await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Shushi');
      await expect.poll(() => heading.getAttribute('data-entity-id')).toBe(SHUSHI);
      // Coordinates with their source.
      expect(await page.getByTestId('coordinates').textContent()).toMatch(/39\.\d+° N, 46\.\d+° E.*source: /);
      expect(await graphCount(page)).toEqual({ nodes: 1, edges: 0 });

      // A lone node sits in the middle of the canvas: double-clicking it expands it (the
      // details panel's "Expand" button does the same).
      expect(await page.getByTestId('details').getByRole('button', { name: 'Expand', exact: true }).count()).toBe(1);
      const canvas = page.locator('.graph-canvas');
      const box = (await canvas.boundingBox())!;
      await canvas.dblclick({ position: { x: box.width / 2, y: box.height / 2 } });
      const hood = (
        await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id } edges { claim { id } } } }`, {
          id: SHUSHI,
        })
      ).neighborhood;
      expect(hood.nodes.length).toBeGreaterThan(1);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: hood.nodes.length, edges: hood.edges.length });
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`exp=${SHUSHI}`);
      expect(await page.getByTestId('details').getByRole('button', { name: 'Expand again', exact: true }).count()).toBe(1);
    }, 120_000);

    it(`[${backend}] the evidence of "Shushi overlooks Stepanakert" is highlighted at its offsets in the article`, async () => {
      const claimItem = page.locator(`li.claim[data-claim-id="${OVERLOOKS}"]`);
      expect(await claimItem.getAttribute('data-predicate')).toBe('OVERLOOKS');
      await claimItem.getByRole('button', { name: /^Evidence/ }).click();

      const view = page.getByTestId('evidence-view');
      await view.waitFor();
      expect(await view.getAttribute('data-claim-id')).toBe(OVERLOOKS);
      const mark = view.getByTestId('evidence-highlight');
      await mark.waitFor();

      const claim = (
        await server.query(`query ($id: ID!) { claim(id: $id) { evidence { quote start end article { text } } } }`, { id: OVERLOOKS })
      ).claim;
      const ev = claim.evidence[0];
      expect(ev.quote).toBe(ev.article.text.slice(ev.start, ev.end));
      expect(await mark.textContent()).toBe(ev.quote);
      expect(await mark.evaluate((m) => m.tagName)).toBe('MARK');
      expect(await mark.getAttribute('data-start')).toBe(String(ev.start));
      // The whole article is shown, the mark sitting exactly at [start, end).
      const articleText = view.locator('.article-text');
      const shown = (await articleText.textContent()) ?? '';
      expect(shown).toBe(ev.article.text);
      expect(await mark.evaluate((m) => {
        const range = document.createRange();
        range.setStart(m.closest('.article-text')!, 0);
        range.setEndBefore(m);
        return range.toString().length;
      })).toBe(ev.start);
      // Scrolled into view inside the article.
      await expect.poll(() => isInside(mark, articleText)).toBe(true);

      // Escape closes the evidence view.
      await page.keyboard.press('Escape');
      await expect.poll(() => view.count()).toBe(0);

      // Confirming claims are links that open in the evidence view.
      const aliyev = page.locator(`li.claim[data-claim-id="${ALIYEV_CLAIM}"]`);
      await aliyev.locator(`[data-relation=confirmedBy] button[data-claim-id="${POGOSIAN_CLAIM}"]`).click();
      await expect.poll(() => view.getAttribute('data-claim-id')).toBe(POGOSIAN_CLAIM);
      const pogosian = (
        await server.query(`query ($id: ID!) { claim(id: $id) { evidence { quote } confirms { id } } }`, { id: POGOSIAN_CLAIM })
      ).claim;
      await expect.poll(() => view.getByTestId('evidence-highlight').textContent()).toBe(pogosian.evidence[0].quote);
      // ... and from there back to the claim it confirms.
      await view.locator(`[data-relation=confirms] button[data-claim-id="${ALIYEV_CLAIM}"]`).click();
      await expect.poll(() => view.getAttribute('data-claim-id')).toBe(ALIYEV_CLAIM);
      await view.getByRole('button', { name: '← Back' }).click();
      await expect.poll(() => view.getAttribute('data-claim-id')).toBe(POGOSIAN_CLAIM);
      await view.getByRole('button', { name: /close evidence/i }).click();
      await expect.poll(() => view.count()).toBe(0);
    }, 120_000);

    it(`[${backend}] the path from Ilham Aliyev to Stepanakert is listed step by step and highlighted`, async () => {
      await choose(page, 'path-from', 'From', 'Ilham Aliyev', ALIYEV);
      await choose(page, 'path-to', 'To', 'Stepanakert', STEPANAKERT);
      await page.getByRole('button', { name: 'Find path' }).click();

      const expected = (
        await server.query(
          `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { hops nodes { id } steps { from { id } to { id } claim { id } } } }`,
          { from: ALIYEV, to: STEPANAKERT },
        )
      ).path;
      expect(expected).not.toBeNull();

      const steps = page.getByTestId('path-step');
      await expect.poll(() => steps.count(), { timeout: 15_000 }).toBe(expected.hops);
      const shown = await steps.evaluateAll((els) =>
        els.map((e) => ({ from: e.getAttribute('data-from'), to: e.getAttribute('data-to'), claim: e.getAttribute('data-claim-id') })),
      );
      expect(shown).toEqual(expected.steps.map((s: any) => ({ from: s.from.id, to: s.to.id, claim: s.claim.id })));
      expect(shown[0]!.from).toBe(ALIYEV);
      expect(shown[shown.length - 1]!.to).toBe(STEPANAKERT);
      // The chain reads from Ilham Aliyev to Stepanakert.
      expect(((await steps.first().locator('.claim-triple').textContent()) ?? '').trim()).toMatch(/^Ilham Aliyev\b/);
      expect(((await steps.last().locator('.claim-triple').textContent()) ?? '').trim()).toMatch(/\bStepanakert$/);
      // Every step shows its claim's status.
      expect(await steps.locator('.status-badge').count()).toBe(expected.hops);
      // The status line tells of the path, not of an earlier expansion.
      const status = page.locator('.graph-status');
      await expect.poll(() => status.textContent()).toBe(`Path from Ilham Aliyev to Stepanakert: ${expected.hops} claims.`);
      // The path's entities are now in the graph.
      await expect.poll(async () => (await graphCount(page)).nodes).toBeGreaterThanOrEqual(expected.nodes.length);

      // A step's evidence opens in the same view.
      await steps.first().getByRole('button', { name: /^Evidence/ }).click();
      const view = page.getByTestId('evidence-view');
      await expect.poll(() => view.getAttribute('data-claim-id')).toBe(expected.steps[0].claim.id);
      await view.getByTestId('evidence-highlight').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => view.count()).toBe(0);
    }, 120_000);

    it(`[${backend}] the timeline lists dated events and filters to the selection`, async () => {
      const ids = async (about: string | null) => {
        const { timeline } = await server.query(`query ($id: ID) { timeline(about: $id, first: 100) { totalCount edges { node { id } } } }`, { id: about });
        expect(timeline.totalCount).toBe(timeline.edges.length);
        return timeline.edges.map((e: { node: { id: string } }) => e.node.id);
      };
      const all = await ids(null);
      const about = await ids(SHUSHI);
      // The explorer's first page holds every event of the seed graph.
      expect(all.length).toBeLessThanOrEqual(TIMELINE_FIRST);
      const items = page.getByTestId('timeline').locator('[data-entity-id]');
      const shown = () => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')));
      await expect.poll(shown).toEqual(all);
      expect(await page.getByTestId('timeline').locator('time').count()).toBeGreaterThan(0);

      const toggle = page.getByRole('checkbox', { name: /Only events about the selection/ });
      await toggle.check();
      await expect.poll(shown).toEqual(about);
      expect(about.length).toBeLessThan(all.length);
      await toggle.uncheck();
      await expect.poll(shown).toEqual(all);
    }, 120_000);

    it(`[${backend}] reloading restores selection, expansion and path from the URL; nothing leaves localhost`, async () => {
      const before = await graphCount(page);
      const hash = await page.evaluate(() => window.location.hash);
      expect(hash).toContain(`sel=${SHUSHI}`);
      expect(hash).toContain(`from=${ALIYEV}`);
      expect(hash).toContain(`to=${STEPANAKERT}`);

      await page.reload();
      const heading = page.locator('#details-heading');
      await expect.poll(() => heading.getAttribute('data-entity-id'), { timeout: 15_000 }).toBe(SHUSHI);
      expect(await heading.textContent()).toBe('Shushi');
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual(before);
      await expect.poll(() => page.getByTestId('path-step').count()).toBeGreaterThan(0);
      expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Ilham Aliyev');
      expect(await page.getByRole('combobox', { name: 'To' }).inputValue()).toBe('Stepanakert');

      // Let the layout settle, then keep a picture.
      await page.waitForTimeout(300);
      fs.mkdirSync(path.dirname(artifact('x')), { recursive: true });
      await page.screenshot({ path: artifact(`explorer-${backend}.png`) });
      if (backend === 'embedded') {
        fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
        await page.screenshot({ path: DOCS_SCREENSHOT });
      }

      // Offline: nothing may leave 127.0.0.1/localhost.
      expect(foreign(requests)).toEqual([]);
      expect(requests.some((u) => new URL(u).pathname === '/graphql')).toBe(true);
      // No console errors or warnings (a CSP violation would be one).
      expect(problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] a link naming entities the graph does not hold says which, and restores the rest`, async () => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=place:nowhere&exp=${encodeURIComponent(SHUSHI)},place:atlantis`);
      const status = page.locator('.graph-status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(
        'The link names place:nowhere, place:atlantis, which the graph does not hold; the rest of the view is restored.',
      );
      // Shushi's expansion is back.
      await expect.poll(async () => (await graphCount(page)).nodes, { timeout: 15_000 }).toBeGreaterThan(1);
    }, 120_000);

    it(`[${backend}] Fit on two nodes zooms in no further than FIT_MAX_ZOOM and keeps both whole`, async () => {
      const { path } = await server.query(`query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { hops } }`, { from: SHUSHI, to: STEPANAKERT });
      expect(path.hops).toBe(1);
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&from=${SHUSHI}&to=${STEPANAKERT}`);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: 2, edges: 1 });
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await expect
        .poll(async () => {
          const p = await picture(page);
          return { zoom: p.zoom <= FIT_MAX_ZOOM + 1e-9, whole: p.nodes.filter((n) => !n.inside).map((n) => n.id) };
        }, { timeout: 10_000 })
        .toEqual({ zoom: true, whole: [] });
    }, 120_000);

    it(`[${backend}] Fit on a crowded picture stops at FIT_MIN_ZOOM around the selection; key nodes are labelled, the rest once zoomed in`, async () => {
      const hoods = await Promise.all(
        CROWD.map(async (id) => (await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id } } }`, { id })).neighborhood),
      );
      const expected = new Set(hoods.flatMap((h) => h.nodes.map((n: { id: string }) => n.id))).size;
      expect(expected).toBeGreaterThan(20);
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${CROWD.join(',')}`);
      await expect.poll(async () => (await graphCount(page)).nodes, { timeout: 15_000 }).toBe(expected);
      await page.getByRole('button', { name: 'Fit', exact: true }).click();

      // Too big to fit at a readable zoom: fitted at the floor, the selection in view.
      await expect
        .poll(async () => {
          const p = await picture(page);
          return { zoom: p.zoom, selectionInside: p.nodes.find((n) => n.id === SHUSHI)?.inside, someOutside: p.nodes.some((n) => !n.inside) };
        }, { timeout: 10_000 })
        .toEqual({ zoom: FIT_MIN_ZOOM, selectionInside: true, someOutside: true });

      // Below DETAIL_ZOOM exactly the key nodes are labelled: the selection and its neighbours, the
      // expanded and the most connected.
      const fitted = await picture(page);
      expect(fitted.zoom).toBeLessThan(DETAIL_ZOOM);
      const selection = fitted.nodes.find((n) => n.id === SHUSHI)!;
      const degrees = fitted.nodes.map((n) => n.degree).sort((a, b) => b - a);
      const hubDegree = Math.max(HUB_MIN_DEGREE, degrees[HUB_COUNT - 1]!);
      const key = new Set([SHUSHI, ...selection.neighbours, ...CROWD, ...fitted.nodes.filter((n) => n.degree >= hubDegree).map((n) => n.id)]);
      const labelled = fitted.nodes.filter((n) => n.labelled).map((n) => n.id);
      expect(labelled.sort()).toEqual([...key].sort());
      expect(labelled.length).toBeLessThan(fitted.nodes.length);

      // Zoomed in with the mouse wheel past DETAIL_ZOOM, every node is labelled.
      const canvas = (await page.locator('.graph-canvas').boundingBox())!;
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      await expect
        .poll(async () => {
          const { zoom } = await picture(page);
          if (zoom < DETAIL_ZOOM) await page.mouse.wheel(0, -120);
          return zoom;
        }, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(DETAIL_ZOOM);
      await expect.poll(async () => (await picture(page)).nodes.filter((n) => !n.labelled).map((n) => n.id)).toEqual([]);
    }, 120_000);

    it(`[${backend}] at 1024×768 the graph is refitted around the selection and the toolbar and details panel are whole`, async () => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${STEPANAKERT}&from=${ALIYEV}&to=${STEPANAKERT}`);
      await page.getByTestId('path-step').first().waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await picture(page)).nodes.filter((n) => !n.inside).map((n) => n.id), { timeout: 10_000 }).toEqual([]);
      const wide = await picture(page);
      try {
        await page.setViewportSize({ width: 1024, height: 768 });
        // Refitted to the narrower canvas: drawn at its new size, every node (the selection with them) whole.
        await expect
          .poll(async () => {
            const p = await picture(page);
            return {
              narrower: p.width < wide.width,
              drawnAtSize: p.width === p.canvasWidth && p.height === p.canvasHeight,
              zoomInRange: p.zoom >= FIT_MIN_ZOOM && p.zoom <= FIT_MAX_ZOOM + 1e-9,
              outside: p.nodes.filter((n) => !n.inside).map((n) => n.id),
            };
          }, { timeout: 10_000 })
          .toEqual({ narrower: true, drawnAtSize: true, zoomInRange: true, outside: [] });

        // Nothing is pushed off the page: the details panel, its heading, and the toolbar's buttons.
        const layout = await page.evaluate(() => {
          const box = (el: Element | null) => el?.getBoundingClientRect();
          const details = document.querySelector('.sidebar.right')!;
          const panel = box(document.querySelector('.graph-panel'))!;
          const inPanel = Array.from(document.querySelectorAll('.toolbar-buttons > *')).map((b) => {
            const r = b.getBoundingClientRect();
            return r.left >= panel.left && r.right <= panel.right;
          });
          return {
            pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
            detailsRight: box(details)!.right,
            detailsOverflow: details.scrollWidth > details.clientWidth,
            headingRight: box(document.querySelector('#details-heading'))!.right,
            buttonsInPanel: inPanel,
          };
        });
        expect(layout.pageScrollsSideways).toBe(false);
        expect(layout.detailsRight).toBeLessThanOrEqual(1024);
        expect(layout.detailsOverflow).toBe(false);
        expect(layout.headingRight).toBeLessThanOrEqual(1024);
        expect(layout.buttonsInPanel).toEqual(layout.buttonsInPanel.map(() => true));
        await expect.poll(() => page.locator('#details-heading').getAttribute('data-entity-id'), { timeout: 10_000 }).toBe(STEPANAKERT);
      } finally {
        await page.setViewportSize({ width: 1400, height: 900 });
      }
    }, 120_000);

    it(`[${backend}] the kind and status filters count the graph's entities and claims, hide them, and live in the URL`, async () => {
      // The crowded picture, as the server has it: entities by kind, claims by status.
      const hoods = await Promise.all(
        CROWD.map(
          async (id) =>
            (
              await server.query(
                `query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id kind } edges { source target predicate claim { id status } } } }`,
                { id },
              )
            ).neighborhood,
        ),
      );
      const kindOf = new Map<string, string>(hoods.flatMap((h) => h.nodes.map((n: { id: string; kind: string }) => [n.id, n.kind])));
      const edges = new Map<string, { source: string; target: string; status: string | null }>(
        hoods.flatMap((h) =>
          h.edges.map((e: any) => [e.claim?.id ?? `${e.source}|${e.predicate}|${e.target}`, { source: e.source, target: e.target, status: e.claim?.status ?? null }]),
        ),
      );
      const tally = (values: (string | null)[]) => values.reduce<Record<string, number>>((t, v) => (v ? { ...t, [v]: (t[v] ?? 0) + 1 } : t), {});
      const kinds = tally([...kindOf.values()]);
      const statuses = tally([...edges.values()].map((e) => e.status));
      expect(kinds.EVENT).toBeGreaterThan(0);
      expect(statuses.CLAIMED).toBeGreaterThan(0);

      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${CROWD.join(',')}`);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: kindOf.size, edges: edges.size });

      // Every kind and status with its count in the graph (zero when absent).
      const filters = page.getByTestId('filters');
      const facetCounts = (facet: string) =>
        filters.locator(`[data-facet=${facet}]`).evaluateAll((els) =>
          Object.fromEntries(els.map((e) => [e.getAttribute('data-value'), Number(e.querySelector('.facet-count')?.textContent)])),
        );
      await expect.poll(() => facetCounts('kind')).toEqual({ PLACE: 0, ACTOR: 0, EVENT: 0, THING: 0, ...kinds });
      expect(await facetCounts('status')).toEqual({ REPORTED: 0, CLAIMED: 0, CONFIRMED: 0, DENIED: 0, UNCERTAIN: 0, ...statuses });

      // Hiding events and claimed claims leaves the rest drawn; a claim goes with either of its entities.
      const expectedDrawn = (hiddenKinds: string[], hiddenStatuses: string[]) => {
        const nodes = [...kindOf].filter(([, kind]) => !hiddenKinds.includes(kind)).map(([id]) => id);
        const shown = new Set(nodes);
        const claims = [...edges]
          .filter(([, e]) => !(e.status && hiddenStatuses.includes(e.status)) && shown.has(e.source) && shown.has(e.target))
          .map(([id]) => id);
        return { nodes: nodes.sort(), edges: claims.sort() };
      };
      await filters.getByRole('checkbox', { name: /^Events/ }).uncheck();
      await filters.getByRole('checkbox', { name: /^Claimed/ }).uncheck();
      const filtered = expectedDrawn(['EVENT'], ['CLAIMED']);
      expect(filtered.nodes.length).toBeLessThan(kindOf.size);
      expect(filtered.edges.length).toBeLessThan(edges.size);
      await expect.poll(() => drawn(page)).toEqual(filtered);
      const count = page.getByTestId('graph-count');
      expect(await count.getAttribute('data-shown-nodes')).toBe(String(filtered.nodes.length));
      expect(await count.getAttribute('data-shown-edges')).toBe(String(filtered.edges.length));
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('hidekind=EVENT&hidestatus=CLAIMED');

      // A reload restores the filters from the URL.
      await page.reload();
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: kindOf.size, edges: edges.size });
      await expect.poll(() => drawn(page)).toEqual(filtered);
      expect(await filters.getByRole('checkbox', { name: /^Events/ }).isChecked()).toBe(false);
      expect(await filters.getByRole('checkbox', { name: /^Claimed/ }).isChecked()).toBe(false);
      expect(await filters.getByRole('checkbox', { name: /^Places/ }).isChecked()).toBe(true);

      await filters.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => drawn(page)).toEqual(expectedDrawn([], []));
      await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/hidekind|hidestatus/);
    }, 120_000);
  });
});

/** Status of a GET whose path goes to the server byte for byte (no URL normalisation). */
function rawStatus(base: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

interface Picture {
  zoom: number;
  /** Cytoscape's drawing size and the canvas element's size, in CSS pixels. */
  width: number;
  height: number;
  canvasWidth: number;
  canvasHeight: number;
  nodes: { id: string; degree: number; neighbours: string[]; labelled: boolean; inside: boolean }[];
}

/**
 * What cytoscape draws, read from the instance the canvas element holds (`_cyreg`, where
 * cytoscape registers itself): the zoom, and for each node whether it is labelled and lies
 * whole (label included) inside the drawing.
 */
function picture(page: Page): Promise<Picture> {
  return page.evaluate(() => {
    const el = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = el._cyreg.cy;
    const [w, h] = [cy.width(), cy.height()];
    return {
      zoom: cy.zoom(),
      width: w,
      height: h,
      canvasWidth: el.clientWidth,
      canvasHeight: el.clientHeight,
      nodes: cy.nodes().map((n: any) => {
        const bb = n.renderedBoundingBox({ includeLabels: true });
        return {
          id: n.id(),
          degree: n.degree(false),
          neighbours: n.neighborhood('node').map((m: any) => m.id()),
          labelled: n.style('label') !== '',
          inside: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= w && bb.y2 <= h,
        };
      }),
    };
  });
}

/** Types into one of the path finder's search boxes and picks the entity from its results. */
async function choose(page: Page, testId: string, label: string, text: string, id: string): Promise<void> {
  const box = page.getByTestId(testId).getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  const option = page.getByTestId(testId).locator(`[role=option][data-entity-id="${id}"]`);
  await option.waitFor();
  await option.click();
  await expect.poll(() => box.inputValue()).toBe(text);
}

/** Whether `inner` is visible within the scrolled box of `outer`. */
async function isInside(inner: ReturnType<Page['locator']>, outer: ReturnType<Page['locator']>): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  return !!a && !!b && a.y >= b.y && a.y + a.height <= b.y + b.height;
}
