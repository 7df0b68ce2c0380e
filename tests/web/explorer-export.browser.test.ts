// Exports of the explorer's view, in Debian's Chromium on both stores: each format is downloaded
// as a user would (the browser's download), parsed back, and checked against what cytoscape draws
// (filters applied) and what the API says of the drawn claims and their articles.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, foreign, graphCount, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const SHUSHI = 'place:shushi';
const ALIYEV = 'actor:ilham-aliyev';

interface Article {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string | null;
}

interface ApiClaim {
  id: string;
  statement: string;
  status: string;
  predicate: string;
  subject: { id: string };
  object: { id: string } | null;
  attributedTo: { name: string }[];
  statedOn: { value: string } | null;
  statedVia: string | null;
  evidence: { quote: string; article: Article }[];
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  // Every record ends with CRLF, the last one included.
  expect(field + row.join('')).toBe('');
  const [header, ...body] = rows;
  return body.map((r) => {
    expect(r.length).toBe(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
}

/** Clicks an entry of the Export menu and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  const menu = page.locator('.export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: label }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
}

/** A citation names the article's title, publisher and day, and its address when known. */
function cites(text: string, a: Article): boolean {
  return [a.title, a.publisher, a.publishedAt, a.url].every((part) => !part || text.includes(part));
}

describe.each(BACKENDS)('explorer export [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;
    /** What the page draws, and the API's answer for its claims. */
    let shown: { nodes: string[]; edges: string[] };
    let claims: Map<string, ApiClaim>;
    let articles: Article[];

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] Shushi's and Aliyev's neighbourhoods without their events are drawn, and the API has evidence for each drawn claim`, async () => {
      const hoods = await Promise.all(
        [SHUSHI, ALIYEV].map(
          async (id) =>
            (
              await server.query(`query ($id: ID!) { neighborhood(id: $id, hops: 1, first: 50) { nodes { id kind } edges { source target claim { id } } } }`, {
                id,
              })
            ).neighborhood,
        ),
      );
      const kindOf = new Map<string, string>(hoods.flatMap((h) => h.nodes.map((n: { id: string; kind: string }) => [n.id, n.kind])));
      const edges = new Map<string, { source: string; target: string }>(hoods.flatMap((h) => h.edges.map((e: any) => [e.claim.id, e])));
      const notEvents = [...kindOf].filter(([, kind]) => kind !== 'EVENT').map(([id]) => id);
      expect(notEvents.length).toBeLessThan(kindOf.size);

      await page.goto(`${server.url}/explore/#sel=${SHUSHI}&exp=${SHUSHI},${ALIYEV}&hidekind=EVENT`);
      await expect.poll(() => graphCount(page), { timeout: 15_000 }).toEqual({ nodes: kindOf.size, edges: edges.size });
      // A claim is drawn when both its entities are.
      const expected = {
        nodes: notEvents.sort(),
        edges: [...edges].filter(([, e]) => notEvents.includes(e.source) && notEvents.includes(e.target)).map(([id]) => id).sort(),
      };
      await expect.poll(() => drawn(page)).toEqual(expected);
      shown = expected;
      expect(shown.edges.length).toBeGreaterThan(3);

      const answer = (
        await server.query(
          `query ($ids: [ID!]!) { claims(where: { id: { in: $ids } }, first: 100) { edges { node {
            id statement status predicate subject { id } object { id } attributedTo { name } statedOn { value } statedVia
            evidence { quote article { id title publisher publishedAt url } } } } } }`,
          { ids: shown.edges },
        )
      ).claims.edges.map((e: { node: ApiClaim }) => e.node);
      claims = new Map(answer.map((c: ApiClaim) => [c.id, c]));
      expect([...claims.keys()].sort()).toEqual(shown.edges);
      articles = [...new Map([...claims.values()].flatMap((c) => c.evidence.map((e) => [e.article.id, e.article] as const))).values()];
      expect(articles.length).toBeGreaterThan(0);
    }, 120_000);

