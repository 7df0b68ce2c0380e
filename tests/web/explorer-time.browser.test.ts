// The explorer's time axis, in Debian's Chromium on both stores: the graph's events at their
// dates, drawn as long as their dates are exact; brushing a range keeps in the graph the events
// of those days, in the URL, until cleared.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const YEAR_EVENT = 'event:ethnic-armenian-control-of-nagorno-karabakh';
const EXPANDED = [YEAR_EVENT, 'place:shushi', 'event:russian-helicopter-shootdown'];
const DAY_MS = 86_400_000;

interface ApiEvent {
  id: string;
  date: { value: string; precision: string } | null;
}

/** The days an API date may stand for, [start, end) in ms: a bare year its year, a day its day. */
function apiSpan(d: { value: string; precision: string }): [number, number] {
  if (/^\d{4}$/.test(d.value)) return [Date.UTC(Number(d.value), 0, 1), Date.UTC(Number(d.value) + 1, 0, 1)];
  expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(['DAY', 'APPROXIMATE']).toContain(d.precision);
  const start = Date.parse(`${d.value}T00:00:00Z`);
  return [start, start + DAY_MS];
}

interface Mark {
  id: string;
  precision: string;
  x: number;
  width: number;
  approximate: boolean;
}

/** The marks the axis draws, in document order: where each one's time starts, and its shape's width. */
function marks(page: Page): Promise<Mark[]> {
  return page.getByTestId('time-axis').locator('[data-entity-id]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-entity-id')!,
      precision: e.getAttribute('data-precision')!,
      x: Number(e.getAttribute('data-x')),
      width: (e.querySelector('circle, rect') as SVGGraphicsElement).getBoundingClientRect().width,
      approximate: e.classList.contains('approximate') && e.querySelector('text')?.textContent === '≈',
    })),
  );
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);

describe.each(BACKENDS)('explorer time axis [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] the graph's events sit on the axis in date order, a year as a span and a day as a tick; brushing keeps the events of the range, in the URL, until cleared`, async () => {
      const hoods = await Promise.all(
        EXPANDED.map(async (id) => (await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id kind } } }`, { id })).neighborhood),
      );
      const eventIds = [...new Set(hoods.flatMap((h) => h.nodes.filter((n: any) => n.kind === 'EVENT').map((n: any) => n.id)))] as string[];
      const { nodes } = await server.query<{ nodes: ApiEvent[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { id date { value precision } } } }`, {
        ids: eventIds,
      });
      const dated = nodes.filter((n) => n.date).map((n) => ({ id: n.id, precision: n.date!.precision, span: apiSpan(n.date!) }));
      dated.sort((a, b) => a.span[0] - b.span[0]);
      expect(dated.find((e) => e.id === YEAR_EVENT)?.precision).toBe('YEAR');
      expect(dated.filter((e) => e.precision === 'DAY').length).toBeGreaterThan(0);
      expect(dated.length).toBeGreaterThan(2);
      const spanOf = new Map(dated.map((e) => [e.id, e.span]));
      /** The graph's events the API dates within the range (any day of a year event's year counts). */
      const inside = (from: string, to: string) =>
        dated
          .filter((e) => e.span[0] < Date.parse(`${to}T00:00:00Z`) + DAY_MS && e.span[1] > Date.parse(`${from}T00:00:00Z`))
          .map((e) => e.id)
          .sort();
      const drawnEvents = async () => (await drawn(page)).nodes.filter((id) => eventIds.includes(id));

      await page.goto(`${server.url}/explore/#exp=${EXPANDED.join(',')}`);
      await expect.poll(async () => (await marks(page)).map((m) => m.id).sort(), { timeout: 15_000 }).toEqual(dated.map((e) => e.id).sort());

      // In date order, at x positions that grow with the date (equal dates, equal positions).
      const shown = await marks(page);
      expect(shown.map((m) => spanOf.get(m.id)![0])).toEqual(dated.map((e) => e.span[0]));
      for (const a of shown)
        for (const b of shown) if (spanOf.get(a.id)![0] < spanOf.get(b.id)![0]) expect(a.x, `${a.id} left of ${b.id}`).toBeLessThan(b.x);
      // A year is a span wider than a day's point; an approximate date is marked.
      const year = shown.find((m) => m.id === YEAR_EVENT)!;
      const day = shown.find((m) => m.precision === 'DAY')!;
      expect(year.width).toBeGreaterThan(day.width * 1.5);
      expect(shown.filter((m) => m.approximate).map((m) => m.id).sort()).toEqual(
        dated.filter((e) => e.precision === 'APPROXIMATE').map((e) => e.id).sort(),
      );
      expect(await drawnEvents()).toEqual(eventIds.slice().sort());

      const svg = (await page.getByTestId('time-axis').locator('svg').boundingBox())!;
      const brush = async (x1: number, x2: number) => {
        await page.mouse.move(svg.x + x1, svg.y + 20);
        await page.mouse.down();
        await page.mouse.move(svg.x + (x1 + x2) / 2, svg.y + 20, { steps: 4 });
        await page.mouse.move(svg.x + x2, svg.y + 20, { steps: 4 });
        await page.mouse.up();
      };
      const range = async () => {
        const m = /when=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(await hash(page));
        return m ? { from: m[1]!, to: m[2]! } : null;
      };

      // From past the year's span to the end of the axis: every event but the year's.
      const afterYear = shown.find((m) => m.id !== YEAR_EVENT)!;
      await brush((year.x + year.width + afterYear.x) / 2, svg.width - 2);
      await expect.poll(range).not.toBeNull();
      const late = (await range())!;
      const lateEvents = inside(late.from, late.to);
      expect(lateEvents).not.toContain(YEAR_EVENT);
      expect(lateEvents.length).toBe(dated.length - 1);
      await expect.poll(drawnEvents).toEqual(lateEvents);

      // Over the year's span alone: that event only, and the URL follows.
      await brush(year.x + 1, year.x + year.width - 1);
      await expect.poll(async () => (await range())?.from).not.toBe(late.from);
      const early = (await range())!;
      expect(inside(early.from, early.to)).toEqual([YEAR_EVENT]);
      await expect.poll(drawnEvents).toEqual([YEAR_EVENT]);
      expect((await drawn(page)).nodes.length).toBeGreaterThan(1);

      // A reload restores the range and what it leaves drawn.
      await page.reload();
      await expect.poll(drawnEvents, { timeout: 15_000 }).toEqual([YEAR_EVENT]);
      await expect.poll(async () => (await marks(page)).length, { timeout: 15_000 }).toBe(dated.length);
      expect(await range()).toEqual(early);
      await expect.poll(() => page.getByTestId('time-range').textContent()).toContain(early.from);

      // Clear brings every event back and leaves the URL.
      await page.getByTestId('time-axis').getByRole('button', { name: 'Clear range' }).click();
      await expect.poll(drawnEvents).toEqual(eventIds.slice().sort());
      await expect.poll(() => hash(page)).not.toContain('when=');

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
