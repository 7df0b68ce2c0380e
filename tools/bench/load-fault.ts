// `npm run bench -- --load-fault`: issue 16's load-and-fault run. Per backend, the real server
// (`npm start`'s dist/app/main.js, a child process) serves a synthetic graph to 20 client connections for 10 minutes
// of mixed reads and ingests while its dependency is killed twice: the Neo4j JVM (SIGKILL, then
// restarted on the same port and data dir, the server staying up) or, on the embedded store, the
// server itself (kill -9, then restarted on the same SQLite file and port). Clients retry an ingest
// that failed for a fault (ingest is idempotent by content hash); at the end the store is read
// directly and every article must be there exactly once. The section it writes into
// docs/BENCHMARKS.md sits between its own markers, after the main bench's notes marker, so neither
// run drops the other's text.
//
//   npm run bench -- --load-fault                                  # embedded + neo4j, 10 min each
//   npm run bench -- --load-fault --backends embedded --load-fault-minutes 0.2 --load-fault-kills 1
//
// Flags: --backends embedded,neo4j  --load-fault-minutes 10  --load-fault-kills 2  --connections 20
//        --load-fault-articles-per-minute 12 (distinct articles ingested; their NLP is recorded first)
//        --entities 1000 (synthetic graph size)  --out docs/BENCHMARKS.md (absent: written only for a
//        full run)  --json file  --corenlp-url http://… (else CORENLP_URL)
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/config.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import { openStore } from '../../src/store/open.js';
import { parseFlags } from './cli.js';
import { APP_BUILD, ensureServerBuilt } from '../build-server.js';
import { BENCH_API_KEY_VALUE } from './constants.js';
import { type Backend, type Child, machineInfo, type MachineInfo, startChild, statusKb } from './harness.js';
import { startNlpRecorder } from './nlp-recorder.js';
import { ingestArticleInput, type OperationId, operations } from './operations.js';
import type { Probes } from './synthetic-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SECTION_START = '<!-- bench:load-fault (written by npm run bench -- --load-fault) -->';
export const SECTION_END = '<!-- /bench:load-fault -->';
/** Kept in step with run.ts's NOTES_MARKER: text after it survives the main bench's regeneration. */
const NOTES_MARKER = '<!-- bench:notes (kept by npm run bench) -->';

const READS: OperationId[] = ['entity', 'oneHop', 'threeLevel', 'search', 'path4', 'neighborhood2'];
/** A client gives up on one request after this long (the server's own REQUEST_TIMEOUT_MS is 30 s). */
const CLIENT_TIMEOUT_MS = 60_000;
/** After the load, failed ingests are retried for at most this long before they count as never acknowledged. */
const DRAIN_DEADLINE_MS = 180_000;
const RETRY_DELAY_MS = 1_000;
const RSS_EVERY_MS = 2_000;
const TIMELINE_S = 30;
/** A loaded 2-core machine has taken 90 s to start Neo4j (4-6 s when idle). */
const NEO4J_START_TIMEOUT_MS = 300_000;
/** Server children alive now: killed if this process is ended, so none outlives the run. */
const liveServers = new Set<ChildProcess>();

export interface LoadFaultOptions {
  backends: Backend[];
  minutes: number;
  kills: number;
  connections: number;
  articlesPerMinute: number;
  entities: number;
  corenlpUrl?: string;
  log?: (line: string) => void;
  /** Called with the results so far after each backend (a run cut short keeps its first backend's figures). */
  onProgress?: (results: LoadFaultResults) => void;
}

export interface FaultRecord {
  what: string;
  /** Seconds after the load started. */
  atS: number;
  /** Kill → the killed process answering again (server listening / Neo4j READY). */
  restartMs: number;
  /** Kill → the first request started after the kill that was answered correctly. */
  recoveryMs: number;
}

export interface Latency {
  count: number;
  p50: number;
  p99: number;
}

export interface RssSegment {
  /** Which process life (a restarted server is a new process). */
  life: number;
  seconds: number;
  startMb: number;
  maxMb: number;
  endMb: number;
  /** Least-squares slope over the segment's samples (after its first 30 s when it lasted over 90 s). */
  slopeMbPerMin: number;
}

