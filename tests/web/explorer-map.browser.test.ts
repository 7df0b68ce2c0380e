// The explorer's map, in Debian's Chromium on both stores: the graph's places at their
// coordinates and its events at their place, over country outlines served with the page (no
// tile server); selecting on the map selects in the graph and the other way round.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { foreign, graphCount, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const SHUSHI = 'place:shushi';
const STEPANAKERT = 'place:stepanakert';
const ARMENIA = 'place:armenia';
const SHOOTDOWN = 'event:russian-helicopter-shootdown';
const EXPANDED = [SHUSHI, SHOOTDOWN, ARMENIA];

interface Point {
  id: string;
  kind: string;
  x: number;
  y: number;
  pressed: boolean;
}

/** The points the map draws: each one's projected position (before events are stacked beside their place). */
function mapPoints(page: Page): Promise<Point[]> {
  return page.getByTestId('map').locator('[data-entity-id]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-entity-id')!,
      kind: e.getAttribute('data-kind')!,
      x: Number(e.getAttribute('data-x')),
      y: Number(e.getAttribute('data-y')),
      pressed: e.getAttribute('aria-pressed') === 'true',
    })),
  );
}

/** Whether the point lies inside the outline of the named country. */
function inCountry(page: Page, p: Point, country: string): Promise<boolean> {
  return page.evaluate(
    ({ x, y, country }) =>
      Array.from(document.querySelectorAll<SVGPathElement>(`[data-testid=map] path[data-country="${country}"]`)).some((path) =>
        path.isPointInFill(new DOMPoint(x, y)),
      ),
    { x: p.x, y: p.y, country },
  );
}

