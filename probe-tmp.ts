// Quick store-level latency probe on the synthetic graph (not the HTTP bench).
import { rmSync } from 'node:fs';
import { buildSyntheticGraph } from './tools/bench/synthetic-graph.js';
import { EmbeddedStore } from './src/store/embedded/adapter.js';
import { normalizeName, skeletonKey } from './src/model/search-keys.js';
const size = Number(process.argv[2] ?? 10000);
const file = `/tmp/sqlite-probe/g-${size}.sqlite`;
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
const graph = buildSyntheticGraph({ entities: size });
const store = await EmbeddedStore.open({ path: file });
let t = performance.now();
for (const b of graph.entityBatches(5000)) await store.upsert(b);
let claims = 0;
for (const b of graph.claimBatches(5000)) { await store.upsert(b); claims += b.claims.length; }
console.log(`load ${size}: ${((performance.now() - t) / 1000).toFixed(1)} s, ${(claims / ((performance.now() - t) / 1000)).toFixed(0)} claims/s`);
const p50 = async (label: string, fn: (i: number) => Promise<unknown>, n = 200) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await fn(i); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(`${label}: p50 ${times[Math.floor(n / 2)].toFixed(2)} ms, p99 ${times[Math.floor(n * 0.99)].toFixed(2)} ms`);
};
const ids = graph.probes.entityIds;
await p50('entity by id', (i) => store.getEntities([ids[i % ids.length]]));
await p50('one hop (edgesAround 50)', (i) => store.edgesAround([ids[i % ids.length]], 50));
await p50('three levels (edges of edges of edges)', async (i) => {
  let frontier = [ids[i % ids.length]];
  for (let l = 0; l < 3; l++) { const e = await store.edgesAround(frontier, 50); frontier = [...new Set(e.flatMap((x) => [x.source, x.target]))].slice(0, 20); }
});
await p50('claimsPage by predicate', () => store.claimsPage({ predicates: ['LOCATED_IN'] }, { first: 20 }));
const texts = graph.probes.searchTexts;
await p50('search', (i) => { const t = texts[i % texts.length]; return store.search({ exact: [normalizeName(t)], prefix: normalizeName(t), skeleton: `~${skeletonKey(t)}` }, undefined, 10); });
const paths = graph.probes.paths;
await p50('path 3-4 hops', (i) => store.shortestPath(paths[i % paths.length].from, paths[i % paths.length].to, 4), 50);
await store.close();
