// The explorer's time axis zoomed, in Debian's Chromium on both stores: the wheel zooms around
// the pointer down to a limit, the buttons zoom and Reset zoom restores the whole extent; a day
// is a tick and a year a span; the graph's dated claims sit on the axis apart from its events,
// and open when clicked; brushing a zoomed axis still filters the graph and the map. On the
// embedded store it also draws the README's picture of the axis and the map.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const YEAR_EVENT = 'event:ethnic-armenian-control-of-nagorno-karabakh';
const SHOOTDOWN = 'event:russian-helicopter-shootdown';
const EXPANDED = [YEAR_EVENT, 'place:shushi', SHOOTDOWN, 'place:armenia'];
const DAY_MS = 86_400_000;
const DOCS_SCREENSHOT = fileURLToPath(new URL('../../docs/explorer-time-map.png', import.meta.url));
const artifact = (name: string) => fileURLToPath(new URL(`../../test-artifacts/${name}`, import.meta.url));

interface DateValue {
  value: string;
  precision: string;
}

/** The days an API date may stand for, [start, end) in ms (the seed has years and days). */
function apiSpan(d: DateValue): [number, number] {
  if (/^\d{4}$/.test(d.value)) return [Date.UTC(Number(d.value), 0, 1), Date.UTC(Number(d.value) + 1, 0, 1)];
  expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const start = Date.parse(`${d.value}T00:00:00Z`);
  return [start, start + DAY_MS];
}

interface Mark {
  id: string;
  x: number;
  /** The middle of its shape, in page pixels. */
  cx: number;
  width: number;
  height: number;
  fill: string;
}

/** Marks on the axis, events (`data-entity-id`) or claims (`data-claim-id`): where each one's time starts, its shape's size and fill. */
function marks(page: Page, kind: 'entity' | 'claim'): Promise<Mark[]> {
  return page
    .getByTestId('time-axis')
    .locator(`[data-${kind}-id]`)
    .evaluateAll(
      (els, attr) =>
        els.map((e) => {
          const shape = e.querySelector('rect, polygon') as SVGGraphicsElement;
          const box = shape.getBoundingClientRect();
          return { id: e.getAttribute(attr)!, x: Number(e.getAttribute('data-x')), cx: box.left + box.width / 2, width: box.width, height: box.height, fill: getComputedStyle(shape).fill };
        }),
      `data-${kind}-id`,
    );
}

/** The stretch of time the axis shows, and the whole extent it can show. */
async function view(page: Page): Promise<{ start: number; end: number; domainStart: number; domainEnd: number }> {
  const svg = page.getByTestId('time-axis').locator('svg[data-view-start]');
  const n = async (a: string) => Number(await svg.getAttribute(a));
  return { start: await n('data-view-start'), end: await n('data-view-end'), domainStart: await n('data-domain-start'), domainEnd: await n('data-domain-end') };
}
const length = (v: { start: number; end: number }) => v.end - v.start;

