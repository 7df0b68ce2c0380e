// `npm run bench`: the load benchmark of issue 7. See docs/BENCHMARKS.md for the latest results.
//
//   npm run bench                                   # embedded + neo4j, 1k/10k/100k entities, 10 s per op
//   npm run bench -- --backends embedded --sizes 1000,10000 --duration 5
//   npm run bench -- --smoke                        # seconds: embedded, a tiny graph, 1 s per op
//
// Flags: --backends embedded,neo4j  --sizes 1000,10000,100000  --duration 10  --warmup 3
//        --connections 10  --latency-probe 3 (s at 1 connection; 0 = skip)  --only entity,search
//        --scale-duration 5 (s per op at every size but the smallest)  --upsert-budget-ms 60000
//        --out docs/BENCHMARKS.md (full runs; smoke runs write only with --out)  --json file
//        --neo4j-uri bolt://… (else tools/neo4j-local is started)  --cpu-prof (profiles the server child)
//        --render results.json (rebuild docs/BENCHMARKS.md from a saved run)
//        --folder-articles 40 (generated articles through `npm run ingest`, with and without NLP time; 0 = skip)
//        --extraction-articles 8 (500-word articles through CoreNLP and extraction, tools/bench/extraction.ts)
//        --explorer-nodes 2000 (the explorer in chromium with that many nodes drawn, tools/bench/explorer.ts; 0 = skip)
//        --explorer-entities 5000 (its synthetic graph, embedded store)  --explorer-seconds 3 (of panning, then of zooming)
//        --only explorer (that step alone; add --folder-articles 0 --no-extraction --out <file> to skip the rest and keep docs/BENCHMARKS.md)
//        --no-extraction  --corenlp-url http://… (else CORENLP_URL, else tools/corenlp-local is started once)
//        --no-peer (on Neo4j, skip serving the graph through @neo4j/graphql and the interleaved ours/peer shapes)
//        --load-fault [--load-fault-minutes 10 --backends …]: the load-and-fault run instead (tools/bench/load-fault.ts)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, type BenchOptions, type BenchResults, runBenchmark } from './harness.js';
import type { OperationId } from './operations.js';
import { parseFlags } from './cli.js';
import { evaluateTargets, explorerTargets, extractionTargets, renderMarkdown } from './report.js';
import { loadFaultMain } from './load-fault.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** docs/BENCHMARKS.md: everything from this line on is kept when the tables are regenerated. */
export const NOTES_MARKER = '<!-- bench:notes (kept by npm run bench) -->';

