// Sources side by side in the explorer, in Debian's Chromium on both stores: for a claim, it and
// the claims linked to it; for an event, the claims about it; one row per statement (speaker,
// status, day, channel, article, quote) as the API has it, the links between rows drawn and named.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const SHUSHI = 'place:shushi';
const SHOOTDOWN = 'event:russian-helicopter-shootdown';
const ALIYEV_CLAIM = 'claim:ap-2020-11-09-shushi-helicopter:aliyev-claims-azerbaijani-forces-took-shushi';
const POGOSIAN_CLAIM = 'claim:ap-2020-11-09-shushi-helicopter:pogosian-confirms-azerbaijani-forces-took-shushi';

const STATEMENT = `
  id status statedVia
  attributedTo { name }
  statedOn { value }
  confirms { id } confirmedBy { id } contradicts { id } contradictedBy { id } sameAs { id }
  evidence { quote article { publisher title publishedAt } }
`;

interface Row {
  id: string;
  speaker: string;
  status: string;
  day: string;
  channel: string;
  articles: string[];
  quotes: string[];
}

/** The row the table should show for a claim as the API answers it. */
function rowOf(c: any): Row {
  return {
    id: c.id,
    speaker: c.attributedTo.length ? c.attributedTo.map((a: any) => a.name).join(', ') : 'the article’s own voice',
    status: c.status,
    day: c.statedOn?.value ?? '',
    channel: c.statedVia ?? '—',
    articles: [...new Set(c.evidence.map((e: any) => `${e.article.publisher}|${e.article.title}`))] as string[],
    quotes: c.evidence.map((e: any) => `“${e.quote}”`),
  };
}

/** The rows for these claims in the table's order: by the day said (else reported; undated last), then by id. */
function ordered(claims: any[]): Row[] {
  const when = (c: any): string => c.statedOn?.value ?? c.evidence[0]?.article.publishedAt ?? '\uffff';
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...claims].sort((a, b) => compare(when(a), when(b)) || compare(a.id, b.id)).map(rowOf);
}

/** The rows the table shows, in order. */
function shownRows(page: Page): Promise<Row[]> {
  return page
    .getByTestId('sources-view')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (col: string) => tr.querySelector(`[data-col=${col}]`)!;
        return {
          id: tr.getAttribute('data-claim-id')!,
          speaker: cell('speaker').textContent!.trim(),
          status: cell('status').getAttribute('data-status')!,
          day: cell('day').getAttribute('data-day')!,
          channel: cell('channel').textContent!.trim(),
          articles: Array.from(cell('article').querySelectorAll('.source-article')).map(
            (a) => `${a.querySelector('strong')!.textContent}|${a.querySelector('.muted')!.textContent}`,
          ),
          quotes: Array.from(cell('quote').querySelectorAll('.source-quote')).map((q) => q.textContent!.trim()),
        };
      }),
    );
}

