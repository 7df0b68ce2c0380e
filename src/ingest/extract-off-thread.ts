// Extraction off the event loop: ingest hands the CoreNLP document to one worker thread
// (extract-worker.ts) and awaits its extraction, so reads keep being served while the claim rules
// run (8-49 ms an article on the main thread, docs/BENCHMARKS.md). The worker asks this thread for
// the graph lookups resolution needs. It starts on the first ingest, does not keep the process
// alive, and is started afresh after a crash; jobs run one after another inside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractionInput } from './extract.js';
import type { FromWorker, ToWorker } from './extract-worker.js';
import type { NlpDocument } from './nlp/document.js';
import type { GraphLookup } from './resolve/resolve.js';

/**
 * The worker runs the TypeScript sources as the main thread does (tsx): a worker does not inherit
 * the main thread's loader, so the bootstrap registers tsx's before importing the entry.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then(({ register }) => register()) : Promise.resolve()).then(() => import(workerData.entry));
`;

/** tsx's ESM register API, by its package's exports map (require.resolve would give the CommonJS build). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
}

interface Job {
  lookup: GraphLookup;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

export class ExtractionThread {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  /** The thread id of the worker now running, for tests and logs (undefined before the first job). */
  threadId: number | undefined;

  /** The extraction of one article, computed on the worker thread. */
  extract(input: ExtractionInput, doc: NlpDocument, lookup: GraphLookup): Promise<Extraction> {
    const worker = this.started();
    const job = this.nextJob++;
    return new Promise<Extraction>((resolve, reject) => {
      this.jobs.set(job, { lookup, resolve, reject });
      // While a job runs the worker keeps the process alive; idle, it does not.
      if (this.jobs.size === 1) worker.ref();
      worker.postMessage({ type: 'extract', job, input, doc } satisfies ToWorker);
    });
  }

  /** Stops the worker; jobs still running fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const entry = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
    const tsx = entry.pathname.endsWith('.ts') ? tsxEsmApi() : undefined;
    const worker = new Worker(BOOT, { eval: true, workerData: { entry: entry.href, tsx } });
    worker.unref();
    this.threadId = worker.threadId;
    worker.on('message', (message: FromWorker) => this.received(worker, message));
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', (code) => this.failAll(worker, new Error(`the extraction thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private received(worker: Worker, message: FromWorker): void {
    const job = this.jobs.get(message.job);
    if (!job) return;
    if (message.type === 'lookup') {
      job.lookup(message.keys).then(
        (rows) => worker.postMessage({ type: 'found', lookup: message.lookup, rows } satisfies ToWorker),
        (error: unknown) => worker.postMessage({ type: 'found', lookup: message.lookup, error: error instanceof Error ? error.message : String(error) } satisfies ToWorker),
      );
      return;
    }
    this.settled(worker, message.job);
    if (message.type === 'done') job.resolve(message.extraction);
    else job.reject(Object.assign(new Error(message.error), message.stack ? { stack: message.stack } : {}));
  }

  private settled(worker: Worker, job: number): void {
    this.jobs.delete(job);
    if (this.jobs.size === 0) worker.unref();
  }

  /** The worker died: its jobs fail, and the next extraction starts a new one. */
  private failAll(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, job] of this.jobs) {
      this.jobs.delete(id);
      job.reject(error);
    }
  }
}

/** The process's extraction thread, shared by every ingest. */
export const extractionThread = new ExtractionThread();