export function parseArgs(argv: string[]): { options: BenchOptions; out?: string; json?: string; render?: string; smoke: boolean } {
  const known = ['backends', 'sizes', 'duration', 'warmup', 'connections', 'latency-probe', 'only', 'out', 'json', 'neo4j-uri', 'cpu-prof', 'smoke', 'upsert-budget-ms', 'scale-duration', 'render', 'folder-articles', 'extraction-articles', 'no-extraction', 'corenlp-url', 'no-peer', 'explorer-nodes', 'explorer-entities', 'explorer-seconds'];
  const flags = parseFlags(argv, known);
  const smoke = flags.get('smoke') === 'true';
  const num = (name: string, fallback: number) => {
    const v = flags.has(name) ? Number(flags.get(name)) : fallback;
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} expects a number, got ${flags.get(name)}`);
    return v;
  };
  const list = (name: string, fallback: string) => (flags.get(name) ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
  const backends = list('backends', smoke ? 'embedded' : 'embedded,neo4j') as Backend[];
  for (const b of backends) if (b !== 'embedded' && b !== 'neo4j') throw new Error(`--backends: unknown backend ${b} (embedded, neo4j)`);
  const sizes = list('sizes', smoke ? '200' : '1000,10000,100000').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 30)) throw new Error('--sizes expects whole numbers of entities, at least 30');
  const profDir = path.join(os.tmpdir(), `newsgraph-bench-prof-${Date.now()}`);
  if (flags.get('cpu-prof') === 'true') mkdirSync(profDir, { recursive: true });
  const options: BenchOptions = {
    backends,
    sizes,
    duration: num('duration', smoke ? 1 : 10),
    warmup: num('warmup', smoke ? 0.5 : 3),
    connections: num('connections', smoke ? 2 : 10),
    latencyProbe: num('latency-probe', smoke ? 0.5 : 3),
    // Larger graphs: shorter runs (--scale-duration seconds; warm-up and 1-connection probe scaled alike).
    ...(flags.has('scale-duration') || !smoke
      ? (() => {
          const d = num('scale-duration', 5);
          return { scale: { duration: d, warmup: Math.min(num('warmup', 3), Math.max(1, d / 2)), latencyProbe: Math.min(num('latency-probe', 3), Math.max(1, d / 2)) } };
        })()
      : {}),
    ...(flags.has('only') ? { only: list('only', '') as (OperationId | 'explorer')[] } : {}),
    ...(flags.has('neo4j-uri') ? { neo4jUri: flags.get('neo4j-uri') } : {}),
    ...(flags.get('cpu-prof') === 'true' ? { serverNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] } : {}),
    ...(smoke ? { upsertClaims: 200, upsertBudgetMs: 10_000 } : {}),
    ...(flags.has('upsert-budget-ms') ? { upsertBudgetMs: num('upsert-budget-ms', 60_000) } : {}),
    // Every article goes through CoreNLP (seconds each on 2 cores): a folder a bench run can afford.
    folderArticles: num('folder-articles', smoke ? 3 : 40),
    // The explorer at the size issue 15 names (2,000 nodes); a small picture in a smoke run.
    explorerNodes: num('explorer-nodes', smoke ? 200 : 2000),
    explorerEntities: num('explorer-entities', smoke ? 1000 : 5000),
    explorerSeconds: num('explorer-seconds', smoke ? 1 : 3),
    extractionArticles: flags.get('no-extraction') === 'true' ? 0 : num('extraction-articles', smoke ? 2 : 8),
    ...(flags.has('corenlp-url') ? { corenlpUrl: flags.get('corenlp-url') } : {}),
    ...(flags.get('no-peer') === 'true' ? { peer: false } : {}),
  };
  const out = flags.get('out') ?? (smoke ? undefined : path.join(ROOT, 'docs/BENCHMARKS.md'));
  return { options, out, json: flags.get('json'), render: flags.get('render'), smoke };
}

/** argv without the named flags and their values. */
export function withoutFlags(argv: string[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2).split('=')[0] : '';
    if (names.includes(name)) {
      if (!argv[i].includes('=') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) i++;
      continue;
    }
    out.push(argv[i]);
  }
  return out;
}

export function commandLine(argv: string[]): string {
  return `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.some((a) => a.split('=')[0] === '--load-fault')) return loadFaultMain(argv);
  const { options, out, json, render } = parseArgs(argv);
  const commands = [
    'npm install                      # Java 17 + Maven for the Neo4j backend (tools/neo4j-local) and CoreNLP (tools/corenlp-local; or set CORENLP_URL)',
    commandLine(withoutFlags(argv, ['out', 'json', 'render'])),
    'npm run bench -- --smoke         # seconds; also run by `npm test` (tests/bench/smoke.test.ts)',
  ];
  const jsonPath = json ?? path.join(os.tmpdir(), `newsgraph-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const save = (results: BenchResults, final: boolean) => {
    const markdown = renderMarkdown(results, commands) + (final ? '' : '\n\n_Partial results: the run is still going (or was cut short)._\n');
    if (final) process.stdout.write(`\n${markdown}\n`);
    if (out) {
      // Hand-written analysis below the marker survives a regeneration.
      const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
      const at = previous.indexOf(NOTES_MARKER);
      writeFileSync(out, `${markdown}\n${at >= 0 ? `\n${previous.slice(at)}` : ''}`);
      if (final) process.stderr.write(`[bench] wrote ${path.relative(process.cwd(), out)}\n`);
    }
    writeFileSync(jsonPath, JSON.stringify(results, null, 2));
  };
  // --render results.json: rebuild the tables from a saved run (no benchmarking).
  const results = render
    ? (JSON.parse(readFileSync(render, 'utf8')) as BenchResults)
    : await runBenchmark({ ...options, onProgress: (partial) => save(partial, false) });
  save(results, true);
  process.stderr.write(`[bench] raw results: ${jsonPath}\n`);
  if (options.serverNodeArgs) process.stderr.write(`[bench] server CPU profiles: ${options.serverNodeArgs[1].split('=')[1]}\n`);
  const missed = [...evaluateTargets(results), ...extractionTargets(results), ...explorerTargets(results)].filter((c) => !c.met).length;
  process.stderr.write(`[bench] ${missed} target check(s) missed; total ${(results.wallMs / 60000).toFixed(1)} min\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