describe.each(BACKENDS)('explorer time axis zoom [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] the graph's dated claims sit on the axis apart from its events; the wheel zooms around the pointer to a limit, Reset zoom restores; brushing while zoomed filters the graph and the map`, async () => {
      const hoods = await Promise.all(
        EXPANDED.map(
          async (id) =>
            (await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id kind } edges { claim { id statedOn { value precision } } } } }`, { id }))
              .neighborhood,
        ),
      );
      const eventIds = [...new Set(hoods.flatMap((h) => h.nodes.filter((n: any) => n.kind === 'EVENT').map((n: any) => n.id)))] as string[];
      const { nodes } = await server.query(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { id date { value precision } place: location { location { lat lon } } } } }`,
        { ids: eventIds },
      );
      const events: { id: string; precision: string; span: [number, number]; placed: boolean }[] = nodes
        .filter((n: any) => n?.date)
        .map((n: any) => ({ id: n.id, precision: n.date.precision, span: apiSpan(n.date), placed: !!n.place?.location }));
      const claimDates = new Map<string, [number, number]>();
      for (const h of hoods) for (const e of h.edges) if (e.claim.statedOn) claimDates.set(e.claim.id, apiSpan(e.claim.statedOn));
      expect(claimDates.size).toBeGreaterThan(2);
      expect(events.find((e) => e.id === YEAR_EVENT)?.precision).toBe('YEAR');
      const shootdown = events.find((e) => e.id === SHOOTDOWN)!;
      expect(shootdown.precision).toBe('DAY');
      /** The graph's events the API dates within the range. */
      const inside = (from: string, to: string) =>
        events
          .filter((e) => e.span[0] < Date.parse(`${to}T00:00:00Z`) + DAY_MS && e.span[1] > Date.parse(`${from}T00:00:00Z`))
          .map((e) => e.id as string)
          .sort();
      const drawnEvents = async () => (await drawn(page)).nodes.filter((id) => eventIds.includes(id));
      const mapEvents = () =>
        page.getByTestId('map').locator('[data-kind=EVENT]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')!).sort());

      await page.goto(`${server.url}/explore/#exp=${EXPANDED.join(',')}&map=1`);
      await expect.poll(async () => (await marks(page, 'entity')).length, { timeout: 15_000 }).toBe(events.length);
      // Every dated claim of the graph is on the axis, hollow where events are filled, in date order.
      await expect.poll(async () => (await marks(page, 'claim')).map((m) => m.id).sort(), { timeout: 15_000 }).toEqual([...claimDates.keys()].sort());
      const claimMarks = await marks(page, 'claim');
      const eventMarks = await marks(page, 'entity');
      expect(new Set(claimMarks.map((m) => m.fill)).size).toBe(1);
      expect(eventMarks.map((m) => m.fill)).not.toContain(claimMarks[0]!.fill);
      for (const a of claimMarks)
        for (const b of claimMarks) if (claimDates.get(a.id)![0] < claimDates.get(b.id)![0]) expect(a.x, `${a.id} left of ${b.id}`).toBeLessThan(b.x);
      // A claim stated on the day of the shoot-down starts where the shoot-down does.
      const sameDay = claimMarks.find((m) => claimDates.get(m.id)![0] === shootdown.span[0])!;
      expect(sameDay.x).toBeCloseTo(eventMarks.find((m) => m.id === SHOOTDOWN)!.x, 3);
      // A day is a tick (taller than wide), a year a span.
      const tick = eventMarks.find((m) => m.id === SHOOTDOWN)!;
      expect(tick.height).toBeGreaterThan(tick.width * 2);
      expect(eventMarks.find((m) => m.id === YEAR_EVENT)!.width).toBeGreaterThan(tick.width * 1.5);

      // Unzoomed, the axis shows its whole extent.
      const whole = await view(page);
      expect([whole.start, whole.end]).toEqual([whole.domainStart, whole.domainEnd]);
      expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(true);

      // The wheel over the shoot-down zooms in around it: the view narrows and the mark stays under the pointer.
      const svg = (await page.getByTestId('time-axis').locator('svg').boundingBox())!;
      await page.mouse.move(tick.cx, svg.y + 20);
      await page.mouse.wheel(0, -300);
      await expect.poll(async () => length(await view(page))).toBeLessThan(length(whole) / 2);
      const zoomedIn = await view(page);
      expect(zoomedIn.start).toBeGreaterThanOrEqual(whole.start);
      expect(zoomedIn.end).toBeLessThanOrEqual(whole.end);
      expect(Math.abs((await marks(page, 'entity')).find((m) => m.id === SHOOTDOWN)!.cx - tick.cx)).toBeLessThan(1);

      // Further in (aiming at the shoot-down again each time: a pixel was days wide), the view stops at three days.
      expect((await page.getByTestId('time-axis').locator('svg').boundingBox())!.y).toBe(svg.y);
      for (let i = 0; i < 12; i++) {
        const before = length(await view(page));
        await page.mouse.move((await marks(page, 'entity')).find((m) => m.id === SHOOTDOWN)!.cx, svg.y + 20);
        await page.mouse.wheel(0, -300);
        await expect.poll(async () => length(await view(page))).toBeLessThanOrEqual(Math.max(before * 0.9, 3 * DAY_MS + 1));
      }
      const narrowest = await view(page);
      expect(length(narrowest)).toBeGreaterThanOrEqual(3 * DAY_MS - 1);
      const noon = (shootdown.span[0] + shootdown.span[1]) / 2;
      expect(narrowest.start).toBeLessThan(noon);
      expect(narrowest.end).toBeGreaterThan(noon);
      await page.mouse.wheel(0, -300);
      expect(length(await view(page))).toBeGreaterThanOrEqual(3 * DAY_MS - 1);
      expect((await marks(page, 'entity')).map((m) => m.id)).not.toContain(YEAR_EVENT);
      // Ticks now name days.
      expect(await page.getByTestId('time-axis').locator('.time-tick text').allTextContents()).toContain(new Date(shootdown.span[0]).toISOString().slice(5, 10));

      // Brushing the zoomed axis from end to end keeps the events of the days it shows, in the graph and on the map.
      await page.mouse.move(svg.x + 2, svg.y + 20);
      await page.mouse.down();
      await page.mouse.move(svg.x + svg.width / 2, svg.y + 20, { steps: 4 });
      await page.mouse.move(svg.x + svg.width - 2, svg.y + 20, { steps: 4 });
      await page.mouse.up();
      const range = async () => {
        const m = /when=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(await page.evaluate(() => window.location.hash));
        return m ? { from: m[1]!, to: m[2]! } : null;
      };
      await expect.poll(range).not.toBeNull();
      const brushed = (await range())!;
      expect(Date.parse(`${brushed.from}T00:00:00Z`)).toBeGreaterThanOrEqual(narrowest.start - DAY_MS);
      expect(Date.parse(`${brushed.to}T00:00:00Z`)).toBeLessThanOrEqual(narrowest.end + DAY_MS);
      const kept = inside(brushed.from, brushed.to);
      expect(kept).toContain(SHOOTDOWN);
      expect(kept).not.toContain(YEAR_EVENT);
      await expect.poll(drawnEvents).toEqual(kept);
      await expect.poll(mapEvents).toEqual(kept.filter((id) => events.find((e) => e.id === id)!.placed));
      await page.getByTestId('time-axis').getByRole('button', { name: 'Clear range' }).click();
      await expect.poll(drawnEvents).toEqual(eventIds.slice().sort());

      // Zoom out widens the view; Reset zoom restores the whole extent and every mark.
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(async () => length(await view(page))).toBeGreaterThan(length(narrowest) * 1.2);
      await page.getByRole('button', { name: 'Reset zoom' }).click();
      await expect.poll(() => view(page)).toEqual(whole);
      expect((await marks(page, 'entity')).length).toBe(events.length);
      // The button zooms around the middle of the view.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(async () => length(await view(page))).toBeLessThan(length(whole));
      const middle = await view(page);
      expect((middle.start + middle.end) / 2).toBeCloseTo((whole.start + whole.end) / 2, -3);
      await page.getByRole('button', { name: 'Reset zoom' }).click();
      await expect.poll(() => view(page)).toEqual(whole);

      // Clicking a claim's mark opens the claim.
      const claim = (await marks(page, 'claim'))[0]!;
      await page.getByTestId('time-axis').locator(`[data-claim-id="${claim.id}"]`).click();
      await expect.poll(() => page.getByTestId('evidence-view').getAttribute('data-claim-id'), { timeout: 15_000 }).toBe(claim.id);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);

      // A picture of the axis (zoomed to the weeks around the shoot-down) and the map with its distances.
      while (length(await view(page)) > 30 * DAY_MS) {
        const before = length(await view(page));
        await page.mouse.move((await marks(page, 'entity')).find((m) => m.id === SHOOTDOWN)!.cx, svg.y + 20);
        await page.mouse.wheel(0, -300);
        await expect.poll(async () => length(await view(page))).toBeLessThan(before);
      }
      await expect.poll(() => page.getByTestId('map').locator('[data-claim-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('map').getAttribute('data-countries').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
      fs.mkdirSync(path.dirname(artifact('x')), { recursive: true });
      await page.screenshot({ path: artifact(`explorer-time-map-${backend}.png`) });
      if (backend === 'embedded') await page.screenshot({ path: DOCS_SCREENSHOT });

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
