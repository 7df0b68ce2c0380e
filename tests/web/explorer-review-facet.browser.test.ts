// The Review facet in Debian's Chromium on both stores: unreviewed, accepted and rejected claims
// counted against the API; unreviewed and accepted shown by default; ticking Rejected asks the
// neighbourhood for rejected claims and draws them grey and dashed; the choice lives in the URL
// across a reload. And the review round trip from the evidence view: a rejected claim's edge goes
// at once, comes back marked rejected when the facet shows rejected claims, and an accepted one's
// edge is drawn again at once, whether the facet shows rejected claims or not.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, enterKey, foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const KEY = 'explorer-review-facet-key-9a7c3e51';
const SHUSHI = 'place:shushi';
const ALL_VERDICTS = { verdict: { in: ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] } };

const hash = (page: Page) => page.evaluate(() => window.location.hash);

/** A drawn edge's verdict and line style as cytoscape has them; null when the edge is not drawn. */
function edgeStyle(page: Page, id: string): Promise<{ verdict: string; line: string; arrow: string } | null> {
  return page.evaluate((edgeId) => {
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    const e = cy.$id(edgeId);
    if (e.empty() || !e.visible()) return null;
    return { verdict: e.data('verdict'), line: e.style('line-style'), arrow: e.style('target-arrow-shape') };
  }, id);
}

describe.each(BACKENDS)('explorer Review facet [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;
    let filters: Locator;

    /** The neighbourhood's claim ids by verdict, as the API answers it (with `where`, rejected ones too). */
    const apiVerdicts = async (where?: Record<string, unknown>): Promise<Record<string, string[]>> => {
      const hood = (
        await server.query(`query ($id: ID!, $w: ClaimWhere) { neighborhood(id: $id, hops: 1, first: 50, where: $w) { edges { claim { id review { verdict } } } } }`, {
          id: SHUSHI,
          w: where,
        })
      ).neighborhood;
      const out: Record<string, string[]> = { UNREVIEWED: [], ACCEPTED: [], REJECTED: [] };
      for (const e of hood.edges) out[e.claim.review?.verdict ?? 'UNREVIEWED']!.push(e.claim.id);
      return out;
    };
    const counted = () =>
      filters
        .locator('[data-facet=verdict]')
        .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-value'), Number(e.getAttribute('data-count'))])));
    const ticked = () =>
      filters.locator('[data-facet=verdict]').evaluateAll((els) => els.filter((e) => (e.querySelector('input') as HTMLInputElement).checked).map((e) => e.getAttribute('data-value')));
    const box = (label: string) => filters.getByRole('checkbox', { name: new RegExp(`^${label}`) });
    const lengths = (v: Record<string, string[]>) => Object.fromEntries(Object.entries(v).map(([k, ids]) => [k, ids.length]));

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend, undefined, { API_KEYS: [`curator:${KEY}`] }));
      filters = page.getByTestId('filters');
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] reject → the edge goes → ticking Rejected asks for it and draws it dashed → accept → drawn again at once; counts match the API and the facet survives a reload`, async () => {
      const [id] = (await server.query(`{ claims(where: { subject: { id: { eq: "${SHUSHI}" } }, predicate: { eq: OVERLOOKS } }) { edges { node { id } } } }`)).claims.edges.map(
        (e: any) => e.node.id,
      );
      expect(id).toBeDefined();
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${SHUSHI}&claim=${id}`);
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).toContain(id);

      // By default: unreviewed and accepted ticked, each counted among the graph's claims as the API has them.
      const before = await apiVerdicts();
      expect(before.UNREVIEWED).toContain(id);
      await expect.poll(counted).toEqual(lengths(before));
      expect(await ticked()).toEqual(['UNREVIEWED', 'ACCEPTED']);
      expect(await hash(page)).not.toMatch(/verdict=/);

      // Reject from the evidence view: the edge goes at once.
      const review = page.getByTestId('evidence-view').getByTestId('review');
      await enterKey(review, KEY);
      await review.getByRole('button', { name: 'Reject' }).click();
      await expect.poll(() => review.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('REJECTED');
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).not.toContain(id);
      expect((await apiVerdicts()).UNREVIEWED).not.toContain(id);

      // Ticking Rejected asks the API with the filter; the rejected claim is drawn grey and dashed with a bar.
      await box('Rejected').check();
      await expect.poll(() => edgeStyle(page, id), { timeout: 15_000 }).toEqual({ verdict: 'REJECTED', line: 'dashed', arrow: 'tee' });
      const withRejected = await apiVerdicts(ALL_VERDICTS);
      expect(withRejected.REJECTED).toEqual([id]);
      await expect.poll(counted).toEqual(lengths(withRejected));
      await expect.poll(() => hash(page)).toMatch(/verdict=UNREVIEWED,ACCEPTED,REJECTED(&|$)/);

      // The URL round trip: after a reload the facet is as it was, and the restored graph asked for rejected claims.
      await page.reload();
      await expect.poll(() => edgeStyle(page, id), { timeout: 15_000 }).toEqual({ verdict: 'REJECTED', line: 'dashed', arrow: 'tee' });
      expect(await ticked()).toEqual(['UNREVIEWED', 'ACCEPTED', 'REJECTED']);
      await expect.poll(counted).toEqual(lengths(withRejected));

      // Accept: the same edge is redrawn as accepted at once.
      const reloaded = page.getByTestId('evidence-view').getByTestId('review');
      await expect.poll(() => reloaded.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('REJECTED');
      await reloaded.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => edgeStyle(page, id), { timeout: 15_000 }).toMatchObject({ verdict: 'ACCEPTED', line: 'solid' });
      await expect.poll(counted).toEqual({ ...lengths(withRejected), ACCEPTED: withRejected.ACCEPTED!.length + 1, REJECTED: 0 });

      // Only rejected claims shown: the URL says so; unticking Rejected again hides nothing else.
      await box('Unreviewed').uncheck();
      await box('Accepted').uncheck();
      await expect.poll(() => hash(page)).toMatch(/verdict=REJECTED(&|$)/);
      await expect.poll(async () => (await drawn(page)).edges).toEqual([]);
      await box('Unreviewed').check();
      await box('Accepted').check();
      await box('Rejected').uncheck();
      await expect.poll(() => hash(page)).not.toMatch(/verdict=/);
      await expect.poll(async () => (await drawn(page)).edges).toContain(id);

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] with rejected claims hidden, accepting a claim rejected earlier draws its edge again at once, without a reload`, async () => {
      const [id] = (await server.query(`{ claims(where: { subject: { id: { eq: "${SHUSHI}" } }, predicate: { eq: LOCATED_IN } }) { edges { node { id } } } }`)).claims.edges.map(
        (e: any) => e.node.id,
      );
      expect(id).toBeDefined();
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${SHUSHI}&claim=${id}`);
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).toContain(id);
      const review = page.getByTestId('evidence-view').getByTestId('review');
      await enterKey(review, KEY);
      await review.getByRole('button', { name: 'Reject' }).click();
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).not.toContain(id);
      expect((await counted()).REJECTED).toBe(0);

      await review.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => review.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('ACCEPTED');
      await expect.poll(() => edgeStyle(page, id), { timeout: 15_000 }).toMatchObject({ verdict: 'ACCEPTED', line: 'solid' });
      expect((await apiVerdicts()).ACCEPTED).toContain(id);
      await expect.poll(counted).toEqual(lengths(await apiVerdicts()));

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
