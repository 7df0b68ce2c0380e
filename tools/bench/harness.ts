// The benchmark engine: starts the ceiling server and, per backend and graph size, the real server
// in child processes (tools/bench/hello.ts, tools/bench/server.ts), and drives each operation with
// autocannon from this process. Results are plain data; report.ts turns them into tables.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { articleInputFromFile } from '../../src/ingest/ingest.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import { BENCH_BUILD, ensureServerBuilt } from '../build-server.js';
import { writeArticleFolder } from './article-folder.js';
import { BENCH_API_KEY_VALUE } from './constants.js';
import { benchExplorer, type ExplorerBench } from './explorer.js';
import { benchExtraction, type ExtractionBench } from './extraction.js';
import { type NlpRecorder, startNlpRecorder } from './nlp-recorder.js';
import { type PeerShape, type PeerShapeId, peerShapes } from './peer.js';
import { checkResponse, type Operation, type OperationId, operations } from './operations.js';
import type { Probes } from './synthetic-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type Backend = 'embedded' | 'neo4j';

export interface BenchOptions {
  backends: Backend[];
  sizes: number[];
  /** Seconds of measurement per operation (10 connections). */
  duration: number;
  /** Seconds of warm-up per operation, not measured. */
  warmup: number;
  connections: number;
  /** Seconds of a single-connection run per operation (unloaded latency); 0 to skip. */
  latencyProbe: number;
  /** Shorter timings for every size but the smallest (scale runs); default: the same as above. */
  scale?: { duration: number; warmup: number; latencyProbe: number };
  /** Only these operations (default: all); `explorer` names the explorer step. */
  only?: (OperationId | 'explorer')[];
  /** On Neo4j, also serve the graph through @neo4j/graphql (peer-server.ts) and run the shared shapes against both, interleaved (default true). */
  peer?: boolean;
  /** Use this Neo4j instead of starting tools/neo4j-local. */
  neo4jUri?: string;
  /** Extra args for the server child's node (e.g. --cpu-prof). */
  serverNodeArgs?: string[];
  /** store.upsert measurement: claims held back and the time budget. */
  upsertClaims?: number;
  upsertBudgetMs?: number;
  /** Generated articles ingested through `npm run ingest -- <folder>` into each store (0: skip). */
  folderArticles?: number;
  /**
   * The explorer in chromium with this many nodes drawn (explorer.ts; 0: skip), over a synthetic
   * graph of `explorerEntities` on the embedded store; `explorerSeconds` of panning, then of zooming.
   */
  explorerNodes?: number;
  explorerEntities?: number;
  explorerSeconds?: number;
  /** 500-word articles for the extraction benchmark (extraction.ts; 0: skip). */
  extractionArticles?: number;
  /**
   * The NLP service for folder ingest and extraction: this URL, else CORENLP_URL, else
   * tools/corenlp-local started once for the run and stopped at its end.
   */
  corenlpUrl?: string;
  log?: (line: string) => void;
  /** Called with the results so far after each size (partial results survive a cut-short run). */
  onProgress?: (results: BenchResults) => void;
}

export interface OpResult {
  op: OperationId;
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Single-connection run: latency without queueing. */
  p50At1?: number;
  p99At1?: number;
  /** `x-store-round-trips` of sampled requests (before and after the run). */
  roundTrips: number[];
  peakRssMb: number;
  errors: number;
  non2xx: number;
  /** The operation could not be run (e.g. the server did not answer it). */
  error?: string;
}

/** One server's share of an interleaved comparison: its slices' requests and response times together. */
export interface PeerSide {
  requests: number;
  /** Seconds measured (the sum of its slices). */
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** `x-store-round-trips` of sampled requests: Cypher statements per request. */
  roundTrips: number[];
  errors: number;
  non2xx: number;
}

/** A query shape asked of our server and of @neo4j/graphql on the same Neo4j graph, in alternating slices. */
export interface PeerResult {
  shape: PeerShapeId;
  label: string;
  slices: number;
  ours?: PeerSide;
  peer?: PeerSide;
  error?: string;
}

