// Stated and computed distances on the explorer's map, in Debian's Chromium on both stores: for
// every DISTANCE_FROM claim whose two places the map shows, a line labelled with the stated
// figure beside the great-circle distance the API computes (Place.distanceTo), styled apart from
// it; clicking the line opens the claim.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const EXPANDED = ['place:shushi', 'event:russian-helicopter-shootdown', 'place:armenia'];
const BASE_TO_SITE = 'claim:ap-2020-11-09-shushi-helicopter:russian-base-distance-from-shootdown-site';

interface ApiDistance {
  claim: string;
  statement: string;
  from: string;
  to: string;
  quantity: { value: number; unit: string; approximate: boolean };
  computedKm: number;
}

/** The stated lines the map draws: their claim, label and ends. */
function statedLines(page: Page) {
  return page.getByTestId('map').locator('[data-claim-id]').evaluateAll((els) =>
    els.map((e) => ({
      claim: e.getAttribute('data-claim-id')!,
      label: e.querySelector('text')!.textContent!,
      from: e.parentElement!.getAttribute('data-from')!,
      to: e.parentElement!.getAttribute('data-to')!,
    })),
  );
}

/** "~150 km" as the map writes a figure: whole kilometres from 100 on, tenths below. */
const km = (n: number, approximate = false) => `${approximate ? '~' : ''}${n >= 100 ? Math.round(n) : Math.round(n * 10) / 10} km`;

describe.each(BACKENDS)('explorer map distances [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] every stated distance between two places on the map is a line labelled with the stated and the computed figure, styled apart; clicking it opens the claim`, async () => {
      const hoods = await Promise.all(
        EXPANDED.map(async (id) => (await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id } } }`, { id })).neighborhood),
      );
      const ids = [...new Set(hoods.flatMap((h) => h.nodes.map((n: { id: string }) => n.id)))] as string[];
      const { nodes } = await server.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Place { id location { lat lon } } } }`, { ids });
      const placed = new Set<string>(nodes.filter((n: any) => n?.location).map((n: any) => n.id));
      // What the API says: each DISTANCE_FROM claim between two placed places, with the computed distance.
      const { claims } = await server.query(
        `{ claims(where: { predicate: { eq: DISTANCE_FROM } }, first: 100) { edges { node { id statement subject { id } object { id } quantity { value unit approximate } } } } }`,
      );
      const expected: ApiDistance[] = [];
      for (const { node } of claims.edges) {
        if (!placed.has(node.subject.id) || !placed.has(node.object?.id)) continue;
        const { entity } = await server.query(`query ($from: ID!, $to: ID!) { entity(id: $from) { ... on Place { distanceTo(id: $to) { computedKm } } } }`, {
          from: node.subject.id,
          to: node.object.id,
        });
        expected.push({ claim: node.id, statement: node.statement, from: node.subject.id, to: node.object.id, quantity: node.quantity, computedKm: entity.distanceTo.computedKm });
      }
      expect(expected.map((d) => d.claim)).toContain(BASE_TO_SITE);
      expect(expected.length).toBeGreaterThan(1);
      // The claims whose other place is not on the map (Nagorno-Karabakh has no coordinates) draw nothing.
      expect(claims.edges.length).toBeGreaterThan(expected.length);

      await page.goto(`${server.url}/explore/#exp=${EXPANDED.join(',')}&map=1`);
      await expect
        .poll(async () => (await statedLines(page)).map((l) => l.claim).sort(), { timeout: 15_000 })
        .toEqual(expected.map((d) => d.claim).sort());
      const lines = await statedLines(page);
      for (const d of expected) {
        const line = lines.find((l) => l.claim === d.claim)!;
        expect(d.quantity.unit).toBe('km');
        expect(line.label).toBe(`stated ${km(d.quantity.value, d.quantity.approximate)} · computed ${km(d.computedKm)}`);
        expect([line.from, line.to].sort()).toEqual([d.from, d.to].sort());
      }
      expect(lines.find((l) => l.claim === BASE_TO_SITE)!.label).toMatch(/^stated ~150 km · computed \d+ km$/);

      // Stated dashed in one colour, computed solid in another; each pair has its computed line.
      const styles = await page.getByTestId('map').locator('.map-distance').evaluateAll((groups) =>
        groups.map((g) => {
          const style = (sel: string) => {
            const s = getComputedStyle(g.querySelector(sel)!);
            return { stroke: s.stroke, dash: s.strokeDasharray };
          };
          return { computed: style('.map-distance-computed'), stated: style('.map-distance-line'), km: Number(g.querySelector('.map-distance-computed')!.getAttribute('data-computed-km')) };
        }),
      );
      expect(styles.length).toBe(new Set(expected.map((d) => [d.from, d.to].sort().join('|'))).size);
      for (const s of styles) {
        expect(s.computed.dash).toBe('none');
        expect(s.stated.dash).not.toBe('none');
        expect(s.stated.stroke).not.toBe(s.computed.stroke);
      }
      expect(styles.map((s) => s.km).sort()).toEqual(expected.map((d) => d.computedKm).sort());

      // Clicking the line opens its claim, in the evidence view and the URL.
      const target = expected.find((d) => d.claim === BASE_TO_SITE)!;
      await page.getByTestId('map').locator(`[data-claim-id="${BASE_TO_SITE}"] .map-distance-hit`).click();
      await expect.poll(() => page.getByTestId('evidence-view').getAttribute('data-claim-id'), { timeout: 15_000 }).toBe(BASE_TO_SITE);
      await expect.poll(() => page.locator('#evidence-heading').textContent(), { timeout: 15_000 }).toBe(`Evidence: ${target.statement}`);
      expect(await page.evaluate(() => window.location.hash)).toContain(`claim=${BASE_TO_SITE}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);

      // The keyboard does the same.
      const other = expected.find((d) => d.claim !== BASE_TO_SITE)!;
      await page.getByTestId('map').locator(`[data-claim-id="${other.claim}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('evidence-view').getAttribute('data-claim-id'), { timeout: 15_000 }).toBe(other.claim);

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