export interface LoadFaultRun {
  backend: Backend;
  minutes: number;
  connections: number;
  counts: Record<string, number>;
  requests: number;
  reads: number;
  ingestAttempts: number;
  /** Answered correctly; everything else is in errorsByCode. */
  ok: number;
  errorsByCode: Record<string, number>;
  /** The subset of errorsByCode that happened while no fault was open (kill → recovery). */
  errorsOutsideFaults: Record<string, number>;
  readLatency: Latency;
  ingestLatency: Latency;
  /** Latency of every request, failed ones included. */
  allLatency: Latency;
  articles: {
    scheduled: number;
    acknowledged: number;
    retried: number;
    /** Outcomes of the acknowledging answers (UNCHANGED: an earlier attempt had committed). */
    outcomes: Record<string, number>;
    storedOnce: number;
    lost: number;
    duplicated: number;
    neverAcknowledged: number;
  };
  faults: FaultRecord[];
  /** Correct answers and errors per TIMELINE_S seconds of the load (by completion time; the drain is not included). */
  timeline: { ok: number; errors: number }[];
  rss: { samples: { s: number; mb: number; life: number }[]; segments: RssSegment[] };
  /** Neo4j JVM resident memory, sampled alike. */
  neo4jRssMb?: { start: number; max: number; end: number };
  nlpReplayMisses: number;
  drainMs: number;
  wallMs: number;
  loadAvg: { before: number[]; after: number[] };
  error?: string;
}

export interface LoadFaultResults {
  started: string;
  finished: string;
  options: Omit<LoadFaultOptions, 'log' | 'onProgress'>;
  machine: MachineInfo;
  /** Recording the articles' NLP answers through the real CoreNLP, before any load. */
  nlpRecording: { articles: number; ms: number };
  runs: LoadFaultRun[];
}

// ---- processes ---------------------------------------------------------------------------------

interface ServerProcess {
  process: ChildProcess;
  pid: number;
  exited: Promise<void>;
}

/** The real server as `npm start` runs it, `node dist/app/main.js` (built when stale), ready when it prints its URL. */
async function startServer(env: NodeJS.ProcessEnv, log: (l: string) => void): Promise<ServerProcess> {
  await ensureServerBuilt(APP_BUILD);
  const child = spawn(process.execPath, [path.join(APP_BUILD.outDir, 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveServers.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => (liveServers.delete(child), resolve())));
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    log(`[server] ${line}`);
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/^newsgraph \(\w+ store\) at http/.test(line)) resolve({ process: child, pid: child.pid as number, exited });
    });
    void exited.then(() => reject(new Error(`dist/app/main.js exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}):\n${tail.join('\n')}`)));
  });
}

async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null || server.process.signalCode !== null) return;
  server.process.kill('SIGTERM');
  const timer = setTimeout(() => server.process.kill('SIGKILL'), 20_000);
  await server.exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The JVM serving this data dir (the launcher does not hand out its pid). */
function neo4jJvmPid(dataDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/java$/.test(argv[0]) && argv.includes(dataDir)) return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}

// ---- requests ----------------------------------------------------------------------------------

interface Answer {
  ms: number;
  /** 'OK', a GraphQL extensions.code, `HTTP <status>` or `transport <errno>`. */
  code: string;
  data?: Record<string, any>;
}

function send(agent: http.Agent, url: string, body: string): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (code: string, data?: Record<string, any>) => {
      if (settled) return;
      settled = true;
      resolve({ ms: performance.now() - t0, code, data });
    };
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY_VALUE, 'content-length': Buffer.byteLength(body) },
    });
    req.setTimeout(CLIENT_TIMEOUT_MS, () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => done(`transport ${error.code ?? error.message}`));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (error: NodeJS.ErrnoException) => done(`transport ${error.code ?? error.message}`));
      res.on('end', () => {
        let parsed: { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] } | undefined;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          // not JSON: the status says what happened
        }
        const gqlCode = parsed?.errors?.length ? (parsed.errors[0].extensions?.code ?? 'GRAPHQL_ERROR') : undefined;
        if (res.statusCode !== 200) done(gqlCode ? `${gqlCode} (HTTP ${res.statusCode})` : `HTTP ${res.statusCode}`);
        else if (gqlCode) done(gqlCode);
        else done('OK', parsed?.data ?? {});
      });
    });
    req.end(body);
  });
}

/** Whether a read's data is an answer (a path may get shorter as ingests add edges: any path will do). */
function readAnswered(op: OperationId, d: Record<string, any>): boolean {
  switch (op) {
    case 'search':
      return Array.isArray(d.search);
    case 'path4':
      return Boolean(d.path);
    case 'neighborhood2':
      return Boolean(d.neighborhood?.nodes?.length);
    default:
      return Boolean(d.entity);
  }
}