    it(`[${backend}] GraphML holds the drawn entities and claims, each claim with its quote and citation`, async () => {
      const { name, body } = await exportAs(page, 'Graph (GraphML)');
      expect(name).toBe('newsgraph-view.graphml');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        const data = (el: Element, key: string) => el.querySelector(`:scope > data[key="${key}"]`)?.textContent ?? null;
        const graph = doc.querySelector('graph')!;
        return {
          namespace: doc.documentElement.namespaceURI,
          directed: graph.getAttribute('edgedefault'),
          sources: data(graph, 'sources'),
          nodes: Array.from(doc.querySelectorAll('node')).map((n) => ({ id: n.getAttribute('id')!, name: data(n, 'name'), kind: data(n, 'kind') })),
          edges: Array.from(doc.querySelectorAll('edge')).map((e) => ({
            id: e.getAttribute('id')!,
            source: e.getAttribute('source'),
            target: e.getAttribute('target'),
            status: data(e, 'status'),
            quote: data(e, 'quote'),
            citation: data(e, 'citation'),
          })),
        };
      }, body.toString('utf8'));
      expect(parsed).not.toBeNull();
      expect(parsed!.namespace).toBe('http://graphml.graphdrawing.org/xmlns');
      expect(parsed!.directed).toBe('directed');
      expect(parsed!.nodes.map((n) => n.id).sort()).toEqual(shown.nodes);
      expect(parsed!.nodes.every((n) => n.kind !== 'EVENT' && !!n.name)).toBe(true);
      expect(parsed!.edges.map((e) => e.id).sort()).toEqual(shown.edges);
      for (const e of parsed!.edges) {
        const c = claims.get(e.id)!;
        expect([e.source, e.target, e.status]).toEqual([c.subject.id, c.object?.id, c.status]);
        expect(e.quote).toBe(c.evidence.map((ev) => ev.quote).join('\n'));
        for (const ev of c.evidence) expect(cites(e.citation ?? '', ev.article), e.id).toBe(true);
      }
      for (const a of articles) expect(cites(parsed!.sources ?? '', a)).toBe(true);
    }, 120_000);

    it(`[${backend}] the CSVs list the drawn entities, the drawn claims as edges with citations, and every quote with its article`, async () => {
      const nodes = await exportAs(page, 'Entities (CSV)');
      expect(nodes.name).toBe('newsgraph-nodes.csv');
      const nodeRows = parseCsv(nodes.body.toString('utf8'));
      expect(nodeRows.map((r) => r.id).sort()).toEqual(shown.nodes);
      const names = await page.evaluate(() => {
        const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
        return Object.fromEntries(cy.nodes(':visible').map((n: any) => [n.id(), n.data('name')]));
      });
      for (const r of nodeRows) expect(r.name).toBe(names[r.id]);

      const edges = parseCsv((await exportAs(page, 'Claims as edges (CSV)')).body.toString('utf8'));
      expect(edges.map((r) => r.id).sort()).toEqual(shown.edges);
      for (const r of edges) {
        const c = claims.get(r.id)!;
        expect([r.source, r.target, r.predicate, r.status, r.statement]).toEqual([c.subject.id, c.object?.id, c.predicate, c.status, c.statement]);
        expect([r.speaker, r.stated_on, r.stated_via]).toEqual([c.attributedTo.map((a) => a.name).join('; '), c.statedOn?.value ?? '', c.statedVia ?? '']);
        for (const ev of c.evidence) expect(cites(r.citations!, ev.article)).toBe(true);
      }

      const quotes = parseCsv((await exportAs(page, 'Claims with evidence (CSV)')).body.toString('utf8'));
      const expected = [...claims.values()].flatMap((c) =>
        c.evidence.map((ev) => ({
          claim: c.id,
          quote: ev.quote,
          article: ev.article.id,
          title: ev.article.title,
          publisher: ev.article.publisher,
          day: ev.article.publishedAt,
          url: ev.article.url ?? '',
        })),
      );
      const got = quotes.map((r) => ({
        claim: r.claim_id!,
        quote: r.quote!,
        article: r.article_id!,
        title: r.article_title!,
        publisher: r.publisher!,
        day: r.published_at!,
        url: r.url!,
      }));
      const byKey = (a: { claim: string; quote: string }, b: { claim: string; quote: string }) =>
        (a.claim + a.quote < b.claim + b.quote ? -1 : 1);
      expect(got.sort(byKey)).toEqual(expected.sort(byKey));
    }, 120_000);

    it(`[${backend}] JSON-LD describes the drawn entities, the claims (schema.org Claim) and the articles they appear in`, async () => {
      const { name, body } = await exportAs(page, 'Linked data (JSON-LD)');
      expect(name).toBe('newsgraph-view.jsonld');
      const doc = JSON.parse(body.toString('utf8'));
      expect(doc['@context']['@vocab']).toBe('https://schema.org/');
      const graph: any[] = doc['@graph'];
      const ofType = (t: string) => graph.filter((n) => n['@type'] === t);
      const claimNodes = ofType('Claim');
      expect(claimNodes.map((c) => c['@id']).sort()).toEqual(shown.edges);
      expect(graph.filter((n) => shown.nodes.includes(n['@id'])).length).toBe(shown.nodes.length);
      for (const c of claimNodes) {
        const api = claims.get(c['@id'])!;
        expect([c.text, c.status, c.claimSubject, c.claimObject]).toEqual([api.statement, api.status, api.subject.id, api.object?.id]);
        expect(c.evidence.map((e: any) => e.text)).toEqual(api.evidence.map((e) => e.quote));
        expect(c.appearance.map((a: any) => a['@id']).sort()).toEqual([...new Set(api.evidence.map((e) => e.article.id))].sort());
      }
      const cited = ofType('NewsArticle');
      expect(cited.map((a) => a['@id']).sort()).toEqual(articles.map((a) => a.id).sort());
      for (const a of cited) {
        const api = articles.find((x) => x.id === a['@id'])!;
        expect([a.headline, a.publisher?.name, a.datePublished, a.url ?? null]).toEqual([api.title, api.publisher, api.publishedAt, api.url]);
      }
    }, 120_000);

    it(`[${backend}] the SVG draws each drawn entity where cytoscape has it, each drawn claim, and lists the sources`, async () => {
      const { name, body } = await exportAs(page, 'Picture (SVG)');
      expect(name).toBe('newsgraph-view.svg');
      const svg = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        if (doc.querySelector('parsererror')) return null;
        // Laid out in the page, so the shapes can be measured.
        const host = document.body.appendChild(document.createElement('div'));
        host.append(document.importNode(doc.documentElement, true));
        const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
        const result = {
          nodes: Array.from(host.querySelectorAll('g.node')).map((g) => {
            const box = (g.firstElementChild as SVGGraphicsElement).getBBox();
            const at = cy.$id(g.getAttribute('data-id')).position();
            return {
              id: g.getAttribute('data-id')!,
              label: g.querySelector('text')!.textContent,
              name: cy.$id(g.getAttribute('data-id')).data('name'),
              offset: Math.hypot(box.x + box.width / 2 - at.x, box.y + box.height / 2 - at.y),
            };
          }),
          edges: Array.from(host.querySelectorAll('g.edge')).map((g) => g.getAttribute('data-id')!),
          citations: Array.from(host.querySelectorAll('text.citation')).map((t) => t.textContent!),
        };
        host.remove();
        return result;
      }, body.toString('utf8'));
      expect(svg).not.toBeNull();
      expect(svg!.nodes.map((n) => n.id).sort()).toEqual(shown.nodes);
      for (const n of svg!.nodes) {
        expect(n.label).toBe(n.name);
        expect(n.offset, n.id).toBeLessThan(1);
      }
      expect(svg!.edges.sort()).toEqual(shown.edges);
      expect(svg!.citations).toHaveLength(articles.length);
      for (const a of articles) expect(svg!.citations.some((c) => cites(c, a))).toBe(true);
    }, 120_000);

    it(`[${backend}] the PNG is cytoscape's picture at twice its size with the sources under it and in its text chunk, the view's labels left as they were; nothing leaves localhost`, async () => {
      const unlabelled = () =>
        page.evaluate(() => {
          const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
          return cy.nodes('.unlabelled').map((n: any) => n.id()).sort();
        });
      // Zoomed out far enough that level of detail leaves some nodes unlabelled in the view.
      await page.evaluate(() => {
        const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
        cy.zoom(0.5);
      });
      const before = await unlabelled();
      expect(before.length).toBeGreaterThan(0);
      const { name, body } = await exportAs(page, 'Picture (PNG)');
      expect(name).toBe('newsgraph-view.png');
      expect(await unlabelled()).toEqual(before);
      expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // Walk the chunks: IHDR first, IEND last, the iTXt chunk in between.
      const chunks: { type: string; data: Buffer }[] = [];
      for (let at = 8; at < body.length; ) {
        const length = body.readUInt32BE(at);
        chunks.push({ type: body.toString('latin1', at + 4, at + 8), data: body.subarray(at + 8, at + 8 + length) });
        at += 12 + length;
      }
      expect(chunks[0]!.type).toBe('IHDR');
      expect(chunks[chunks.length - 1]!.type).toBe('IEND');
      const [width, height] = [chunks[0]!.data.readUInt32BE(0), chunks[0]!.data.readUInt32BE(4)];
      const picture = await page.evaluate(() => {
        const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
        const bb = cy.elements(':visible').boundingBox();
        return { w: bb.w, h: bb.h };
      });
      // At least the drawn picture at twice its size (every label shown can only widen it), the sources under it.
      expect(width).toBeGreaterThanOrEqual(Math.floor(2 * picture.w) - 2);
      expect(height).toBeGreaterThan(2 * picture.h);
      const text = chunks.find((c) => c.type === 'iTXt')!.data;
      const [keyword, rest] = [text.toString('latin1', 0, text.indexOf(0)), text.subarray(text.indexOf(0) + 1)];
      expect(keyword).toBe('Description');
      // Uncompressed, no language tag or translated keyword: four bytes, then UTF-8.
      expect([...rest.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
      const description = rest.subarray(4).toString('utf8');
      for (const a of articles) expect(cites(description, a)).toBe(true);
      await expect.poll(() => page.locator('.graph-status').textContent()).toBe(
        `Exported newsgraph-view.png: ${shown.nodes.length} entities, ${shown.edges.length} claims, ${articles.length} ${articles.length === 1 ? 'article' : 'articles'} cited.`,
      );

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);
  });
});
