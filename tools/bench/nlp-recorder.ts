// A loopback HTTP stand-in for the NLP service, for the folder-ingest benchmark. In 'forward' mode it
// passes every request to the real CoreNLP and keeps the answer (keyed by URL and body: the
// properties, the date and the text), counting the requests in flight; in 'replay' mode it answers
// from what it kept, at once, so `npm run ingest` can be timed without NLP time (a request it has
// not seen is forwarded and counted as a miss).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NlpRecorder {
  url: string;
  mode: 'forward' | 'replay';
  /** Requests answered from the recording in replay mode / forwarded because they were not in it. */
  replayed: number;
  misses: number;
  forwarded: number;
  /** Most requests in flight at once since the last `resetConcurrency()`. */
  maxInFlight: number;
  resetConcurrency(): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

export async function startNlpRecorder(target: string): Promise<NlpRecorder> {
  const base = target.replace(/\/$/, '');
  const kept = new Map<string, Answer>();
  let inFlight = 0;
  const forward = async (method: string, url: string, body: Buffer, type: string | undefined): Promise<Answer> => {
    const res = await fetch(`${base}${url}`, { method, ...(method === 'POST' ? { body: new Uint8Array(body) } : {}), headers: type ? { 'content-type': type } : {} });
    return { status: res.status, type: res.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await res.arrayBuffer()) };
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const key = `${req.method} ${req.url}\n${body.toString('utf8')}`;
        let answer = recorder.mode === 'replay' && req.method === 'POST' ? kept.get(key) : undefined;
        if (answer) recorder.replayed++;
        else {
          if (recorder.mode === 'replay') recorder.misses++;
          recorder.forwarded++;
          inFlight++;
          recorder.maxInFlight = Math.max(recorder.maxInFlight, inFlight);
          try {
            answer = await forward(req.method ?? 'GET', req.url ?? '/', body, req.headers['content-type']);
          } finally {
            inFlight--;
          }
          if (req.method === 'POST' && answer.status === 200) kept.set(key, answer);
        }
        res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': answer.body.length });
        res.end(answer.body);
      })().catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`nlp recorder: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const recorder: NlpRecorder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    mode: 'forward',
    replayed: 0,
    misses: 0,
    forwarded: 0,
    maxInFlight: 0,
    resetConcurrency: () => (recorder.maxInFlight = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return recorder;
}
