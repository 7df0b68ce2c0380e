// The explorer at scale (issue 15): the real explorer (/explore of the bench's server, over its
// synthetic graph) in Debian's chromium driven by playwright-core, with about `nodes` entities drawn
// the way a shared link restores them: `#exp=` naming many entities, one neighbourhood request each
// (the API gives at most 100 nodes a request). Measured: cose's layout of that picture (the page's
// `graph-layout` performance measure, src/web/explorer/GraphView.tsx) and the frame intervals
// (requestAnimationFrame) while the mouse pans the picture (a drag on the background) and zooms it
// (the wheel), as a reader does.
import os from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { EXPAND_FIRST } from '../../src/web/explorer/api.js';
import { NEIGHBORHOOD } from '../../src/web/explorer/queries.js';
import { EMPTY_STATE, formatHash } from '../../src/web/explorer/url-state.js';
import { buildExplorer, explorerIsCurrent } from '../build-explorer.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.js';

/** The browser tests' window (tests/support/browser.ts): a laptop screen. */
const VIEWPORT = { width: 1400, height: 900 };

export interface FrameStats {
  frames: number;
  seconds: number;
  fps: number;
  /** Frame intervals, ms. */
  p50: number;
  p95: number;
  max: number;
  /** cytoscape's viewport events meanwhile (the picture did move). */
  viewportChanges: number;
}

export interface ExplorerBench {
  backend: 'embedded';
  /** Entities in the synthetic graph served. */
  entities: number;
  /** Nodes asked for; `nodes` is what the page drew (the last expansion overshoots a little). */
  target: number;
  expanded: number;
  nodes: number;
  edges: number;
  /** The layout, from its preparation (edge and label styles) to its layoutstop. */
  layoutMs: number;
  /** From the page's navigation to the layout's end: the neighbourhood requests, React, cose. */
  loadToLayoutMs: number;
  pan: FrameStats;
  zoom: FrameStats;
  viewport: { width: number; height: number };
  chromium: string;
  loadAvg: { before: number[]; after: number[] };
  /** Console errors and uncaught exceptions of the page. */
  problems: string[];
}

export interface ExplorerBenchOptions {
  /** The bench server (tools/bench/server.ts) serving the explorer and /graphql. */
  url: string;
  entities: number;
  /** A probe entity of the graph to start the expansions from. */
  start: string;
  nodes: number;
  /** Seconds of panning, then of zooming. */
  seconds: number;
  log: (line: string) => void;
}

/**
 * Entities to expand, breadth first from `start`, until their neighbourhoods (as the explorer asks
 * for them: EXPAND_FIRST nodes each) hold `nodes` entities together.
 */
async function expansionsFor(url: string, start: string, nodes: number): Promise<{ expand: string[]; drawn: number }> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const expand: string[] = [];
  while (queue.length && seen.size < nodes) {
    const id = queue.shift()!;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NEIGHBORHOOD, variables: { id, hops: 1, first: EXPAND_FIRST } }),
    });
    const body = (await res.json()) as { data?: { neighborhood: { nodes: { id: string }[] } }; errors?: unknown[] };
    if (!body.data) throw new Error(`neighborhood(${id}): ${JSON.stringify(body.errors).slice(0, 300)}`);
    expand.push(id);
    for (const n of body.data.neighborhood.nodes) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      queue.push(n.id);
    }
  }
  if (seen.size < nodes) throw new Error(`only ${seen.size} entities are reachable from ${start}; ${nodes} were asked for`);
  return { expand, drawn: seen.size };
}

function frameStats(stamps: number[]): Omit<FrameStats, 'viewportChanges'> {
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!).sort((a, b) => a - b);
  const at = (p: number) => (gaps.length ? gaps[Math.min(gaps.length - 1, Math.ceil(p * gaps.length) - 1)]! : NaN);
  const seconds = stamps.length > 1 ? (stamps[stamps.length - 1]! - stamps[0]!) / 1000 : 0;
  return { frames: gaps.length, seconds, fps: seconds ? gaps.length / seconds : 0, p50: at(0.5), p95: at(0.95), max: gaps[gaps.length - 1] ?? NaN };
}

/** Every requestAnimationFrame timestamp while `drive` runs. */
async function recordFrames(page: Page, drive: () => Promise<void>): Promise<FrameStats> {
  // As a string: a named function inside an evaluated one would carry tsx's __name helper into the page.
  await page.evaluate(`(() => {
    const w = window;
    w.benchFrames = { on: true, t: [], viewport: 0 };
    if (!w.benchCounts) document.querySelector('.graph-canvas')._cyreg.cy.on('viewport', () => w.benchFrames.viewport++);
    w.benchCounts = true;
    requestAnimationFrame(function tick(t) {
      if (!w.benchFrames.on) return;
      w.benchFrames.t.push(t);
      requestAnimationFrame(tick);
    });
  })()`);
  await drive();
  const { t, viewport } = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { on: boolean; t: number[]; viewport: number } };
    w.benchFrames.on = false;
    return w.benchFrames;
  });
  // Frames while nothing moved would say nothing about panning or zooming.
  if (!viewport) throw new Error('the view did not move while the mouse panned or zoomed it');
  return { ...frameStats(t), viewportChanges: viewport };
}

