// The benchmark harness, run for seconds so it cannot rot: a tiny synthetic graph on the embedded
// store, every operation driven by autocannon against the real server in a child process. Checks
// that each operation produced numbers, never how fast they are (the full run is `npm run bench`).
import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../../tools/bench/harness.js';
import { QUERIES } from '../../tools/bench/operations.js';
import { evaluateTargets, explorerTargets, extractionTargets, renderMarkdown } from '../../tools/bench/report.js';
import { parseArgs } from '../../tools/bench/run.js';
import { corenlpAvailable, corenlpUrl } from '../support/corenlp.js';

const OPERATIONS = ['trivial', 'entity', 'oneHop', 'threeLevel', 'claimList', 'search', 'path4', 'neighborhood2', 'ingest'] as const;

describe('benchmark harness', () => {
  it('[embedded] benchmark harness runs end to end', async () => {
    const { options } = parseArgs(['--smoke']);
    expect(options.backends).toEqual(['embedded']);
    expect(options).toMatchObject({ folderArticles: 3, extractionArticles: 2, explorerNodes: 200, explorerSeconds: 1 });
    // Folder ingest and extraction need CoreNLP: the run's own (the global setup's), never a second one.
    const nlp = corenlpAvailable();
    const results = await runBenchmark({ ...options, ...(nlp ? { corenlpUrl: corenlpUrl() } : { folderArticles: 0, extractionArticles: 0 }), log: () => undefined });

    expect(results.hello?.rps).toBeGreaterThan(0);
    expect(results.runs).toHaveLength(1);
    const run = results.runs[0];
    expect(run.counts.entities).toBeGreaterThan(0);
    expect(run.counts.claims).toBeGreaterThan(run.counts.entities);
    expect(run.load.bulk.claims / run.load.bulk.claimMs).toBeGreaterThan(0);
    expect(run.load.upsert.claims).toBeGreaterThan(0);
    expect(run.ops.map((o) => o.op)).toEqual([...OPERATIONS]);
    for (const op of run.ops) {
      // An ingest waits seconds for CoreNLP on a busy machine: a 1-second smoke window may close
      // before one finishes (one cut off then is counted as an error); a non-2xx answer still fails.
      if (op.op === 'ingest' && op.requests === 0) {
        expect(op.non2xx, op.op).toBe(0);
        continue;
      }
      expect(op.requests, op.op).toBeGreaterThan(0);
      expect(op.rps, op.op).toBeGreaterThan(0);
      if (op.op === 'ingest') expect(op.non2xx, op.op).toBe(0);
      else expect(op.errors + op.non2xx, op.op).toBe(0);
      expect(op.p99, op.op).toBeGreaterThanOrEqual(op.p50);
      expect(op.peakRssMb, op.op).toBeGreaterThan(0);
      expect(op.roundTrips.every((n) => Number.isInteger(n) && n >= 0), op.op).toBe(true);
      if (op.op !== 'trivial') expect(Math.min(...op.roundTrips), op.op).toBeGreaterThan(0);
    }
    // Probes that really are 3–4 hops apart.
    expect(run.pathHops.length).toBeGreaterThan(0);
    expect(run.pathHops.every((h) => h === 3 || h === 4)).toBe(true);

    // The table has every operation, with numbers.
    const table = renderMarkdown(results, ['npm run bench -- --smoke']);
    for (const op of run.ops) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${op.label} |`));
      expect(row, op.label).toBeDefined();
      const rps = Number(row!.split('|')[2].trim().replace(/,/g, ''));
      // (An ingest that finished nothing in the window has no rate to show.)
      if (!(op.op === 'ingest' && op.requests === 0)) expect(rps, op.label).toBeGreaterThan(0);
    }
    expect(table).toContain('## Targets');

    expect(evaluateTargets(results).length).toBeGreaterThan(0);
    // The explorer in chromium with a 200-node picture: a layout time and frames while panning and zooming.
    const explorer = results.explorer!;
    expect(explorer && !('error' in explorer), JSON.stringify(explorer)).toBe(true);
    if (!('error' in explorer)) {
      expect(explorer.nodes).toBeGreaterThanOrEqual(200);
      expect(explorer.layoutMs).toBeGreaterThan(0);
      for (const f of [explorer.pan, explorer.zoom]) {
        expect(f.frames).toBeGreaterThan(5);
        expect(f.p95).toBeGreaterThanOrEqual(f.p50);
        expect(f.viewportChanges).toBeGreaterThan(0);
      }
    }
    expect(explorerTargets(results).map((c) => c.target)).toEqual(['200-node neighbourhood layout ≤ 2 s', 'pan ≥ 30 fps (p95 frame ≤ 33 ms)', 'zoom ≥ 30 fps (p95 frame ≤ 33 ms)']);
    expect(table).toContain('## The explorer at');
    expect(Object.keys(QUERIES)).toEqual(expect.arrayContaining([...OPERATIONS]));
    if (!nlp) return;

    // The folder of generated articles went through `npm run ingest` into the store, with the NLP
    // service and with its answers replayed (no NLP time), and through the NLP service alone.
    expect(results.folder).toHaveLength(1);
    const folder = results.folder![0];
    expect(folder, folder.error).toMatchObject({ backend: 'embedded', articles: 3, created: 3, failed: 0, replayMisses: 0 });
    expect(folder.claims).toBeGreaterThan(0);
    expect(folder.wallMs).toBeGreaterThan(0);
    expect(folder.withoutNlpMs).toBeGreaterThan(0);
    expect(folder.startupMs).toBeGreaterThan(0);
    expect(folder.nlpInFlight).toBeGreaterThanOrEqual(1);
    expect(results.folderNlp).toMatchObject({ articles: 3, concurrency: 2 });
    expect(table).toMatch(/\| embedded \| 3 \| 3 \| 0 \|/);
    expect(evaluateTargets(results).map((c) => c.target)).toContain('folder ingest ≥ 10 articles/s excluding NLP time');

    // The extraction benchmark: 2 articles of 500 words, with figures.
    const extraction = results.extraction!;
    expect(extraction && !('error' in extraction), JSON.stringify(extraction)).toBe(true);
    if ('error' in extraction) return;
    expect(extraction).toMatchObject({ articles: 2, words: 500 });
    expect(extraction.sequential.articlesPerSecond).toBeGreaterThan(0);
    expect(extraction.concurrent.articlesPerSecond).toBeGreaterThan(0);
    expect(extraction.pipelineShare).toBeGreaterThan(0);
    expect(extraction.pipelineShare).toBeLessThan(1);
    expect(table).toContain('## Extraction speed (issue 12)');
    expect(extractionTargets(results).map((c) => c.target)).toEqual(expect.arrayContaining(['pipeline outside CoreNLP ≤ 10 % of the total']));
  }, 420_000);
});
