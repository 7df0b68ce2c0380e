// The extraction thread: runs extractArticle (mention finding, resolution, the claim rules: the
// CPU-heavy part of an ingest once CoreNLP has answered) away from the thread that serves reads.
// The graph lookups resolution needs go back to the main thread, which owns the store.
import { parentPort } from 'node:worker_threads';
import { type Extraction, extractArticle, type ExtractionInput } from './extract.js';
import type { NlpDocument } from './nlp/document.js';

/** Messages from the main thread: an article to extract, or the answer to one of our lookups. */
export type ToWorker =
  | { type: 'extract'; job: number; input: ExtractionInput; doc: NlpDocument }
  | { type: 'found'; lookup: number; rows?: { key: string; id: string; kind: string }[]; error?: string };

/** Messages to the main thread: keys to look up in the graph, or a job's result or failure. */
export type FromWorker =
  | { type: 'lookup'; job: number; lookup: number; keys: string[] }
  | { type: 'done'; job: number; extraction: Extraction }
  | { type: 'failed'; job: number; error: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread (see extract-off-thread.ts)');

const waiting = new Map<number, { resolve: (rows: { key: string; id: string; kind: string }[]) => void; reject: (error: Error) => void }>();
let nextLookup = 0;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'found') {
    const pending = waiting.get(message.lookup);
    waiting.delete(message.lookup);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.rows ?? []);
    return;
  }
  const { job, input, doc } = message;
  const lookup = (keys: string[]) =>
    new Promise<{ key: string; id: string; kind: string }[]>((resolve, reject) => {
      const id = nextLookup++;
      waiting.set(id, { resolve, reject });
      send({ type: 'lookup', job, lookup: id, keys });
    });
  extractArticle(input, doc, lookup as Parameters<typeof extractArticle>[2]).then(
    (extraction) => send({ type: 'done', job, extraction }),
    (error: unknown) => send({ type: 'failed', job, error: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) }),
  );
});