export interface LoadFigures {
  generateMs: number;
  bulk: { entities: number; entityMs: number; claims: number; claimMs: number; batchClaims: number; batchEntities: number };
  upsert: { entities: number; entityMs: number; claims: number; claimMs: number; batchClaims: number; batchMs: number[]; complete: boolean; error?: string };
}

export interface SizeRun {
  backend: Backend;
  size: number;
  counts: Record<string, number>;
  load: LoadFigures;
  pathHops: number[];
  ops: OpResult[];
  /** Neo4j only: our server and the @neo4j/graphql peer on the same shapes, interleaved. */
  peer?: PeerResult[];
  /** Neo4j JVM resident memory at the end of the size's runs. */
  neo4jRssMb?: number;
  /** The size could not be run at all (the server failed to build or serve the graph). */
  error?: string;
  /** Upserted claims missing after the embedded store was closed and re-opened. */
  lostOnReopen?: number;
  /** Said in the report next to the run (e.g. that it comes from a later run than the rest). */
  note?: string;
  /** Measurement seconds used at this size. */
  duration: number;
  loadAvg: { before: number[]; after: number[] };
  wallMs: number;
}

/** `npm run ingest -- <folder>` of generated articles into a store holding only the seed article. */
export interface FolderRun {
  backend: Backend;
  articles: number;
  /** Wall time of the CLI process with the NLP service (start-up, opening the store and the progress bar included). */
  wallMs: number;
  /**
   * Wall time of the same CLI run into a freshly seeded store with every NLP request answered at once
   * from a recording of the service's answers (nlp-recorder.ts): ingest without NLP time.
   */
  withoutNlpMs?: number;
  /** Wall time of the CLI on an empty folder: process start, module loading, opening and closing the store. */
  startupMs?: number;
  /** Most NLP requests in flight at once during the run with the service. */
  nlpInFlight?: number;
  /** Requests the replay run did not find in the recording (forwarded to the service: their time is in withoutNlpMs). */
  replayMisses?: number;
  created: number;
  failed: number;
  claims: number;
  newEntities: number;
  corroborations: number;
  /** The CLI's own summary line. */
  summary: string;
  error?: string;
}

export interface MachineInfo {
  nproc: number;
  memoryGb: number;
  cpuModel: string;
  node: string;
  sqlite: string;
  neo4j?: string;
  os: string;
}

export interface BenchResults {
  started: string;
  finished: string;
  wallMs: number;
  options: Omit<BenchOptions, 'log' | 'onProgress'>;
  machine: MachineInfo;
  hello?: OpResult;
  runs: SizeRun[];
  folder?: FolderRun[];
  /** The folder's articles through the NLP service alone (the CLI's requests, `concurrency` at a time). */
  folderNlp?: { articles: number; concurrency: number; ms: number };
  extraction?: ExtractionBench | { error: string };
  /** The explorer with a large neighbourhood drawn: layout time and frame intervals while panning and zooming. */
  explorer?: ExplorerBench | { error: string; nodes: number };
  /** The NLP service used; heap and RSS of the CoreNLPLocal JVM when one runs on this machine. */
  corenlp?: { url: string; startedByBench: boolean; xmx?: string; rssMb?: number };
  loadAvg: { before: number[]; after: number[] };
}

// ---- children ----------------------------------------------------------------------------------

export interface Child<T> {
  ready: T;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** How a child script runs: the bench's servers as built (tools/build-server.ts), as deployed; anything else through tsx. */
async function childEntry(script: string): Promise<string[]> {
  const built = Object.entries(BENCH_BUILD.entryPoints).find(([, source]) => source === script)?.[0];
  if (!built) return ['--import', 'tsx', path.join(ROOT, script)];
  await ensureServerBuilt(BENCH_BUILD);
  return [path.join(BENCH_BUILD.outDir, `${built}.js`)];
}

export async function startChild<T>(script: string, args: string[], log: (l: string) => void, nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Child<T>> {
  const child = spawn(process.execPath, [...nodeArgs, ...(await childEntry(script)), ...args], {
    cwd: ROOT,
    // As deployed (Dockerfile): graphql-js then skips its development-only checks (its instanceOf
    // alone was 3 % of our server's time). Every child alike: ours, the peer and the ceiling.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    log(line);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('BENCH_READY ')) resolve({ ready: JSON.parse(line.slice('BENCH_READY '.length)) as T, process: child, stop });
    });
    void exited.then((code) => reject(new Error(`${script} exited (code ${code}) before it was ready:\n${tail.join('\n')}`)));
  });
}

