// The benchmark's comparison with @neo4j/graphql, run for seconds so it cannot rot: a tiny synthetic
// graph in the suite's Neo4j, served by our server and by the peer, each shared shape answered by
// both with figures. Never how fast either is (the full run is `npm run bench`).
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchmark } from '../../tools/bench/harness.js';
import { renderMarkdown } from '../../tools/bench/report.js';
import { backendAvailable, neo4jUri } from '../support/backends.js';
import { markDatabase } from '../support/neo4j-marker.js';

describe.runIf(backendAvailable('neo4j'))('benchmark peer', () => {
  // The bench server empties the database it loads: mark it again as the suite's.
  afterAll(() => markDatabase(neo4jUri()));

  it('[neo4j] ours and the @neo4j/graphql peer both answer the shared shapes, interleaved', async () => {
    const results = await runBenchmark({
      backends: ['neo4j'],
      sizes: [200],
      duration: 1,
      warmup: 0.5,
      connections: 2,
      latencyProbe: 0,
      only: ['entity', 'oneHop', 'threeLevel', 'claimList'],
      neo4jUri: neo4jUri(),
      upsertClaims: 100,
      upsertBudgetMs: 10_000,
      folderArticles: 0,
      extractionArticles: 0,
      log: () => undefined,
    });
    const run = results.runs[0];
    expect(run.error).toBeUndefined();
    expect(run.peer?.map((p) => p.shape)).toEqual(['entity', 'oneHop', 'threeLevel', 'claimList']);
    for (const p of run.peer ?? []) {
      expect(p.error, p.shape).toBeUndefined();
      for (const side of [p.ours!, p.peer!]) {
        expect(side.requests, p.shape).toBeGreaterThan(0);
        expect(side.errors + side.non2xx, p.shape).toBe(0);
        expect(side.p99, p.shape).toBeGreaterThanOrEqual(side.p50);
        expect(side.roundTrips.every((n) => Number.isInteger(n) && n > 0), p.shape).toBe(true);
      }
      // @neo4j/graphql compiles a request into one Cypher statement (its very first request may
      // also ask the server's version): the samples taken after the run.
      expect(p.peer!.roundTrips.slice(3), p.shape).toEqual([1, 1, 1]);
    }
    const table = renderMarkdown(results, ['npm run bench']);
    expect(table).toContain('## Ours and @neo4j/graphql on the same Neo4j graph');
    expect(table).toMatch(/three-level ≥ 1\.5× the @neo4j\/graphql peer's req\/s/);
    // Seconds of load, but loading the graph into Neo4j and starting two servers take minutes on a busy machine.
  }, 300_000);
});