describe.each(BACKENDS)('explorer sources [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] Aliyev's claim that Shushi was taken sits beside Pogosian's confirmation, the CONFIRMS link drawn between their rows`, async () => {
      const claim = (await server.query(`query ($id: ID!) { claim(id: $id) { ${STATEMENT} } }`, { id: ALIYEV_CLAIM })).claim;
      const linkedIds = ['confirms', 'confirmedBy', 'contradicts', 'contradictedBy', 'sameAs'].flatMap((k) => claim[k].map((c: any) => c.id));
      expect(linkedIds).toContain(POGOSIAN_CLAIM);
      const linked = (
        await server.query(`query ($ids: [ID!]!) { claims(where: { id: { in: $ids } }, first: 100) { edges { node { ${STATEMENT} } } } }`, {
          ids: linkedIds,
        })
      ).claims.edges.map((e: any) => e.node);
      // One row per statement, in the order they were made.
      const expected = ordered([claim, ...linked]);

      await page.goto(`${server.url}/explore/#sel=${SHUSHI}`);
      const item = page.locator(`li.claim[data-claim-id="${ALIYEV_CLAIM}"]`);
      await item.waitFor({ timeout: 15_000 });
      await item.getByRole('button', { name: /^Sources side by side/ }).click();

      const view = page.getByTestId('sources-view');
      await expect.poll(() => shownRows(page), { timeout: 15_000 }).toEqual(expected);
      const aliyev = expected.find((r) => r.id === ALIYEV_CLAIM)!;
      const pogosian = expected.find((r) => r.id === POGOSIAN_CLAIM)!;
      expect([aliyev.speaker, aliyev.status]).toEqual(['Ilham Aliyev', 'CLAIMED']);
      expect([pogosian.speaker, pogosian.status, pogosian.channel]).toEqual(['Vagram Pogosian', 'CONFIRMED', 'Facebook']);
      expect(await view.locator(`tr[data-claim-id="${ALIYEV_CLAIM}"]`).getAttribute('aria-current')).toBe('true');

      // Each row names the link from its side ...
      const n = (id: string) => expected.findIndex((r) => r.id === id) + 1;
      const linkText = (row: string, other: string) =>
        view.locator(`tr[data-claim-id="${row}"] [data-col=links] [data-relation=CONFIRMS][data-other="${other}"]`).textContent();
      expect(await linkText(POGOSIAN_CLAIM, ALIYEV_CLAIM)).toBe(`confirms #${n(ALIYEV_CLAIM)}`);
      expect(await linkText(ALIYEV_CLAIM, POGOSIAN_CLAIM)).toBe(`confirmed by #${n(POGOSIAN_CLAIM)}`);
      // ... and an arc runs from the confirming row to the confirmed one, its ends at the rows' middles.
      const arc = await view.locator(`path.sources-arc[data-relation=CONFIRMS][data-from="${POGOSIAN_CLAIM}"][data-to="${ALIYEV_CLAIM}"]`).evaluate((p) => {
        const svg = (p as SVGPathElement).ownerSVGElement!.getBoundingClientRect();
        const middle = (id: string) => {
          const r = document.querySelector(`tr[data-claim-id="${id}"]`)!.getBoundingClientRect();
          return r.top + r.height / 2 - svg.top;
        };
        const ys = [...p.getAttribute('d')!.matchAll(/[\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
        return { start: ys[0]!, end: ys[ys.length - 1]!, from: middle(p.getAttribute('data-from')!), to: middle(p.getAttribute('data-to')!) };
      });
      expect(Math.abs(arc.start - arc.from)).toBeLessThan(1);
      expect(Math.abs(arc.end - arc.to)).toBeLessThan(1);
      expect(await view.locator('path.sources-arc').count()).toBe(1);

      // A row's evidence opens in the evidence view.
      await view.locator(`tr[data-claim-id="${POGOSIAN_CLAIM}"]`).getByRole('button', { name: /^Evidence/ }).click();
      const evidence = page.getByTestId('evidence-view');
      await expect.poll(() => evidence.getAttribute('data-claim-id')).toBe(POGOSIAN_CLAIM);
      await page.keyboard.press('Escape');
      await expect.poll(() => evidence.count()).toBe(0);

      // The table lives in the URL: a reload brings it back; Escape closes it.
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`sources=${ALIYEV_CLAIM}`);
      await page.reload();
      await expect.poll(() => shownRows(page), { timeout: 15_000 }).toEqual(expected);
      await view.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => view.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('sources=');

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] for the helicopter shoot-down, every claim about the event is a row with its speaker, day, channel and article`, async () => {
      const about = (
        await server.query(`query ($id: ID!) { claims(where: { about: { id: { eq: $id } } }, first: 100) { totalCount edges { node { ${STATEMENT} } } } }`, {
          id: SHOOTDOWN,
        })
      ).claims;
      expect(about.totalCount).toBeGreaterThan(1);
      const claims = about.edges.map((e: any) => e.node);
      // The seed graph links none of them to another claim, so the table holds exactly these.
      expect(claims.flatMap((c: any) => [...c.confirms, ...c.confirmedBy, ...c.contradicts, ...c.contradictedBy, ...c.sameAs])).toEqual([]);
      const expected = ordered(claims);
      expect(expected.some((r: Row) => r.status === 'CLAIMED')).toBe(true);

      await page.goto('about:blank');
      await page.goto(`${server.url}/explore/#sel=${SHOOTDOWN}`);
      const details = page.getByTestId('details');
      await expect.poll(() => page.locator('#details-heading').getAttribute('data-entity-id'), { timeout: 15_000 }).toBe(SHOOTDOWN);
      await details.getByRole('button', { name: 'Compare sources' }).click();

      const view = page.getByTestId('sources-view');
      await expect.poll(() => view.getAttribute('data-subject-id')).toBe(SHOOTDOWN);
      await expect.poll(() => shownRows(page), { timeout: 15_000 }).toEqual(expected);
      // Every row is one of the event's own claims, and no link is drawn.
      expect(await view.locator('tbody tr[aria-current=true]').count()).toBe(expected.length);
      expect(await view.locator('path.sources-arc').count()).toBe(0);
      const { name } = (await server.query(`query ($id: ID!) { entity(id: $id) { name } }`, { id: SHOOTDOWN })).entity;
      expect(await view.locator('#sources-heading').textContent()).toBe(`Sources side by side: ${name}`);

      await view.getByRole('button', { name: /close sources/i }).click();
      await expect.poll(() => view.count()).toBe(0);
      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