// ---- memory ------------------------------------------------------------------------------------

export function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we own; false where not permitted. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function findPidByCmdline(fragment: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(fragment)) return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}

// ---- one operation -----------------------------------------------------------------------------

const HEADERS = { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY_VALUE };

/** One POST on a fresh connection (no keep-alive reuse racing the server's idle timeout). */
function post(url: string, body: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', agent: false, headers: { ...HEADERS, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // keep the text for the message
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function sampleRoundTrips(url: string, op: Operation, from: number, count: number): Promise<number[]> {
  const trips: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await post(url, op.body(from + i));
    const problem = checkResponse(op.id, res.status, res.body);
    if (problem) throw new Error(`${op.id}: the server did not answer the operation: ${problem}`);
    trips.push(Number(res.headers['x-store-round-trips'] ?? NaN));
  }
  return trips;
}

/** `seconds` of load, or exactly `amount` requests when given. */
function cannon(url: string, op: Operation, counter: { n: number }, seconds: number, connections: number, amount?: number) {
  return autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: HEADERS,
        setupRequest: (req) => ({ ...req, body: op.body(counter.n++) }),
      },
    ],
  });
}

async function runOperation(url: string, pid: number, op: Operation, options: BenchOptions): Promise<OpResult> {
  // Bodies: load requests count up from 0; samples use a separate range so ingest texts never repeat.
  const counter = { n: 0 };
  const sampleBase = 10_000_000;
  const before = await sampleRoundTrips(url, op, sampleBase, 3);
  if (options.warmup > 0) await cannon(url, op, counter, options.warmup, options.connections);
  const canReset = resetPeak(pid);
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, statusKb(pid, 'VmRSS'))), 100);
  const result = await cannon(url, op, counter, options.duration, options.connections);
  clearInterval(sampler);
  const peakKb = Math.max(canReset ? statusKb(pid, 'VmHWM') : 0, sampledPeak);
  let p50At1: number | undefined;
  let p99At1: number | undefined;
  if (options.latencyProbe > 0) {
    const probe = await cannon(url, op, counter, options.latencyProbe, 1);
    p50At1 = probe.latency.p50;
    p99At1 = probe.latency.p99;
  }
  const after = await sampleRoundTrips(url, op, sampleBase + 3, 3);
  return {
    op: op.id,
    label: op.label,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    p50At1,
    p99At1,
    roundTrips: [...before, ...after],
    peakRssMb: peakKb / 1024,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

// ---- ours against the peer ---------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function sampleTrips(url: string, body: (n: number) => string, check: (status: number, body: unknown) => string | null, from: number, count: number): Promise<number[]> {
  const trips: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await post(url, body(from + i));
    const problem = check(res.status, res.body);
    if (problem) throw new Error(problem);
    trips.push(Number(res.headers['x-store-round-trips'] ?? NaN));
  }
  return trips;
}