// ---- figures -----------------------------------------------------------------------------------

function latency(values: number[]): Latency {
  if (!values.length) return { count: 0, p50: NaN, p99: NaN };
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { count: values.length, p50: at(0.5), p99: at(0.99) };
}

function rssSegments(samples: { s: number; mb: number; life: number }[]): RssSegment[] {
  const lives = [...new Set(samples.map((x) => x.life))];
  return lives.map((life) => {
    const xs = samples.filter((x) => x.life === life);
    // The trend leaves out the first 30 s of a process (module loading, JIT, caches filling) when it lived long enough.
    const settled = xs[xs.length - 1].s - xs[0].s > 90 ? xs.filter((x) => x.s - xs[0].s >= 30) : xs;
    const n = settled.length;
    const mt = settled.reduce((a, x) => a + x.s, 0) / n;
    const mm = settled.reduce((a, x) => a + x.mb, 0) / n;
    const cov = settled.reduce((a, x) => a + (x.s - mt) * (x.mb - mm), 0);
    const varT = settled.reduce((a, x) => a + (x.s - mt) ** 2, 0);
    return {
      life,
      seconds: xs[xs.length - 1].s - xs[0].s,
      startMb: xs[0].mb,
      maxMb: Math.max(...xs.map((x) => x.mb)),
      endMb: xs[xs.length - 1].mb,
      slopeMbPerMin: varT > 0 ? (cov / varT) * 60 : 0,
    };
  });
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- one backend -------------------------------------------------------------------------------

interface Article {
  n: number;
  body: string;
  attempts: number;
  notBefore: number;
}

async function runBackend(backend: Backend, o: LoadFaultOptions, work: string, runTag: string, articleCount: number, nlpUrl: string, log: (l: string) => void): Promise<LoadFaultRun> {
  const t0 = performance.now();
  const loadBefore = os.loadavg();
  const durationMs = o.minutes * 60_000;
  const dbFile = path.join(work, `load-fault-${backend}.sqlite`);
  const dataDir = path.join(work, 'neo4j');
  type Neo4jHandle = Awaited<ReturnType<typeof import('../neo4j-local/launcher.js').startNeo4jLocal>>;
  let neo4j: Neo4jHandle | undefined;
  let server: ServerProcess | undefined;
  let builder: Child<{ probes: Probes; counts: Record<string, number> }> | undefined;
  const { startNeo4jLocal } = await import('../neo4j-local/launcher.js');
  try {
    if (backend === 'neo4j') {
      neo4j = await startNeo4jLocal({ dataDir, timeoutMs: NEO4J_START_TIMEOUT_MS });
      log(`[load-fault] neo4j at ${neo4j.uri} (data dir ${dataDir})`);
    }
    // The synthetic graph, built and loaded by the main bench's server child, which is then stopped:
    // the run serves it with the real server.
    const args = ['--backend', backend, '--entities', String(o.entities), '--upsert-claims', '200', '--upsert-budget-ms', '10000'];
    args.push(...(backend === 'embedded' ? ['--db-file', dbFile] : ['--neo4j-uri', (neo4j as Neo4jHandle).uri]));
    builder = await startChild('tools/bench/server.ts', args, log);
    const { probes, counts } = builder.ready;
    await builder.stop();
    builder = undefined;

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GRAPH_STORE: backend,
      EMBEDDED_DB_PATH: dbFile,
      NEO4J_URI: neo4j?.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'neo4j',
      PORT: String(port),
      HOST: '127.0.0.1',
      API_KEYS: BENCH_API_KEY_VALUE,
      CORENLP_URL: nlpUrl,
      LOG_LEVEL: 'silent',
    };
    if (backend === 'embedded') delete env.NEO4J_URI;
    server = await startServer(env, log);
    log(`[load-fault] ${backend}: server pid ${server.pid} at ${url}; ${o.connections} connections for ${o.minutes} min, ${articleCount} articles, ${o.kills} kill(s)`);

    // ---- shared client state ----
    const reads = operations(probes, runTag).filter((op) => READS.includes(op.id));
    const ingestOp = operations(probes, runTag).find((op) => op.id === 'ingest')!;
    const pending: Article[] = Array.from({ length: articleCount }, (_, n) => ({ n, body: ingestOp.body(n), attempts: 0, notBefore: 0 }));
    const retries: Article[] = [];
    const acknowledged = new Set<number>();
    const outcomes: Record<string, number> = {};
    const errorsByCode: Record<string, number> = {};
    const errorsOutsideFaults: Record<string, number> = {};
    const readMs: number[] = [];
    const ingestMs: number[] = [];
    const allMs: number[] = [];
    let requests = 0;
    let readCount = 0;
    let ingestAttempts = 0;
    let ok = 0;
    let retried = 0;
    const faults: FaultRecord[] = [];
    /** The fault being recovered from: cleared by the first correct answer to a request sent after the kill. */
    let open: { killedAt: number; record: FaultRecord } | undefined;

    const loadStart = performance.now();
    const loadEnd = loadStart + durationMs;
    // Ingests spread over the first 85 % of the load, so faults meet them and retries fit in the rest.
    const ingestEvery = (durationMs * 0.85) / Math.max(1, articleCount);
    let nextIngestAt = loadStart + durationMs * 0.02;
    let draining = false;
    let drainOver = false;
    let inFlightIngests = 0;

    const timeline = Array.from({ length: Math.ceil(durationMs / 1000 / TIMELINE_S) }, () => ({ ok: 0, errors: 0 }));
    const note = (answer: Answer, sentAt: number, answered: boolean) => {
      requests++;
      allMs.push(answer.ms);
      const slot = timeline[Math.floor((performance.now() - loadStart) / 1000 / TIMELINE_S)];
      if (slot) slot[answered ? 'ok' : 'errors']++;
      if (answered) {
        ok++;
        if (open && sentAt > open.killedAt) {
          open.record.recoveryMs = performance.now() - open.killedAt;
          open = undefined;
        }
        return;
      }
      const code = answer.code === 'OK' ? 'WRONG_ANSWER' : answer.code;
      bump(errorsByCode, code);
      if (!open) bump(errorsOutsideFaults, code);
    };

    const takeIngest = (now: number): Article | undefined => {
      const i = retries.findIndex((a) => a.notBefore <= now);
      if (i >= 0) return retries.splice(i, 1)[0];
      if (pending.length && (draining || now >= nextIngestAt)) {
        nextIngestAt += ingestEvery;
        return pending.shift();
      }
      return undefined;
    };

    const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
    const client = async (id: number) => {
      let turn = id;
      for (;;) {
        const now = performance.now();
        if (now >= loadEnd && (!draining || drainOver)) break;
        const article = takeIngest(now);
        if (article) {
          inFlightIngests++;
          article.attempts++;
          ingestAttempts++;
          const sentAt = performance.now();
          const answer = await send(agent, url, article.body);
          inFlightIngests--;
          const outcome = answer.data?.ingestArticle?.outcome as string | undefined;
          const good = answer.code === 'OK' && (outcome === 'CREATED' || outcome === 'UNCHANGED');
          note(answer, sentAt, good);
          ingestMs.push(answer.ms);
          if (good) {
            acknowledged.add(article.n);
            bump(outcomes, outcome as string);
          } else if (!answer.code.startsWith('BAD_USER_INPUT')) {
            // A fault (transport, 5xx, store unavailable): the same article again once things may be back.
            if (article.attempts === 1) retried++;
            article.notBefore = performance.now() + RETRY_DELAY_MS;
            retries.push(article);
          }
          continue;
        }
        if (draining) {
          if (!pending.length && !retries.length && !inFlightIngests) break;
          await sleep(50);
          continue;
        }
        const op = reads[turn++ % reads.length];
        const sentAt = performance.now();
        const answer = await send(agent, url, op.body(turn));
        readCount++;
        readMs.push(answer.ms);
        note(answer, sentAt, answer.code === 'OK' && readAnswered(op.id, answer.data ?? {}));
        // A refused connection fails at once: no hot loop while the server is down.
        if (answer.code.startsWith('transport')) await sleep(100);
      }
    };

    // ---- RSS ----
    const samples: { s: number; mb: number; life: number }[] = [];
    const jvm: number[] = [];
    let life = 1;
    const sample = () => {
      const kb = server ? statusKb(server.pid, 'VmRSS') : 0;
      if (kb) samples.push({ s: (performance.now() - loadStart) / 1000, mb: kb / 1024, life });
      const jvmPid = neo4j ? neo4jJvmPid(dataDir) : undefined;
      if (jvmPid) jvm.push(statusKb(jvmPid, 'VmRSS') / 1024);
    };
    sample();
    const sampler = setInterval(sample, RSS_EVERY_MS);

    // ---- faults, spread evenly over the load ----
    const faultDriver = (async () => {
      for (let k = 1; k <= o.kills; k++) {
        const at = loadStart + (durationMs * k) / (o.kills + 1);
        while (performance.now() < at) await sleep(Math.min(500, at - performance.now()));
        const killedAt = performance.now();
        const record: FaultRecord = { what: '', atS: (killedAt - loadStart) / 1000, restartMs: NaN, recoveryMs: NaN };
        faults.push(record);
        open = { killedAt, record };
        if (backend === 'neo4j') {
          const pid = neo4jJvmPid(dataDir);
          if (!pid) throw new Error('load-fault: the Neo4j JVM to kill was not found');
          record.what = `Neo4j JVM SIGKILL #${k}`;
          log(`[load-fault] neo4j: SIGKILL the JVM (pid ${pid}) at ${record.atS.toFixed(0)} s`);
          process.kill(pid, 'SIGKILL');
          await (neo4j as Neo4jHandle).exited;
          neo4j = await startNeo4jLocal({ port: (neo4j as Neo4jHandle).port, dataDir, timeoutMs: NEO4J_START_TIMEOUT_MS });
        } else {
          const s = server as ServerProcess;
          record.what = `server kill -9 #${k}`;
          log(`[load-fault] embedded: kill -9 the server (pid ${s.pid}) at ${record.atS.toFixed(0)} s`);
          s.process.kill('SIGKILL');
          await s.exited;
          server = undefined;
          server = await startServer(env, log);
          life++;
        }
        record.restartMs = performance.now() - killedAt;
        log(`[load-fault] ${backend}: back after ${(record.restartMs / 1000).toFixed(1)} s`);
      }
    })();

    await Promise.all([...Array.from({ length: o.connections }, (_, i) => client(i)), faultDriver]);
    // The load is over: what is left of the articles goes in now, under a deadline.
    const drainStart = performance.now();
    draining = true;
    const drainClients = Promise.all(Array.from({ length: o.connections }, (_, i) => client(i)));
    let deadline: NodeJS.Timeout | undefined;
    const drained = await Promise.race([drainClients.then(() => true), new Promise<false>((resolve) => (deadline = setTimeout(() => resolve(false), DRAIN_DEADLINE_MS)))]);
    clearTimeout(deadline);
    // Clients still retrying past the deadline stop at their next turn.
    drainOver = true;
    const drainMs = performance.now() - drainStart;
    if (!drained) log(`[load-fault] ${backend}: ${pending.length + retries.length} article(s) still unacknowledged after ${DRAIN_DEADLINE_MS / 1000} s of retries`);
    clearInterval(sampler);
    sample();
    agent.destroy();
    pending.length = 0;
    retries.length = 0;

    // ---- the store itself: every article exactly once ----
    await stopServer(server);
    server = undefined;
    const store = await openStore(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
    let storedOnce = 0;
    let lost = 0;
    let duplicated = 0;
    let neverAcknowledged = 0;
    try {
      for (let n = 0; n < articleCount; n++) {
        const versions = await store.articleVersionsByUrl(ingestArticleInput(probes, n, runTag).url);
        if (versions.length === 1) storedOnce++;
        else if (versions.length > 1) duplicated++;
        else if (acknowledged.has(n)) lost++;
        if (!acknowledged.has(n)) neverAcknowledged++;
      }
    } finally {
      await store.close();
    }
    // A fault whose recovery no request saw (the load ended first) keeps NaN.
    const segments = rssSegments(samples);
    const run: LoadFaultRun = {
      backend,
      minutes: o.minutes,
      connections: o.connections,
      counts,
      requests,
      reads: readCount,
      ingestAttempts,
      ok,
      errorsByCode,
      errorsOutsideFaults,
      readLatency: latency(readMs),
      ingestLatency: latency(ingestMs),
      allLatency: latency(allMs),
      articles: { scheduled: articleCount, acknowledged: acknowledged.size, retried, outcomes, storedOnce, lost, duplicated, neverAcknowledged },
      faults,
      timeline,
      rss: { samples, segments },
      ...(jvm.length ? { neo4jRssMb: { start: jvm[0], max: Math.max(...jvm), end: jvm[jvm.length - 1] } } : {}),
      nlpReplayMisses: 0,
      drainMs,
      wallMs: performance.now() - t0,
      loadAvg: { before: loadBefore, after: os.loadavg() },
    };
    log(`[load-fault] ${backend}: ${requests} requests, ${ok} ok; articles: ${storedOnce}/${articleCount} stored once, ${lost} lost, ${duplicated} duplicated, ${neverAcknowledged} never acknowledged`);
    return run;
  } finally {
    await builder?.stop();
    await stopServer(server);
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dbFile, { force: true });
    for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  }
}

