// The filter panel's facets in Debian's Chromium on both stores: entity subtype, claim source
// (publisher), origin, minimum confidence and reporting days, each counted against the API, each
// filtering what cytoscape draws as the API's data says it should, and each restored from the URL
// on reload. A second article (another publisher, another day, an extracted claim of low
// confidence) is written beside the seed so that every facet has something to tell apart.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../src/model/records.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, foreign, graphCount, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const SHUSHI = 'place:shushi';
const STEPANAKERT = 'place:stepanakert';
const DRONE = 'thing:facets-drone';
const SECOND = 'article:facets-second-source';
const TEXT = 'A drone attacked Shushi. Shushi overlooks Stepanakert.';

/** Another publisher, three days later: an extracted claim (confidence 0.6) and a curated one (0.75). */
function secondSource(): GraphBatch {
  const evidence = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return [{ articleId: SECOND, quote, start, end: start + quote.length, sentence: start === 0 ? 0 : 1 }];
  };
  const claim = (id: string, subjectId: string, predicate: string, objectId: string, quote: string, origin: string, confidence: number) => ({
    id,
    articleId: SECOND,
    predicate,
    statement: quote,
    subjectId,
    objectId,
    qualifiers: {},
    status: 'REPORTED' as const,
    attributedTo: [],
    confidence,
    origin,
    evidence: evidence(quote),
    links: [],
  });
  return {
    articles: [
      {
        id: SECOND,
        title: 'Drone over Shushi',
        publisher: 'Reuters',
        publishedAt: '2020-11-12',
        text: TEXT,
        contentHash: 'hash-facets-second-source',
        sentences: [
          { index: 0, start: 0, end: 24, caption: false },
          { index: 1, start: 25, end: TEXT.length, caption: false },
        ],
      },
    ],
    entities: [{ id: DRONE, kind: 'THING', subtype: 'drone', name: 'Facet drone', aliases: [], provisional: false }],
    claims: [
      claim('claim:facets:drone-attacked-shushi', DRONE, 'ATTACKED', SHUSHI, 'A drone attacked Shushi', 'rule:facets-test', 0.6),
      claim('claim:facets:shushi-overlooks-stepanakert', SHUSHI, 'OVERLOOKS', STEPANAKERT, 'Shushi overlooks Stepanakert', 'curated', 0.75),
    ],
    mentions: [],
  };
}

interface ApiClaim {
  id: string;
  confidence: number;
  origin: { kind: string };
  evidence: { article: { publisher: string | null; publishedAt: string | null } }[];
}
interface ApiHood {
  nodes: { id: string; kind: string; subtype: string }[];
  edges: { source: string; target: string; predicate: string; claim: ApiClaim | null }[];
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);
const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});