function oursAnswered(status: number, body: unknown): string | null {
  if (status !== 200) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`;
  const b = body as { data?: Record<string, unknown>; errors?: unknown[] };
  if (b.errors?.length) return `GraphQL errors: ${JSON.stringify(b.errors).slice(0, 300)}`;
  return b.data && Object.values(b.data).every((v) => v !== null) ? null : 'null answer';
}

/**
 * One shape against both servers: warm-up of each, then slices alternating ours, peer, peer,
 * ours … (so a change in the machine's load falls on both alike) until each side has had
 * `duration` seconds; latency percentiles over every response of a side's slices. A slice is a
 * number of requests (about a second's worth, from the side's warm-up rate), not a time: a timed
 * slice would drop the requests in flight at its end, which at a second's latency is all of them.
 */
async function comparePeer(oursUrl: string, peerUrl: string, shape: PeerShape, timing: BenchOptions): Promise<PeerResult> {
  const sliceSeconds = Math.max(0.5, Math.min(1, timing.duration / 4));
  let slices = 0;
  const sides = {
    ours: { url: oursUrl, body: shape.ours, check: oursAnswered, counter: { n: 0 }, times: [] as number[], seconds: 0, errors: 0, non2xx: 0, trips: [] as number[], amount: 0 },
    peer: { url: peerUrl, body: shape.peer, check: shape.checkPeer, counter: { n: 0 }, times: [] as number[], seconds: 0, errors: 0, non2xx: 0, trips: [] as number[], amount: 0 },
  };
  type Side = (typeof sides)['ours'];
  const sideOp = (side: Side): Operation => ({ id: shape.id, label: shape.label, body: side.body });
  const base = 10_000_000;
  try {
    for (const side of Object.values(sides)) side.trips.push(...(await sampleTrips(side.url, side.body, side.check, base, 3)));
    for (const side of Object.values(sides)) {
      let rate = 0;
      if (timing.warmup > 0) {
        const w0 = performance.now();
        const warm = await cannon(side.url, sideOp(side), side.counter, Math.max(0.5, timing.warmup / 2), timing.connections);
        rate = warm.requests.total / ((performance.now() - w0) / 1000);
      }
      side.amount = Math.max(2 * timing.connections, Math.round(rate * sliceSeconds));
    }
    // Each side at least its duration, at least two slices each; a bound on slices in case a side stalls.
    while (slices < 2 || ((sides.ours.seconds < timing.duration || sides.peer.seconds < timing.duration) && slices < 200)) {
      const order: Side[] = slices % 2 === 0 ? [sides.ours, sides.peer] : [sides.peer, sides.ours];
      for (const side of order) {
        const t0 = performance.now();
        const run = cannon(side.url, sideOp(side), side.counter, 0, timing.connections, side.amount);
        run.on('response', (_client, _status, _bytes, ms) => side.times.push(ms));
        const result = await run;
        side.seconds += (performance.now() - t0) / 1000;
        side.errors += result.errors + result.timeouts;
        side.non2xx += result.non2xx;
      }
      slices++;
    }
    for (const side of Object.values(sides)) side.trips.push(...(await sampleTrips(side.url, side.body, side.check, base + 3, 3)));
  } catch (error) {
    return { shape: shape.id, label: shape.label, slices, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  const summary = (side: Side): PeerSide => {
    const sorted = [...side.times].sort((a, b) => a - b);
    return { requests: sorted.length, seconds: side.seconds, rps: sorted.length / side.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), roundTrips: side.trips, errors: side.errors, non2xx: side.non2xx };
  };
  return { shape: shape.id, label: shape.label, slices, ours: summary(sides.ours), peer: summary(sides.peer) };
}

// ---- the whole run ----------------------------------------------------------------------------

export async function machineInfo(): Promise<MachineInfo> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const pkg = (p: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    sqlite: `better-sqlite3 ${pkg('better-sqlite3')}`,
    os: `${os.type()} ${os.release()}`,
  };
}

async function neo4jVersion(uri: string): Promise<string> {
  const neo4j = (await import('neo4j-driver')).default;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    const res = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    const r = res.records[0];
    return `${r.get('name')} ${r.get('version')} ${r.get('edition')}`;
  } finally {
    await driver.close();
  }
}

/** Runs a CLI of src/cli as a child process; its stdout, or an error with its stderr's tail. */
function runCli(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString('utf8')).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited with code ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}`))));
  });
}