describe.each(BACKENDS)('explorer map [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] places sit at their coordinates inside their country, events at their place, labels never overlap; clicking one selects it in the graph`, async () => {
      const hoods = await Promise.all(
        EXPANDED.map(async (id) => (await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id } edges { claim { id } } } }`, { id })).neighborhood),
      );
      const ids = [...new Set(hoods.flatMap((h) => h.nodes.map((n: { id: string }) => n.id)))] as string[];
      const claims = new Set(hoods.flatMap((h) => h.edges.map((e: any) => e.claim.id)));
      const { nodes } = await server.query(
        `query ($ids: [ID!]!) { nodes(ids: $ids) {
          ... on Place { id kind location { lat lon } }
          ... on Event { id kind place: location { id location { lat lon } } } } }`,
        { ids },
      );
      // Where the API puts each place and event (events at their place), when it knows: the others stay off the map.
      const where = new Map<string, { lat: number; lon: number; place?: string }>();
      for (const n of nodes) {
        if (n?.kind === 'PLACE' && n.location) where.set(n.id, n.location);
        if (n?.kind === 'EVENT' && n.place?.location) where.set(n.id, { ...n.place.location, place: n.place.id });
      }
      expect(where.get(SHOOTDOWN)?.place).toBeDefined();

      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${EXPANDED.join(',')}&map=1`);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: ids.length, edges: claims.size });
      await expect.poll(async () => (await mapPoints(page)).map((p) => p.id).sort(), { timeout: 15_000 }).toEqual([...where.keys()].sort());
      await expect.poll(() => page.getByTestId('map').getAttribute('data-countries').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
      const points = await mapPoints(page);
      const at = (id: string) => points.find((p) => p.id === id)!;

      // East is right and north is up: every pair of places is ordered on the map as on the globe.
      const places = points.filter((p) => p.kind === 'PLACE');
      expect(places.length).toBeGreaterThan(3);
      for (const a of places) {
        for (const b of places) {
          const [ga, gb] = [where.get(a.id)!, where.get(b.id)!];
          if (ga.lon < gb.lon) expect(a.x, `${a.id} west of ${b.id}`).toBeLessThan(b.x);
          if (ga.lat < gb.lat) expect(a.y, `${a.id} south of ${b.id}`).toBeGreaterThan(b.y);
        }
      }
      // The outlines are where the points are: the shoot-down site (Yeraskh) inside Armenia, Shushi and
      // Stepanakert inside Azerbaijan (de jure, as Natural Earth draws it).
      const site = at(where.get(SHOOTDOWN)!.place!);
      expect(await inCountry(page, site, 'Armenia')).toBe(true);
      expect(await inCountry(page, site, 'Azerbaijan')).toBe(false);
      expect(await inCountry(page, at(SHUSHI), 'Azerbaijan')).toBe(true);
      expect(await inCountry(page, at(STEPANAKERT), 'Azerbaijan')).toBe(true);
      expect(await inCountry(page, at(SHUSHI), 'Armenia')).toBe(false);
      // An event is drawn at its place.
      expect([at(SHOOTDOWN).x, at(SHOOTDOWN).y]).toEqual([site.x, site.y]);
      // The selection is marked on the map.
      expect(points.filter((p) => p.pressed).map((p) => p.id)).toEqual([SHUSHI]);

      // Clicking the event's mark selects it in the graph and the details.
      await page.getByTestId('map').locator(`[data-entity-id="${SHOOTDOWN}"] polygon`).click();
      // An event's first details on a fresh Neo4j plan new statements: allow them the time.
      await expect.poll(() => page.locator('#details-heading').getAttribute('data-entity-id'), { timeout: 15_000 }).toBe(SHOOTDOWN);
      await expect.poll(() => selectedInGraph(page)).toEqual([SHOOTDOWN]);
      expect((await mapPoints(page)).filter((p) => p.pressed).map((p) => p.id)).toEqual([SHOOTDOWN]);
      // The keyboard does the same.
      await page.getByTestId('map').locator(`[data-entity-id="${STEPANAKERT}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => selectedInGraph(page)).toEqual([STEPANAKERT]);

      // Selecting in the graph (its list of entities) marks the place on the map.
      await page.locator('.node-list:not(.export-menu) summary').click();
      await page.getByRole('list', { name: 'Entities in the graph' }).getByRole('button', { name: 'Armenia', exact: true }).click();
      await expect.poll(async () => (await mapPoints(page)).filter((p) => p.pressed).map((p) => p.id)).toEqual([ARMENIA]);
      // The selection is labelled, and no two labels overlap (crowded points name themselves on hover).
      const labels = await page.getByTestId('map').locator('[data-entity-id]').evaluateAll((els) =>
        els.map((e) => {
          const text = e.querySelector('text');
          const r = text?.getBoundingClientRect();
          return { id: e.getAttribute('data-entity-id')!, title: e.querySelector('title')!.textContent, box: r && { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom } };
        }),
      );
      expect(labels.find((l) => l.id === ARMENIA)!.box).toBeDefined();
      expect(labels.filter((l) => l.box).length).toBeGreaterThan(labels.length / 2);
      const boxes = labels.flatMap((l) => (l.box ? [l.box] : []));
      const overlapping = boxes.filter((a, i) => boxes.some((b, j) => i !== j && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2));
      expect(overlapping).toEqual([]);
      expect(labels.every((l) => !!l.title)).toBe(true);

      expect(await page.evaluate(() => window.location.hash)).toContain('map=1');
      // The outlines came from the explorer's own assets.
      expect(browser!.requests.some((u) => /\/explore\/assets\/countries-50m-[0-9a-f]+\.json$/.test(u))).toBe(true);
      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] hiding events takes them off the map; closing the map leaves the URL`, async () => {
      await page.getByTestId('filters').getByRole('checkbox', { name: /^Events/ }).uncheck();
      await expect.poll(async () => (await mapPoints(page)).filter((p) => p.kind === 'EVENT').length).toBe(0);
      expect((await mapPoints(page)).length).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await expect.poll(() => page.getByTestId('map').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('map=1');
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});

/** Ids of the nodes cytoscape draws as selected. */
function selectedInGraph(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    return cy.nodes('.selected').map((n: any) => n.id());
  });
}