/** A point of the canvas (page coordinates) farthest from any drawn node, near its middle: a drag there pans. */
function backgroundPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = el._cyreg.cy;
    const box = el.getBoundingClientRect();
    const nodes: { x: number; y: number }[] = cy.nodes(':visible').map((n: any) => n.renderedPosition());
    let best = { x: box.width / 2, y: box.height / 2 };
    let bestScore = -Infinity;
    for (let x = box.width * 0.3; x <= box.width * 0.7; x += 10) {
      for (let y = box.height * 0.3; y <= box.height * 0.7; y += 10) {
        let d = Infinity;
        for (const n of nodes) d = Math.min(d, Math.hypot(n.x - x, n.y - y));
        if (d > bestScore) [best, bestScore] = [{ x, y }, d];
      }
    }
    return { x: box.left + best.x, y: box.top + best.y };
  });
}

export async function benchExplorer(options: ExplorerBenchOptions): Promise<ExplorerBench> {
  const { url, log } = options;
  const loadBefore = os.loadavg();
  if (!explorerIsCurrent()) await buildExplorer();
  const { expand, drawn } = await expansionsFor(url, options.start, options.nodes);
  log(`[bench] explorer: ${expand.length} entities to expand for ${drawn} nodes`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${url}/explore${formatHash({ ...EMPTY_STATE, exp: expand })}`);
    // The restored picture's layout: the first one of (nearly) all the nodes.
    const handle = await page.waitForFunction(
      (least) => {
        const done = performance.getEntriesByName('graph-layout').find((e) => (e as PerformanceMeasure).detail.nodes >= least) as PerformanceMeasure | undefined;
        return done ? { ms: done.duration, end: done.startTime + done.duration, nodes: done.detail.nodes as number, edges: done.detail.edges as number } : null;
      },
      Math.floor(drawn * 0.95),
      { timeout: 600_000, polling: 250 },
    );
    const layout = (await handle.jsonValue())!;
    log(`[bench] explorer: laid out ${layout.nodes} nodes, ${layout.edges} edges in ${(layout.ms / 1000).toFixed(2)} s`);
    // Let the fit, the labels and the page's other requests (places, event dates) settle.
    await page.waitForTimeout(1500);

    const ms = options.seconds * 1000;
    const from = await backgroundPoint(page);
    // In a crowded picture the emptiest point may still touch a node: made pannable, it pans as the background does.
    await page.evaluate(`document.querySelector('.graph-canvas')._cyreg.cy.nodes().panify()`);
    const pan = await recordFrames(page, async () => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      const t0 = performance.now();
      for (let t = 0; t < ms; t = performance.now() - t0) {
        // A slow figure eight of 200 px around where the drag began.
        const a = (2 * Math.PI * t) / 2000;
        await page.mouse.move(from.x + 200 * Math.sin(a), from.y + 120 * Math.sin(2 * a));
      }
      await page.mouse.up();
    });
    log(`[bench] explorer: pan ${pan.fps.toFixed(1)} fps, frame p50 ${pan.p50.toFixed(1)} ms, p95 ${pan.p95.toFixed(1)} ms`);
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const zoom = await recordFrames(page, async () => {
      const t0 = performance.now();
      // Eight notches in, eight out, and again: the zoom stays within the view's bounds.
      for (let i = 0; performance.now() - t0 < ms; i++) {
        await page.mouse.wheel(0, i % 16 < 8 ? -100 : 100);
        await page.waitForTimeout(30);
      }
    });
    log(`[bench] explorer: zoom ${zoom.fps.toFixed(1)} fps, frame p50 ${zoom.p50.toFixed(1)} ms, p95 ${zoom.p95.toFixed(1)} ms`);
    return {
      backend: 'embedded',
      entities: options.entities,
      target: options.nodes,
      expanded: expand.length,
      nodes: layout.nodes,
      edges: layout.edges,
      layoutMs: layout.ms,
      // The page's clock starts at its navigation.
      loadToLayoutMs: layout.end,
      pan,
      zoom,
      viewport: VIEWPORT,
      chromium: browser.version(),
      loadAvg: { before: loadBefore, after: os.loadavg() },
      problems,
    };
  } finally {
    await browser.close();
  }
}