/** The folder's articles annotated once through `recorder` (which keeps the answers), `concurrency` at a time, as the CLI asks. */
async function annotateFolder(dir: string, recorder: NlpRecorder, concurrency: number): Promise<number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  recorder.mode = 'forward';
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) {
        const input = articleInputFromFile(readFileSync(path.join(dir, files[next++]), 'utf8'));
        await annotate(recorder.url, input.text, { publishedAt: input.publishedAt ?? undefined });
      }
    }),
  );
  return performance.now() - t0;
}

/**
 * Into a store reset to the seed article: the CLI on an empty folder (start-up), the folder with the
 * NLP service (through the recorder, which counts requests in flight), then, after another reset, the
 * folder with the NLP answers replayed from the recording (ingest without NLP time).
 */
async function ingestFolder(backend: Backend, dir: string, articles: number, storeEnv: NodeJS.ProcessEnv, recorder: NlpRecorder, log: (l: string) => void): Promise<FolderRun> {
  const env = { GRAPH_STORE: backend, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j', LOG_LEVEL: 'silent', CORENLP_URL: recorder.url, ...storeEnv };
  const empty = { backend, articles, wallMs: 0, created: 0, failed: 0, claims: 0, newEntities: 0, corroborations: 0, summary: '' };
  const timed = async (folder: string) => {
    const t0 = performance.now();
    const out = await runCli('src/cli/ingest.ts', [folder], env);
    return { ms: performance.now() - t0, summary: out.trim().split('\n').find((l) => l.startsWith('ingested ')) ?? '' };
  };
  try {
    await runCli('src/cli/seed.ts', ['--reset'], env);
    const none = path.join(path.dirname(dir), 'no-articles');
    mkdirSync(none, { recursive: true });
    const startup = await timed(none);
    recorder.mode = 'forward';
    recorder.resetConcurrency();
    const run = await timed(dir);
    const nlpInFlight = recorder.maxInFlight;
    // "ingested N file(s): C created, V new versions, U unchanged, F failed; K claims, E new entities, R corroborations, …"
    const n = (re: RegExp) => Number(re.exec(run.summary)?.[1] ?? NaN);
    log(`[bench] ${backend}: ${run.summary} in ${(run.ms / 1000).toFixed(1)} s (CLI start-up ${(startup.ms / 1000).toFixed(1)} s; at most ${nlpInFlight} NLP requests in flight)`);
    await runCli('src/cli/seed.ts', ['--reset'], env);
    recorder.mode = 'replay';
    const misses = recorder.misses;
    const replay = await timed(dir);
    const replayMisses = recorder.misses - misses;
    recorder.mode = 'forward';
    log(`[bench] ${backend}: NLP replayed: ${replay.summary} in ${(replay.ms / 1000).toFixed(1)} s${replayMisses ? ` (${replayMisses} requests not in the recording)` : ''}`);
    if (replay.summary.replace(/^ingested /, '') !== run.summary.replace(/^ingested /, '')) log(`[bench] ${backend}: the replayed run's summary differs from the live one`);
    return {
      ...empty,
      wallMs: run.ms,
      withoutNlpMs: replay.ms,
      startupMs: startup.ms,
      nlpInFlight,
      replayMisses,
      summary: run.summary,
      created: n(/(\d+) created/),
      failed: n(/(\d+) failed/),
      claims: n(/(\d+) claims/),
      newEntities: n(/(\d+) new entities/),
      corroborations: n(/(\d+) corroborations/),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`[bench] ${backend}: folder ingest FAILED: ${message}`);
    return { ...empty, error: message };
  } finally {
    recorder.mode = 'forward';
  }
}

/** -Xmx and resident memory of the CoreNLPLocal JVM running on this machine, if exactly one does. */
function coreNLPJvm(): { xmx?: string; rssMb?: number } {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.some((a) => /(^|\.)CoreNLPLocal$/.test(a))) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  if (pids.length !== 1) return {};
  const argv = readFileSync(`/proc/${pids[0]}/cmdline`, 'utf8').split('\0');
  const xmx = argv.filter((a) => a.startsWith('-Xmx')).pop()?.slice(4);
  return { ...(xmx ? { xmx } : {}), rssMb: statusKb(pids[0], 'VmRSS') / 1024 };
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = new Date();
  const t0 = performance.now();
  const loadBefore = os.loadavg();
  const machine = await machineInfo();
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const runTag = `run${started.getTime().toString(36)}`;
  const runs: SizeRun[] = [];
  const folder: FolderRun[] = [];
  let folderNlp: BenchResults['folderNlp'];
  let extraction: BenchResults['extraction'];
  let explorer: BenchResults['explorer'];
  let corenlp: BenchResults['corenlp'];
  let hello: OpResult | undefined;
  const wanted = (id: OperationId | 'explorer') => !options.only || options.only.includes(id);
  /** `--only explorer` alone builds no graph for the operations. */
  const anyOperation = !options.only || options.only.some((id) => id !== 'explorer');
  /** The peer child on the graph just served by ours, each shape compared; its failure to start is a result. */
  const runPeer = async (oursUrl: string, probes: Probes, timing: BenchOptions, uri: string, tag: string): Promise<PeerResult[]> => {
    const shapes = peerShapes(probes).filter((s) => wanted(s.id));
    if (!shapes.length) return [];
    let child: Child<{ url: string; pid: number }>;
    try {
      child = await startChild('tools/bench/peer-server.ts', ['--neo4j-uri', uri], log);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' / ') : String(error);
      log(`[bench] ${tag}: peer FAILED to start: ${message}`);
      return shapes.map((s) => ({ shape: s.id, label: s.label, slices: 0, error: `peer did not start: ${message}` }));
    }
    const results: PeerResult[] = [];
    try {
      for (const shape of shapes) {
        log(`[bench] ${tag}: ours vs @neo4j/graphql, interleaved: ${shape.label}`);
        const r = await comparePeer(oursUrl, child.ready.url, shape, timing);
        if (r.error) log(`[bench] ${tag}: peer ${shape.id} FAILED: ${r.error}`);
        results.push(r);
      }
    } finally {
      await child.stop();
    }
    return results;
  };
  let neo4jLocal: { uri: string; stop(): Promise<void>; dataDir: string } | undefined;
  // The NLP service, obtained once when first needed: the given URL or CORENLP_URL, else started here.
  let corenlpLocal: { url: string; stop(): Promise<void> } | undefined;
  const nlpUrl = async (): Promise<string> => {
    if (corenlp) return corenlp.url;
    const given = options.corenlpUrl ?? process.env.CORENLP_URL;
    if (!given) {
      log('[bench] CORENLP_URL is not set: starting tools/corenlp-local (loading the models takes about a minute)');
      const { startCoreNLPLocal } = await import('../corenlp-local/launcher.js');
      corenlpLocal = await startCoreNLPLocal();
    }
    const url = given ?? (corenlpLocal as { url: string }).url;
    // The first request loads the models (tens of seconds): done here, before anything is timed.
    await annotate(url, 'Warm-up: the army said on Monday that it had taken the town.', { timeoutMs: 300_000 });
    corenlp = { url, startedByBench: !given, ...coreNLPJvm() };
    log(`[bench] NLP service: ${url}${corenlp.xmx ? ` (CoreNLPLocal JVM, -Xmx${corenlp.xmx})` : ''}`);
    return url;
  };
  const snapshot = (): BenchResults => {
    const { log: _log, onProgress: _p, ...rest } = options;
    return {
      started: started.toISOString(),
      finished: new Date().toISOString(),
      wallMs: performance.now() - t0,
      options: rest,
      machine,
      hello,
      runs: [...runs],
      ...(folder.length ? { folder: [...folder] } : {}),
      ...(folderNlp ? { folderNlp } : {}),
      ...(extraction ? { extraction } : {}),
      ...(explorer ? { explorer } : {}),
      ...(corenlp ? { corenlp } : {}),
      loadAvg: { before: loadBefore, after: os.loadavg() },
    };
  };

  try {
    // The ceiling, once: it does not depend on the backend or the graph.
    if (wanted('hello')) {
      const h = await startChild<{ url: string; pid: number }>('tools/bench/hello.ts', [], log);
      try {
        const op = operations(emptyProbes(), runTag)[0];
        log(`[bench] ${op.label}`);
        hello = await runOperation(h.ready.url, h.ready.pid, op, options);
      } finally {
        await h.stop();
      }
    }

    // Neo4j once for the whole run; sizes outermost, so a run cut short still has every backend's
    // smaller sizes.
    let neo4jUri: string | undefined;
    if (options.backends.includes('neo4j')) {
      neo4jUri = options.neo4jUri ?? process.env.NEO4J_URI;
      if (!neo4jUri) {
        // A 100k-entity graph is written in 5,000-claim transactions and is ~1.5 GB of store files:
        // give the JVM heap and page cache room (the launcher's defaults, -Xmx512m and a 128 MB page
        // cache, are sized for the test suite). Later -Xmx flags win.
        process.env.NEO4J_LOCAL_JAVA_OPTS ??= '-Xmx2g -Dnewsgraph.pagecache.mb=2048';
        const { startNeo4jLocal } = await import('../neo4j-local/launcher.js');
        neo4jLocal = await startNeo4jLocal({ dataDir: path.join(work, 'neo4j') });
        neo4jUri = neo4jLocal.uri;
      }
      machine.neo4j = await neo4jVersion(neo4jUri);
      log(`[bench] ${machine.neo4j} at ${neo4jUri}`);
    }
    for (const size of anyOperation ? options.sizes : []) {
      for (const backend of options.backends) {
        const sizeStart = performance.now();
        const before = os.loadavg();
        log(`[bench] ${backend}: building and loading a ${size}-entity graph`);
        const args = ['--backend', backend, '--entities', String(size)];
        if (backend === 'embedded') args.push('--db-file', path.join(work, `embedded-${size}.sqlite`));
        else args.push('--neo4j-uri', neo4jUri as string);
        if (options.upsertClaims !== undefined) args.push('--upsert-claims', String(options.upsertClaims));
        if (options.upsertBudgetMs !== undefined) args.push('--upsert-budget-ms', String(options.upsertBudgetMs));
        let server: Child<{ url: string; pid: number; counts: Record<string, number>; load: LoadFigures; probes: Probes; lostOnReopen?: number }>;
        try {
          // The ingest operation's CoreNLP: the run's own, warm (a server starting its own would spend the first requests loading models).
          const nlpEnv = wanted('ingest') ? { CORENLP_URL: await nlpUrl() } : {};
          server = await startChild('tools/bench/server.ts', args, log, options.serverNodeArgs ?? [], nlpEnv);
        } catch (error) {
          // One size failing (a store that cannot take the graph) is a result; the run goes on.
          const message = error instanceof Error ? error.message.split('\n').filter((l) => /fail|error/i.test(l)).slice(-2).join(' / ') || error.message.split('\n')[0] : String(error);
          log(`[bench] ${backend} ${size}: FAILED: ${message}`);
          runs.push({ backend, size, counts: {}, load: undefined as unknown as LoadFigures, pathHops: [], ops: [], duration: 0, loadAvg: { before, after: os.loadavg() }, wallMs: performance.now() - sizeStart, error: message });
          options.onProgress?.(snapshot());
          continue;
        }
        const ops: OpResult[] = [];
        let peer: PeerResult[] | undefined;
        const timing = size !== Math.min(...options.sizes) && options.scale ? { ...options, ...options.scale } : options;
        try {
          for (const op of operations(server.ready.probes, runTag)) {
            if (op.ceiling || !wanted(op.id)) continue;
            log(`[bench] ${backend} ${size}: ${op.label}`);
            try {
              ops.push(await runOperation(server.ready.url, server.ready.pid, op, timing));
            } catch (error) {
              const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
              log(`[bench] ${backend} ${size}: ${op.id} FAILED: ${message}`);
              ops.push({ op: op.id, label: op.label, requests: 0, rps: 0, p50: NaN, p99: NaN, roundTrips: [], peakRssMb: 0, errors: 1, non2xx: 0, error: message });
            }
          }
          if (backend === 'neo4j' && options.peer !== false) peer = await runPeer(server.ready.url, server.ready.probes, timing, neo4jUri as string, `${backend} ${size}`);
        } finally {
          await server.stop();
        }
        const jvm = backend === 'neo4j' && neo4jLocal ? findPidByCmdline(neo4jLocal.dataDir) : undefined;
        runs.push({
          backend,
          size,
          counts: server.ready.counts,
          load: server.ready.load,
          pathHops: server.ready.probes.paths.map((p) => p.hops),
          duration: timing.duration,
          ...(server.ready.lostOnReopen ? { lostOnReopen: server.ready.lostOnReopen } : {}),
          ops,
          ...(peer ? { peer } : {}),
          ...(jvm ? { neo4jRssMb: statusKb(jvm, 'VmRSS') / 1024 } : {}),
          loadAvg: { before, after: os.loadavg() },
          wallMs: performance.now() - sizeStart,
        });
        if (backend === 'embedded') rmSync(path.join(work, `embedded-${size}`), { recursive: true, force: true });
        options.onProgress?.(snapshot());
      }
    }

    if (options.explorerNodes && wanted('explorer')) {
      const nodes = options.explorerNodes;
      const entities = options.explorerEntities ?? Math.max(1000, nodes * 2.5);
      log(`[bench] explorer: a ${entities}-entity graph on the embedded store, ${nodes} nodes drawn in chromium`);
      let server: Child<{ url: string; probes: Probes }> | undefined;
      try {
        server = await startChild('tools/bench/server.ts', ['--backend', 'embedded', '--entities', String(entities), '--db-file', path.join(work, 'explorer.sqlite'), '--upsert-claims', '100'], log);
        explorer = await benchExplorer({ url: server.ready.url, entities, start: server.ready.probes.neighbourhoodIds[0]!, nodes, seconds: options.explorerSeconds ?? 3, log });
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        log(`[bench] explorer FAILED: ${message}`);
        explorer = { error: message, nodes };
      } finally {
        await server?.stop();
      }
      options.onProgress?.(snapshot());
    }

    if (options.folderArticles) {
      const dir = path.join(work, 'articles');
      writeArticleFolder(dir, options.folderArticles);
      const recorder = await startNlpRecorder(await nlpUrl());
      try {
        // The NLP alone, as the CLI asks for it (the same requests, two at a time); its answers are
        // kept for the runs without NLP time.
        log(`[bench] NLP alone: the ${options.folderArticles} articles through ${corenlp?.url}, 2 at a time`);
        folderNlp = { articles: options.folderArticles, concurrency: 2, ms: await annotateFolder(dir, recorder, 2) };
        log(`[bench] NLP alone: ${(folderNlp.ms / 1000).toFixed(1)} s`);
        for (const backend of options.backends) {
          log(`[bench] ${backend}: npm run ingest -- <folder of ${options.folderArticles} generated articles>`);
          folder.push(await ingestFolder(backend, dir, options.folderArticles, backend === 'embedded' ? { EMBEDDED_DB_PATH: path.join(work, 'folder-embedded.sqlite') } : { NEO4J_URI: neo4jUri as string }, recorder, log));
          options.onProgress?.(snapshot());
        }
      } finally {
        await recorder.close();
      }
    }

    if (options.extractionArticles) {
      log(`[bench] extraction: ${options.extractionArticles} articles of 500 words`);
      try {
        extraction = await benchExtraction(options.extractionArticles, await nlpUrl());
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`[bench] extraction FAILED: ${message}`);
        extraction = { error: message };
      }
      options.onProgress?.(snapshot());
    }
  } finally {
    await corenlpLocal?.stop();
    await neo4jLocal?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return snapshot();
}

function emptyProbes(): Probes {
  return { entityIds: [], neighbourhoodIds: [], searchTexts: [], paths: [], placeNames: [], actorNames: [] };
}