describe.each(BACKENDS)('explorer facets [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;
    let hood: ApiHood;
    let filters: Locator;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend, secondSource()));
      hood = (
        await server.query(
          `query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id kind subtype }
             edges { source target predicate claim { id confidence origin { kind } evidence { article { publisher publishedAt } } } } } }`,
          { id: SHUSHI },
        )
      ).neighborhood;
      filters = page.getByTestId('filters');
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    const edgeId = (e: ApiHood['edges'][number]) => e.claim?.id ?? `${e.source}|${e.predicate}|${e.target}`;
    /** What should be drawn when these entities and claims are filtered out (a claim goes with either entity). */
    const expected = (hideNode: (n: ApiHood['nodes'][number]) => boolean, hideClaim: (c: ApiClaim) => boolean) => {
      const nodes = hood.nodes.filter((n) => !hideNode(n)).map((n) => n.id);
      const shown = new Set(nodes);
      const edges = hood.edges
        .filter((e) => !(e.claim && hideClaim(e.claim)) && shown.has(e.source) && shown.has(e.target))
        .map(edgeId);
      return { nodes: nodes.sort(), edges: edges.sort() };
    };
    const all = () => expected(() => false, () => false);
    const publishers = (c: ApiClaim) => [...new Set(c.evidence.flatMap((e) => (e.article.publisher ? [e.article.publisher] : [])))];
    const days = (c: ApiClaim) => [...new Set(c.evidence.flatMap((e) => (e.article.publishedAt ? [e.article.publishedAt.slice(0, 10)] : [])))];
    const claims = () => hood.edges.flatMap((e) => (e.claim ? [e.claim] : []));

    /** Checks the drawing, the URL, and the same after a reload; then Show all restores everything. */
    async function filtersAndSurvivesReload(want: { nodes: string[]; edges: string[] }, param: RegExp, control: () => Promise<unknown>, controlWant: unknown) {
      expect(want.nodes.length + want.edges.length).toBeLessThan(all().nodes.length + all().edges.length);
      await expect.poll(() => drawn(page)).toEqual(want);
      await expect.poll(() => hash(page)).toMatch(param);
      await page.reload();
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: hood.nodes.length, edges: hood.edges.length });
      await expect.poll(() => drawn(page)).toEqual(want);
      expect(await control()).toEqual(controlWant);
      await filters.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => drawn(page)).toEqual(all());
      await expect.poll(() => hash(page)).not.toMatch(param);
    }

    it(`[${backend}] every facet value carries its count among the graph's entities or claims`, async () => {
      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${SHUSHI}`);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: hood.nodes.length, edges: hood.edges.length });
      await expect.poll(() => drawn(page)).toEqual(all());
      const counted = (facet: string) =>
        filters
          .locator(`[data-facet=${facet}]`)
          .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-value'), Number(e.getAttribute('data-count'))])));
      expect(await counted('subtype')).toEqual(tally(hood.nodes.map((n) => n.subtype)));
      expect(await counted('source')).toEqual(tally(claims().flatMap(publishers)));
      expect(await counted('source')).toMatchObject({ AP: expect.any(Number), Reuters: 2 });
      expect(await counted('origin')).toEqual({ CURATED: 0, EXTRACTED: 0, ...tally(claims().map((c) => c.origin.kind)) });
      expect((await counted('origin')).EXTRACTED).toBe(1);
      expect(await counted('reported')).toEqual(tally(claims().flatMap(days)));
      const confidence = await counted('confidence');
      expect(confidence['']).toBe(claims().length);
      for (const min of ['0.5', '0.7', '0.8', '0.9', '0.95', '1']) {
        expect(confidence[min], min).toBe(claims().filter((c) => c.confidence >= Number(min)).length);
      }
    }, 60_000);

    it(`[${backend}] hiding a subtype hides its entities and their claims, in the URL across a reload`, async () => {
      const box = filters.getByRole('checkbox', { name: /^drone/ });
      await box.uncheck();
      await filtersAndSurvivesReload(
        expected((n) => n.subtype === 'drone', () => false),
        /hidesubtype=drone/,
        () => box.isChecked(),
        false,
      );
    }, 60_000);

    it(`[${backend}] hiding a source hides the claims only its articles report, in the URL across a reload`, async () => {
      const box = filters.getByRole('checkbox', { name: /^AP/ });
      await box.uncheck();
      const want = expected(() => false, (c) => publishers(c).every((p) => p === 'AP'));
      expect(want.edges).toContain('claim:facets:shushi-overlooks-stepanakert');
      await filtersAndSurvivesReload(want, /hidesource=AP(&|$)/, () => box.isChecked(), false);
    }, 60_000);

    it(`[${backend}] hiding an origin hides its claims, in the URL across a reload`, async () => {
      const box = filters.getByRole('checkbox', { name: /^Extracted/ });
      await box.uncheck();
      const want = expected(() => false, (c) => c.origin.kind === 'EXTRACTED');
      expect(want.edges).not.toContain('claim:facets:drone-attacked-shushi');
      await filtersAndSurvivesReload(want, /hideorigin=EXTRACTED/, () => box.isChecked(), false);
    }, 60_000);

    it(`[${backend}] a minimum confidence hides the claims below it, in the URL across a reload`, async () => {
      const select = filters.getByRole('combobox', { name: 'Minimum confidence' });
      await select.selectOption('0.8');
      const want = expected(() => false, (c) => c.confidence < 0.8);
      expect(want.edges).not.toContain('claim:facets:shushi-overlooks-stepanakert');
      await filtersAndSurvivesReload(want, /minconf=0\.8/, () => select.inputValue(), '0.8');
    }, 60_000);

    it(`[${backend}] a range of reporting days keeps the claims an article of those days reports, in the URL across a reload`, async () => {
      // One end given: the other is the graph's last reporting day.
      await filters.getByLabel('Reported from').fill('2020-11-10');
      const want = expected(() => false, (c) => !days(c).some((d) => d >= '2020-11-10' && d <= '2020-11-12'));
      expect(want.edges).toEqual(['claim:facets:drone-attacked-shushi', 'claim:facets:shushi-overlooks-stepanakert']);
      await expect.poll(() => page.getByTestId('reported-count').textContent()).toMatch(/^2 claims reported in the range/);
      await filtersAndSurvivesReload(want, /reported=2020-11-10\.\.2020-11-12/, () => filters.getByLabel('Reported to').inputValue(), '2020-11-12');

      // A day's button keeps that day's claims.
      await filters.locator('[data-facet=reported][data-value="2020-11-09"]').getByRole('button').click();
      await expect.poll(() => drawn(page)).toEqual(expected(() => false, (c) => !days(c).includes('2020-11-09')));
      await expect.poll(() => hash(page)).toMatch(/reported=2020-11-09\.\.2020-11-09/);
      await filters.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => drawn(page)).toEqual(all());
      expect(foreign(browser!.requests)).toEqual([]);
    }, 60_000);
  });
});