// ---- the whole run -----------------------------------------------------------------------------

export async function runLoadFault(options: LoadFaultOptions): Promise<LoadFaultResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = new Date();
  const machine = await machineInfo();
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-load-fault-'));
  const runTag = `lf${started.getTime().toString(36)}`;
  const articleCount = Math.max(2, Math.round(options.articlesPerMinute * options.minutes));
  const given = options.corenlpUrl ?? process.env.CORENLP_URL;
  if (!given) throw new Error('--load-fault needs the NLP service: set CORENLP_URL or pass --corenlp-url (its answers are recorded once, then replayed during the load)');
  const recorder = await startNlpRecorder(given);
  const runs: LoadFaultRun[] = [];
  try {
    // The articles' NLP answers, recorded once through the real CoreNLP (2 at a time) and replayed
    // during the load, so ingest speed does not hang on a shared CoreNLP. The texts depend on the
    // graph's probe names, which the synthetic graph gives the same for a size on every backend.
    const { buildSyntheticGraph } = await import('./synthetic-graph.js');
    const probes = buildSyntheticGraph({ entities: options.entities }).probes;
    log(`[load-fault] recording the NLP of ${articleCount} articles through ${given}`);
    const r0 = performance.now();
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < articleCount) {
          const input = ingestArticleInput(probes, next++, runTag);
          await annotate(recorder.url, input.text, { publishedAt: input.publishedAt });
        }
      }),
    );
    const nlpRecording = { articles: articleCount, ms: performance.now() - r0 };
    log(`[load-fault] recorded in ${(nlpRecording.ms / 1000).toFixed(1)} s`);
    recorder.mode = 'replay';
    const { log: _log, onProgress: _progress, ...rest } = options;
    const snapshot = (recording: LoadFaultResults['nlpRecording']): LoadFaultResults => ({ started: started.toISOString(), finished: new Date().toISOString(), options: rest, machine, nlpRecording: recording, runs: [...runs] });
    for (const backend of options.backends) {
      const misses = recorder.misses;
      try {
        const run = await runBackend(backend, options, work, runTag, articleCount, recorder.url, log);
        run.nlpReplayMisses = recorder.misses - misses;
        runs.push(run);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`[load-fault] ${backend} FAILED: ${message}`);
        runs.push({ backend, error: message } as LoadFaultRun);
      }
      options.onProgress?.(snapshot(nlpRecording));
    }
    return snapshot(nlpRecording);
  } finally {
    await recorder.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- the report ----------------------------------------------------------------------------------

const ms = (v: number) => (Number.isFinite(v) ? (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`) : '—');
const mb = (v: number) => `${v.toFixed(0)} MB`;
const codes = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join('; ') || 'none';

export function renderLoadFault(results: LoadFaultResults, command: string): string {
  const lines = [
    SECTION_START,
    '## Load and faults (issue 16)',
    '',
    `Run \`${command}\` from ${results.started} to ${results.finished} on ${results.machine.nproc} cores (${results.machine.cpuModel}, ${results.machine.memoryGb} GB), ${results.machine.node}. ` +
      'The machine was shared with other work at the time (see the load averages): the latencies are what a busy 2-core box gives, not a clean figure.',
    '',
    `Per backend: the real server (\`dist/app/main.js\`, as \`npm start\` runs it) on a ${results.options.entities}-entity synthetic graph, ${results.options.connections} client connections kept busy for ${results.options.minutes} min ` +
      `with the bench's read shapes (entity, one hop, three levels, search, path, neighbourhood) and ${Math.round(results.options.articlesPerMinute * results.options.minutes)} distinct articles through \`ingestArticle\`, spread over the run. ` +
      `Neo4j: its JVM is killed with SIGKILL ${results.options.kills}× and restarted on the same port and data dir, the server staying up. Embedded: the server is killed with \`kill -9\` ${results.options.kills}× and restarted on the same SQLite file. ` +
      `An ingest that fails for a fault is sent again a second later until it is acknowledged (CREATED, or UNCHANGED when an earlier attempt had committed); afterwards the store is opened directly and each article's URL must have exactly one version. ` +
      `The articles' CoreNLP answers were recorded once beforehand (${results.nlpRecording.articles} articles in ${ms(results.nlpRecording.ms)}) and replayed, so ingests do not wait on the shared CoreNLP.`,
    '',
    '| | ' + results.runs.map((r) => r.backend).join(' | ') + ' |',
    '|---|' + results.runs.map(() => '---|').join(''),
  ];
  const row = (label: string, f: (r: LoadFaultRun) => string) => lines.push(`| ${label} | ${results.runs.map((r) => (r.error ? '—' : f(r))).join(' | ')} |`);
  row('requests (reads + ingest attempts)', (r) => `${r.requests.toLocaleString('en-US')} (${r.reads.toLocaleString('en-US')} + ${r.ingestAttempts.toLocaleString('en-US')})`);
  row('answered correctly', (r) => `${r.ok.toLocaleString('en-US')} (${((100 * r.ok) / Math.max(1, r.requests)).toFixed(2)} %)`);
  row('errors by code', (r) => codes(r.errorsByCode));
  row('… of which outside a fault', (r) => codes(r.errorsOutsideFaults));
  row('reads p50 / p99', (r) => `${ms(r.readLatency.p50)} / ${ms(r.readLatency.p99)}`);
  row('ingests p50 / p99', (r) => `${ms(r.ingestLatency.p50)} / ${ms(r.ingestLatency.p99)}`);
  row('all requests p50 / p99', (r) => `${ms(r.allLatency.p50)} / ${ms(r.allLatency.p99)}`);
  row('articles: stored exactly once / scheduled', (r) => `${r.articles.storedOnce} / ${r.articles.scheduled}`);
  row('articles **lost** / **duplicated**', (r) => `**${r.articles.lost}** / **${r.articles.duplicated}**`);
  row('articles never acknowledged', (r) => String(r.articles.neverAcknowledged));
  row('articles that needed a retry; outcomes', (r) => `${r.articles.retried}; ${codes(r.articles.outcomes)}`);
  row('faults: restart / recovery (kill → first correct answer)', (r) => r.faults.map((f) => `at ${f.atS.toFixed(0)} s: ${ms(f.restartMs)} / ${ms(f.recoveryMs)}`).join('; '));
  row('server RSS per process life: start → max → end (trend)', (r) =>
    r.rss.segments.map((s) => `#${s.life} (${s.seconds.toFixed(0)} s): ${mb(s.startMb)} → ${mb(s.maxMb)} → ${mb(s.endMb)} (${s.slopeMbPerMin >= 0 ? '+' : ''}${s.slopeMbPerMin.toFixed(1)} MB/min)`).join('; '),
  );
  row('Neo4j JVM RSS: start → max → end', (r) => (r.neo4jRssMb ? `${mb(r.neo4jRssMb.start)} → ${mb(r.neo4jRssMb.max)} → ${mb(r.neo4jRssMb.end)}` : '—'));
  row('drain after the load (retries left)', (r) => ms(r.drainMs));
  row('NLP requests not in the recording', (r) => String(r.nlpReplayMisses));
  row('load average (1 min) before → after', (r) => `${r.loadAvg.before[0].toFixed(2)} → ${r.loadAvg.after[0].toFixed(2)}`);
  for (const r of results.runs.filter((x) => x.error)) lines.push('', `**${r.backend} failed:** ${r.error?.split('\n')[0]}`);
  // Correct answers per 30 s, a fault marked ✕ in the slot it began: how the service fell and came back.
  for (const r of results.runs.filter((x) => !x.error && x.timeline?.length)) {
    const slots = r.timeline.map((t, i) => `${r.faults.some((f) => Math.floor(f.atS / TIMELINE_S) === i) ? '✕' : ''}${t.ok}`);
    lines.push('', `${r.backend}, correct answers per ${TIMELINE_S} s (✕: a kill in that slot): ${slots.join(' ')}`);
  }
  lines.push(
    '',
    'Recovery is measured from the kill to the first request *sent after the kill* that was answered correctly; errors while a fault is open (kill → recovery) are expected, the row "outside a fault" should stay empty. ' +
      'The RSS trend is a least-squares slope over the 2-second samples of one server process, leaving out its first 30 s when it lived over 90 s (a restarted embedded server starts a new process, so each life has its own figures).',
    SECTION_END,
  );
  return lines.join('\n');
}

/** Puts the section into the document: in place of an earlier one, else at the end, after the notes marker. */
export function writeSection(file: string, section: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = previous.indexOf(SECTION_START);
  const end = previous.indexOf(SECTION_END);
  let next: string;
  if (start >= 0 && end > start) next = previous.slice(0, start) + section + previous.slice(end + SECTION_END.length);
  else {
    const base = previous.trimEnd();
    next = `${base}${base.includes(NOTES_MARKER) ? '' : `\n\n${NOTES_MARKER}`}\n\n${section}\n`;
  }
  writeFileSync(file, next);
}

export function parseLoadFaultArgs(argv: string[]): { options: LoadFaultOptions; out?: string; json?: string } {
  const known = ['load-fault', 'backends', 'load-fault-minutes', 'load-fault-kills', 'load-fault-articles-per-minute', 'connections', 'entities', 'out', 'json', 'corenlp-url'];
  const flags = parseFlags(argv, known, '--load-fault: ');
  const num = (name: string, fallback: number, min: number) => {
    const v = flags.has(name) ? Number(flags.get(name)) : fallback;
    if (!Number.isFinite(v) || v < min) throw new Error(`--${name} expects a number of at least ${min}, got ${flags.get(name)}`);
    return v;
  };
  const backends = (flags.get('backends') ?? 'embedded,neo4j').split(',').map((s) => s.trim()).filter(Boolean) as Backend[];
  for (const b of backends) if (b !== 'embedded' && b !== 'neo4j') throw new Error(`--backends: unknown backend ${b} (embedded, neo4j)`);
  const minutes = num('load-fault-minutes', 10, 0.05);
  const options: LoadFaultOptions = {
    backends,
    minutes,
    kills: Math.round(num('load-fault-kills', 2, 0)),
    connections: Math.round(num('connections', 20, 1)),
    articlesPerMinute: num('load-fault-articles-per-minute', 12, 1),
    entities: Math.round(num('entities', 1000, 30)),
    ...(flags.has('corenlp-url') ? { corenlpUrl: flags.get('corenlp-url') } : {}),
  };
  // Only a full-length run updates the document unless --out says otherwise.
  const out = flags.get('out') ?? (minutes >= 10 ? path.join(ROOT, 'docs/BENCHMARKS.md') : undefined);
  return { options, out, json: flags.get('json') };
}

/** `npm run bench -- --load-fault …` (dispatched from run.ts). */
export async function loadFaultMain(argv: string[]): Promise<void> {
  const { options, out, json } = parseLoadFaultArgs(argv);
  // Ended from outside (Ctrl-C, a timeout): the server child goes too (Neo4j stops when its stdin closes).
  process.once('exit', () => liveServers.forEach((c) => c.kill('SIGKILL')));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  // The command as run, without where its output went.
  const shown = argv.filter((a, i) => !/^--(out|json)(=|$)/.test(a) && !(/^--(out|json)$/.test(argv[i - 1] ?? '') && !a.startsWith('--')));
  const command = `npm run bench -- ${shown.join(' ')}`;
  const results = await runLoadFault({
    ...options,
    onProgress: (partial) => {
      if (!out || partial.runs.length === options.backends.length) return;
      writeSection(out, `${renderLoadFault(partial, command)}`.replace(SECTION_END, `_Partial: the run is still going (or was cut short); ${options.backends.slice(partial.runs.length).join(', ')} not done yet._\n${SECTION_END}`));
    },
  });
  const section = renderLoadFault(results, command);
  process.stdout.write(`\n${section}\n`);
  const jsonPath = json ?? path.join(os.tmpdir(), `newsgraph-load-fault-${results.started.replace(/[:.]/g, '-')}.json`);
  writeFileSync(jsonPath, JSON.stringify(results, null, 2));
  process.stderr.write(`[load-fault] raw results: ${jsonPath}\n`);
  if (out) {
    writeSection(out, section);
    process.stderr.write(`[load-fault] wrote ${path.relative(process.cwd(), out)}\n`);
  }
  const bad = results.runs.filter((r) => r.error || r.articles.lost || r.articles.duplicated || r.articles.neverAcknowledged);
  if (bad.length) {
    process.stderr.write(`[load-fault] FAILED: ${bad.map((r) => r.backend).join(', ')} lost, duplicated or never acknowledged articles (or did not run)\n`);
    process.exitCode = 1;
  }
}
